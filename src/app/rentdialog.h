// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrequest.h"
#include "apitypes.h"
#include "requests.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RentDialog;
}

namespace nd {

class ActionCall;
class ActionPipeline;
class NumbersClient;
class PendingCall;
struct Outcome;

// Rents one number (or "any matching number", US LOCAL only), which is billable (docs/api.md §8).
// Re-checks the number and its price first, lets the user add SMS / voice / callback configuration, asks
// for confirmation stating the setup fee and the recurring price, then hands the rent to the ActionPipeline
// and shows its phases and its outcome: the pipeline records it, sends it once and settles an unclear answer
// (Stop while the request is out included) by reading the state back.
class RentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RentDialog)

public:
    enum class State {
        Checking,   // re-checking availability / prices
        CheckFailed,
        Ready,      // the user may rent
        Gone,       // the number is no longer available
        Snapshot,   // rent-any: listing current numbers before the call
        Renting,    // the billable request is out (or waiting after a 429)
        Verifying,  // reading the state back after an ambiguous failure
        Unknown,    // the outcome could not be determined
        Rented,
        AlreadyOurs, // someone else in this project rented it first
    };
    Q_ENUM(State)

    // The pipeline (and its client) must outlive the dialog.
    RentDialog(ActionPipeline *pipeline, const AvailableNumber &number, QWidget *parent = nullptr);
    RentDialog(ActionPipeline *pipeline, const RentAnyRequest &rentAny, QWidget *parent = nullptr);
    ~RentDialog() override;

    State state() const { return m_state; }
    // The activity record of the rent in flight or last sent (-1: none).
    qint64 auditRecordId() const { return m_lastRecordId; }
    QPushButton *rentButton() const { return m_rentButton; }

    void reject() override;

Q_SIGNALS:
    void numberGone(const QString &e164);
    void numberRented(const nd::ActiveNumber &number);

private:
    RentDialog(ActionPipeline *pipeline, QWidget *parent);
    void setState(State state, const QString &status = {});
    void updateRentButton();
    void showPrices();
    void recheck();
    void checkRentAnyPrices();
    void askConfirmation();
    void startRent();
    void follow(ActionCall *call);
    void showOutcome(const Outcome &outcome);
    void succeeded(const ActiveNumber &number, const Outcome &outcome);
    void checkAgain();
    void stop();
    bool isRentAny() const { return m_rentAny.has_value(); }
    QString numberText() const;
    QString costText() const;

    std::unique_ptr<Ui::RentDialog> m_ui;
    QPointer<ActionPipeline> m_pipeline;
    QPointer<NumbersClient> m_client;
    AvailableNumber m_number;
    std::optional<RentAnyRequest> m_rentAny;
    bool m_pricesKnown = false;
    QString m_priceRangeNote; // rent-any: prices of matching numbers differ
    QPointer<PendingCall> m_call;     // the price check
    QPointer<ActionCall> m_action;    // the rent in flight
    ActionRequest m_sent;             // the rent last sent (to check it again when its outcome is unknown)
    QPushButton *m_rentButton = nullptr;
    std::function<void()> m_retry;
    State m_state = State::Checking;
    qint64 m_lastRecordId = -1;
};

} // namespace nd
