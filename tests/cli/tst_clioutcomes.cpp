// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "recordingserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using nd::test::CannedResponse;
using nd::test::CliRun;
using nd::test::RecordingServer;

// Billable and destructive commands under injected faults: the printed outcome, the exit code, the sandbox's
// own state afterwards (read back with a second run on the same --sandbox-state) and the activity log.
class TestCliOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rentDroppedAfterCommitIsRented();
    void rentResetIsNotRentedAndSaysSo();
    void rentWithFailedCheckIsUnknown();
    void rentAnyDroppedAfterCommitRecordsTheNumber();
    void releaseDroppedAfterCommitIsReleased();
    void callbacksSetDroppedAfterCommitNeverLogsTheSecret();
    void activityExportsCsvAndJson();
    void activityFilters();
    void unwritableAuditLogRefusesBeforeSending();
    void badCaBundleIsAUsageError();
    void badFaultSpecIsAUsageError();
    void helpDocumentsTheNewExitCodes();

private:
    CliRun cli(const QStringList &arguments);
    CliRun sandbox(const QStringList &arguments, const QString &faults = QString());
    QString availableNumber(int index = 0);
    QJsonArray activity(const QStringList &filter = {});

    QTemporaryDir m_home;
    QString m_state;
    QString m_audit;
};

void TestCliOutcomes::init()
{
    QVERIFY(m_home.isValid());
    static int round = 0;
    ++round;
    m_state = m_home.filePath(QStringLiteral("sandbox-%1.json").arg(round));
    m_audit = m_home.filePath(QStringLiteral("audit-%1.sqlite").arg(round));
}

CliRun TestCliOutcomes::cli(const QStringList &arguments)
{
    QProcessEnvironment env = nd::test::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), m_audit);
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), arguments, env);
}

CliRun TestCliOutcomes::sandbox(const QStringList &arguments, const QString &faults)
{
    QStringList args{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-state"), m_state};
    if (!faults.isEmpty()) {
        args << QStringLiteral("--sandbox-faults") << faults;
    }
    return cli(args + arguments);
}

QString TestCliOutcomes::availableNumber(int index)
{
    const CliRun r = sandbox({QStringLiteral("available"), QStringLiteral("search"), QStringLiteral("--region"),
                              QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL"),
                              QStringLiteral("--size"), QStringLiteral("5"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > index + 1 ? lines.at(index + 1).section(QLatin1Char(','), 0, 0) : QString();
}

QJsonArray TestCliOutcomes::activity(const QStringList &filter)
{
    const CliRun r = cli(QStringList{QStringLiteral("activity"), QStringLiteral("--format"), QStringLiteral("json")} + filter);
    if (r.exitCode != 0) {
        qWarning("activity failed: %s", r.err.constData());
    }
    return QJsonDocument::fromJson(r.out).array();
}

void TestCliOutcomes::rentDroppedAfterCommitIsRented()
{
    const QString n = availableNumber();
    QVERIFY(n.startsWith(QLatin1String("+1")));
    const CliRun r = sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")},
                             QStringLiteral("drop-after-commit@rent=1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Rented %1").arg(n)), r.err.constData());
    QVERIFY(r.outText().contains(n));
    // The sandbox's own state: the number is ours (exactly once).
    const CliRun get = sandbox({QStringLiteral("active"), QStringLiteral("get"), n});
    QCOMPARE(get.exitCode, 0);
    const QJsonArray log = activity();
    QCOMPARE(log.size(), 1);
    const QJsonObject rec = log.at(0).toObject();
    QCOMPARE(rec.value(QLatin1String("operation")).toString(), QStringLiteral("rent"));
    QCOMPARE(rec.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(rec.value(QLatin1String("numbers")).toArray().at(0).toString(), n);
    QCOMPARE(rec.value(QLatin1String("cost")).toObject().value(QLatin1String("monthlyPrice")).toString(),
             QStringLiteral("1.00"));
    QCOMPARE(rec.value(QLatin1String("client")).toString(), QStringLiteral("cli"));
}

void TestCliOutcomes::rentResetIsNotRentedAndSaysSo()
{
    const QString n = availableNumber();
    const CliRun r = sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")},
                             QStringLiteral("reset@rent=1"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(QLatin1String("NOT rented")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("try again")), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const CliRun get = sandbox({QStringLiteral("active"), QStringLiteral("get"), n});
    QCOMPARE(get.exitCode, 3); // 404: not ours
    const QJsonArray log = activity();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("not_done"));
}

void TestCliOutcomes::rentWithFailedCheckIsUnknown()
{
    const QString n = availableNumber();
    const CliRun r = sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes"),
                              QStringLiteral("--retries"), QStringLiteral("0")},
                             QStringLiteral("drop-after-commit@rent=1,500@get=1"));
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.errText().contains(QLatin1String("Outcome unknown")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("before trying again")), r.err.constData());
    QVERIFY(r.errText().contains(n));
    QCOMPARE(activity().at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
    // What really happened: the rent went through.
    QCOMPARE(sandbox({QStringLiteral("active"), QStringLiteral("get"), n}).exitCode, 0);
}

void TestCliOutcomes::rentAnyDroppedAfterCommitRecordsTheNumber()
{
    const CliRun before = sandbox({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                                   QStringLiteral("--type"), QStringLiteral("LOCAL"), QStringLiteral("--format"),
                                   QStringLiteral("csv")});
    QCOMPARE(before.exitCode, 0);
    const CliRun r = sandbox({QStringLiteral("available"), QStringLiteral("rent-any"), QStringLiteral("--region"),
                              QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL"),
                              QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")},
                             QStringLiteral("drop-after-commit@rentAny=1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString rented = QJsonDocument::fromJson(r.out).object().value(QLatin1String("phoneNumber")).toString();
    QVERIFY2(rented.startsWith(QLatin1String("+1")), r.out.constData());
    const CliRun after = sandbox({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--type"), QStringLiteral("LOCAL"), QStringLiteral("--format"),
                                  QStringLiteral("csv")});
    // Exactly one more LOCAL number, and it is the one reported.
    QCOMPARE(after.outText().count(QLatin1Char('\n')), before.outText().count(QLatin1Char('\n')) + 1);
    QVERIFY(after.outText().contains(rented));
    const QJsonObject rec = activity().at(0).toObject();
    QCOMPARE(rec.value(QLatin1String("operation")).toString(), QStringLiteral("rentAny"));
    QCOMPARE(rec.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(rec.value(QLatin1String("numbers")).toArray().at(0).toString(), rented);
}

void TestCliOutcomes::releaseDroppedAfterCommitIsReleased()
{
    const QString n = availableNumber();
    QCOMPARE(sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")}).exitCode, 0);
    const CliRun r = sandbox({QStringLiteral("active"), QStringLiteral("release"), n, QStringLiteral("--yes"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             QStringLiteral("drop-after-commit@release=1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("Released")), r.err.constData());
    const CliRun get = sandbox({QStringLiteral("active"), QStringLiteral("get"), n, QStringLiteral("--format"),
                                QStringLiteral("json")});
    QVERIFY(!QJsonDocument::fromJson(get.out).object().value(QLatin1String("expireAt")).toString().isEmpty());
    const QJsonArray log = activity();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("operation")).toString(), QStringLiteral("release"));
    QCOMPARE(log.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
}

void TestCliOutcomes::callbacksSetDroppedAfterCommitNeverLogsTheSecret()
{
    const QString secret = QStringLiteral("Zyxw-9876-5432-10ab-cdefghijklmnopq");
    const CliRun r = sandbox({QStringLiteral("callbacks"), QStringLiteral("set"), QStringLiteral("--hmac-secret"), secret,
                              QStringLiteral("--yes")},
                             QStringLiteral("drop-after-commit@updateCallbackConfiguration=1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.errText().contains(secret));
    QVERIFY(!r.outText().contains(secret));
    const CliRun get = sandbox({QStringLiteral("callbacks"), QStringLiteral("get")});
    QVERIFY(get.outText().contains(secret));
    QFile log(m_audit);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains(secret.toUtf8()));
    QCOMPARE(activity().at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
}

void TestCliOutcomes::activityExportsCsvAndJson()
{
    const QString n = availableNumber();
    QCOMPARE(sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")}).exitCode, 0);
    // A second rent stops at the price lookup (ours already, exit 8): nothing billable, nothing recorded.
    QCOMPARE(sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")}).exitCode, 8);
    QCOMPARE(sandbox({QStringLiteral("active"), QStringLiteral("release"), n, QStringLiteral("--yes")}).exitCode, 0);
    const CliRun csv = cli({QStringLiteral("activity"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + 2 records
    QVERIFY(lines.at(0).startsWith(QLatin1String("id,started_at,finished_at,settled_at,client")));
    QVERIFY(csv.outText().contains(n));
    QVERIFY(csv.outText().contains(QLatin1String(",done,")));
    const QJsonArray json = activity();
    QCOMPARE(json.size(), 2);
    // Newest first.
    QCOMPARE(json.at(0).toObject().value(QLatin1String("operation")).toString(), QStringLiteral("release"));
    QCOMPARE(json.at(1).toObject().value(QLatin1String("operation")).toString(), QStringLiteral("rent"));
    QCOMPARE(json.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    const CliRun table = cli({QStringLiteral("activity")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().contains(n));
}

void TestCliOutcomes::activityFilters()
{
    const QString n = availableNumber();
    const QString m = availableNumber(1);
    QCOMPARE(sandbox({QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(sandbox({QStringLiteral("available"), QStringLiteral("rent"), m, QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(sandbox({QStringLiteral("active"), QStringLiteral("release"), m, QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(activity().size(), 3);
    QCOMPARE(activity({QStringLiteral("--number"), m}).size(), 2);
    QCOMPARE(activity({QStringLiteral("--operation"), QStringLiteral("release")}).size(), 1);
    QCOMPARE(activity({QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);
    QCOMPARE(activity({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), 3);
    QCOMPARE(activity({QStringLiteral("--since"), QStringLiteral("2999-01-01T00:00:00Z")}).size(), 0);
    QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("--operation"), QStringLiteral("steal")}).exitCode, 2);
}

void TestCliOutcomes::unwritableAuditLogRefusesBeforeSending()
{
    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(200, R"({"phoneNumber":"+12065550100","regionCode":"US","type":"LOCAL","capability":["SMS"],)"
                            R"("setupPrice":{"currencyCode":"USD","amount":"0.00"},"monthlyPrice":{"currencyCode":"USD",)"
                            R"("amount":"1.00"},"paymentIntervalMonths":1})");
    // A path whose parent is a file: it cannot be created, whoever runs the test (root included).
    const QString blocker = m_home.filePath(QStringLiteral("not-a-dir"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString url = server.baseUrl().toString();
    const CliRun r = cli({QStringLiteral("available"), QStringLiteral("rent"), QStringLiteral("+12065550100"),
                          QStringLiteral("--yes"), QStringLiteral("--audit-log"), blocker + QStringLiteral("/audit.sqlite"),
                          QStringLiteral("--numbers-url"), url, QStringLiteral("--auth"), QStringLiteral("basic"),
                          QStringLiteral("--project"), QStringLiteral("p1"), QStringLiteral("--key-id"),
                          QStringLiteral("k"), QStringLiteral("--key-secret"), QStringLiteral("s")});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.errText().contains(QLatin1String("Nothing was sent")), r.err.constData());
    QCOMPARE(server.requestCount(), 0); // the log is checked before anything, even the price lookup
}

void TestCliOutcomes::badCaBundleIsAUsageError()
{
    const QString bundle = m_home.filePath(QStringLiteral("bundle.pem"));
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate\n");
    f.close();
    const CliRun r = cli({QStringLiteral("regions"), QStringLiteral("--ca-bundle"), bundle, QStringLiteral("--project"),
                          QStringLiteral("p1"), QStringLiteral("--key-id"), QStringLiteral("k"),
                          QStringLiteral("--key-secret"), QStringLiteral("s")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(bundle), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("PEM")), r.err.constData());
}

void TestCliOutcomes::badFaultSpecIsAUsageError()
{
    const CliRun r = sandbox({QStringLiteral("regions")}, QStringLiteral("explode=1"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QLatin1String("--sandbox-faults")));
}

void TestCliOutcomes::helpDocumentsTheNewExitCodes()
{
    const CliRun r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QLatin1String("6  outcome unknown")));
    QVERIFY(r.outText().contains(QLatin1String("7  refused")));
    QVERIFY(r.outText().contains(QLatin1String("activity")));
    QVERIFY(r.outText().contains(QLatin1String("--ca-bundle")));
}

QTEST_GUILESS_MAIN(TestCliOutcomes)
#include "tst_clioutcomes.moc"
