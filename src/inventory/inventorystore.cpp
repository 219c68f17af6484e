// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorystore.h"
#include "inventorystore_p.h"

#include "jsonparsers.h"
#include "jsonwriters.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <atomic>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcStore, "numberdesk.inventory")

// PRAGMA application_id: "NDIN" (NumberDesk INventory).
constexpr qint64 ApplicationId = 0x4E44494E;

std::atomic<quint64> s_connectionCounter{0};

QDateTime parseTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString safeName(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('_');
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

const char *kCreateStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE syncs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,"
    " total INTEGER NOT NULL, added INTEGER NOT NULL, removed INTEGER NOT NULL, changed INTEGER NOT NULL,"
    " requests INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL)",
    // `numbers`: numbersTableStatement().
    // What each sync changed. sync_id NULL: a change NumberDesk made itself since the last sync (counted in the
    // next one). Added: no JSON (the number is in `numbers`); removed: the last JSON; changed: before and after.
    "CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, sync_id INTEGER, phone_number TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed')), old_json BLOB, new_json BLOB)",
    "CREATE INDEX changes_sync ON changes (sync_id, phone_number)",
};

// Schema 2: the binary image of the numbers (one row), and the content generation it was written for (meta).
const char *kVersion2Statements[] = {
    "CREATE TABLE image (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL, data BLOB NOT NULL)",
    "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', '1')",
};

// Schema 3: the image moved to a file beside the mirror; `image.data` holds that file's token (16 bytes) instead of
// the image, so a schema-2 image is dropped (the next read writes the file).
const char *kVersion3Statements[] = {
    "DELETE FROM image",
};

} // namespace

QString InventoryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/numberdesk/inventory");
}

QString InventoryStore::defaultPath(const QString &profile, const QString &projectId)
{
    return defaultFolder() + QLatin1Char('/') + safeName(profile) + QLatin1Char('-') + safeName(projectId)
        + QLatin1String(".sqlite");
}

QString InventoryStore::mirrorPathOverride(const QString &chosenPath, const QHash<QString, QString> &environment)
{
    return chosenPath.isEmpty() ? environment.value(QStringLiteral("NUMBERDESK_INVENTORY_DB")) : chosenPath;
}

QString InventoryStore::mirrorPath(const QString &chosenPath, const QHash<QString, QString> &environment,
                                   const QString &profile, const QString &projectId)
{
    const QString chosen = mirrorPathOverride(chosenPath, environment);
    return chosen.isEmpty() ? defaultPath(profile, projectId) : chosen;
}

InventoryStore::InventoryStore(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("numberdesk-inventory-%1").arg(++s_connectionCounter))
{
}

InventoryStore::~InventoryStore()
{
    close();
}

QSqlDatabase InventoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool InventoryStore::fail(const QString &message) const
{
    m_errorString = message;
    qCWarning(lcStore) << m_filePath << ":" << message;
    return false;
}

void InventoryStore::close()
{
    if (m_sync) {
        abortSync();
    }
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

bool InventoryStore::open()
{
    if (m_open) {
        return true;
    }
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath()) || !PrivateFiles::ensureFile(m_filePath)) {
        return fail(tr("Cannot create the inventory file %1.").arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(tr("Cannot open the inventory %1: %2").arg(path, db.lastError().text()));
    }
    QSqlQuery q(db);
    // Large pages, for a new file only (a file that has a header keeps the page size written in it): a sync writes
    // its whole inventory through the log, 70 MB per 100,000 numbers, and in pages of 64 KiB rather than 4 KiB its
    // per-page commits take half the time (docs/bench.md#inventory-sync). The price: a one-number change writes
    // whole pages too, about 0.7 ms instead of 0.2 ms, next to an API call of 100 ms or more.
    if (!q.exec(QStringLiteral("PRAGMA page_size=65536")) || !q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"))
        || !q.exec(QStringLiteral("PRAGMA page_size")) || !q.next()) {
        return fail(tr("Cannot open the inventory %1: %2").arg(path, q.lastError().text()));
    }
    // The log is checkpointed when it holds 16 MB, whatever the page size (SQLite counts pages: its default of
    // 1,000 would let it grow to 64 MB with large pages).
    const int pageSize = qMax(512, q.value(0).toInt());
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(qMax(64, (16 << 20) / pageSize)))) {
        return fail(tr("Cannot open the inventory %1: %2").arg(path, q.lastError().text()));
    }
    m_open = migrate();
    if (!m_open) {
        close();
    }
    return m_open;
}

bool InventoryStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const QString path = QDir::toNativeSeparators(m_filePath);
    // A mirror of the current schema needs no write: opening it never waits for another connection's write lock
    // (a sync committing elsewhere).
    if (q.exec(QStringLiteral("SELECT user_version, application_id FROM pragma_user_version, pragma_application_id"))
        && q.next() && q.value(0).toInt() == SchemaVersion && q.value(1).toLongLong() == ApplicationId) {
        return true;
    }
    q.finish();
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(tr("Cannot open the inventory %1: %2").arg(path, q.lastError().text()));
    }
    const auto rollback = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return rollback(tr("Cannot read the inventory %1: %2").arg(path, q.lastError().text()));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return rollback(tr("Cannot read the inventory %1: %2").arg(path, q.lastError().text()));
    }
    const qint64 appId = q.value(0).toLongLong();
    q.finish();
    if (version > SchemaVersion) {
        return rollback(tr("The inventory %1 was written by a newer version of NumberDesk.").arg(path));
    }
    if (version > 0 && appId != ApplicationId) {
        return rollback(tr("%1 is not a NumberDesk inventory. The file was left unchanged.").arg(path));
    }
    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next() || q.value(0).toInt() != 0) {
            return rollback(tr("%1 is not a NumberDesk inventory. The file was left unchanged.").arg(path));
        }
        q.finish();
        QStringList create = {numbersTableStatement(QStringLiteral("numbers"))};
        for (const char *sql : kCreateStatements) {
            create.append(QString::fromLatin1(sql));
        }
        for (const QString &sql : std::as_const(create)) {
            if (!q.exec(sql)) {
                return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
            return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
        }
    }
    if (version < 2) {
        for (const char *sql : kVersion2Statements) {
            if (!q.exec(QString::fromLatin1(sql))) {
                return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
            }
        }
    }
    if (version < 3) {
        for (const char *sql : kVersion3Statements) {
            if (!q.exec(QString::fromLatin1(sql))) {
                return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
            }
        }
    }
    if (version < SchemaVersion && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
        return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(tr("Cannot write the inventory %1: %2").arg(path, q.lastError().text()));
    }
    return true;
}

QString InventoryStore::numbersTableStatement(const QString &name)
{
    // The API object as received (UTF-8 JSON); a few columns for filters; the sync that first saw it and last
    // changed it. A rowid table: its rows are large, so the key lives in its own index.
    return QStringLiteral("CREATE TABLE %1 (phone_number TEXT PRIMARY KEY, json BLOB NOT NULL, region_code TEXT NOT NULL,"
                          " type TEXT NOT NULL, display_name TEXT NOT NULL, expire_at TEXT, first_seen INTEGER,"
                          " changed_in INTEGER)")
        .arg(name);
}

bool InventoryStore::insertRows(const QString &table, const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw)
{
    // In the caller's transaction.
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // A number already there keeps the syncs that first saw it and last changed it.
    q.prepare(QStringLiteral("INSERT INTO %1 (phone_number, json, region_code, type, display_name, expire_at) VALUES "
                             "(?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?) ON CONFLICT (phone_number) DO UPDATE SET "
                             "json = excluded.json, region_code = excluded.region_code, type = excluded.type, "
                             "display_name = excluded.display_name, expire_at = excluded.expire_at")
                  .arg(table));
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        bindNumberRow(q, numbers.at(i), storedJson(numbers, raw, i));
        if (!q.exec()) {
            return fail(tr("Cannot write the inventory: %1").arg(q.lastError().text()));
        }
    }
    return true;
}

bool InventoryStore::upsert(const ActiveNumber &number)
{
    if (!m_open && !open()) {
        return false;
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // One transaction: the generation is raised with the row it stands for, so a sync committed by another
    // connection can never come between them (and record an image that misses this number as current).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(tr("Cannot write the inventory: %1").arg(q.lastError().text()));
    }
    const auto failed = [&](const QString &error) {
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot write the inventory: %1").arg(error));
    };
    q.prepare(QStringLiteral("SELECT json FROM numbers WHERE phone_number = ?"));
    q.addBindValue(number.phoneNumber);
    if (!q.exec()) {
        return failed(q.lastError().text());
    }
    const bool existed = q.next();
    const QByteArray before = existed ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    const QByteArray after = QJsonDocument(json::toJson(number)).toJson(QJsonDocument::Compact);
    if (existed && jsonDifferences(parseStoredObject(before), parseStoredObject(after)).isEmpty()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // nothing to write
        return true;
    }
    if (!bumpGeneration(q)) { // the image no longer shows the mirror
        return failed(q.lastError().text());
    }
    if (!insertRows(QStringLiteral("numbers"), {number}, {after})) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    // A sync under way (of this process or another) swaps its own table in at its commit: the number goes there too,
    // or the commit would bring back what the server said before this change (or drop a number rented meanwhile).
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incoming'"))) {
        return failed(q.lastError().text());
    }
    const bool syncing = q.next();
    q.finish();
    if (syncing && !insertRows(QStringLiteral("incoming"), {number}, {after})) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (syncing) {
        // Before its page arrives (the page is then skipped), the number keeps the syncs of its mirror row.
        q.prepare(QStringLiteral("UPDATE incoming SET (first_seen, changed_in) = (SELECT first_seen, changed_in FROM "
                                 "numbers WHERE phone_number = ?) WHERE phone_number = ? AND first_seen IS NULL"));
        q.addBindValue(number.phoneNumber);
        q.addBindValue(number.phoneNumber);
        if (!q.exec()) {
            return failed(q.lastError().text());
        }
    }
    q.prepare(QStringLiteral("INSERT INTO changes (sync_id, phone_number, kind, old_json, new_json) VALUES (NULL, ?, ?, ?, ?)"));
    q.addBindValue(number.phoneNumber);
    q.addBindValue(existed ? QStringLiteral("changed") : QStringLiteral("added"));
    q.addBindValue(existed ? QVariant(before) : QVariant());
    q.addBindValue(existed ? QVariant(after) : QVariant());
    if (!q.exec()) {
        return failed(q.lastError().text());
    }
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        return failed(db.lastError().text());
    }
    return true;
}

namespace {

InventorySyncInfo syncFromQuery(const QSqlQuery &q)
{
    InventorySyncInfo s;
    s.id = q.value(0).toLongLong();
    s.startedAt = parseTimestamp(q.value(1));
    s.finishedAt = parseTimestamp(q.value(2));
    s.total = q.value(3).toLongLong();
    s.added = q.value(4).toLongLong();
    s.removed = q.value(5).toLongLong();
    s.changed = q.value(6).toLongLong();
    s.requests = q.value(7).toLongLong();
    s.elapsedMs = q.value(8).toLongLong();
    return s;
}

const QLatin1String SyncColumns("id, started_at, finished_at, total, added, removed, changed, requests, elapsed_ms");

} // namespace

QList<InventorySyncInfo> InventoryStore::syncs(int limit) const
{
    QList<InventorySyncInfo> out;
    if (!m_open) {
        return out;
    }
    QSqlQuery q(database());
    if (!q.exec(QLatin1String("SELECT ") + SyncColumns + QStringLiteral(" FROM syncs ORDER BY id DESC LIMIT %1").arg(limit))) {
        fail(tr("Cannot read the inventory: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        out.append(syncFromQuery(q));
    }
    return out;
}

std::optional<InventorySyncInfo> InventoryStore::lastSync() const
{
    const QList<InventorySyncInfo> last = syncs(1);
    return last.isEmpty() ? std::nullopt : std::optional<InventorySyncInfo>(last.first());
}

qint64 InventoryStore::count() const
{
    if (!m_open) {
        return -1;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM numbers")) || !q.next()) {
        fail(tr("Cannot read the inventory: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<ActiveNumber> InventoryStore::numbers() const
{
    QList<ActiveNumber> out;
    forEachNumber([&out](ActiveNumber &&n) {
        out.append(std::move(n));
        return true;
    });
    return out;
}

bool InventoryStore::forEachNumber(const std::function<bool(ActiveNumber &&)> &visit) const
{
    if (!m_open) {
        return false;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM numbers ORDER BY phone_number"))) {
        return fail(tr("Cannot read the inventory: %1").arg(q.lastError().text()));
    }
    while (q.next()) {
        Result<ActiveNumber> n = json::parseActiveNumber(q.value(0).toByteArray());
        if (n && !visit(n.takeValue())) {
            break;
        }
    }
    return true;
}

} // namespace nd
