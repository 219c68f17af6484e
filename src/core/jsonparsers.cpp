// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparsers.h"

#include "apidatetime.h"
#include "jsonreader_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace nd::json {

namespace {

QLatin1String L(const char *s)
{
    return QLatin1String(s);
}

using Reader = detail::Reader<detail::QtBackend>;
using detail::readMoney;

EmergencyAddress readAddress(const QJsonObject &o)
{
    Reader r(o, "EmergencyAddress");
    EmergencyAddress a;
    a.streetNumber = r.string("streetNumber");
    a.streetInfo = r.string("streetInfo");
    a.location = r.string("location");
    a.city = r.string("city");
    a.state = r.string("state");
    a.postalCode = r.string("postalCode");
    a.postalCodePlusFour = r.string("postalCodePlusFour");
    a.extra = r.extra({"streetNumber", "streetInfo", "location", "city", "state", "postalCode", "postalCodePlusFour"});
    return a;
}

template<typename T, typename F> Result<QList<T>> parseList(const QByteArray &body, const char *key, F parseItem)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    const QJsonValue v = object.value().value(L(key));
    QList<T> list;
    if (v.isNull() || v.isUndefined()) {
        return list; // §4.1: an empty result may be {}
    }
    if (!v.isArray()) {
        return ApiError::parse(
            QCoreApplication::translate("nd::json", "The field \"%1\" in the server's answer is not a list.")
                .arg(L(key)));
    }
    const QJsonArray array = v.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            return ApiError::parse(
                QCoreApplication::translate("nd::json", "An entry of \"%1\" in the server's answer is not an object.")
                    .arg(L(key)));
        }
        Result<T> parsed = parseItem(item.toObject());
        if (!parsed) {
            return parsed.error();
        }
        list.append(parsed.takeValue());
    }
    return list;
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QByteArray text = body;
    QList<qsizetype> escaped; // where marks were escaped (in `text`), to give errors the offset in `body`
    for (qsizetype at = detail::innerByteOrderMark(text); at >= 0; at = text.indexOf(detail::ByteOrderMark, at + 3)) {
        qsizetype backslashes = 0;
        while (at - backslashes > 0 && text.at(at - backslashes - 1) == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 1) {
            continue; // a mark after a backslash is an invalid escape: left raw, it stays the error it is
        }
        text.replace(at, 3, "\\ufeff"); // outside a string this stays invalid JSON, as the raw bytes were
        escaped.append(at);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        qsizetype offset = error.offset;
        for (const qsizetype at : std::as_const(escaped)) {
            if (at < error.offset) {
                offset -= 3; // "\ufeff" is three bytes longer than the mark
            }
        }
        return ApiError::parse(
            QCoreApplication::translate("nd::json", "The server's answer is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(offset),
            QStringLiteral("json: %1").arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return ApiError::parse(QCoreApplication::translate("nd::json", "The server's answer is not a JSON object."));
    }
    return doc.object();
}

Result<AvailableNumber> parseAvailableNumber(const QJsonObject &object)
{
    Reader r(object, "AvailableNumber");
    AvailableNumber n;
    n.phoneNumber = r.string("phoneNumber", true);
    n.regionCode = r.string("regionCode");
    n.type = r.openEnum<NumberType>("type");
    n.capabilities = r.enumList<Capability>("capability");
    n.setupPrice = readMoney(r, "setupPrice");
    n.monthlyPrice = readMoney(r, "monthlyPrice");
    n.paymentIntervalMonths = int(r.integer("paymentIntervalMonths", 0));
    n.supportingDocumentationRequired = r.boolean("supportingDocumentationRequired");
    if (r.hasError()) {
        return r.error();
    }
    n.extra = r.extra({"phoneNumber", "regionCode", "type", "capability", "setupPrice", "monthlyPrice",
                       "paymentIntervalMonths", "supportingDocumentationRequired"});
    return n;
}

Result<AvailableNumber> parseAvailableNumber(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return parseAvailableNumber(object.value());
}

Result<QList<AvailableNumber>> parseAvailableNumbers(const QByteArray &body)
{
    return parseList<AvailableNumber>(body, "availableNumbers",
                                      [](const QJsonObject &o) { return parseAvailableNumber(o); });
}

Result<ActiveNumber> parseActiveNumber(const QJsonObject &object)
{
    return detail::readActiveNumber<detail::QtBackend>(object);
}

Result<ActiveNumber> detail::parseActiveNumberQt(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return parseActiveNumber(object.value());
}

Result<ActiveNumbersPage> detail::parseActiveNumbersPageQt(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return detail::readActiveNumbersPage<detail::QtBackend>(object.value(), [](const QJsonValue &item) {
        return QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
    });
}

Result<AvailableRegion> parseAvailableRegion(const QJsonObject &object)
{
    Reader r(object, "AvailableRegion");
    AvailableRegion region;
    region.regionCode = r.string("regionCode", true);
    region.regionName = r.string("regionName");
    region.types = r.enumList<NumberType>("types");
    if (r.hasError()) {
        return r.error();
    }
    region.extra = r.extra({"regionCode", "regionName", "types"});
    return region;
}

Result<QList<AvailableRegion>> parseAvailableRegions(const QByteArray &body)
{
    return parseList<AvailableRegion>(body, "availableRegions",
                                      [](const QJsonObject &o) { return parseAvailableRegion(o); });
}

Result<CallbackConfiguration> parseCallbackConfiguration(const QJsonObject &object)
{
    Reader r(object, "CallbackConfiguration");
    CallbackConfiguration c;
    c.projectId = r.string("projectId");
    c.hmacSecret = r.string("hmacSecret");
    c.extra = r.extra({"projectId", "hmacSecret"});
    return c;
}

Result<CallbackConfiguration> parseCallbackConfiguration(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return parseCallbackConfiguration(object.value());
}

Result<EmergencyAddress> parseEmergencyAddress(const QJsonObject &object)
{
    return readAddress(object);
}

Result<EmergencyAddress> parseEmergencyAddress(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return readAddress(object.value());
}

Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QJsonObject &object)
{
    Reader r(object, "ValidateEmergencyAddressResponse");
    ValidateEmergencyAddressResponse v;
    v.phoneNumber = r.string("phoneNumber");
    v.displayName = r.string("displayName");
    bool present = false;
    v.validatedAddress = readAddress(r.object("validatedAddress", &present));
    v.validationResult = r.openEnum<AddressValidationResult>("validationResult");
    const QString message = r.string("validationMessage");
    if (!message.isEmpty()) {
        v.validationMessages = message.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }
    v.correctedAddress = readAddress(r.object("correctedAddress", &present));
    const QJsonValue candidates = r.value("candidateAddresses");
    if (candidates.isArray()) {
        const QJsonArray array = candidates.toArray();
        for (const QJsonValue &item : array) {
            if (item.isObject()) {
                v.candidateAddresses.append(readAddress(item.toObject()));
            }
        }
    }
    v.extra = r.extra({"phoneNumber", "displayName", "validatedAddress", "validationResult", "validationMessage",
                       "correctedAddress", "candidateAddresses"});
    return v;
}

Result<ValidateEmergencyAddressResponse> parseValidateEmergencyAddressResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return parseValidateEmergencyAddressResponse(object.value());
}

Result<TokenResponse> parseTokenResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    Reader r(object.value(), "token response");
    TokenResponse t;
    t.accessToken = r.string("access_token", true);
    t.expiresIn = r.integer("expires_in", -1);
    t.tokenType = r.string("token_type");
    t.scope = r.string("scope");
    if (r.hasError()) {
        ApiError e = r.error();
        e.userMessage =
            QCoreApplication::translate("nd::json", "The authentication server answered without an access token.");
        return e;
    }
    t.extra = r.extra({"access_token", "expires_in", "token_type", "scope"});
    return t;
}

} // namespace nd::json
