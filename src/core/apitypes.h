// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "openenum.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Value types for every model of docs/api.md §5. Reading rule (§3.2): absent, null and "" all mean
// "not set" and arrive here as empty strings / nullopt / invalid QDateTime. Every type keeps the unknown
// JSON keys it was parsed with in `extra`, so nothing the server adds is lost (§3.3).
namespace nd {

struct AvailableNumber
{
    QString phoneNumber;
    QString regionCode;
    NumberType type;
    QList<Capability> capabilities;
    Money setupPrice;
    Money monthlyPrice;
    int paymentIntervalMonths = 0;
    bool supportingDocumentationRequired = false;
    QJsonObject extra;
};

struct ScheduledProvisioning
{
    QString servicePlanId;
    QString campaignId;
    ProvisioningStatus status;
    QDateTime lastUpdatedTime;
    QList<SmsErrorCode> errorCodes;
    QJsonObject extra;
};

struct SmsConfiguration
{
    QString servicePlanId;
    QString campaignId;
    std::optional<ScheduledProvisioning> scheduledProvisioning;
    QJsonObject extra;
};

struct ScheduledVoiceProvisioning
{
    VoiceType type; // defaults to RTC when absent (§5.8)
    QString appId;
    QString trunkId;
    QString serviceId;
    ProvisioningStatus status;
    QDateTime lastUpdatedTime;
    QJsonObject extra;

    // The id that goes with `type` (appId for RTC, trunkId for EST, serviceId for FAX).
    QString id() const;
};

struct VoiceConfiguration
{
    VoiceType type; // defaults to RTC when absent (§5.8)
    QString appId;
    QString trunkId;
    QString serviceId;
    QDateTime lastUpdatedTime;
    std::optional<ScheduledVoiceProvisioning> scheduledVoiceProvisioning;
    QJsonObject extra;

    QString id() const;
};

struct ActiveNumber
{
    QString phoneNumber;
    QString projectId;
    QString displayName;
    QString regionCode;
    NumberType type;
    QList<Capability> capabilities;
    Money money;
    int paymentIntervalMonths = 0;
    QDateTime nextChargeDate;
    QDateTime expireAt;
    std::optional<SmsConfiguration> smsConfiguration;
    std::optional<VoiceConfiguration> voiceConfiguration;
    QString callbackUrl;
    QJsonObject extra;

    bool isReleased() const { return expireAt.isValid(); }
};

struct ActiveNumbersPage
{
    QList<ActiveNumber> activeNumbers;
    // Each item's JSON exactly as received (same order), when the parser kept it: the mirror stores it as is.
    QList<QByteArray> rawActiveNumbers;
    QString nextPageToken; // empty on the last page
    int totalSize = -1;    // -1 when absent; informational only (§3.8)
    bool hasNextPage() const { return !nextPageToken.isEmpty(); }
};

struct AvailableRegion
{
    QString regionCode;
    QString regionName;
    QList<NumberType> types;
    QJsonObject extra;
};

struct CallbackConfiguration
{
    QString projectId;
    QString hmacSecret; // sensitive: never log
    QJsonObject extra;
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
    QJsonObject extra;

    bool isEmpty() const;
    // One line for people and records: "221 Pine St, Suite 400, Seattle, WA 98101-2034".
    QString singleLine() const;
};

struct ValidateEmergencyAddressResponse
{
    QString phoneNumber;
    QString displayName;
    EmergencyAddress validatedAddress;
    AddressValidationResult validationResult;
    QStringList validationMessages; // validationMessage split on '|'
    EmergencyAddress correctedAddress;
    QList<EmergencyAddress> candidateAddresses;
    QJsonObject extra;
};

// docs/api.md §4.11: deprovision answers with no body (or {}).
struct Empty
{
};

} // namespace nd

Q_DECLARE_METATYPE(nd::AvailableNumber)
Q_DECLARE_METATYPE(nd::ActiveNumber)
Q_DECLARE_METATYPE(nd::AvailableRegion)
