// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberdetailsdialog.h"
#include "ui_numberdetailsdialog.h"

#include "confirmation.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "smsvoiceconfigwidget.h"

#include <QPushButton>

namespace nd {

namespace {

bool isActiveStatus(const ProvisioningStatus &status)
{
    return status == ProvisioningStatus::Value::Waiting || status == ProvisioningStatus::Value::InProgress;
}

bool sameAddress(const EmergencyAddress &a, const EmergencyAddressRequest &r)
{
    const auto eq = [](const QString &x, const QString &y) {
        return x.trimmed().compare(y.trimmed(), Qt::CaseInsensitive) == 0;
    };
    return eq(a.streetNumber, r.streetNumber) && eq(a.streetInfo, r.streetInfo) && eq(a.location, r.location)
        && eq(a.city, r.city) && eq(a.state, r.state) && eq(a.postalCode, r.postalCode)
        && eq(a.postalCodePlusFour, r.postalCodePlusFour);
}

} // namespace

NumberDetailsDialog::NumberDetailsDialog(NumbersClient *client, const ActiveNumber &number, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NumberDetailsDialog>())
    , m_client(client)
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
    m_basePlan.clear();
    m_baseCampaign.clear();
    if (n.smsConfiguration) {
        const SmsConfiguration &sms = *n.smsConfiguration;
        if (sms.scheduledProvisioning && isActiveStatus(sms.scheduledProvisioning->status)) {
            m_basePlan = sms.scheduledProvisioning->servicePlanId;
            m_baseCampaign = sms.scheduledProvisioning->campaignId;
        } else {
            m_basePlan = sms.servicePlanId;
            m_baseCampaign = sms.campaignId;
        }
    }
    m_baseVoice = false;
    m_baseVoiceType = VoiceType(VoiceType::Value::Rtc);
    m_baseVoiceId.clear();
    if (n.voiceConfiguration) {
        const VoiceConfiguration &voice = *n.voiceConfiguration;
        if (voice.scheduledVoiceProvisioning && isActiveStatus(voice.scheduledVoiceProvisioning->status)) {
            m_baseVoiceType = voice.scheduledVoiceProvisioning->type;
            m_baseVoiceId = voice.scheduledVoiceProvisioning->id();
        } else {
            m_baseVoiceType = voice.type;
            m_baseVoiceId = voice.id();
        }
        m_baseVoice = !m_baseVoiceId.isEmpty();
    }
    m_ui->configWidget->setSms(!m_basePlan.isEmpty(), m_basePlan, m_baseCampaign);
    m_ui->configWidget->setVoice(m_baseVoice, m_baseVoiceType, m_baseVoiceId);
    m_ui->configWidget->setCallbackUrl(n.callbackUrl);
    updateChangeNote();
    updateButtons();
}

QList<NumberDetailsDialog::SaveStep> NumberDetailsDialog::plannedSteps() const
{
    ActiveNumberUpdate common;
    QStringList commonWhat;
    const QString name = m_ui->displayNameEdit->text().trimmed();
    if (name != m_number.displayName) {
        common.displayName = name;
        commonWhat << tr("rename to “%1”").arg(name);
    }
    const SmsVoiceConfigWidget *w = m_ui->configWidget;
    const QString url = w->callbackUrl();
    if (url != m_number.callbackUrl) {
        // "" clears the URL (the reading rule treats "" as "not set").
        common.configuration.callbackUrl = url;
        commonWhat << (url.isEmpty() ? tr("remove the callback URL") : tr("set the callback URL"));
    }

    // Voice: switching between RTC, EST and FAX is one PATCH (§4.7).
    if (w->isVoiceEnabled()) {
        if (!m_baseVoice || w->voiceType() != m_baseVoiceType || w->voiceId() != m_baseVoiceId) {
            common.configuration.voice = VoiceConfigurationRequest{w->voiceType(), w->voiceId()};
            commonWhat << tr("route voice to %1 %2").arg(DisplayText::voiceType(w->voiceType()), w->voiceId());
        }
    } else if (m_baseVoice) {
        // UNCERTAIN (§4.7, §9.19): how to unlink voice is undocumented; we send the current type with an empty
        // id, by analogy with SMS unlinking.
        common.configuration.voice = VoiceConfigurationRequest{m_baseVoiceType, QString()};
        commonWhat << tr("unlink voice");
    }

    // SMS: unlink ("") before linking a different plan or campaign (§4.7, §7.6).
    const QString plan = w->servicePlanId();
    const QString campaign = w->campaignId();
    std::optional<SaveStep> linkStep;
    if (plan != m_basePlan || campaign != m_baseCampaign) {
        const auto linkRequest = [&plan, &campaign] {
            SmsConfigurationRequest sms;
            sms.servicePlanId = plan;
            if (!campaign.isEmpty()) {
                sms.campaignId = campaign;
            }
            return sms;
        };
        const QString linkWhat = campaign.isEmpty()
            ? tr("link service plan %1").arg(plan)
            : tr("link service plan %1 with campaign %2").arg(plan, campaign);
        if (plan.isEmpty()) {
            SmsConfigurationRequest unlink;
            if (!m_baseCampaign.isEmpty()) {
                unlink.campaignId = QString();
            }
            common.configuration.sms = unlink;
            commonWhat << tr("unlink SMS service plan %1").arg(m_basePlan);
        } else if (!m_basePlan.isEmpty() && m_basePlan != plan) {
            SmsConfigurationRequest unlink;
            if (!m_baseCampaign.isEmpty()) {
                unlink.campaignId = QString();
            }
            common.configuration.sms = unlink;
            commonWhat << tr("unlink SMS service plan %1").arg(m_basePlan);
            ActiveNumberUpdate link;
            link.configuration.sms = linkRequest();
            linkStep = SaveStep{link, linkWhat};
        } else if (!m_baseCampaign.isEmpty() && campaign != m_baseCampaign) {
            SmsConfigurationRequest unlinkCampaign;
            unlinkCampaign.servicePlanId = plan; // servicePlanId is required whenever the object is sent
            unlinkCampaign.campaignId = QString();
            common.configuration.sms = unlinkCampaign;
            commonWhat << tr("unlink campaign %1").arg(m_baseCampaign);
            if (!campaign.isEmpty()) {
                ActiveNumberUpdate link;
                link.configuration.sms = linkRequest();
                linkStep = SaveStep{link, linkWhat};
            }
        } else {
            common.configuration.sms = linkRequest();
            commonWhat << linkWhat;
        }
    }

    QList<SaveStep> steps;
    if (!common.isEmpty()) {
        steps << SaveStep{common, commonWhat.join(tr(", "))};
    }
    if (linkStep) {
        steps << *linkStep;
    }
    return steps;
}

void NumberDetailsDialog::updateChangeNote()
{
    const QList<SaveStep> steps = plannedSteps();
    QString note;
    if (steps.size() > 1) {
        QStringList lines;
        lines << tr("Saving takes %n step(s), because the API only links a number to a new service plan or "
                    "campaign after the old one has been unlinked:",
                    nullptr, int(steps.size()));
        for (int i = 0; i < steps.size(); ++i) {
            lines << tr("%1. %2").arg(i + 1).arg(steps.at(i).description);
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
    if (m_busy || !m_ui->configWidget->isValid()) {
        return;
    }
    const QList<SaveStep> steps = plannedSteps();
    if (steps.isEmpty()) {
        return;
    }
    m_ui->banner->clear();
    runStep(steps, 0);
}

bool NumberDetailsDialog::beginAudit(AuditOperation operation, const QString &summary)
{
    QString error;
    m_auditId = m_audit.begin(operation, {m_number.phoneNumber}, summary, AuditCost(), &error);
    if (m_auditId < 0) {
        setBusy(false);
        m_ui->banner->showError(error);
        return false;
    }
    return true;
}

void NumberDetailsDialog::finishAudit(AuditOutcome outcome, const QString &detail)
{
    QString error;
    if (!m_audit.finish(&m_auditId, outcome, detail, {}, &error)) {
        m_ui->banner->showWarning(error);
    }
}

void NumberDetailsDialog::runStep(const QList<SaveStep> &steps, int index)
{
    if (index >= steps.size()) {
        setBusy(false, tr("Saved."));
        resetForm();
        const QString pending = DisplayText::provisioningSummary(m_number);
        m_ui->banner->showInfo(pending.isEmpty() ? tr("Saved.")
                                                 : tr("Saved. Being applied in the background:\n%1").arg(pending));
        return;
    }
    const SaveStep &step = steps.at(index);
    const QString status = steps.size() > 1
        ? tr("Step %1 of %2: %3…").arg(index + 1).arg(steps.size()).arg(step.description)
        : tr("Saving: %1…").arg(step.description);
    setBusy(true, status);
    // Each PATCH is its own record (an unlink-then-link save writes two).
    if (!beginAudit(AuditOperation::Update, step.description)) {
        return;
    }
    m_call = m_client->updateActiveNumber(
        m_number.phoneNumber, step.update, this, [this, steps, index](const Result<ActiveNumber> &r) {
            finishAudit(r.ok() ? AuditOutcome::Done : ActionAudit::outcomeForError(r.error()),
                        r.ok() ? QString() : r.error().fullMessage());
            if (r.ok()) {
                applyUpdatedNumber(r.value());
                runStep(steps, index + 1);
                return;
            }
            setBusy(false);
            if (index > 0) {
                // Earlier steps did go through: the number is now in between. Say exactly where.
                m_ui->banner->showError(tr("Step %1 (%2) was saved, but step %3 (%4) failed:\n%5\nThe number is "
                                           "now unlinked. Press Save to try the remaining step again; it is safe "
                                           "to repeat.")
                                            .arg(index)
                                            .arg(steps.at(index - 1).description)
                                            .arg(index + 1)
                                            .arg(steps.at(index).description, r.error().fullMessage()));
                resetForm();
                // Keep what the user asked for in the form so that Save repeats only what is missing.
                const ActiveNumberUpdate &want = steps.at(index).update;
                if (want.configuration.sms) {
                    m_ui->configWidget->setSms(true, want.configuration.sms->servicePlanId,
                                               want.configuration.sms->campaignId.value_or(QString()));
                }
                updateChangeNote();
                updateButtons();
                return;
            }
            if (r.error().isCancelled()) {
                m_ui->banner->showWarning(tr("Stopped. The change may or may not have been saved; press Refresh "
                                             "to see the number as it is now."));
                return;
            }
            if (r.error().isAmbiguous()) {
                // A PATCH with the same body is idempotent (§3.11): repeating it is safe.
                m_ui->banner->showError(r.error().fullMessage() + QLatin1Char('\n')
                                        + tr("Saving the same change again is safe: press Save to retry."));
            } else {
                m_ui->banner->showError(r.error());
            }
        });
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
                          m_ui->banner->clear();
                          setBusy(true, tr("Provisioning the emergency address…"));
                          if (!beginAudit(AuditOperation::EmergencyProvision, QString())) {
                              return;
                          }
                          m_call = m_client->provisionEmergencyAddress(
                              m_number.phoneNumber, request, this, [this, request](const Result<EmergencyAddress> &r) {
                                  setBusy(false);
                                  if (!r.ok() && !r.error().isAmbiguous() && !r.error().isCancelled()) {
                                      finishAudit(AuditOutcome::Failed, r.error().fullMessage());
                                  }
                                  if (r.ok()) {
                                      finishAudit(AuditOutcome::Done, QString());
                                      showProvisioned(r.value());
                                      m_ui->banner->showInfo(tr("The emergency address was provisioned."));
                                  } else if (r.error().isAmbiguous() || r.error().isCancelled()) {
                                      verifyEmergency(true, request);
                                  } else {
                                      m_ui->banner->showError(r.error());
                                  }
                              });
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
            m_ui->banner->clear();
            setBusy(true, tr("Removing the emergency address…"));
            if (!beginAudit(AuditOperation::EmergencyDeprovision, QString())) {
                return;
            }
            m_call = m_client->deprovisionEmergencyAddress(m_number.phoneNumber, this, [this](const Result<Empty> &r) {
                setBusy(false);
                if (!r.ok() && !r.error().isAmbiguous() && !r.error().isCancelled()) {
                    finishAudit(AuditOutcome::Failed, r.error().fullMessage());
                }
                if (r.ok()) {
                    finishAudit(AuditOutcome::Done, QString());
                    showProvisioned(std::nullopt);
                    m_ui->banner->showWarning(tr("The emergency address was removed. 911 dispatch no longer "
                                                 "receives an address for this number."));
                } else if (r.error().isAmbiguous() || r.error().isCancelled()) {
                    verifyEmergency(false, {});
                } else {
                    m_ui->banner->showError(r.error());
                }
            });
        });
}

void NumberDetailsDialog::verifyEmergency(bool expectProvisioned, const EmergencyAddressRequest &request)
{
    // Never repeat provision/deprovision blindly: read the address back and compare (§7.4).
    setBusy(true, tr("No clear answer; checking the emergency address…"));
    m_call = m_client->getEmergencyAddress(
        m_number.phoneNumber, this, [this, expectProvisioned, request](const Result<EmergencyAddress> &r) {
            setBusy(false);
            std::optional<EmergencyAddress> current;
            if (r.ok() && !r.value().isEmpty()) {
                current = r.value();
            } else if (!r.ok() && !r.error().isNotFound()) {
                m_ui->banner->showError(tr("It is unknown whether the change was made: the check failed too (%1). "
                                           "Press Reload to check the emergency address before trying again.")
                                            .arg(r.error().userMessage));
                finishAudit(AuditOutcome::Unknown, m_ui->banner->text());
                return;
            }
            showProvisioned(current);
            if (expectProvisioned) {
                const bool done = current && sameAddress(*current, request);
                finishAudit(done ? AuditOutcome::Done : AuditOutcome::NotDone,
                            done ? tr("The answer was unclear; a check showed the address was provisioned.")
                                 : tr("The answer was unclear; a check showed the address was not provisioned."));
                if (done) {
                    m_ui->banner->showInfo(tr("The connection failed, but the check shows the emergency address "
                                              "WAS provisioned."));
                } else {
                    m_ui->banner->showWarning(tr("The emergency address was NOT provisioned. You can try again."));
                }
            } else if (current) {
                finishAudit(AuditOutcome::NotDone, tr("The answer was unclear; a check showed the address is still "
                                                      "provisioned."));
                m_ui->banner->showWarning(tr("The emergency address was NOT removed; it is still provisioned."));
            } else {
                finishAudit(AuditOutcome::Done, tr("The answer was unclear; a check showed the address was removed."));
                m_ui->banner->showWarning(tr("The connection failed, but the check shows the emergency address "
                                             "WAS removed."));
            }
        });
}

void NumberDetailsDialog::reject()
{
    if (m_call) {
        m_call->cancel();
    }
    finishAudit(AuditOutcome::Unknown, tr("The dialog was closed before the outcome was known."));
    QDialog::reject();
}

} // namespace nd
