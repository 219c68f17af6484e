// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include "addressvalidation.h"
#include "apierrors.h"
#include "catalogue.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "requestparsing.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nd::sandbox {

namespace {

constexpr int kDefaultSize = 10; // GET availableNumbers `size`
constexpr int kMaxSize = 100;
constexpr int kDefaultPageSize = 100; // GET activeNumbers `pageSize`
constexpr int kMaxPageSize = 1000;

HttpResponse activeNumberResponse(const ActiveNumberRecord &r, const QString &projectId)
{
    JsonWriter w;
    r.write(w, projectId);
    return jsonResponse(200, w.take());
}

} // namespace

struct SandboxApi::Route
{
    QString operation;  // "" = unknown path
    QByteArray allowed; // methods for the path, for 405
    bool mutating = false;
    QString phoneNumber;
    QString verb; // emergency address custom method
};

SandboxApi::SandboxApi(SandboxState *state, FaultInjector *faults)
    : m_state(state)
    , m_faults(faults)
    , m_auth(state)
    , m_debug(state, faults)
{}

void SandboxApi::setConfig(const ApiConfig &config)
{
    m_config = config;
    m_auth.setCredentials(config.keyId, config.keySecret, config.tokenLifetimeSeconds);
}

QByteArray SandboxApi::issueToken()
{
    return m_auth.issueToken();
}

QStringList SandboxApi::operationNames()
{
    return {QStringLiteral("searchForAvailableNumbers"),
            QStringLiteral("checkAvailability"),
            QStringLiteral("rent"),
            QStringLiteral("rentAny"),
            QStringLiteral("list"),
            QStringLiteral("get"),
            QStringLiteral("update"),
            QStringLiteral("release"),
            QStringLiteral("getEmergencyAddress"),
            QStringLiteral("provisionEmergencyAddress"),
            QStringLiteral("deprovisionEmergencyAddress"),
            QStringLiteral("validateEmergencyAddress"),
            QStringLiteral("listAvailableRegions"),
            QStringLiteral("getCallbackConfiguration"),
            QStringLiteral("updateCallbackConfiguration"),
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
    const std::optional<QStringList> canonical = pathSegments(request.rawPath);
    if (!canonical)
        return unknownPath(request.rawPath); // "/activeNumbers/", "//", "/./": no resource has such a name
    const QStringList &segments = *canonical;

    if (segments == QStringList{QStringLiteral("oauth2"), QStringLiteral("token")}) {
        *operation = QStringLiteral("token");
        return handleToken(request);
    }

    if (!segments.isEmpty() && segments.first() == QLatin1String("_sandbox") && m_config.debugEndpoints) {
        *operation = QStringLiteral("_sandbox");
        return m_debug.handle(request, segments.mid(1), m_config);
    }

    if (segments.size() < 4 || segments.at(0) != QLatin1String("v1") || segments.at(1) != QLatin1String("projects")) {
        return unknownPath(request.rawPath);
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
    if (const Authenticator::Result auth = m_auth.authenticate(request); auth != Authenticator::Result::Ok)
        return Authenticator::challenge(auth);

    if (route.allowed.isEmpty())
        return unknownPath(request.rawPath);
    if (route.operation.isEmpty())
        return methodNotAllowed(request.method, route.allowed);

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
        return injectedServerError(status, status == 503 ? QStringLiteral("The service is temporarily unavailable")
                                                         : QStringLiteral("Internal error"));
    case Fault::TooManyRequests:
        return injectedTooManyRequests(QStringLiteral("Too many requests; slow down"), m_config.retryAfterOn429);
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

HttpResponse SandboxApi::handleToken(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request.method, QByteArrayLiteral("POST"));
    int status = 0;
    const Fault fault = m_faults->draw(QStringLiteral("token"), false, &status);
    switch (fault) {
    case Fault::Reset: {
        HttpResponse r;
        r.disposition = HttpResponse::Disposition::CloseWithoutResponse;
        return r;
    }
    case Fault::ServerError:
        return injectedServerError(status, QStringLiteral("Injected fault"));
    case Fault::TooManyRequests:
        return injectedTooManyRequests(QStringLiteral("Too many token requests"), m_config.retryAfterOn429);
    default:
        break;
    }
    HttpResponse r = m_auth.tokenEndpoint(request);
    if (fault == Fault::Malformed && r.status == 200)
        r.body = r.body.left(r.body.size() / 2);
    return r;
}

HttpResponse SandboxApi::execute(const Route &route, const HttpRequest &request)
{
    const QString &op = route.operation;
    if (!route.phoneNumber.isNull() && !isE164(route.phoneNumber)) {
        return invalidArgument(
            QStringLiteral("phoneNumber"),
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
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")),
                 q.value(QStringLiteral("numberPattern.searchPattern")), QStringLiteral("numberPattern."), &pattern,
                 &v);
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
        v.append({QStringLiteral("regionCode"),
                  QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*regionText)});
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
    const QList<AvailableNumber> found =
        info ? m_state->searchAvailable(*info, *type, pattern, caps, 1) : QList<AvailableNumber>();
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
            v.append(
                {QStringLiteral("regionCode"), QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(*raw)});
    }
    // §7.3: without `type` only MOBILE numbers come back.
    if (const auto raw = q.value(QStringLiteral("type")); raw && !raw->isEmpty()) {
        if (const auto type = parseTypeField(*raw, QStringLiteral("type"), &v))
            query.type = *type;
    }
    parsePattern(q.value(QStringLiteral("numberPattern.pattern")),
                 q.value(QStringLiteral("numberPattern.searchPattern")), QStringLiteral("numberPattern."),
                 &query.pattern, &v);
    query.capabilities = parseCapabilities(q.list(QStringLiteral("capability")), QStringLiteral("capability"), &v);
    if (const auto raw = q.value(QStringLiteral("orderBy")); raw && !raw->isEmpty()) {
        if (*raw == QLatin1String("displayName"))
            query.orderByDisplayName = true;
        else if (*raw != QLatin1String("phoneNumber"))
            v.append({QStringLiteral("orderBy"),
                      QStringLiteral("\"%1\" is not a valid value (phoneNumber, displayName)").arg(*raw)});
    }
    const int pageSize = parseCount(q, QStringLiteral("pageSize"), kDefaultPageSize, kMaxPageSize, &v);
    if (!v.isEmpty())
        return invalidArgument(v);

    const QString fingerprint = pageFingerprint(query);
    std::optional<ActiveCursor> cursor;
    if (const auto raw = q.value(QStringLiteral("pageToken")); raw && !raw->isEmpty()) {
        HttpResponse error;
        cursor = parsePageToken(*raw, fingerprint, &error);
        if (!cursor)
            return error;
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
        next = makePageToken(fingerprint, query.orderByDisplayName ? last->displayName : last->phoneNumber,
                             last->phoneNumber);
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
                {{QStringLiteral("smsConfiguration.servicePlanId"),
                  QStringLiteral("unlink the current service plan first")}});
        }
        const QString campaign = change.sms->campaignId.value_or(QString());
        if (!plan.isEmpty() && plan == currentPlan && !campaign.isEmpty() && !currentCampaign.isEmpty() &&
            campaign != currentCampaign) {
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
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number),
                            "EmergencyAddress", number);
        }
        JsonWriter w;
        r->emergencyAddress->write(w);
        return jsonResponse(200, w.take());
    }
    if (verb == QLatin1String("deprovision")) {
        if (!m_state->clearEmergencyAddress(number)) {
            return notFound(QStringLiteral("No emergency address is provisioned for %1").arg(number),
                            "EmergencyAddress", number);
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
        v.append(
            {QStringLiteral("hmacSecret"), QStringLiteral("must be 32 to 64 characters of A-Z, a-z, 0-9 and '-'")});
    if (!v.isEmpty())
        return invalidArgument(v);
    m_state->setHmacSecret(*secret);
    return getCallbackConfiguration();
}

} // namespace nd::sandbox
