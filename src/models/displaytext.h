// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "openenum.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Translated, human-readable text for the API's values, shared by the models and the dialogs.
// Unknown enum values (docs/api.md §3.3) are shown raw, exactly as received.
namespace nd::DisplayText {

QString numberType(const NumberType &type);
QString capability(const Capability &capability);
// "SMS, Voice"; "None" when empty.
QString capabilities(const QList<Capability> &capabilities);
// "Waiting", "In progress", "Failed", ...
QString provisioningStatus(const ProvisioningStatus &status);
// The error code explained in words ("The 10DLC campaign has not been accepted yet").
QString smsErrorCode(const SmsErrorCode &code);
// A callback's eventType in words ("Linked to an SMS service plan"); unknown types raw (docs/api.md §6.2).
QString callbackEventType(const QString &eventType);
// A callback's failureCode in words: the SmsErrorCode of the same name, the voice platform's own code; "" for none.
QString callbackFailureCode(const QString &failureCode);
// "Voice API app", "Elastic SIP trunk", "Fax service".
QString voiceType(const VoiceType &type);
// "Voice API app 3e6a…"; "Not linked" when there is no configuration or no id.
QString voiceSummary(const std::optional<VoiceConfiguration> &voice);
// "Plan 9a8b… · campaign CQ7RZ2M"; "Not linked" when nothing is linked.
QString smsSummary(const std::optional<SmsConfiguration> &sms);
// Pending/failed SMS and voice provisioning in words, one item per line; empty when nothing is pending.
QString provisioningSummary(const ActiveNumber &number);
// True when SMS or voice provisioning is WAITING / IN_PROGRESS / FAILED (or an unknown status).
bool hasPendingProvisioning(const ActiveNumber &number);
// "every month", "every 3 months"; empty for an unknown interval (<= 0).
QString interval(int months);
// Money::toDisplayString(), or "—" when empty.
QString money(const Money &money);
// "USD 1.00 every month".
QString recurringPrice(const Money &money, int months);
// Local time, short format; "—" when invalid.
QString dateTime(const QDateTime &dateTime);
QString addressValidationResult(const AddressValidationResult &result);
// One-line address: "221 Pine St, Suite 400, Seattle, WA 98101-2034".
QString emergencyAddress(const EmergencyAddress &address);

} // namespace nd::DisplayText
