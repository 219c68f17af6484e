// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobjournal.h"

#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace nd {

namespace {

// PRAGMA application_id: "NDJB" (NumberDesk jobs).
constexpr qint64 ApplicationId = 0x4E444A42;

std::atomic<quint64> s_connectionCounter{0};

const char *const kCreateStatements[] = {
    "CREATE TABLE jobs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, spec BLOB NOT NULL,"
    " profile TEXT NOT NULL, project_id TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE steps (job_id TEXT NOT NULL REFERENCES jobs (id), idx INTEGER NOT NULL,"
    " phone_number TEXT NOT NULL, state TEXT NOT NULL, subject BLOB NOT NULL, detail TEXT NOT NULL,"
    " record_id INTEGER NOT NULL, may_retry INTEGER NOT NULL, runs INTEGER NOT NULL, PRIMARY KEY (job_id, idx))",
};

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString storedState(JobInfo::State state)
{
    switch (state) {
    case JobInfo::State::Paused:
        return QStringLiteral("paused");
    case JobInfo::State::Cancelled:
        return QStringLiteral("cancelled");
    case JobInfo::State::Done:
        return QStringLiteral("done");
    case JobInfo::State::Running:
    case JobInfo::State::Interrupted:
        break;
    }
    return QStringLiteral("running");
}

JobInfo::State stateFromStored(const QString &key)
{
    if (key == QLatin1String("paused")) {
        return JobInfo::State::Paused;
    }
    if (key == QLatin1String("cancelled")) {
        return JobInfo::State::Cancelled;
    }
    if (key == QLatin1String("done")) {
        return JobInfo::State::Done;
    }
    return JobInfo::State::Running;
}

QString newJobId()
{
    // Sortable by creation time, unique enough for one user's jobs, easy to type: 20261206-034512-7f3a.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString JobInfo::stateKey(State state)
{
    if (state == State::Interrupted) {
        return QStringLiteral("interrupted");
    }
    return storedState(state);
}

QString JobInfo::stateDisplayName(State state)
{
    switch (state) {
    case State::Running:
        return JobJournal::tr("Running");
    case State::Paused:
        return JobJournal::tr("Paused");
    case State::Interrupted:
        return JobJournal::tr("Interrupted");
    case State::Cancelled:
        return JobJournal::tr("Cancelled");
    case State::Done:
        break;
    }
    return JobJournal::tr("Finished");
}

QString JobJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/numberdesk/jobs.sqlite");
}

JobJournal::JobJournal(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("numberdesk-jobs-%1").arg(++s_connectionCounter))
{
}

JobJournal::~JobJournal()
{
    for (const auto &lockFile : std::as_const(m_locks)) {
        lockFile->unlock();
    }
    m_locks.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase JobJournal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool JobJournal::fail(const QString &message) const
{
    m_errorString = message;
    return false;
}

bool JobJournal::open()
{
    if (m_open) {
        return true;
    }
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath()) || !PrivateFiles::ensureFile(m_filePath)) {
        return fail(tr("Cannot create the job journal %1.").arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(tr("Cannot open the job journal %1: %2").arg(path, db.lastError().text()));
    }
    QSqlQuery q(db);
    // FULL: a step marked Sending is on disk before its request leaves, even across a power loss.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        return fail(tr("Cannot open the job journal %1: %2").arg(path, q.lastError().text()));
    }
    m_open = migrate();
    return m_open;
}

bool JobJournal::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(tr("Cannot open the job journal %1: %2").arg(path, q.lastError().text()));
    }
    const auto rollback = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return rollback(tr("Cannot read the job journal %1: %2").arg(path, q.lastError().text()));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return rollback(tr("Cannot read the job journal %1: %2").arg(path, q.lastError().text()));
    }
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (version > SchemaVersion) {
        return rollback(tr("The job journal %1 was written by a newer version of NumberDesk.").arg(path));
    }
    if (version > 0 && appId != ApplicationId) {
        return rollback(tr("%1 is not a NumberDesk job journal. The file was left unchanged.").arg(path));
    }
    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next() || q.value(0).toInt() != 0) {
            return rollback(tr("%1 is not a NumberDesk job journal. The file was left unchanged.").arg(path));
        }
        q.finish();
        for (const char *sql : kCreateStatements) {
            if (!q.exec(QString::fromLatin1(sql))) {
                return rollback(tr("Cannot write the job journal %1: %2").arg(path, q.lastError().text()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
            || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
            return rollback(tr("Cannot write the job journal %1: %2").arg(path, q.lastError().text()));
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(tr("Cannot write the job journal %1: %2").arg(path, q.lastError().text()));
    }
    return true;
}

QString JobJournal::create(const JobSpec &spec, const QString &profile, const QString &projectId,
                           const QList<JobStep> &steps)
{
    if (!open()) {
        return {};
    }
    QSqlDatabase db = database();
    const QString id = newJobId();
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    if (!db.transaction()) {
        fail(tr("Cannot write the job journal: %1").arg(db.lastError().text()));
        return {};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO jobs (id, kind, state, spec, profile, project_id, created_at, updated_at)"
                             " VALUES (?, ?, 'running', ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(JobKinds::key(spec.kind));
    q.addBindValue(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(profile.isNull() ? QString(QLatin1String("")) : profile);
    q.addBindValue(projectId.isNull() ? QString(QLatin1String("")) : projectId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        db.rollback();
        fail(tr("Cannot write the job journal: %1").arg(q.lastError().text()));
        return {};
    }
    if (!appendSteps(id, steps)) {
        db.rollback();
        return {};
    }
    if (!db.commit()) {
        fail(tr("Cannot write the job journal: %1").arg(db.lastError().text()));
        return {};
    }
    return id;
}

bool JobJournal::appendSteps(const QString &jobId, const QList<JobStep> &steps)
{
    if (!open()) {
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO steps (job_id, idx, phone_number, state, subject, detail, record_id,"
                             " may_retry, runs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const JobStep &step : steps) {
        q.addBindValue(jobId);
        q.addBindValue(step.index);
        q.addBindValue(step.phoneNumber);
        q.addBindValue(JobKinds::key(step.state));
        q.addBindValue(QJsonDocument(step.subject).toJson(QJsonDocument::Compact));
        q.addBindValue(step.detail.isNull() ? QString(QLatin1String("")) : step.detail);
        q.addBindValue(step.recordId);
        q.addBindValue(step.mayRetry ? 1 : 0);
        q.addBindValue(step.runs);
        if (!q.exec()) {
            return fail(tr("Cannot write the job journal: %1").arg(q.lastError().text()));
        }
    }
    return true;
}

bool JobJournal::setState(const QString &jobId, JobInfo::State state)
{
    if (!open()) {
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(storedState(state));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(jobId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return fail(tr("Cannot write the job journal: %1").arg(q.lastError().text()));
    }
    return true;
}

bool JobJournal::writeStep(const QString &jobId, const JobStep &step)
{
    if (!open()) {
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE steps SET state = ?, subject = ?, detail = ?, record_id = ?, may_retry = ?,"
                             " runs = ? WHERE job_id = ? AND idx = ?"));
    q.addBindValue(JobKinds::key(step.state));
    q.addBindValue(QJsonDocument(step.subject).toJson(QJsonDocument::Compact));
    q.addBindValue(step.detail.isNull() ? QString(QLatin1String("")) : step.detail);
    q.addBindValue(step.recordId);
    q.addBindValue(step.mayRetry ? 1 : 0);
    q.addBindValue(step.runs);
    q.addBindValue(jobId);
    q.addBindValue(step.index);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return fail(tr("Cannot write the job journal: %1").arg(q.lastError().text()));
    }
    return true;
}

void JobJournal::fillCounts(JobInfo *info) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT state, count(*) FROM steps WHERE job_id = ? GROUP BY state"));
    q.addBindValue(info->id);
    if (!q.exec()) {
        return;
    }
    while (q.next()) {
        const auto state = JobKinds::stepStateFromKey(q.value(0).toString());
        const int n = q.value(1).toInt();
        info->counts[state.value_or(JobStepState::Unknown)] += n;
        info->total += n;
    }
    const bool sending = info->count(JobStepState::Sending) > 0;
    if ((info->state == JobInfo::State::Running || (info->state == JobInfo::State::Paused && sending))
        && !isLockedElsewhere(info->id) && !m_locks.contains(info->id)) {
        info->state = JobInfo::State::Interrupted;
    }
}

std::optional<JobInfo> JobJournal::readJob(const QString &where, const QString &value) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, spec, state, profile, project_id, created_at, updated_at FROM jobs ")
              + where);
    q.addBindValue(value);
    if (!q.exec()) {
        fail(tr("Cannot read the job journal: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    JobInfo info;
    info.id = q.value(0).toString();
    const auto spec = JobSpec::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    if (!spec) {
        fail(tr("Job %1 was written by a newer version of NumberDesk.").arg(info.id));
        return std::nullopt;
    }
    info.spec = *spec;
    info.state = stateFromStored(q.value(2).toString());
    info.profile = q.value(3).toString();
    info.projectId = q.value(4).toString();
    info.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    info.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    fillCounts(&info);
    return info;
}

std::optional<JobInfo> JobJournal::job(const QString &jobId) const
{
    if (!const_cast<JobJournal *>(this)->open()) {
        return std::nullopt;
    }
    return readJob(QStringLiteral("WHERE id = ?"), jobId);
}

QList<JobInfo> JobJournal::jobs(int limit) const
{
    QList<JobInfo> out;
    if (!const_cast<JobJournal *>(this)->open()) {
        return out;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM jobs ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the job journal: %1").arg(q.lastError().text()));
        return out;
    }
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    for (const QString &id : std::as_const(ids)) {
        if (auto info = job(id)) {
            out.append(*info);
        }
    }
    return out;
}

QList<JobInfo> JobJournal::interruptedJobs() const
{
    QList<JobInfo> out;
    for (const JobInfo &info : jobs(200)) {
        if (info.state == JobInfo::State::Interrupted) {
            out.append(info);
        }
    }
    return out;
}

QList<JobStep> JobJournal::steps(const QString &jobId) const
{
    QList<JobStep> out;
    if (!const_cast<JobJournal *>(this)->open()) {
        return out;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT idx, phone_number, state, subject, detail, record_id, may_retry, runs"
                             " FROM steps WHERE job_id = ? ORDER BY idx"));
    q.addBindValue(jobId);
    if (!q.exec()) {
        fail(tr("Cannot read the job journal: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        JobStep step;
        step.index = q.value(0).toInt();
        step.phoneNumber = q.value(1).toString();
        step.state = JobKinds::stepStateFromKey(q.value(2).toString()).value_or(JobStepState::Unknown);
        step.subject = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        step.detail = q.value(4).toString();
        step.recordId = q.value(5).toLongLong();
        step.mayRetry = q.value(6).toInt() != 0;
        step.runs = q.value(7).toInt();
        out.append(step);
    }
    return out;
}

QString JobJournal::lockPath(const QString &jobId) const
{
    return m_filePath + QLatin1Char('.') + jobId + QLatin1String(".lock");
}

bool JobJournal::lock(const QString &jobId)
{
    if (m_locks.contains(jobId)) {
        return true;
    }
    auto lockFile = std::make_shared<QLockFile>(lockPath(jobId));
    lockFile->setStaleLockTime(0); // stale only when its process is gone, however long a job runs
    if (!lockFile->tryLock(0)) {
        return fail(tr("Job %1 is being run by another NumberDesk process.").arg(jobId));
    }
    m_locks.insert(jobId, lockFile);
    return true;
}

void JobJournal::unlock(const QString &jobId)
{
    if (auto lockFile = m_locks.take(jobId)) {
        lockFile->unlock();
    }
}

bool JobJournal::isLockedElsewhere(const QString &jobId) const
{
    if (m_locks.contains(jobId)) {
        return false;
    }
    QLockFile probe(lockPath(jobId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace nd
