// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbersclient.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

namespace nd::test {

// The one in-process sandbox of the tests: numberdesk-sandbox's server on a free loopback port, and a real
// NumbersClient connected to it. Every test area that talks to the API over HTTP uses it (core, models,
// dialogs); the CLI tests run the CLI's own embedded sandbox and the fuzz targets call the sandbox's handler
// without a socket. The helpers wait with QTest::qWaitFor and never fail the test themselves: they return an
// empty value instead, which the test checks.
struct SandboxFixture
{
    struct Options
    {
        int activeCount = 5;
        quint32 seed = 7;
        QString faults; // --faults syntax
        int latencyMs = 0;
        // Long steps keep scheduled SMS/voice changes visible (WAITING) while a test looks at them.
        int provisioningStepMs = 60000;
        AuthMethod authMethod = AuthMethod::Basic; // Basic: no token requests to count
        bool fastRetries = true;                   // retries of reads wait milliseconds, not seconds

        // As the app runs: OAuth2 through the sandbox's token endpoint, the client's default retry policy and
        // the sandbox's default provisioning pace.
        static Options asTheApp(int activeCount);
    };

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<NumbersClient> client;
    Options options;
    // Requests as they arrive, answered or not yet, by the last path segment's custom verb ("rent",
    // "release", ...) or, without one, the whole path.
    QHash<QByteArray, int> arrived;

    bool start(const Options &startOptions);
    // The default Options with these faults, latency, active numbers and seed.
    bool start(const QString &faults = QString(), int latencyMs = 0, int active = 5, quint32 seed = 7);

    // The connection the client uses, with another key secret (to provoke 401s).
    ConnectionSettings connection(const QString &keySecret) const;
    sandbox::SandboxState *state() const { return server->state(); }
    // How many requests of a Node SDK operation name ("rent", "get", ...) the sandbox has answered.
    int count(const char *operation) const;
    // How many requests with this custom verb (or path) have arrived, answered or not yet.
    int receivedCount(const char *verb) const { return arrived.value(QByteArray(verb)); }

    // Runs one client call and waits for its callback (20 s at most, then a Timeout error).
    template<typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        QObject context;
        start(&context, [&](const Result<T> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result ? *result : Result<T>(ApiError::timeout(20000));
    }

    // Available SMS+VOICE numbers of a region and type; empty when the search fails.
    QList<AvailableNumber> searchAvailable(const QString &regionCode, NumberType type, int size = 5);
    // The index-th available US LOCAL SMS+VOICE number, or "" when there is none.
    QString someAvailableNumber(int index = 0);
    // someAvailableNumber(index), rented; "" when the rent failed.
    QString rentedNumber(int index = 0);
    // The API's view of an active number; nullopt when the GET fails.
    std::optional<ActiveNumber> fetchActive(const QString &e164);
};

} // namespace nd::test
