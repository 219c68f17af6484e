// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionaudit.h"
#include "models.h"
#include "requests.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class NumberDetailsDialog;
}

namespace nd {

class NumbersClient;
class PendingCall;

// Shows and edits one active number: display name, SMS / voice / callback configuration (numbers-api.md
// §4.7), the provisioning state in words, and the emergency address (§4.9-4.12).
// Changing an SMS service plan or campaign that is linked (or being linked) takes two PATCHes, unlink with
// "" and then link, as the API requires; the dialog says so before saving and shows each step.
class NumberDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDetailsDialog)

public:
    // One PATCH of a save, with what it does in words.
    struct SaveStep
    {
        ActiveNumberUpdate update;
        QString description;
    };

    NumberDetailsDialog(NumbersClient *client, const ActiveNumber &number, QWidget *parent = nullptr);
    ~NumberDetailsDialog() override;

    const ActiveNumber &number() const { return m_number; }
    // The PATCHes that Save would send now, in order (empty when nothing changed).
    QList<SaveStep> plannedSteps() const;
    bool isBusy() const { return m_busy; }
    // Where updates and emergency address changes are recorded; without one, they are refused.
    void setAudit(const ActionAudit &audit) { m_audit = audit; }
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
    void runStep(const QList<SaveStep> &steps, int index);
    void applyUpdatedNumber(const ActiveNumber &number);
    bool beginAudit(AuditOperation operation, const QString &summary);
    void finishAudit(AuditOutcome outcome, const QString &detail);

    EmergencyAddressRequest addressRequest() const;
    QString addressProblems() const;
    void fillAddress(const EmergencyAddress &address);
    void showProvisioned(const std::optional<EmergencyAddress> &address);
    void verifyEmergency(bool expectProvisioned, const EmergencyAddressRequest &request);

    std::unique_ptr<Ui::NumberDetailsDialog> m_ui;
    QPointer<NumbersClient> m_client;
    ActiveNumber m_number;
    QPushButton *m_saveButton = nullptr;
    QPointer<PendingCall> m_call;
    bool m_busy = false;

    // What the form started from (the effective link: a pending change counts as linked, §7.6).
    QString m_basePlan;
    QString m_baseCampaign;
    bool m_baseVoice = false;
    VoiceType m_baseVoiceType;
    QString m_baseVoiceId;

    std::optional<EmergencyAddress> m_provisioned;
    std::optional<ValidateEmergencyAddressResponse> m_validation;
    bool m_emergencyLoaded = false;
    ActionAudit m_audit;
    qint64 m_auditId = -1; // the record of the call in flight
};

} // namespace nd
