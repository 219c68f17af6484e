// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include "apierrors.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "requestparsing.h"
#include "sandboxstate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nd::sandbox {

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
    , m_debug(state, faults, &m_ledger)
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
    LedgerEntry entry;
    HttpResponse response = dispatch(request, &op, &entry);
    if (entry.outcome) {
        const bool dropped = response.disposition == HttpResponse::Disposition::CloseWithoutResponse;
        m_ledger.record(op, entry.phoneNumber, *entry.outcome, entry.changedState,
                        dropped && *entry.outcome == RequestLedger::Outcome::ActedOn, dropped ? 0 : response.status);
    }
    if (operation)
        *operation = op;
    return response;
}

// The stored state an operation can change, to tell a change from an idempotent repeat.
QByteArray SandboxApi::stateSnapshot(const Route &route) const
{
    if (!route.mutating)
        return {};
    if (route.operation == QLatin1String("updateCallbackConfiguration"))
        return m_state->hmacSecret().toUtf8();
    JsonWriter w;
    if (const ActiveNumberRecord *r = m_state->activeNumber(route.phoneNumber))
        r->writeState(w, m_config.projectId);
    return w.take();
}

HttpResponse SandboxApi::dispatch(const HttpRequest &request, QString *operation, LedgerEntry *entry)
{
    const std::optional<QStringList> canonical = pathSegments(request.rawPath);
    if (!canonical)
        return unknownPath(request.rawPath); // "/activeNumbers/", "//", "/./": no resource has such a name
    const QStringList &segments = *canonical;

    if (segments == QStringList{QStringLiteral("oauth2"), QStringLiteral("token")}) {
        *operation = QStringLiteral("token");
        HttpResponse r = handleToken(request);
        entry->outcome =
            r.disposition == HttpResponse::Disposition::CloseWithoutResponse || r.status == 429 || r.status >= 500
                ? RequestLedger::Outcome::FaultedBeforeActing
                : RequestLedger::Outcome::ActedOn;
        return r;
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
    entry->phoneNumber = route.phoneNumber;
    if (!route.operation.isEmpty())
        entry->outcome = RequestLedger::Outcome::RefusedBeforeActing;

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
    entry->outcome = RequestLedger::Outcome::FaultedBeforeActing;
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

    entry->outcome = RequestLedger::Outcome::ActedOn;
    const QByteArray before = stateSnapshot(route);
    r = execute(route, request);
    if (route.operation == QLatin1String("rentAny")) {
        // No number in the path: the one rented, if any.
        entry->changedState = r.status == 200;
        if (entry->changedState)
            entry->phoneNumber =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("phoneNumber")).toString();
    } else {
        entry->changedState = route.mutating && stateSnapshot(route) != before;
    }
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

} // namespace nd::sandbox
