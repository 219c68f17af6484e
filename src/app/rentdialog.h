// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionaudit.h"
#include "models.h"
#include "requests.h"
#include "result.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RentDialog;
}

namespace nd {

class ActiveNumberWalker;
class NumbersClient;
class PendingCall;

// Rents one number (or "any matching number", US LOCAL only), which is billable (numbers-api.md §8).
// Re-checks the number and its price first, lets the user add SMS / voice / callback configuration, asks
// for confirmation stating the setup fee and the recurring price, then rents. An ambiguous failure
// (timeout, dropped connection, 5xx, or Stop while the request was out) is never retried: the dialog
// reads the state back (§7.4) and says whether the number was rented.
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
        Renting,    // the billable request is out
        Verifying,  // reading the state back after an ambiguous failure
        Unknown,    // the outcome could not be determined
        Rented,
    };
    Q_ENUM(State)

    RentDialog(NumbersClient *client, const AvailableNumber &number, QWidget *parent = nullptr);
    RentDialog(NumbersClient *client, const RentAnyRequest &rentAny, QWidget *parent = nullptr);
    ~RentDialog() override;

    State state() const { return m_state; }
    // Where the rent is recorded (the activity log); without one, renting is refused.
    void setAudit(const ActionAudit &audit) { m_audit = audit; }
    // The record of the rent in flight or last sent (-1: none).
    qint64 auditRecordId() const { return m_lastAuditId; }
    QPushButton *rentButton() const { return m_rentButton; }

    void reject() override;

Q_SIGNALS:
    void numberGone(const QString &e164);
    void numberRented(const nd::ActiveNumber &number);

private:
    RentDialog(NumbersClient *client, QWidget *parent);
    void setState(State state, const QString &status = {});
    void updateRentButton();
    void showPrices();
    void recheck();
    void checkRentAnyPrices();
    void askConfirmation();
    void startRent();
    void startRentAny();
    void rentFinished(const Result<ActiveNumber> &result);
    void succeeded(const ActiveNumber &number, bool afterUncertainty);
    void verifyRent();
    void verifyRentAny();
    void stop();
    bool isRentAny() const { return m_rentAny.has_value(); }
    QString numberText() const;
    QString costText() const;
    bool beginAudit();
    void finishAudit(AuditOutcome outcome, const QString &detail, const QStringList &numbers = QStringList());

    std::unique_ptr<Ui::RentDialog> m_ui;
    QPointer<NumbersClient> m_client;
    AvailableNumber m_number;
    std::optional<RentAnyRequest> m_rentAny;
    bool m_pricesKnown = false;
    QString m_priceRangeNote; // rent-any: prices of matching numbers differ
    QPointer<PendingCall> m_call;
    QPointer<ActiveNumberWalker> m_walker;
    QSet<QString> m_before; // rent-any snapshot
    QPushButton *m_rentButton = nullptr;
    std::function<void()> m_retry;
    State m_state = State::Checking;
    ActionAudit m_audit;
    qint64 m_auditId = -1;     // the record of the rent in flight, until its outcome is written
    qint64 m_lastAuditId = -1;
    QString m_unknownDetail;   // why the outcome is unknown (written if the dialog closes before a re-check)
};

} // namespace nd
