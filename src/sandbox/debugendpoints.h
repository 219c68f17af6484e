// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfrontend.h"

#include <QStringList>

// The /_sandbox/... inspection endpoints (only with --debug-endpoints; never part of the real API): state,
// one stored record, statistics, the request ledger, inventory counts, reset, faults and the sandbox clock.
// No authentication, never faulted, not counted.
namespace nd::sandbox {

struct ApiConfig;
class FaultInjector;
class RequestLedger;
class SandboxState;

class DebugEndpoints final
{
public:
    DebugEndpoints(SandboxState *state, FaultInjector *faults, RequestLedger *ledger);

    // segments: the path after /_sandbox, percent-decoded.
    HttpResponse handle(const HttpRequest &request, const QStringList &segments, const ApiConfig &config);

private:
    HttpResponse state(const ApiConfig &config) const;
    HttpResponse stats() const;

    SandboxState *m_state;
    FaultInjector *m_faults;
    RequestLedger *m_ledger;
};

} // namespace nd::sandbox
