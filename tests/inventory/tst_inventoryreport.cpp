// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedreport.h"
#include "inventoryreport.h"
#include "inventoryreportformat.h"
#include "inventorystore.h"
#include "inventorysync.h"
#include "mirrorsync.h"
#include "sandboxfixture.h"
#include "smserrortext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace nd;
using nd::test::ExpectedReport;
using nd::test::SandboxFixture;

// The inventory report over a seeded sandbox inventory, synced into a real mirror over loopback HTTP, compared
// with the same report computed by the test from the sandbox's own records (tests/support/expectedreport.h).
class TestInventoryReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportEqualsTotalsComputedFromTheServer_data();
    void reportEqualsTotalsComputedFromTheServer();
    void seededInventoryExercisesEveryPart();
    void failuresAreExplainedInWords();
    void oneCurrencyOnly();
    void csvHasOneRowPerAmountAndNumber();

private:
    // Seeds a sandbox, syncs it into a new mirror and computes the report at the sandbox's clock.
    bool syncAndReport(int active, quint32 seed, const QString &currency = {});

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::optional<InventoryReport> m_report;
    QList<ActiveNumber> m_numbers;
    qint64 m_nowMs = 0;
};

bool TestInventoryReport::syncAndReport(int active, quint32 seed, const QString &currency)
{
    m_sb.client.reset();
    m_sb.server.reset();
    if (!m_sb.start(QString(), 0, active, seed)) {
        return false;
    }
    InventoryStore store(m_dir.filePath(QStringLiteral("mirror-%1-%2.sqlite").arg(active).arg(seed)));
    if (!store.open()) {
        return false;
    }
    if (!nd::test::syncMirror(m_sb.client.get(), &store).value_or(InventorySyncResult()).ok()) {
        return false;
    }
    m_numbers = store.numbers();
    m_nowMs = m_sb.state()->nowMs();
    m_report = InventoryReport::compute(m_numbers, QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC), currency);
    return true;
}

void TestInventoryReport::reportEqualsTotalsComputedFromTheServer_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("default project") << 25 << 7u;
    QTest::newRow("400 numbers") << 400 << 11u;
    QTest::newRow("1500 numbers") << 1500 << 3u;
}

void TestInventoryReport::reportEqualsTotalsComputedFromTheServer()
{
    QFETCH(int, active);
    QFETCH(quint32, seed);
    QVERIFY(syncAndReport(active, seed));
    QCOMPARE(m_numbers.size(), m_sb.state()->activeCount());

    QJsonObject actual = InventoryReportFormat::toJson(*m_report);
    QCOMPARE(actual.take(QStringLiteral("asOf")).toString(),
             QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
    const QJsonObject expected = ExpectedReport::compute(m_sb.state()->activeNumbers(), m_nowMs);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1:\nreport:   %2\nexpected: %3")
                                .arg(it.key(),
                                     QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), actual.value(it.key())}})
                                                           .toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}})
                                                           .toJson(QJsonDocument::Compact)))));
    }
    QCOMPARE(actual.keys(), expected.keys());

    // The groups' numbers are exactly the numbers not being released, each once.
    QStringList grouped;
    for (const InventoryReport::Group &g : m_report->groups) {
        QCOMPARE(g.phoneNumbers.size(), g.count);
        grouped += g.phoneNumbers;
    }
    grouped.sort();
    QStringList running;
    for (const sandbox::ActiveNumberRecord &r : m_sb.state()->activeNumbers()) {
        if (r.expireAtMs == 0)
            running.append(r.phoneNumber);
    }
    QCOMPARE(grouped, running);
}

void TestInventoryReport::seededInventoryExercisesEveryPart()
{
    QVERIFY(syncAndReport(25, 7));
    QSet<int> intervals;
    QSet<QString> currencies;
    for (const ActiveNumber &n : std::as_const(m_numbers)) {
        intervals.insert(n.paymentIntervalMonths);
        currencies.insert(n.money.currencyCode);
    }
    QVERIFY(intervals.contains(1));
    QVERIFY(intervals.contains(3));
    QVERIFY(intervals.contains(12));
    QVERIFY2(currencies.size() >= 3, qPrintable(QStringList(currencies.cbegin(), currencies.cend()).join(u',')));
    QVERIFY(m_report->currencies().size() >= 3);
    QVERIFY(m_report->releasing > 0);
    QVERIFY(!m_report->releasingRunRate.isEmpty());
    QVERIFY(!m_report->provisioningFailed.isEmpty());
    QVERIFY(!m_report->provisioningPending.isEmpty());
    QVERIFY(!m_report->unconfigured.isEmpty());
    QVERIFY(!m_report->releasingSoon.isEmpty());
    QVERIFY(m_report->unpriced.isEmpty());
    int monthsWithCharges = 0;
    for (const InventoryReport::Month &m : m_report->dueByMonth) {
        monthsWithCharges += m.amount.isEmpty() ? 0 : 1;
    }
    QCOMPARE(m_report->dueByMonth.size(), InventoryReport::Months);
    QCOMPARE(monthsWithCharges, InventoryReport::Months); // monthly numbers are charged every month
}

void TestInventoryReport::failuresAreExplainedInWords()
{
    QVERIFY(syncAndReport(25, 7));
    bool sawSms = false;
    bool sawVoice = false;
    for (const InventoryReport::Failure &f : m_report->provisioningFailed) {
        const sandbox::ActiveNumberRecord *r = m_sb.state()->activeNumber(f.phoneNumber);
        QVERIFY(r);
        const QString text = f.description();
        if (r->scheduledSms && r->scheduledSms->status == sandbox::ProvisioningStatus::Failed) {
            sawSms = true;
            QVERIFY(f.sms);
            QVERIFY(!r->scheduledSms->errorCodes.isEmpty());
            for (const QString &code : r->scheduledSms->errorCodes) {
                const QString words = smsErrorCodeText(SmsErrorCode::fromWire(code));
                QVERIFY2(words != code, qPrintable(code)); // a known code, in words
                QVERIFY2(text.contains(words), qPrintable(text));
                QVERIFY(!text.contains(code));
            }
        }
        if (r->scheduledVoice && r->scheduledVoice->status == sandbox::ProvisioningStatus::Failed) {
            sawVoice = true;
            QVERIFY(f.voice);
            QVERIFY(!text.isEmpty());
        }
    }
    QVERIFY(sawSms);
    QVERIFY(sawVoice);
}

void TestInventoryReport::oneCurrencyOnly()
{
    QVERIFY(syncAndReport(400, 11, QStringLiteral("EUR")));
    QList<sandbox::ActiveNumberRecord> eur;
    for (const sandbox::ActiveNumberRecord &r : m_sb.state()->activeNumbers()) {
        if (r.money.currencyCode == QLatin1String("EUR"))
            eur.append(r);
    }
    QVERIFY(!eur.isEmpty());
    QVERIFY(eur.size() < m_sb.state()->activeCount());
    QJsonObject actual = InventoryReportFormat::toJson(*m_report);
    actual.remove(QStringLiteral("asOf"));
    QCOMPARE(actual, ExpectedReport::compute(eur, m_nowMs));
    QCOMPARE(m_report->currencies(), QStringList{QStringLiteral("EUR")});
}

void TestInventoryReport::csvHasOneRowPerAmountAndNumber()
{
    QVERIFY(syncAndReport(25, 7));
    const QJsonObject expected = ExpectedReport::compute(m_sb.state()->activeNumbers(), m_nowMs);
    const QList<QByteArray> lines = InventoryReportFormat::toCsv(*m_report).split('\n');
    QCOMPARE(lines.first(), QByteArray("section,regionCode,type,month,currency,count,amount,phoneNumber,detail"));
    QCOMPARE(lines.last(), QByteArray()); // ends with a line end
    QMap<QByteArray, int> sections;
    QByteArrayList runRateCells;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArray section = lines.at(i).left(lines.at(i).indexOf(','));
        ++sections[section];
        if (section == "runRate") {
            runRateCells.append(lines.at(i));
        }
    }
    const QJsonObject runRate = expected.value(QStringLiteral("runRate")).toObject();
    QCOMPARE(runRateCells.size(), runRate.size());
    for (auto it = runRate.begin(); it != runRate.end(); ++it) {
        QVERIFY(runRateCells.contains("runRate,,,," + it.key().toUtf8() + ",," + it.value().toString().toUtf8() + ",,"));
    }
    const QJsonObject attention = expected.value(QStringLiteral("attention")).toObject();
    QCOMPARE(sections.value("provisioningFailed"), attention.value(QStringLiteral("provisioningFailed")).toArray().size());
    QCOMPARE(sections.value("provisioningPending"),
             attention.value(QStringLiteral("provisioningPending")).toArray().size());
    QCOMPARE(sections.value("unconfigured"), attention.value(QStringLiteral("unconfigured")).toArray().size());
    QCOMPARE(sections.value("releasingSoon"), attention.value(QStringLiteral("releasingSoon")).toArray().size());
    int groupRows = 0;
    for (const QJsonValue &g : expected.value(QStringLiteral("groups")).toArray()) {
        groupRows += std::max<qsizetype>(1, g.toObject().value(QStringLiteral("runRate")).toObject().size());
    }
    QCOMPARE(sections.value("group"), groupRows);
}

QTEST_GUILESS_MAIN(TestInventoryReport)
#include "tst_inventoryreport.moc"
