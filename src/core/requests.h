// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openenum.h"

#include <QList>
#include <QString>

#include <optional>

// What the caller asks for. Optional members that are unset are left out of the request entirely
// (docs/api.md §3.2 writing rule); an optional set to "" is sent as "" (unlink, §4.7).
namespace nd {

struct EmergencyAddress;

struct NumberPattern
{
    QString pattern;             // digits, may start with '+' for START
    SearchPattern searchPattern; // sent only together with a pattern
    bool isEmpty() const { return pattern.isEmpty(); }
};

// GET /availableNumbers (§4.1)
struct AvailableNumberQuery
{
    QString regionCode; // required
    NumberType type;    // required
    NumberPattern pattern;
    QList<Capability> capabilities; // sent as repeated `capabilities`
    std::optional<int> size;
};

// GET /activeNumbers (§4.5)
struct ActiveNumberQuery
{
    QString regionCode;
    NumberType type;
    NumberPattern pattern;
    QList<Capability> capabilities; // sent as repeated singular `capability`
    std::optional<int> pageSize;
    QString pageToken;
    OrderBy orderBy;
};

// Request form of SmsConfiguration (§5.6). servicePlanId is required by the API whenever the object is
// sent; "" unlinks (update only).
struct SmsConfigurationRequest
{
    QString servicePlanId;
    std::optional<QString> campaignId;
};

// Request form of VoiceConfiguration (§5.8): `type` plus the one id that goes with it. "" unlinks.
struct VoiceConfigurationRequest
{
    VoiceType type;
    QString id;
};

// The configuration shared by rent, rentAny and update.
struct NumberConfiguration
{
    std::optional<SmsConfigurationRequest> sms;
    std::optional<VoiceConfigurationRequest> voice;
    std::optional<QString> callbackUrl;
    bool isEmpty() const { return !sms && !voice && !callbackUrl; }
};

// POST /availableNumbers:rentAny (§4.4)
struct RentAnyRequest
{
    QString regionCode; // required
    NumberType type;    // required
    NumberPattern pattern;
    QList<Capability> capabilities; // plural, in the body
    NumberConfiguration configuration;
};

// PATCH /activeNumbers/{n} (§4.7)
struct ActiveNumberUpdate
{
    std::optional<QString> displayName;
    NumberConfiguration configuration;
    bool isEmpty() const { return !displayName && configuration.isEmpty(); }
};

// POST .../emergencyAddress:provision and :validate (§4.10, §4.12)
struct EmergencyAddressRequest
{
    QString displayName;
    QString streetNumber;
    QString streetInfo;
    QString location; // optional: left out when empty
    QString city;
    QString state;
    QString postalCode;
    QString postalCodePlusFour; // optional: left out when empty

    // The address part alone, as the API will store it (for confirmations and comparisons).
    EmergencyAddress address() const;
    // Whether `stored` is this address (read back after an unclear answer, or shown as already provisioned).
    bool matches(const EmergencyAddress &stored) const;
};

} // namespace nd
