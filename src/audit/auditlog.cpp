// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The activity log's one SQLite file: opening it safely (private, schema check, concurrent first use), writing
// and completing records, and the queries the Activity view and `numberdesk-cli activity` run. Cohesive: every
// function works on the same schema and connection rules. (Its size is noted in issue 17's closing note.)
#include "auditlog.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <utility>

#ifndef NUMBERDESK_VERSION
#define NUMBERDESK_VERSION ""
#endif

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcAudit, "numberdesk.audit")

// PRAGMA application_id: "NDAL" (NumberDesk Activity Log). A database with another id is someone else's.
constexpr qint64 ApplicationId = 0x4E44414C;

std::atomic<quint64> s_connectionCounter{0};

const QLatin1String
    SelectColumns("id, started_at, finished_at, client, app_version, profile, project_id, operation, numbers, summary, "
                  "currency, setup_price, monthly_price, payment_interval_months, outcome, detail, settled_at, "
                  "job_id, changes");

const QLatin1String PendingKey("pending");

// Schema migrations: entry N-1 brings a database from user_version N-1 to N. Never edit a released entry;
// append a new one and bump AuditLog::SchemaVersion.
QStringList migrationStatements(int toVersion)
{
    if (toVersion == 1) {
        return {
            QStringLiteral("CREATE TABLE actions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " client TEXT NOT NULL,"
                           " app_version TEXT NOT NULL DEFAULT '',"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " project_id TEXT NOT NULL DEFAULT '',"
                           " operation TEXT NOT NULL,"
                           " numbers TEXT NOT NULL DEFAULT '[]',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " currency TEXT,"
                           " setup_price TEXT,"
                           " monthly_price TEXT,"
                           " payment_interval_months INTEGER,"
                           " outcome TEXT NOT NULL DEFAULT 'pending',"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " CHECK ((outcome = 'pending') = (finished_at IS NULL)))"),
            QStringLiteral("CREATE INDEX actions_started_at ON actions (started_at)"),
            QStringLiteral("CREATE INDEX actions_operation ON actions (operation)"),
            QStringLiteral("CREATE INDEX actions_pending ON actions (id) WHERE outcome = 'pending'"),
            // Append-only, enforced by the database itself: nothing is deleted, and the only change allowed
            // is finishing a pending record (outcome, finished_at, detail, and numbers if there were none).
            QStringLiteral("CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions"
                           " BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER actions_finish_once BEFORE UPDATE ON actions"
                           " WHEN OLD.outcome <> 'pending' OR NEW.outcome = 'pending'"
                           " OR NEW.id IS NOT OLD.id OR NEW.started_at IS NOT OLD.started_at"
                           " OR NEW.client IS NOT OLD.client OR NEW.app_version IS NOT OLD.app_version"
                           " OR NEW.profile IS NOT OLD.profile OR NEW.project_id IS NOT OLD.project_id"
                           " OR NEW.operation IS NOT OLD.operation OR NEW.summary IS NOT OLD.summary"
                           " OR NEW.currency IS NOT OLD.currency OR NEW.setup_price IS NOT OLD.setup_price"
                           " OR NEW.monthly_price IS NOT OLD.monthly_price"
                           " OR NEW.payment_interval_months IS NOT OLD.payment_interval_months"
                           " OR (OLD.numbers <> '[]' AND NEW.numbers IS NOT OLD.numbers)"
                           " BEGIN SELECT RAISE(ABORT, 'finished activity records cannot change'); END"),
        };
    }
    if (toVersion == 2) {
        // Version 2: one outcome vocabulary (done, not_done, done_by_other, unknown), the job a record belongs
        // to, what it changes field by field, and the settling of an unknown outcome by a later check.
        return {
            QStringLiteral("ALTER TABLE actions ADD COLUMN settled_at TEXT"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN job_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN changes TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("CREATE INDEX actions_job ON actions (job_id) WHERE job_id <> ''"),
            QStringLiteral("DROP TRIGGER actions_finish_once"),
            // Allowed: finishing a pending record (its numbers and price may be filled in then, when they were
            // not known at the start), and settling an unknown outcome once. Nothing else ever changes.
            QStringLiteral("CREATE TRIGGER actions_finish_once BEFORE UPDATE ON actions"
                           " WHEN NOT ("
                           "   (OLD.outcome = 'pending' AND NEW.outcome <> 'pending' AND NEW.settled_at IS NULL)"
                           "   OR (OLD.outcome = 'unknown' AND OLD.settled_at IS NULL AND NEW.settled_at IS NOT NULL"
                           "       AND NEW.outcome IN ('done', 'not_done', 'done_by_other')"
                           "       AND NEW.finished_at IS OLD.finished_at AND NEW.numbers IS OLD.numbers))"
                           " OR NEW.id IS NOT OLD.id OR NEW.started_at IS NOT OLD.started_at"
                           " OR NEW.client IS NOT OLD.client OR NEW.app_version IS NOT OLD.app_version"
                           " OR NEW.profile IS NOT OLD.profile OR NEW.project_id IS NOT OLD.project_id"
                           " OR NEW.operation IS NOT OLD.operation OR NEW.summary IS NOT OLD.summary"
                           " OR NEW.job_id IS NOT OLD.job_id OR NEW.changes IS NOT OLD.changes"
                           " OR (OLD.currency IS NOT NULL AND (NEW.currency IS NOT OLD.currency"
                           "     OR NEW.setup_price IS NOT OLD.setup_price OR NEW.monthly_price IS NOT OLD.monthly_price"
                           "     OR NEW.payment_interval_months IS NOT OLD.payment_interval_months))"
                           " OR (OLD.numbers <> '[]' AND NEW.numbers IS NOT OLD.numbers)"
                           " BEGIN SELECT RAISE(ABORT, 'finished activity records cannot change'); END"),
        };
    }
    return {};
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// SQLite stores a null QString as NULL; the NOT NULL text columns want ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString numbersJson(const QStringList &numbers)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(numbers)).toJson(QJsonDocument::Compact));
}

QStringList numbersFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray()) {
        return json.isEmpty() ? QStringList() : QStringList{json};
    }
    QStringList numbers;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        numbers.append(value.toString());
    }
    return numbers;
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

AuditRecord recordFromQuery(const QSqlQuery &query)
{
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.startedAt = parseTimestamp(query.value(1));
    record.finishedAt = parseTimestamp(query.value(2));
    record.client = query.value(3).toString();
    record.appVersion = query.value(4).toString();
    record.profile = query.value(5).toString();
    record.projectId = query.value(6).toString();
    record.operation = query.value(7).toString();
    record.numbers = numbersFromJson(query.value(8).toString());
    record.summary = query.value(9).toString();
    record.cost.currencyCode = query.value(10).toString();
    record.cost.setupPrice = query.value(11).toString();
    record.cost.monthlyPrice = query.value(12).toString();
    record.cost.paymentIntervalMonths = query.value(13).toInt();
    record.outcome = query.value(14).toString();
    record.detail = query.value(15).toString();
    record.settledAt = parseTimestamp(query.value(16));
    record.jobId = query.value(17).toString();
    record.changes = FieldChange::fromJson(QJsonDocument::fromJson(query.value(18).toString().toUtf8()).array());
    return record;
}

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereClause(const AuditFilter &filter)
{
    QStringList conditions;
    WhereClause clause;
    // Timestamps are stored as fixed-width UTC ISO text, so text comparison is time order.
    if (filter.since.isValid()) {
        conditions.append(QStringLiteral("started_at >= ?"));
        clause.values.append(timestamp(filter.since));
    }
    if (filter.until.isValid()) {
        conditions.append(QStringLiteral("started_at < ?"));
        clause.values.append(timestamp(filter.until));
    }
    if (filter.operation) {
        conditions.append(QStringLiteral("operation = ?"));
        clause.values.append(ActionKinds::key(*filter.operation));
    }
    if (filter.pendingOnly) {
        conditions.append(QStringLiteral("outcome = 'pending'"));
    } else if (filter.outcome) {
        if (*filter.outcome == OutcomeKind::NotDone) {
            // Logs written before version 2 said "failed" or "cancelled" for what is now "not done".
            conditions.append(QStringLiteral("outcome IN (?, 'failed', 'cancelled')"));
        } else {
            conditions.append(QStringLiteral("outcome = ?"));
        }
        clause.values.append(ActionKinds::key(*filter.outcome));
    }
    if (!filter.jobId.isEmpty()) {
        conditions.append(QStringLiteral("job_id = ?"));
        clause.values.append(filter.jobId);
    }
    if (!filter.profile.isEmpty()) {
        conditions.append(QStringLiteral("profile = ?"));
        clause.values.append(filter.profile);
    }
    if (!filter.number.isEmpty()) {
        // numbers holds a JSON array; match the number as one complete JSON string token.
        const QString array = numbersJson({filter.number});
        const QString token = array.mid(1, array.size() - 2);
        conditions.append(QStringLiteral("numbers LIKE ? ESCAPE '\\'"));
        clause.values.append(QString(QLatin1Char('%') + likeEscaped(token) + QLatin1Char('%')));
    }
    if (!conditions.isEmpty()) {
        clause.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
    return clause;
}

// Runs `sql` (positioned on its first row, if it returns any), trying again for up to 10 s while the database is
// busy or locked. The connection's busy timeout covers most waits, but SQLite returns SQLITE_BUSY at once in
// some cases: a journal mode change, and the moment another process recovers the WAL of a writer that was
// killed (several NumberDesk processes start at once after a crash).
bool execWaitingForLocks(QSqlQuery &query, const QString &sql)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (query.exec(sql) && (!query.isSelect() || query.next())) {
            return true;
        }
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff; // extended codes included
        if ((code != 5 && code != 6) || waited.elapsed() > 10000) { // SQLITE_BUSY, SQLITE_LOCKED
            return false;
        }
        query.finish();
        QThread::msleep(10);
    }
}

bool writeAll(QIODevice *device, const QByteArray &data)
{
    return device->write(data) == data.size();
}

} // namespace

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/numberdesk/audit.sqlite");
}

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("numberdesk-audit-%1").arg(++s_connectionCounter))
{}

AuditLog::~AuditLog()
{
    close();
}

void AuditLog::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime AuditLog::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QSqlDatabase AuditLog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AuditLog::fail(const QString &message) const
{
    m_errorString = message;
    qCWarning(lcAudit) << "audit log" << m_filePath << ":" << message;
    return false;
}

bool AuditLog::isOpen() const
{
    return m_open;
}

void AuditLog::close()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool AuditLog::open()
{
    if (m_open) {
        return true;
    }
    m_errorString.clear();
    if (m_filePath.isEmpty()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "No file name was given for the activity log."));
    }

    const QFileInfo info(m_filePath);
    const QString folder = info.absolutePath();
    if (!info.exists()) {
        if (!PrivateFiles::ensureFolder(folder)) {
            return fail(QCoreApplication::translate("nd::AuditLog", "Cannot create the folder %1 for the activity log.")
                            .arg(nativePath(folder)));
        }
        if (!QFileInfo(folder).isWritable()) {
            return fail(QCoreApplication::translate("nd::AuditLog",
                                                    "Cannot create the activity log %1: the folder %2 is read-only.")
                            .arg(nativePath(m_filePath), nativePath(folder)));
        }
    } else {
        if (info.isDir()) {
            return fail(QCoreApplication::translate("nd::AuditLog", "%1 is a folder, not an activity log.")
                            .arg(nativePath(m_filePath)));
        }
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                            .arg(nativePath(m_filePath), file.errorString()));
        }
        // Check the header ourselves before SQLite touches the file: anything that is not an SQLite database
        // is reported and left exactly as it is (it may be the user's only copy of something).
        const QByteArray header = file.read(16);
        file.close();
        if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0")) {
            return fail(QCoreApplication::translate("nd::AuditLog",
                                                    "%1 is not a NumberDesk activity log (it is not an SQLite "
                                                    "database). The file was left unchanged: move it away or "
                                                    "choose another file to keep a new log.")
                            .arg(nativePath(m_filePath)));
        }
        if (!info.isWritable() || !QFileInfo(folder).isWritable()) {
            return fail(QCoreApplication::translate("nd::AuditLog",
                                                    "Cannot write to the activity log %1: the file or its folder is "
                                                    "read-only.")
                            .arg(nativePath(m_filePath)));
        }
    }

    // The log is the user's private business (numbers, prices, names): 0600, created before SQLite writes.
    if (!PrivateFiles::ensureFile(m_filePath)) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot create the activity log %1.")
                        .arg(nativePath(m_filePath)));
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "Cannot open the activity log: the Qt SQLite driver (QSQLITE) is "
                                                "not installed."));
    }

    m_open = openDatabase();
    if (!m_open) {
        close();
    }
    return m_open;
}

bool AuditLog::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    // The app and the CLI may write at the same moment: wait for the other writer instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot open the activity log %1: %2")
                        .arg(nativePath(m_filePath), db.lastError().text()));
    }

    QSqlQuery query(db);
    // Reading the header first: a damaged file fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "%1 is not a usable activity log: %2. The file was left unchanged.")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    }
    const qint64 applicationId = query.value(0).toLongLong();
    if (applicationId != 0 && applicationId != ApplicationId) {
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "%1 is an SQLite database of another program, not a NumberDesk "
                                                "activity log. The file was left unchanged.")
                        .arg(nativePath(m_filePath)));
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok")) {
        const QString problem = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "The activity log %1 is damaged (%2). The file was left unchanged.")
                        .arg(nativePath(m_filePath), problem));
    }
    query.finish();
    // Refuse someone else's database, or a newer format, before the WAL switch below writes to the header.
    // migrate() checks again inside its write transaction, in case another program created the file meanwhile.
    if (!checkOwnership(applicationId)) {
        return false;
    }

    // WAL: a crash mid-write never damages committed records, and readers do not block the writer.
    // synchronous=FULL: a record is on disk (not only in the OS cache) when begin()/finish() return.
    // Switching a new file to WAL needs it alone for a moment, and SQLite does not wait for that (no busy
    // handler): when another process is opening the same log at this instant, it is tried again for a while.
    const bool walOn = execWaitingForLocks(query, QStringLiteral("PRAGMA journal_mode=WAL"))
        && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!walOn) {
        const QString problem =
            query.lastError().isValid()
                ? query.lastError().text()
                : QCoreApplication::translate("nd::AuditLog", "write-ahead logging is not available");
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot write to the activity log %1: %2")
                        .arg(nativePath(m_filePath), problem));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot open the activity log %1: %2")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    }
    return migrate();
}

bool AuditLog::checkOwnership(qint64 applicationId, std::optional<int> knownVersion)
{
    QSqlQuery query(database());
    const auto readError = [&]() {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    };
    // Inside migrate() the caller holds the write lock and passes what it read. Otherwise every value is read in
    // one read transaction: another process creating the same new log at this moment commits its schema, version
    // and id together, and this check must see either all of them or none.
    const bool ownTransaction = !knownVersion;
    if (ownTransaction && !query.exec(QStringLiteral("BEGIN"))) {
        return readError();
    }
    const auto endTransaction = [&]() {
        if (ownTransaction) {
            QSqlQuery(database()).exec(QStringLiteral("COMMIT"));
        }
    };
    int version = 0;
    if (knownVersion) {
        version = *knownVersion;
    } else {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            endTransaction();
            return readError();
        }
        version = query.value(0).toInt();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            endTransaction();
            return readError();
        }
        applicationId = query.value(0).toLongLong();
        query.finish();
    }
    if (version > SchemaVersion) {
        endTransaction();
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "The activity log %1 was written by a newer version of NumberDesk "
                                                "(format %2; this version reads up to %3). Update NumberDesk to use "
                                                "it.")
                        .arg(nativePath(m_filePath))
                        .arg(version)
                        .arg(SchemaVersion));
    }
    if (version > 0 && applicationId == ApplicationId) {
        endTransaction();
        return true;
    }
    // No format version yet: acceptable only for a new, empty database.
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) ||
        !query.next()) {
        endTransaction();
        return readError();
    }
    const int objects = query.value(0).toInt();
    query.finish();
    endTransaction();
    if (objects != 0 || version != 0) {
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "%1 is an SQLite database of another program, not a NumberDesk "
                                                "activity log. The file was left unchanged.")
                        .arg(nativePath(m_filePath)));
    }
    return true;
}

bool AuditLog::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto failAndRollBack = [&](const QString &message) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };
    const auto writeError = [&](const QSqlQuery &failed) {
        return QCoreApplication::translate("nd::AuditLog", "Cannot write to the activity log %1: %2")
            .arg(nativePath(m_filePath), failed.lastError().text());
    };

    // IMMEDIATE: two programs opening a new log at once must not both create the schema.
    if (!execWaitingForLocks(query, QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(writeError(query));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failAndRollBack(writeError(query));
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (!checkOwnership(ApplicationId, version)) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    for (int target = version + 1; target <= SchemaVersion; ++target) {
        const QStringList statements = migrationStatements(target);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                return failAndRollBack(writeError(query));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target))) {
            return failAndRollBack(writeError(query));
        }
    }
    if (version < SchemaVersion && !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
        return failAndRollBack(writeError(query));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return failAndRollBack(writeError(query));
    }
    return true;
}

qint64 AuditLog::begin(const AuditAction &action)
{
    if (!m_open) {
        fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
        return -1;
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto writeFailed = [&]() -> qint64 {
        const QString message = QCoreApplication::translate("nd::AuditLog", "Cannot record the action in %1: %2")
                                    .arg(nativePath(m_filePath), query.lastError().text());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        fail(message);
        return -1;
    };

    if (!execWaitingForLocks(query, QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(QCoreApplication::translate("nd::AuditLog", "Cannot record the action in %1: %2")
                 .arg(nativePath(m_filePath), query.lastError().text()));
        return -1;
    }
    query.prepare(QStringLiteral("INSERT INTO actions (started_at, client, app_version, profile, project_id, "
                                 "operation, numbers, summary, currency, setup_price, monthly_price, "
                                 "payment_interval_months, outcome, detail, job_id, changes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', ?, ?)"));
    query.addBindValue(timestamp(now()));
    query.addBindValue(AuditKeys::key(action.client));
    query.addBindValue(text(QStringLiteral(NUMBERDESK_VERSION)));
    query.addBindValue(text(action.profile));
    query.addBindValue(text(action.projectId));
    query.addBindValue(ActionKinds::key(action.operation));
    query.addBindValue(numbersJson(action.numbers));
    query.addBindValue(text(redacted(action.summary)));
    query.addBindValue(optionalText(action.cost.currencyCode));
    query.addBindValue(optionalText(action.cost.setupPrice));
    query.addBindValue(optionalText(action.cost.monthlyPrice));
    query.addBindValue(action.cost.paymentIntervalMonths > 0 ? QVariant(action.cost.paymentIntervalMonths)
                                                             : QVariant());
    query.addBindValue(text(action.jobId));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(FieldChange::toJson(action.changes)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return writeFailed();
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return writeFailed();
    }
    return id;
}

bool AuditLog::finish(qint64 id, OutcomeKind outcome, const QString &detail, const QStringList &resultNumbers,
                      const AuditCost &resultCost)
{
    if (!m_open) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto failAndRollBack = [&](const QString &message) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };
    const auto writeError = [&]() {
        return QCoreApplication::translate("nd::AuditLog", "Cannot record the outcome in %1: %2")
            .arg(nativePath(m_filePath), query.lastError().text());
    };

    if (!execWaitingForLocks(query, QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(writeError());
    }
    query.prepare(QStringLiteral("SELECT outcome, numbers, currency FROM actions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return failAndRollBack(writeError());
    }
    if (!query.next()) {
        return failAndRollBack(QCoreApplication::translate("nd::AuditLog", "There is no activity record %1.").arg(id));
    }
    const QString current = query.value(0).toString();
    const QString storedNumbers = query.value(1).toString();
    const bool hasCost = !query.value(2).isNull();
    query.finish();
    if (current != PendingKey) {
        return failAndRollBack(QCoreApplication::translate("nd::AuditLog",
                                                           "Activity record %1 is already finished (%2): recorded "
                                                           "history cannot be changed.")
                                   .arg(id)
                                   .arg(AuditKeys::outcomeDisplayName(current)));
    }
    QString numbers = storedNumbers;
    if (!resultNumbers.isEmpty()) {
        const QStringList existing = numbersFromJson(storedNumbers);
        if (!existing.isEmpty() && existing != resultNumbers) {
            return failAndRollBack(QCoreApplication::translate("nd::AuditLog",
                                                               "Activity record %1 already names its numbers; "
                                                               "they cannot be changed.")
                                       .arg(id));
        }
        numbers = numbersJson(resultNumbers);
    }

    const bool setCost = !hasCost && !resultCost.isEmpty();
    query.prepare(QStringLiteral("UPDATE actions SET outcome = ?, finished_at = ?, detail = ?, numbers = ?")
                  + (setCost ? QStringLiteral(", currency = ?, setup_price = ?, monthly_price = ?, "
                                              "payment_interval_months = ?")
                             : QString())
                  + QStringLiteral(" WHERE id = ? AND outcome = 'pending'"));
    query.addBindValue(ActionKinds::key(outcome));
    query.addBindValue(timestamp(now()));
    query.addBindValue(text(redacted(detail)));
    query.addBindValue(numbers);
    if (setCost) {
        query.addBindValue(optionalText(resultCost.currencyCode));
        query.addBindValue(optionalText(resultCost.setupPrice));
        query.addBindValue(optionalText(resultCost.monthlyPrice));
        query.addBindValue(resultCost.paymentIntervalMonths > 0 ? QVariant(resultCost.paymentIntervalMonths)
                                                                : QVariant());
    }
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return failAndRollBack(writeError());
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return failAndRollBack(writeError());
    }
    return true;
}

bool AuditLog::settle(qint64 id, OutcomeKind outcome, const QString &detail)
{
    if (!m_open) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
    }
    if (outcome == OutcomeKind::Unknown) {
        return fail(QCoreApplication::translate("nd::AuditLog", "An unknown outcome can only be settled as known."));
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE actions SET outcome = ?, settled_at = ?, detail = ? "
                                 "WHERE id = ? AND outcome = 'unknown' AND settled_at IS NULL"));
    query.addBindValue(ActionKinds::key(outcome));
    query.addBindValue(timestamp(now()));
    query.addBindValue(text(redacted(detail)));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot record the outcome in %1: %2")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(QCoreApplication::translate("nd::AuditLog",
                                                "Activity record %1 has no unknown outcome to settle.")
                        .arg(id));
    }
    return true;
}

template<typename RowHandler> bool AuditLog::forEachRecord(const AuditFilter &filter, RowHandler &&handler) const
{
    if (!m_open) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
    }
    const WhereClause where = whereClause(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + SelectColumns + QLatin1String(" FROM actions") + where.sql +
                  QLatin1String(filter.newestFirst ? " ORDER BY id DESC" : " ORDER BY id ASC") +
                  QLatin1String(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    query.addBindValue(filter.limit > 0 ? filter.limit : -1);
    query.addBindValue(filter.offset > 0 ? filter.offset : 0);
    if (!query.exec()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    }
    while (query.next()) {
        if (!handler(recordFromQuery(query))) {
            return false;
        }
    }
    if (query.lastError().isValid()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                        .arg(nativePath(m_filePath), query.lastError().text()));
    }
    return true;
}

QList<AuditRecord> AuditLog::records(const AuditFilter &filter) const
{
    QList<AuditRecord> result;
    if (!forEachRecord(filter, [&result](AuditRecord record) {
            result.append(std::move(record));
            return true;
        })) {
        return {};
    }
    return result;
}

QList<AuditRecord> AuditLog::pendingRecords() const
{
    AuditFilter filter;
    filter.pendingOnly = true;
    filter.newestFirst = false;
    return records(filter);
}

std::optional<AuditRecord> AuditLog::record(qint64 id) const
{
    if (!m_open) {
        fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
        return std::nullopt;
    }
    QSqlQuery query(database());
    query.prepare(QLatin1String("SELECT ") + SelectColumns + QLatin1String(" FROM actions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                 .arg(nativePath(m_filePath), query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return recordFromQuery(query);
}

qint64 AuditLog::count(const AuditFilter &filter) const
{
    if (!m_open) {
        fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
        return -1;
    }
    const WhereClause where = whereClause(filter);
    QSqlQuery query(database());
    query.prepare(QLatin1String("SELECT count(*) FROM actions") + where.sql);
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        fail(QCoreApplication::translate("nd::AuditLog", "Cannot read the activity log %1: %2")
                 .arg(nativePath(m_filePath), query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool AuditLog::exportCsv(QIODevice *device, const AuditFilter &filter) const
{
    if (!device || !device->isWritable()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The export destination cannot be written to."));
    }
    const auto writeFailed = [&]() {
        return fail(
            QCoreApplication::translate("nd::AuditLog", "Cannot write the export: %1").arg(device->errorString()));
    };
    const auto csvLine = [](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields) {
            quoted.append(auditCsvField(field));
        }
        return (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
    };
    if (!writeAll(device, csvLine(AuditRecord::csvHeader()))) {
        return writeFailed();
    }
    bool writeOk = true;
    const bool readOk = forEachRecord(filter, [&](const AuditRecord &record) {
        writeOk = writeAll(device, csvLine(record.toCsvFields()));
        return writeOk;
    });
    if (!writeOk) {
        return writeFailed();
    }
    return readOk;
}

bool AuditLog::exportJson(QIODevice *device, const AuditFilter &filter) const
{
    if (!device || !device->isWritable()) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The export destination cannot be written to."));
    }
    const auto writeFailed = [&]() {
        return fail(
            QCoreApplication::translate("nd::AuditLog", "Cannot write the export: %1").arg(device->errorString()));
    };
    if (!writeAll(device, QByteArrayLiteral("["))) {
        return writeFailed();
    }
    bool first = true;
    bool writeOk = true;
    const bool readOk = forEachRecord(filter, [&](const AuditRecord &record) {
        const QByteArray separator = first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
        first = false;
        writeOk = writeAll(device, separator + QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
        return writeOk;
    });
    if (!writeOk || !writeAll(device, first ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"))) {
        return writeFailed();
    }
    return readOk;
}

bool AuditLog::checkIntegrity(QString *report) const
{
    if (!m_open) {
        return fail(QCoreApplication::translate("nd::AuditLog", "The activity log is not open."));
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (report) {
            *report = query.lastError().text();
        }
        return false;
    }
    QStringList lines;
    while (query.next()) {
        lines.append(query.value(0).toString());
    }
    if (report) {
        *report = lines.join(QLatin1Char('\n'));
    }
    return lines == QStringList{QStringLiteral("ok")};
}

QString AuditLog::redacted(const QString &text)
{
    // Nothing secret should ever reach the log (the API does not echo credentials in errors), but a detail
    // string is free text, so mask anything shaped like a credential rather than trust every caller.
    static const QRegularExpression authValue(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,})"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyValue(
        QStringLiteral(R"(\b(\w*(?:secret|token|password)\w*)("?\s*[:=]\s*"?)([^"\s,;&}]{8,}))"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(authValue, QStringLiteral("\\1 [redacted]"));
    result.replace(keyValue, QStringLiteral("\\1\\2[redacted]"));
    return result;
}

} // namespace nd
