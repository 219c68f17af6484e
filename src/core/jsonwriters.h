// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QJsonObject>

// The API's values as JSON again: what `numberdesk-cli --format json` prints and what the inventory mirror
// stores. Every known field is written (unset strings as "", unset dates and objects as null) and the `extra`
// keys are re-emitted, so nothing received is lost; a known field always wins over an `extra` key of the same
// name. jsonparsers.h reads them back.
namespace nd::json {

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

} // namespace nd::json
