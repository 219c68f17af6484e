// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON parsers (jsonparsers.cpp, activenumberpages.cpp): the reading rules of docs/api.md §3.2,
// §3.3 and §5, written once over a JSON backend. A backend B provides
//   B::Object, B::Value, B::member(object, key) (undefined when absent), B::size(object),
//   B::isUndefined/isNull/isString/isNumber/isBool/isArray/isObject(value), B::string/number/boolean/object(value),
//   B::forEachItem(array value, f(Value)), B::forEachMember(object, f(QString key, Value)), B::toQt(value).
// QtBackend reads QJsonObject; the simdjson backend (activenumberpages.cpp) reads the fast parser's DOM. Both
// produce exactly the same models, which the differential fuzz target checks.

#include "apidatetime.h"
#include "apierror.h"
#include "apitypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace nd::json::detail {

// U+FEFF written as raw UTF-8 bytes inside a document (a key or a string that holds it). QJsonDocument keeps it
// when it is escaped ("\ufeff") but drops it, or even leaves a key it cannot find again, when the bytes are raw;
// so parseObject() escapes such bytes before QJsonDocument reads them, and the simdjson paths leave a document
// that holds them to parseObject(). A mark at the very start of the document is a byte-order mark and stays.
constexpr char ByteOrderMark[] = "\xEF\xBB\xBF";
inline qsizetype innerByteOrderMark(const QByteArray &body)
{
    const qsizetype from = body.startsWith(ByteOrderMark) ? 3 : 0;
    return body.indexOf(ByteOrderMark, from);
}


struct QtBackend
{
    using Object = QJsonObject;
    using Value = QJsonValue;

    static Value member(const Object &o, const char *key) { return o.value(QLatin1String(key)); }
    static qsizetype size(const Object &o) { return o.size(); }
    static bool isUndefined(const Value &v) { return v.isUndefined(); }
    static bool isNull(const Value &v) { return v.isNull(); }
    static bool isString(const Value &v) { return v.isString(); }
    static bool isNumber(const Value &v) { return v.isDouble(); }
    static bool isBool(const Value &v) { return v.isBool(); }
    static bool isArray(const Value &v) { return v.isArray(); }
    static bool isObject(const Value &v) { return v.isObject(); }
    static QString string(const Value &v) { return v.toString(); }
    static double number(const Value &v) { return v.toDouble(); }
    static bool boolean(const Value &v) { return v.toBool(); }
    static Object object(const Value &v) { return v.toObject(); }
    static QJsonValue toQt(const Value &v) { return v; }
    static qsizetype arraySize(const Value &v) { return v.toArray().size(); }
    template<typename F> static void forEachItem(const Value &v, F f)
    {
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            f(item);
        }
    }
    template<typename F> static void forEachMember(const Object &o, F f)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            f(it.key(), it.value());
        }
    }
};

// Reads one JSON object field by field, remembering the first problem with a required field and how many
// known keys were present, so `extra` only needs computing when the object has unknown keys.
template<typename B> class Reader
{
public:
    using Object = typename B::Object;
    using Value = typename B::Value;

    Reader(const Object &object, const char *what)
        : m_object(object)
        , m_what(what)
    {}

    Value value(const char *key)
    {
        Value v = B::member(m_object, key);
        if (!B::isUndefined(v)) {
            ++m_known;
        }
        return v;
    }

    QString string(const char *key, bool required = false)
    {
        const Value v = value(key);
        if (B::isString(v)) {
            QString s = B::string(v);
            if (s.isEmpty() && required) {
                missing(key);
            }
            return s;
        }
        if (B::isNull(v) || B::isUndefined(v)) {
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
        const Value v = value(key);
        if (B::isNumber(v)) {
            const double d = B::number(v);
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(std::numeric_limits<int>::max())) {
                return qint64(d);
            }
        } else if (B::isString(v)) {
            const QString text = B::string(v);
            bool ok = false;
            const qint64 n = text.trimmed().toLongLong(&ok);
            if (ok && n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max()) {
                return n;
            }
            if (text.isEmpty()) {
                if (required) {
                    missing(key);
                }
                return fallback;
            }
        } else if (B::isNull(v) || B::isUndefined(v)) {
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
        const Value v = value(key);
        if (B::isBool(v)) {
            return B::boolean(v);
        }
        if (B::isString(v)) {
            return B::string(v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        }
        return false;
    }

    QDateTime dateTime(const char *key)
    {
        const Value v = value(key);
        return B::isString(v) ? parseDateTime(B::string(v)) : QDateTime();
    }

    template<typename E> E openEnum(const char *key) { return E::fromWire(string(key)); }

    template<typename E> QList<E> enumList(const char *key)
    {
        QList<E> list;
        const Value v = value(key);
        if (B::isArray(v)) {
            B::forEachItem(v, [&](const Value &item) {
                if (B::isString(item)) {
                    const QString s = B::string(item);
                    if (!s.isEmpty()) {
                        list.append(E::fromWire(s));
                    }
                }
            });
        } else if (B::isString(v)) {
            // A single value where an array belongs: tolerate it.
            const QString s = B::string(v);
            if (!s.isEmpty()) {
                list.append(E::fromWire(s));
            }
        }
        return list;
    }

    // An object, or an empty object with *present=false when absent/null/another type.
    Object object(const char *key, bool *present)
    {
        const Value v = value(key);
        *present = B::isObject(v);
        return *present ? B::object(v) : Object();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }
    void missing(const char *key)
    {
        fail(QCoreApplication::translate("nd::json", "The server's answer (%1) has no \"%2\".")
                 .arg(QLatin1String(m_what), QLatin1String(key)));
    }
    void wrongType(const char *key, const char *expected)
    {
        fail(QCoreApplication::translate("nd::json", "The field \"%1\" in the server's answer (%2) is not %3.")
                 .arg(QLatin1String(key), QLatin1String(m_what), QCoreApplication::translate("nd::json", expected)));
    }

    bool hasError() const { return !m_error.isEmpty(); }
    ApiError error() const { return ApiError::parse(m_error, QString::fromLatin1(m_what)); }

    QJsonObject extra(std::initializer_list<const char *> known) const
    {
        if (m_known >= B::size(m_object)) {
            return {};
        }
        QJsonObject extra;
        B::forEachMember(m_object, [&](const QString &key, const Value &value) {
            for (const char *k : known) {
                if (key == QLatin1String(k)) {
                    return;
                }
            }
            extra.insert(key, B::toQt(value));
        });
        return extra;
    }

private:
    const Object &m_object;
    const char *m_what;
    QString m_error;
    qsizetype m_known = 0;
};

template<typename B> Money readMoney(Reader<B> &r, const char *key)
{
    bool present = false;
    const typename B::Object o = r.object(key, &present);
    Money m;
    if (!present) {
        return m;
    }
    Reader<B> mr(o, "Money");
    m.currencyCode = mr.string("currencyCode");
    const typename B::Value amount = mr.value("amount");
    if (B::isString(amount)) {
        m.amount = B::string(amount);
    } else if (B::isNumber(amount)) {
        // The spec says a string; tolerate a number, keeping the shortest text that round-trips.
        const double d = B::number(amount);
        m.amount = QString::number(d, 'g', std::isfinite(d) ? 15 : 17);
    }
    return m;
}

template<typename B> ScheduledProvisioning readScheduledSms(const typename B::Object &o)
{
    Reader<B> r(o, "ScheduledProvisioning");
    ScheduledProvisioning p;
    p.servicePlanId = r.string("servicePlanId");
    p.campaignId = r.string("campaignId");
    p.status = r.template openEnum<ProvisioningStatus>("status");
    p.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    p.errorCodes = r.template enumList<SmsErrorCode>("errorCodes");
    p.extra = r.extra({"servicePlanId", "campaignId", "status", "lastUpdatedTime", "errorCodes"});
    return p;
}

template<typename B> SmsConfiguration readSms(const typename B::Object &o)
{
    Reader<B> r(o, "SmsConfiguration");
    SmsConfiguration c;
    c.servicePlanId = r.string("servicePlanId");
    c.campaignId = r.string("campaignId");
    bool present = false;
    const typename B::Object scheduled = r.object("scheduledProvisioning", &present);
    if (present) {
        c.scheduledProvisioning = readScheduledSms<B>(scheduled);
    }
    c.extra = r.extra({"servicePlanId", "campaignId", "scheduledProvisioning"});
    return c;
}

template<typename B> VoiceType readVoiceType(Reader<B> &r)
{
    const QString type = r.string("type");
    // §5.8 / §9.18: a missing type means RTC.
    return type.isEmpty() ? VoiceType(VoiceType::Value::Rtc) : VoiceType::fromWire(type);
}

template<typename B> ScheduledVoiceProvisioning readScheduledVoice(const typename B::Object &o)
{
    Reader<B> r(o, "ScheduledVoiceProvisioning");
    ScheduledVoiceProvisioning p;
    p.type = readVoiceType(r);
    p.appId = r.string("appId");
    p.trunkId = r.string("trunkId");
    p.serviceId = r.string("serviceId");
    p.status = r.template openEnum<ProvisioningStatus>("status");
    p.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    p.extra = r.extra({"type", "appId", "trunkId", "serviceId", "status", "lastUpdatedTime"});
    return p;
}

template<typename B> VoiceConfiguration readVoice(const typename B::Object &o)
{
    Reader<B> r(o, "VoiceConfiguration");
    VoiceConfiguration c;
    c.type = readVoiceType(r);
    c.appId = r.string("appId");
    c.trunkId = r.string("trunkId");
    c.serviceId = r.string("serviceId");
    c.lastUpdatedTime = r.dateTime("lastUpdatedTime");
    bool present = false;
    const typename B::Object scheduled = r.object("scheduledVoiceProvisioning", &present);
    if (present) {
        c.scheduledVoiceProvisioning = readScheduledVoice<B>(scheduled);
    }
    c.extra = r.extra({"type", "appId", "trunkId", "serviceId", "lastUpdatedTime", "scheduledVoiceProvisioning"});
    return c;
}

template<typename B> Result<ActiveNumber> readActiveNumber(const typename B::Object &object)
{
    Reader<B> r(object, "ActiveNumber");
    ActiveNumber n;
    n.phoneNumber = r.string("phoneNumber", true);
    n.projectId = r.string("projectId");
    n.displayName = r.string("displayName");
    n.regionCode = r.string("regionCode");
    n.type = r.template openEnum<NumberType>("type");
    n.capabilities = r.template enumList<Capability>("capability");
    n.money = readMoney(r, "money");
    n.paymentIntervalMonths = int(r.integer("paymentIntervalMonths", 0));
    n.nextChargeDate = r.dateTime("nextChargeDate");
    n.expireAt = r.dateTime("expireAt");
    bool present = false;
    const typename B::Object sms = r.object("smsConfiguration", &present);
    if (present) {
        n.smsConfiguration = readSms<B>(sms);
    }
    const typename B::Object voice = r.object("voiceConfiguration", &present);
    if (present) {
        n.voiceConfiguration = readVoice<B>(voice);
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

// The envelope of GET /activeNumbers: the items (each read by readActiveNumber), nextPageToken and totalSize.
// `rawItem` gives each item's JSON text for ActiveNumbersPage::rawActiveNumbers (empty: not kept).
template<typename B, typename Raw> Result<ActiveNumbersPage> readActiveNumbersPage(const typename B::Object &object,
                                                                                   Raw rawItem)
{
    Reader<B> r(object, "ActiveNumbersResponse");
    ActiveNumbersPage page;
    const typename B::Value list = r.value("activeNumbers");
    if (B::isArray(list)) {
        const qsizetype count = B::arraySize(list);
        page.activeNumbers.reserve(count); // a page holds up to 1,000 numbers: growing the list would move each
        page.rawActiveNumbers.reserve(count);
        std::optional<ApiError> error;
        B::forEachItem(list, [&](const typename B::Value &item) {
            if (error) {
                return;
            }
            if (!B::isObject(item)) {
                error = ApiError::parse(QCoreApplication::translate(
                    "nd::json", "An entry of \"activeNumbers\" in the server's answer is not an object."));
                return;
            }
            Result<ActiveNumber> n = readActiveNumber<B>(B::object(item));
            if (!n) {
                error = n.error();
                return;
            }
            page.activeNumbers.append(n.takeValue());
            QByteArray raw = rawItem(item);
            if (!raw.isEmpty()) {
                page.rawActiveNumbers.append(std::move(raw));
            }
        });
        if (error) {
            return *error;
        }
    } else if (!B::isNull(list) && !B::isUndefined(list)) {
        return ApiError::parse(QCoreApplication::translate(
            "nd::json", "The field \"activeNumbers\" in the server's answer is not a list."));
    }
    const typename B::Value token = r.value("nextPageToken");
    if (B::isString(token)) {
        page.nextPageToken = B::string(token);
    } else if (!B::isNull(token) && !B::isUndefined(token)) {
        return ApiError::parse(QCoreApplication::translate(
            "nd::json", "The field \"nextPageToken\" in the server's answer is not a string."));
    }
    page.totalSize = int(r.integer("totalSize", -1));
    if (page.rawActiveNumbers.size() != page.activeNumbers.size()) {
        page.rawActiveNumbers.clear();
    }
    return page;
}

} // namespace nd::json::detail
