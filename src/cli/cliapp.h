// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditrecord.h"
#include "commandline.h"
#include "connectionsettings.h"
#include "retrypolicy.h"
#include "recordprinter.h"
#include "requests.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace nd {
class AuditLog;
class NumbersClient;
class SafeOperations;
class SecretStore;
struct ApiError;
struct Outcome;
namespace sandbox {
class SandboxServer;
}
} // namespace nd

namespace nd::cli {

// Process exit codes (documented in --help and notes/cli.md).
enum class ExitCode : int {
    Success = 0,
    Failure = 1,      // anything else (sandbox failed to start, unreadable profile file, ...)
    Usage = 2,        // bad command line, bad number, missing credentials, insecure URL
    Api = 3,          // HTTP 4xx/5xx or an unparseable response
    Network = 4,      // connection, TLS or timeout
    NotConfirmed = 5, // no --yes and no terminal, or the answer was not "yes"; nothing was changed
    Unknown = 6,      // a billable/destructive call's outcome could not be determined: check before retrying
    AuditUnavailable = 7, // the activity log cannot be written: the billable/destructive call was not sent
};

// One run of numberdesk-cli: parses the arguments, sets up the connection (options, environment,
// a saved profile or the embedded sandbox), runs the command and emits finished() exactly once.
// Data goes to `out`, messages to `err`; secrets never reach either (except the HMAC secret that
// `callbacks get` exists to show).
class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    // `arguments` without the program name. `environment` is normally QProcessEnvironment's.
    CliApp(const QStringList &arguments, const QHash<QString, QString> &environment, QObject *parent = nullptr);
    ~CliApp() override;

    void setOutput(FILE *out, FILE *err);
    // Whether stdin/stderr are terminals (prompting and progress). Defaults from isatty().
    void setTerminal(bool stdinIsTerminal, bool stderrIsTerminal);

    void start();
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Set-up
    bool prepareGlobals();
    bool prepareCommand();
    bool prepareConfiguration(bool allowEmpty);
    bool preparePattern(NumberPattern *pattern);
    bool prepareAddress();
    bool prepareNumber();
    void connectAndRun();
    void connectWithProfile();
    void runWithConnection();
    void execute();

    // Commands
    void runRegions();
    void runSearch();
    void runCheck();
    void runRent();
    void runRentAny();
    void runList();
    void runListAll();
    void runGet();
    void runUpdate();
    void runRelease();
    void runEmergencyGet();
    void runEmergencyProvision();
    void runEmergencyValidate();
    void runEmergencyDeprovision();
    void runCallbacksGet();
    void runCallbacksSet();
    void runActivity();

    // Billable/destructive calls: the audit record is written before sending (no record, no call) and
    // finished with the certain outcome SafeOperations reports.
    bool beginAudit(AuditOperation operation, const QStringList &numbers, const QString &summary,
                    const AuditCost &cost);
    void finishAudit(const Outcome &outcome);
    // Prints the outcome (the record on stdout when done, the explanation on stderr) and finishes with
    // 0 (done), the error's code (not done) or 6 (unknown).
    void reportOutcome(const Outcome &outcome, const std::function<void()> &printResult);

    // Helpers
    bool confirm(const QString &description);
    QString configurationText(const NumberConfiguration &configuration) const;
    void usageError(const QString &message);
    void apiFailure(const ApiError &error);
    void fail(ExitCode code, const QString &message);
    void finish(ExitCode code);
    void printError(const QString &message);
    void printNote(const QString &message);
    std::optional<QString> envValue(const char *name) const;

    QStringList m_arguments;
    QHash<QString, QString> m_environment;
    FILE *m_out = stdout;
    FILE *m_err = stderr;
    bool m_stdinIsTerminal = false;
    bool m_stderrIsTerminal = false;

    ParsedCommandLine m_cmd;
    OutputFormat m_format = OutputFormat::Table;
    std::unique_ptr<RecordPrinter> m_printer;
    ConnectionSettings m_connection;
    bool m_useSandbox = false;
    quint32 m_sandboxSeed = 1;
    int m_sandboxActive = 25;
    bool m_verbose = false;
    bool m_yes = false;
    QString m_profileName;
    QString m_sandboxFaults;
    int m_sandboxLatencyMs = 0;
    int m_readAttempts = RetryPolicy().maxAttempts;
    QString m_caBundle;
    QString m_auditPath;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    SecretStore *m_secrets = nullptr;
    NumbersClient *m_client = nullptr;
    SafeOperations *m_safe = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    qint64 m_auditId = -1;

    // The validated request of the command.
    QString m_number;
    QList<NumberType> m_regionTypes;
    AvailableNumberQuery m_search;
    ActiveNumberQuery m_activeQuery;
    bool m_all = false;
    RentAnyRequest m_rentAny;
    NumberConfiguration m_config;
    ActiveNumberUpdate m_update;
    EmergencyAddressRequest m_address;
    QString m_hmacSecret; // sensitive: never printed or logged
    AuditFilter m_activityFilter;

    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace nd::cli
