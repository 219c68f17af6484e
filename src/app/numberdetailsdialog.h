// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "requests.h"
#include "result.h"
#include "updateplan.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class NumberDetailsDialog;
}

namespace nd {

class ActionCall;
class ActionPipeline;
class NumbersClient;
class PendingCall;
struct Outcome;

// Shows and edits one active number: display name, SMS / voice / callback configuration (docs/api.md §4.7),
// the provisioning state in words, and the emergency address (§4.9-4.12). What Save sends is planned by
// planUpdate() (changing a linked SMS service plan or campaign takes two PATCHes, unlink with "" and then link,
// as the API requires; the dialog says so before saving). Saving and emergency address changes go through the
// ActionPipeline; the dialog shows their phases and outcome.
class NumberDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDetailsDialog)

public:
    // The pipeline (and its client) must outlive the dialog.
    NumberDetailsDialog(ActionPipeline *pipeline, const ActiveNumber &number, QWidget *parent = nullptr);
    ~NumberDetailsDialog() override;

    const ActiveNumber &number() const { return m_number; }
    // The PATCHes that Save would send now, in order (empty when nothing changed).
    QList<UpdateStep> plannedSteps() const;
    bool isBusy() const { return m_busy; }
    QPushButton *saveButton() const { return m_saveButton; }
    // The emergency address currently provisioned (nullopt = none, or not loaded yet).
    std::optional<EmergencyAddress> provisionedAddress() const { return m_provisioned; }
    bool isEmergencyLoaded() const { return m_emergencyLoaded; }

    void reject() override;

public Q_SLOTS:
    void refresh();
    void save();
    void loadEmergencyAddress();
    void validateAddress();
    void provisionAddress();
    void deprovisionAddress();

Q_SIGNALS:
    void numberUpdated(const nd::ActiveNumber &number);

private:
    void showNumber();
    void resetForm();
    void updateButtons();
    void updateChangeNote();
    void setBusy(bool busy, const QString &status = {});
    void applyUpdatedNumber(const ActiveNumber &number);
    void follow(ActionCall *call, const QString &sending);
    void saved(const Outcome &outcome);
    void emergencyChanged(const Outcome &outcome);

    EmergencyAddressRequest addressRequest() const;
    QString addressProblems() const;
    void fillAddress(const EmergencyAddress &address);
    void showProvisioned(const std::optional<EmergencyAddress> &address);

    std::unique_ptr<Ui::NumberDetailsDialog> m_ui;
    QPointer<ActionPipeline> m_pipeline;
    QPointer<NumbersClient> m_client;
    ActiveNumber m_number;
    QPushButton *m_saveButton = nullptr;
    QPointer<PendingCall> m_call;     // a read
    QPointer<ActionCall> m_action;    // a save or an emergency address change in flight
    bool m_busy = false;

    std::optional<EmergencyAddress> m_provisioned;
    std::optional<ValidateEmergencyAddressResponse> m_validation;
    bool m_emergencyLoaded = false;
};

} // namespace nd
