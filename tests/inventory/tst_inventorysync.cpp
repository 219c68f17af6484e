// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorystore.h"
#include "inventorysync.h"
#include "jsonwriters.h"
#include "mirrorsync.h"
#include "catalogue.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace nd;
using nd::test::SandboxFixture;

namespace {

// A connection of its own to a mirror file, beside the store's (to look into it, or to hold its write lock as another
// process would). Declare it before the queries that use it: it removes the connection when it goes.
class SideConnection
{
public:
    explicit SideConnection(const QString &path)
        : m_name(QStringLiteral("side-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~SideConnection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(SideConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

// The sync against the in-process sandbox over real loopback HTTP: the mirror must equal the server's inventory
// (checked against the sandbox's own state, not against anything the walker computed), with and without faults
// and concurrent changes; a cancelled sync leaves the previous one intact; the diff says what changed.
class TestInventorySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mirrorEqualsTheServer_data();
    void mirrorEqualsTheServer();
    void everyFieldIsKept();
    void changesDuringTheSyncMissNothingAndDuplicateNothing();
    void cancelLeavesThePreviousSyncIntact();
    void failedSyncLeavesThePreviousSyncIntact();
    void diffSaysExactlyWhatChanged();
    void secondSyncWithoutChangesChangesNothing();
    void rateLimitsHalveTheConcurrency();
    void moreThanSixPagesAreInFlightWhenAsked();
    void progressKnowsTheTotalBeforeTheEnd();
    void destroyingTheSyncMidWayKeepsThePreviousSync();
    void aMirrorThatCannotBeWrittenIsReportedOnce();
    void aMirrorOpensWhileAnotherConnectionWrites();
    void pagesAreWrittenAsTheyArriveWithoutLockingTheMirror();
    void oneSyncAtATimePerMirror();
    void whatAKilledSyncWroteLeavesNoTrace();
    void formattingAloneIsNoChange();
    void numbersWithoutANameOrRegionAreKept();
    void numberDeskChangesDuringASyncSurviveItsCommit();
    void aNewMirrorHasLargePagesAnOlderOneKeepsItsOwn();

private:
    static InventoryWalker::Options smallPages(int concurrency = 4);
    std::optional<InventorySyncResult> runSync(const InventoryWalker::Options &options = smallPages());
    // Starts `sync` at two pages in flight, each answer `latencyMs` late (a sync that is still running when the test
    // looks); `result` is set when it ends.
    void startSlowSync(InventorySync &sync, std::optional<InventorySyncResult> &result, int latencyMs);
    QStringList serverNumbers() const;
    QStringList mirrorNumbers() const;

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;
};

void TestInventorySync::init()
{
    m_store = std::make_unique<InventoryStore>(
        m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                           .arg(QLatin1String(QTest::currentTestFunction()), QString::number(qHash(QLatin1String(QTest::currentDataTag()))))));
    QVERIFY(m_store->open());
}

void TestInventorySync::cleanup()
{
    m_store.reset();
}

InventoryWalker::Options TestInventorySync::smallPages(int concurrency)
{
    InventoryWalker::Options options;
    options.maxConcurrency = concurrency;
    options.pageSize = 37; // many pages per partition, and pages that end mid-way through a region
    return options;
}

std::optional<InventorySyncResult> TestInventorySync::runSync(const InventoryWalker::Options &options)
{
    return nd::test::syncMirror(m_sb.client.get(), m_store.get(), options);
}

void TestInventorySync::startSlowSync(InventorySync &sync, std::optional<InventorySyncResult> &result, int latencyMs)
{
    m_sb.server->setLatency(latencyMs, latencyMs);
    sync.setOptions(smallPages(2));
    connect(&sync, &InventorySync::finished, this, [&result](const InventorySyncResult &r) { result = r; });
    sync.start();
}

QStringList TestInventorySync::serverNumbers() const
{
    QStringList out;
    for (const auto &r : m_sb.state()->activeNumbers()) {
        out.append(r.phoneNumber);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList TestInventorySync::mirrorNumbers() const
{
    QStringList out;
    for (const ActiveNumber &n : m_store->numbers()) {
        out.append(n.phoneNumber);
    }
    return out; // numbers() is ordered by phone number
}

void TestInventorySync::mirrorEqualsTheServer_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("concurrency");
    QTest::newRow("clean, one at a time") << QString() << 1;
    QTest::newRow("clean, six at a time") << QString() << 6;
    QTest::newRow("429s") << QStringLiteral("429@list=0.15") << 6;
    QTest::newRow("5xx and resets") << QStringLiteral("5xx@list=0.1,reset@list=0.05") << 4;
}

void TestInventorySync::mirrorEqualsTheServer()
{
    QFETCH(QString, faults);
    QFETCH(int, concurrency);
    QVERIFY(m_sb.start(faults, 0, 1500, 11));
    const auto result = runSync(smallPages(concurrency));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->apiError.fullMessage() + result->storeError));
    const QStringList server = serverNumbers();
    QCOMPARE(server.size(), 1500);
    QCOMPARE(mirrorNumbers(), server);
    QCOMPARE(result->info->total, 1500);
    QCOMPARE(result->info->added, 1500);
    QCOMPARE(result->info->removed, 0);
    QCOMPARE(result->info->changed, 0);
    QCOMPARE(m_store->count(), 1500);
    // Partitioned walks: 3 types × 10 last digits, and more than one page each.
    QCOMPARE(result->stats.walks, 30);
    QVERIFY(result->stats.pages > 30);
    QCOMPARE(result->stats.duplicates, 0);
}

void TestInventorySync::everyFieldIsKept()
{
    QVERIFY(m_sb.start(QString(), 0, 300, 5));
    const auto result = runSync();
    QVERIFY(result && result->ok());
    // Each mirrored number equals what GET /activeNumbers/{n} answers now, field by field.
    const QList<ActiveNumber> mirror = m_store->numbers();
    QCOMPARE(mirror.size(), 300);
    for (int i = 0; i < mirror.size(); i += 23) {
        const ActiveNumber &stored = mirror.at(i);
        const auto fetched = m_sb.wait<ActiveNumber>(
            [&](QObject *ctx, auto cb) { m_sb.client->getActiveNumber(stored.phoneNumber, ctx, cb); });
        QVERIFY(fetched);
        const QJsonObject a = json::toJson(stored);
        const QJsonObject b = json::toJson(fetched.value());
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
        QVERIFY(jsonDifferences(a, b).isEmpty());
    }
}

void TestInventorySync::changesDuringTheSyncMissNothingAndDuplicateNothing()
{
    QVERIFY(m_sb.start(QString(), 5, 1200, 3));
    const QStringList before = serverNumbers();
    // Numbers renamed so that they move in name order, numbers rented and released while pages are in flight.
    QHash<QString, QString> renamed; // number -> its name before the sync
    for (int i = 0; i < before.size(); i += 97) {
        renamed.insert(before.at(i), m_sb.state()->activeNumber(before.at(i))->displayName);
    }
    InventorySync sync(m_sb.client.get(), m_store.get());
    sync.setOptions(smallPages(3));
    int pagesSeen = 0;
    QStringList rentedDuring;
    std::optional<InventorySyncResult> result;
    connect(&sync, &InventorySync::progress, this, [&](qint64 fetched, qint64) {
        if (fetched == 0 || ++pagesSeen != 5) {
            return;
        }
        sandbox::ConfigChange change;
        for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
            change.displayName = QStringLiteral("Renamed mid-sync %1").arg(it.key());
            m_sb.state()->update(it.key(), change);
        }
        const auto offers = m_sb.state()->searchAvailable(*sandbox::Catalogue::instance().region(QStringLiteral("US")),
                                                          sandbox::NumberType::Local, {}, 0, 4);
        for (const auto &offer : offers) {
            m_sb.state()->rent(offer, {});
            rentedDuring.append(offer.phoneNumber);
        }
    });
    connect(&sync, &InventorySync::finished, this, [&](const InventorySyncResult &r) { result = r; });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->apiError.fullMessage()));
    QVERIFY(pagesSeen >= 5);
    QCOMPARE(rentedDuring.size(), 4);

    const QStringList mirror = mirrorNumbers();
    // No duplicates (the table's key would refuse them; the count says the walker handed each out once).
    QCOMPARE(QSet<QString>(mirror.begin(), mirror.end()).size(), mirror.size());
    // Every number that existed throughout is there.
    for (const QString &n : before) {
        QVERIFY2(mirror.contains(n), qPrintable(n));
    }
    // Nothing that never existed is there.
    for (const QString &n : mirror) {
        QVERIFY2(before.contains(n) || rentedDuring.contains(n), qPrintable(n));
    }
    // A renamed number is stored with its name before or after the rename, nothing else.
    for (const ActiveNumber &n : m_store->numbers()) {
        if (renamed.contains(n.phoneNumber)) {
            QVERIFY2(n.displayName == QStringLiteral("Renamed mid-sync %1").arg(n.phoneNumber)
                         || n.displayName == renamed.value(n.phoneNumber),
                     qPrintable(n.displayName));
        }
    }
    // The next sync converges on the server exactly.
    const auto second = runSync(smallPages(3));
    QVERIFY(second && second->ok());
    QCOMPARE(mirrorNumbers(), serverNumbers());
}

void TestInventorySync::cancelLeavesThePreviousSyncIntact()
{
    QVERIFY(m_sb.start(QString(), 0, 400, 9));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    const QList<ActiveNumber> kept = m_store->numbers();

    // The server changes, a second sync starts and is cancelled half-way.
    sandbox::ConfigChange change;
    change.displayName = QStringLiteral("Changed after the first sync");
    m_sb.state()->update(kept.first().phoneNumber, change);
    InventorySync sync(m_sb.client.get(), m_store.get());
    std::optional<InventorySyncResult> result;
    connect(&sync, &InventorySync::progress, this, [&](qint64 fetched, qint64) {
        if (fetched > 100) {
            sync.cancel();
        }
    });
    startSlowSync(sync, result, 20);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(result->cancelled());
    QVERIFY(!result->ok());

    QCOMPARE(m_store->lastSync()->id, first->info->id);
    QCOMPARE(m_store->syncs().size(), 1);
    const QList<ActiveNumber> after = m_store->numbers();
    QCOMPARE(after.size(), kept.size());
    QCOMPARE(after.first().displayName, kept.first().displayName);
    // A new sync can start at once and sees the change.
    m_sb.server->setLatency(0, 0);
    const auto third = runSync();
    QVERIFY(third && third->ok());
    QCOMPARE(third->info->changed, 1);
}

void TestInventorySync::failedSyncLeavesThePreviousSyncIntact()
{
    QVERIFY(m_sb.start(QString(), 0, 200, 4));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    // Every list request fails from now on, past the client's retries.
    QVERIFY(m_sb.server->setFaults(QStringLiteral("5xx@list=1")));
    const auto second = runSync();
    QVERIFY(second.has_value());
    QVERIFY(!second->ok());
    QCOMPARE(second->apiError.httpStatus >= 500, true);
    QCOMPARE(m_store->syncs().size(), 1);
    QCOMPARE(m_store->count(), 200);
}

namespace {

struct DiffLists
{
    QStringList added, removed, changed;
    QHash<QString, QStringList> fields; // changed number -> its changed leaf fields
};

DiffLists listsOf(const InventoryDiff &diff)
{
    DiffLists out;
    for (const InventoryChange &c : diff.changes) {
        switch (c.kind) {
        case InventoryChange::Kind::Added:
            out.added.append(c.phoneNumber);
            break;
        case InventoryChange::Kind::Removed:
            out.removed.append(c.phoneNumber);
            break;
        case InventoryChange::Kind::Changed:
            out.changed.append(c.phoneNumber);
            for (const FieldChange &f : c.fields) {
                out.fields[c.phoneNumber].append(f.field);
            }
            break;
        }
    }
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

void TestInventorySync::diffSaysExactlyWhatChanged()
{
    QVERIFY(m_sb.start(QString(), 0, 60, 21));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    const QStringList before = serverNumbers();

    // A second client: rent 3, release 2 (numbers that were not releasing), rename 1.
    QStringList rented;
    for (int i = 0; i < 3; ++i) {
        rented.append(m_sb.rentedNumber(i));
        QVERIFY(!rented.last().isEmpty());
    }
    QStringList released;
    for (const QString &n : before) {
        if (released.size() < 2 && m_sb.state()->activeNumber(n)->expireAtMs == 0) {
            released.append(n);
        }
    }
    for (const QString &n : std::as_const(released)) {
        QVERIFY(m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->releaseNumber(n, ctx, cb); }));
    }
    QString renamed;
    for (const QString &n : before) {
        if (!released.contains(n) && m_sb.state()->activeNumber(n)->expireAtMs == 0) {
            renamed = n;
            break;
        }
    }
    ActiveNumberUpdate rename;
    rename.displayName = QStringLiteral("Renamed by a colleague");
    QVERIFY(m_sb.wait<ActiveNumber>(
        [&](QObject *ctx, auto cb) { m_sb.client->updateActiveNumber(renamed, rename, ctx, cb); }));

    const auto second = runSync();
    QVERIFY(second && second->ok());
    InventoryDiff diff = m_store->lastDiff();
    QVERIFY(diff.from && diff.to);
    QCOMPARE(diff.from->id, first->info->id);
    QCOMPARE(diff.to->id, second->info->id);
    DiffLists lists = listsOf(diff);
    QCOMPARE(lists.added, sorted(rented));
    QCOMPARE(lists.removed, QStringList());
    // A release is registered on the number (expireAt), which stays until then: a change of that field alone.
    QCOMPARE(lists.changed, sorted(released + QStringList{renamed}));
    for (const QString &n : std::as_const(released)) {
        QCOMPARE(lists.fields.value(n), QStringList{QStringLiteral("expireAt")});
    }
    QCOMPARE(lists.fields.value(renamed), QStringList{QStringLiteral("displayName")});
    for (const InventoryChange &c : diff.changes) {
        if (c.phoneNumber == renamed) {
            QCOMPARE(c.fields.first().to, QStringLiteral("Renamed by a colleague"));
        }
    }
    QCOMPARE(second->info->added, 3);
    QCOMPARE(second->info->removed, 0);
    QCOMPARE(second->info->changed, 3);
    QCOMPARE(second->info->total, qint64(before.size() + 3));

    // Past every expiry date the released numbers are gone (with the seeded ones that were releasing already).
    QStringList releasingBefore;
    for (const QString &n : before) {
        if (m_sb.state()->activeNumber(n)->expireAtMs != 0) {
            releasingBefore.append(n);
        }
    }
    m_sb.state()->advanceClock(qint64(40) * 24 * 3600 * 1000);
    m_sb.state()->sweepExpired();
    const auto third = runSync();
    QVERIFY(third && third->ok());
    lists = listsOf(m_store->lastDiff());
    QCOMPARE(lists.removed, sorted(releasingBefore));
    QVERIFY(lists.removed.contains(released.first()) && lists.removed.contains(released.last()));
    QCOMPARE(lists.added, QStringList());
    // What renewed in 40 days has a new next charge date, and nothing else changed.
    for (const QString &n : std::as_const(lists.changed)) {
        QCOMPARE(lists.fields.value(n), QStringList{QStringLiteral("nextChargeDate")});
    }
    QCOMPARE(mirrorNumbers(), serverNumbers());
}

void TestInventorySync::secondSyncWithoutChangesChangesNothing()
{
    QVERIFY(m_sb.start(QString(), 0, 250, 8));
    QVERIFY(runSync()->ok());
    const auto second = runSync(smallPages(6));
    QVERIFY(second && second->ok());
    QCOMPARE(second->info->added, 0);
    QCOMPARE(second->info->removed, 0);
    QCOMPARE(second->info->changed, 0);
    QCOMPARE(second->info->total, 250);
    QVERIFY(m_store->lastDiff().changes.isEmpty());
    QCOMPARE(m_store->syncs().size(), 2);
}

void TestInventorySync::rateLimitsHalveTheConcurrency()
{
    QVERIFY(m_sb.start(QStringLiteral("429@list=0.3"), 0, 800, 2));
    const auto result = runSync(smallPages(6));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->apiError.fullMessage()));
    QVERIFY(result->stats.rateLimits > 0);
    QVERIFY(result->stats.lowestConcurrency < 6);
    QCOMPARE(mirrorNumbers(), serverNumbers());
}

// Qt opens at most six connections to a host per QNetworkAccessManager and queues the rest: a sync asked for 12
// pages at once must still have 12 at the server (the client spreads them over more managers).
void TestInventorySync::moreThanSixPagesAreInFlightWhenAsked()
{
    QVERIFY(m_sb.start(QString(), 300, 600));
    int arrived = 0;
    int arrivedBeforeTheFirstAnswer = -1;
    connect(m_sb.server.get(), &sandbox::SandboxServer::requestArrived, this,
            [&](const QByteArray &, const QByteArray &path) { arrived += path.contains("/activeNumbers") ? 1 : 0; });
    connect(m_sb.client.get(), &NumbersClient::networkReplyFinished, this, [&](QNetworkReply *reply) {
        if (arrivedBeforeTheFirstAnswer < 0 && reply->url().path().contains(QLatin1String("/activeNumbers"))) {
            arrivedBeforeTheFirstAnswer = arrived;
        }
    });
    const auto result = runSync(smallPages(12));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->apiError.fullMessage()));
    QCOMPARE(arrivedBeforeTheFirstAnswer, 12);
    QCOMPARE(mirrorNumbers(), serverNumbers());

    // Other callers keep Qt's six: twelve GETs at once have six at the server until answers come back.
    QCOMPARE(m_sb.client->connectionsPerHost(), 6);
    arrived = 0;
    arrivedBeforeTheFirstAnswer = -1;
    int answered = 0;
    QObject context;
    for (int i = 0; i < 12; ++i) {
        ActiveNumberQuery query;
        query.type = NumberType(NumberType::Value::Local);
        query.pageSize = 5;
        m_sb.client->listActiveNumbers(query, &context, [&](const Result<ActiveNumbersPage> &) { ++answered; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 12, 30000);
    QCOMPARE(arrivedBeforeTheFirstAnswer, 6);
}

void TestInventorySync::progressKnowsTheTotalBeforeTheEnd()
{
    // The per-type probes wait for slots no walk can use; until they answer, the total comes from what the walks'
    // first pages counted. With no change during the sync both say the same.
    QVERIFY(m_sb.start(QString(), 0, 3000, 6));
    InventorySync sync(m_sb.client.get(), m_store.get());
    sync.setOptions(smallPages(6));
    QList<QPair<qint64, qint64>> reports;
    std::optional<InventorySyncResult> result;
    connect(&sync, &InventorySync::progress, this, [&](qint64 fetched, qint64 expected) { reports.append({fetched, expected}); });
    connect(&sync, &InventorySync::finished, this, [&](const InventorySyncResult &r) { result = r; });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->apiError.fullMessage()));
    QVERIFY(!reports.isEmpty());
    bool knownEarly = false;
    for (const auto &[fetched, expected] : std::as_const(reports)) {
        QVERIFY(expected == -1 || expected == 3000);
        // 30 walks of 2 to 4 pages of 37: their first pages are about 1,100 numbers.
        knownEarly = knownEarly || (expected == 3000 && fetched < 2000);
    }
    QVERIFY(knownEarly);
    QCOMPARE(reports.last().first, 3000);
    QCOMPARE(reports.last().second, 3000);
    QCOMPARE(result->stats.verificationWalks, 0);
    QCOMPARE(result->stats.requests, result->stats.pages + 3); // the pages and one probe per type
}

void TestInventorySync::destroyingTheSyncMidWayKeepsThePreviousSync()
{
    // The app deletes a running sync when the connection changes or the window closes: the pages already handed
    // to the writing thread are dropped with it, nothing is committed, and nothing hangs.
    QVERIFY(m_sb.start(QString(), 0, 600, 13));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    const QStringList kept = mirrorNumbers();
    QCOMPARE(kept.size(), 600);

    m_sb.state()->release(kept.first());
    m_sb.server->setLatency(20, 20);
    auto sync = std::make_unique<InventorySync>(m_sb.client.get(), m_store.get());
    sync->setOptions(smallPages(2));
    bool finished = false;
    qint64 fetched = 0;
    connect(sync.get(), &InventorySync::progress, this, [&](qint64 n, qint64) { fetched = n; });
    connect(sync.get(), &InventorySync::finished, this, [&] { finished = true; });
    sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(fetched > 150, 60000);
    QVERIFY(sync->isRunning());
    sync.reset();
    QVERIFY(!finished);

    QCOMPARE(m_store->syncs().size(), 1);
    QCOMPARE(mirrorNumbers(), kept);
    m_sb.server->setLatency(0, 0);
    const auto again = runSync();
    QVERIFY(again && again->ok());
    QCOMPARE(again->info->changed, 1); // released: still listed until it expires, with its release date
    QCOMPARE(mirrorNumbers(), serverNumbers());
}

void TestInventorySync::aMirrorThatCannotBeWrittenIsReportedOnce()
{
    // The sync writes through a connection of its own to the store's file; a file that is not a mirror (here:
    // text where the mirror should be) is a store error, reported once, and the file is left as it was.
    QVERIFY(m_sb.start(QString(), 0, 50, 3));
    const QString path = m_dir.filePath(QStringLiteral("not-a-mirror.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    InventoryStore store(path);
    InventorySync sync(m_sb.client.get(), &store);
    int finishedCount = 0;
    std::optional<InventorySyncResult> result;
    connect(&sync, &InventorySync::finished, this, [&](const InventorySyncResult &r) {
        ++finishedCount;
        result = r;
    });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(!result->ok());
    QVERIFY2(!result->storeError.isEmpty(), qPrintable(result->apiError.fullMessage()));
    QVERIFY(!result->apiError.isError());
    QVERIFY(!sync.isRunning());
    QCoreApplication::processEvents(); // nothing else is queued to arrive
    QCOMPARE(finishedCount, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are my notes, not a database\n"));
}

void TestInventorySync::aMirrorOpensWhileAnotherConnectionWrites()
{
    // Another process holds the mirror's write lock (its sync committing, say). Opening the mirror (the app's
    // start, a sync's writing thread) only reads: it does not wait for the lock, let alone fail after the 10 s
    // busy timeout.
    QVERIFY(m_sb.start(QString(), 0, 120, 5));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    const QString path = m_store->filePath();
    const SideConnection writer(path);
    QVERIFY(writer.isOpen());
    QSqlQuery q(writer.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    InventoryStore other(path);
    QVERIFY2(other.open(), qPrintable(other.errorString()));
    QCOMPARE(other.count(), qint64(120));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
}

namespace {

// Rows in the sync's table of the mirror at `path`, through a connection of its own (-1: no such table).
qint64 incomingRows(const QString &path)
{
    const SideConnection reader(path);
    QSqlQuery q(reader.db());
    return reader.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM incoming")) && q.next() ? q.value(0).toLongLong()
                                                                                                 : -1;
}

} // namespace

void TestInventorySync::pagesAreWrittenAsTheyArriveWithoutLockingTheMirror()
{
    // The sync writes each page into the file as it arrives (not all at the end), in short transactions: while
    // it waits for the next pages another connection can take the write lock at once (the app saving a number it
    // just changed), and readers still see the previous sync.
    QVERIFY(m_sb.start(QString(), 0, 400, 6));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    InventorySync sync(m_sb.client.get(), m_store.get());
    std::optional<InventorySyncResult> result;
    startSlowSync(sync, result, 300);
    const QString path = m_store->filePath();
    QTRY_VERIFY_WITH_TIMEOUT(incomingRows(path) > 0, 30000);
    QVERIFY(!result.has_value());
    QCOMPARE(m_store->count(), qint64(400));
    QCOMPARE(m_store->syncs().size(), 1);
    {
        const SideConnection writer(path);
        QVERIFY(writer.isOpen());
        const QSqlDatabase db = writer.db();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        // Between two pages the lock is free; with a transaction held for the whole sync this would never pass.
        const auto lock = [&] {
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                return true;
            }
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // a BEGIN refused as busy leaves a transaction open
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(lock(), qPrintable(q.lastError().text()), 10000);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->storeError + result->apiError.fullMessage()));
    QCOMPARE(incomingRows(path), qint64(-1)); // became `numbers`
    QCOMPARE(mirrorNumbers(), serverNumbers());
    QCOMPARE(m_store->syncs().size(), 2);
}

void TestInventorySync::oneSyncAtATimePerMirror()
{
    // A second sync of the same mirror (another window, or numberdesk-cli) while one runs is refused with a
    // message that says so; the first completes as if alone, and the next one after it runs.
    QVERIFY(m_sb.start(QString(), 0, 300, 8));
    InventorySync first(m_sb.client.get(), m_store.get());
    std::optional<InventorySyncResult> firstResult;
    startSlowSync(first, firstResult, 200);
    QTRY_VERIFY_WITH_TIMEOUT(incomingRows(m_store->filePath()) >= 0, 30000);

    InventoryStore otherStore(m_store->filePath());
    QVERIFY(otherStore.open());
    InventorySync second(m_sb.client.get(), &otherStore);
    std::optional<InventorySyncResult> secondResult;
    connect(&second, &InventorySync::finished, this, [&](const InventorySyncResult &r) { secondResult = r; });
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(secondResult.has_value(), 30000);
    QVERIFY(!secondResult->ok());
    QVERIFY2(secondResult->storeError.contains(QLatin1String("Another sync of this inventory is running")),
             qPrintable(secondResult->storeError));
    QVERIFY(!firstResult.has_value());

    QTRY_VERIFY_WITH_TIMEOUT(firstResult.has_value(), 60000);
    QVERIFY2(firstResult->ok(), qPrintable(firstResult->storeError + firstResult->apiError.fullMessage()));
    QCOMPARE(mirrorNumbers(), serverNumbers());
    QCOMPARE(m_store->syncs().size(), 1);
    m_sb.server->setLatency(0, 0);
    const auto third = runSync();
    QVERIFY(third && third->ok());
    QCOMPARE(m_store->syncs().size(), 2);
}

void TestInventorySync::whatAKilledSyncWroteLeavesNoTrace()
{
    // A sync killed half-way leaves in the file what it had committed page by page: its table and the changes it
    // found (under the id its sync would have had). The files copied at that moment are that crash, exactly. The
    // next sync of the copy must neither see those rows nor count those changes.
    QVERIFY(m_sb.start(QString(), 0, 150, 12));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    QList<ActiveNumber> seen = m_store->numbers();
    for (ActiveNumber &n : seen) {
        n.displayName = QStringLiteral("Seen by the killed sync");
    }
    ActiveNumber extra = seen.first();
    extra.phoneNumber = QStringLiteral("+15550000000");
    seen.append(extra);
    QVERIFY(m_store->beginSync());
    QVERIFY2(m_store->addNumbers(seen), qPrintable(m_store->errorString()));
    const QString copy = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        QVERIFY(QFile::copy(m_store->filePath() + suffix, copy + suffix));
    }
    m_store->abortSync();
    QCOMPARE(incomingRows(copy), qint64(seen.size()));

    InventoryStore crashed(copy);
    QVERIFY(crashed.open());
    QCOMPARE(crashed.count(), qint64(150));
    InventorySync sync(m_sb.client.get(), &crashed);
    sync.setOptions(smallPages());
    std::optional<InventorySyncResult> result;
    connect(&sync, &InventorySync::finished, this, [&](const InventorySyncResult &r) { result = r; });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->storeError + result->apiError.fullMessage()));
    QCOMPARE(result->info->id, first->info->id + 1);
    QCOMPARE(result->info->added, 0);
    QCOMPARE(result->info->changed, 0);
    QCOMPARE(result->info->removed, 0);
    QCOMPARE(crashed.count(), qint64(150));
    QVERIFY(crashed.lastDiff().changes.isEmpty());
    QCOMPARE(incomingRows(copy), qint64(-1));
}

void TestInventorySync::formattingAloneIsNoChange()
{
    // The mirror's copy of a number differs from the server's only in formatting (key order, spaces): the next sync
    // keeps the server's text but reports no change, and the number keeps the sync that last changed it.
    QVERIFY(m_sb.start(QString(), 0, 60, 14));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    const QString number = mirrorNumbers().at(7);
    const QString path = m_store->filePath();
    QByteArray serverText;
    {
        const SideConnection reformat(path);
        QVERIFY(reformat.isOpen());
        QSqlQuery q(reformat.db());
        q.prepare(QStringLiteral("SELECT json FROM numbers WHERE phone_number = ?"));
        q.addBindValue(number);
        QVERIFY(q.exec() && q.next());
        serverText = q.value(0).toByteArray();
        q.finish();
        // The same object, indented and with its keys in another order.
        const QByteArray reformatted = QJsonDocument(QJsonDocument::fromJson(serverText).object()).toJson(QJsonDocument::Indented);
        QVERIFY(reformatted != serverText);
        q.prepare(QStringLiteral("UPDATE numbers SET json = ?, changed_in = NULL WHERE phone_number = ?"));
        q.addBindValue(reformatted);
        q.addBindValue(number);
        QVERIFY(q.exec());
    }

    const auto second = runSync();
    QVERIFY(second && second->ok());
    QCOMPARE(second->info->changed, 0);
    QCOMPARE(second->info->added, 0);
    QVERIFY(m_store->lastDiff().changes.isEmpty());
    {
        const SideConnection reader(path);
        QVERIFY(reader.isOpen());
        QSqlQuery q(reader.db());
        q.prepare(QStringLiteral("SELECT json, changed_in, first_seen FROM numbers WHERE phone_number = ?"));
        q.addBindValue(number);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toByteArray(), serverText);
        QVERIFY(q.value(1).isNull()); // kept, not this sync's id
        QCOMPARE(q.value(2).toLongLong(), first->info->id);
    }
}

void TestInventorySync::numbersWithoutANameOrRegionAreKept()
{
    // The parser gives an absent or null displayName / regionCode as a null string: the number is still a number
    // of the inventory (its columns are NOT NULL; an insert that skipped such rows lost them without a word).
    ActiveNumber bare;
    bare.phoneNumber = QStringLiteral("+15550100000");
    bare.type = NumberType(NumberType::Value::Local);
    QVERIFY(bare.displayName.isNull() && bare.regionCode.isNull());
    ActiveNumber named = bare;
    named.phoneNumber = QStringLiteral("+15550100001");
    named.displayName = QStringLiteral("Front desk");
    named.regionCode = QStringLiteral("US");
    QVERIFY(m_store->beginSync());
    QVERIFY2(m_store->addNumbers({bare, named}), qPrintable(m_store->errorString()));
    const auto info = m_store->commitSync(QDateTime::currentDateTimeUtc(), 1);
    QVERIFY2(info.has_value(), qPrintable(m_store->errorString()));
    QCOMPARE(info->total, 2);
    QCOMPARE(info->added, 2);
    QCOMPARE(mirrorNumbers(), (QStringList{bare.phoneNumber, named.phoneNumber}));
}

void TestInventorySync::numberDeskChangesDuringASyncSurviveItsCommit()
{
    // While a sync runs, the app renames a number whose page the sync has already written, and rents one: the
    // commit must keep both (not bring back the old name, not drop the new number), and count the rent once.
    QVERIFY(m_sb.start(QString(), 0, 300, 23));
    const auto first = runSync();
    QVERIFY(first && first->ok());
    InventorySync sync(m_sb.client.get(), m_store.get());
    std::optional<InventorySyncResult> result;
    startSlowSync(sync, result, 150);
    const QString path = m_store->filePath();
    QTRY_VERIFY_WITH_TIMEOUT(incomingRows(path) > 0, 30000);
    QString written;
    {
        const SideConnection peek(path);
        QVERIFY(peek.isOpen());
        QSqlQuery q(peek.db());
        QVERIFY(q.exec(QStringLiteral("SELECT phone_number FROM incoming LIMIT 1")) && q.next());
        written = q.value(0).toString();
    }

    ActiveNumberUpdate rename;
    rename.displayName = QStringLiteral("Renamed in NumberDesk during the sync");
    const Result<ActiveNumber> renamed = m_sb.wait<ActiveNumber>(
        [&](QObject *ctx, auto cb) { m_sb.client->updateActiveNumber(written, rename, ctx, cb); });
    QVERIFY(renamed);
    QVERIFY2(m_store->upsert(renamed.value()), qPrintable(m_store->errorString()));
    const QString rented = m_sb.rentedNumber(0);
    QVERIFY(!rented.isEmpty());
    const std::optional<ActiveNumber> rentedNumber = m_sb.fetchActive(rented);
    QVERIFY(rentedNumber.has_value());
    QVERIFY2(m_store->upsert(*rentedNumber), qPrintable(m_store->errorString()));
    QVERIFY(!result.has_value());

    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok(), qPrintable(result->storeError + result->apiError.fullMessage()));
    QCOMPARE(mirrorNumbers(), serverNumbers());
    QCOMPARE(result->info->added, 1);
    bool found = false;
    for (const ActiveNumber &n : m_store->numbers()) {
        if (n.phoneNumber == written) {
            QCOMPARE(n.displayName, rename.displayName);
            found = true;
        }
    }
    QVERIFY(found);
    // The app's and the Insight tab's read (the image when it is current) shows the change too: the image built
    // from the pages does not have it, so none is recorded with this commit.
    bool fromImage = true;
    const std::optional<QList<ActiveNumber>> all = m_store->readAllNumbers(&fromImage);
    QVERIFY(all.has_value());
    QVERIFY(!fromImage);
    const auto shown = std::find_if(all->cbegin(), all->cend(), [&](const ActiveNumber &n) { return n.phoneNumber == written; });
    QVERIFY(shown != all->cend());
    QCOMPARE(shown->displayName, rename.displayName);
    const DiffLists lists = listsOf(m_store->lastDiff());
    QCOMPARE(lists.added, QStringList{rented});
    QVERIFY(lists.removed.isEmpty());
    QCOMPARE(lists.changed, QStringList{written});
}

void TestInventorySync::aNewMirrorHasLargePagesAnOlderOneKeepsItsOwn()
{
    QVERIFY(m_sb.start(QString(), 0, 400, 3));
    const auto pageSize = [](const QString &path) {
        SideConnection side(path);
        QSqlQuery q(side.db());
        return side.isOpen() && q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
    };
    // A new mirror: 64 KiB pages (a sync writes the whole inventory through the log).
    QCOMPARE(pageSize(m_store->filePath()), 65536);
    QVERIFY(runSync().value_or(InventorySyncResult()).ok());
    QCOMPARE(pageSize(m_store->filePath()), 65536);

    // A mirror made with SQLite's default pages (by an earlier NumberDesk) keeps them, and syncs as before.
    const QString older = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        SideConnection side(older);
        QSqlQuery q(side.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size=4096")) && q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        q.finish();
    }
    QCOMPARE(pageSize(older), 4096);
    m_store = std::make_unique<InventoryStore>(older);
    QVERIFY(m_store->open());
    const auto result = runSync();
    QVERIFY(result && result->ok());
    QCOMPARE(result->info->total, 400);
    QCOMPARE(mirrorNumbers(), serverNumbers());
    QCOMPARE(pageSize(older), 4096);
}

QTEST_GUILESS_MAIN(TestInventorySync)
#include "tst_inventorysync.moc"
