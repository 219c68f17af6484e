// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the sandbox state and their JSON forms (docs/api.md §5). Written from the spec,
// independently of src/core.
namespace nd::sandbox {

class JsonWriter;

enum class NumberType { Mobile, Local, TollFree };

enum class VoiceType { Rtc, Est, Fax };

enum class ProvisioningStatus { Waiting, InProgress, Failed };

namespace Capability {
constexpr int Sms = 1;
constexpr int Voice = 2;
} // namespace Capability

const char *numberTypeName(NumberType type);
std::optional<NumberType> parseNumberType(const QString &text);
const char *voiceTypeName(VoiceType type);
std::optional<VoiceType> parseVoiceType(const QString &text);
const char *provisioningStatusName(ProvisioningStatus status);
std::optional<ProvisioningStatus> parseProvisioningStatus(const QString &text);
std::optional<int> parseCapability(const QString &text); // "SMS" / "VOICE" -> bit
void writeCapabilities(JsonWriter &w, int capabilities);

QString formatTimestamp(qint64 msecsSinceEpoch); // RFC 3339 UTC with 3 fractional digits and Z
// The same into `out` without allocating, NUL-terminated: returns its length (24), or 0 outside the years
// 1970-9999 (then use the QString form).
constexpr int TimestampBufferSize = 25;
int formatTimestamp(qint64 msecsSinceEpoch, char (&out)[TimestampBufferSize]);
qint64 parseTimestamp(const QString &text);      // 0 when empty or invalid

struct Money
{
    QString currencyCode;
    QString amount; // decimal string, never a double
};

struct AvailableNumber
{
    QString phoneNumber;
    QString regionCode;
    NumberType type = NumberType::Mobile;
    int capabilities = 0;
    Money setupPrice;
    Money monthlyPrice;
    int paymentIntervalMonths = 1;
    bool supportingDocumentationRequired = false;

    void write(JsonWriter &w) const;
};

struct ScheduledSms
{
    QString servicePlanId;
    QString campaignId;
    ProvisioningStatus status = ProvisioningStatus::Waiting;
    qint64 lastUpdatedMs = 0;
    QStringList errorCodes;
};

struct ScheduledVoice
{
    VoiceType type = VoiceType::Rtc;
    QString appId;
    QString trunkId;
    QString serviceId;
    ProvisioningStatus status = ProvisioningStatus::Waiting;
    qint64 lastUpdatedMs = 0;
};

struct EmergencyAddress
{
    QString streetNumber;
    QString streetInfo;
    QString location;
    QString city;
    QString state;
    QString postalCode;
    QString postalCodePlusFour;

    void write(JsonWriter &w) const;
    static EmergencyAddress fromJson(const QJsonObject &o);
    bool operator==(const EmergencyAddress &other) const;
};

struct ActiveNumberRecord
{
    QString phoneNumber;
    QString regionCode;
    NumberType type = NumberType::Mobile;
    int capabilities = 0;
    Money money;
    int paymentIntervalMonths = 1;
    qint64 nextChargeMs = 0;
    qint64 expireAtMs = 0; // 0 = null: the subscription runs
    QString displayName;
    QString callbackUrl;

    QString servicePlanId; // active SMS link (top level)
    QString campaignId;
    std::optional<ScheduledSms> scheduledSms;

    VoiceType voiceType = VoiceType::Rtc;
    QString appId; // active voice link (top level)
    QString trunkId;
    QString serviceId;
    qint64 voiceLastUpdatedMs = 0;
    std::optional<ScheduledVoice> scheduledVoice;

    std::optional<EmergencyAddress> emergencyAddress;
    QString emergencyDisplayName;

    quint64 provisioningGeneration = 0; // bumps on every new scheduled change; stale timers check it
    // Seeded provisioning that is pending for hours and never advances (sandbox-only, persisted); the next
    // configuration change clears it.
    bool provisioningStalled = false;

    // The ActiveNumber of §5.3, as the API returns it.
    void write(JsonWriter &w, const QString &projectId) const;
    // The persisted form: the API form plus sandbox-only fields (emergency address).
    void writeState(JsonWriter &w, const QString &projectId) const;
    static std::optional<ActiveNumberRecord> fromStateJson(const QJsonObject &o);
};

} // namespace nd::sandbox
