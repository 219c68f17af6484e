// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryimage.h"
#include "inventorystore.h"
#include "inventorysync.h"
#include "jsonwriters.h"
#include "mirrorsync.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

using namespace nd;
using nd::test::SandboxFixture;

// The mirror's binary image (the fast read of the app's start and the Insight tab): a number read from it equals
// the number read from its JSON, field by field (unknown keys, time specs, unknown enum values included); a stale,
// cut or corrupt image is never used; a mirror written by the first schema is migrated and still read.
class TestInventoryImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void cutOrForeignImagesAreRefusedWhole();
    void aNumberAddedTwiceMakesTheImageInvalid();
    void syncWritesTheImageAndItEqualsTheJson();
    void anUpsertMakesTheImageStaleUntilTheNextRead();
    void aCorruptImageFallsBackToTheJson();
    void aSchemaOneMirrorIsMigrated();
    void theImageIsAPrivateFileBesideTheMirror();
    void anImageWrittenForOtherContentIsNotUsed();
    void aSchemaTwoImageIsDropped();

private:
    static ActiveNumber everything();
    static QByteArray jsonOf(const ActiveNumber &n) { return QJsonDocument(json::toJson(n)).toJson(QJsonDocument::Compact); }
    static QMap<QString, QByteArray> byNumber(const QList<ActiveNumber> &numbers);
    static QList<ActiveNumber> readAll(InventoryStore &store, bool *fromImage);
    // One sync of `numbers` into `store`, without a server: begin, stage, commit.
    static bool commitNumbers(InventoryStore &store, const QList<ActiveNumber> &numbers);
    // The whole image in one list (nullopt when it is refused).
    static std::optional<QList<ActiveNumber>> decode(const QByteArray &image);
};

ActiveNumber TestInventoryImage::everything()
{
    ActiveNumber n;
    n.phoneNumber = QStringLiteral("+12025550123");
    n.projectId = QStringLiteral("project-1");
    n.displayName = QStringLiteral("Zoë’s line — ☎");
    n.regionCode = QStringLiteral("US");
    n.type = NumberType::fromWire(QStringLiteral("LOCAL"));
    n.capabilities = {Capability::fromWire(QStringLiteral("SMS")), Capability::fromWire(QStringLiteral("HOLOGRAM"))};
    n.money.currencyCode = QStringLiteral("USD");
    n.money.amount = QStringLiteral("2.000001");
    n.paymentIntervalMonths = 3;
    n.nextChargeDate = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 123), Qt::UTC);
    n.expireAt = QDateTime(QDate(2027, 1, 2), QTime(1, 2, 3), Qt::OffsetFromUTC, 3600); // not UTC: kept as is
    SmsConfiguration sms;
    sms.servicePlanId = QStringLiteral("plan-a");
    sms.campaignId = QStringLiteral("campaign-b");
    ScheduledProvisioning scheduled;
    scheduled.servicePlanId = QStringLiteral("plan-c");
    scheduled.status = ProvisioningStatus::fromWire(QStringLiteral("FAILED"));
    scheduled.lastUpdatedTime = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    scheduled.errorCodes = {SmsErrorCode::fromWire(QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE")),
                            SmsErrorCode::fromWire(QStringLiteral("SOMETHING_NEW"))};
    scheduled.extra.insert(QStringLiteral("futureField"), 7);
    sms.scheduledProvisioning = scheduled;
    sms.extra.insert(QStringLiteral("smsExtra"), QJsonArray{1, QStringLiteral("two")});
    n.smsConfiguration = sms;
    VoiceConfiguration voice;
    voice.type = VoiceType::fromWire(QStringLiteral("EST"));
    voice.trunkId = QStringLiteral("trunk-9");
    voice.lastUpdatedTime = QDateTime(QDate(2026, 10, 1), QTime(12, 30), Qt::UTC);
    ScheduledVoiceProvisioning voiceScheduled;
    voiceScheduled.type = VoiceType::fromWire(QStringLiteral("RTC"));
    voiceScheduled.appId = QStringLiteral("app-1");
    voiceScheduled.status = ProvisioningStatus::fromWire(QStringLiteral("WAITING"));
    voiceScheduled.extra.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}});
    voice.scheduledVoiceProvisioning = voiceScheduled;
    n.voiceConfiguration = voice;
    n.callbackUrl = QStringLiteral("https://example.test/cb");
    n.extra.insert(QStringLiteral("unknownTopLevel"), QStringLiteral("kept"));
    return n;
}

QMap<QString, QByteArray> TestInventoryImage::byNumber(const QList<ActiveNumber> &numbers)
{
    QMap<QString, QByteArray> out;
    for (const ActiveNumber &n : numbers) {
        out.insert(n.phoneNumber, jsonOf(n));
    }
    return out;
}

QList<ActiveNumber> TestInventoryImage::readAll(InventoryStore &store, bool *fromImage)
{
    return store.readAllNumbers(fromImage).value_or(QList<ActiveNumber>());
}

bool TestInventoryImage::commitNumbers(InventoryStore &store, const QList<ActiveNumber> &numbers)
{
    return store.beginSync() && store.addNumbers(numbers)
        && store.commitSync(QDateTime::currentDateTimeUtc(), 1).has_value();
}

std::optional<QList<ActiveNumber>> TestInventoryImage::decode(const QByteArray &image)
{
    QList<ActiveNumber> all;
    int chunks = 0;
    const bool ok = InventoryImage::read(image, std::numeric_limits<qsizetype>::max(), [&](QList<ActiveNumber> &&numbers) {
        ++chunks;
        all = std::move(numbers);
    });
    return ok && chunks == 1 ? std::optional<QList<ActiveNumber>>(all) : std::nullopt;
}

void TestInventoryImage::roundTripKeepsEveryField()
{
    ActiveNumber full = everything();
    ActiveNumber bare;
    bare.phoneNumber = QStringLiteral("+441632960001"); // nothing else set
    ActiveNumber released = full;
    released.phoneNumber = QStringLiteral("+46701234567");
    released.smsConfiguration.reset();
    released.voiceConfiguration.reset();
    InventoryImage::Writer writer;
    for (const ActiveNumber &n : {full, bare, released}) {
        writer.add(n);
    }
    QVERIFY(writer.isValid());
    QCOMPARE(writer.count(), 3);
    const std::optional<QList<ActiveNumber>> read = decode(writer.finish());
    QVERIFY(read.has_value());
    const QList<ActiveNumber> &back = *read;
    QCOMPARE(back.size(), 3);
    QCOMPARE(jsonOf(back.at(0)), jsonOf(full));
    QCOMPARE(jsonOf(back.at(1)), jsonOf(bare));
    QCOMPARE(jsonOf(back.at(2)), jsonOf(released));
    // What JSON text alone would not show: the time spec, and unknown enum values kept as received.
    QCOMPARE(back.at(0).expireAt.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(back.at(0).expireAt.offsetFromUtc(), 3600);
    QCOMPARE(back.at(0).expireAt, full.expireAt);
    QCOMPARE(back.at(0).nextChargeDate.timeSpec(), Qt::UTC);
    QCOMPARE(back.at(0).capabilities.at(1).wire(), QStringLiteral("HOLOGRAM"));
    QCOMPARE(back.at(0).smsConfiguration->scheduledProvisioning->errorCodes.at(1).wire(), QStringLiteral("SOMETHING_NEW"));
    QVERIFY(!back.at(1).smsConfiguration.has_value());
    QVERIFY(!back.at(1).nextChargeDate.isValid());
}

void TestInventoryImage::cutOrForeignImagesAreRefusedWhole()
{
    InventoryImage::Writer writer;
    writer.add(everything());
    ActiveNumber other = everything();
    other.phoneNumber = QStringLiteral("+12025550124");
    writer.add(other);
    const QByteArray image = writer.finish();
    QVERIFY(!decode(image.left(image.size() - 1)));
    QVERIFY(!decode(image + QByteArray(1, '\0')));
    QVERIFY(!decode(QByteArray("NDIN") + image.mid(4)));
    QVERIFY(!decode(QByteArray()));
    QVERIFY(!decode(image.left(40)));
    // A header that promises one number more than the records hold: refused whole, not half read.
    QByteArray damaged = image;
    const qint64 three = 3;
    damaged.replace(8, int(sizeof three), reinterpret_cast<const char *>(&three), int(sizeof three));
    QVERIFY(!decode(damaged));
    const auto whole = decode(image);
    QVERIFY(whole);
    QCOMPARE(whole->size(), 2);
}

void TestInventoryImage::aNumberAddedTwiceMakesTheImageInvalid()
{
    InventoryImage::Writer writer;
    writer.add(everything());
    QVERIFY(writer.isValid());
    writer.add(everything());
    QVERIFY(!writer.isValid());
}

void TestInventoryImage::syncWritesTheImageAndItEqualsTheJson()
{
    SandboxFixture sb;
    QVERIFY(sb.start(QString(), 0, 700, 21));
    QTemporaryDir dir;
    InventoryStore store(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(store.open());
    QVERIFY(!store.hasCurrentImage());
    const auto result = nd::test::syncMirror(sb.client.get(), &store);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY(store.hasCurrentImage());
    bool fromImage = false;
    const QList<ActiveNumber> fast = readAll(store, &fromImage);
    QVERIFY(fromImage);
    QCOMPARE(fast.size(), 700);
    const QMap<QString, QByteArray> json = byNumber(store.numbers()); // the JSON path
    QCOMPARE(json.size(), 700);
    QCOMPARE(byNumber(fast), json);
}

void TestInventoryImage::anUpsertMakesTheImageStaleUntilTheNextRead()
{
    QTemporaryDir dir;
    InventoryStore store(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(store.open());
    ActiveNumber a = everything();
    ActiveNumber b = everything();
    b.phoneNumber = QStringLiteral("+12025550999");
    QVERIFY(commitNumbers(store, {a, b}));
    QVERIFY(store.hasCurrentImage());

    b.displayName = QStringLiteral("Renamed here");
    QVERIFY(store.upsert(b));
    QVERIFY(!store.hasCurrentImage()); // the image still shows the old name: never read
    bool fromImage = true;
    QList<ActiveNumber> read = readAll(store, &fromImage);
    QVERIFY(!fromImage);
    QCOMPARE(byNumber(read).value(b.phoneNumber), jsonOf(b));
    // That read wrote a new image for the mirror as it is now.
    QVERIFY(store.hasCurrentImage());
    read = readAll(store, &fromImage);
    QVERIFY(fromImage);
    QCOMPARE(byNumber(read), byNumber({a, b}));

    // A second connection (the CLI, say) changes the mirror: this one sees the image is stale.
    {
        InventoryStore other(store.filePath());
        QVERIFY(other.open());
        ActiveNumber c = a;
        c.phoneNumber = QStringLiteral("+12025550777");
        QVERIFY(other.upsert(c));
    }
    QVERIFY(!store.hasCurrentImage());
    read = readAll(store, &fromImage);
    QVERIFY(!fromImage);
    QCOMPARE(read.size(), 3);
}

void TestInventoryImage::aCorruptImageFallsBackToTheJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    InventoryStore store(path);
    QVERIFY(store.open());
    QVERIFY(commitNumbers(store, {everything()}));
    {
        QFile image(store.imagePath());
        QVERIFY(image.open(QIODevice::ReadWrite));
        QVERIFY(image.resize(image.size() - 5));
    }
    QVERIFY(store.hasCurrentImage()); // its token is the current one, but it is cut
    bool fromImage = true;
    const QList<ActiveNumber> read = readAll(store, &fromImage);
    QVERIFY(!fromImage);
    QCOMPARE(read.size(), 1);
    QCOMPARE(jsonOf(read.first()), jsonOf(everything()));
}

void TestInventoryImage::aSchemaOneMirrorIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // The first schema, as NumberDesk wrote it before the image existed, with one number.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
                 "CREATE TABLE syncs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT "
                 "NOT NULL, total INTEGER NOT NULL, added INTEGER NOT NULL, removed INTEGER NOT NULL, changed INTEGER NOT "
                 "NULL, requests INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL)",
                 "CREATE TABLE numbers (phone_number TEXT PRIMARY KEY, json BLOB NOT NULL, region_code TEXT NOT NULL, "
                 "type TEXT NOT NULL, display_name TEXT NOT NULL, expire_at TEXT, first_seen INTEGER, changed_in INTEGER)",
                 "CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, sync_id INTEGER, phone_number TEXT NOT "
                 "NULL, kind TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed')), old_json BLOB, new_json BLOB)",
                 "CREATE INDEX changes_sync ON changes (sync_id, phone_number)",
                 "PRAGMA user_version = 1",
                 "PRAGMA application_id = 1313098062",
             }) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        q.prepare(QStringLiteral("INSERT INTO numbers (phone_number, json, region_code, type, display_name) VALUES "
                                 "(?, ?, 'US', 'LOCAL', ?)"));
        q.addBindValue(everything().phoneNumber);
        q.addBindValue(jsonOf(everything()));
        q.addBindValue(everything().displayName);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    InventoryStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 1);
    bool fromImage = true;
    QCOMPARE(byNumber(readAll(store, &fromImage)), byNumber({everything()}));
    QVERIFY(!fromImage);
    QVERIFY(readAll(store, &fromImage).size() == 1 && fromImage);
    ActiveNumber changed = everything();
    changed.displayName = QStringLiteral("After the migration");
    QVERIFY(store.upsert(changed));
    QCOMPARE(byNumber(readAll(store, &fromImage)), byNumber({changed}));
}

void TestInventoryImage::theImageIsAPrivateFileBesideTheMirror()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    InventoryStore store(path);
    QVERIFY(store.open());
    QVERIFY(commitNumbers(store, {everything()}));
    QCOMPARE(store.imagePath(), path + QStringLiteral(".image"));
    QFileInfo info(store.imagePath());
    QVERIFY(info.exists());
#ifndef Q_OS_WIN
    QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
#endif
    store.close();

    // The mirror copied without its image: read from the JSON, which writes the copy its own image.
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(path, copy));
    InventoryStore copied(copy);
    QVERIFY(copied.open());
    QVERIFY(!copied.hasCurrentImage());
    bool fromImage = true;
    QCOMPARE(byNumber(readAll(copied, &fromImage)), byNumber({everything()}));
    QVERIFY(!fromImage);
    QVERIFY(QFileInfo::exists(copied.imagePath()));
    QVERIFY(copied.hasCurrentImage());
    QCOMPARE(byNumber(readAll(copied, &fromImage)), byNumber({everything()}));
    QVERIFY(fromImage);
}

void TestInventoryImage::anImageWrittenForOtherContentIsNotUsed()
{
    // Two mirrors of different content; the second's image file is put where the first's was (another process
    // replacing it, a restored backup): a whole, well-formed image, but not of this content.
    QTemporaryDir dir;
    InventoryStore first(dir.filePath(QStringLiteral("a.sqlite")));
    InventoryStore second(dir.filePath(QStringLiteral("b.sqlite")));
    ActiveNumber other = everything();
    other.phoneNumber = QStringLiteral("+12025550111");
    other.displayName = QStringLiteral("Not in the first mirror");
    for (auto [store, number] : {std::pair{&first, everything()}, std::pair{&second, other}}) {
        QVERIFY(store->open());
        QVERIFY(commitNumbers(*store, {number}));
        QVERIFY(store->hasCurrentImage());
    }
    QVERIFY(QFile::remove(first.imagePath()));
    QVERIFY(QFile::copy(second.imagePath(), first.imagePath()));
    QVERIFY(!first.hasCurrentImage());
    bool fromImage = true;
    QCOMPARE(byNumber(readAll(first, &fromImage)), byNumber({everything()}));
    QVERIFY(!fromImage);
    QVERIFY(first.hasCurrentImage()); // that read wrote it again
    // The other mirror's own image is untouched by any of this.
    QCOMPARE(byNumber(readAll(second, &fromImage)), byNumber({other}));
    QVERIFY(fromImage);
}

void TestInventoryImage::aSchemaTwoImageIsDropped()
{
    // Schema 2 kept the image inside the mirror; schema 3 keeps only the file's token there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        InventoryStore store(path);
        QVERIFY(store.open());
        QVERIFY(commitNumbers(store, {everything()}));
    }
    QVERIFY(QFile::remove(path + QStringLiteral(".image")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        InventoryImage::Writer writer;
        writer.add(everything());
        q.prepare(QStringLiteral("UPDATE image SET data = ?"));
        q.addBindValue(writer.finish());
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    InventoryStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), InventoryStore::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM image")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    QVERIFY(!store.hasCurrentImage());
    bool fromImage = true;
    QCOMPARE(byNumber(readAll(store, &fromImage)), byNumber({everything()}));
    QVERIFY(!fromImage);
    QVERIFY(store.hasCurrentImage());
    QCOMPARE(byNumber(readAll(store, &fromImage)), byNumber({everything()}));
    QVERIFY(fromImage);
}

QTEST_GUILESS_MAIN(TestInventoryImage)
#include "tst_inventoryimage.moc"
