// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// JSON <-> model conversion for docs/api.md §5. Parsers never crash on bad input: anything that is not
// what the spec says becomes an ApiError of kind Parse with a translated message. Reading rules (§3.2,
// §3.3): absent, null and "" mean "not set"; unknown keys are kept in `extra`; enums stay open.
namespace nd::json {

// The OAuth2 token endpoint's answer (docs/api.md §2.2). accessToken is sensitive: never log it.
struct TokenResponse
{
    QString accessToken;
    qint64 expiresIn = -1; // seconds; -1 when absent
    QString tokenType;
    QString scope;
    QJsonObject extra;
};

// A 2xx body as a JSON object. An empty body counts as {} (the Node SDK does the same).
Result<QJsonObject> parseObject(const QByteArray &body);

Result<AvailableNumber> parseAvailableNumber(const QJsonObject &object);
Result<AvailableNumber> parseAvailableNumber(const QByteArray &body);
Result<QList<AvailableNumber>> parseAvailableNumbers(const QByteArray &body); // AvailableNumbersResponse
Result<ActiveNumber> parseActiveNumber(const QJsonObject &object);
// One ActiveNumber document (also each number's JSON in the inventory mirror), read with simdjson like the pages.
Result<ActiveNumber> parseActiveNumber(const QByteArray &body);
// A page of GET /activeNumbers, read with simdjson (activenumberpages.cpp); each item's JSON is kept (minified)
// in rawActiveNumbers. Anything simdjson refuses is read by detail::parseActiveNumbersPageQt instead.
Result<ActiveNumbersPage> parseActiveNumbersPage(const QByteArray &body);
namespace detail {
// The same with QJsonDocument: the reference the fast path must equal (tests and the differential fuzz target).
Result<ActiveNumbersPage> parseActiveNumbersPageQt(const QByteArray &body);
Result<ActiveNumber> parseActiveNumberQt(const QByteArray &body);
} // namespace detail
Result<AvailableRegion> parseAvailableRegion(const QJsonObject &object);
Result<QList<AvailableRegion>> parseAvailableRegions(const QByteArray &body);
Result<CallbackConfiguration> parseCallbackConfiguration(const QJsonObject &object);
Result<CallbackConfiguration> parseCallbackConfiguration(const QByteArray &body);
Result<EmergencyAddress> parseEmergencyAddress(const QJsonObject &object);
Result<EmergencyAddress> parseEmergencyAddress(const QByteArray &body);
Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QJsonObject &object);
Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QByteArray &body);
Result<TokenResponse> parseTokenResponse(const QByteArray &body);

} // namespace nd::json
