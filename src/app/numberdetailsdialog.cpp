// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberdetailsdialog.h"
#include "ui_numberdetailsdialog.h"

#include "actionpipeline.h"
#include "confirmation.h"
#include "dialogsizing.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "smsvoiceconfigwidget.h"

#include <QPushButton>

namespace nd {


NumberDetailsDialog::NumberDetailsDialog(ActionPipeline *pipeline, const ActiveNumber &number, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NumberDetailsDialog>())
    , m_pipeline(pipeline)
    , m_client(pipeline ? pipeline->client() : nullptr)
    , m_number(number)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Number %1").arg(PhoneNumber::format(number.phoneNumber)));
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);

    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &NumberDetailsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NumberDetailsDialog::reject);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_call) {
            m_call->cancel();
        }
        if (m_action) {
            m_action->cancel(); // before sending: nothing is sent; after: the pipeline reads the state back
        }
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &NumberDetailsDialog::refresh);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &NumberDetailsDialog::updateButtons);
    connect(m_ui->configWidget, &SmsVoiceConfigWidget::changed, this, [this] {
        updateChangeNote();
        updateButtons();
    });

    // Emergency address tab.
    connect(m_ui->validateButton, &QPushButton::clicked, this, &NumberDetailsDialog::validateAddress);
    connect(m_ui->provisionButton, &QPushButton::clicked, this, &NumberDetailsDialog::provisionAddress);
    connect(m_ui->deprovisionButton, &QPushButton::clicked, this, &NumberDetailsDialog::deprovisionAddress);
    connect(m_ui->reloadEmergencyButton, &QPushButton::clicked, this, &NumberDetailsDialog::loadEmergencyAddress);
    for (QLineEdit *edit : {m_ui->emergencyNameEdit, m_ui->streetNumberEdit, m_ui->streetInfoEdit, m_ui->locationEdit,
                            m_ui->cityEdit, m_ui->stateEdit, m_ui->postalCodeEdit, m_ui->plusFourEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &NumberDetailsDialog::updateButtons);
    }
    connect(m_ui->useCorrectedButton, &QPushButton::clicked, this, [this] {
        if (m_validation) {
            fillAddress(m_validation->correctedAddress);
            m_ui->banner->showInfo(tr("The corrected address was copied into the form. Press Provision to use it."));
        }
    });
    const auto useCandidate = [this] {
        const int row = m_ui->candidatesList->currentRow();
        if (m_validation && row >= 0 && row < m_validation->candidateAddresses.size()) {
            fillAddress(m_validation->candidateAddresses.at(row));
            m_ui->banner->showInfo(tr("The suggested address was copied into the form. Validate it again before "
                                      "provisioning."));
        }
    };
    connect(m_ui->useCandidateButton, &QPushButton::clicked, this, useCandidate);
    connect(m_ui->candidatesList, &QListWidget::itemActivated, this, useCandidate);
    connect(m_ui->candidatesList, &QListWidget::currentRowChanged, this, &NumberDetailsDialog::updateButtons);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->emergencyTab && !m_emergencyLoaded && !m_busy) {
            loadEmergencyAddress();
        }
    });
    m_ui->validationGroup->hide();
    m_ui->emergencyNameEdit->setText(number.displayName);
    m_ui->emergencyStatusLabel->setText(tr("The emergency address has not been loaded yet."));

    setBusy(false);
    showNumber();
    resetForm();
}

NumberDetailsDialog::~NumberDetailsDialog()
{
    if (m_call) {
        m_call->cancel();
    }
}

void NumberDetailsDialog::showNumber()
{
    const ActiveNumber &n = m_number;
    m_ui->numberLabel->setText(PhoneNumber::format(n.phoneNumber));
    m_ui->typeLabel->setText(tr("%1, %2 in %3")
                                 .arg(DisplayText::numberType(n.type), DisplayText::capabilities(n.capabilities),
                                      n.regionCode));
    m_ui->priceLabel->setText(DisplayText::recurringPrice(n.money, n.paymentIntervalMonths));
    m_ui->nextChargeLabel->setText(DisplayText::dateTime(n.nextChargeDate));
    m_ui->expiryLabel->setText(n.isReleased() ? tr("Being released: active until %1").arg(
                                                    DisplayText::dateTime(n.expireAt))
                                              : tr("Not released"));
    QString provisioning = DisplayText::provisioningSummary(n);
    if (provisioning.isEmpty()) {
        provisioning = tr("Nothing pending. SMS: %1. Voice: %2.")
                           .arg(DisplayText::smsSummary(n.smsConfiguration),
                                DisplayText::voiceSummary(n.voiceConfiguration));
    }
    m_ui->provisioningLabel->setText(provisioning);
}

void NumberDetailsDialog::resetForm()
{
    const ActiveNumber &n = m_number;
    m_ui->displayNameEdit->setText(n.displayName);

    // The effective link: a change that is WAITING / IN_PROGRESS counts, because the API's top-level ids still
    // show the previous value until it completes (§7.6).
    const SmsLink sms = effectiveSms(n);
    const VoiceLink voice = effectiveVoice(n);
    m_ui->configWidget->setRegion(n.regionCode);
    m_ui->configWidget->setSms(!sms.servicePlanId.isEmpty(), sms.servicePlanId, sms.campaignId);
    m_ui->configWidget->setVoice(!voice.id.isEmpty(), voice.type, voice.id);
    m_ui->configWidget->setCallbackUrl(n.callbackUrl);
    updateChangeNote();
    updateButtons();
}

QList<UpdateStep> NumberDetailsDialog::plannedSteps() const
{
    const SmsVoiceConfigWidget *w = m_ui->configWidget;
    DesiredSettings want;
    want.displayName = m_ui->displayNameEdit->text().trimmed();
    want.callbackUrl = w->callbackUrl(); // "" clears the URL (the reading rule treats "" as "not set")
    want.sms = SmsLink{w->servicePlanId(), w->servicePlanId().isEmpty() ? QString() : w->campaignId()};
    want.voice = VoiceLink{w->voiceType(), w->isVoiceEnabled() ? w->voiceId() : QString()};
    return planUpdate(m_number, want);
}

void NumberDetailsDialog::updateChangeNote()
{
    const QList<UpdateStep> steps = plannedSteps();
    QString note;
    if (steps.size() > 1) {
        QStringList lines;
        lines << tr("Saving takes %n step(s), because the API only links a number to a new service plan or "
                    "campaign after the old one has been unlinked:",
                    nullptr, int(steps.size()));
        for (int i = 0; i < steps.size(); ++i) {
            lines << tr("%1. %2").arg(i + 1).arg(FieldChange::describe(steps.at(i).changes));
        }
        lines << tr("Between the steps, and until the new link has been provisioned, the number cannot send or "
                    "receive SMS.");
        note = lines.join(QLatin1Char('\n'));
    } else if (!steps.isEmpty() && steps.first().update.configuration.sms
               && steps.first().update.configuration.sms->servicePlanId.isEmpty()) {
        note = tr("Saving unlinks the SMS service plan: the number stops sending and receiving SMS.");
    }
    if (!steps.isEmpty() && (steps.first().update.configuration.sms || steps.first().update.configuration.voice)) {
        note += (note.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Configuration changes are applied in the background; the General tab shows their progress.");
    }
    m_ui->changeNoteLabel->setText(note);
    m_ui->changeNoteLabel->setVisible(!note.isEmpty());
}

void NumberDetailsDialog::updateButtons()
{
    const bool valid = m_ui->configWidget->isValid();
    m_saveButton->setEnabled(!m_busy && valid && !plannedSteps().isEmpty());
    m_ui->refreshButton->setEnabled(!m_busy);

    const QString problems = addressProblems();
    m_ui->addressHint->setText(problems);
    m_ui->addressHint->setVisible(!problems.isEmpty() && m_emergencyLoaded);
    m_ui->validateButton->setEnabled(!m_busy && m_emergencyLoaded && problems.isEmpty());
    m_ui->provisionButton->setEnabled(!m_busy && m_emergencyLoaded && problems.isEmpty());
    m_ui->deprovisionButton->setEnabled(!m_busy && m_emergencyLoaded && m_provisioned.has_value());
    m_ui->reloadEmergencyButton->setEnabled(!m_busy);
    const bool hasCorrection = m_validation && !m_validation->correctedAddress.isEmpty();
    m_ui->useCorrectedButton->setEnabled(!m_busy && hasCorrection);
    m_ui->useCandidateButton->setEnabled(!m_busy && m_ui->candidatesList->currentRow() >= 0);
}

void NumberDetailsDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    m_ui->displayNameEdit->setReadOnly(busy);
    m_ui->configWidget->setEnabled(!busy);
    updateButtons();
}

void NumberDetailsDialog::applyUpdatedNumber(const ActiveNumber &number)
{
    m_number = number;
    showNumber();
    Q_EMIT numberUpdated(number);
}

void NumberDetailsDialog::refresh()
{
    if (m_busy) {
        return;
    }
    setBusy(true, tr("Reloading %1…").arg(PhoneNumber::format(m_number.phoneNumber)));
    m_call = m_client->getActiveNumber(m_number.phoneNumber, this, [this](const Result<ActiveNumber> &r) {
        setBusy(false);
        if (!r.ok()) {
            m_ui->banner->showError(r.error());
            return;
        }
        const bool edited = !plannedSteps().isEmpty();
        applyUpdatedNumber(r.value());
        if (!edited) {
            resetForm();
        } else {
            updateChangeNote();
            updateButtons();
        }
    });
}

void NumberDetailsDialog::save()
{
    if (m_busy || !m_ui->configWidget->isValid() || !m_pipeline) {
        return;
    }
    const QList<UpdateStep> steps = plannedSteps();
    if (steps.isEmpty()) {
        return;
    }
    m_ui->banner->clear();
    follow(m_pipeline->run(ActionRequest::updateNumber(m_number, steps), this,
                           [this](const Outcome &outcome) { saved(outcome); }),
           steps.size() > 1 ? tr("Saving in %n steps…", nullptr, int(steps.size())) : tr("Saving…"));
}

// The dialog shows the pipeline's phases: it never decides itself what an answer meant.
void NumberDetailsDialog::follow(ActionCall *call, const QString &sending)
{
    m_action = call;
    if (!call) {
        return;
    }
    const auto showPhase = [this, call, sending](ActionCall::Phase phase) {
        switch (phase) {
        case ActionCall::Phase::Preparing:
        case ActionCall::Phase::Sending:
            setBusy(true, call->request().updateSteps.size() > 1
                              ? tr("Step %1 of %2: %3…")
                                    .arg(call->currentStep() + 1)
                                    .arg(call->request().updateSteps.size())
                                    .arg(FieldChange::describe(call->request().updateSteps.at(call->currentStep()).changes))
                              : sending);
            break;
        case ActionCall::Phase::Waiting:
            setBusy(true, tr("The server is busy (rate limit): waiting to send again…"));
            break;
        case ActionCall::Phase::Checking:
            setBusy(true, tr("No clear answer; reading the number back to see what happened…"));
            break;
        case ActionCall::Phase::Finished:
            break;
        }
    };
    connect(call, &ActionCall::phaseChanged, this, showPhase);
    showPhase(call->phase());
}

void NumberDetailsDialog::saved(const Outcome &outcome)
{
    m_action = nullptr;
    setBusy(false);
    if (outcome.activeNumber && (outcome.isInPlace() || outcome.stepsDone > 0)) {
        applyUpdatedNumber(*outcome.activeNumber);
    }
    switch (outcome.kind) {
    case OutcomeKind::Done:
    case OutcomeKind::DoneByOther: {
        resetForm();
        const QString pending = DisplayText::provisioningSummary(m_number);
        const QString saved = pending.isEmpty() ? tr("Saved.") : tr("Saved. Being applied in the background:\n%1").arg(pending);
        setBusy(false, tr("Saved."));
        outcome.reconciled ? m_ui->banner->showInfo(outcome.explanation + QLatin1Char('\n') + saved)
                           : m_ui->banner->showInfo(saved);
        return;
    }
    case OutcomeKind::NotDone:
        // Keep what the user asked for in the form: Save then sends only what is still missing.
        m_ui->banner->showError(outcome.explanation);
        updateChangeNote();
        updateButtons();
        return;
    case OutcomeKind::Unknown:
        m_ui->banner->showError(outcome.explanation + QLatin1Char('\n')
                                + tr("Press Refresh to see the number as it is now before saving again."));
        return;
    }
}

// --- emergency address -------------------------------------------------------------------------------------

EmergencyAddressRequest NumberDetailsDialog::addressRequest() const
{
    EmergencyAddressRequest r;
    r.displayName = m_ui->emergencyNameEdit->text().trimmed();
    r.streetNumber = m_ui->streetNumberEdit->text().trimmed();
    r.streetInfo = m_ui->streetInfoEdit->text().trimmed();
    r.location = m_ui->locationEdit->text().trimmed();
    r.city = m_ui->cityEdit->text().trimmed();
    r.state = m_ui->stateEdit->text().trimmed();
    r.postalCode = m_ui->postalCodeEdit->text().trimmed();
    r.postalCodePlusFour = m_ui->plusFourEdit->text().trimmed();
    return r;
}

QString NumberDetailsDialog::addressProblems() const
{
    const EmergencyAddressRequest r = addressRequest();
    QStringList missing;
    if (r.displayName.isEmpty()) {
        missing << tr("name shown to dispatch");
    }
    if (r.streetNumber.isEmpty()) {
        missing << tr("street number");
    }
    if (r.streetInfo.isEmpty()) {
        missing << tr("street");
    }
    if (r.city.isEmpty()) {
        missing << tr("city");
    }
    if (r.state.isEmpty()) {
        missing << tr("state");
    }
    if (r.postalCode.isEmpty()) {
        missing << tr("ZIP code");
    }
    return missing.isEmpty() ? QString() : tr("Required: %1.").arg(missing.join(tr(", ")));
}

void NumberDetailsDialog::fillAddress(const EmergencyAddress &a)
{
    m_ui->streetNumberEdit->setText(a.streetNumber);
    m_ui->streetInfoEdit->setText(a.streetInfo);
    m_ui->locationEdit->setText(a.location);
    m_ui->cityEdit->setText(a.city);
    m_ui->stateEdit->setText(a.state);
    m_ui->postalCodeEdit->setText(a.postalCode);
    m_ui->plusFourEdit->setText(a.postalCodePlusFour);
}

void NumberDetailsDialog::showProvisioned(const std::optional<EmergencyAddress> &address)
{
    m_provisioned = address;
    m_emergencyLoaded = true;
    m_ui->emergencyStatusLabel->setText(
        address ? tr("Provisioned address (given to 911 dispatch): %1").arg(DisplayText::emergencyAddress(*address))
                : tr("No emergency address is provisioned for this number: 911 dispatch gets no address from it."));
    updateButtons();
}

void NumberDetailsDialog::loadEmergencyAddress()
{
    if (m_busy) {
        return;
    }
    setBusy(true, tr("Loading the emergency address…"));
    m_call = m_client->getEmergencyAddress(m_number.phoneNumber, this, [this](const Result<EmergencyAddress> &r) {
        setBusy(false);
        if (r.ok()) {
            // UNCERTAIN (§4.9): "nothing provisioned" may be a 404 or an all-empty object; both mean none.
            if (r.value().isEmpty()) {
                showProvisioned(std::nullopt);
            } else {
                showProvisioned(r.value());
                fillAddress(r.value());
            }
            return;
        }
        if (r.error().isNotFound()) {
            showProvisioned(std::nullopt);
            return;
        }
        m_ui->emergencyStatusLabel->setText(tr("The emergency address could not be loaded."));
        m_ui->banner->showError(r.error());
    });
}

void NumberDetailsDialog::validateAddress()
{
    if (m_busy || !addressProblems().isEmpty()) {
        return;
    }
    m_ui->banner->clear();
    setBusy(true, tr("Validating the address…"));
    m_call = m_client->validateEmergencyAddress(
        m_number.phoneNumber, addressRequest(), this, [this](const Result<ValidateEmergencyAddressResponse> &r) {
            setBusy(false);
            if (!r.ok()) {
                m_ui->banner->showError(r.error());
                return;
            }
            m_validation = r.value();
            const ValidateEmergencyAddressResponse &v = *m_validation;
            QStringList lines;
            lines << DisplayText::addressValidationResult(v.validationResult);
            const QStringList messages = v.validationMessages;
            for (const QString &message : messages) {
                if (!message.trimmed().isEmpty()) {
                    lines << message.trimmed();
                }
            }
            if (!v.correctedAddress.isEmpty()) {
                lines << tr("Corrected address: %1").arg(DisplayText::emergencyAddress(v.correctedAddress));
            }
            m_ui->validationResultLabel->setText(lines.join(QLatin1Char('\n')));
            m_ui->candidatesList->clear();
            for (const EmergencyAddress &candidate : v.candidateAddresses) {
                m_ui->candidatesList->addItem(DisplayText::emergencyAddress(candidate));
            }
            const bool hasCandidates = !v.candidateAddresses.isEmpty();
            m_ui->candidatesLabel->setVisible(hasCandidates);
            m_ui->candidatesList->setVisible(hasCandidates);
            m_ui->useCandidateButton->setVisible(hasCandidates);
            m_ui->useCorrectedButton->setVisible(!v.correctedAddress.isEmpty());
            m_ui->validationGroup->show();
            growToContents(this); // the address fields keep their room
            updateButtons();
        });
}

void NumberDetailsDialog::provisionAddress()
{
    if (m_busy || !addressProblems().isEmpty()) {
        return;
    }
    const EmergencyAddressRequest request = addressRequest();
    const EmergencyAddress shown = request.address();
    QString info = tr("Emergency (911) calls from this number will send responders to:\n%1\n\nMake sure the address "
                      "is where the phone is used. Emergency address services may carry a fee.")
                       .arg(DisplayText::emergencyAddress(shown));
    if (!m_validation) {
        info += QLatin1String("\n\n") + tr("This address has not been validated.");
    }
    Confirmation::ask(this, QMessageBox::Question, tr("Provision Emergency Address"),
                      tr("Provision this emergency address for %1?").arg(PhoneNumber::format(m_number.phoneNumber)),
                      info, tr("&Provision"), [this, request] {
                          if (!m_pipeline) {
                              return;
                          }
                          m_ui->banner->clear();
                          follow(m_pipeline->run(ActionRequest::provisionAddress(m_number.phoneNumber, request,
                                                                                 m_provisioned.value_or(EmergencyAddress())),
                                                 this, [this](const Outcome &outcome) { emergencyChanged(outcome); }),
                                 tr("Provisioning the emergency address…"));
                      });
}

void NumberDetailsDialog::deprovisionAddress()
{
    if (m_busy || !m_provisioned) {
        return;
    }
    Confirmation::ask(
        this, QMessageBox::Warning, tr("Remove Emergency Address"),
        tr("Remove the emergency address from %1?").arg(PhoneNumber::format(m_number.phoneNumber)),
        tr("911 dispatch will no longer receive an address for calls from this number: responders may not be able "
           "to find a caller who cannot speak.\n\nCurrent address: %1")
            .arg(DisplayText::emergencyAddress(*m_provisioned)),
        tr("&Remove Address"), [this] {
            if (!m_pipeline) {
                return;
            }
            m_ui->banner->clear();
            follow(m_pipeline->run(ActionRequest::deprovisionAddress(m_number.phoneNumber, m_provisioned), this,
                                   [this](const Outcome &outcome) { emergencyChanged(outcome); }),
                   tr("Removing the emergency address…"));
        });
}

void NumberDetailsDialog::emergencyChanged(const Outcome &outcome)
{
    m_action = nullptr;
    setBusy(false);
    const bool provision = outcome.operation == Operation::EmergencyProvision;
    switch (outcome.kind) {
    case OutcomeKind::Done:
    case OutcomeKind::DoneByOther:
        if (provision) {
            showProvisioned(outcome.emergencyAddress);
            m_ui->banner->showInfo(outcome.reconciled ? outcome.explanation
                                                      : tr("The emergency address was provisioned."));
        } else {
            showProvisioned(std::nullopt);
            m_ui->banner->showWarning(outcome.reconciled || outcome.isDoneByOther()
                                          ? outcome.explanation
                                          : tr("The emergency address was removed. 911 dispatch no longer receives an "
                                               "address for this number."));
        }
        return;
    case OutcomeKind::NotDone:
        if (outcome.emergencyAddress) {
            showProvisioned(outcome.emergencyAddress);
        }
        m_ui->banner->showError(outcome.explanation);
        return;
    case OutcomeKind::Unknown:
        m_ui->banner->showError(outcome.explanation + QLatin1Char('\n')
                                + tr("Press Reload to check the emergency address before trying again."));
        return;
    }
}

void NumberDetailsDialog::reject()
{
    if (m_action) {
        // Closing would hide the outcome of a change that is out: stop it instead; the outcome is then shown.
        m_action->cancel();
        m_ui->banner->showWarning(tr("Stopping: waiting for the outcome of the change in flight…"));
        return;
    }
    if (m_call) {
        m_call->cancel();
    }
    QDialog::reject();
}

} // namespace nd
