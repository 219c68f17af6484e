// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authenticator.h"
#include "debugendpoints.h"
#include "httpfrontend.h"
#include "requestledger.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nd::sandbox {

class CallbackDispatcher;
class FaultInjector;
class SandboxState;

struct ApiConfig
{
    QString projectId;
    QString keyId;
    QString keySecret;
    int tokenLifetimeSeconds = 3600;
    bool retryAfterOn429 = true;
    bool debugEndpoints = false;
    quint64 seed = 1;     // for POST /_sandbox/reset
    int activeCount = 25; // for POST /_sandbox/reset
};

// Turns one HTTP request into one response (or a dropped connection): routing, then authentication
// (Authenticator), fault injection, the request ledger and the endpoints of docs/api.md §4 (implemented in
// sandboxendpoints.cpp). Request parsing, error envelopes, address validation and the /_sandbox endpoints live
// in their own files. Stateless apart from the
// SandboxState and the FaultInjector it is given; both must outlive it.
class SandboxApi final
{
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    SandboxApi(SandboxState *state, FaultInjector *faults);

    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }

    // *operation receives the operation name ("rent", "list", ..., "token", "_sandbox" or "" when the
    // path is unknown), for logs and statistics.
    HttpResponse handle(const HttpRequest &request, QString *operation = nullptr);

    // Names accepted after '@' in the fault spec, in the order of docs/api.md §0, plus "token".
    static QStringList operationNames();

    // Issues a bearer token exactly as POST /oauth2/token does (for tests).
    QByteArray issueToken();

    // Callback deliveries shown at GET /_sandbox/callbacks (none without one). Not owned.
    void setCallbackDispatcher(CallbackDispatcher *callbacks) { m_debug.setCallbacks(callbacks); }

    // What became of each request, per operation and number (GET /_sandbox/requests).
    const RequestLedger &ledger() const { return m_ledger; }

private:
    struct Route;
    struct LedgerEntry
    {
        QString phoneNumber;
        std::optional<RequestLedger::Outcome> outcome; // none: not an operation (unknown path, 405, /_sandbox)
        bool changedState = false;
    };
    HttpResponse dispatch(const HttpRequest &request, QString *operation, LedgerEntry *entry);
    QByteArray stateSnapshot(const Route &route) const;
    HttpResponse handleToken(const HttpRequest &request);
    HttpResponse execute(const Route &route, const HttpRequest &request);

    HttpResponse searchAvailableNumbers(const HttpRequest &request);
    HttpResponse checkAvailability(const QString &number);
    HttpResponse rent(const QString &number, const HttpRequest &request);
    HttpResponse rentAny(const HttpRequest &request);
    HttpResponse listActiveNumbers(const HttpRequest &request);
    HttpResponse getActiveNumber(const QString &number);
    HttpResponse updateActiveNumber(const QString &number, const HttpRequest &request);
    HttpResponse releaseNumber(const QString &number);
    HttpResponse emergencyAddress(const QString &number, const QString &verb, const HttpRequest &request);
    HttpResponse listAvailableRegions(const HttpRequest &request);
    HttpResponse getCallbackConfiguration();
    HttpResponse updateCallbackConfiguration(const HttpRequest &request);

    SandboxState *m_state;
    FaultInjector *m_faults;
    ApiConfig m_config;
    Authenticator m_auth;
    RequestLedger m_ledger;
    DebugEndpoints m_debug;
};

} // namespace nd::sandbox
