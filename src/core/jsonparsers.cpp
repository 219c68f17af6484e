// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparsers.h"

#include "apidatetime.h"

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

// Reads one JSON object field by field, remembering the first problem with a required field and how many
// known keys were present, so `extra` only needs computing when the object has unknown keys.
class Reader
{
public:
    Reader(const QJsonObject &object, const char *what)
        : m_object(object)
        , m_what(what)
    {}

    QJsonValue value(const char *key)
    {
        const QJsonValue v = m_object.value(L(key));
        if (!v.isUndefined()) {
            ++m_known;
        }
        return v;
    }

    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isString()) {
            const QString s = v.toString();
            if (s.isEmpty() && required) {
                missing(key);
            }
            return s;
        }
        if (v.isNull() || v.isUndefined()) {
            if (required) {
                missing(key);
            }
            return {};
        }
        if (required) {
            wrongType(key, QT_TRANSLATE_NOOP("nd::json", "a string"));
        }
        return {};
    }

    // int from a JSON number or numeric string; `fallback` when not set or unusable.
    qint64 integer(const char *key, qint64 fallback, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(std::numeric_limits<int>::max())) {
                return qint64(d);
            }
        } else if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().trimmed().toLongLong(&ok);
            if (ok && n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max()) {
                return n;
            }
            if (v.toString().isEmpty()) {
                if (required) {
                    missing(key);
                }
                return fallback;
            }
        } else if (v.isNull() || v.isUndefined()) {
            if (required) {
                missing(key);
            }
            return fallback;
        }
        if (required) {
            wrongType(key, QT_TRANSLATE_NOOP("nd::json", "an integer"));
        }
        return fallback;
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isBool()) {
            return v.toBool();
        }
        if (v.isString()) {
            return v.toString().compare(L("true"), Qt::CaseInsensitive) == 0;
        }
        return false;
    }

    QDateTime dateTime(const char *key)
    {
        const QJsonValue v = value(key);
        return v.isString() ? parseDateTime(v.toString()) : QDateTime();
    }

    template<typename E> E openEnum(const char *key) { return E::fromWire(string(key)); }

    template<typename E> QList<E> enumList(const char *key)
    {
        QList<E> list;
        const QJsonValue v = value(key);
        if (v.isArray()) {
            const QJsonArray array = v.toArray();
            list.reserve(array.size());
            for (const QJsonValue &item : array) {
                if (item.isString() && !item.toString().isEmpty()) {
                    list.append(E::fromWire(item.toString()));
                }
            }
        } else if (v.isString() && !v.toString().isEmpty()) {
            // A single value where an array belongs: tolerate it.
            list.append(E::fromWire(v.toString()));
        }
        return list;
    }

    // An object, or an empty object with *present=false when absent/null/another type.
    QJsonObject object(const char *key, bool *present)
    {
        const QJsonValue v = value(key);
        *present = v.isObject();
        return v.toObject();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }
    void missing(const char *key)
    {
        fail(QCoreApplication::translate("nd::json", "The server's answer (%1) has no \"%2\".").arg(L(m_what), L(key)));
    }
    void wrongType(const char *key, const char *expected)
    {
        fail(QCoreApplication::translate("nd::json", "The field \"%1\" in the server's answer (%2) is not %3.")
                 .arg(L(key), L(m_what), QCoreApplication::translate("nd::json", expected)));
    }

    bool hasError() const { return !m_error.isEmpty(); }
    ApiError error() const { return ApiError::parse(m_error, QString::fromLatin1(m_what)); }

    QJsonObject extra(std::initializer_list<const char *> known) const
    {
        if (m_known >= m_object.size()) {
            return {};
        }
        QJsonObject extra;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            bool isKnown = false;
            for (const char *k : known) {
                if (key == L(k)) {
                    isKnown = true;
                    break;
                }
            }
            if (!isKnown) {
                extra.insert(key, it.value());
            }
        }
        return extra;
    }

private:
    const QJsonObject &m_object;
    const char *m_what;
    QString m_error;
    qsizetype m_known = 0;
};

Money readMoney(Reader &r, const char *key)
{
    bool present = false;
    const QJsonObject o = r.object(key, &present);
    Money m;
    if (!present) {
        return m;
    }
    Reader mr(o, "Money");
    m.currencyCode = mr.string("currencyCode");
    const QJsonValue amount = mr.value("amount");
    if (amount.isString()) {
        m.amount = amount.toString();
    } else if (amount.isDouble()) {
        // The spec says a string; tolerate a number, keeping the shortest text that round-trips.
        m.amount = QString::number(amount.toDouble(), 'g', 17);
        const double d = amount.toDouble();
        if (std::isfinite(d)) {
            m.amount = QString::number(d, 'g', 15);
        }
    }
    return m;
}

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

ScheduledProvisioning readScheduledSms(const QJsonObject &o)
{
    Reader r(o, "ScheduledProvisioning");
    ScheduledProvisioning p;
    p.servicePlanId = r.string("servicePlanId");
    p.campaignId = r.string("campaignId");
    p.status = r.openEnum<ProvisioningStatus>("status");
    p.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    p.errorCodes = r.enumList<SmsErrorCode>("errorCodes");
    p.extra = r.extra({"servicePlanId", "campaignId", "status", "lastUpdatedTime", "errorCodes"});
    return p;
}

SmsConfiguration readSms(const QJsonObject &o)
{
    Reader r(o, "SmsConfiguration");
    SmsConfiguration c;
    c.servicePlanId = r.string("servicePlanId");
    c.campaignId = r.string("campaignId");
    bool present = false;
    const QJsonObject scheduled = r.object("scheduledProvisioning", &present);
    if (present) {
        c.scheduledProvisioning = readScheduledSms(scheduled);
    }
    c.extra = r.extra({"servicePlanId", "campaignId", "scheduledProvisioning"});
    return c;
}

VoiceType readVoiceType(Reader &r)
{
    const QString type = r.string("type");
    // §5.8 / §9.18: a missing type means RTC.
    return type.isEmpty() ? VoiceType(VoiceType::Value::Rtc) : VoiceType::fromWire(type);
}

ScheduledVoiceProvisioning readScheduledVoice(const QJsonObject &o)
{
    Reader r(o, "ScheduledVoiceProvisioning");
    ScheduledVoiceProvisioning p;
    p.type = readVoiceType(r);
    p.appId = r.string("appId");
    p.trunkId = r.string("trunkId");
    p.serviceId = r.string("serviceId");
    p.status = r.openEnum<ProvisioningStatus>("status");
    p.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    p.extra = r.extra({"type", "appId", "trunkId", "serviceId", "status", "lastUpdatedTime"});
    return p;
}

VoiceConfiguration readVoice(const QJsonObject &o)
{
    Reader r(o, "VoiceConfiguration");
    VoiceConfiguration c;
    c.type = readVoiceType(r);
    c.appId = r.string("appId");
    c.trunkId = r.string("trunkId");
    c.serviceId = r.string("serviceId");
    c.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    bool present = false;
    const QJsonObject scheduled = r.object("scheduledVoiceProvisioning", &present);
    if (present) {
        c.scheduledVoiceProvisioning = readScheduledVoice(scheduled);
    }
    c.extra = r.extra({"type", "appId", "trunkId", "serviceId", "lastUpdatedTime", "scheduledVoiceProvisioning"});
    return c;
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
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::parse(
            QCoreApplication::translate("nd::json", "The server's answer is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset),
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
    Reader r(object, "ActiveNumber");
    ActiveNumber n;
    n.phoneNumber = r.string("phoneNumber", true);
    n.projectId = r.string("projectId");
    n.displayName = r.string("displayName");
    n.regionCode = r.string("regionCode");
    n.type = r.openEnum<NumberType>("type");
    n.capabilities = r.enumList<Capability>("capability");
    n.money = readMoney(r, "money");
    n.paymentIntervalMonths = int(r.integer("paymentIntervalMonths", 0));
    n.nextChargeDate = r.dateTime("nextChargeDate");
    n.expireAt = r.dateTime("expireAt");
    bool present = false;
    const QJsonObject sms = r.object("smsConfiguration", &present);
    if (present) {
        n.smsConfiguration = readSms(sms);
    }
    const QJsonObject voice = r.object("voiceConfiguration", &present);
    if (present) {
        n.voiceConfiguration = readVoice(voice);
    }
    n.callbackUrl = r.string("callbackUrl");
    if (r.hasError()) {
        return r.error();
    }
    n.extra = r.extra({"phoneNumber", "projectId", "displayName", "regionCode", "type", "capability", "money",
                       "paymentIntervalMonths", "nextChargeDate", "expireAt", "smsConfiguration", "voiceConfiguration",
                       "callbackUrl"});
    return n;
}

Result<ActiveNumber> parseActiveNumber(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    return parseActiveNumber(object.value());
}

Result<ActiveNumbersPage> parseActiveNumbersPage(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object) {
        return object.error();
    }
    Reader r(object.value(), "ActiveNumbersResponse");
    ActiveNumbersPage page;
    const QJsonValue list = r.value("activeNumbers");
    if (list.isArray()) {
        const QJsonArray array = list.toArray();
        page.activeNumbers.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isObject()) {
                return ApiError::parse(QCoreApplication::translate(
                    "nd::json", "An entry of \"activeNumbers\" in the server's answer is not an object."));
            }
            Result<ActiveNumber> n = parseActiveNumber(item.toObject());
            if (!n) {
                return n.error();
            }
            page.activeNumbers.append(n.takeValue());
        }
    } else if (!list.isNull() && !list.isUndefined()) {
        return ApiError::parse(QCoreApplication::translate(
            "nd::json", "The field \"activeNumbers\" in the server's answer is not a list."));
    }
    const QJsonValue token = r.value("nextPageToken");
    if (token.isString()) {
        page.nextPageToken = token.toString();
    } else if (!token.isNull() && !token.isUndefined()) {
        return ApiError::parse(QCoreApplication::translate(
            "nd::json", "The field \"nextPageToken\" in the server's answer is not a string."));
    }
    page.totalSize = int(r.integer("totalSize", -1));
    return page;
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
