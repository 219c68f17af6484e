// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriters.h"
#include "numbertable.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <optional>
#include <random>

using namespace nd;

// NumberTable: the Active tab's rows and the mirror's image are one structure. A number comes back from the table,
// and from the table written out and read back, equal to the one added; rows read back sort, find and look up
// exactly as the rows written; a damaged image is refused.
class TestNumberTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersComeBackAsAdded();
    void aMovedFromTableIsAnEmptyTable();
    void anImageReadsBackEveryFieldAndKey_data();
    void anImageReadsBackEveryFieldAndKey();
    void anImageInNumberOrderIsSortedAndLooksUpEveryNumber();
    void aNumberListedTwiceIsRefused_data();
    void aNumberListedTwiceIsRefused();
    void aReplacedNameIsFoundByItsNewText();
    void searchTextReadLaterIsAdoptedUnlessARowChanged();
    void cutPaddedOrForeignImagesAreRefused();
    void everyDamagedByteIsRefused();

private:
    static QList<ActiveNumber> sample();
    static QByteArray jsonOf(const ActiveNumber &n) { return QJsonDocument(json::toJson(n)).toJson(QJsonDocument::Compact); }
    static NumberTable tableOf(const QList<ActiveNumber> &numbers);
    // Lines of a search buffer, keyed by the row's number.
    static QMap<QString, QByteArray> linesByNumber(const NumberTable &table, const QByteArray &buffer);
};

QList<ActiveNumber> TestNumberTable::sample()
{
    QList<ActiveNumber> numbers;
    ActiveNumber full;
    full.phoneNumber = QStringLiteral("+12025550123");
    full.projectId = QStringLiteral("project-1");
    full.displayName = QStringLiteral("Zoë’s line — ☎");
    full.regionCode = QStringLiteral("US");
    full.type = NumberType::fromWire(QStringLiteral("LOCAL"));
    full.capabilities = {Capability::fromWire(QStringLiteral("SMS")), Capability::fromWire(QStringLiteral("HOLOGRAM"))};
    full.money = Money{QStringLiteral("USD"), QStringLiteral("2.000001")};
    full.paymentIntervalMonths = 3;
    full.nextChargeDate = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 123), Qt::UTC);
    full.expireAt = QDateTime(QDate(2027, 1, 2), QTime(1, 2, 3), Qt::OffsetFromUTC, 3600); // kept out of line
    SmsConfiguration sms;
    sms.servicePlanId = QStringLiteral("plan-a");
    ScheduledProvisioning scheduled;
    scheduled.status = ProvisioningStatus::fromWire(QStringLiteral("FAILED"));
    scheduled.lastUpdatedTime = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    scheduled.errorCodes = {SmsErrorCode::fromWire(QStringLiteral("SOMETHING_NEW"))};
    scheduled.extra.insert(QStringLiteral("futureField"), 7);
    sms.scheduledProvisioning = scheduled;
    full.smsConfiguration = sms;
    VoiceConfiguration voice;
    voice.type = VoiceType::fromWire(QStringLiteral("EST"));
    voice.trunkId = QStringLiteral("trunk-9");
    voice.lastUpdatedTime = QDateTime(QDate(2026, 10, 1), QTime(12, 30), Qt::UTC);
    full.voiceConfiguration = voice;
    full.callbackUrl = QStringLiteral("https://example.test/cb");
    full.extra.insert(QStringLiteral("unknownTopLevel"), QStringLiteral("kept"));
    numbers << full;

    ActiveNumber bare;
    bare.phoneNumber = QStringLiteral("+441632960001");
    numbers << bare;

    ActiveNumber irregular = full; // no numberKey: ties and look-ups go by the text
    irregular.phoneNumber = QStringLiteral("0046 70 123");
    irregular.displayName = QStringLiteral("line\nwith a break");
    irregular.money = Money{QStringLiteral("EUR"), QStringLiteral("not a price")};
    irregular.expireAt = QDateTime(QDate(2027, 1, 2), QTime(1, 2, 3), Qt::UTC);
    numbers << irregular;

    // Many plain numbers sharing pooled values, added out of number order.
    std::mt19937 random(7);
    for (int i = 0; i < 300; ++i) {
        ActiveNumber n;
        n.phoneNumber = QStringLiteral("+1206555%1").arg(int(random() % 9000) + 1000 + i * 10000);
        n.projectId = QStringLiteral("project-1");
        n.displayName = i % 3 == 0 ? QString() : QStringLiteral("Desk %1").arg(i);
        n.regionCode = i % 2 ? QStringLiteral("US") : QStringLiteral("GB");
        n.type = NumberType::fromWire(i % 2 ? QStringLiteral("MOBILE") : QStringLiteral("TOLL_FREE"));
        n.capabilities = {Capability::fromWire(QStringLiteral("VOICE"))};
        n.money = Money{QStringLiteral("USD"), QStringLiteral("%1.50").arg(i % 4)};
        n.paymentIntervalMonths = 1;
        n.nextChargeDate = QDateTime(QDate(2027, 1, 1 + i % 28), QTime(0, 0), Qt::UTC);
        if (i % 5 == 0) {
            VoiceConfiguration v;
            v.appId = QStringLiteral("app-%1").arg(i % 7);
            ScheduledVoiceProvisioning p;
            p.status = ProvisioningStatus::fromWire(QStringLiteral("IN_PROGRESS"));
            v.scheduledVoiceProvisioning = p;
            n.voiceConfiguration = v;
        }
        numbers << n;
    }
    return numbers;
}

NumberTable TestNumberTable::tableOf(const QList<ActiveNumber> &numbers)
{
    NumberTable table;
    for (const ActiveNumber &n : numbers) {
        table.append(n);
    }
    return table;
}

QMap<QString, QByteArray> TestNumberTable::linesByNumber(const NumberTable &table, const QByteArray &buffer)
{
    const QList<QByteArray> lines = buffer.split('\n');
    QMap<QString, QByteArray> out;
    for (qsizetype i = 0; i < table.size(); ++i) {
        out.insert(table.phone(table.row(i)).toString(), lines.value(i));
    }
    return out;
}

void TestNumberTable::aMovedFromTableIsAnEmptyTable()
{
    NumberTable table = tableOf(sample().mid(0, 4));
    NumberTable taken = std::move(table);
    QCOMPARE(taken.size(), 4);
    QCOMPARE(table.size(), 0); // NOLINT(bugprone-use-after-move): the documented state
    QVERIFY(!table.sms(0).has_value());
    QCOMPARE(table.text(0), QString());
    QCOMPARE(table.rowOf(sample().first().phoneNumber), -1);
    QCOMPARE(table.append(sample().first()), 0);
    QCOMPARE(jsonOf(table.number(0)), jsonOf(sample().first()));
}

void TestNumberTable::numbersComeBackAsAdded()
{
    const QList<ActiveNumber> numbers = sample();
    const NumberTable table = tableOf(numbers);
    QCOMPARE(table.size(), numbers.size());
    QCOMPARE(table.irregularNumbers(), 1);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QCOMPARE(jsonOf(table.number(i)), jsonOf(numbers.at(i)));
        QCOMPARE(table.rowOf(numbers.at(i).phoneNumber), int(i));
    }
    QCOMPARE(table.rowOf(QStringLiteral("+19999999999")), -1);
    QCOMPARE(table.number(0).expireAt.timeSpec(), Qt::OffsetFromUTC);
    // Shared values are pooled once: 303 numbers, a handful of distinct voice configurations.
    QVERIFY(table.row(3).regionCode == table.row(5).regionCode);
    QVERIFY(table.row(3).sms == 0);
}

void TestNumberTable::anImageReadsBackEveryFieldAndKey_data()
{
    QTest::addColumn<bool>("byNumber");
    QTest::newRow("as added") << false;
    QTest::newRow("by number") << true;
}

void TestNumberTable::anImageReadsBackEveryFieldAndKey()
{
    QFETCH(bool, byNumber);
    const QList<ActiveNumber> numbers = sample();
    const NumberTable written = tableOf(numbers);
    const QByteArray image =
        written.toImage(byNumber ? NumberTable::ImageOrder::ByNumber : NumberTable::ImageOrder::AsAdded);
    std::optional<NumberTable> read = NumberTable::fromImage(image);
    QVERIFY(read);
    QCOMPARE(read->size(), written.size());
    QCOMPARE(read->irregularNumbers(), written.irregularNumbers());
    for (qsizetype i = 0; i < read->size(); ++i) {
        const ActiveNumber n = read->number(i);
        const int at = written.rowOf(n.phoneNumber);
        QVERIFY2(at >= 0, qPrintable(n.phoneNumber));
        if (!byNumber) {
            QCOMPARE(at, int(i)); // the order they were added
        }
        QCOMPARE(jsonOf(n), jsonOf(written.number(at)));
        QCOMPARE(n.expireAt.timeSpec(), written.number(at).expireAt.timeSpec());
        // The keys a row derives from its values, recomputed on reading, are the ones computed on adding.
        const NumberTable::Row &a = read->row(i);
        const NumberTable::Row &b = written.row(at);
        QCOMPARE(a.numberKey, b.numberKey);
        QCOMPARE(a.priceKey, b.priceKey);
        QCOMPARE(a.nextChargeMs, b.nextChargeMs);
        QCOMPARE(a.expireMs, b.expireMs);
        QCOMPARE(a.capabilityMask, b.capabilityMask);
        QCOMPARE(a.provisioningRank, b.provisioningRank);
        QCOMPARE(read->text(a.regionCode), written.text(b.regionCode));
        QCOMPARE(read->rowOf(n.phoneNumber), int(i));
    }
    // The search buffers travel with the image, line for line.
    QCOMPARE(linesByNumber(*read, read->numberText()), linesByNumber(written, written.numberText()));
    QCOMPARE(linesByNumber(*read, read->foldedText()), linesByNumber(written, written.foldedText()));
    QVERIFY(!read->foldedText().contains("line\nwith")); // a line break in a name never splits its line
    // A table read back grows as one built by hand.
    ActiveNumber added;
    added.phoneNumber = QStringLiteral("+15550000001");
    added.displayName = QStringLiteral("Added later");
    const int row = read->append(added);
    QCOMPARE(row, int(numbers.size()));
    QCOMPARE(read->rowOf(added.phoneNumber), row);
    for (const ActiveNumber &n : numbers) {
        QCOMPARE(jsonOf(read->number(read->rowOf(n.phoneNumber))), jsonOf(n));
    }
    QVERIFY(read->foldedText().contains("added later\n"));
}

void TestNumberTable::anImageInNumberOrderIsSortedAndLooksUpEveryNumber()
{
    QList<ActiveNumber> numbers = sample();
    numbers.removeAt(2); // only regular numbers: the whole table is in numberKey order
    const NumberTable written = tableOf(numbers);
    std::optional<NumberTable> read = NumberTable::fromImage(written.toImage(NumberTable::ImageOrder::ByNumber));
    QVERIFY(read);
    for (qsizetype i = 1; i < read->size(); ++i) {
        QVERIFY(read->row(i - 1).numberKey < read->row(i).numberKey);
    }
    // The index it deferred is built on the first look-up, for every row.
    for (qsizetype i = 0; i < read->size(); ++i) {
        QCOMPARE(read->rowOf(read->phone(read->row(i)).toString()), int(i));
    }
}

void TestNumberTable::aNumberListedTwiceIsRefused_data()
{
    QTest::addColumn<bool>("byNumber");
    QTest::newRow("as added") << false;
    QTest::newRow("by number") << true;
}

void TestNumberTable::aNumberListedTwiceIsRefused()
{
    QFETCH(bool, byNumber);
    // append() expects a number not listed yet; a table that breaks that never becomes an image that reads back.
    QList<ActiveNumber> numbers = sample().mid(3, 20);
    numbers << numbers.at(4);
    NumberTable table;
    for (const ActiveNumber &n : numbers) {
        table.append(n);
    }
    QVERIFY(!NumberTable::fromImage(
        table.toImage(byNumber ? NumberTable::ImageOrder::ByNumber : NumberTable::ImageOrder::AsAdded)));
}

void TestNumberTable::aReplacedNameIsFoundByItsNewText()
{
    const QList<ActiveNumber> numbers = sample();
    std::optional<NumberTable> table = NumberTable::fromImage(tableOf(numbers).toImage());
    QVERIFY(table);
    ActiveNumber renamed = numbers.at(1);
    renamed.displayName = QStringLiteral("Front DESK");
    renamed.money = Money{QStringLiteral("SEK"), QStringLiteral("9")};
    table->replace(1, renamed);
    QCOMPARE(jsonOf(table->number(1)), jsonOf(renamed));
    QCOMPARE(table->rowOf(renamed.phoneNumber), 1);
    QCOMPARE(table->foldedText().split('\n').at(1), QByteArray("front desk"));
    // Written out again, the text is compact and the new name stays.
    const std::optional<NumberTable> again = NumberTable::fromImage(table->toImage());
    QVERIFY(again);
    QCOMPARE(jsonOf(again->number(1)), jsonOf(renamed));
    QCOMPARE(again->foldedText(), table->foldedText());
}

void TestNumberTable::searchTextReadLaterIsAdoptedUnlessARowChanged()
{
    const QList<ActiveNumber> numbers = sample();
    const QByteArray image = tableOf(numbers).toImage(NumberTable::ImageOrder::ByNumber);
    const std::optional<NumberTable> whole = NumberTable::fromImage(image);
    QVERIFY(whole);

    // Shown first, its search buffers read after: the same buffers.
    QBuffer device;
    device.setData(image);
    QVERIFY(device.open(QIODevice::ReadOnly));
    std::optional<NumberTable> table = NumberTable::fromImage(&device, true);
    QVERIFY(table);
    const NumberTable::PendingSearchText pending = table->pendingSearchText();
    QVERIFY(pending.numberTextBytes > 0);
    std::optional<NumberTable::SearchText> text = NumberTable::readSearchText(&device, pending);
    QVERIFY(text);
    QVERIFY(device.atEnd());
    QVERIFY(table->adoptSearchText(*text));
    QCOMPARE(table->numberText(), whole->numberText());
    QCOMPARE(table->foldedText(), whole->foldedText());

    // A row renamed in between: the buffers read for the old text are refused, the table's own show the new name.
    device.seek(0);
    table = NumberTable::fromImage(&device, true);
    QVERIFY(table);
    text = NumberTable::readSearchText(&device, table->pendingSearchText());
    QVERIFY(text);
    ActiveNumber renamed = table->number(7);
    renamed.displayName = QStringLiteral("Renamed While Loading");
    table->replace(7, renamed);
    QVERIFY(!table->adoptSearchText(*text));
    QCOMPARE(table->foldedText().split('\n').at(7), QByteArray("renamed while loading"));

    // A find before they arrive builds them; the late ones are then not needed.
    device.seek(0);
    table = NumberTable::fromImage(&device, true);
    QVERIFY(table);
    text = NumberTable::readSearchText(&device, table->pendingSearchText());
    QCOMPARE(table->foldedText(), whole->foldedText());
    QVERIFY(!table->adoptSearchText(*text));

    // Buffers of another table (another row count, same revision) are refused.
    QBuffer small;
    small.setData(tableOf(numbers.mid(0, 5)).toImage());
    QVERIFY(small.open(QIODevice::ReadOnly));
    std::optional<NumberTable> other = NumberTable::fromImage(&small, true);
    QVERIFY(other);
    QCOMPARE(other->revision(), text->revision);
    QVERIFY(!other->adoptSearchText(*text));
    QCOMPARE(other->foldedText().count('\n'), 5);

    // A search buffer damaged on disk is refused (its line count alone would not show it).
    QByteArray damaged = image;
    damaged[damaged.size() - 3] = char(damaged.at(damaged.size() - 3) ^ 0x20);
    device.close();
    device.setData(damaged);
    QVERIFY(device.open(QIODevice::ReadOnly));
    table = NumberTable::fromImage(&device, true);
    QVERIFY(table); // the rows are whole
    QVERIFY(!NumberTable::readSearchText(&device, table->pendingSearchText()));
    QVERIFY(!NumberTable::fromImage(damaged));
}

void TestNumberTable::cutPaddedOrForeignImagesAreRefused()
{
    const QByteArray image = tableOf(sample()).toImage(NumberTable::ImageOrder::ByNumber);
    QVERIFY(NumberTable::fromImage(image));
    QVERIFY(!NumberTable::fromImage(image.left(image.size() - 1)));
    QVERIFY(!NumberTable::fromImage(image + QByteArray(1, '\0')));
    QVERIFY(!NumberTable::fromImage(QByteArray("NDIN") + image.mid(4)));
    QVERIFY(!NumberTable::fromImage(QByteArray()));
    QVERIFY(!NumberTable::fromImage(image.left(40)));
    // A header that promises one row more than the records hold.
    QByteArray damaged = image;
    qint64 rows = 0;
    std::memcpy(&rows, damaged.constData() + 8, sizeof rows);
    ++rows;
    damaged.replace(8, int(sizeof rows), reinterpret_cast<const char *>(&rows), int(sizeof rows));
    QVERIFY(!NumberTable::fromImage(damaged));
    // An empty table is an image too.
    const std::optional<NumberTable> empty = NumberTable::fromImage(NumberTable().toImage());
    QVERIFY(empty);
    QCOMPARE(empty->size(), 0);
}

void TestNumberTable::everyDamagedByteIsRefused()
{
    // The structure checks refuse a cut or lying image; the checksums refuse what they cannot see (a changed letter
    // of a number, a changed offset, a price or a date): one damaged byte anywhere and the JSON is read instead.
    const QByteArray image = tableOf(sample().mid(0, 12)).toImage(NumberTable::ImageOrder::ByNumber);
    QVERIFY(NumberTable::fromImage(image));
    for (qsizetype at = 0; at < image.size(); ++at) {
        QByteArray damaged = image;
        damaged[at] = char(damaged.at(at) ^ 0x5A);
        QVERIFY2(!NumberTable::fromImage(damaged), qPrintable(QStringLiteral("byte %1 of %2").arg(at).arg(image.size())));
    }
}

QTEST_GUILESS_MAIN(TestNumberTable)
#include "tst_numbertable.moc"
