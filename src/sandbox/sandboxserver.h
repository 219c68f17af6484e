// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basicresult.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

// The embedded sandbox: a stateful emulator of the Sinch Numbers API (docs/api.md) on its own small HTTP/1.1 server.
// It shares no code with src/core: its JSON is built here, from the spec, so a mistake cannot hide in both.
namespace nd::sandbox {

class SandboxState;

struct SandboxOptions
{
    quint16 port = 0; // 0 = pick a free port
    QString projectId = QStringLiteral("sandbox-project");
    QString keyId = QStringLiteral("sandbox-key");
    QString keySecret = QStringLiteral("sandbox-secret");
    quint32 seed = 1;
    int activeCount = 25; // active numbers seeded at start, spread over regions and types
    int latencyMinMs = 0; // --latency MS[-MS]
    int latencyMaxMs = 0;
    QString faults;              // --faults "5xx=0.1,429=0.05,reset=0.02,drop-after-commit=0.05,malformed=0.01"
    bool retryAfterOn429 = true; // whether injected 429s carry Retry-After
    int tokenLifetimeSeconds = 3600;
    int provisioningStepMs = 1500; // WAITING -> IN_PROGRESS -> done, one step each
    QString statePath;             // --state FILE; empty = in memory only
    bool verbose = false;          // one log line per request on stderr, secrets redacted
    bool debugEndpoints = false;   // /_sandbox/... inspection endpoints (never in the real API)
    // HTTP limits (docs/sandbox.md, "HTTP limits"); the executable uses these defaults.
    int maxConnections = 256;     // over it: the longest-idle connection is closed, else 503
    int requestTimeoutMs = 10000; // a request must arrive completely within this time of its first byte
    int idleTimeoutMs = 60000;    // a connection without a request in progress is closed after this
};

// Start/stop and inspect the emulator. Runs on the thread it was created on (its event loop serves).
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1. On failure says why (plain English, for logs/stderr).
    Result<void, Failure> start(const SandboxOptions &options);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // "http://127.0.0.1:<port>": serves both the Numbers API and /oauth2/token
    QString projectId() const;
    QString keyId() const;
    QString keySecret() const;

    // Direct access to the state for in-process tests (numbers, available inventory, callbacks, ...).
    SandboxState *state() const;

    // Replaces the fault spec while running (tests); syntax as for --faults (see FaultInjector).
    Result<void, Failure> setFaults(const QString &spec);
    // Replaces the --latency range while running (tests); requests already waiting keep their delay.
    void setLatency(int minMs, int maxMs);
    // A bearer token exactly as POST /oauth2/token issues it (tests).
    QByteArray issueToken() const;

Q_SIGNALS:
    // A request arrived (before any --latency delay): tests wait on it to know a request has reached the server.
    void requestArrived(const QByteArray &method, const QByteArray &path);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace nd::sandbox
