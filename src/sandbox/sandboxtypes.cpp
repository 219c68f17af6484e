// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtypes.h"

#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>

namespace nd::sandbox {

const char *numberTypeName(NumberType type)
{
    switch (type) {
    case NumberType::Mobile:
        return "MOBILE";
    case NumberType::Local:
        return "LOCAL";
    case NumberType::TollFree:
        return "TOLL_FREE";
    }
    return "MOBILE";
}

std::optional<NumberType> parseNumberType(const QString &text)
{
    if (text == QLatin1String("MOBILE"))
        return NumberType::Mobile;
    if (text == QLatin1String("LOCAL"))
        return NumberType::Local;
    if (text == QLatin1String("TOLL_FREE"))
        return NumberType::TollFree;
    return std::nullopt;
}

const char *voiceTypeName(VoiceType type)
{
    switch (type) {
    case VoiceType::Rtc:
        return "RTC";
    case VoiceType::Est:
        return "EST";
    case VoiceType::Fax:
        return "FAX";
    }
    return "RTC";
}

std::optional<VoiceType> parseVoiceType(const QString &text)
{
    if (text == QLatin1String("RTC"))
        return VoiceType::Rtc;
    if (text == QLatin1String("EST"))
        return VoiceType::Est;
    if (text == QLatin1String("FAX"))
        return VoiceType::Fax;
    return std::nullopt;
}

const char *provisioningStatusName(ProvisioningStatus status)
{
    switch (status) {
    case ProvisioningStatus::Waiting:
        return "WAITING";
    case ProvisioningStatus::InProgress:
        return "IN_PROGRESS";
    case ProvisioningStatus::Failed:
        return "FAILED";
    }
    return "WAITING";
}

std::optional<ProvisioningStatus> parseProvisioningStatus(const QString &text)
{
    if (text == QLatin1String("WAITING"))
        return ProvisioningStatus::Waiting;
    if (text == QLatin1String("IN_PROGRESS"))
        return ProvisioningStatus::InProgress;
    if (text == QLatin1String("FAILED"))
        return ProvisioningStatus::Failed;
    return std::nullopt;
}

std::optional<int> parseCapability(const QString &text)
{
    if (text == QLatin1String("SMS"))
        return Capability::Sms;
    if (text == QLatin1String("VOICE"))
        return Capability::Voice;
    return std::nullopt;
}

void writeCapabilities(JsonWriter &w, int capabilities)
{
    w.beginArray();
    if (capabilities & Capability::Sms)
        w.value("SMS");
    if (capabilities & Capability::Voice)
        w.value("VOICE");
    w.endArray();
}

int formatTimestamp(qint64 msecsSinceEpoch, char (&out)[TimestampBufferSize])
{
    // Days to a civil date (H. Hinnant's algorithm, proleptic Gregorian). QDateTime::toString() costs about a
    // microsecond per call; a page of 1,000 numbers writes 2,000 to 3,000 timestamps.
    constexpr qint64 MsPerDay = 86400000;
    if (msecsSinceEpoch < 0 || msecsSinceEpoch >= 253402300800000LL) // 1970-01-01 … 9999-12-31: four-digit years
        return 0;
    const qint64 days = msecsSinceEpoch / MsPerDay;
    qint64 msOfDay = msecsSinceEpoch % MsPerDay;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int millis = static_cast<int>(msOfDay % 1000);
    msOfDay /= 1000;
    const int second = static_cast<int>(msOfDay % 60);
    const int minute = static_cast<int>((msOfDay / 60) % 60);
    const int hour = static_cast<int>(msOfDay / 3600);
    const auto digits = [](char *at, int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    out[10] = 'T';
    digits(out + 11, hour, 2);
    out[13] = ':';
    digits(out + 14, minute, 2);
    out[16] = ':';
    digits(out + 17, second, 2);
    out[19] = '.';
    digits(out + 20, millis, 3);
    out[23] = 'Z';
    out[24] = '\0';
    return 24;
}

QString formatTimestamp(qint64 msecsSinceEpoch)
{
    char text[TimestampBufferSize];
    if (formatTimestamp(msecsSinceEpoch, text) > 0)
        return QString::fromLatin1(text);
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

static void writeMoney(JsonWriter &w, const Money &money)
{
    w.beginObject();
    w.field("currencyCode", money.currencyCode);
    w.field("amount", money.amount);
    w.endObject();
}

static void writeTimestampField(JsonWriter &w, const char *name, qint64 ms)
{
    char text[TimestampBufferSize];
    if (ms == 0)
        w.nullField(name);
    else if (formatTimestamp(ms, text) > 0)
        w.field(name, static_cast<const char *>(text));
    else
        w.field(name, formatTimestamp(ms));
}

void AvailableNumber::write(JsonWriter &w) const
{
    w.beginObject();
    w.field("phoneNumber", phoneNumber);
    w.field("regionCode", regionCode);
    w.field("type", numberTypeName(type));
    w.key("capability");
    writeCapabilities(w, capabilities);
    w.key("setupPrice");
    writeMoney(w, setupPrice);
    w.key("monthlyPrice");
    writeMoney(w, monthlyPrice);
    w.field("paymentIntervalMonths", paymentIntervalMonths);
    w.field("supportingDocumentationRequired", supportingDocumentationRequired);
    w.endObject();
}

void EmergencyAddress::write(JsonWriter &w) const
{
    w.beginObject();
    w.field("streetNumber", streetNumber);
    w.field("streetInfo", streetInfo);
    w.field("location", location);
    w.field("city", city);
    w.field("state", state);
    w.field("postalCode", postalCode);
    w.field("postalCodePlusFour", postalCodePlusFour);
    w.endObject();
}

EmergencyAddress EmergencyAddress::fromJson(const QJsonObject &o)
{
    EmergencyAddress a;
    a.streetNumber = o.value(QLatin1String("streetNumber")).toString();
    a.streetInfo = o.value(QLatin1String("streetInfo")).toString();
    a.location = o.value(QLatin1String("location")).toString();
    a.city = o.value(QLatin1String("city")).toString();
    a.state = o.value(QLatin1String("state")).toString();
    a.postalCode = o.value(QLatin1String("postalCode")).toString();
    a.postalCodePlusFour = o.value(QLatin1String("postalCodePlusFour")).toString();
    return a;
}

bool EmergencyAddress::operator==(const EmergencyAddress &other) const
{
    return streetNumber == other.streetNumber && streetInfo == other.streetInfo && location == other.location &&
           city == other.city && state == other.state && postalCode == other.postalCode &&
           postalCodePlusFour == other.postalCodePlusFour;
}

void ActiveNumberRecord::write(JsonWriter &w, const QString &projectId) const
{
    w.beginObject();
    w.field("phoneNumber", phoneNumber);
    w.field("projectId", projectId);
    w.field("displayName", displayName);
    w.field("regionCode", regionCode);
    w.field("type", numberTypeName(type));
    w.key("capability");
    writeCapabilities(w, capabilities);
    w.key("money");
    writeMoney(w, money);
    w.field("paymentIntervalMonths", paymentIntervalMonths);
    writeTimestampField(w, "nextChargeDate", nextChargeMs);
    writeTimestampField(w, "expireAt", expireAtMs);

    w.key("smsConfiguration");
    w.beginObject();
    w.field("servicePlanId", servicePlanId);
    w.field("campaignId", campaignId);
    if (scheduledSms) {
        w.key("scheduledProvisioning");
        w.beginObject();
        w.field("servicePlanId", scheduledSms->servicePlanId);
        w.field("campaignId", scheduledSms->campaignId);
        w.field("status", provisioningStatusName(scheduledSms->status));
        writeTimestampField(w, "lastUpdatedTime", scheduledSms->lastUpdatedMs);
        w.key("errorCodes");
        w.beginArray();
        for (const QString &code : scheduledSms->errorCodes)
            w.value(code);
        w.endArray();
        w.endObject();
    } else {
        w.nullField("scheduledProvisioning");
    }
    w.endObject();

    // §5.8: an emulator always sends `type`, plus all three ID fields ("" for the unused ones).
    w.key("voiceConfiguration");
    w.beginObject();
    w.field("type", voiceTypeName(voiceType));
    w.field("appId", appId);
    w.field("trunkId", trunkId);
    w.field("serviceId", serviceId);
    writeTimestampField(w, "lastUpdatedTime", voiceLastUpdatedMs);
    if (scheduledVoice) {
        w.key("scheduledVoiceProvisioning");
        w.beginObject();
        w.field("type", voiceTypeName(scheduledVoice->type));
        w.field("appId", scheduledVoice->appId);
        w.field("trunkId", scheduledVoice->trunkId);
        w.field("serviceId", scheduledVoice->serviceId);
        w.field("status", provisioningStatusName(scheduledVoice->status));
        writeTimestampField(w, "lastUpdatedTime", scheduledVoice->lastUpdatedMs);
        w.endObject();
    } else {
        w.nullField("scheduledVoiceProvisioning");
    }
    w.endObject();

    w.field("callbackUrl", callbackUrl);
    w.endObject();
}

void ActiveNumberRecord::writeState(JsonWriter &w, const QString &projectId) const
{
    w.beginObject();
    w.key("number");
    write(w, projectId);
    w.field("capabilityMask", capabilities);
    if (provisioningStalled)
        w.field("provisioningStalled", true);
    if (emergencyAddress) {
        w.key("emergencyAddress");
        emergencyAddress->write(w);
        w.field("emergencyDisplayName", emergencyDisplayName);
    }
    w.endObject();
}

std::optional<ActiveNumberRecord> ActiveNumberRecord::fromStateJson(const QJsonObject &o)
{
    const QJsonObject n = o.value(QLatin1String("number")).toObject();
    ActiveNumberRecord r;
    r.phoneNumber = n.value(QLatin1String("phoneNumber")).toString();
    r.regionCode = n.value(QLatin1String("regionCode")).toString();
    const auto type = parseNumberType(n.value(QLatin1String("type")).toString());
    if (r.phoneNumber.isEmpty() || r.regionCode.isEmpty() || !type)
        return std::nullopt;
    r.type = *type;
    r.capabilities = o.value(QLatin1String("capabilityMask")).toInt();
    const QJsonObject money = n.value(QLatin1String("money")).toObject();
    r.money = {money.value(QLatin1String("currencyCode")).toString(), money.value(QLatin1String("amount")).toString()};
    r.paymentIntervalMonths = n.value(QLatin1String("paymentIntervalMonths")).toInt(1);
    r.nextChargeMs = parseTimestamp(n.value(QLatin1String("nextChargeDate")).toString());
    r.expireAtMs = parseTimestamp(n.value(QLatin1String("expireAt")).toString());
    r.displayName = n.value(QLatin1String("displayName")).toString();
    r.callbackUrl = n.value(QLatin1String("callbackUrl")).toString();

    const QJsonObject sms = n.value(QLatin1String("smsConfiguration")).toObject();
    r.servicePlanId = sms.value(QLatin1String("servicePlanId")).toString();
    r.campaignId = sms.value(QLatin1String("campaignId")).toString();
    const QJsonObject ss = sms.value(QLatin1String("scheduledProvisioning")).toObject();
    if (!ss.isEmpty()) {
        ScheduledSms s;
        s.servicePlanId = ss.value(QLatin1String("servicePlanId")).toString();
        s.campaignId = ss.value(QLatin1String("campaignId")).toString();
        s.status =
            parseProvisioningStatus(ss.value(QLatin1String("status")).toString()).value_or(ProvisioningStatus::Waiting);
        s.lastUpdatedMs = parseTimestamp(ss.value(QLatin1String("lastUpdatedTime")).toString());
        for (const QJsonValue &code : ss.value(QLatin1String("errorCodes")).toArray())
            s.errorCodes.append(code.toString());
        r.scheduledSms = s;
    }

    const QJsonObject voice = n.value(QLatin1String("voiceConfiguration")).toObject();
    r.voiceType = parseVoiceType(voice.value(QLatin1String("type")).toString()).value_or(VoiceType::Rtc);
    r.appId = voice.value(QLatin1String("appId")).toString();
    r.trunkId = voice.value(QLatin1String("trunkId")).toString();
    r.serviceId = voice.value(QLatin1String("serviceId")).toString();
    r.voiceLastUpdatedMs = parseTimestamp(voice.value(QLatin1String("lastUpdatedTime")).toString());
    const QJsonObject sv = voice.value(QLatin1String("scheduledVoiceProvisioning")).toObject();
    if (!sv.isEmpty()) {
        ScheduledVoice s;
        s.type = parseVoiceType(sv.value(QLatin1String("type")).toString()).value_or(VoiceType::Rtc);
        s.appId = sv.value(QLatin1String("appId")).toString();
        s.trunkId = sv.value(QLatin1String("trunkId")).toString();
        s.serviceId = sv.value(QLatin1String("serviceId")).toString();
        s.status =
            parseProvisioningStatus(sv.value(QLatin1String("status")).toString()).value_or(ProvisioningStatus::Waiting);
        s.lastUpdatedMs = parseTimestamp(sv.value(QLatin1String("lastUpdatedTime")).toString());
        r.scheduledVoice = s;
    }

    r.provisioningStalled = o.value(QLatin1String("provisioningStalled")).toBool();
    if (o.contains(QLatin1String("emergencyAddress"))) {
        r.emergencyAddress = EmergencyAddress::fromJson(o.value(QLatin1String("emergencyAddress")).toObject());
        r.emergencyDisplayName = o.value(QLatin1String("emergencyDisplayName")).toString();
    }
    return r;
}

} // namespace nd::sandbox
