// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "callbackdispatcher.h"
#include "catalogue.h"
#include "faultinjector.h"
#include "httpfrontend.h"
#include "sandboxapi.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace nd::sandbox {

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *owner)
        : q(owner)
        , state(new SandboxState(owner))
        , api(state, &faults)
        , callbacks(state)
    {
        api.setCallbackDispatcher(&callbacks);
        QObject::connect(state, &SandboxState::numberEvent, &callbacks, &CallbackDispatcher::deliver);
        saveTimer.setSingleShot(true);
        saveTimer.setInterval(250);
    }

    void serve(const HttpRequest &request, const HttpConnection &connection);
    void respond(const HttpRequest &request, const HttpConnection &connection, qint64 startedMs);
    void saveNow();

    SandboxServer *q;
    SandboxOptions options;
    SandboxState *state;
    FaultInjector faults;
    SandboxApi api;
    CallbackDispatcher callbacks;
    std::unique_ptr<HttpFrontend> frontend;
    QTimer saveTimer;
    QElapsedTimer clock;
    quint64 latencyRng = 0;
    quint16 port = 0;
};

void SandboxServer::Private::serve(const HttpRequest &request, const HttpConnection &connection)
{
    const qint64 started = clock.elapsed();
    Q_EMIT q->requestArrived(request.method, request.rawPath);
    int delay = 0;
    if (options.latencyMaxMs > 0) {
        latencyRng = mix64(latencyRng + 0x9e3779b97f4a7c15ULL);
        const int span = qMax(0, options.latencyMaxMs - options.latencyMinMs);
        delay = options.latencyMinMs + (span > 0 ? static_cast<int>(latencyRng % static_cast<quint64>(span + 1)) : 0);
    }
    if (delay <= 0) {
        respond(request, connection, started);
        return;
    }
    // The request is a copy and the connection a guarded handle: both stay valid until the timer fires.
    QTimer::singleShot(delay, state, [this, request, connection, started] { respond(request, connection, started); });
}

void SandboxServer::Private::respond(const HttpRequest &request, const HttpConnection &connection, qint64 startedMs)
{
    QString operation;
    const HttpResponse response = api.handle(request, &operation);
    const bool dropped = response.disposition == HttpResponse::Disposition::CloseWithoutResponse;
    if (!operation.isEmpty() && operation != QLatin1String("_sandbox"))
        state->countRequest(operation, dropped ? 0 : response.status);
    connection.send(response);
    if (options.verbose) {
        // Path and query only: credentials live in headers and bodies, which are never logged.
        QByteArray line = request.method + ' ' + request.rawPath;
        if (!request.rawQuery.isEmpty())
            line += '?' + request.rawQuery;
        line += ' ' + (dropped ? QByteArrayLiteral("dropped") : QByteArray::number(response.status)) + ' ' +
                QByteArray::number(clock.elapsed() - startedMs) + "ms";
        if (!operation.isEmpty())
            line += " (" + operation.toUtf8() + ')';
        std::fprintf(stderr, "%s\n", line.constData());
        std::fflush(stderr);
    }
}

void SandboxServer::Private::saveNow()
{
    if (options.statePath.isEmpty())
        return;
    const Result<void, Failure> saved = state->save(options.statePath);
    if (!saved)
        std::fprintf(stderr, "numberdesk-sandbox: %s\n", qPrintable(saved.error().message));
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    connect(&d->saveTimer, &QTimer::timeout, this, [this] { d->saveNow(); });
    connect(d->state, &SandboxState::changed, this, [this] {
        if (!d->options.statePath.isEmpty() && d->frontend)
            d->saveTimer.start();
    });
    d->clock.start();
}

SandboxServer::~SandboxServer()
{
    stop();
}

Result<void, Failure> SandboxServer::start(const SandboxOptions &options)
{
    stop();
    FaultInjector parsed;
    if (Result<void, Failure> faults = parsed.parse(options.faults); !faults)
        return faults;
    d->options = options;
    d->faults = parsed;
    d->faults.setSeed(options.seed);
    d->latencyRng = mix64(options.seed ^ 0x1a7e);
    d->state->setProjectId(options.projectId);
    d->callbacks.setProjectId(options.projectId);
    d->callbacks.setSeed(options.seed);
    d->state->setProvisioningStepMs(options.provisioningStepMs);
    d->state->setProvisioningFailureRate(d->faults.rate(QStringLiteral("provisioning-fail"), QString()));

    bool loaded = false;
    if (!options.statePath.isEmpty() && QFileInfo::exists(options.statePath)) {
        if (Result<void, Failure> read = d->state->load(options.statePath); !read)
            return read;
        loaded = true;
    }
    if (!loaded)
        d->state->reset(options.seed, options.activeCount);

    ApiConfig config;
    config.projectId = options.projectId;
    config.keyId = options.keyId;
    config.keySecret = options.keySecret;
    config.tokenLifetimeSeconds = options.tokenLifetimeSeconds;
    config.retryAfterOn429 = options.retryAfterOn429;
    config.debugEndpoints = options.debugEndpoints;
    config.seed = options.seed;
    config.activeCount = options.activeCount;
    d->api.setConfig(config);

    d->frontend = std::make_unique<HttpFrontend>(
        [this](const HttpRequest &request, const HttpConnection &connection) { d->serve(request, connection); });
    HttpServerLimits limits;
    limits.maxConnections = options.maxConnections;
    limits.requestTimeoutMs = options.requestTimeoutMs;
    limits.idleTimeoutMs = options.idleTimeoutMs;
    d->frontend->setLimits(limits);
    if (options.verbose) {
        d->frontend->setLogger([](const QByteArray &line) {
            std::fprintf(stderr, "%s\n", line.constData());
            std::fflush(stderr);
        });
    }
    d->port = d->frontend->listenOnLoopback(options.port);
    if (d->port == 0) {
        d->frontend.reset();
        return Failure{QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options.port)};
    }
    if (!loaded && !options.statePath.isEmpty())
        d->saveNow(); // the file exists from the first start on
    return {};
}

void SandboxServer::stop()
{
    if (!d->frontend)
        return;
    d->frontend->stopListening();
    d->frontend.reset();
    d->saveTimer.stop();
    d->saveNow();
    d->port = 0;
}

bool SandboxServer::isRunning() const
{
    return d->frontend != nullptr;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

QString SandboxServer::projectId() const
{
    return d->options.projectId;
}

QString SandboxServer::keyId() const
{
    return d->options.keyId;
}

QString SandboxServer::keySecret() const
{
    return d->options.keySecret;
}

SandboxState *SandboxServer::state() const
{
    return d->state;
}

Result<void, Failure> SandboxServer::setFaults(const QString &spec)
{
    if (Result<void, Failure> parsed = d->faults.parse(spec); !parsed)
        return parsed;
    d->options.faults = spec;
    d->state->setProvisioningFailureRate(d->faults.rate(QStringLiteral("provisioning-fail"), QString()));
    return {};
}

void SandboxServer::setLatency(int minMs, int maxMs)
{
    d->options.latencyMinMs = qMax(0, minMs);
    d->options.latencyMaxMs = qMax(d->options.latencyMinMs, maxMs);
}

QByteArray SandboxServer::issueToken() const
{
    return d->api.issueToken();
}

} // namespace nd::sandbox
