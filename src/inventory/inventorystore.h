// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldchange.h"
#include "inventoryimage.h"
#include "apitypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QFile;
class QSqlQuery;

namespace nd {

// One completed sync of the mirror.
struct InventorySyncInfo
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    qint64 total = 0;     // numbers in the mirror after it
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 requests = 0;
    qint64 elapsedMs = 0;
};

// What happened to one number between two syncs. For Changed, `fields` are the leaf fields that differ, with
// their old and new values ("displayName", "smsConfiguration.servicePlanId", …).
struct InventoryChange
{
    enum class Kind { Added, Removed, Changed };
    QString phoneNumber;
    Kind kind = Kind::Changed;
    QList<FieldChange> fields;

    static QString kindKey(Kind kind); // "added", "removed", "changed"
    // The top-level API field names among `fields` ("displayName", "smsConfiguration"), sorted, once each.
    QStringList topLevelFields() const;
};

struct InventoryDiff
{
    std::optional<InventorySyncInfo> from; // the sync before (nullopt: the first sync)
    std::optional<InventorySyncInfo> to;   // the latest sync (nullopt: never synced)
    QList<InventoryChange> changes;        // sorted by phone number
};

// The local mirror of one project's active numbers: one SQLite file per connection (profile + project) under
// the user's data folder (0600 in a 0700 folder), through Qt Sql as the activity log is. It keeps every field of
// every number as the API sent it (unknown fields too), which sync saw it first and last changed it, every
// sync, and what each sync changed (the last 20 syncs, and every sync of the last 30 days).
//
// A sync writes its numbers as their pages arrive into a table of its own beside `numbers` (`incoming`, in short
// transactions, so the mirror is never locked for long), with what changed for each number against the mirror.
// Its commit (commitSync) puts that table in the place of `numbers` in one transaction: a sync that is cancelled
// or killed half-way leaves the previous one exactly as it was (its table is dropped, at the latest by the next
// sync). One sync at a time per mirror: a lock file beside it (mirror + ".sync-lock") says which process syncs.
// Numbers changed by NumberDesk's own actions between syncs are written at once (upsert) and counted in the next
// sync's changes.
//
// Beside the JSON, the mirror keeps a binary image of its numbers (InventoryImage) stamped with the content's
// generation; every commit and upsert raises the generation in its own transaction, so a stale image is never
// read. A sync writes the image with its commit; a read that finds it stale writes it again.
//
// Threads: one instance per thread (its own QSqlDatabase connection). Failures return false / nullopt / empty
// and set errorString() (translated).
class InventoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(nd::InventoryStore)

public:
    // <GenericDataLocation>/numberdesk/inventory
    static QString defaultFolder();
    // defaultFolder()/<profile>-<project>.sqlite, with anything but [A-Za-z0-9_-] in the names replaced.
    static QString defaultPath(const QString &profile, const QString &projectId);
    // The mirror file of a connection, one rule for the app and numberdesk-cli: mirrorPathOverride() when there
    // is one, else defaultPath(profile, projectId). The built-in sandbox is profile "Sandbox" with the embedded
    // sandbox's project.
    static QString mirrorPath(const QString &chosenPath, const QHash<QString, QString> &environment,
                              const QString &profile, const QString &projectId);
    // `chosenPath` when not empty (--inventory-db, the app's own option), else the file NUMBERDESK_INVENTORY_DB in
    // `environment` names, else empty. Known before the connection's project is (numberdesk-cli needs no project
    // then).
    static QString mirrorPathOverride(const QString &chosenPath, const QHash<QString, QString> &environment);

    explicit InventoryStore(const QString &filePath);
    ~InventoryStore();
    Q_DISABLE_COPY_MOVE(InventoryStore)

    QString filePath() const { return m_filePath; }
    bool open();
    bool isOpen() const { return m_open; }
    void close();
    QString errorString() const { return m_errorString; }

    // --- sync ---
    // `buildImage`: the store builds the sync's image (InventoryImage) from the numbers handed to addNumbers, for
    // its commit; false: the caller builds it (on another thread, say) and hands it to commitSync.
    bool beginSync(bool buildImage = true);
    // `raw`, when given, holds each number's JSON exactly as received (same order); otherwise it is written from
    // the parsed fields (unknown keys included).
    bool addNumbers(const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw = {});
    // `image`, when the store does not build it: InventoryImage::Writer::finish() of every number handed to
    // addNumbers, `imageCount` of them (-1: none). It is recorded only when it holds as many numbers as the mirror
    // after the commit; otherwise the next read writes one.
    std::optional<InventorySyncInfo> commitSync(const QDateTime &startedAt, qint64 requests,
                                                const QByteArray &image = {}, qint64 imageCount = -1);
    void abortSync();
    // Ends the sync without touching the file (for a caller that cannot wait for the table to be dropped: the app
    // closing); the next sync drops what it wrote.
    void abandonSync();
    bool isSyncing() const { return m_sync != nullptr; }

    // --- NumberDesk's own changes between syncs ---
    bool upsert(const ActiveNumber &number);

    // --- reading ---
    std::optional<InventorySyncInfo> lastSync() const;
    QList<InventorySyncInfo> syncs(int limit = 20) const;
    qint64 count() const;
    // Every number of the mirror, ordered by phone number.
    QList<ActiveNumber> numbers() const;
    // The same, one number at a time without holding them all;
    // stops early when `visit` returns false. Returns false when the mirror cannot be read.
    bool forEachNumber(const std::function<bool(ActiveNumber &&)> &visit) const;
    // Every number in no particular order, as fast as the mirror allows (the app's start and the Insight tab): from
    // the mirror's binary image (InventoryImage) when it was written for the current content, otherwise from the
    // JSON, writing a new image on the way for the next read. `fromImage`, when given, tells which it was. nullopt
    // when the mirror cannot be read.
    std::optional<QList<ActiveNumber>> readAllNumbers(bool *fromImage = nullptr);
    // The same in lists of about `chunk` numbers, for a caller that builds something smaller from them. False when
    // the mirror cannot be read.
    bool readAllInChunks(qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver);
    // Every number (or, with `keep`, those it accepts) as one NumberTable, the form the app's table holds: from the
    // image when it was written for the current content, with nothing parsed per number; otherwise from the JSON,
    // writing a new image on the way. The table's search text is built on first use, unless `searchText` is given
    // and the image was read: it is then set to read the image's search buffers later (NumberTable::
    // adoptSearchText), so the table can be shown first. nullopt when the mirror cannot be read.
    std::optional<NumberTable> readTable(const std::function<bool(const ActiveNumber &)> &keep = {},
                                         std::function<std::optional<NumberTable::SearchText>()> *searchText = nullptr);
    // Whether the image matches the mirror's current content.
    bool hasCurrentImage() const;
    // The image's file, beside the mirror (a cache: deleting it costs only the next start's speed).
    QString imagePath() const;
    // What the latest sync changed, compared with the one before.
    InventoryDiff lastDiff() const;

    static constexpr int SchemaVersion = 3;
    static constexpr int KeepSyncs = 20;
    static constexpr int KeepDays = 30;

private:
    QSqlDatabase database() const;
    bool fail(const QString &message) const;
    bool migrate();
    bool insertRows(const QString &table, const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw);
    // CREATE TABLE for the numbers, under `name` (`numbers`, or a sync's `incoming`).
    static QString numbersTableStatement(const QString &name);
    // Drops a sync's table and the changes it recorded (a cancelled sync; or one killed half-way, found by the next).
    bool dropIncoming(qint64 syncId);
    // The content's generation: raised by every commit and upsert, in their transaction. -1 when unreadable.
    qint64 generation() const;
    bool bumpGeneration(QSqlQuery &query, qint64 *generation = nullptr);
    bool saveImage(const QByteArray &image, qint64 generation);
    // Opens the image's file, positioned after its token, when it was written for `generation` (inside the
    // caller's read transaction); false when there is none, it is stale, or it belongs to other content.
    bool openCurrentImage(QFile *file, qint64 generation) const;
    // Writes `image` to imagePath() under a new token and records the token for `generation` in the caller's
    // transaction. A file that cannot be written costs only speed (the row is removed); false on an SQL error.
    bool recordImage(QSqlQuery &query, qint64 generation, const QByteArray &image);

    QString m_filePath;
    QString m_connectionName;
    mutable QString m_errorString;
    bool m_open = false;
    bool m_lastReadFromImage = false;
    struct SyncState; // the sync in progress (beginSync until commitSync or abortSync)
    std::unique_ptr<SyncState> m_sync;
};

// The leaf fields that differ between two JSON objects (nested objects by dotted path, arrays as a whole), with
// values as text ("" for absent or null). Only what really differs: formatting and key order do not count.
QList<FieldChange> jsonDifferences(const QJsonObject &before, const QJsonObject &after);

} // namespace nd
