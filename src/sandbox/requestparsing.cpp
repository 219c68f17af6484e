// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestparsing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace nd::sandbox {

QueryParams::QueryParams(const QByteArray &rawQuery)
{
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        // Names are percent-decoded too (Java sends numberPattern%2Epattern). fromPercentEncoding
        // leaves a literal '+' alone: no parameter of this API contains a space.
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        m_items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
}

std::optional<QString> QueryParams::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return std::nullopt;
}

QStringList QueryParams::list(const QString &name) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (item.first != name)
            continue;
        for (const QString &v : item.second.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(v.trimmed());
    }
    return out;
}

std::optional<QStringList> pathSegments(const QByteArray &rawPath)
{
    if (!rawPath.startsWith('/'))
        return std::nullopt;
    QStringList segments;
    for (const QByteArray &raw : rawPath.mid(1).split('/')) {
        const QString segment = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return std::nullopt;
        segments.append(segment);
    }
    return segments;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return re.match(number).hasMatch();
}

std::optional<QString> parseRegionCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return text.toUpper();
}

bool parsePattern(const std::optional<QString> &pattern, const std::optional<QString> &position,
                  const QString &fieldPrefix, NumberPattern *out, Violations *violations)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9]{1,15}$"));
    bool ok = true;
    if (pattern && !pattern->isEmpty()) {
        if (!re.match(*pattern).hasMatch()) {
            violations->append({fieldPrefix + QLatin1String("pattern"),
                                QStringLiteral("must be up to 15 digits, optionally starting with '+'")});
            ok = false;
        } else {
            out->pattern = *pattern;
        }
    }
    if (position && !position->isEmpty()) {
        if (*position == QLatin1String("START")) {
            out->position = SearchPosition::Start;
        } else if (*position == QLatin1String("CONTAINS")) {
            out->position = SearchPosition::Contains;
        } else if (*position == QLatin1String("END")) {
            out->position = SearchPosition::End;
        } else {
            violations->append({fieldPrefix + QLatin1String("searchPattern"),
                                QStringLiteral("\"%1\" is not a valid value (START, CONTAINS, END)").arg(*position)});
            ok = false;
        }
    }
    return ok;
}

int parseCount(const QueryParams &q, const QString &field, int defaultValue, int maxValue, Violations *violations)
{
    const auto raw = q.value(field);
    if (!raw || raw->isEmpty())
        return defaultValue;
    // Plain digits only ("-5", "1e3", "+5", "0x10" are violations); any number of them: a value too large for
    // any integer type is still just "larger than the maximum".
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(*raw).hasMatch()) {
        violations->append({field, QStringLiteral("must be a non-negative integer")});
        return defaultValue;
    }
    bool fits = false;
    const int n = raw->size() <= 9 ? raw->toInt(&fits) : 0;
    if (!fits)
        return maxValue;
    return n == 0 ? defaultValue : qMin(n, maxValue);
}

int parseCapabilities(const QStringList &values, const QString &field, Violations *violations)
{
    int mask = 0;
    for (const QString &v : values) {
        const std::optional<int> bit = parseCapability(v);
        if (!bit)
            violations->append({field, QStringLiteral("\"%1\" is not a valid value (SMS, VOICE)").arg(v)});
        else
            mask |= *bit;
    }
    return mask;
}

std::optional<NumberType> parseTypeField(const QString &value, const QString &field, Violations *violations)
{
    const std::optional<NumberType> type = parseNumberType(value);
    if (!type) {
        violations->append(
            {field, QStringLiteral("\"%1\" is not a valid value (MOBILE, LOCAL, TOLL_FREE)").arg(value)});
    }
    return type;
}

// The Node SDK sends {} when the caller gives nothing, so an empty body is {}.
std::optional<QJsonObject> parseBody(const HttpRequest &request, HttpResponse *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = invalidArgument(QStringLiteral("Invalid JSON payload received: %1 at offset %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset),
                                 {{QString(), QStringLiteral("request body is not valid JSON")}});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = invalidArgument(QStringLiteral("Invalid JSON payload received: expected an object"),
                                 {{QString(), QStringLiteral("request body must be a JSON object")}});
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> stringField(const QJsonObject &o, const char *key, const QString &path, Violations *v,
                                   int maxLength)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        v->append({path, QStringLiteral("must be a string")});
        return std::nullopt;
    }
    QString text = value.toString();
    // Code points, not UTF-16 units; a string over twice the limit in units is over it in code points too.
    if (text.size() > maxLength &&
        (text.size() > 2 * static_cast<qsizetype>(maxLength) || text.toUcs4().size() > maxLength)) {
        v->append({path, QStringLiteral("must be at most %1 characters").arg(maxLength)});
        return std::nullopt;
    }
    return text;
}

void parseConfig(const QJsonObject &body, bool forUpdate, ConfigChange *out, Violations *v)
{
    if (forUpdate)
        out->displayName = stringField(body, "displayName", QStringLiteral("displayName"), v);

    out->callbackUrl = stringField(body, "callbackUrl", QStringLiteral("callbackUrl"), v, kMaxCallbackUrlLength);
    if (out->callbackUrl && !out->callbackUrl->isEmpty()) {
        const QUrl url(*out->callbackUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            v->append({QStringLiteral("callbackUrl"), QStringLiteral("must be an absolute http or https URL")});
        }
    }

    const QJsonValue sms = body.value(QLatin1String("smsConfiguration"));
    if (!sms.isUndefined() && !sms.isNull()) {
        if (!sms.isObject()) {
            v->append({QStringLiteral("smsConfiguration"), QStringLiteral("must be an object")});
        } else if (sms.toObject().isEmpty()) {
            v->append({QStringLiteral("smsConfiguration"),
                       QStringLiteral("must not be empty: leave it out or set servicePlanId")});
        } else {
            const QJsonObject o = sms.toObject();
            const qsizetype before = v->size();
            const auto plan =
                stringField(o, "servicePlanId", QStringLiteral("smsConfiguration.servicePlanId"), v, kMaxIdLength);
            const auto campaign =
                stringField(o, "campaignId", QStringLiteral("smsConfiguration.campaignId"), v, kMaxIdLength);
            if (v->size() > before) {
                // already explained (not a string, too long)
            } else if (!plan || (!forUpdate && plan->isEmpty())) {
                v->append({QStringLiteral("smsConfiguration.servicePlanId"), QStringLiteral("must not be empty")});
            } else {
                out->sms = SmsChange{*plan, campaign};
            }
        }
    }

    const QJsonValue voice = body.value(QLatin1String("voiceConfiguration"));
    if (!voice.isUndefined() && !voice.isNull()) {
        if (!voice.isObject()) {
            v->append({QStringLiteral("voiceConfiguration"), QStringLiteral("must be an object")});
        } else if (voice.toObject().isEmpty()) {
            v->append({QStringLiteral("voiceConfiguration"),
                       QStringLiteral("must not be empty: leave it out or set type and its ID")});
        } else {
            const QJsonObject o = voice.toObject();
            const auto typeText = stringField(o, "type", QStringLiteral("voiceConfiguration.type"), v);
            const std::optional<VoiceType> type = typeText ? parseVoiceType(*typeText) : std::nullopt;
            if (!type) {
                v->append({QStringLiteral("voiceConfiguration.type"),
                           typeText ? QStringLiteral("\"%1\" is not a valid value (RTC, EST, FAX)").arg(*typeText)
                                    : QStringLiteral("must be set to RTC, EST or FAX")});
            } else {
                const char *idName = *type == VoiceType::Rtc   ? "appId"
                                     : *type == VoiceType::Est ? "trunkId"
                                                               : "serviceId";
                const QString idPath = QLatin1String("voiceConfiguration.") + QLatin1String(idName);
                const qsizetype before = v->size();
                const auto id = stringField(o, idName, idPath, v, kMaxIdLength);
                if (v->size() > before) {
                    // already explained (not a string, too long)
                } else if (!id || (!forUpdate && id->isEmpty())) {
                    v->append(
                        {idPath,
                         QStringLiteral("must not be empty for type %1").arg(QLatin1String(voiceTypeName(*type)))});
                } else {
                    out->voice = VoiceChange{*type, *id};
                }
            }
        }
    }
}

void checkCapabilities(const ConfigChange &change, int capabilities, Violations *v)
{
    if (change.sms && !change.sms->servicePlanId.isEmpty() && !(capabilities & Capability::Sms))
        v->append({QStringLiteral("smsConfiguration"), QStringLiteral("the number does not support SMS")});
    if (change.voice && !change.voice->id.isEmpty() && !(capabilities & Capability::Voice))
        v->append({QStringLiteral("voiceConfiguration"), QStringLiteral("the number does not support VOICE")});
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64Lenient(const QByteArray &text)
{
    QByteArray normalized = text;
    normalized.replace('+', '-').replace('/', '_');
    while (normalized.endsWith('='))
        normalized.chop(1);
    auto result = QByteArray::fromBase64Encoding(normalized, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

QString pageFingerprint(const ActiveListQuery &q)
{
    const QString canonical = q.regionCode + QLatin1Char('\n') + QLatin1String(numberTypeName(q.type)) +
                              QLatin1Char('\n') + q.pattern.pattern + QLatin1Char('\n') +
                              QString::number(static_cast<int>(q.pattern.position)) + QLatin1Char('\n') +
                              QString::number(q.capabilities) + QLatin1Char('\n') +
                              (q.orderByDisplayName ? QLatin1Char('d') : QLatin1Char('p'));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString makePageToken(const QString &fingerprint, const QString &sortKey, const QString &phoneNumber)
{
    const QJsonArray token{QStringLiteral("p1"), fingerprint, sortKey, phoneNumber};
    return QString::fromLatin1(base64Url(QJsonDocument(token).toJson(QJsonDocument::Compact)));
}

std::optional<ActiveCursor> parsePageToken(const QString &token, const QString &fingerprint, HttpResponse *error)
{
    const auto decoded = decodeBase64Lenient(token.toLatin1());
    const QJsonArray parts = decoded ? QJsonDocument::fromJson(*decoded).array() : QJsonArray();
    if (parts.size() != 4 || parts.at(0).toString() != QLatin1String("p1")) {
        *error =
            invalidArgument(QStringLiteral("Invalid page token"),
                            {{QStringLiteral("pageToken"), QStringLiteral("is not a token returned by this API")}});
        return std::nullopt;
    }
    if (parts.at(1).toString() != fingerprint) {
        *error = invalidArgument(QStringLiteral("The page token was issued for different filters; repeat the "
                                                "original query with only pageToken changed"),
                                 {{QStringLiteral("pageToken"), QStringLiteral("does not match the query")}});
        return std::nullopt;
    }
    return ActiveCursor{parts.at(2).toString(), parts.at(3).toString()};
}

} // namespace nd::sandbox
