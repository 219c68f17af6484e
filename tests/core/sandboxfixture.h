// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbersclient.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QTest>

#include <memory>

namespace nd::test {

// An in-process sandbox and a client connected to it with Basic auth (no token traffic to count), and a
// retry policy with tiny waits so tests stay fast.
struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<NumbersClient> client;
    QHash<QByteArray, int> arrived; // request paths (the last segment's custom verb or the path) as they arrive

    bool start(const QString &faults = QString(), int latencyMs = 0, int active = 5, quint32 seed = 7)
    {
        server = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions options;
        options.faults = faults;
        options.latencyMinMs = latencyMs;
        options.latencyMaxMs = latencyMs;
        options.activeCount = active;
        options.seed = seed;
        options.provisioningStepMs = 60000; // keep scheduled changes visible while a test looks at them
        arrived.clear();
        QObject::connect(server.get(), &sandbox::SandboxServer::requestArrived, server.get(),
                         [this](const QByteArray &, const QByteArray &path) {
                             const int colon = path.lastIndexOf(':');
                             ++arrived[colon > path.lastIndexOf('/') ? path.mid(colon + 1) : path];
                         });
        QString error;
        if (!server->start(options, &error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        client = std::make_unique<NumbersClient>();
        ConnectionSettings s;
        s.numbersUrl = server->baseUrl();
        s.authUrl = server->baseUrl();
        s.projectId = server->projectId();
        s.keyId = server->keyId();
        s.keySecret = server->keySecret();
        s.authMethod = AuthMethod::Basic;
        s.transferTimeoutMs = 10000;
        client->setConnection(s);
        RetryPolicy policy;
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 20;
        policy.totalBudgetMs = 20000;
        client->setRetryPolicy(policy);
        return true;
    }

    sandbox::SandboxState *state() const { return server->state(); }
    int count(const char *operation) const { return state()->requestCounts().value(QLatin1String(operation)); }
    // How many requests with this custom verb ("rent", "release", ...) have arrived, answered or not yet.
    int receivedCount(const char *verb) const { return arrived.value(QByteArray(verb)); }

    // Synchronous helpers for set-up (they fail the test through the returned value only).
    template<typename T, typename Start>
    Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        QObject context;
        start(&context, [&](const Result<T> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result ? *result : Result<T>(ApiError::timeout(20000));
    }

    QString someAvailableNumber(int index = 0)
    {
        AvailableNumberQuery q;
        q.regionCode = QStringLiteral("US");
        q.type = NumberType(NumberType::Value::Local);
        q.capabilities = {Capability(Capability::Value::Sms), Capability(Capability::Value::Voice)};
        q.size = 20;
        const auto r = wait<QList<AvailableNumber>>([&](QObject *ctx, auto cb) {
            client->searchAvailableNumbers(q, ctx, cb);
        });
        return r && r.value().size() > index ? r.value().at(index).phoneNumber : QString();
    }

    QString rentedNumber(int index = 0)
    {
        const QString n = someAvailableNumber(index);
        const auto r = wait<ActiveNumber>([&](QObject *ctx, auto cb) { client->rentNumber(n, {}, ctx, cb); });
        return r ? n : QString();
    }
};

} // namespace nd::test
