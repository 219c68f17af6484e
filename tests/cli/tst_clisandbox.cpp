// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using nd::test::CliRun;

// End to end: every operation through numberdesk-cli against the embedded sandbox (--sandbox), with
// --sandbox-state so that one run sees what the previous one changed; and against a separately started
// numberdesk-sandbox executable with real credentials, oauth2 and basic.
class TestCliSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void regions();
    void searchCheckAndRent();
    void rentAny();
    void listAllStreamsEverySeededNumber();
    void listOnePage();
    void getUpdateAndRelease();
    void emergencyAddressLifecycle();
    void callbackSecretRoundTrip();
    void sandboxProfile();
    void separateSandboxExecutable_data();
    void separateSandboxExecutable();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &stdinData = {});
    QJsonObject cliJson(const QStringList &arguments);
    QString firstUsNumber();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
};

void TestCliSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_state = m_dir->filePath(QStringLiteral("sandbox-state.json"));
}

CliRun TestCliSandbox::cli(const QStringList &arguments, const QByteArray &stdinData)
{
    const QStringList sandbox{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-seed"), QStringLiteral("7"),
                              QStringLiteral("--sandbox-active"), QStringLiteral("40"),
                              QStringLiteral("--sandbox-state"), m_state};
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), sandbox + arguments,
                            nd::test::cleanEnvironment(m_dir->path()), stdinData);
}

QJsonObject TestCliSandbox::cliJson(const QStringList &arguments)
{
    const CliRun r = cli(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0) {
        qWarning("exit %d: %s", r.exitCode, r.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("bad JSON: %s", r.out.constData());
    }
    return doc.object();
}

QString TestCliSandbox::firstUsNumber()
{
    const QJsonObject list = cliJson({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                                      QStringLiteral("--region"), QStringLiteral("US")});
    const QJsonArray numbers = list.value(QStringLiteral("activeNumbers")).toArray();
    return numbers.isEmpty() ? QString() : numbers.first().toObject().value(QStringLiteral("phoneNumber")).toString();
}

void TestCliSandbox::regions()
{
    const QJsonObject o = cliJson({QStringLiteral("regions")});
    const QJsonArray regions = o.value(QStringLiteral("availableRegions")).toArray();
    QVERIFY(!regions.isEmpty());
    bool us = false;
    for (const QJsonValue &r : regions) {
        us = us || r.toObject().value(QStringLiteral("regionCode")).toString() == QLatin1String("US");
    }
    QVERIFY(us);

    const CliRun csv = cli({QStringLiteral("regions"), QStringLiteral("--type"), QStringLiteral("TOLL_FREE"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("regionCode,regionName,types"));
    QVERIFY(lines.size() > 1);
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).contains(QLatin1String("TOLL_FREE")), qPrintable(lines.at(i)));
    }
}

void TestCliSandbox::searchCheckAndRent()
{
    const QJsonObject found = cliJson({QStringLiteral("available"), QStringLiteral("search"), QStringLiteral("--region"),
                                       QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL"),
                                       QStringLiteral("--capability"), QStringLiteral("SMS"), QStringLiteral("--size"),
                                       QStringLiteral("3")});
    const QJsonArray numbers = found.value(QStringLiteral("availableNumbers")).toArray();
    QVERIFY(!numbers.isEmpty());
    QVERIFY(numbers.size() <= 3);
    const QJsonObject first = numbers.first().toObject();
    const QString number = first.value(QStringLiteral("phoneNumber")).toString();
    QVERIFY(number.startsWith(QLatin1String("+1")));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("LOCAL"));

    const QJsonObject checked = cliJson({QStringLiteral("available"), QStringLiteral("check"), number});
    QCOMPARE(checked.value(QStringLiteral("phoneNumber")).toString(), number);
    QVERIFY(!checked.value(QStringLiteral("monthlyPrice")).toObject().value(QStringLiteral("amount")).toString().isEmpty());

    // Without --yes and without a terminal: refused, nothing rented.
    const CliRun refused = cli({QStringLiteral("available"), QStringLiteral("rent"), number});
    QCOMPARE(refused.exitCode, 5);

    const CliRun rented = cli({QStringLiteral("available"), QStringLiteral("rent"), number, QStringLiteral("--yes"),
                               QStringLiteral("--sms-service-plan"), QStringLiteral("plan-from-cli"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(rented.exitCode, 0);
    const QJsonObject active = QJsonDocument::fromJson(rented.out).object();
    QCOMPARE(active.value(QStringLiteral("phoneNumber")).toString(), number);
    // The price was shown before renting.
    QVERIFY2(rented.errText().contains(checked.value(QStringLiteral("monthlyPrice")).toObject()
                                           .value(QStringLiteral("currencyCode")).toString()),
             rented.err.constData());

    // It is now active, and no longer available.
    QCOMPARE(cliJson({QStringLiteral("active"), QStringLiteral("get"), number}).value(QStringLiteral("phoneNumber")).toString(),
             number);
    const CliRun gone = cli({QStringLiteral("available"), QStringLiteral("check"), number});
    QCOMPARE(gone.exitCode, 3);
    QVERIFY(gone.errText().contains(QLatin1String("404")));
}

void TestCliSandbox::rentAny()
{
    const QJsonObject rented = cliJson({QStringLiteral("available"), QStringLiteral("rent-any"), QStringLiteral("--region"),
                                        QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL"),
                                        QStringLiteral("--yes")});
    const QString number = rented.value(QStringLiteral("phoneNumber")).toString();
    QVERIFY2(number.startsWith(QLatin1String("+1")), qPrintable(number));
    QCOMPARE(rented.value(QStringLiteral("regionCode")).toString(), QStringLiteral("US"));
}

void TestCliSandbox::listAllStreamsEverySeededNumber()
{
    const CliRun r = cli({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--page-size"),
                          QStringLiteral("7")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 40);
    // The columns of the app's File → Export too (tst_activepanel checks the same header).
    QCOMPARE(lines.first(), QStringLiteral("phoneNumber,displayName,regionCode,type,capability,monthlyPrice,currency,"
                                           "paymentIntervalMonths,nextChargeDate,expireAt,smsServicePlanId,"
                                           "smsCampaignId,smsProvisioning,voiceType,voiceId,voiceProvisioning,"
                                           "callbackUrl"));
    QSet<QString> numbers;
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    for (int i = 1; i < lines.size(); ++i) {
        const QString n = lines.at(i).section(QLatin1Char(','), 0, 0);
        QVERIFY2(e164.match(n).hasMatch(), qPrintable(lines.at(i)));
        numbers.insert(n);
    }
    QCOMPARE(numbers.size(), 40);

    // table streaming: header plus 40 rows
    const CliRun t = cli({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 41);
}

void TestCliSandbox::listOnePage()
{
    const QJsonObject page = cliJson({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--type"),
                                      QStringLiteral("LOCAL"), QStringLiteral("--page-size"), QStringLiteral("2"),
                                      QStringLiteral("--order-by"), QStringLiteral("PHONE_NUMBER")});
    const QJsonArray numbers = page.value(QStringLiteral("activeNumbers")).toArray();
    QVERIFY(!numbers.isEmpty());
    QVERIFY(numbers.size() <= 2);
    for (const QJsonValue &n : numbers) {
        QCOMPARE(n.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("LOCAL"));
    }
    if (numbers.size() == 2) {
        QVERIFY(numbers.at(0).toObject().value(QStringLiteral("phoneNumber")).toString()
                < numbers.at(1).toObject().value(QStringLiteral("phoneNumber")).toString());
        const QString token = page.value(QStringLiteral("nextPageToken")).toString();
        if (!token.isEmpty()) {
            const QJsonObject next = cliJson({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--type"),
                                              QStringLiteral("LOCAL"), QStringLiteral("--page-size"), QStringLiteral("2"),
                                              QStringLiteral("--order-by"), QStringLiteral("PHONE_NUMBER"),
                                              QStringLiteral("--page-token"), token});
            const QJsonArray more = next.value(QStringLiteral("activeNumbers")).toArray();
            QVERIFY(!more.isEmpty());
            QVERIFY(more.first().toObject().value(QStringLiteral("phoneNumber")).toString()
                    > numbers.at(1).toObject().value(QStringLiteral("phoneNumber")).toString());
        }
    }
}

void TestCliSandbox::getUpdateAndRelease()
{
    const QString number = firstUsNumber();
    QVERIFY(!number.isEmpty());
    QCOMPARE(cliJson({QStringLiteral("active"), QStringLiteral("get"), number}).value(QStringLiteral("phoneNumber")).toString(),
             number);

    const QJsonObject updated = cliJson({QStringLiteral("active"), QStringLiteral("update"), number,
                                         QStringLiteral("--display-name"), QStringLiteral("Renamed by CLI"),
                                         QStringLiteral("--yes")});
    QCOMPARE(updated.value(QStringLiteral("displayName")).toString(), QStringLiteral("Renamed by CLI"));
    QCOMPARE(cliJson({QStringLiteral("active"), QStringLiteral("get"), number}).value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Renamed by CLI"));

    const CliRun released = cli({QStringLiteral("active"), QStringLiteral("release"), number, QStringLiteral("--yes"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(released.exitCode, 0);
    const QJsonObject r = QJsonDocument::fromJson(released.out).object();
    QVERIFY(!r.value(QStringLiteral("expireAt")).toString().isEmpty());
    QVERIFY2(released.errText().contains(QLatin1String("end of the paid period")), released.err.constData());
}

void TestCliSandbox::emergencyAddressLifecycle()
{
    const QString number = firstUsNumber();
    QVERIFY(!number.isEmpty());
    const QStringList address{QStringLiteral("--display-name"), QStringLiteral("Seattle office"),
                              QStringLiteral("--street-number"), QStringLiteral("221"),
                              QStringLiteral("--street-info"), QStringLiteral("Pine St"),
                              QStringLiteral("--city"), QStringLiteral("Seattle"),
                              QStringLiteral("--state"), QStringLiteral("WA"),
                              QStringLiteral("--postal-code"), QStringLiteral("98101")};

    const QJsonObject validated = cliJson(QStringList{QStringLiteral("emergency"), QStringLiteral("validate"), number} + address);
    QVERIFY(!validated.value(QStringLiteral("validationResult")).toString().isEmpty());

    const QJsonObject provisioned = cliJson(QStringList{QStringLiteral("emergency"), QStringLiteral("provision"), number}
                                            + address + QStringList{QStringLiteral("--yes")});
    QCOMPARE(provisioned.value(QStringLiteral("city")).toString(), QStringLiteral("Seattle"));

    const QJsonObject stored = cliJson({QStringLiteral("emergency"), QStringLiteral("get"), number});
    QCOMPARE(stored.value(QStringLiteral("streetInfo")).toString(), QStringLiteral("Pine St"));
    QCOMPARE(stored.value(QStringLiteral("postalCode")).toString(), QStringLiteral("98101"));

    const CliRun removed = cli({QStringLiteral("emergency"), QStringLiteral("deprovision"), number, QStringLiteral("--yes")});
    QCOMPARE(removed.exitCode, 0);
    const CliRun after = cli({QStringLiteral("emergency"), QStringLiteral("get"), number, QStringLiteral("--format"),
                              QStringLiteral("json")});
    // Gone: either a 404 or an empty address.
    if (after.exitCode == 0) {
        QVERIFY(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("city")).toString().isEmpty());
    } else {
        QCOMPARE(after.exitCode, 3);
    }
}

void TestCliSandbox::callbackSecretRoundTrip()
{
    const QJsonObject before = cliJson({QStringLiteral("callbacks"), QStringLiteral("get")});
    QVERIFY(!before.value(QStringLiteral("projectId")).toString().isEmpty());
    const QString secret = QStringLiteral("cli-test-secret-0123456789-abcdefghijkl");
    QVERIFY(before.value(QStringLiteral("hmacSecret")).toString() != secret);
    const CliRun set = cli({QStringLiteral("callbacks"), QStringLiteral("set"), QStringLiteral("--hmac-secret-stdin"),
                            QStringLiteral("--yes")},
                           secret.toUtf8() + '\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY(!set.outText().contains(secret));
    QCOMPARE(cliJson({QStringLiteral("callbacks"), QStringLiteral("get")}).value(QStringLiteral("hmacSecret")).toString(),
             secret);
}

void TestCliSandbox::sandboxProfile()
{
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                      {QStringLiteral("--profile"), QStringLiteral("Sandbox"), QStringLiteral("regions"),
                                       QStringLiteral("--format"), QStringLiteral("csv")},
                                      nd::test::cleanEnvironment(m_dir->path()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("regionCode,regionName,types\n"));
    const CliRun missing = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                            {QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("regions")},
                                            nd::test::cleanEnvironment(m_dir->path()));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.errText().contains(QLatin1String("no saved profile named 'Nope'")), missing.err.constData());
}

void TestCliSandbox::separateSandboxExecutable_data()
{
    QTest::addColumn<QString>("auth");
    QTest::newRow("oauth2") << QStringLiteral("oauth2");
    QTest::newRow("basic") << QStringLiteral("basic");
}

void TestCliSandbox::separateSandboxExecutable()
{
#ifndef ND_SANDBOX_BINARY
    QSKIP("numberdesk-sandbox is not part of this build");
#else
    QFETCH(QString, auth);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess sandbox;
    sandbox.setProcessEnvironment(nd::test::cleanEnvironment(m_dir->path()));
    sandbox.start(QStringLiteral(ND_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QString::number(port), QStringLiteral("--project"),
                   QStringLiteral("ext-project"), QStringLiteral("--key-id"), QStringLiteral("ext-key"),
                   QStringLiteral("--key-secret"), QStringLiteral("ext-secret"), QStringLiteral("--active"),
                   QStringLiteral("12")});
    QVERIFY(sandbox.waitForStarted(10000));
    auto stop = qScopeGuard([&sandbox] {
        sandbox.terminate();
        if (!sandbox.waitForFinished(5000)) {
            sandbox.kill();
            sandbox.waitForFinished(5000);
        }
    });
    // Ready once the port accepts connections.
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        }(),
        15000);

    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList connection{QStringLiteral("--numbers-url"), url, QStringLiteral("--auth-url"), url,
                                 QStringLiteral("--project"), QStringLiteral("ext-project"), QStringLiteral("--key-id"),
                                 QStringLiteral("ext-key"), QStringLiteral("--key-secret"), QStringLiteral("ext-secret"),
                                 QStringLiteral("--auth"), auth};
    const QProcessEnvironment env = nd::test::cleanEnvironment(m_dir->path());
    const CliRun list = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                         connection + QStringList{QStringLiteral("active"), QStringLiteral("list"),
                                                                  QStringLiteral("--all"), QStringLiteral("--format"),
                                                                  QStringLiteral("csv")},
                                         env);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1 + 12);

    const CliRun regions = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), connection + QStringList{QStringLiteral("regions")}, env);
    QCOMPARE(regions.exitCode, 0);
    QVERIFY(regions.outText().contains(QLatin1String("US")));

    // Wrong secret: the sandbox rejects it, an API error (3).
    QStringList wrong = connection;
    wrong[wrong.indexOf(QStringLiteral("ext-secret"))] = QStringLiteral("wrong-secret");
    const CliRun denied = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), wrong + QStringList{QStringLiteral("regions")}, env);
    QCOMPARE(denied.exitCode, 3);
    QVERIFY(denied.errText().contains(QLatin1String("401")));
    QVERIFY(!denied.errText().contains(QLatin1String("wrong-secret")));
#endif
}

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_clisandbox.moc"
