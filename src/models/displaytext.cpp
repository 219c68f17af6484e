// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace nd::DisplayText {

namespace {

QString orRaw(const QString &text, const QString &raw)
{
    return text.isEmpty() ? raw : text;
}

QString shortId(const QString &id)
{
    return id;
}

} // namespace

QString numberType(const NumberType &type)
{
    if (type.isEmpty()) {
        return QCoreApplication::translate("DisplayText", "Unknown type");
    }
    switch (type.value()) {
    case NumberType::Value::Mobile:
        return QCoreApplication::translate("DisplayText", "Mobile");
    case NumberType::Value::Local:
        return QCoreApplication::translate("DisplayText", "Local");
    case NumberType::Value::TollFree:
        return QCoreApplication::translate("DisplayText", "Toll-free");
    case NumberType::Value::Unspecified:
        return QCoreApplication::translate("DisplayText", "Unspecified");
    case NumberType::Value::Unknown:
        break;
    }
    return type.wire();
}

QString capability(const Capability &capability)
{
    switch (capability.value()) {
    case Capability::Value::Sms:
        return QCoreApplication::translate("DisplayText", "SMS");
    case Capability::Value::Voice:
        return QCoreApplication::translate("DisplayText", "Voice");
    case Capability::Value::Unknown:
        break;
    }
    return capability.wire();
}

QString capabilities(const QList<Capability> &capabilities)
{
    if (capabilities.isEmpty()) {
        return QCoreApplication::translate("DisplayText", "None");
    }
    QStringList parts;
    for (const Capability &c : capabilities) {
        parts << capability(c);
    }
    return parts.join(QCoreApplication::translate("DisplayText", ", ", "list separator"));
}

QString provisioningStatus(const ProvisioningStatus &status)
{
    switch (status.value()) {
    case ProvisioningStatus::Value::Unspecified:
        return QCoreApplication::translate("DisplayText", "Status not specified");
    case ProvisioningStatus::Value::Waiting:
        return QCoreApplication::translate("DisplayText", "Waiting");
    case ProvisioningStatus::Value::InProgress:
        return QCoreApplication::translate("DisplayText", "In progress");
    case ProvisioningStatus::Value::Failed:
        return QCoreApplication::translate("DisplayText", "Failed");
    case ProvisioningStatus::Value::Unknown:
        break;
    }
    return orRaw(status.wire(), QCoreApplication::translate("DisplayText", "Unknown status"));
}

QString smsErrorCode(const SmsErrorCode &code)
{
    using V = SmsErrorCode::Value;
    switch (code.value()) {
    case V::Unspecified:
        return QCoreApplication::translate("DisplayText", "No specific reason was given");
    case V::InternalError:
        return QCoreApplication::translate("DisplayText", "Sinch had an internal failure");
    case V::SmsProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Linking the number to the SMS service plan failed");
    case V::CampaignProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Linking the number to the 10DLC campaign failed");
    case V::CampaignNotAvailable:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign is not available");
    case V::Exceeded10DlcLimit:
        return QCoreApplication::translate("DisplayText", "The 10DLC number limit has been reached");
    case V::NumberProvisioningFailed:
        return QCoreApplication::translate("DisplayText", "Provisioning the number failed");
    case V::PartnerServiceUnavailable:
        return QCoreApplication::translate("DisplayText", "A partner service is unavailable; try again later");
    case V::CampaignPendingAcceptance:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign has not been accepted yet");
    case V::MnoSharingError:
        return QCoreApplication::translate("DisplayText", "Sharing the campaign with the mobile operators failed");
    case V::CampaignExpired:
        return QCoreApplication::translate("DisplayText", "The 10DLC campaign has expired");
    case V::CampaignMnoRejected:
        return QCoreApplication::translate("DisplayText", "A mobile operator rejected the campaign");
    case V::CampaignMnoSuspended:
        return QCoreApplication::translate("DisplayText", "A mobile operator suspended the campaign");
    case V::CampaignMnoReview:
        return QCoreApplication::translate("DisplayText", "The campaign is under review by a mobile operator");
    case V::InsufficientBalance:
        return QCoreApplication::translate("DisplayText", "The account balance is too low to pay the fees");
    case V::MockCampaignNotAllowed:
        return QCoreApplication::translate("DisplayText", "Test (mock) campaigns are not allowed");
    case V::TfnNotAllowed:
        return QCoreApplication::translate("DisplayText", "Toll-free numbers are not allowed for this");
    case V::InvalidNnid:
        return QCoreApplication::translate("DisplayText", "The NNID is invalid");
    case V::Unknown:
        break;
    }
    return orRaw(code.wire(), QCoreApplication::translate("DisplayText", "Unknown error"));
}

QString voiceType(const VoiceType &type)
{
    switch (type.value()) {
    case VoiceType::Value::Rtc:
        return QCoreApplication::translate("DisplayText", "Voice API app");
    case VoiceType::Value::Est:
        return QCoreApplication::translate("DisplayText", "Elastic SIP trunk");
    case VoiceType::Value::Fax:
        return QCoreApplication::translate("DisplayText", "Fax service");
    case VoiceType::Value::Unknown:
        break;
    }
    return orRaw(type.wire(), QCoreApplication::translate("DisplayText", "Unknown voice type"));
}

QString voiceSummary(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice || voice->id().isEmpty()) {
        return QCoreApplication::translate("DisplayText", "Not linked");
    }
    //: %1 = kind of voice target ("Voice API app"), %2 = its id
    return QCoreApplication::translate("DisplayText", "%1 %2").arg(voiceType(voice->type), shortId(voice->id()));
}

QString smsSummary(const std::optional<SmsConfiguration> &sms)
{
    if (!sms || (sms->servicePlanId.isEmpty() && sms->campaignId.isEmpty())) {
        return QCoreApplication::translate("DisplayText", "Not linked");
    }
    if (sms->campaignId.isEmpty()) {
        return QCoreApplication::translate("DisplayText", "Service plan %1").arg(sms->servicePlanId);
    }
    return QCoreApplication::translate("DisplayText", "Service plan %1, campaign %2")
        .arg(sms->servicePlanId, sms->campaignId);
}

namespace {

bool isPending(const ProvisioningStatus &status)
{
    // Anything but "unspecified" counts; an unknown status is shown rather than hidden.
    return !status.isEmpty() && status.value() != ProvisioningStatus::Value::Unspecified;
}

} // namespace

bool hasPendingProvisioning(const ActiveNumber &number)
{
    if (number.smsConfiguration && number.smsConfiguration->scheduledProvisioning
        && isPending(number.smsConfiguration->scheduledProvisioning->status)) {
        return true;
    }
    return number.voiceConfiguration && number.voiceConfiguration->scheduledVoiceProvisioning
        && isPending(number.voiceConfiguration->scheduledVoiceProvisioning->status);
}

QString provisioningSummary(const ActiveNumber &number)
{
    QStringList lines;
    if (number.smsConfiguration && number.smsConfiguration->scheduledProvisioning) {
        const ScheduledProvisioning &sp = *number.smsConfiguration->scheduledProvisioning;
        if (isPending(sp.status)) {
            QString target;
            if (sp.servicePlanId.isEmpty() && sp.campaignId.isEmpty()) {
                target = QCoreApplication::translate("DisplayText", "unlinking");
            } else if (sp.campaignId.isEmpty()) {
                target = QCoreApplication::translate("DisplayText", "service plan %1").arg(sp.servicePlanId);
            } else {
                target = QCoreApplication::translate("DisplayText", "service plan %1, campaign %2")
                             .arg(sp.servicePlanId, sp.campaignId);
            }
            //: %1 = status ("Waiting"), %2 = what is being applied
            QString line = QCoreApplication::translate("DisplayText", "SMS: %1 (%2)")
                               .arg(provisioningStatus(sp.status), target);
            if (sp.status == ProvisioningStatus::Value::Failed || !sp.errorCodes.isEmpty()) {
                QStringList reasons;
                for (const SmsErrorCode &code : sp.errorCodes) {
                    reasons << smsErrorCode(code);
                }
                if (reasons.isEmpty()) {
                    reasons << QCoreApplication::translate("DisplayText", "no reason was given");
                }
                line += QLatin1String(": ") + reasons.join(QLatin1String("; "));
            }
            lines << line;
        }
    }
    if (number.voiceConfiguration && number.voiceConfiguration->scheduledVoiceProvisioning) {
        const ScheduledVoiceProvisioning &vp = *number.voiceConfiguration->scheduledVoiceProvisioning;
        if (isPending(vp.status)) {
            const QString target = vp.id().isEmpty()
                ? QCoreApplication::translate("DisplayText", "unlinking")
                : QCoreApplication::translate("DisplayText", "%1 %2").arg(voiceType(vp.type), vp.id());
            lines << QCoreApplication::translate("DisplayText", "Voice: %1 (%2)")
                         .arg(provisioningStatus(vp.status), target);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString interval(int months)
{
    if (months <= 0) {
        return {};
    }
    if (months == 1) {
        return QCoreApplication::translate("DisplayText", "every month");
    }
    if (months == 12) {
        return QCoreApplication::translate("DisplayText", "every year");
    }
    return QCoreApplication::translate("DisplayText", "every %n months", nullptr, months);
}

QString money(const Money &money)
{
    if (money.isEmpty()) {
        return QCoreApplication::translate("DisplayText", "—", "no value");
    }
    return money.toDisplayString();
}

QString recurringPrice(const Money &price, int months)
{
    const QString every = interval(months);
    if (every.isEmpty()) {
        return money(price);
    }
    //: %1 = amount ("USD 1.00"), %2 = interval ("every month")
    return QCoreApplication::translate("DisplayText", "%1 %2").arg(money(price), every);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return QCoreApplication::translate("DisplayText", "—", "no value");
    }
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString addressValidationResult(const AddressValidationResult &result)
{
    using V = AddressValidationResult::Value;
    switch (result.value()) {
    case V::Unspecified:
        return QCoreApplication::translate("DisplayText", "Could not be determined");
    case V::ExactMatch:
        return QCoreApplication::translate("DisplayText", "Exact match: the address is valid as entered");
    case V::NearMatch:
        return QCoreApplication::translate("DisplayText", "Near match: a corrected address is suggested");
    case V::NoMatch:
        return QCoreApplication::translate("DisplayText", "No match: the address is not valid");
    case V::Unknown:
        break;
    }
    return orRaw(result.wire(), QCoreApplication::translate("DisplayText", "Unknown result"));
}

QString emergencyAddress(const EmergencyAddress &a)
{
    QStringList parts;
    const QString street = QStringList{a.streetNumber, a.streetInfo}.join(QLatin1Char(' ')).trimmed();
    if (!street.isEmpty()) {
        parts << street;
    }
    if (!a.location.isEmpty()) {
        parts << a.location;
    }
    if (!a.city.isEmpty()) {
        parts << a.city;
    }
    QString zip = a.postalCode;
    if (!a.postalCodePlusFour.isEmpty()) {
        zip += QLatin1Char('-') + a.postalCodePlusFour;
    }
    const QString stateZip = QStringList{a.state, zip}.join(QLatin1Char(' ')).trimmed();
    if (!stateZip.isEmpty()) {
        parts << stateZip;
    }
    return parts.join(QLatin1String(", "));
}

QString callbackEventType(const QString &eventType)
{
    static const struct
    {
        const char *wire;
        const char *text;
    } names[] = {
        {"PROVISIONING_TO_SMS_PLATFORM", QT_TRANSLATE_NOOP("DisplayText", "Link to an SMS service plan")},
        {"DEPROVISIONING_FROM_SMS_PLATFORM", QT_TRANSLATE_NOOP("DisplayText", "Unlink from the SMS service plan")},
        {"PROVISIONING_TO_CAMPAIGN", QT_TRANSLATE_NOOP("DisplayText", "Link to a 10DLC campaign")},
        {"DEPROVISIONING_FROM_CAMPAIGN", QT_TRANSLATE_NOOP("DisplayText", "Unlink from the 10DLC campaign")},
        {"PROVISIONING_TO_VOICE_PLATFORM", QT_TRANSLATE_NOOP("DisplayText", "Enable voice")},
        {"DEPROVISIONING_FROM_VOICE_PLATFORM", QT_TRANSLATE_NOOP("DisplayText", "Disable voice")},
        {"DEPROVISIONING_TO_VOICE_PLATFORM", QT_TRANSLATE_NOOP("DisplayText", "Disable voice")},
        {"NUMBER_ORDER_PROCESSING", QT_TRANSLATE_NOOP("DisplayText", "Number order changed")},
    };
    for (const auto &n : names) {
        if (eventType == QLatin1String(n.wire))
            return QCoreApplication::translate("DisplayText", n.text);
    }
    return orRaw(eventType, QCoreApplication::translate("DisplayText", "Unknown event"));
}

QString callbackFailureCode(const QString &failureCode)
{
    if (failureCode.isEmpty())
        return QString();
    if (failureCode == QLatin1String("PROVISIONING_TO_VOICE_PLATFORM_FAILED"))
        return QCoreApplication::translate("DisplayText", "Enabling voice on the number failed");
    return smsErrorCode(SmsErrorCode::fromWire(failureCode));
}

} // namespace nd::DisplayText
