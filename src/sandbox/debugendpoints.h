// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfrontend.h"

#include <QStringList>

// The /_sandbox/... inspection endpoints (only with --debug-endpoints; never part of the real API): state,
// one stored record, statistics, the request ledger, callback deliveries, inventory counts, reset, faults and
// the sandbox clock.
// No authentication, never faulted, not counted.
namespace nd::sandbox {

struct ApiConfig;
class CallbackDispatcher;
class FaultInjector;
class RequestLedger;
class SandboxState;

class DebugEndpoints final
{
public:
    DebugEndpoints(SandboxState *state, FaultInjector *faults, RequestLedger *ledger);

    void setCallbacks(CallbackDispatcher *callbacks) { m_callbacks = callbacks; } // null: none recorded

    // segments: the path after /_sandbox, percent-decoded.
    HttpResponse handle(const HttpRequest &request, const QStringList &segments, const ApiConfig &config);

private:
    HttpResponse state(const ApiConfig &config) const;
    HttpResponse stats() const;

    SandboxState *m_state;
    FaultInjector *m_faults;
    RequestLedger *m_ledger;
    CallbackDispatcher *m_callbacks = nullptr;
};

} // namespace nd::sandbox
