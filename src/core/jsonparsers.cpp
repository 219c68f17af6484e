// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

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

void insertExtra(QJsonObject &out, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        out.insert(it.key(), it.value());
    }
}

QJsonValue dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(formatDateTime(dt)) : QJsonValue(QJsonValue::Null);
}

template<typename E> QJsonArray enumArray(const QList<E> &list)
{
    QJsonArray array;
    for (const E &e : list) {
        array.append(e.wire());
    }
    return array;
}

} // namespace

namespace {

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
int digitsAt(const QString &s, qsizetype pos, int count)
{
    if (pos + count > s.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(pos + i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime parseDateTime(const QString &input)
{
    // Hand-written because the CLI parses several dates per number on 100,000-number listings.
    // Shape (§3.6): YYYY-MM-DDTHH:MM:SS, then an optional fraction of any length (cut to milliseconds), then
    // 'Z', a +hh:mm / -hh:mm / +hhmm offset, or nothing (UTC).
    const QString text = input.trimmed();
    if (text.size() < 19 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t')) || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':')) {
        return {};
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        return {};
    }
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && (text.at(pos) == QLatin1Char('.') || text.at(pos) == QLatin1Char(','))) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text.at(pos) >= QLatin1Char('0') && text.at(pos) <= QLatin1Char('9')) {
            if (digits < 3) {
                millis = millis * 10 + (text.at(pos).unicode() - u'0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            return {};
        }
        for (int i = digits; i < 3; ++i) {
            millis *= 10;
        }
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar zone = text.at(pos);
        if ((zone == QLatin1Char('Z') || zone == QLatin1Char('z')) && pos + 1 == text.size()) {
            // UTC
        } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
            const int oh = digitsAt(text, pos + 1, 2);
            qsizetype minutesAt = pos + 3;
            if (minutesAt < text.size() && text.at(minutesAt) == QLatin1Char(':')) {
                ++minutesAt;
            }
            const int om = digitsAt(text, minutesAt, 2);
            if (oh < 0 || om < 0 || oh > 23 || om > 59 || minutesAt + 2 != text.size()) {
                return {};
            }
            offsetSeconds = (oh * 3600 + om * 60) * (zone == QLatin1Char('-') ? -1 : 1);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second, millis); // a leap second is clamped
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime dt(date, time, Qt::UTC);
    return offsetSeconds != 0 ? dt.addSecs(-offsetSeconds) : dt;
}

namespace {

void appendDigits(char *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ" as Qt::ISODateWithMs writes it for UTC, or false for years it would write otherwise.
bool formatUtc(const QDateTime &dateTime, char (&buffer)[24])
{
    const QDateTime utcTime = dateTime.toUTC();
    const QDate d = utcTime.date();
    const QTime t = utcTime.time();
    if (d.year() < 0 || d.year() > 9999) {
        return false;
    }
    char *p = buffer;
    appendDigits(p, d.year(), 4);
    *p++ = '-';
    appendDigits(p, d.month(), 2);
    *p++ = '-';
    appendDigits(p, d.day(), 2);
    *p++ = 'T';
    appendDigits(p, t.hour(), 2);
    *p++ = ':';
    appendDigits(p, t.minute(), 2);
    *p++ = ':';
    appendDigits(p, t.second(), 2);
    *p++ = '.';
    appendDigits(p, t.msec(), 3);
    *p++ = 'Z';
    return true;
}

} // namespace

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return {};
    }
    char buffer[24];
    if (formatUtc(dateTime, buffer)) {
        return QString::fromLatin1(buffer, 24);
    }
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

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

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    }
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
        QString t = text;
        if (t.endsWith(QLatin1String(" GMT")) || t.endsWith(QLatin1String(" UTC"))) {
            t.chop(4);
        }
        when = QLocale::c().toDateTime(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid()) {
        return -1;
    }
    const qint64 delta = now.secsTo(when);
    return delta < 0 ? 0 : int(std::min<qint64>(delta, 24 * 3600));
}

ApiError parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    for (const auto &h : headers) {
        if (h.first.compare("retry-after", Qt::CaseInsensitive) == 0) {
            e.retryAfterSeconds = parseRetryAfter(h.second);
            break;
        }
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue error = root.value(L("error"));
        if (error.isObject()) {
            const QJsonObject eo = error.toObject();
            const QJsonValue code = eo.value(L("code"));
            if (code.isDouble()) {
                // Only a finite whole number in range may be cast (1e300 would be undefined behaviour; found by
                // fuzzing); anything else is kept as its shortest text.
                const double d = code.toDouble();
                e.apiCode = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15
                                ? QString::number(qint64(d))
                                : QString::number(d, 'g', 17);
            } else if (code.isString()) {
                e.apiCode = code.toString();
            }
            e.apiMessage = eo.value(L("message")).toString();
            e.apiStatus = eo.value(L("status")).toString();
            const QJsonValue details = eo.value(L("details"));
            if (details.isArray()) {
                e.rawDetails = details.toArray();
                for (const QJsonValue &item : std::as_const(e.rawDetails)) {
                    if (!item.isObject()) {
                        continue;
                    }
                    const QJsonObject d = item.toObject();
                    const QString type = d.value(L("type")).toString();
                    const QJsonValue violations = d.value(L("fieldViolations"));
                    if (violations.isArray()) {
                        for (const QJsonValue &fv : violations.toArray()) {
                            const QJsonObject fo = fv.toObject();
                            FieldViolation v{fo.value(L("field")).toString(), fo.value(L("description")).toString()};
                            if (!v.field.isEmpty() || !v.description.isEmpty()) {
                                e.fieldViolations.append(v);
                            }
                        }
                    }
                    if (type == L("ResourceInfo") || d.contains(L("resourceType")) || d.contains(L("resourceName"))) {
                        ResourceInfo r;
                        r.type = type;
                        r.resourceType = d.value(L("resourceType")).toString();
                        r.resourceName = d.value(L("resourceName")).toString();
                        r.owner = d.value(L("owner")).toString();
                        r.description = d.value(L("description")).toString();
                        e.resources.append(r);
                    }
                }
            }
        } else if (error.isString()) {
            // OAuth2-style: {"error": "invalid_client", "error_description": "..."}
            e.apiStatus = error.toString();
            const QString description = root.value(L("error_description")).toString();
            e.apiMessage = description.isEmpty() ? e.apiStatus : description;
        } else if (root.value(L("message")).isString()) {
            e.apiMessage = root.value(L("message")).toString();
        }
        e.detail = QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(e.apiStatus);
    } else {
        // Not JSON (a gateway page, plain text) or empty: fall back to the status; keep a snippet for logs.
        QString snippet = QString::fromUtf8(body.left(200)).simplified();
        e.detail = snippet.isEmpty() ? QStringLiteral("HTTP %1 (empty body)").arg(httpStatus)
                                     : QStringLiteral("HTTP %1 (non-JSON body: %2)").arg(httpStatus).arg(snippet);
    }
    e.updateHttpMessage();
    return e;
}

QJsonObject toJson(const Money &money)
{
    return QJsonObject{{L("currencyCode"), money.currencyCode}, {L("amount"), money.amount}};
}

QJsonObject toJson(const AvailableNumber &n)
{
    QJsonObject o;
    insertExtra(o, n.extra);
    o.insert(L("phoneNumber"), n.phoneNumber);
    o.insert(L("regionCode"), n.regionCode);
    o.insert(L("type"), n.type.wire());
    o.insert(L("capability"), enumArray(n.capabilities));
    o.insert(L("setupPrice"), toJson(n.setupPrice));
    o.insert(L("monthlyPrice"), toJson(n.monthlyPrice));
    o.insert(L("paymentIntervalMonths"), n.paymentIntervalMonths);
    o.insert(L("supportingDocumentationRequired"), n.supportingDocumentationRequired);
    return o;
}

QJsonObject toJson(const ScheduledProvisioning &p)
{
    QJsonObject o;
    insertExtra(o, p.extra);
    o.insert(L("servicePlanId"), p.servicePlanId);
    o.insert(L("campaignId"), p.campaignId);
    o.insert(L("status"), p.status.wire());
    o.insert(L("lastUpdatedTime"), dateValue(p.lastUpdatedTime));
    o.insert(L("errorCodes"), enumArray(p.errorCodes));
    return o;
}

QJsonObject toJson(const SmsConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("servicePlanId"), c.servicePlanId);
    o.insert(L("campaignId"), c.campaignId);
    o.insert(L("scheduledProvisioning"),
             c.scheduledProvisioning ? QJsonValue(toJson(*c.scheduledProvisioning)) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const ScheduledVoiceProvisioning &p)
{
    QJsonObject o;
    insertExtra(o, p.extra);
    o.insert(L("type"), p.type.wire());
    o.insert(L("appId"), p.appId);
    o.insert(L("trunkId"), p.trunkId);
    o.insert(L("serviceId"), p.serviceId);
    o.insert(L("status"), p.status.wire());
    o.insert(L("lastUpdatedTime"), dateValue(p.lastUpdatedTime));
    return o;
}

QJsonObject toJson(const VoiceConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("type"), c.type.wire());
    o.insert(L("appId"), c.appId);
    o.insert(L("trunkId"), c.trunkId);
    o.insert(L("serviceId"), c.serviceId);
    o.insert(L("lastUpdatedTime"), dateValue(c.lastUpdatedTime));
    o.insert(L("scheduledVoiceProvisioning"), c.scheduledVoiceProvisioning
                                                  ? QJsonValue(toJson(*c.scheduledVoiceProvisioning))
                                                  : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const ActiveNumber &n)
{
    QJsonObject o;
    insertExtra(o, n.extra);
    o.insert(L("phoneNumber"), n.phoneNumber);
    o.insert(L("projectId"), n.projectId);
    o.insert(L("displayName"), n.displayName);
    o.insert(L("regionCode"), n.regionCode);
    o.insert(L("type"), n.type.wire());
    o.insert(L("capability"), enumArray(n.capabilities));
    o.insert(L("money"), toJson(n.money));
    o.insert(L("paymentIntervalMonths"), n.paymentIntervalMonths);
    o.insert(L("nextChargeDate"), dateValue(n.nextChargeDate));
    o.insert(L("expireAt"), dateValue(n.expireAt));
    o.insert(L("smsConfiguration"),
             n.smsConfiguration ? QJsonValue(toJson(*n.smsConfiguration)) : QJsonValue(QJsonValue::Null));
    o.insert(L("voiceConfiguration"),
             n.voiceConfiguration ? QJsonValue(toJson(*n.voiceConfiguration)) : QJsonValue(QJsonValue::Null));
    o.insert(L("callbackUrl"), n.callbackUrl);
    return o;
}

QJsonObject toJson(const ActiveNumbersPage &page)
{
    QJsonArray numbers;
    for (const ActiveNumber &n : page.activeNumbers) {
        numbers.append(toJson(n));
    }
    QJsonObject o;
    o.insert(L("activeNumbers"), numbers);
    o.insert(L("nextPageToken"), page.nextPageToken);
    if (page.totalSize >= 0) {
        o.insert(L("totalSize"), page.totalSize);
    }
    return o;
}

QJsonObject toJson(const AvailableRegion &region)
{
    QJsonObject o;
    insertExtra(o, region.extra);
    o.insert(L("regionCode"), region.regionCode);
    o.insert(L("regionName"), region.regionName);
    o.insert(L("types"), enumArray(region.types));
    return o;
}

QJsonObject toJson(const CallbackConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("projectId"), c.projectId);
    o.insert(L("hmacSecret"), c.hmacSecret);
    return o;
}

QJsonObject toJson(const EmergencyAddress &a)
{
    QJsonObject o;
    insertExtra(o, a.extra);
    o.insert(L("streetNumber"), a.streetNumber);
    o.insert(L("streetInfo"), a.streetInfo);
    o.insert(L("location"), a.location);
    o.insert(L("city"), a.city);
    o.insert(L("state"), a.state);
    o.insert(L("postalCode"), a.postalCode);
    o.insert(L("postalCodePlusFour"), a.postalCodePlusFour);
    return o;
}

QJsonObject toJson(const ValidateEmergencyAddressResponse &v)
{
    QJsonObject o;
    insertExtra(o, v.extra);
    o.insert(L("phoneNumber"), v.phoneNumber);
    o.insert(L("displayName"), v.displayName);
    o.insert(L("validatedAddress"), toJson(v.validatedAddress));
    o.insert(L("validationResult"), v.validationResult.wire());
    o.insert(L("validationMessage"), v.validationMessages.join(QLatin1Char('|')));
    o.insert(L("correctedAddress"), toJson(v.correctedAddress));
    QJsonArray candidates;
    for (const EmergencyAddress &a : v.candidateAddresses) {
        candidates.append(toJson(a));
    }
    o.insert(L("candidateAddresses"), candidates);
    return o;
}

namespace {

// A direct compact-JSON writer for the hot path. It gives up (returns false) on anything where matching
// QJsonDocument byte for byte would need more care: extra keys, control characters.
class CompactWriter
{
public:
    explicit CompactWriter(QByteArray &out)
        : m_out(out)
    {}

    bool string(const QString &s)
    {
        bool ascii = true;
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x7f || (u >= 0xd800 && u <= 0xdfff)) {
                return false; // escapes and surrogates: leave these to QJsonDocument
            }
            ascii = ascii && u < 0x80;
        }
        m_out += '"';
        if (ascii) {
            for (const QChar c : s) {
                appendEscaped(char(c.unicode()));
            }
        } else {
            const QByteArray utf8 = s.toUtf8();
            for (const char ch : utf8) {
                appendEscaped(ch);
            }
        }
        m_out += '"';
        return true;
    }

    void key(const char *k)
    {
        m_out += '"';
        m_out += k;
        m_out += "\":";
    }

    void date(const QDateTime &dt)
    {
        char buffer[24];
        if (dt.isValid() && formatUtc(dt, buffer)) {
            m_out += '"';
            m_out.append(buffer, 24);
            m_out += '"';
        } else if (dt.isValid()) {
            string(dt.toUTC().toString(Qt::ISODateWithMs));
        } else {
            m_out += "null";
        }
    }

    template<typename E> bool enumArray(const QList<E> &list)
    {
        m_out += '[';
        bool first = true;
        for (const E &e : list) {
            if (!first) {
                m_out += ',';
            }
            first = false;
            if (!string(e.wire())) {
                return false;
            }
        }
        m_out += ']';
        return true;
    }

private:
    void appendEscaped(char ch)
    {
        if (ch == '"' || ch == '\\') {
            m_out += '\\';
        }
        m_out += ch;
    }

    QByteArray &m_out;
};

bool writeMoney(CompactWriter &w, QByteArray &out, const Money &m)
{
    out += '{';
    w.key("amount");
    if (!w.string(m.amount)) {
        return false;
    }
    out += ',';
    w.key("currencyCode");
    if (!w.string(m.currencyCode)) {
        return false;
    }
    out += '}';
    return true;
}

bool writeSms(CompactWriter &w, QByteArray &out, const SmsConfiguration &c)
{
    if (!c.extra.isEmpty()) {
        return false;
    }
    out += '{';
    w.key("campaignId");
    if (!w.string(c.campaignId)) {
        return false;
    }
    out += ',';
    w.key("scheduledProvisioning");
    if (c.scheduledProvisioning) {
        const ScheduledProvisioning &p = *c.scheduledProvisioning;
        if (!p.extra.isEmpty()) {
            return false;
        }
        out += '{';
        w.key("campaignId");
        if (!w.string(p.campaignId)) {
            return false;
        }
        out += ',';
        w.key("errorCodes");
        if (!w.enumArray(p.errorCodes)) {
            return false;
        }
        out += ',';
        w.key("lastUpdatedTime");
        w.date(p.lastUpdatedTime);
        out += ',';
        w.key("servicePlanId");
        if (!w.string(p.servicePlanId)) {
            return false;
        }
        out += ',';
        w.key("status");
        if (!w.string(p.status.wire())) {
            return false;
        }
        out += '}';
    } else {
        out += "null";
    }
    out += ',';
    w.key("servicePlanId");
    if (!w.string(c.servicePlanId)) {
        return false;
    }
    out += '}';
    return true;
}

bool writeVoiceIds(CompactWriter &w, QByteArray &out, const QString &appId, const QDateTime &lastUpdated)
{
    w.key("appId");
    if (!w.string(appId)) {
        return false;
    }
    out += ',';
    w.key("lastUpdatedTime");
    w.date(lastUpdated);
    out += ',';
    return true;
}

bool writeVoice(CompactWriter &w, QByteArray &out, const VoiceConfiguration &c)
{
    if (!c.extra.isEmpty()) {
        return false;
    }
    out += '{';
    if (!writeVoiceIds(w, out, c.appId, c.lastUpdatedTime)) {
        return false;
    }
    w.key("scheduledVoiceProvisioning");
    if (c.scheduledVoiceProvisioning) {
        const ScheduledVoiceProvisioning &p = *c.scheduledVoiceProvisioning;
        if (!p.extra.isEmpty()) {
            return false;
        }
        out += '{';
        if (!writeVoiceIds(w, out, p.appId, p.lastUpdatedTime)) {
            return false;
        }
        w.key("serviceId");
        if (!w.string(p.serviceId)) {
            return false;
        }
        out += ',';
        w.key("status");
        if (!w.string(p.status.wire())) {
            return false;
        }
        out += ',';
        w.key("trunkId");
        if (!w.string(p.trunkId)) {
            return false;
        }
        out += ',';
        w.key("type");
        if (!w.string(p.type.wire())) {
            return false;
        }
        out += '}';
    } else {
        out += "null";
    }
    out += ',';
    w.key("serviceId");
    if (!w.string(c.serviceId)) {
        return false;
    }
    out += ',';
    w.key("trunkId");
    if (!w.string(c.trunkId)) {
        return false;
    }
    out += ',';
    w.key("type");
    if (!w.string(c.type.wire())) {
        return false;
    }
    out += '}';
    return true;
}

bool writeActiveNumber(QByteArray &out, const ActiveNumber &n)
{
    if (!n.extra.isEmpty()) {
        return false;
    }
    CompactWriter w(out);
    // Keys in QJsonObject order (sorted), so the bytes equal QJsonDocument's.
    out += '{';
    w.key("callbackUrl");
    if (!w.string(n.callbackUrl)) {
        return false;
    }
    out += ',';
    w.key("capability");
    if (!w.enumArray(n.capabilities)) {
        return false;
    }
    out += ',';
    w.key("displayName");
    if (!w.string(n.displayName)) {
        return false;
    }
    out += ',';
    w.key("expireAt");
    w.date(n.expireAt);
    out += ',';
    w.key("money");
    if (!writeMoney(w, out, n.money)) {
        return false;
    }
    out += ',';
    w.key("nextChargeDate");
    w.date(n.nextChargeDate);
    out += ',';
    w.key("paymentIntervalMonths");
    out += QByteArray::number(n.paymentIntervalMonths);
    out += ',';
    w.key("phoneNumber");
    if (!w.string(n.phoneNumber)) {
        return false;
    }
    out += ',';
    w.key("projectId");
    if (!w.string(n.projectId)) {
        return false;
    }
    out += ',';
    w.key("regionCode");
    if (!w.string(n.regionCode)) {
        return false;
    }
    out += ',';
    w.key("smsConfiguration");
    if (n.smsConfiguration) {
        if (!writeSms(w, out, *n.smsConfiguration)) {
            return false;
        }
    } else {
        out += "null";
    }
    out += ',';
    w.key("type");
    if (!w.string(n.type.wire())) {
        return false;
    }
    out += ',';
    w.key("voiceConfiguration");
    if (n.voiceConfiguration) {
        if (!writeVoice(w, out, *n.voiceConfiguration)) {
            return false;
        }
    } else {
        out += "null";
    }
    out += '}';
    return true;
}

} // namespace

QByteArray toCompactJson(const ActiveNumber &number)
{
    QByteArray out;
    out.reserve(768);
    if (writeActiveNumber(out, number)) {
        return out;
    }
    return QJsonDocument(toJson(number)).toJson(QJsonDocument::Compact);
}

} // namespace nd::json
