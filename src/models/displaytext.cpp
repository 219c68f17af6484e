// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include "smserrortext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace nd::DisplayText {

namespace {

// The translation context of every text in this file.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(nd::DisplayText)
};

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
        return Texts::tr("Unknown type");
    }
    switch (type.value()) {
    case NumberType::Value::Mobile:
        return Texts::tr("Mobile");
    case NumberType::Value::Local:
        return Texts::tr("Local");
    case NumberType::Value::TollFree:
        return Texts::tr("Toll-free");
    case NumberType::Value::Unspecified:
        return Texts::tr("Unspecified");
    case NumberType::Value::Unknown:
        break;
    }
    return type.wire();
}

QString capability(const Capability &capability)
{
    switch (capability.value()) {
    case Capability::Value::Sms:
        return Texts::tr("SMS");
    case Capability::Value::Voice:
        return Texts::tr("Voice");
    case Capability::Value::Unknown:
        break;
    }
    return capability.wire();
}

QString capabilities(const QList<Capability> &capabilities)
{
    if (capabilities.isEmpty()) {
        return Texts::tr("None");
    }
    QStringList parts;
    for (const Capability &c : capabilities) {
        parts << capability(c);
    }
    return parts.join(Texts::tr(", ", "list separator"));
}

QString provisioningStatus(const ProvisioningStatus &status)
{
    switch (status.value()) {
    case ProvisioningStatus::Value::Unspecified:
        return Texts::tr("Status not specified");
    case ProvisioningStatus::Value::Waiting:
        return Texts::tr("Waiting");
    case ProvisioningStatus::Value::InProgress:
        return Texts::tr("In progress");
    case ProvisioningStatus::Value::Failed:
        return Texts::tr("Failed");
    case ProvisioningStatus::Value::Unknown:
        break;
    }
    return orRaw(status.wire(), Texts::tr("Unknown status"));
}

QString smsErrorCode(const SmsErrorCode &code)
{
    return smsErrorCodeText(code);
}

QString voiceType(const VoiceType &type)
{
    switch (type.value()) {
    case VoiceType::Value::Rtc:
        return Texts::tr("Voice API app");
    case VoiceType::Value::Est:
        return Texts::tr("Elastic SIP trunk");
    case VoiceType::Value::Fax:
        return Texts::tr("Fax service");
    case VoiceType::Value::Unknown:
        break;
    }
    return orRaw(type.wire(), Texts::tr("Unknown voice type"));
}

QString voiceSummary(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice || voice->id().isEmpty()) {
        return Texts::tr("Not linked");
    }
    //: %1 = kind of voice target ("Voice API app"), %2 = its id
    return Texts::tr("%1 %2").arg(voiceType(voice->type), shortId(voice->id()));
}

QString smsSummary(const std::optional<SmsConfiguration> &sms)
{
    if (!sms || (sms->servicePlanId.isEmpty() && sms->campaignId.isEmpty())) {
        return Texts::tr("Not linked");
    }
    if (sms->campaignId.isEmpty()) {
        return Texts::tr("Service plan %1").arg(sms->servicePlanId);
    }
    return Texts::tr("Service plan %1, campaign %2")
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
                target = Texts::tr("unlinking");
            } else if (sp.campaignId.isEmpty()) {
                target = Texts::tr("service plan %1").arg(sp.servicePlanId);
            } else {
                target = Texts::tr("service plan %1, campaign %2")
                             .arg(sp.servicePlanId, sp.campaignId);
            }
            //: %1 = status ("Waiting"), %2 = what is being applied
            QString line = Texts::tr("SMS: %1 (%2)")
                               .arg(provisioningStatus(sp.status), target);
            if (sp.status == ProvisioningStatus::Value::Failed || !sp.errorCodes.isEmpty()) {
                QStringList reasons;
                for (const SmsErrorCode &code : sp.errorCodes) {
                    reasons << smsErrorCode(code);
                }
                if (reasons.isEmpty()) {
                    reasons << Texts::tr("no reason was given");
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
                ? Texts::tr("unlinking")
                : Texts::tr("%1 %2").arg(voiceType(vp.type), vp.id());
            lines << Texts::tr("Voice: %1 (%2)")
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
        return Texts::tr("every month");
    }
    if (months == 12) {
        return Texts::tr("every year");
    }
    return Texts::tr("every %n months", nullptr, months);
}

QString money(const Money &money)
{
    if (money.isEmpty()) {
        return Texts::tr("—", "no value");
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
    return Texts::tr("%1 %2").arg(money(price), every);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return Texts::tr("—", "no value");
    }
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString addressValidationResult(const AddressValidationResult &result)
{
    using V = AddressValidationResult::Value;
    switch (result.value()) {
    case V::Unspecified:
        return Texts::tr("Could not be determined");
    case V::ExactMatch:
        return Texts::tr("Exact match: the address is valid as entered");
    case V::NearMatch:
        return Texts::tr("Near match: a corrected address is suggested");
    case V::NoMatch:
        return Texts::tr("No match: the address is not valid");
    case V::Unknown:
        break;
    }
    return orRaw(result.wire(), Texts::tr("Unknown result"));
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
        {"PROVISIONING_TO_SMS_PLATFORM", QT_TRANSLATE_NOOP("nd::DisplayText", "Link to an SMS service plan")},
        {"DEPROVISIONING_FROM_SMS_PLATFORM", QT_TRANSLATE_NOOP("nd::DisplayText", "Unlink from the SMS service plan")},
        {"PROVISIONING_TO_CAMPAIGN", QT_TRANSLATE_NOOP("nd::DisplayText", "Link to a 10DLC campaign")},
        {"DEPROVISIONING_FROM_CAMPAIGN", QT_TRANSLATE_NOOP("nd::DisplayText", "Unlink from the 10DLC campaign")},
        {"PROVISIONING_TO_VOICE_PLATFORM", QT_TRANSLATE_NOOP("nd::DisplayText", "Enable voice")},
        {"DEPROVISIONING_FROM_VOICE_PLATFORM", QT_TRANSLATE_NOOP("nd::DisplayText", "Disable voice")},
        {"DEPROVISIONING_TO_VOICE_PLATFORM", QT_TRANSLATE_NOOP("nd::DisplayText", "Disable voice")},
        {"NUMBER_ORDER_PROCESSING", QT_TRANSLATE_NOOP("nd::DisplayText", "Number order changed")},
    };
    for (const auto &n : names) {
        if (eventType == QLatin1String(n.wire))
            return Texts::tr(n.text);
    }
    return orRaw(eventType, Texts::tr("Unknown event"));
}

QString callbackFailureCode(const QString &failureCode)
{
    if (failureCode.isEmpty())
        return QString();
    if (failureCode == QLatin1String("PROVISIONING_TO_VOICE_PLATFORM_FAILED"))
        return Texts::tr("Enabling voice on the number failed");
    return smsErrorCode(SmsErrorCode::fromWire(failureCode));
}

} // namespace nd::DisplayText
