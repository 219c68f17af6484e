// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SandboxState: asynchronous provisioning of SMS and voice links (docs/api.md §7.6) and the number events
// it produces for callbacks (§6): WAITING -> IN_PROGRESS -> done or FAILED, one step per provisioningStepMs.
#include "sandboxstate.h"

#include <QTimer>

namespace nd::sandbox {

namespace {

QString voiceIdOf(const ActiveNumberRecord &r)
{
    switch (r.voiceType) {
    case VoiceType::Rtc:
        return r.appId;
    case VoiceType::Est:
        return r.trunkId;
    case VoiceType::Fax:
        return r.serviceId;
    }
    return {};
}

} // namespace

QString SandboxState::effectiveServicePlanId(const ActiveNumberRecord &r)
{
    if (r.scheduledSms && r.scheduledSms->status != ProvisioningStatus::Failed)
        return r.scheduledSms->servicePlanId;
    return r.servicePlanId;
}

QString SandboxState::effectiveCampaignId(const ActiveNumberRecord &r)
{
    if (r.scheduledSms && r.scheduledSms->status != ProvisioningStatus::Failed)
        return r.scheduledSms->campaignId;
    return r.campaignId;
}

void SandboxState::applyChange(ActiveNumberRecord &r, const ConfigChange &change)
{
    const qint64 now = nowMs();
    bool provision = false;
    bool linking = false;
    if (change.displayName)
        r.displayName = *change.displayName;
    if (change.callbackUrl)
        r.callbackUrl = *change.callbackUrl;
    if (change.sms) {
        const QString plan = change.sms->servicePlanId;
        QString campaign;
        if (!plan.isEmpty()) {
            campaign =
                change.sms->campaignId.value_or(plan == effectiveServicePlanId(r) ? effectiveCampaignId(r) : QString());
        }
        if (plan == r.servicePlanId && campaign == r.campaignId) {
            r.scheduledSms.reset(); // back to what is active: nothing to provision
        } else {
            r.scheduledSms = ScheduledSms{plan, campaign, ProvisioningStatus::Waiting, now, {}};
            provision = true;
            linking = linking || !plan.isEmpty();
        }
    }
    if (change.voice) {
        const VoiceChange &v = *change.voice;
        if (v.type == r.voiceType && v.id == voiceIdOf(r)) {
            r.scheduledVoice.reset();
        } else {
            ScheduledVoice s;
            s.type = v.type;
            (v.type == VoiceType::Rtc ? s.appId : v.type == VoiceType::Est ? s.trunkId : s.serviceId) = v.id;
            s.status = ProvisioningStatus::Waiting;
            s.lastUpdatedMs = now;
            r.scheduledVoice = s;
            provision = true;
            linking = linking || !v.id.isEmpty();
        }
    }
    if (provision) {
        ++r.provisioningGeneration;
        r.provisioningStalled = false;
        const bool fail = linking && m_provisioningFailureRate > 0.0 &&
                          static_cast<double>(nextRandom() % 1000000) / 1000000.0 < m_provisioningFailureRate;
        m_failPlan.insert(r.phoneNumber, fail);
        scheduleStep(r.phoneNumber);
    }
}

void SandboxState::scheduleStep(const QString &e164)
{
    const ActiveNumberRecord *r = activeNumber(e164);
    if (!r)
        return;
    const quint64 generation = r->provisioningGeneration;
    QTimer::singleShot(qMax(0, m_provisioningStepMs), this,
                       [this, e164, generation] { advanceProvisioning(e164, generation); });
}

void SandboxState::addEvent(std::vector<NumberEvent> *events, const ActiveNumberRecord &r, const char *type,
                            bool succeeded, const QString &failureCode, const QString &internalFailureCode) const
{
    if (r.callbackUrl.isEmpty())
        return; // §6.1: events go to the number's callbackUrl; without one there is nobody to tell
    events->push_back(
        {r.phoneNumber, r.callbackUrl, QLatin1String(type), succeeded, failureCode, internalFailureCode, nowMs()});
}

void SandboxState::advanceProvisioning(const QString &e164, quint64 generation)
{
    auto it = m_records.find(e164);
    if (it == m_records.end() || it->second.provisioningGeneration != generation)
        return;
    ActiveNumberRecord &r = it->second;
    const qint64 now = nowMs();
    const bool fail = m_failPlan.value(e164);
    bool more = false;
    std::vector<NumberEvent> events;

    if (r.scheduledSms && r.scheduledSms->status != ProvisioningStatus::Failed) {
        ScheduledSms &s = *r.scheduledSms;
        if (s.status == ProvisioningStatus::Waiting) {
            s.status = ProvisioningStatus::InProgress;
            s.lastUpdatedMs = now;
            more = true;
        } else if (fail && !s.servicePlanId.isEmpty()) {
            s.status = ProvisioningStatus::Failed;
            s.lastUpdatedMs = now;
            s.errorCodes = {s.campaignId.isEmpty() ? QStringLiteral("SMS_PROVISIONING_FAILED")
                                                   : QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE")};
            // §6.2: SMS-platform failures carry no code; campaign failures do (CRS0018 is the [OAS] fixture's).
            const bool planFailed = s.servicePlanId != r.servicePlanId;
            const bool campaignFailed = !s.campaignId.isEmpty() && s.campaignId != r.campaignId;
            if (planFailed || !campaignFailed)
                addEvent(&events, r, "PROVISIONING_TO_SMS_PLATFORM", false);
            if (campaignFailed)
                addEvent(&events, r, "PROVISIONING_TO_CAMPAIGN", false, QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE"),
                         QStringLiteral("CRS0018"));
        } else {
            const QString oldPlan = r.servicePlanId;
            const QString oldCampaign = r.campaignId;
            r.servicePlanId = s.servicePlanId;
            r.campaignId = s.campaignId;
            r.scheduledSms.reset();
            if (oldCampaign != r.campaignId && !oldCampaign.isEmpty())
                addEvent(&events, r, "DEPROVISIONING_FROM_CAMPAIGN", true);
            if (oldPlan != r.servicePlanId && !oldPlan.isEmpty())
                addEvent(&events, r, "DEPROVISIONING_FROM_SMS_PLATFORM", true);
            if (oldPlan != r.servicePlanId && !r.servicePlanId.isEmpty())
                addEvent(&events, r, "PROVISIONING_TO_SMS_PLATFORM", true);
            if (oldCampaign != r.campaignId && !r.campaignId.isEmpty())
                addEvent(&events, r, "PROVISIONING_TO_CAMPAIGN", true);
        }
    }
    if (r.scheduledVoice && r.scheduledVoice->status != ProvisioningStatus::Failed) {
        ScheduledVoice &s = *r.scheduledVoice;
        const bool unlink = s.appId.isEmpty() && s.trunkId.isEmpty() && s.serviceId.isEmpty();
        if (s.status == ProvisioningStatus::Waiting) {
            s.status = ProvisioningStatus::InProgress;
            s.lastUpdatedMs = now;
            more = true;
        } else if (fail && !unlink) {
            s.status = ProvisioningStatus::Failed;
            s.lastUpdatedMs = now;
            // The code the e2e mock server of the SDKs sends for a failed voice link (§6.2).
            addEvent(&events, r, "PROVISIONING_TO_VOICE_PLATFORM", false,
                     QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM_FAILED"));
        } else {
            r.voiceType = s.type;
            r.appId = s.appId;
            r.trunkId = s.trunkId;
            r.serviceId = s.serviceId;
            r.voiceLastUpdatedMs = now;
            r.scheduledVoice.reset();
            addEvent(&events, r, unlink ? "DEPROVISIONING_FROM_VOICE_PLATFORM" : "PROVISIONING_TO_VOICE_PLATFORM",
                     true);
        }
    }
    if (more)
        scheduleStep(e164);
    else
        m_failPlan.remove(e164);
    touch();
    for (const NumberEvent &event : events)
        Q_EMIT numberEvent(event);
}

} // namespace nd::sandbox
