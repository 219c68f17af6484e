// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QSqlDatabase;

namespace nd {

// A job as the journal keeps it.
struct JobInfo
{
    // Stored: Running, Paused, Cancelled, Done. Interrupted is Running (or Paused with a step still sending)
    // without a live process holding the job: found by JobJournal::job(), never stored.
    enum class State { Running, Paused, Interrupted, Cancelled, Done };

    QString id;
    JobSpec spec;
    State state = State::Running;
    QString profile;
    QString projectId;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QMap<JobStepState, int> counts;
    int total = 0;

    int count(JobStepState s) const { return counts.value(s); }
    // "done", "running", "paused", "interrupted", "cancelled"
    static QString stateKey(State state);
    static QString stateDisplayName(State state);
};

// The journal of bulk jobs: one SQLite file (Qt Sql) in the user's data folder, 0600 in a 0700 folder, like the
// activity log. A job's steps are written when it is created; a step is marked Sending and committed (synchronous
// FULL) before its request may leave, and gets its final state when the pipeline reports the outcome. A process
// running a job holds a lock file beside the journal (QLockFile: gone with the process, even after SIGKILL), so
// a Running job without it was interrupted.
//
// Failures return false / nullopt / empty and set errorString() (translated). One instance per thread.
class JobJournal final
{
    Q_DECLARE_TR_FUNCTIONS(nd::JobJournal)

public:
    // <GenericDataLocation>/numberdesk/jobs.sqlite
    static QString defaultPath();

    explicit JobJournal(const QString &filePath = defaultPath());
    ~JobJournal();
    Q_DISABLE_COPY_MOVE(JobJournal)

    QString filePath() const { return m_filePath; }
    bool open();
    QString errorString() const { return m_errorString; }

    // Stores a new job (state Running) and its steps in one transaction; its id, or "" on failure.
    QString create(const JobSpec &spec, const QString &profile, const QString &projectId, const QList<JobStep> &steps);
    bool setState(const QString &jobId, JobInfo::State state);
    // Writes a step's state, subject, detail, record id, mayRetry and runs (committed before returning).
    bool writeStep(const QString &jobId, const JobStep &step);
    // Adds steps at the end (a rent searching again as numbers run out).
    bool appendSteps(const QString &jobId, const QList<JobStep> &steps);

    std::optional<JobInfo> job(const QString &jobId) const;
    // Newest first.
    QList<JobInfo> jobs(int limit = 50) const;
    QList<JobStep> steps(const QString &jobId) const;
    // Jobs a crash or a kill left behind: Running (or with a step Sending) and not held by a live process.
    QList<JobInfo> interruptedJobs() const;

    // Takes the job's lock for this process; false when another live process holds it.
    bool lock(const QString &jobId);
    void unlock(const QString &jobId);
    bool isLockedElsewhere(const QString &jobId) const;

    static constexpr int SchemaVersion = 1;

private:
    QSqlDatabase database() const;
    bool fail(const QString &message) const;
    bool migrate();
    QString lockPath(const QString &jobId) const;
    std::optional<JobInfo> readJob(const QString &where, const QString &value) const;
    void fillCounts(JobInfo *info) const;

    QString m_filePath;
    QString m_connectionName;
    mutable QString m_errorString;
    bool m_open = false;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};

} // namespace nd
