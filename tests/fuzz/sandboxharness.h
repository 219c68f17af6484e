// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "httpfrontend.h"
#include "sandboxapi.h"
#include "sandboxstate.h"

#include <QByteArray>
#include <QString>

// One in-process emulator for the fuzz harnesses: SandboxApi::handle() is the sandbox's "one request in,
// one response out" entry point (no socket, no event loop), so the harnesses call it directly.
namespace nd::fuzz {

class SandboxHarness final
{
    Q_DISABLE_COPY_MOVE(SandboxHarness)

public:
    static constexpr const char *kProject = "fuzz-project";
    static constexpr const char *kKeyId = "fuzz-key";
    static constexpr const char *kKeySecret = "fuzz-secret";

    explicit SandboxHarness(bool debugEndpoints = false, int activeCount = 25)
        : m_api(&m_state, &m_faults)
    {
        m_state.setProjectId(QLatin1String(kProject));
        m_state.setProvisioningStepMs(0); // provisioning steps run in drainEvents(), not 1.5 s later
        m_state.reset(1, activeCount);
        sandbox::ApiConfig config;
        config.projectId = QLatin1String(kProject);
        config.keyId = QLatin1String(kKeyId);
        config.keySecret = QLatin1String(kKeySecret);
        config.debugEndpoints = debugEndpoints;
        config.activeCount = activeCount;
        m_api.setConfig(config);
    }

    static QByteArray basicAuthorization()
    {
        const QByteArray credentials = QByteArray(kKeyId) + ':' + QByteArray(kKeySecret);
        return "Basic " + credentials.toBase64();
    }

    sandbox::SandboxState &state() { return m_state; }
    sandbox::SandboxApi &api() { return m_api; }

    sandbox::HttpResponse request(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                                  const QByteArray &authorization, const QByteArray &body = {},
                                  QString *operation = nullptr)
    {
        sandbox::HttpRequest r;
        r.method = method;
        r.rawPath = path;
        r.rawQuery = query;
        if (!authorization.isNull())
            r.headers.append({QByteArrayLiteral("Authorization"), authorization});
        if (!body.isEmpty())
            r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = body;
        return m_api.handle(r, operation);
    }

private:
    sandbox::SandboxState m_state;
    sandbox::FaultInjector m_faults;
    sandbox::SandboxApi m_api;
};

} // namespace nd::fuzz
