// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models.h"

#include <QJsonObject>

// The API objects as `numberdesk-cli --format json` prints them. Every known field is written (unset strings
// as "", unset dates and objects as null) and the `extra` keys are re-emitted, so nothing received is lost;
// a known field always wins over an `extra` key of the same name.
namespace nd::cli {

QJsonObject toJson(const Money &money);
QJsonObject toJson(const AvailableNumber &number);
QJsonObject toJson(const ScheduledProvisioning &provisioning);
QJsonObject toJson(const SmsConfiguration &configuration);
QJsonObject toJson(const ScheduledVoiceProvisioning &provisioning);
QJsonObject toJson(const VoiceConfiguration &configuration);
QJsonObject toJson(const ActiveNumber &number);
QJsonObject toJson(const ActiveNumbersPage &page);
QJsonObject toJson(const AvailableRegion &region);
QJsonObject toJson(const CallbackConfiguration &configuration);
QJsonObject toJson(const EmergencyAddress &address);
QJsonObject toJson(const ValidateEmergencyAddressResponse &response);

} // namespace nd::cli
