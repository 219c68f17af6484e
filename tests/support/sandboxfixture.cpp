// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

namespace nd::test {

SandboxFixture::Options SandboxFixture::Options::asTheApp(int activeCount)
{
    Options o;
    o.activeCount = activeCount;
    o.provisioningStepMs = sandbox::SandboxOptions().provisioningStepMs;
    o.authMethod = AuthMethod::OAuth2;
    o.fastRetries = false;
    return o;
}

bool SandboxFixture::start(const Options &startOptions)
{
    options = startOptions;
    client.reset();
    server = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions serverOptions;
    serverOptions.activeCount = options.activeCount;
    serverOptions.seed = options.seed;
    serverOptions.faults = options.faults;
    serverOptions.latencyMinMs = options.latencyMs;
    serverOptions.latencyMaxMs = options.latencyMs;
    serverOptions.provisioningStepMs = options.provisioningStepMs;
    arrived.clear();
    QObject::connect(server.get(), &sandbox::SandboxServer::requestArrived, server.get(),
                     [this](const QByteArray &, const QByteArray &path) {
                         const qsizetype colon = path.lastIndexOf(':');
                         ++arrived[colon > path.lastIndexOf('/') ? path.mid(colon + 1) : path];
                     });
    if (const auto started = server->start(serverOptions); !started) {
        qWarning("sandbox did not start: %s", qPrintable(started.error().message));
        return false;
    }
    client = std::make_unique<NumbersClient>();
    client->setConnection(connection(server->keySecret()));
    if (options.fastRetries) {
        RetryPolicy policy;
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 20;
        policy.totalBudgetMs = 20000;
        client->setRetryPolicy(policy);
    }
    return true;
}

bool SandboxFixture::start(const QString &faults, int latencyMs, int active, quint32 seed)
{
    Options o;
    o.faults = faults;
    o.latencyMs = latencyMs;
    o.activeCount = active;
    o.seed = seed;
    return start(o);
}

ConnectionSettings SandboxFixture::connection(const QString &keySecret) const
{
    ConnectionSettings s;
    s.numbersUrl = server->baseUrl();
    s.authUrl = server->baseUrl();
    s.projectId = server->projectId();
    s.keyId = server->keyId();
    s.keySecret = keySecret;
    s.authMethod = options.authMethod;
    s.transferTimeoutMs = 10000;
    return s;
}

int SandboxFixture::count(const char *operation) const
{
    return state()->requestCounts().value(QLatin1String(operation));
}

QList<AvailableNumber> SandboxFixture::searchAvailable(const QString &regionCode, NumberType type, int size)
{
    AvailableNumberQuery query;
    query.regionCode = regionCode;
    query.type = type;
    query.capabilities = {Capability(Capability::Value::Sms), Capability(Capability::Value::Voice)};
    query.size = size;
    const auto r = wait<QList<AvailableNumber>>(
        [&](QObject *context, auto callback) { client->searchAvailableNumbers(query, context, callback); });
    return r ? r.value() : QList<AvailableNumber>();
}

QString SandboxFixture::someAvailableNumber(int index)
{
    const QList<AvailableNumber> found =
        searchAvailable(QStringLiteral("US"), NumberType(NumberType::Value::Local), 20);
    return found.size() > index ? found.at(index).phoneNumber : QString();
}

QString SandboxFixture::rentedNumber(int index)
{
    const QString n = someAvailableNumber(index);
    const auto r =
        wait<ActiveNumber>([&](QObject *context, auto callback) { client->rentNumber(n, {}, context, callback); });
    return r ? n : QString();
}

std::optional<ActiveNumber> SandboxFixture::fetchActive(const QString &e164)
{
    const auto r =
        wait<ActiveNumber>([&](QObject *context, auto callback) { client->getActiveNumber(e164, context, callback); });
    return r ? std::optional<ActiveNumber>(r.value()) : std::nullopt;
}

} // namespace nd::test
