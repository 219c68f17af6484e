// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkjob.h"

#include "actionpipeline.h"
#include "cliapp.h"
#include "commands.h"
#include "jobrunner.h"
#include "outputstream.h"
#include "recordprinter.h"
#include "records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `bulk status | resume | cancel`, and running a job for `bulk rent | update | release` (bulkcommands.cpp).
namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::BulkJob)
};

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 90) {
        return Text::tr("%n second(s)", nullptr, int(s));
    }
    return Text::tr("%n minute(s)", nullptr, int((s + 59) / 60));
}

QJsonObject countsJson(const JobInfo &info)
{
    return QJsonObject{{QStringLiteral("done"), info.count(JobStepState::Done)},
                       {QStringLiteral("notDone"), info.count(JobStepState::NotDone)},
                       {QStringLiteral("doneByOther"), info.count(JobStepState::DoneByOther)},
                       {QStringLiteral("unknown"), info.count(JobStepState::Unknown)},
                       {QStringLiteral("pending"),
                        info.count(JobStepState::Pending) + info.count(JobStepState::Sending)}};
}

QList<Column> jobColumns()
{
    return {{QStringLiteral("id"), Text::tr("Job"), 20},
            {QStringLiteral("kind"), Text::tr("Kind"), 8},
            {QStringLiteral("state"), Text::tr("State"), 11},
            {QStringLiteral("created"), Text::tr("Created"), 19},
            {QStringLiteral("total"), Text::tr("Numbers"), 7},
            {QStringLiteral("done"), Text::tr("Done"), 5},
            {QStringLiteral("notDone"), Text::tr("Not done"), 8},
            {QStringLiteral("doneByOther"), Text::tr("By other"), 8},
            {QStringLiteral("unknown"), Text::tr("Unknown"), 7},
            {QStringLiteral("pending"), Text::tr("Pending"), 7}};
}

} // namespace

QString BulkJob::journalPath(const CliApp &app)
{
    const QString fromEnv = app.environment().value(QStringLiteral("NUMBERDESK_JOBS_DB"));
    return fromEnv.isEmpty() ? JobJournal::defaultPath() : fromEnv;
}

std::shared_ptr<JobJournal> BulkJob::openJournal(CliApp &app)
{
    auto journal = std::make_shared<JobJournal>(journalPath(app));
    if (!journal->open()) {
        app.fail(ExitCode::Failure, journal->errorString());
        return nullptr;
    }
    return journal;
}

ExitCode BulkJob::jobExitCode(const JobInfo &info)
{
    if (info.count(JobStepState::Unknown) > 0) {
        return ExitCode::Unknown;
    }
    if (info.spec.rentTarget) {
        // N matching numbers: offers taken by someone else were replaced; what counts is how many were rented.
        return info.state == JobInfo::State::Done && info.count(JobStepState::Done) >= info.spec.rentTarget->count
            ? ExitCode::Success
            : ExitCode::JobIncomplete;
    }
    if (info.state != JobInfo::State::Done || info.count(JobStepState::NotDone) > 0
        || info.count(JobStepState::Pending) > 0 || info.count(JobStepState::Sending) > 0) {
        return ExitCode::JobIncomplete;
    }
    return ExitCode::Success;
}

QString BulkJob::summary(const JobInfo &info)
{
    return Text::tr("Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, "
                    "%7 unknown, %8 pending.",
                    nullptr, info.total)
        .arg(info.id, JobKinds::displayName(info.spec.kind), JobInfo::stateDisplayName(info.state))
        .arg(info.count(JobStepState::Done))
        .arg(info.count(JobStepState::DoneByOther))
        .arg(info.count(JobStepState::NotDone))
        .arg(info.count(JobStepState::Unknown))
        .arg(info.count(JobStepState::Pending) + info.count(JobStepState::Sending));
}

void BulkJob::print(CliApp &app, const JobInfo &info, const QList<JobStep> &steps)
{
    if (app.format() == OutputFormat::Json) {
        QJsonArray items;
        for (const JobStep &step : steps) {
            items.append(QJsonObject{{QStringLiteral("phoneNumber"), step.phoneNumber},
                                     {QStringLiteral("state"), JobKinds::key(step.state)},
                                     {QStringLiteral("detail"), step.detail}});
        }
        const QJsonObject job{{QStringLiteral("id"), info.id},
                              {QStringLiteral("kind"), JobKinds::key(info.spec.kind)},
                              {QStringLiteral("state"), JobInfo::stateKey(info.state)},
                              {QStringLiteral("counts"), countsJson(info)},
                              {QStringLiteral("items"), items}};
        app.printer().flush();
        app.printer().stream()->write(QJsonDocument(job).toJson(QJsonDocument::Indented));
    } else {
        const QList<Column> columns = {{QStringLiteral("phoneNumber"), Text::tr("Number"), 16},
                                       {QStringLiteral("state"), Text::tr("State"), 12},
                                       {QStringLiteral("detail"), Text::tr("Detail"), 60}};
        app.printer().beginList(columns, QStringLiteral("items"), true);
        for (const JobStep &step : steps) {
            Record row;
            row.cells = {step.phoneNumber, app.format() == OutputFormat::Csv ? JobKinds::key(step.state)
                                                                             : JobKinds::displayName(step.state),
                         step.detail};
            app.printer().addRow(row);
        }
        app.printer().endList();
    }
    app.note(summary(info));
}

void BulkJob::run(CliApp &app, const std::shared_ptr<JobJournal> &journal, const QString &jobId,
                  std::optional<int> concurrency, const QStringList &notesAfterStart)
{
    auto *runner = new JobRunner(app.pipeline(), journal.get(), jobId, &app);
    if (!runner->load()) {
        app.fail(ExitCode::Failure, runner->errorString());
        return;
    }
    if (concurrency) {
        runner->setConcurrency(*concurrency);
    }
    for (const QString &line : notesAfterStart) {
        app.note(line);
    }
    app.setGracefulInterrupt([runner] { runner->pause(); });
    QObject::connect(runner, &JobRunner::settling, &app, [&app](int n) {
        app.note(Text::tr("Reading back %n step(s) that were in flight when the job stopped...", nullptr, n));
    });
    QObject::connect(runner, &JobRunner::progressChanged, &app, [&app, runner](int finished, int total) {
        const qint64 left = runner->estimatedRemainingMs();
        app.progress(left < 0 ? Text::tr("Job %1: %2 of %3 numbers finished...").arg(runner->jobId()).arg(finished).arg(total)
                              : Text::tr("Job %1: %2 of %3 numbers finished, about %4 left...")
                                    .arg(runner->jobId())
                                    .arg(finished)
                                    .arg(total)
                                    .arg(duration(left)));
    });
    QObject::connect(runner, &JobRunner::searchingAgain, &app, [&app](int wanted) {
        app.note(Text::tr("Offers were taken by someone else: searching again for %n more number(s)...", nullptr,
                          wanted));
    });
        QObject::connect(app.pipeline(), &ActionPipeline::rateLimited, runner, [&app](qint64 waitMs) {
        if (waitMs > 0) {
            app.progress(Text::tr("Rate limited by the server: every step waits %1...").arg(duration(waitMs)));
        }
    });
    QObject::connect(runner, &JobRunner::finished, &app, [&app, runner, journal, jobId] {
        app.progress(QString());
        app.setGracefulInterrupt(nullptr);
        const QString error = runner->errorString();
        const QString shortfall = runner->shortfall();
        runner->deleteLater();
        if (app.isFinished()) {
            return;
        }
        const auto info = journal->job(jobId);
        if (!info) {
            app.fail(ExitCode::Failure, journal->errorString());
            return;
        }
        BulkJob::print(app, *info, journal->steps(jobId));
        if (!shortfall.isEmpty()) {
            app.note(shortfall);
        }
        if (!error.isEmpty()) {
            app.fail(ExitCode::Failure, Text::tr("job %1 stopped: %2 Resume it with 'numberdesk-cli bulk resume %1'.")
                                            .arg(jobId, error));
            return;
        }
        if (app.isInterrupted()) {
            app.fail(ExitCode::Interrupted,
                     Text::tr("job %1 paused; resume it with 'numberdesk-cli bulk resume %1'.").arg(jobId));
            return;
        }
        const ExitCode code = jobExitCode(*info);
        if (code == ExitCode::JobIncomplete && info->count(JobStepState::NotDone) > 0) {
            app.note(Text::tr("To try the numbers not done again: numberdesk-cli bulk resume %1").arg(jobId));
        }
        if (code == ExitCode::Unknown) {
            app.note(Text::tr("Check the numbers whose outcome is unknown ('bulk status %1') before trying again.")
                         .arg(jobId));
        }
        app.finish(code);
    });
    runner->start();
}

void run(CliApp &app, const BulkStatusRequest &request)
{
    const std::shared_ptr<JobJournal> journal = BulkJob::openJournal(app);
    if (!journal) {
        return;
    }
    if (!request.jobId.isEmpty()) {
        const auto info = journal->job(request.jobId);
        if (!info) {
            app.fail(ExitCode::Usage, journal->errorString().isEmpty()
                                          ? Text::tr("there is no job %1 in %2").arg(request.jobId, journal->filePath())
                                          : journal->errorString());
            return;
        }
        BulkJob::print(app, *info, journal->steps(request.jobId));
        app.finish(ExitCode::Success);
        return;
    }
    const QList<JobInfo> jobs = journal->jobs();
    app.printer().beginList(jobColumns(), QStringLiteral("jobs"), false);
    for (const JobInfo &info : jobs) {
        Record row;
        const QJsonObject counts = countsJson(info);
        row.cells = {info.id,
                     JobKinds::key(info.spec.kind),
                     JobInfo::stateKey(info.state),
                     info.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     QString::number(info.total),
                     QString::number(counts.value(QLatin1String("done")).toInt()),
                     QString::number(counts.value(QLatin1String("notDone")).toInt()),
                     QString::number(counts.value(QLatin1String("doneByOther")).toInt()),
                     QString::number(counts.value(QLatin1String("unknown")).toInt()),
                     QString::number(counts.value(QLatin1String("pending")).toInt())};
        row.json = QJsonObject{{QStringLiteral("id"), info.id},
                               {QStringLiteral("kind"), JobKinds::key(info.spec.kind)},
                               {QStringLiteral("state"), JobInfo::stateKey(info.state)},
                               {QStringLiteral("createdAt"), info.createdAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("total"), info.total},
                               {QStringLiteral("counts"), counts}};
        app.printer().addRow(row);
    }
    app.printer().endList();
    if (jobs.isEmpty()) {
        app.note(Text::tr("No bulk jobs yet (journal: %1).").arg(journal->filePath()));
    }
    app.finish(ExitCode::Success);
}

namespace {

// The job must belong to the connection it is resumed or cancelled with: its steps were planned for that project.
bool checkProject(CliApp &app, const JobInfo &info)
{
    if (!info.projectId.isEmpty() && info.projectId != app.projectId()) {
        app.usageError(Text::tr("job %1 belongs to project %2, not %3: use the same connection options as when it "
                                "was started")
                           .arg(info.id, info.projectId, app.projectId()));
        return false;
    }
    return true;
}

} // namespace

void run(CliApp &app, const BulkResumeRequest &request)
{
    const std::shared_ptr<JobJournal> journal = BulkJob::openJournal(app);
    if (!journal) {
        return;
    }
    const auto info = journal->job(request.jobId);
    if (!info) {
        app.usageError(Text::tr("there is no job %1 in %2").arg(request.jobId, journal->filePath()));
        return;
    }
    if (!checkProject(app, *info)) {
        return;
    }
    if (info->state == JobInfo::State::Cancelled) {
        app.fail(ExitCode::Usage, Text::tr("job %1 was cancelled: start a new job for the numbers it did not do "
                                           "('bulk status %1' lists them)")
                                      .arg(info->id));
        return;
    }
    if (info->state == JobInfo::State::Running) {
        app.fail(ExitCode::Failure, Text::tr("job %1 is running in another NumberDesk process").arg(info->id));
        return;
    }
    const QList<JobStep> steps = journal->steps(request.jobId);
    int left = 0;
    int inFlight = 0;
    for (const JobStep &step : steps) {
        inFlight += step.state == JobStepState::Sending ? 1 : 0;
        left += step.state == JobStepState::Pending || (step.state == JobStepState::NotDone && step.mayRetry) ? 1 : 0;
    }
    // A rent of N matching numbers stopped before it replaced offers taken by someone else searches again.
    if (left == 0 && info->state != JobInfo::State::Done) {
        left = rentStillWanted(info->spec, steps);
    }
    if (left == 0 && inFlight == 0) {
        BulkJob::print(app, *info, steps);
        app.note(Text::tr("Job %1 has nothing left to do.").arg(info->id));
        app.finish(BulkJob::jobExitCode(*info));
        return;
    }
    QString text = Text::tr("Resuming job %1 (%2 of %n number(s)).", nullptr, info->total)
                       .arg(info->id, JobKinds::displayName(info->spec.kind));
    if (inFlight > 0) {
        text += QLatin1Char('\n')
            + Text::tr("  %n step(s) were in flight when it stopped: their state is read back first, and only what "
                       "is certainly not done is sent again.",
                       nullptr, inFlight);
    }
    text += QLatin1Char('\n') + Text::tr("  %n number(s) to do.", nullptr, left);
    if (!app.confirm(text)) {
        return;
    }
    BulkJob::run(app, journal, request.jobId, request.concurrency);
}

void run(CliApp &app, const BulkCancelRequest &request)
{
    const std::shared_ptr<JobJournal> journal = BulkJob::openJournal(app);
    if (!journal) {
        return;
    }
    const auto info = journal->job(request.jobId);
    if (!info) {
        app.usageError(Text::tr("there is no job %1 in %2").arg(request.jobId, journal->filePath()));
        return;
    }
    if (!checkProject(app, *info)) {
        return;
    }
    if (info->state == JobInfo::State::Running) {
        app.fail(ExitCode::Failure, Text::tr("job %1 is running in another NumberDesk process: press Ctrl+C there "
                                             "(it pauses after the steps in flight), then cancel it")
                                        .arg(info->id));
        return;
    }
    if (info->state == JobInfo::State::Done || info->state == JobInfo::State::Cancelled) {
        app.note(Text::tr("Job %1 is already %2.").arg(info->id, JobInfo::stateDisplayName(info->state)));
        app.finish(ExitCode::Success);
        return;
    }
    auto *runner = new JobRunner(app.pipeline(), journal.get(), request.jobId, &app);
    if (!runner->load()) {
        app.fail(ExitCode::Failure, runner->errorString());
        return;
    }
    QObject::connect(runner, &JobRunner::finished, &app, [&app, runner, journal] {
        const QString error = runner->errorString();
        const QString id = runner->jobId();
        runner->deleteLater();
        const auto after = journal->job(id);
        if (!error.isEmpty() || !after) {
            app.fail(ExitCode::Failure, error.isEmpty() ? journal->errorString() : error);
            return;
        }
        app.note(BulkJob::summary(*after));
        app.finish(after->state == JobInfo::State::Cancelled ? ExitCode::Success : ExitCode::Failure);
    });
    // Steps left in flight are settled first (read back, nothing sent); then the job is marked cancelled.
    runner->cancel();
}

} // namespace nd::cli
