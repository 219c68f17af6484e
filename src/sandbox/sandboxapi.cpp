// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include "catalogue.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace nd::sandbox {

namespace {

// Upper bound for POST /_sandbox/reset?active=N (a million numbers seed in a few seconds).
constexpr int kMaxSeededActive = 1000000;

constexpr int kDefaultSize = 10;       // GET availableNumbers `size`
constexpr int kMaxSize = 100;
constexpr int kDefaultPageSize = 100;  // GET activeNumbers `pageSize`
constexpr int kMaxPageSize = 1000;

struct Violation
{
    QString field;
    QString description;
};
using Violations = QList<Violation>;

HttpResponse jsonResponse(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse errorResponse(int code, const char *status, const QString &message,
                           const std::function<void(JsonWriter &)> &details = {})
{
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", code);
    w.field("message", message);
    w.field("status", status);
    w.key("details");
    w.beginArray();
    if (details)
        details(w);
    w.endArray();
    w.endObject();
    w.endObject();
    return jsonResponse(code, w.take());
}

HttpResponse invalidArgument(const QString &message, const Violations &violations)
{
    return errorResponse(400, "INVALID_ARGUMENT", message, [&](JsonWriter &w) {
        if (violations.isEmpty())
            return;
        w.beginObject();
        w.field("type", "BadRequest");
        w.key("fieldViolations");
        w.beginArray();
        for (const Violation &v : violations) {
            w.beginObject();
            w.field("field", v.field);
            w.field("description", v.description);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    });
}

HttpResponse invalidArgument(const Violations &violations)
{
    const QString message = violations.size() == 1
        ? QStringLiteral("Invalid argument: %1: %2").arg(violations.first().field, violations.first().description)
        : QStringLiteral("Invalid argument");
    return invalidArgument(message, violations);
}

HttpResponse invalidArgument(const QString &field, const QString &description)
{
    return invalidArgument({{field, description}});
}

void writeResourceInfo(JsonWriter &w, const char *resourceType, const QString &resourceName,
                       const QString &description = QString())
{
    w.beginObject();
    w.field("type", "ResourceInfo");
    w.field("resourceType", resourceType);
    w.field("resourceName", resourceName);
    w.field("owner", "");
    w.field("description", description);
    w.endObject();
}

HttpResponse notFound(const QString &message, const char *resourceType, const QString &resourceName)
{
    return errorResponse(404, "NOT_FOUND", message,
                         [&](JsonWriter &w) { writeResourceInfo(w, resourceType, resourceName); });
}

HttpResponse numberNotFound(const QString &number)
{
    return notFound(QStringLiteral("Number %1 not found").arg(number), "ActiveNumber", number);
}

HttpResponse unauthenticated(const QString &message, const QByteArray &wwwAuthenticate)
{
    HttpResponse r = errorResponse(401, "UNAUTHENTICATED", message);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), wwwAuthenticate});
    return r;
}

HttpResponse activeNumberResponse(const ActiveNumberRecord &r, const QString &projectId)
{
    JsonWriter w;
    r.write(w, projectId);
    return jsonResponse(200, w.take());
}

// --- query strings (numbers-api.md §3.5, emulator side) ---

class QueryParams
{
public:
    explicit QueryParams(const QByteArray &rawQuery)
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

    // First occurrence of a scalar parameter.
    std::optional<QString> value(const QString &name) const
    {
        for (const auto &item : m_items) {
            if (item.first == name)
                return item.second;
        }
        return std::nullopt;
    }

    // Repeated keys and comma-joined values, merged.
    QStringList list(const QString &name) const
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

private:
    QList<QPair<QString, QString>> m_items;
};

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

// numberPattern.pattern / searchPattern, from a query string or the rentAny body.
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

// `size` / `pageSize`: absent, "" or 0 mean the default; larger than the maximum is clamped; anything else
// that is not a non-negative integer is a violation.
int parseCount(const QueryParams &q, const QString &field, int defaultValue, int maxValue, Violations *violations)
{
    const auto raw = q.value(field);
    if (!raw || raw->isEmpty())
        return defaultValue;
    bool ok = false;
    const int n = raw->toInt(&ok);
    if (!ok || n < 0) {
        violations->append({field, QStringLiteral("must be a non-negative integer")});
        return defaultValue;
    }
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

// --- JSON bodies ---

// An empty body counts as {} (the Node SDK sends {} when the caller gives nothing).
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

// A string field: absent or null -> nullopt; other types -> violation.
std::optional<QString> stringField(const QJsonObject &o, const char *key, const QString &path, Violations *v)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        v->append({path, QStringLiteral("must be a string")});
        return std::nullopt;
    }
    return value.toString();
}

// smsConfiguration / voiceConfiguration / callbackUrl (and displayName for updates).
void parseConfig(const QJsonObject &body, bool forUpdate, ConfigChange *out, Violations *v)
{
    if (forUpdate)
        out->displayName = stringField(body, "displayName", QStringLiteral("displayName"), v);

    out->callbackUrl = stringField(body, "callbackUrl", QStringLiteral("callbackUrl"), v);
    if (out->callbackUrl && !out->callbackUrl->isEmpty()) {
        const QUrl url(*out->callbackUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
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
            const auto plan = stringField(o, "servicePlanId", QStringLiteral("smsConfiguration.servicePlanId"), v);
            const auto campaign = stringField(o, "campaignId", QStringLiteral("smsConfiguration.campaignId"), v);
            if (!plan || (!forUpdate && plan->isEmpty())) {
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
                const char *idName = *type == VoiceType::Rtc ? "appId" : *type == VoiceType::Est ? "trunkId" : "serviceId";
                const QString idPath = QLatin1String("voiceConfiguration.") + QLatin1String(idName);
                const auto id = stringField(o, idName, idPath, v);
                if (!id || (!forUpdate && id->isEmpty())) {
                    v->append({idPath, QStringLiteral("must not be empty for type %1").arg(QLatin1String(voiceTypeName(*type)))});
                } else {
                    out->voice = VoiceChange{*type, *id};
                }
            }
        }
    }
}

// Linking needs the capability; unlinking never does.
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
    // Accept base64url (what we send) and standard base64, padded or not.
    QByteArray normalized = text;
    normalized.replace('+', '-').replace('/', '_');
    while (normalized.endsWith('='))
        normalized.chop(1);
    auto result = QByteArray::fromBase64Encoding(normalized, QByteArray::Base64UrlEncoding
                                                                 | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

QString pageFingerprint(const ActiveListQuery &q)
{
    const QString canonical = q.regionCode + QLatin1Char('\n') + QLatin1String(numberTypeName(q.type))
        + QLatin1Char('\n') + q.pattern.pattern + QLatin1Char('\n')
        + QString::number(static_cast<int>(q.pattern.position)) + QLatin1Char('\n')
        + QString::number(q.capabilities) + QLatin1Char('\n') + (q.orderByDisplayName ? QLatin1Char('d') : QLatin1Char('p'));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// --- emergency address validation (deterministic rules, see notes/sandbox.md) ---

struct StateZip
{
    const char *state;
    const char *zip;
};

constexpr StateZip kStateZips[] = {
    {"AL", "36104"}, {"AK", "99801"}, {"AZ", "85001"}, {"AR", "72201"}, {"CA", "95814"}, {"CO", "80202"},
    {"CT", "06103"}, {"DE", "19901"}, {"DC", "20001"}, {"FL", "32301"}, {"GA", "30303"}, {"HI", "96813"},
    {"ID", "83702"}, {"IL", "62701"}, {"IN", "46204"}, {"IA", "50309"}, {"KS", "66603"}, {"KY", "40601"},
    {"LA", "70802"}, {"ME", "04330"}, {"MD", "21401"}, {"MA", "02201"}, {"MI", "48933"}, {"MN", "55102"},
    {"MS", "39201"}, {"MO", "65101"}, {"MT", "59601"}, {"NE", "68502"}, {"NV", "89701"}, {"NH", "03301"},
    {"NJ", "08608"}, {"NM", "87501"}, {"NY", "12207"}, {"NC", "27601"}, {"ND", "58501"}, {"OH", "43215"},
    {"OK", "73102"}, {"OR", "97301"}, {"PA", "17101"}, {"RI", "02903"}, {"SC", "29201"}, {"SD", "57501"},
    {"TN", "37219"}, {"TX", "78701"}, {"UT", "84111"}, {"VT", "05602"}, {"VA", "23219"}, {"WA", "98501"},
    {"WV", "25301"}, {"WI", "53703"}, {"WY", "82001"}, {"PR", "00901"},
};

const char *sampleZip(const QString &state)
{
    for (const StateZip &sz : kStateZips) {
        if (state == QLatin1String(sz.state))
            return sz.zip;
    }
    return nullptr;
}

// USPS ZIP codes: the first digit gives a group of states.
bool zipMatchesState(const QString &zip, const QString &state)
{
    const char *sample = sampleZip(state);
    return sample && !zip.isEmpty() && zip.at(0) == QLatin1Char(sample[0]);
}

struct Abbreviation
{
    const char *full;
    const char *abbr;
};

constexpr Abbreviation kAbbreviations[] = {
    {"Street", "St"},   {"Avenue", "Ave"}, {"Road", "Rd"},     {"Boulevard", "Blvd"}, {"Drive", "Dr"},
    {"Lane", "Ln"},     {"Court", "Ct"},   {"Place", "Pl"},    {"Highway", "Hwy"},    {"Parkway", "Pkwy"},
    {"Square", "Sq"},   {"Terrace", "Ter"}, {"North", "N"},    {"South", "S"},        {"East", "E"},
    {"West", "W"},
};

QString abbreviateStreet(const QString &street)
{
    QStringList words = street.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        QString bare = word;
        if (bare.endsWith(QLatin1Char('.')))
            bare.chop(1);
        for (const Abbreviation &a : kAbbreviations) {
            if (bare.compare(QLatin1String(a.full), Qt::CaseInsensitive) == 0) {
                word = QLatin1String(a.abbr);
                break;
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

bool parseAddressRequest(const QJsonObject &body, QString *displayName, EmergencyAddress *address, Violations *v)
{
    const auto name = stringField(body, "displayName", QStringLiteral("displayName"), v);
    if (!name || name->trimmed().isEmpty())
        v->append({QStringLiteral("displayName"), QStringLiteral("must not be empty")});
    else
        *displayName = *name;
    const QJsonValue a = body.value(QLatin1String("address"));
    if (!a.isObject()) {
        v->append({QStringLiteral("address"), QStringLiteral("must be an object")});
        return false;
    }
    const QJsonObject o = a.toObject();
    auto required = [&](const char *key, QString *target) {
        const QString path = QLatin1String("address.") + QLatin1String(key);
        const auto value = stringField(o, key, path, v);
        if (!value || value->trimmed().isEmpty())
            v->append({path, QStringLiteral("must not be empty")});
        else
            *target = value->trimmed();
    };
    auto optional = [&](const char *key, QString *target) {
        const auto value = stringField(o, key, QLatin1String("address.") + QLatin1String(key), v);
        if (value)
            *target = value->trimmed();
    };
    required("streetNumber", &address->streetNumber);
    required("streetInfo", &address->streetInfo);
    optional("location", &address->location);
    required("city", &address->city);
    required("state", &address->state);
    required("postalCode", &address->postalCode);
    optional("postalCodePlusFour", &address->postalCodePlusFour);
    return v->isEmpty();
}

QByteArray validateAddress(const QString &number, const QString &displayName, const EmergencyAddress &input)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression zip5(QStringLiteral("^[0-9]{5}$"));
    EmergencyAddress validated = input;
    validated.state = input.state.toUpper();

    QStringList problems;
    if (!digits.match(input.streetNumber).hasMatch())
        problems << QStringLiteral("Street number is not numeric");
    if (!sampleZip(validated.state))
        problems << QStringLiteral("Unknown state");
    if (!zip5.match(input.postalCode).hasMatch())
        problems << QStringLiteral("Postal code is not a 5-digit ZIP code");
    else if (sampleZip(validated.state) && !zipMatchesState(input.postalCode, validated.state))
        problems << QStringLiteral("Postal code does not match state");

    JsonWriter w;
    w.beginObject();
    w.field("phoneNumber", number);
    w.field("displayName", displayName);
    w.key("validatedAddress");
    validated.write(w);
    if (!problems.isEmpty()) {
        w.field("validationResult", "NO_MATCH");
        w.field("validationMessage", (QStringList{QStringLiteral("Address not found")} + problems).join(QLatin1Char('|')));
        w.key("correctedAddress");
        EmergencyAddress().write(w);
        w.key("candidateAddresses");
        w.beginArray();
        EmergencyAddress candidate = validated;
        candidate.streetInfo = abbreviateStreet(input.streetInfo);
        QString streetDigits = input.streetNumber;
        streetDigits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        candidate.streetNumber = streetDigits.isEmpty() ? QStringLiteral("1") : streetDigits;
        if (const char *zip = sampleZip(validated.state)) {
            if (!zipMatchesState(input.postalCode, validated.state))
                candidate.postalCode = QLatin1String(zip);
            candidate.write(w);
        } else {
            candidate.state = QStringLiteral("WA");
            candidate.postalCode = QStringLiteral("98101");
            candidate.write(w);
        }
        w.endArray();
        w.endObject();
        return w.take();
    }

    EmergencyAddress corrected = validated;
    QStringList messages;
    corrected.streetInfo = abbreviateStreet(input.streetInfo);
    if (corrected.streetInfo != input.streetInfo)
        messages << QStringLiteral("Corrected address abbreviations");
    if (validated.state != input.state)
        messages << QStringLiteral("Corrected state abbreviation");
    if (corrected.postalCodePlusFour.isEmpty()) {
        const quint64 h = mix64(qHash(input.streetNumber + input.streetInfo + input.postalCode));
        corrected.postalCodePlusFour = QStringLiteral("%1").arg(static_cast<int>(1000 + h % 9000), 4, 10, QLatin1Char('0'));
        messages << QStringLiteral("Added ZIP+4");
    }
    if (messages.isEmpty()) {
        w.field("validationResult", "EXACT_MATCH");
        w.field("validationMessage", "Address is valid");
        w.key("correctedAddress");
        validated.write(w);
    } else {
        w.field("validationResult", "NEAR_MATCH");
        w.field("validationMessage",
                (QStringList{QStringLiteral("Corrected to valid address")} + messages).join(QLatin1Char('|')));
        w.key("correctedAddress");
        corrected.write(w);
    }
    w.key("candidateAddresses");
    w.beginArray();
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace

struct SandboxApi::Route
{
    QString operation;     // "" = unknown path
    QByteArray allowed;    // methods for the path, for 405
    bool mutating = false;
    QString phoneNumber;
    QString verb;          // emergency address custom method
};

SandboxApi::SandboxApi(SandboxState *state, FaultInjector *faults)
    : m_state(state)
    , m_faults(faults)
{
}

QStringList SandboxApi::operationNames()
{
    return {QStringLiteral("searchForAvailableNumbers"), QStringLiteral("checkAvailability"), QStringLiteral("rent"),
            QStringLiteral("rentAny"), QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("update"),
            QStringLiteral("release"), QStringLiteral("getEmergencyAddress"),
            QStringLiteral("provisionEmergencyAddress"), QStringLiteral("deprovisionEmergencyAddress"),
            QStringLiteral("validateEmergencyAddress"), QStringLiteral("listAvailableRegions"),
            QStringLiteral("getCallbackConfiguration"), QStringLiteral("updateCallbackConfiguration"),
            QStringLiteral("token")};
}

HttpResponse SandboxApi::handle(const HttpRequest &request, QString *operation)
{
    QString op;
    HttpResponse response = dispatch(request, &op);
    if (operation)
        *operation = op;
    return response;
}

HttpResponse SandboxApi::dispatch(const HttpRequest &request, QString *operation)
{
    QStringList segments;
    for (const QByteArray &raw : request.rawPath.split('/')) {
        if (!raw.isEmpty())
            segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(raw)));
    }

    if (segments == QStringList{QStringLiteral("oauth2"), QStringLiteral("token")}) {
        *operation = QStringLiteral("token");
        if (request.method != "POST") {
            HttpResponse r = errorResponse(405, "METHOD_NOT_ALLOWED", QStringLiteral("Use POST for /oauth2/token"));
            r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
            return r;
        }
        int status = 0;
        const Fault fault = m_faults->draw(*operation, false, &status);
        HttpResponse r;
        switch (fault) {
        case Fault::Reset:
            r.disposition = HttpResponse::Disposition::CloseWithoutResponse;
            return r;
        case Fault::ServerError:
            return errorResponse(status, status == 503 ? "UNAVAILABLE" : "INTERNAL",
                                 QStringLiteral("Injected fault"));
        case Fault::TooManyRequests:
            r = errorResponse(429, "RESOURCE_EXHAUSTED", QStringLiteral("Too many token requests"));
            if (m_config.retryAfterOn429)
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            return r;
        default:
            break;
        }
        r = handleToken(request);
        if (fault == Fault::Malformed && r.status == 200)
            r.body = r.body.left(r.body.size() / 2);
        return r;
    }

    if (!segments.isEmpty() && segments.first() == QLatin1String("_sandbox") && m_config.debugEndpoints) {
        *operation = QStringLiteral("_sandbox");
        return handleDebug(request, segments.mid(1));
    }

    if (segments.size() < 4 || segments.at(0) != QLatin1String("v1") || segments.at(1) != QLatin1String("projects")) {
        return errorResponse(404, "NOT_FOUND", QStringLiteral("No such resource: %1").arg(QString::fromUtf8(request.rawPath)));
    }

    // Route on the segments after /v1/projects/{projectId}.
    Route route;
    const QStringList rest = segments.mid(3);
    const QString &first = rest.at(0);
    const QByteArray &m = request.method;
    auto pick = [&](const QByteArray &method, const char *op, bool mutating) {
        if (!route.allowed.isEmpty())
            route.allowed += ", ";
        route.allowed += method;
        if (m == method) {
            route.operation = QLatin1String(op);
            route.mutating = mutating;
        }
    };
    auto splitVerb = [](const QString &segment, QString *base, QString *verb) {
        const qsizetype colon = segment.lastIndexOf(QLatin1Char(':'));
        *base = colon < 0 ? segment : segment.left(colon);
        *verb = colon < 0 ? QString() : segment.mid(colon + 1);
    };
    QString base;
    QString verb;
    if (rest.size() == 1 && first == QLatin1String("availableNumbers")) {
        pick("GET", "searchForAvailableNumbers", false);
    } else if (rest.size() == 1 && first == QLatin1String("availableNumbers:rentAny")) {
        pick("POST", "rentAny", true);
    } else if (rest.size() == 2 && first == QLatin1String("availableNumbers")) {
        splitVerb(rest.at(1), &base, &verb);
        route.phoneNumber = base;
        if (verb.isEmpty())
            pick("GET", "checkAvailability", false);
        else if (verb == QLatin1String("rent"))
            pick("POST", "rent", true);
    } else if (rest.size() == 1 && first == QLatin1String("activeNumbers")) {
        pick("GET", "list", false);
    } else if (rest.size() == 2 && first == QLatin1String("activeNumbers")) {
        splitVerb(rest.at(1), &base, &verb);
        route.phoneNumber = base;
        if (verb.isEmpty()) {
            pick("GET", "get", false);
            pick("PATCH", "update", true);
        } else if (verb == QLatin1String("release")) {
            pick("POST", "release", true);
        }
    } else if (rest.size() == 3 && first == QLatin1String("activeNumbers")) {
        route.phoneNumber = rest.at(1);
        splitVerb(rest.at(2), &base, &verb);
        route.verb = verb;
        if (base == QLatin1String("emergencyAddress")) {
            if (verb.isEmpty())
                pick("GET", "getEmergencyAddress", false);
            else if (verb == QLatin1String("provision"))
                pick("POST", "provisionEmergencyAddress", true);
            else if (verb == QLatin1String("deprovision"))
                pick("POST", "deprovisionEmergencyAddress", true);
            else if (verb == QLatin1String("validate"))
                pick("POST", "validateEmergencyAddress", false);
        }
    } else if (rest.size() == 1 && first == QLatin1String("availableRegions")) {
        pick("GET", "listAvailableRegions", false);
    } else if (rest.size() == 1 && first == QLatin1String("callbackConfiguration")) {
        pick("GET", "getCallbackConfiguration", false);
        pick("PATCH", "updateCallbackConfiguration", true);
    }
    *operation = route.operation;

    // Authentication comes first, as at a real gateway: an unauthenticated caller learns nothing.
    switch (authenticate(request)) {
    case AuthResult::Ok:
        break;
    case AuthResult::Missing:
        return unauthenticated(QStringLiteral("Request is missing authentication credentials: use Basic or Bearer"),
                               QByteArrayLiteral("Bearer realm=\"sinch\""));
    case AuthResult::Invalid:
        return unauthenticated(QStringLiteral("Invalid credentials"),
                               QByteArrayLiteral("Bearer realm=\"sinch\", error=\"invalid_token\", error_description=\"invalid\""));
    case AuthResult::Expired:
        return unauthenticated(QStringLiteral("The access token has expired"),
                               QByteArrayLiteral("Bearer realm=\"sinch\", error=\"invalid_token\", error_description=\"expired\""));
    }

    if (route.allowed.isEmpty())
        return errorResponse(404, "NOT_FOUND", QStringLiteral("No such resource: %1").arg(QString::fromUtf8(request.rawPath)));
    if (route.operation.isEmpty()) {
        HttpResponse r = errorResponse(405, "METHOD_NOT_ALLOWED",
                                       QStringLiteral("Method %1 is not allowed here; allowed: %2")
                                           .arg(QString::fromLatin1(request.method), QString::fromLatin1(route.allowed)));
        r.headers.append({QByteArrayLiteral("Allow"), route.allowed});
        return r;
    }

    const QString &projectId = segments.at(2);
    if (projectId != m_config.projectId) {
        const char *type = first == QLatin1String("callbackConfiguration") ? "CallbackConfiguration" : "Project";
        return notFound(QStringLiteral("Could not find project with ID: %1").arg(projectId), type, projectId);
    }

    m_state->sweepExpired();

    int status = 0;
    const Fault fault = m_faults->draw(route.operation, route.mutating, &status);
    HttpResponse r;
    switch (fault) {
    case Fault::Reset:
        r.disposition = HttpResponse::Disposition::CloseWithoutResponse;
        return r;
    case Fault::ServerError:
        return errorResponse(status, status == 503 ? "UNAVAILABLE" : "INTERNAL",
                             status == 503 ? QStringLiteral("The service is temporarily unavailable")
                                           : QStringLiteral("Internal error"));
    case Fault::TooManyRequests:
        r = errorResponse(429, "RESOURCE_EXHAUSTED", QStringLiteral("Too many requests; slow down"));
        if (m_config.retryAfterOn429)
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return r;
    default:
        break;
    }

    r = execute(route, request);
    if (fault == Fault::DropAfterCommit) {
        r.disposition = HttpResponse::Disposition::CloseWithoutResponse;
    } else if (fault == Fault::Malformed && r.status == 200 && !r.body.isEmpty()) {
        r.body = r.body.left(qMax<qsizetype>(1, r.body.size() * 2 / 3)); // cut inside the top-level object
    }
    return r;
}

HttpResponse SandboxApi::execute(const Route &route, const HttpRequest &request)
{
    const QString &op = route.operation;
    if (!route.phoneNumber.isNull() && !isE164(route.phoneNumber)) {
        return invalidArgument(QStringLiteral("phoneNumber"),
                               QStringLiteral("\"%1\" is not an E.164 number (+ and up to 15 digits)").arg(route.phoneNumber));
    }
    if (op == QLatin1String("searchForAvailableNumbers"))
        return searchAvailableNumbers(request);
    if (op == QLatin1String("checkAvailability"))
        return checkAvailability(route.phoneNumber);
    if (op == QLatin1String("rent"))
        return rent(route.phoneNumber, request);
    if (op == QLatin1String("rentAny"))
        return rentAny(request);
    if (op == QLatin1String("list"))
        return listActiveNumbers(request);
    if (op == QLatin1String("get"))
        return getActiveNumber(route.phoneNumber);
    if (op == QLatin1String("update"))
        return updateActiveNumber(route.phoneNumber, request);
    if (op == QLatin1String("release"))
        return releaseNumber(route.phoneNumber);
    if (op.endsWith(QLatin1String("EmergencyAddress")))
        return emergencyAddress(route.phoneNumber, route.verb, request);
    if (op == QLatin1String("listAvailableRegions"))
        return listAvailableRegions(request);
    if (op == QLatin1String("getCallbackConfiguration"))
        return getCallbackConfiguration();
    if (op == QLatin1String("updateCallbackConfiguration"))
        return updateCallbackConfiguration(request);
    return errorResponse(500, "INTERNAL", QStringLiteral("Unrouted operation"));
}

// --- authentication (numbers-api.md §2) ---

QByteArray SandboxApi::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_config.keySecret.toUtf8() + "|numberdesk-sandbox",
                                            QCryptographicHash::Sha256);
}

QByteArray SandboxApi::issueToken()
{
    const qint64 now = m_state->nowMs() / 1000;
    JsonWriter payload;
    payload.beginObject();
    payload.field("iss", "numberdesk-sandbox");
    payload.field("sub", m_config.keyId);
    payload.field("aud", "https://numbers.api.sinch.com");
    payload.field("scope", "");
    payload.field("iat", now);
    payload.field("exp", now + m_config.tokenLifetimeSeconds);
    payload.field("jti", QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)));
    payload.endObject();
    const QByteArray signingInput = base64Url(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})")) + '.'
        + base64Url(payload.data());
    return signingInput + '.' + base64Url(sign(signingInput));
}

SandboxApi::AuthResult SandboxApi::verifyToken(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return AuthResult::Invalid;
    const QByteArray expected = base64Url(sign(parts.at(0) + '.' + parts.at(1)));
    // Constant-time comparison.
    if (expected.size() != parts.at(2).size())
        return AuthResult::Invalid;
    int diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected.at(i) ^ parts.at(2).at(i);
    if (diff != 0)
        return AuthResult::Invalid;
    const auto payloadBytes = decodeBase64Lenient(parts.at(1));
    if (!payloadBytes)
        return AuthResult::Invalid;
    const QJsonObject payload = QJsonDocument::fromJson(*payloadBytes).object();
    if (payload.value(QLatin1String("sub")).toString() != m_config.keyId)
        return AuthResult::Invalid;
    const qint64 exp = payload.value(QLatin1String("exp")).toInteger();
    if (m_state->nowMs() / 1000 >= exp)
        return AuthResult::Expired;
    return AuthResult::Ok;
}

SandboxApi::AuthResult SandboxApi::authenticate(const HttpRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (header.isEmpty())
        return AuthResult::Missing;
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return AuthResult::Invalid;
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credentials = header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return AuthResult::Invalid;
        return *decoded == (m_config.keyId + QLatin1Char(':') + m_config.keySecret).toUtf8() ? AuthResult::Ok
                                                                                              : AuthResult::Invalid;
    }
    if (scheme == "bearer")
        return verifyToken(credentials);
    return AuthResult::Invalid;
}

HttpResponse SandboxApi::handleToken(const HttpRequest &request)
{
    auto oauthError = [](int status, const char *error, const char *description) {
        JsonWriter w;
        w.beginObject();
        w.field("error", error);
        w.field("error_description", description);
        w.endObject();
        return jsonResponse(status, w.take());
    };
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    bool authenticated = false;
    if (header.left(6).toLower() == "basic ") {
        const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        authenticated = decoded && *decoded == (m_config.keyId + QLatin1Char(':') + m_config.keySecret).toUtf8();
    }
    if (!authenticated) {
        HttpResponse r = oauthError(401, "invalid_client", "Client authentication failed");
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"sinch\"")});
        return r;
    }
    const QueryParams form(request.body.trimmed()); // x-www-form-urlencoded has the query syntax
    const std::optional<QString> grant = form.value(QStringLiteral("grant_type"));
    if (!grant)
        return oauthError(400, "invalid_request", "grant_type is missing");
    if (*grant != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type", "only client_credentials is supported");

    JsonWriter w;
    w.beginObject();
    w.field("access_token", QString::fromLatin1(issueToken()));
    w.field("expires_in", m_config.tokenLifetimeSeconds);
    w.field("scope", "");
    w.field("token_type", "bearer");
    w.endObject();
    return jsonResponse(200, w.take());
}

// --- endpoints ---

HttpResponse SandboxApi::searchAvailableNumbers(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    std::optional<QString> region;
    if (const auto raw = q.value(QStringLiteral("regionCode")); !raw || raw->isEmpty()) {
        v.append({QStringLiteral("regionCode"), QStringLiteral("must not be empty")});
    } else if (!(region = parseRegionCode(*raw))) {
        v.append({QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*raw)});
    }
    std::optional<NumberType> type;
    if (const auto raw = q.value(QStringLiteral("type")); !raw || raw->isEmpty())
        v.append({QStringLiteral("type"), QStringLiteral("must not be empty")});
    else
        type = parseTypeField(*raw, QStringLiteral("type"), &v);
    NumberPattern pattern;
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")), q.value(QStringLiteral("numberPattern.searchPattern")),
                 QStringLiteral("numberPattern."), &pattern, &v);
    const int caps = parseCapabilities(q.list(QStringLiteral("capabilities")), QStringLiteral("capabilities"), &v);
    const int size = parseCount(q, QStringLiteral("size"), kDefaultSize, kMaxSize, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    JsonWriter w;
    w.beginObject();
    w.key("availableNumbers");
    w.beginArray();
    if (const RegionInfo *info = Catalogue::instance().region(*region)) {
        for (const AvailableNumber &n : m_state->searchAvailable(*info, *type, pattern, caps, size))
            n.write(w);
    }
    w.endArray();
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::checkAvailability(const QString &number)
{
    const std::optional<AvailableNumber> n = m_state->availableNumber(number);
    if (!n)
        return notFound(QStringLiteral("Number %1 is not available").arg(number), "AvailableNumber", number);
    JsonWriter w;
    n->write(w);
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::rent(const QString &number, const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    ConfigChange change;
    Violations v;
    parseConfig(*body, false, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    const std::optional<AvailableNumber> n = m_state->availableNumber(number);
    if (!n)
        return notFound(QStringLiteral("Number %1 is not available").arg(number), "AvailableNumber", number);
    checkCapabilities(change, n->capabilities, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    return activeNumberResponse(m_state->rent(*n, change), m_config.projectId);
}

HttpResponse SandboxApi::rentAny(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    Violations v;
    std::optional<QString> region;
    const auto regionText = stringField(*body, "regionCode", QStringLiteral("regionCode"), &v);
    if (!regionText || regionText->isEmpty())
        v.append({QStringLiteral("regionCode"), QStringLiteral("must not be empty")});
    else if (!(region = parseRegionCode(*regionText)))
        v.append({QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*regionText)});
    std::optional<NumberType> type;
    const auto typeText = stringField(*body, "type", QStringLiteral("type"), &v);
    if (!typeText || typeText->isEmpty())
        v.append({QStringLiteral("type"), QStringLiteral("must not be empty")});
    else
        type = parseTypeField(*typeText, QStringLiteral("type"), &v);

    NumberPattern pattern;
    const QJsonValue np = body->value(QLatin1String("numberPattern"));
    if (np.isObject()) {
        const QJsonObject o = np.toObject();
        parsePattern(stringField(o, "pattern", QStringLiteral("numberPattern.pattern"), &v),
                     stringField(o, "searchPattern", QStringLiteral("numberPattern.searchPattern"), &v),
                     QStringLiteral("numberPattern."), &pattern, &v);
    } else if (!np.isUndefined() && !np.isNull()) {
        v.append({QStringLiteral("numberPattern"), QStringLiteral("must be an object")});
    }
    QStringList capValues;
    const QJsonValue capsValue = body->value(QLatin1String("capabilities"));
    if (capsValue.isArray()) {
        for (const QJsonValue &c : capsValue.toArray())
            capValues.append(c.toString());
    } else if (capsValue.isString()) {
        capValues = capsValue.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (!capsValue.isUndefined() && !capsValue.isNull()) {
        v.append({QStringLiteral("capabilities"), QStringLiteral("must be an array of SMS / VOICE")});
    }
    int caps = parseCapabilities(capValues, QStringLiteral("capabilities"), &v);
    ConfigChange change;
    parseConfig(*body, false, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    // [OAS] rentAny works only for US LOCAL numbers.
    Violations scope;
    if (*region != QLatin1String("US"))
        scope.append({QStringLiteral("regionCode"), QStringLiteral("rentAny supports only regionCode US")});
    if (*type != NumberType::Local)
        scope.append({QStringLiteral("type"), QStringLiteral("rentAny supports only type LOCAL")});
    if (!scope.isEmpty()) {
        return invalidArgument(QStringLiteral("rentAny is only available for regionCode US and type LOCAL; "
                                              "search with GET availableNumbers and rent a specific number instead"),
                               scope);
    }

    // Configuration implies the capability it needs.
    if (change.sms && !change.sms->servicePlanId.isEmpty())
        caps |= Capability::Sms;
    if (change.voice && !change.voice->id.isEmpty())
        caps |= Capability::Voice;
    const RegionInfo *info = Catalogue::instance().region(*region);
    const QList<AvailableNumber> found = info ? m_state->searchAvailable(*info, *type, pattern, caps, 1)
                                              : QList<AvailableNumber>();
    if (found.isEmpty()) {
        return notFound(QStringLiteral("No available number matches the request"), "AvailableNumber", QString());
    }
    return activeNumberResponse(m_state->rent(found.first(), change), m_config.projectId);
}

HttpResponse SandboxApi::listActiveNumbers(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    ActiveListQuery query;
    if (const auto raw = q.value(QStringLiteral("regionCode")); raw && !raw->isEmpty()) {
        if (const auto region = parseRegionCode(*raw))
            query.regionCode = *region;
        else
            v.append({QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*raw)});
    }
    // §7.3: without `type` only MOBILE numbers come back.
    if (const auto raw = q.value(QStringLiteral("type")); raw && !raw->isEmpty()) {
        if (const auto type = parseTypeField(*raw, QStringLiteral("type"), &v))
            query.type = *type;
    }
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")), q.value(QStringLiteral("numberPattern.searchPattern")),
                 QStringLiteral("numberPattern."), &query.pattern, &v);
    query.capabilities = parseCapabilities(q.list(QStringLiteral("capability")), QStringLiteral("capability"), &v);
    if (const auto raw = q.value(QStringLiteral("orderBy")); raw && !raw->isEmpty()) {
        if (*raw == QLatin1String("displayName"))
            query.orderByDisplayName = true;
        else if (*raw != QLatin1String("phoneNumber"))
            v.append({QStringLiteral("orderBy"), QStringLiteral("\"%1\" is not a valid value (phoneNumber, displayName)").arg(*raw)});
    }
    const int pageSize = parseCount(q, QStringLiteral("pageSize"), kDefaultPageSize, kMaxPageSize, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    const QString fingerprint = pageFingerprint(query);
    std::optional<ActiveCursor> cursor;
    if (const auto raw = q.value(QStringLiteral("pageToken")); raw && !raw->isEmpty()) {
        const auto decoded = decodeBase64Lenient(raw->toLatin1());
        const QJsonArray parts = decoded ? QJsonDocument::fromJson(*decoded).array() : QJsonArray();
        if (parts.size() != 4 || parts.at(0).toString() != QLatin1String("p1")) {
            return invalidArgument(QStringLiteral("Invalid page token"),
                                   {{QStringLiteral("pageToken"), QStringLiteral("is not a token returned by this API")}});
        }
        if (parts.at(1).toString() != fingerprint) {
            return invalidArgument(QStringLiteral("The page token was issued for different filters; repeat the "
                                                  "original query with only pageToken changed"),
                                   {{QStringLiteral("pageToken"), QStringLiteral("does not match the query")}});
        }
        cursor = ActiveCursor{parts.at(2).toString(), parts.at(3).toString()};
    }

    const ActivePage page = m_state->listActive(query, cursor, pageSize);
    JsonWriter w;
    w.reserve(static_cast<qsizetype>(page.items.size()) * 900 + 128);
    w.beginObject();
    w.key("activeNumbers");
    w.beginArray();
    for (const ActiveNumberRecord *r : page.items)
        r->write(w, m_config.projectId);
    w.endArray();
    QString next;
    if (page.hasMore && !page.items.empty()) {
        const ActiveNumberRecord *last = page.items.back();
        QJsonArray token{QStringLiteral("p1"), fingerprint,
                         query.orderByDisplayName ? last->displayName : last->phoneNumber, last->phoneNumber};
        next = QString::fromLatin1(base64Url(QJsonDocument(token).toJson(QJsonDocument::Compact)));
    }
    w.field("nextPageToken", next);
    w.field("totalSize", page.totalSize);
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::getActiveNumber(const QString &number)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    return r ? activeNumberResponse(*r, m_config.projectId) : numberNotFound(number);
}

HttpResponse SandboxApi::updateActiveNumber(const QString &number, const HttpRequest &request)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    if (!r)
        return numberNotFound(number);
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    ConfigChange change;
    Violations v;
    parseConfig(*body, true, &change, &v);
    if (!v.isEmpty())
        return invalidArgument(v);
    checkCapabilities(change, r->capabilities, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    // §4.7 / §7.6: unlink ("") before linking to a different service plan or campaign.
    if (change.sms) {
        const QString currentPlan = SandboxState::effectiveServicePlanId(*r);
        const QString currentCampaign = SandboxState::effectiveCampaignId(*r);
        const QString &plan = change.sms->servicePlanId;
        if (!plan.isEmpty() && !currentPlan.isEmpty() && plan != currentPlan) {
            return invalidArgument(
                QStringLiteral("FAILED_PRECONDITION: number %1 is linked to service plan %2; unlink it first by "
                               "sending \"servicePlanId\": \"\", then link the new one")
                    .arg(number, currentPlan),
                {{QStringLiteral("smsConfiguration.servicePlanId"), QStringLiteral("unlink the current service plan first")}});
        }
        const QString campaign = change.sms->campaignId.value_or(QString());
        if (!plan.isEmpty() && plan == currentPlan && !campaign.isEmpty() && !currentCampaign.isEmpty()
            && campaign != currentCampaign) {
            return invalidArgument(
                QStringLiteral("FAILED_PRECONDITION: number %1 is linked to campaign %2; unlink it first by "
                               "sending \"campaignId\": \"\", then link the new one")
                    .arg(number, currentCampaign),
                {{QStringLiteral("smsConfiguration.campaignId"), QStringLiteral("unlink the current campaign first")}});
        }
    }
    return activeNumberResponse(m_state->update(number, change), m_config.projectId);
}

HttpResponse SandboxApi::releaseNumber(const QString &number)
{
    if (!m_state->activeNumber(number))
        return numberNotFound(number);
    return activeNumberResponse(m_state->release(number), m_config.projectId);
}

HttpResponse SandboxApi::emergencyAddress(const QString &number, const QString &verb, const HttpRequest &request)
{
    const ActiveNumberRecord *r = m_state->activeNumber(number);
    if (!r)
        return numberNotFound(number);
    if (r->regionCode != QLatin1String("US") || !(r->capabilities & Capability::Voice)) {
        return invalidArgument(QStringLiteral("Emergency addresses are only supported for US numbers with the VOICE "
                                              "capability"),
                               {{QStringLiteral("phoneNumber"), QStringLiteral("number is not eligible for emergency "
                                                                               "address provisioning")}});
    }
    if (verb.isEmpty()) {
        if (!r->emergencyAddress) {
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number), "EmergencyAddress",
                            number);
        }
        JsonWriter w;
        r->emergencyAddress->write(w);
        return jsonResponse(200, w.take());
    }
    if (verb == QLatin1String("deprovision")) {
        if (!m_state->clearEmergencyAddress(number)) {
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number), "EmergencyAddress",
                            number);
        }
        return jsonResponse(200, QByteArray()); // §4.11: empty body
    }
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    QString displayName;
    EmergencyAddress address;
    Violations v;
    if (!parseAddressRequest(*body, &displayName, &address, &v))
        return invalidArgument(v);
    if (verb == QLatin1String("validate"))
        return jsonResponse(200, validateAddress(number, displayName, address));
    m_state->setEmergencyAddress(number, displayName, address);
    JsonWriter w;
    address.write(w);
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::listAvailableRegions(const HttpRequest &request)
{
    const QueryParams q(request.rawQuery);
    Violations v;
    QList<NumberType> types;
    for (const QString &t : q.list(QStringLiteral("types"))) {
        if (const auto type = parseTypeField(t, QStringLiteral("types"), &v))
            types.append(*type);
    }
    if (!v.isEmpty())
        return invalidArgument(v);
    std::vector<const RegionInfo *> regions;
    for (const RegionInfo &r : Catalogue::instance().regions()) {
        // "any" reading of §4.13: a region qualifies when it offers at least one listed type.
        if (types.isEmpty() || std::any_of(types.cbegin(), types.cend(), [&](NumberType t) { return r.offers(t); }))
            regions.push_back(&r);
    }
    std::sort(regions.begin(), regions.end(),
              [](const RegionInfo *a, const RegionInfo *b) { return a->regionCode < b->regionCode; });
    JsonWriter w;
    w.beginObject();
    w.key("availableRegions");
    w.beginArray();
    for (const RegionInfo *r : regions) {
        w.beginObject();
        w.field("regionCode", r->regionCode);
        w.field("regionName", r->regionName);
        w.key("types");
        w.beginArray();
        for (NumberType t : r->types())
            w.value(numberTypeName(t));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::getCallbackConfiguration()
{
    JsonWriter w;
    w.beginObject();
    w.field("projectId", m_config.projectId);
    w.field("hmacSecret", m_state->hmacSecret());
    w.endObject();
    return jsonResponse(200, w.take());
}

HttpResponse SandboxApi::updateCallbackConfiguration(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    Violations v;
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    const auto secret = stringField(*body, "hmacSecret", QStringLiteral("hmacSecret"), &v);
    if (v.isEmpty() && !secret)
        v.append({QStringLiteral("hmacSecret"), QStringLiteral("must not be empty")});
    else if (secret && !re.match(*secret).hasMatch())
        v.append({QStringLiteral("hmacSecret"), QStringLiteral("must be 32 to 64 characters of A-Z, a-z, 0-9 and '-'")});
    if (!v.isEmpty())
        return invalidArgument(v);
    m_state->setHmacSecret(*secret);
    return getCallbackConfiguration();
}

// --- /_sandbox (only with --debug-endpoints; never part of the real API) ---

HttpResponse SandboxApi::handleDebug(const HttpRequest &request, const QStringList &segments)
{
    const QueryParams q(request.rawQuery);
    const QString what = segments.value(0);
    JsonWriter w;
    if (request.method == "GET" && what == QLatin1String("state") && segments.size() == 1) {
        int byType[3] = {0, 0, 0};
        int released = 0;
        int emergency = 0;
        int pending = 0;
        for (const ActiveNumberRecord &r : m_state->activeNumbers()) {
            ++byType[static_cast<int>(r.type)];
            released += r.expireAtMs != 0;
            emergency += r.emergencyAddress.has_value();
            pending += r.scheduledSms.has_value() || r.scheduledVoice.has_value();
        }
        w.beginObject();
        w.field("projectId", m_config.projectId);
        w.field("seed", static_cast<qint64>(m_state->seed()));
        w.field("activeNumbers", m_state->activeCount());
        w.key("byType");
        w.beginObject();
        w.field("MOBILE", byType[0]);
        w.field("LOCAL", byType[1]);
        w.field("TOLL_FREE", byType[2]);
        w.endObject();
        w.field("released", released);
        w.field("emergencyAddresses", emergency);
        w.field("scheduledProvisioning", pending);
        w.field("faults", m_faults->spec());
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (request.method == "GET" && what == QLatin1String("activeNumbers") && segments.size() == 2) {
        const ActiveNumberRecord *r = m_state->activeNumber(segments.at(1));
        if (!r)
            return numberNotFound(segments.at(1));
        r->writeState(w, m_config.projectId);
        return jsonResponse(200, w.take());
    }
    if (request.method == "GET" && what == QLatin1String("stats") && segments.size() == 1) {
        w.beginObject();
        w.field("totalRequests", m_state->totalRequests());
        w.key("operations");
        w.beginObject();
        const QHash<QString, int> counts = m_state->requestCounts();
        QStringList ops = counts.keys();
        ops.sort();
        for (const QString &op : ops) {
            const QByteArray key = op.toUtf8();
            w.field(key.constData(), counts.value(op));
        }
        w.endObject();
        w.key("statuses");
        w.beginObject();
        const QHash<int, int> statuses = m_state->statusCounts();
        QList<int> codes = statuses.keys();
        std::sort(codes.begin(), codes.end());
        for (int code : codes) {
            const QByteArray key = QByteArray::number(code);
            w.field(key.constData(), statuses.value(code));
        }
        w.endObject();
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (request.method == "GET" && what == QLatin1String("available") && segments.size() == 1) {
        const auto type = parseNumberType(q.value(QStringLiteral("type")).value_or(QString()));
        const QString region = q.value(QStringLiteral("regionCode")).value_or(QString()).toUpper();
        if (!type)
            return invalidArgument(QStringLiteral("type"), QStringLiteral("must be MOBILE, LOCAL or TOLL_FREE"));
        w.beginObject();
        w.field("regionCode", region);
        w.field("type", numberTypeName(*type));
        w.field("count", m_state->availableCount(region, *type));
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (request.method == "POST" && what == QLatin1String("reset") && segments.size() == 1) {
        const quint64 seed = q.value(QStringLiteral("seed")).value_or(QString()).toULongLong();
        bool activeOk = false;
        const int active = q.value(QStringLiteral("active")).value_or(QString::number(m_config.activeCount)).toInt(&activeOk);
        // The same bound as --active: a debug request must not be able to stall the server for minutes.
        if (!activeOk || active < 0 || active > kMaxSeededActive)
            return invalidArgument(QStringLiteral("active"),
                                   QStringLiteral("must be an integer from 0 to %1").arg(kMaxSeededActive));
        m_state->reset(seed != 0 ? seed : m_config.seed, active);
        m_faults->setSeed(seed != 0 ? seed : m_config.seed);
        w.beginObject();
        w.field("activeNumbers", m_state->activeCount());
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (request.method == "POST" && what == QLatin1String("faults") && segments.size() == 1) {
        QString error;
        const QString spec = q.value(QStringLiteral("spec")).value_or(QString::fromUtf8(request.body).trimmed());
        if (!m_faults->parse(spec, &error))
            return invalidArgument(QStringLiteral("spec"), error);
        m_state->setProvisioningFailureRate(m_faults->rate(QStringLiteral("provisioning-fail"), QString()));
        w.beginObject();
        w.field("faults", m_faults->spec());
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (request.method == "POST" && what == QLatin1String("clock") && segments.size() == 1) {
        bool ok = false;
        const qint64 seconds = q.value(QStringLiteral("advanceSeconds")).value_or(QString()).toLongLong(&ok);
        // At most ten years either way: keeps every later "now + interval" computation far from overflow.
        constexpr qint64 maxSeconds = 10LL * 366 * 24 * 3600;
        if (!ok || seconds < -maxSeconds || seconds > maxSeconds)
            return invalidArgument(QStringLiteral("advanceSeconds"),
                                   QStringLiteral("must be an integer from %1 to %2").arg(-maxSeconds).arg(maxSeconds));
        m_state->advanceClock(seconds * 1000);
        w.beginObject();
        w.field("now", formatTimestamp(m_state->nowMs()));
        w.endObject();
        return jsonResponse(200, w.take());
    }
    return errorResponse(404, "NOT_FOUND", QStringLiteral("Unknown sandbox endpoint"));
}

} // namespace nd::sandbox
