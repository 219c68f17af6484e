// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// InventoryStore, the sync: a sync's numbers are written while its pages arrive, into `incoming`, a table shaped
// like `numbers`, each page in a short transaction of its own; the commit then swaps the two tables. (The store
// itself is in inventorystore.cpp.)
//
// Why not collect the sync elsewhere and copy it in at the end: copying 100,000 numbers (57 MB of JSON) into the
// file took 1.2 s after the last page, most of a sync over a slow network. Written page by page, the writing
// overlaps the network, and SQLite checkpoints the log as it grows instead of all at once. Why not one long
// transaction: it would hold the mirror's write lock for the whole sync, and the app's own writes (a number it just
// changed) would wait for it.
//
// Each number is compared with the mirror's row as it arrives: the change (added, or changed field by field) is
// written to `changes` under the id the sync's row will get (reserved: one sync at a time holds the lock file), so
// readers, who look changes up by the syncs they know, see none of it before the commit.
#include "inventorystore.h"
#include "inventorystore_p.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <array>

namespace nd {

namespace {

const QString Incoming = QStringLiteral("incoming");

} // namespace

bool InventoryStore::beginSync(bool buildImage)
{
    if (!m_open && !open()) {
        return false;
    }
    abortSync();
    // Beside the file itself, not beside a link to it: two paths to one mirror share one lock.
    const QString canonical = QFileInfo(m_filePath).canonicalFilePath();
    auto sync = std::make_unique<SyncState>((canonical.isEmpty() ? m_filePath : canonical) + QLatin1String(".sync-lock"));
    // Stale when the process that took it is gone (killed half-way), never by its age: a sync held back by rate
    // limits may take minutes. A lock left by a process on another machine (a shared folder) or in a container that
    // is gone stays; the message says which file to delete.
    sync->lock.setStaleLockTime(0);
    if (!sync->lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        sync->lock.getLockInfo(&pid, &host, &application);
        const QString lockPath = QDir::toNativeSeparators(sync->lockPath);
        if (sync->lock.error() == QLockFile::LockFailedError) {
            return fail(tr("Another sync of this inventory is running (process %1 on %2). Wait until it has finished; "
                           "if it is not running any more, delete %3.")
                            .arg(QString::number(pid), host.isEmpty() ? tr("this computer") : host, lockPath));
        }
        return fail(tr("Cannot start a sync of the inventory: cannot create %1.").arg(lockPath));
    }
    // It holds only a process id and host name, but files NumberDesk creates are the user's alone.
    QFile::setPermissions(sync->lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto failed = [&](const QString &error) {
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot start a sync of the inventory: %1").arg(error));
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(q.lastError().text());
    }
    // The id AUTOINCREMENT will give the sync's row: no other sync can take it while this one holds the lock.
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'syncs'), 0) + 1"))
        || !q.next()) {
        return failed(q.lastError().text());
    }
    sync->id = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM changes")) || !q.next()) {
        return failed(q.lastError().text());
    }
    sync->lastChangeBefore = q.value(0).toLongLong();
    q.finish();
    // What a sync killed half-way left behind.
    if (!q.exec(QStringLiteral("DELETE FROM changes WHERE sync_id >= %1 AND sync_id NOT IN (SELECT id FROM syncs)")
                    .arg(sync->id))
        || !q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Incoming))
        || !q.exec(numbersTableStatement(Incoming)) || !q.exec(QStringLiteral("COMMIT"))) {
        return failed(q.lastError().text());
    }
    sync->unchanged.emplace(db);
    sync->insert.emplace(db);
    sync->change.emplace(db);
    // The number's row, with the mirror's row of it looked up in the same statement: new (first seen and changed
    // by this sync), or kept (its first sync, and its last change unless the text differs).
    if (!sync->insert->prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (phone_number, json, region_code, type, display_name, "
                                              "expire_at, first_seen, changed_in) SELECT ?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?, CASE WHEN "
                                              "n.phone_number IS NULL THEN ? ELSE n.first_seen END, CASE WHEN "
                                              "n.phone_number IS NULL OR n.json <> ? THEN ? ELSE n.changed_in END FROM "
                                              "(SELECT 1) LEFT JOIN numbers n ON n.phone_number = ?")
                                   .arg(Incoming))
        || !sync->change->prepare(QStringLiteral("INSERT INTO changes (sync_id, phone_number, kind, old_json, new_json) "
                                                 "VALUES (?, ?, 'changed', ?, ?)"))
        || !sync->unchanged->prepare(QStringLiteral("UPDATE %1 SET changed_in = (SELECT changed_in FROM numbers WHERE "
                                                 "phone_number = ?) WHERE phone_number = ?")
                                      .arg(Incoming))) {
        const QString error = tr("Cannot start a sync of the inventory: %1")
                                  .arg((sync->insert->lastError().isValid() ? sync->insert->lastError()
                                        : sync->change->lastError().isValid() ? sync->change->lastError()
                                                                               : sync->unchanged->lastError())
                                           .text());
        m_sync = std::move(sync);
        abortSync();
        return fail(error);
    }
    if (buildImage) {
        sync->image.emplace();
    }
    m_sync = std::move(sync);
    return true;
}

bool InventoryStore::addNumbers(const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw)
{
    if (!m_sync) {
        return fail(tr("No sync of the inventory is in progress."));
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto failed = [&](const QSqlError &error) {
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot write the inventory: %1").arg(error.text()));
    };
    // One page, one short transaction: the mirror's lock is held for milliseconds.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(q.lastError());
    }
    // The page's rows are those after the last one so far (rowids grow; nothing is deleted from `incoming`).
    if (!q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(Incoming)) || !q.next()) {
        return failed(q.lastError());
    }
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    const QVariant id(m_sync->id);
    QSqlQuery &insert = *m_sync->insert;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const ActiveNumber &n = numbers.at(i);
        const QByteArray json = storedJson(numbers, raw, i);
        bindNumberRow(insert, n, json);
        insert.bindValue(6, id);
        insert.bindValue(7, json);
        insert.bindValue(8, id);
        insert.bindValue(9, n.phoneNumber);
        if (!insert.exec()) {
            return failed(insert.lastError());
        }
    }
    // What changed, for the page as a whole. Added: not in the mirror.
    const QString page = QStringLiteral("rowid > %1").arg(before);
    if (!q.exec(QStringLiteral("INSERT INTO changes (sync_id, phone_number, kind) SELECT %1, phone_number, 'added' "
                               "FROM %2 WHERE %3 AND first_seen = %1")
                    .arg(id.toString(), Incoming, page))) {
        return failed(q.lastError());
    }
    // Changed: only a text that differs is compared field by field. Formatting alone is no change: the new text
    // is kept quietly, with the sync that last changed the number.
    if (!q.exec(QStringLiteral("SELECT i.phone_number, n.json, i.json FROM %2 i JOIN numbers n ON n.phone_number = "
                               "i.phone_number WHERE i.%3 AND i.changed_in = %1 AND i.first_seen IS NOT %1")
                    .arg(id.toString(), Incoming, page))) {
        return failed(q.lastError());
    }
    QList<std::array<QByteArray, 3>> candidates;
    while (q.next()) {
        candidates.append({q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray()});
    }
    q.finish();
    QSqlQuery &change = *m_sync->change;
    QSqlQuery &unchanged = *m_sync->unchanged;
    for (const auto &[number, oldJson, newJson] : std::as_const(candidates)) {
        const QString phoneNumber = QString::fromUtf8(number);
        QSqlQuery &query = jsonDifferences(parseStoredObject(oldJson), parseStoredObject(newJson)).isEmpty() ? unchanged : change;
        if (&query == &change) {
            change.bindValue(0, id);
            change.bindValue(1, phoneNumber);
            change.bindValue(2, oldJson);
            change.bindValue(3, newJson);
        } else {
            unchanged.bindValue(0, phoneNumber);
            unchanged.bindValue(1, phoneNumber);
        }
        if (!query.exec()) {
            return failed(query.lastError());
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return failed(q.lastError());
    }
    if (m_sync->image) {
        for (const ActiveNumber &n : numbers) {
            m_sync->image->add(n);
        }
    }
    return true;
}

bool InventoryStore::dropIncoming(qint64 syncId)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))
        || !q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Incoming))
        || !q.exec(QStringLiteral("DELETE FROM changes WHERE sync_id >= %1 AND sync_id NOT IN (SELECT id FROM syncs)")
                       .arg(syncId))
        || !q.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void InventoryStore::abortSync()
{
    if (!m_sync) {
        return;
    }
    const std::unique_ptr<SyncState> sync = std::move(m_sync);
    sync->unchanged.reset();
    sync->insert.reset();
    sync->change.reset();
    // When this fails (the file is gone, or locked for longer than the busy timeout) the next sync drops the table.
    dropIncoming(sync->id);
}

void InventoryStore::abandonSync()
{
    // The lock is released; the table stays until the next sync drops it.
    m_sync.reset();
}

std::optional<InventorySyncInfo> InventoryStore::commitSync(const QDateTime &startedAt, qint64 requests,
                                                           const QByteArray &image, qint64 imageCount)
{
    if (!m_sync) {
        fail(tr("No sync of the inventory is in progress."));
        return std::nullopt;
    }
    // Statements still prepared on `incoming` would keep it from being renamed.
    m_sync->unchanged.reset();
    m_sync->insert.reset();
    m_sync->change.reset();
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto failed = [&](const QString &what) {
        const QString error = tr("Cannot save the sync of the inventory: %1").arg(what);
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        abortSync();
        fail(error);
        return std::nullopt;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failed(q.lastError().text());
    }
    // The id reserved at the start must still be the next one (a NumberDesk without the lock file, or one that
    // reached the mirror by another path, could have taken it).
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'syncs'), 0) + 1"))
        || !q.next()) {
        return failed(q.lastError().text());
    }
    if (q.value(0).toLongLong() != m_sync->id) {
        return failed(tr("another program saved a sync of this inventory meanwhile."));
    }
    q.finish();
    InventorySyncInfo info;
    info.id = m_sync->id;
    info.startedAt = startedAt.toUTC();
    info.finishedAt = QDateTime::currentDateTimeUtc();
    info.requests = requests;
    info.elapsedMs = info.startedAt.msecsTo(info.finishedAt);
    const QString id = QString::number(info.id);
    q.prepare(QStringLiteral("INSERT INTO syncs (id, started_at, finished_at, total, added, removed, changed, requests, "
                             "elapsed_ms) VALUES (?, ?, ?, 0, 0, 0, 0, ?, ?)"));
    q.addBindValue(info.id);
    q.addBindValue(storeTimestamp(info.startedAt));
    q.addBindValue(storeTimestamp(info.finishedAt));
    q.addBindValue(requests);
    q.addBindValue(info.elapsedMs);
    if (!q.exec()) {
        return failed(q.lastError().text());
    }
    // NumberDesk's own changes made during the sync are in the table (upsert writes it too), but not in the image,
    // which was built from the pages: then no image is recorded, and the next read writes one from the table.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE sync_id IS NULL AND id > %1")
                    .arg(m_sync->lastChangeBefore))
        || !q.next()) {
        return failed(q.lastError().text());
    }
    const bool changedDuringTheSync = q.value(0).toLongLong() > 0;
    q.finish();
    const QStringList statements = {
        // Removed: in the mirror, not in this sync.
        QStringLiteral("INSERT INTO changes (sync_id, phone_number, kind, old_json) SELECT %1, phone_number, "
                       "'removed', json FROM numbers WHERE phone_number NOT IN (SELECT phone_number FROM %2)")
            .arg(id, Incoming),
        // NumberDesk's own changes since the last sync belong to this one.
        QStringLiteral("UPDATE changes SET sync_id = %1 WHERE sync_id IS NULL").arg(id),
        QStringLiteral("DROP TABLE numbers"),
        QStringLiteral("ALTER TABLE %1 RENAME TO numbers").arg(Incoming),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            return failed(q.lastError().text());
        }
    }
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM numbers), "
                               // DISTINCT: a number NumberDesk rented itself during the sync can also be added
                               // by one of its pages.
                               "(SELECT count(DISTINCT phone_number) FROM changes WHERE sync_id = %1 AND kind = 'added'), "
                               "(SELECT count(DISTINCT phone_number) FROM changes WHERE sync_id = %1 AND kind = 'removed'), "
                               "(SELECT count(DISTINCT phone_number) FROM changes WHERE sync_id = %1 AND kind = "
                               "'changed')")
                    .arg(id))
        || !q.next()) {
        return failed(q.lastError().text());
    }
    info.total = q.value(0).toLongLong();
    info.added = q.value(1).toLongLong();
    info.removed = q.value(2).toLongLong();
    info.changed = q.value(3).toLongLong();
    q.finish();
    // History: the last KeepSyncs syncs, and every sync of the last KeepDays days.
    const QString cutoff = storeTimestamp(QDateTime::currentDateTimeUtc().addDays(-KeepDays));
    if (!q.exec(QStringLiteral("UPDATE syncs SET total = %1, added = %2, removed = %3, changed = %4 WHERE id = %5")
                    .arg(info.total)
                    .arg(info.added)
                    .arg(info.removed)
                    .arg(info.changed)
                    .arg(id))
        || !q.exec(QStringLiteral("DELETE FROM changes WHERE sync_id IN (SELECT id FROM syncs WHERE id NOT IN (SELECT id "
                                  "FROM syncs ORDER BY id DESC LIMIT %1) AND finished_at < '%2')")
                       .arg(KeepSyncs)
                       .arg(cutoff))) {
        return failed(q.lastError().text());
    }
    // After the commit the mirror holds exactly this sync's numbers: they are the image, unless one came twice.
    qint64 generation = 0;
    if (!bumpGeneration(q, &generation)) {
        return failed(q.lastError().text());
    }
    if (changedDuringTheSync) {
        // no image
    } else if (m_sync->image) {
        if (m_sync->image->isValid() && m_sync->image->count() == info.total
            && !recordImage(q, generation, m_sync->image->finish())) {
            return failed(q.lastError().text());
        }
    } else if (imageCount == info.total && !image.isEmpty() && !recordImage(q, generation, image)) {
        return failed(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return failed(q.lastError().text());
    }
    q.finish();
    m_sync.reset(); // and its lock
    return info;
}

} // namespace nd
