// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateplan.h"

namespace nd {

namespace {

bool isInFlight(const ProvisioningStatus &status)
{
    return status == ProvisioningStatus::Value::Waiting || status == ProvisioningStatus::Value::InProgress;
}

const QLatin1String PlanField("smsConfiguration.servicePlanId");
const QLatin1String CampaignField("smsConfiguration.campaignId");

SmsConfigurationRequest unlinkRequest(const SmsLink &base)
{
    SmsConfigurationRequest unlink; // servicePlanId "" unlinks the plan
    if (!base.campaignId.isEmpty()) {
        unlink.campaignId = QString();
    }
    return unlink;
}

void addUnlinkChanges(const SmsLink &base, QList<FieldChange> *changes)
{
    changes->append(FieldChange{PlanField, base.servicePlanId, QString()});
    if (!base.campaignId.isEmpty()) {
        changes->append(FieldChange{CampaignField, base.campaignId, QString()});
    }
}

SmsConfigurationRequest linkRequest(const SmsLink &want)
{
    SmsConfigurationRequest link;
    link.servicePlanId = want.servicePlanId;
    if (!want.campaignId.isEmpty()) {
        link.campaignId = want.campaignId;
    }
    return link;
}

} // namespace

QString VoiceLink::text() const
{
    return id.isEmpty() ? QString() : type.wire() + QLatin1Char(' ') + id;
}

SmsLink effectiveSms(const ActiveNumber &number)
{
    if (!number.smsConfiguration) {
        return {};
    }
    const SmsConfiguration &sms = *number.smsConfiguration;
    if (sms.scheduledProvisioning && isInFlight(sms.scheduledProvisioning->status)) {
        return {sms.scheduledProvisioning->servicePlanId, sms.scheduledProvisioning->campaignId};
    }
    return {sms.servicePlanId, sms.campaignId};
}

VoiceLink effectiveVoice(const ActiveNumber &number)
{
    if (!number.voiceConfiguration) {
        return {};
    }
    const VoiceConfiguration &voice = *number.voiceConfiguration;
    if (voice.scheduledVoiceProvisioning && isInFlight(voice.scheduledVoiceProvisioning->status)) {
        return {voice.scheduledVoiceProvisioning->type, voice.scheduledVoiceProvisioning->id()};
    }
    return {voice.type, voice.id()};
}

QList<UpdateStep> planUpdate(const ActiveNumber &current, const DesiredSettings &want)
{
    UpdateStep first;
    std::optional<UpdateStep> link;

    if (want.displayName && *want.displayName != current.displayName) {
        first.update.displayName = *want.displayName;
        first.changes.append(FieldChange{QStringLiteral("displayName"), current.displayName, *want.displayName});
    }
    if (want.callbackUrl && *want.callbackUrl != current.callbackUrl) {
        first.update.configuration.callbackUrl = *want.callbackUrl;
        first.changes.append(FieldChange{QStringLiteral("callbackUrl"), current.callbackUrl, *want.callbackUrl});
    }

    // Voice: switching between RTC, EST and FAX is one PATCH (§4.7).
    if (want.voice) {
        const VoiceLink base = effectiveVoice(current);
        if (!want.voice->id.isEmpty() && *want.voice != base) {
            first.update.configuration.voice = VoiceConfigurationRequest{want.voice->type, want.voice->id};
            first.changes.append(FieldChange{QStringLiteral("voiceConfiguration"), base.text(), want.voice->text()});
        } else if (want.voice->id.isEmpty() && !base.id.isEmpty()) {
            first.update.configuration.voice = VoiceConfigurationRequest{base.type, QString()};
            first.changes.append(FieldChange{QStringLiteral("voiceConfiguration"), base.text(), QString()});
        }
    }

    // SMS: unlink ("") before linking a different plan or campaign (§4.7, §7.6).
    if (want.sms) {
        const SmsLink base = effectiveSms(current);
        const SmsLink &target = *want.sms;
        if (target != base) {
            UpdateStep linkStep;
            linkStep.update.configuration.sms = linkRequest(target);
            if (target.servicePlanId.isEmpty()) {
                if (!base.servicePlanId.isEmpty() || !base.campaignId.isEmpty()) {
                    first.update.configuration.sms = unlinkRequest(base);
                    addUnlinkChanges(base, &first.changes);
                }
            } else if (!base.servicePlanId.isEmpty() && base.servicePlanId != target.servicePlanId) {
                first.update.configuration.sms = unlinkRequest(base);
                addUnlinkChanges(base, &first.changes);
                linkStep.changes.append(FieldChange{PlanField, QString(), target.servicePlanId});
                if (!target.campaignId.isEmpty()) {
                    linkStep.changes.append(FieldChange{CampaignField, QString(), target.campaignId});
                }
                link = linkStep;
            } else if (!base.campaignId.isEmpty() && base.campaignId != target.campaignId) {
                SmsConfigurationRequest unlinkCampaign;
                unlinkCampaign.servicePlanId = target.servicePlanId; // required whenever the object is sent
                unlinkCampaign.campaignId = QString();
                first.update.configuration.sms = unlinkCampaign;
                first.changes.append(FieldChange{CampaignField, base.campaignId, QString()});
                if (!target.campaignId.isEmpty()) {
                    linkStep.changes.append(FieldChange{CampaignField, QString(), target.campaignId});
                    link = linkStep;
                }
            } else {
                first.update.configuration.sms = linkRequest(target);
                if (base.servicePlanId != target.servicePlanId) {
                    first.changes.append(FieldChange{PlanField, base.servicePlanId, target.servicePlanId});
                }
                if (base.campaignId != target.campaignId) {
                    first.changes.append(FieldChange{CampaignField, base.campaignId, target.campaignId});
                }
            }
        }
    }

    QList<UpdateStep> steps;
    if (!first.update.isEmpty()) {
        steps.append(first);
    }
    if (link) {
        steps.append(*link);
    }
    return steps;
}

QList<FieldChange> planChanges(const QList<UpdateStep> &steps)
{
    QList<FieldChange> changes;
    for (const UpdateStep &step : steps) {
        changes.append(step.changes);
    }
    return changes;
}

} // namespace nd
