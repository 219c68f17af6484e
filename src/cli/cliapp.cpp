// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "cliconnection.h"
#include "commands.h"
#include "numbersclient.h"
#include "outcome.h"
#include "outputstream.h"
#include "recordprinter.h"

#ifdef Q_OS_WIN
#include <io.h>
#define ND_ISATTY _isatty
#else
#include <unistd.h>
#define ND_ISATTY isatty
#endif

namespace nd::cli {

CliApp::CliApp(const QStringList &arguments, const QHash<QString, QString> &environment, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_environment(environment)
    , m_out(std::make_unique<OutputStream>(stdout))
    , m_stdinIsTerminal(ND_ISATTY(0) != 0)
    , m_stderrIsTerminal(ND_ISATTY(2) != 0)
{
}

CliApp::~CliApp()
{
    // The pipeline goes before the connection (its client), which stops the sandbox and saves its state.
    delete m_pipeline;
    m_pipeline = nullptr;
    delete m_connection;
    m_connection = nullptr;
}

void CliApp::setOutput(FILE *out, FILE *err)
{
    m_out = std::make_unique<OutputStream>(out);
    m_err = err;
}

void CliApp::setTerminal(bool stdinIsTerminal, bool stderrIsTerminal)
{
    m_stdinIsTerminal = stdinIsTerminal;
    m_stderrIsTerminal = stderrIsTerminal;
}

NumbersClient *CliApp::client() const
{
    return m_connection ? m_connection->client() : nullptr;
}

int CliApp::syncConcurrency() const
{
    return m_connection ? m_connection->syncConcurrency() : InventoryWalker::DefaultConcurrency;
}

QString CliApp::projectId() const
{
    return m_connection ? m_connection->settings().projectId : QString();
}

// ---------------------------------------------------------------------------------------------------------
// Messages and the end of the run

void CliApp::note(const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fputs(line.constData(), m_err);
    std::fflush(m_err);
}

void CliApp::error(const QString &message)
{
    note(QStringLiteral("numberdesk-cli: ") + message);
}

void CliApp::progress(const QString &text)
{
    if (!m_stderrIsTerminal) {
        return;
    }
    std::fputs(text.isEmpty() ? "\r\033[K" : (QStringLiteral("\r") + text).toUtf8().constData(), m_err);
    std::fflush(m_err);
}

void CliApp::finish(ExitCode code)
{
    if (m_finished) {
        return;
    }
    // Everything written must have reached standard output: a full disk or a closed pipe is a failure.
    const bool flushed = m_printer ? m_printer->flush() : m_out->flush();
    if (!flushed && code != ExitCode::OutputFailed) {
        error(m_out->errorString());
        code = ExitCode::OutputFailed;
    }
    m_finished = true;
    m_exitCode = static_cast<int>(code);
    Q_EMIT finished(m_exitCode);
}

void CliApp::fail(ExitCode code, const QString &message)
{
    error(message);
    finish(code);
}

void CliApp::usageError(const QString &message)
{
    error(message);
    const QString path = m_invocation.path;
    note(path.isEmpty() || !CommandLine::command(path) ? tr("Try 'numberdesk-cli --help'.")
                                                       : tr("Try 'numberdesk-cli %1 --help'.").arg(path));
    finish(ExitCode::Usage);
}

bool CliApp::outputFailed()
{
    if (m_finished) {
        return true;
    }
    if (!m_out->hasFailed()) {
        return false;
    }
    if (m_interruptHandler) {
        auto stop = std::move(m_interruptHandler);
        m_interruptHandler = nullptr;
        stop();
    }
    fail(ExitCode::OutputFailed, m_out->errorString());
    return true;
}

ExitCode CliApp::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
        return ExitCode::Api;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitCode::Network;
    case ApiError::Kind::Validation:
        return ExitCode::Usage;
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitCode::Failure;
}

void CliApp::apiFailure(const ApiError &apiError)
{
    if (apiError.isCancelled() && m_interrupted) {
        fail(ExitCode::Interrupted, tr("interrupted"));
        return;
    }
    QString message = apiError.fullMessage();
    if (apiError.kind == ApiError::Kind::Http) {
        // Whole messages with placeholders (multi-argument arg(): a '%' in the texts is never re-expanded).
        const QString status = QString::number(apiError.httpStatus);
        const bool hasCode = !apiError.apiCode.isEmpty() && apiError.apiCode != status;
        if (apiError.apiStatus.isEmpty()) {
            message = hasCode ? tr("HTTP %1 (code %2): %3").arg(status, apiError.apiCode, message)
                              : tr("HTTP %1: %2").arg(status, message);
        } else {
            message = hasCode ? tr("HTTP %1 %2 (code %3): %4").arg(status, apiError.apiStatus, apiError.apiCode, message)
                              : tr("HTTP %1 %2: %3").arg(status, apiError.apiStatus, message);
        }
    }
    fail(exitCodeFor(apiError), message);
}

void CliApp::reportOutcome(const Outcome &outcome, const std::function<void()> &printResult)
{
    if (outcome.notRecorded) {
        fail(ExitCode::AuditUnavailable, outcome.explanation);
        return;
    }
    switch (outcome.kind) {
    case OutcomeKind::Done:
        printResult();
        outcome.needsReview ? error(outcome.explanation) : note(outcome.explanation);
        finish(m_interrupted ? ExitCode::Interrupted : ExitCode::Success);
        return;
    case OutcomeKind::DoneByOther:
        printResult();
        note(outcome.explanation);
        finish(m_interrupted ? ExitCode::Interrupted : ExitCode::DoneByOther);
        return;
    case OutcomeKind::NotDone:
        if (outcome.cancelled && m_interrupted) {
            fail(ExitCode::Interrupted, outcome.explanation);
            return;
        }
        fail(outcome.originalError.isError() ? exitCodeFor(outcome.originalError) : ExitCode::Failure,
             outcome.explanation);
        return;
    case OutcomeKind::Unknown:
        fail(ExitCode::Unknown, outcome.explanation);
        return;
    }
}

bool CliApp::confirm(const QString &description)
{
    note(description);
    if (m_invocation.global.yes) {
        return true;
    }
    if (!m_stdinIsTerminal) {
        // start() refuses earlier; this keeps the rule for every caller.
        fail(ExitCode::NotConfirmed, tr("not confirmed: standard input is not a terminal (use --yes)"));
        return false;
    }
    std::fputs(tr("Type \"yes\" to continue: ").toUtf8().constData(), m_err);
    std::fflush(m_err);
    char line[256];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (!read || QString::fromUtf8(line).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
        fail(ExitCode::NotConfirmed, tr("not confirmed: nothing was changed"));
        return false;
    }
    return true;
}

bool CliApp::confirmCount(const QString &description, int count)
{
    if (count <= 10) {
        return confirm(description);
    }
    note(description);
    if (m_invocation.global.yes) {
        return true;
    }
    if (!m_stdinIsTerminal) {
        fail(ExitCode::NotConfirmed, tr("not confirmed: standard input is not a terminal (use --yes)"));
        return false;
    }
    std::fputs(tr("Type the number of numbers (%1) to continue: ").arg(count).toUtf8().constData(), m_err);
    std::fflush(m_err);
    char line[256];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (!read || QString::fromUtf8(line).trimmed() != QString::number(count)) {
        fail(ExitCode::NotConfirmed, tr("not confirmed: nothing was changed"));
        return false;
    }
    return true;
}

void CliApp::interrupt()
{
    if (m_finished) {
        return;
    }
    if (m_interrupted) {
        // Second Ctrl+C: stop waiting. A record still pending shows in the Activity view as interrupted.
        fail(ExitCode::Interrupted, tr("interrupted again: stopped without waiting for the outcome"));
        return;
    }
    m_interrupted = true;
    if (m_gracefulInterrupt) {
        auto pause = std::move(m_gracefulInterrupt);
        m_gracefulInterrupt = nullptr;
        note(tr("Interrupted: pausing; the steps in flight finish first (press Ctrl+C again to quit at once)..."));
        pause();
        return;
    }
    if (m_pipeline && m_pipeline->hasActionsInFlight()) {
        note(tr("Interrupted: settling the action in flight first (press Ctrl+C again to quit at once)..."));
        m_pipeline->cancelAll();
        return;
    }
    if (m_interruptHandler) {
        auto stop = std::move(m_interruptHandler);
        m_interruptHandler = nullptr;
        stop();
        if (m_finished) {
            return; // the command said how it ended (e.g. "the mirror keeps its previous sync"): once is enough
        }
    }
    fail(ExitCode::Interrupted, tr("interrupted"));
}

// ---------------------------------------------------------------------------------------------------------
// Start-up

void CliApp::start()
{
    const ParsedCommandLine cmd = CommandLine::parse(m_arguments);
    m_invocation.path = cmd.path();
    if (!cmd.error.isEmpty()) {
        usageError(cmd.error);
        return;
    }
    if (cmd.help || cmd.version) {
        m_out->write((cmd.help ? CommandLine::helpText(cmd.path()) : CommandLine::versionText() + QLatin1Char('\n'))
                         .toUtf8());
        finish(ExitCode::Success);
        return;
    }
    const ParsedRequest parsed = RequestParser::parse(cmd, m_environment);
    if (!parsed.invocation) {
        usageError(parsed.usageError);
        return;
    }
    m_invocation = *parsed.invocation;
    for (const QString &line : std::as_const(m_invocation.notes)) {
        note(line);
    }
    m_printer = std::make_unique<RecordPrinter>(format(), m_out.get());
    const QString auditPath = options().auditPath.isEmpty() ? AuditLog::defaultPath() : options().auditPath;
    m_auditLog = std::make_unique<AuditLog>(auditPath);
    if (!m_invocation.needsConnection) {
        runCommand(*this, m_invocation.command);
        return;
    }
    if (m_invocation.confirms) {
        if (!options().yes && !m_stdinIsTerminal) {
            // Refuse before anything is sent: there is nobody to ask.
            fail(ExitCode::NotConfirmed, tr("'%1' changes your account and needs confirmation, but standard input is "
                                            "not a terminal. Nothing was sent. Re-run with --yes to proceed.")
                                             .arg(m_invocation.path));
            return;
        }
        // The activity log first: nobody is asked to confirm an action that would then be refused.
        if (!m_auditLog->open()) {
            fail(ExitCode::AuditUnavailable,
                 tr("refusing to send '%1': the activity log %2 cannot be written (%3). Nothing was sent. Fix the "
                    "log file or choose another one with --audit-log FILE.")
                     .arg(m_invocation.path, m_auditLog->filePath(), m_auditLog->errorString()));
            return;
        }
    }
    m_connection = new CliConnection(options(), m_environment, this);
    connect(m_connection, &CliConnection::log, this, &CliApp::note);
    m_connection->open([this](ExitCode code, const QString &message) {
        if (code != ExitCode::Success) {
            code == ExitCode::Usage ? usageError(message) : fail(code, message);
            return;
        }
        connected();
    });
}

void CliApp::connected()
{
    ActivityRecorder::Identity identity;
    identity.client = AuditClient::Cli;
    identity.profile = m_connection->profileLabel();
    identity.projectId = m_connection->settings().projectId;
    m_recorder = std::make_unique<ActivityRecorder>(m_auditLog.get(), identity);
    m_pipeline = new ActionPipeline(m_connection->client(), m_recorder.get());
    runCommand(*this, m_invocation.command);
}

} // namespace nd::cli
