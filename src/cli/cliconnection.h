// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventorywalker.h"

#include "commandrequest.h"
#include "connectionsettings.h"
#include "exitcode.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace nd {
class NumbersClient;
namespace sandbox {
class SandboxServer;
}
} // namespace nd

namespace nd::cli {

// Reads a secret given as --x-stdin (one line of standard input) or --x-file FILE (its first line; refused when
// the file can be read by other users). Argument secrets are returned as given. Never puts the secret in a
// message.
struct SecretReader
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::SecretReader)

public:
    // An empty secret for a source that is not set.
    static Result<QString, Failure> read(const SecretSource &source, const QString &option);
};

// The connection numberdesk-cli works with: the embedded sandbox, a profile saved by the app (secret from the
// keychain), or options over the environment (SINCH_*, NUMBERDESK_*). open() validates everything (https except
// to loopback, CA bundle, credentials present) and creates the NumbersClient with the read retries and timeout
// of the options; with --verbose every request is logged on `log` (method, URL without user info, status; never
// headers or bodies, so never a secret).
class CliConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliConnection)

public:
    // code Success: connected; otherwise why not (Usage for missing or bad settings).
    using Done = std::function<void(ExitCode code, const QString &message)>;

    CliConnection(const GlobalOptions &options, const QHash<QString, QString> &environment, QObject *parent = nullptr);
    ~CliConnection() override;

    void open(Done done);

    // The local mirror of this connection's numbers (InventoryStore::mirrorPath of its profile and project),
    // found without the network: fails when the project is not known.
    static Result<QString, Failure> mirrorPath(const GlobalOptions &options,
                                               const QHash<QString, QString> &environment);

    NumbersClient *client() const { return m_client; }
    const ConnectionSettings &settings() const { return m_settings; }
    bool isSandbox() const { return m_useSandbox; }
    // Pages in flight for a sync of the mirror: the profile's setting (Profile::syncConcurrency), else the default.
    int syncConcurrency() const { return m_syncConcurrency; }
    // The profile name the activity log records: "Sandbox", the saved profile's name, or empty.
    QString profileLabel() const;

Q_SIGNALS:
    void log(const QString &line);

private:
    std::optional<QString> env(const char *name) const;
    void startSandbox();
    void useProfile();
    void useOptions();
    void finishSetup();
    void fail(ExitCode code, const QString &message);

    GlobalOptions m_options;
    QHash<QString, QString> m_environment;
    Done m_done;
    bool m_useSandbox = false;
    int m_syncConcurrency = InventoryWalker::DefaultConcurrency;
    ConnectionSettings m_settings;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    NumbersClient *m_client = nullptr;
};

} // namespace nd::cli
