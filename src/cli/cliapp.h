// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandrequest.h"
#include "exitcode.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>

namespace nd {
class ActionPipeline;
class ActivityRecorder;
class AuditLog;
class NumbersClient;
struct ApiError;
struct Outcome;
} // namespace nd

namespace nd::cli {

class CliConnection;
class OutputStream;
class RecordPrinter;

// One run of numberdesk-cli: parses the arguments into a typed Invocation, checks the activity log before anything
// billable is confirmed, sets up the connection, runs the command (commands.h) and emits finished() exactly once.
// Data goes to `out` (every write checked), messages to `err`; secrets never reach either (except the HMAC secret
// that `callbacks get` exists to show). The commands use the helpers below to print, confirm and end the run.
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
    // Ctrl+C: a billable action in flight is cancelled and settled (its record finished) before the run ends
    // with 130; anything else ends at once. A second interrupt ends at once in every case.
    void interrupt();
    int exitCode() const { return m_exitCode; }

    // For the commands.
    const Invocation &invocation() const { return m_invocation; }
    const GlobalOptions &options() const { return m_invocation.global; }
    const QHash<QString, QString> &environment() const { return m_environment; }
    OutputFormat format() const { return m_invocation.global.format; }
    RecordPrinter &printer() const { return *m_printer; }
    NumbersClient *client() const;
    // The connection's pages in flight for a sync (its profile's setting, else the default).
    int syncConcurrency() const;
    ActionPipeline *pipeline() const { return m_pipeline; }
    AuditLog *auditLog() const { return m_auditLog.get(); }
    QString projectId() const;
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }
    bool isFinished() const { return m_finished; }
    bool isInterrupted() const { return m_interrupted; }

    // Prints the description and asks for "yes" (unless --yes). False (and the run ended with 5) otherwise.
    bool confirm(const QString &description);
    // As confirm(), but over 10 items the answer must be the item count typed out (as the app's release dialog).
    bool confirmCount(const QString &description, int count);
    void note(const QString &message);  // a line on stderr
    void error(const QString &message); // "numberdesk-cli: message" on stderr
    // A progress line on a terminal's stderr, rewritten in place; an empty text clears it. Nothing otherwise.
    void progress(const QString &text);
    // Ends the run: flushes standard output first; a failed write turns any code into OutputFailed.
    void finish(ExitCode code);
    void fail(ExitCode code, const QString &message);
    void usageError(const QString &message);
    // A failed read (or refusal before anything billable was sent): the message and the matching exit code.
    void apiFailure(const ApiError &error);
    // The outcome of a billable action: the result (printResult) and explanation, and the exit code of its kind:
    // 0 done, 8 done by someone else / already so, 6 unknown, 7 not recorded, else that of the error.
    void reportOutcome(const Outcome &outcome, const std::function<void()> &printResult);
    // After writing rows: when standard output failed (full disk, closed pipe) the run ends with 10; true then.
    bool outputFailed();
    // Registers what to stop on Ctrl+C (a walker in flight); cleared with nullptr.
    void setInterruptHandler(std::function<void()> handler) { m_interruptHandler = std::move(handler); }
    // A first Ctrl+C calls this instead (a bulk job pauses: its steps in flight finish) and the command ends the
    // run itself; a second one ends at once. Cleared with nullptr.
    void setGracefulInterrupt(std::function<void()> handler) { m_gracefulInterrupt = std::move(handler); }

    static ExitCode exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void connected();

    QStringList m_arguments;
    QHash<QString, QString> m_environment;
    FILE *m_err = stderr;
    std::unique_ptr<OutputStream> m_out;
    bool m_stdinIsTerminal = false;
    bool m_stderrIsTerminal = false;

    Invocation m_invocation;
    std::unique_ptr<RecordPrinter> m_printer;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ActivityRecorder> m_recorder;
    CliConnection *m_connection = nullptr;
    ActionPipeline *m_pipeline = nullptr;
    std::function<void()> m_interruptHandler;
    std::function<void()> m_gracefulInterrupt;

    bool m_interrupted = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace nd::cli
