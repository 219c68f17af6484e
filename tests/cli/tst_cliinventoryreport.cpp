// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "expectedreport.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using nd::test::CliRun;
using nd::test::ExpectedReport;

// `numberdesk-cli inventory report` end to end: the real CLI syncs its embedded sandbox into a mirror file, then
// reports from the mirror alone (no connection options); the JSON is compared with the report the test computes
// from the sandbox's saved state (tests/support/expectedreport.h).
class TestCliInventoryReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonEqualsTotalsComputedFromTheServer();
    void oneCurrency();
    void tableAndCsv();
    void badCurrencies();
    void noMirrorYet();

private:
    CliRun report(const QStringList &arguments);
    QList<nd::sandbox::ActiveNumberRecord> records();

    QTemporaryDir m_dir;
    QString m_state;
    QString m_mirror;
};

void TestCliInventoryReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_state = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    m_mirror = m_dir.filePath(QStringLiteral("mirror.sqlite"));
    const CliRun sync = nd::test::runCli(
        QStringLiteral(ND_CLI_BINARY),
        {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-seed"), QStringLiteral("5"),
         QStringLiteral("--sandbox-active"), QStringLiteral("600"), QStringLiteral("--sandbox-state"), m_state,
         QStringLiteral("--inventory-db"), m_mirror, QStringLiteral("inventory"), QStringLiteral("sync")},
        nd::test::cleanEnvironment(m_dir.path()));
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

CliRun TestCliInventoryReport::report(const QStringList &arguments)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                            QStringList{QStringLiteral("--inventory-db"), m_mirror, QStringLiteral("inventory"),
                                        QStringLiteral("report")}
                                + arguments,
                            nd::test::cleanEnvironment(m_dir.path()));
}

QList<nd::sandbox::ActiveNumberRecord> TestCliInventoryReport::records()
{
    nd::sandbox::SandboxState state;
    if (const auto loaded = state.load(m_state); !loaded) {
        qWarning("%s", qPrintable(loaded.error().message));
        return {};
    }
    return state.activeNumbers();
}

void TestCliInventoryReport::jsonEqualsTotalsComputedFromTheServer()
{
    const CliRun r = report({QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject actual = QJsonDocument::fromJson(r.out).object();
    const QDateTime asOf = QDateTime::fromString(actual.take(QStringLiteral("asOf")).toString(), Qt::ISODateWithMs);
    QVERIFY(asOf.isValid());
    QVERIFY(qAbs(asOf.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QList<nd::sandbox::ActiveNumberRecord> all = records();
    QCOMPARE(all.size(), 600);
    const QJsonObject expected = ExpectedReport::compute(all, asOf.toMSecsSinceEpoch());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(actual.keys(), expected.keys());
    // The shape: amounts as strings with 2 decimals, 12 months, groups in order.
    QCOMPARE(actual.value(QStringLiteral("dueByMonth")).toArray().size(), 12);
    QVERIFY(actual.value(QStringLiteral("runRate")).toObject().size() >= 3);
    for (const QJsonValue &v : actual.value(QStringLiteral("runRate")).toObject()) {
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]+\\.[0-9]{2}$")).match(v.toString()).hasMatch());
    }
}

void TestCliInventoryReport::oneCurrency()
{
    const CliRun r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--currency"),
                             QStringLiteral("sek")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject actual = QJsonDocument::fromJson(r.out).object();
    const QDateTime asOf = QDateTime::fromString(actual.take(QStringLiteral("asOf")).toString(), Qt::ISODateWithMs);
    QList<nd::sandbox::ActiveNumberRecord> sek;
    for (const auto &rec : records()) {
        if (rec.money.currencyCode == QLatin1String("SEK"))
            sek.append(rec);
    }
    QVERIFY(!sek.isEmpty());
    QCOMPARE(actual, ExpectedReport::compute(sek, asOf.toMSecsSinceEpoch()));
}

void TestCliInventoryReport::tableAndCsv()
{
    const CliRun table = report({});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QString text = table.outText();
    // Failures in words, never as the raw code.
    QVERIFY(text.contains(QStringLiteral("Linking the number to the SMS service plan failed"))
            || text.contains(QStringLiteral("The 10DLC campaign has not been accepted yet")));
    QVERIFY(!text.contains(QStringLiteral("SMS_PROVISIONING_FAILED")));
    int failed = 0;
    for (const auto &rec : records()) {
        if ((rec.scheduledSms && rec.scheduledSms->status == nd::sandbox::ProvisioningStatus::Failed)
            || (rec.scheduledVoice && rec.scheduledVoice->status == nd::sandbox::ProvisioningStatus::Failed))
            ++failed;
    }
    QVERIFY(failed > 0);
    QVERIFY(text.contains(QStringLiteral("Provisioning failed (%1)").arg(failed)));

    const CliRun csv = report({QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("section,regionCode,type,month,currency,count,amount,phoneNumber,detail"));
    int failedRows = 0;
    for (const QByteArray &l : lines) {
        failedRows += l.startsWith("provisioningFailed,") ? 1 : 0;
    }
    QCOMPARE(failedRows, failed);
}

void TestCliInventoryReport::badCurrencies()
{
    const CliRun malformed = report({QStringLiteral("--currency"), QStringLiteral("dollars")});
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY2(malformed.errText().contains(QStringLiteral("--currency")), malformed.err.constData());
    const CliRun unused = report({QStringLiteral("--currency"), QStringLiteral("XAU")});
    QCOMPARE(unused.exitCode, 1);
    QVERIFY2(unused.errText().contains(QStringLiteral("XAU")) && unused.errText().contains(QStringLiteral("USD")),
             unused.err.constData());
    QVERIFY(unused.out.isEmpty());
}

void TestCliInventoryReport::noMirrorYet()
{
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                      {QStringLiteral("--inventory-db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                                       QStringLiteral("inventory"), QStringLiteral("report")},
                                      nd::test::cleanEnvironment(m_dir.path()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("inventory sync")), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInventoryReport)
#include "tst_cliinventoryreport.moc"
