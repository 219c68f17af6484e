// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

// JSON <-> model conversion for numbers-api.md §5. Parsers never crash on bad input: anything that is not
// what the spec says becomes an ApiError of kind Parse with a translated message. Reading rules (§3.2,
// §3.3): absent, null and "" mean "not set"; unknown keys are kept in `extra`; enums stay open.
namespace nd::json {

// The OAuth2 token endpoint's answer (numbers-api.md §2.2). accessToken is sensitive: never log it.
struct TokenResponse
{
    QString accessToken;
    qint64 expiresIn = -1; // seconds; -1 when absent
    QString tokenType;
    QString scope;
    QJsonObject extra;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// §3.6: accepts 0-9 fraction digits, 'Z', a ±hh:mm offset or no zone (then UTC). Invalid QDateTime for
// absent/empty/unparsable text.
QDateTime parseDateTime(const QString &text);
// ISO-8601 UTC with milliseconds and 'Z', or an empty string for an invalid date.
QString formatDateTime(const QDateTime &dateTime);

// A 2xx body as a JSON object. An empty body counts as {} (the Node SDK does the same).
Result<QJsonObject> parseObject(const QByteArray &body);

Result<AvailableNumber> parseAvailableNumber(const QJsonObject &object);
Result<AvailableNumber> parseAvailableNumber(const QByteArray &body);
Result<QList<AvailableNumber>> parseAvailableNumbers(const QByteArray &body); // AvailableNumbersResponse
Result<ActiveNumber> parseActiveNumber(const QJsonObject &object);
Result<ActiveNumber> parseActiveNumber(const QByteArray &body);
Result<ActiveNumbersPage> parseActiveNumbersPage(const QByteArray &body);
Result<AvailableRegion> parseAvailableRegion(const QJsonObject &object);
Result<QList<AvailableRegion>> parseAvailableRegions(const QByteArray &body);
Result<CallbackConfiguration> parseCallbackConfiguration(const QJsonObject &object);
Result<CallbackConfiguration> parseCallbackConfiguration(const QByteArray &body);
Result<EmergencyAddress> parseEmergencyAddress(const QJsonObject &object);
Result<EmergencyAddress> parseEmergencyAddress(const QByteArray &body);
Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QJsonObject &object);
Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QByteArray &body);
Result<TokenResponse> parseTokenResponse(const QByteArray &body);

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date, relative to `now`), or -1.
int parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// An Http ApiError from a non-2xx answer: every §3.10 envelope shape, string or number error.code,
// unknown details types, non-JSON or empty bodies (then the status alone), Retry-After.
ApiError parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body);

// Serializers for output (numberdesk-cli --format json). Every known field is written (unset strings as
// "", unset dates and objects as null) and the `extra` keys are re-emitted, so nothing received is lost.
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

// Exactly QJsonDocument(toJson(number)).toJson(QJsonDocument::Compact), written directly (several times faster;
// for streaming 100,000 numbers as JSON lines). Falls back to the QJsonDocument path for unusual content.
QByteArray toCompactJson(const ActiveNumber &number);

} // namespace nd::json
