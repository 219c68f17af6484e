// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "recordingserver.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <vector>

using nd::test::CliRun;
using nd::test::RecordingServer;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray kRegions =
    j("{'availableRegions':[{'regionCode':'SE','regionName':'Sweden','types':['MOBILE','LOCAL']}]}");
const QByteArray kActive =
    j("{'phoneNumber':'+12065550100','projectId':'p1','displayName':'','regionCode':'US','type':'LOCAL', "
      "'capability':['SMS'],'money':{'currencyCode':'USD','amount':'1.00'},'paymentIntervalMonths':1}");

QString sh()
{
    return QStringLiteral("/bin/sh");
}

} // namespace

// numberdesk-cli as a hostile user drives it (issue 11): full disks and closed pipes, secrets on the command
// line, impossible numbers, tables with wide and bidi text, Ctrl+C; and the rent race of issue 10.
class TestCliHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fullDiskFailsWithExitCode10();
    void closedStdoutFailsWithExitCode10();
    void brokenPipeStopsFetchingAtOnce();
    void keySecretFromFileMustBePrivate();
    void keySecretFromStdinAndTheArgumentWarning();
    void rentAnyConfirmationSaysWhatIsSent();
    void impossibleNumbersAreRefusedLocally_data();
    void impossibleNumbersAreRefusedLocally();
    void harmlessYesIsAccepted();
    void errorsArePrintedOnce();
    void readTimeoutsGiveNoBillableAdvice();
    void smallerUsageFixes();
    void noEmergencyAddressIsNotAnError();
    void pricesAreShownAsTheApiSendsThem();
    void tableColumnsStayAlignedWithWideAndBidiText();
    void activityLogIsPrivate();
    void interruptSettlesTheActionInFlight();
    void concurrentRentsOfOneNumberChargeOnce();

private:
    QProcessEnvironment env() const;
    CliRun cli(const QStringList &arguments, const QByteArray &stdinData = {});
    CliRun shell(const QString &script);
    QStringList serverArgs(const RecordingServer &server) const;
    // Connection options for an in-process sandbox (its key secret written to the private secret file).
    QStringList sandboxArgs(const nd::sandbox::SandboxServer &server);
    QString firstAvailable(const nd::sandbox::SandboxServer &server, const QString &region, const QString &type);

    QTemporaryDir m_home;
    QString m_audit;
    QString m_secretFile;
};

void TestCliHostile::init()
{
    static int round = 0;
    m_audit = m_home.filePath(QStringLiteral("audit-%1.sqlite").arg(++round));
    m_secretFile = m_home.filePath(QStringLiteral("secret-%1").arg(round));
    QFile f(m_secretFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sec1-very-secret\n");
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
}

QProcessEnvironment TestCliHostile::env() const
{
    QProcessEnvironment e = nd::test::cleanEnvironment(m_home.path());
    e.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), m_audit);
    e.insert(QStringLiteral("ND_CLI"), QStringLiteral(ND_CLI_BINARY));
    return e;
}

CliRun TestCliHostile::cli(const QStringList &arguments, const QByteArray &stdinData)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), arguments, env(), stdinData);
}

// Runs a shell snippet; $ND_CLI is the binary. For redirections QProcess cannot express (>&-, pipes into head).
CliRun TestCliHostile::shell(const QString &script)
{
    return nd::test::runCli(sh(), {QStringLiteral("-c"), script}, env());
}

QStringList TestCliHostile::serverArgs(const RecordingServer &server) const
{
    const QString url = server.baseUrl().toString();
    return {QStringLiteral("--numbers-url"),
            url,
            QStringLiteral("--auth-url"),
            url,
            QStringLiteral("--auth"),
            QStringLiteral("basic"),
            QStringLiteral("--project"),
            QStringLiteral("p1"),
            QStringLiteral("--key-id"),
            QStringLiteral("k1"),
            QStringLiteral("--key-secret-file"),
            m_secretFile};
}

QStringList TestCliHostile::sandboxArgs(const nd::sandbox::SandboxServer &server)
{
    return nd::test::connectionArgs(server.baseUrl(), server.projectId(), server.keyId(), server.keySecret(),
                                    m_secretFile);
}

QString TestCliHostile::firstAvailable(const nd::sandbox::SandboxServer &server, const QString &region,
                                       const QString &type)
{
    const CliRun r = cli(sandboxArgs(server) + QStringList{QStringLiteral("available"), QStringLiteral("search"),
                                                           QStringLiteral("--region"), region, QStringLiteral("--type"),
                                                           type, QStringLiteral("--size"), QStringLiteral("1"),
                                                           QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > 1 ? lines.at(1).section(QLatin1Char(','), 0, 0) : QString();
}

void TestCliHostile::fullDiskFailsWithExitCode10()
{
    QProcess process;
    process.setProcessEnvironment(env());
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(ND_CLI_BINARY), {QStringLiteral("--sandbox"), QStringLiteral("regions")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 10);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("standard output could not be written: No space left on device")),
             qPrintable(err));
    QCOMPARE(err.count(QLatin1String("numberdesk-cli:")), 1);
}

void TestCliHostile::closedStdoutFailsWithExitCode10()
{
    const CliRun r = shell(QStringLiteral("\"$ND_CLI\" --sandbox regions >&-"));
    QCOMPARE(r.exitCode, 10);
    QVERIFY2(r.errText().contains(QLatin1String("standard output could not be written")), r.err.constData());
}

// `active list --all | head -2` used to fetch every page after the reader was gone.
void TestCliHostile::brokenPipeStopsFetchingAtOnce()
{
    const CliRun r = shell(QStringLiteral(
        "\"$ND_CLI\" --sandbox --sandbox-active 30000 --verbose --format csv active list --all 2>\"$HOME/err.txt\" "
        "| head -2 >/dev/null; cat \"$HOME/err.txt\" >&2"));
    QCOMPARE(r.exitCode, 0); // the shell's: head's status
    const QString err = r.errText();
    QVERIFY2(err.contains(QLatin1String("broken pipe")), qPrintable(err));
    // 30,000 numbers are 30+ pages of 1,000; stopping at once means a page or two, not all of them.
    const int pages = int(err.count(QRegularExpression(QStringLiteral("> GET \\S+/activeNumbers\\?"))));
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QStringLiteral("%1 pages fetched:\n%2").arg(pages).arg(err)));
    // And the exit code of the CLI itself.
    const CliRun code = nd::test::runCli(
        QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"), QStringLiteral("\"$ND_CLI\" --sandbox --sandbox-active 5000 --format csv "
                                              "active list --all 2>/dev/null | head -1 >/dev/null; "
                                              "exit ${PIPESTATUS[0]}")},
        env());
    QCOMPARE(code.exitCode, 10);
}

void TestCliHostile::keySecretFromFileMustBePrivate()
{
    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(200, kRegions);
    const CliRun ok = cli(serverArgs(server) + QStringList{QStringLiteral("regions")});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(server.requests().at(0).header("Authorization"),
             QByteArray("Basic " + QByteArray("k1:sec1-very-secret").toBase64()));
    // Readable by others: refused before anything is sent, with the fix in the message.
    QVERIFY(QFile::setPermissions(m_secretFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const CliRun refused = cli(serverArgs(server) + QStringList{QStringLiteral("regions")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QLatin1String("can be read by other users")), refused.err.constData());
    QVERIFY2(refused.errText().contains(QLatin1String("chmod 600")), refused.err.constData());
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(!refused.errText().contains(QLatin1String("sec1-very-secret")));
}

void TestCliHostile::keySecretFromStdinAndTheArgumentWarning()
{
    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(200, kRegions);
    server.enqueueJson(200, kRegions);
    QStringList args = serverArgs(server);
    args.replace(args.indexOf(QStringLiteral("--key-secret-file")), QStringLiteral("--key-secret-stdin"));
    args.removeOne(m_secretFile);
    const CliRun viaStdin = cli(args + QStringList{QStringLiteral("regions")}, "sec1-very-secret\n");
    QVERIFY2(viaStdin.exitCode == 0, viaStdin.err.constData());
    QVERIFY(!viaStdin.errText().contains(QLatin1String("warning")));
    QCOMPARE(server.requests().at(0).header("Authorization"),
             QByteArray("Basic " + QByteArray("k1:sec1-very-secret").toBase64()));
    // The argument still works, with a warning that it is visible to others.
    args.replace(args.indexOf(QStringLiteral("--key-secret-stdin")), QStringLiteral("--key-secret"));
    args.insert(args.indexOf(QStringLiteral("--key-secret")) + 1, QStringLiteral("sec1-very-secret"));
    const CliRun viaArgument = cli(args + QStringList{QStringLiteral("regions")});
    QVERIFY2(viaArgument.exitCode == 0, viaArgument.err.constData());
    QVERIFY2(viaArgument.errText().contains(QLatin1String("warning: --key-secret puts the secret in the process "
                                                          "arguments")),
             viaArgument.err.constData());
    QVERIFY(!viaArgument.errText().contains(QLatin1String("sec1-very-secret")));
}

// rent-any with --pattern and no --search-pattern said "(any position)" while the server applied START.
void TestCliHostile::rentAnyConfirmationSaysWhatIsSent()
{
    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(200, j("{'activeNumbers':[],'nextPageToken':''}"));
    server.enqueueJson(200, kActive);
    const CliRun r =
        cli(serverArgs(server) + QStringList{QStringLiteral("available"), QStringLiteral("rent-any"),
                                             QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--type"),
                                             QStringLiteral("LOCAL"), QStringLiteral("--pattern"),
                                             QStringLiteral("+1907"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("Pattern: number starts with +1907 (START)")), r.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(server.requests().constLast().body).object();
    QCOMPARE(body.value(QLatin1String("numberPattern")).toObject().value(QLatin1String("searchPattern")).toString(),
             QStringLiteral("START"));
}

void TestCliHostile::impossibleNumbersAreRefusedLocally_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("unassigned country code")
        << QStringLiteral("+999123456") << QStringLiteral("no country has the code");
    QTest::newRow("too short for North America")
        << QStringLiteral("+1206555010") << QStringLiteral("too short for a number with country code +1");
}

void TestCliHostile::impossibleNumbersAreRefusedLocally()
{
    QFETCH(QString, number);
    QFETCH(QString, message);
    RecordingServer server;
    QVERIFY(server.listen());
    const CliRun r =
        cli(serverArgs(server) + QStringList{QStringLiteral("available"), QStringLiteral("check"), number});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QCOMPARE(server.requestCount(), 0);
}

void TestCliHostile::harmlessYesIsAccepted()
{
    const CliRun r =
        cli({QStringLiteral("--sandbox"), QStringLiteral("emergency"), QStringLiteral("validate"),
             QStringLiteral("+12069913960"), QStringLiteral("--display-name"), QStringLiteral("Office"),
             QStringLiteral("--street-number"), QStringLiteral("221"), QStringLiteral("--street-info"),
             QStringLiteral("Pine St"), QStringLiteral("--city"), QStringLiteral("Seattle"), QStringLiteral("--state"),
             QStringLiteral("WA"), QStringLiteral("--postal-code"), QStringLiteral("98101"), QStringLiteral("--yes")});
    QVERIFY2(!r.errText().contains(QLatin1String("unknown option")), r.err.constData());
    const CliRun get = cli({QStringLiteral("--sandbox"), QStringLiteral("regions"), QStringLiteral("--yes")});
    QCOMPARE(get.exitCode, 0);
}

void TestCliHostile::errorsArePrintedOnce()
{
    // An activity log that cannot be created: one message, no library log line before it.
    const QString blocker = m_home.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), blocker + QStringLiteral("/audit.sqlite"));
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                      {QStringLiteral("--sandbox"), QStringLiteral("active"), QStringLiteral("release"),
                                       QStringLiteral("+12065550100"), QStringLiteral("--yes")},
                                      e);
    QCOMPARE(r.exitCode, 7);
    const QStringList lines = r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("numberdesk-cli: refusing to send")), r.err.constData());
}

void TestCliHostile::readTimeoutsGiveNoBillableAdvice()
{
    RecordingServer server;
    QVERIFY(server.listen());
    nd::test::CannedResponse slow = nd::test::CannedResponse::json(200, kRegions);
    slow.delayMs = 3000;
    server.setDefaultResponse(slow);
    const CliRun r = cli(serverArgs(server) + QStringList{QStringLiteral("--timeout"), QStringLiteral("0.3"),
                                                          QStringLiteral("--retries"), QStringLiteral("0"),
                                                          QStringLiteral("regions")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(!r.errText().contains(QLatin1String("may have reached the server")), r.err.constData());
    QCOMPARE(r.errText().count(QLatin1String("numberdesk-cli:")), 1);
}

void TestCliHostile::smallerUsageFixes()
{
    const CliRun zero =
        cli({QStringLiteral("--sandbox"), QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("regions")});
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.errText().contains(QLatin1String("greater than 0 and at most 3600")), zero.err.constData());

    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(200, j("{'availableNumbers':[]}"));
    const CliRun size = cli(serverArgs(server) + QStringList{QStringLiteral("available"), QStringLiteral("search"),
                                                             QStringLiteral("--region"), QStringLiteral("US"),
                                                             QStringLiteral("--type"), QStringLiteral("LOCAL"),
                                                             QStringLiteral("--size"), QStringLiteral("1000")});
    QCOMPARE(size.exitCode, 0);
    QVERIFY2(size.errText().contains(QLatin1String("asking for 100")), size.err.constData());
    QVERIFY2(server.requests().at(0).target.endsWith("&size=100"), server.requests().at(0).target.constData());
}

void TestCliHostile::noEmergencyAddressIsNotAnError()
{
    RecordingServer server;
    QVERIFY(server.listen());
    server.enqueueJson(
        404,
        j("{'error':{'code':404,'message':'No emergency address','status':'NOT_FOUND', "
          "'details':[{'type':'ResourceInfo','resourceType':'EmergencyAddress','resourceName':'+12065550100'}]}}"));
    server.enqueueJson(200, j("{'streetNumber':'','streetInfo':'','city':'','state':'','postalCode':''}"));
    for (int i = 0; i < 2; ++i) {
        const CliRun r = cli(serverArgs(server) + QStringList{QStringLiteral("emergency"), QStringLiteral("get"),
                                                              QStringLiteral("+12065550100")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(QLatin1String("No emergency address is provisioned for +12065550100")),
                 r.err.constData());
    }
}

void TestCliHostile::pricesAreShownAsTheApiSendsThem()
{
    const CliRun r = cli({QStringLiteral("--sandbox"), QStringLiteral("available"), QStringLiteral("search"),
                          QStringLiteral("--region"), QStringLiteral("JP"), QStringLiteral("--type"),
                          QStringLiteral("MOBILE"), QStringLiteral("--size"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("JPY \\d+  "))), r.out.constData());
    QVERIFY2(!r.outText().contains(QRegularExpression(QStringLiteral("JPY \\d+\\.00"))), r.out.constData());
}

// East Asian wide characters take two columns, combining marks none; bidi controls are removed and long cells
// are cut, so the next column starts at the same place on every line.
void TestCliHostile::tableColumnsStayAlignedWithWideAndBidiText()
{
    const QString state = m_home.filePath(QStringLiteral("wide.json"));
    const QStringList sandbox{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-state"), state};
    const CliRun list =
        cli(sandbox + QStringList{QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--type"),
                                  QStringLiteral("MOBILE"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList rows = list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() >= 4);
    const QStringList names = {QStringLiteral("東京オフィス"), QStringLiteral("Cafe\u0301 e\u0301te\u0301"),
                               QStringLiteral("\u202Eevil\u202C order"),
                               QStringLiteral("A very long display name that goes on and on beyond any column")};
    for (int i = 0; i < names.size(); ++i) {
        const QString number = rows.at(i + 1).section(QLatin1Char(','), 0, 0);
        const CliRun u =
            cli(sandbox + QStringList{QStringLiteral("active"), QStringLiteral("update"), number,
                                      QStringLiteral("--display-name"), names.at(i), QStringLiteral("--yes")});
        QVERIFY2(u.exitCode == 0, u.err.constData());
    }
    const CliRun table = cli(sandbox + QStringList{QStringLiteral("active"), QStringLiteral("list"),
                                                   QStringLiteral("--type"), QStringLiteral("MOBILE")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(!table.outText().contains(QChar(0x202E)));
    QVERIFY2(table.outText().contains(QStringLiteral("…")), table.out.constData());
    // The "Region" column starts at the same display column on every line.
    int regionColumn = -1;
    for (const QString &line : table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        int column = 0;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("  (Region|[A-Z]{2})  ")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        for (const uint c : line.left(m.capturedStart() + 2).toUcs4()) {
            column += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                                       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)))
                          ? 2
                          : (c >= 0x0300 && c <= 0x036F ? 0 : 1);
        }
        if (regionColumn < 0) {
            regionColumn = column;
        }
        QVERIFY2(column == regionColumn,
                 qPrintable(QStringLiteral("column %1 instead of %2: %3").arg(column).arg(regionColumn).arg(line)));
    }
}

void TestCliHostile::activityLogIsPrivate()
{
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("NUMBERDESK_AUDIT_LOG")); // the default place under XDG_DATA_HOME
    const QString n = QStringLiteral("+12065550100");
    nd::test::runCli(
        QStringLiteral(ND_CLI_BINARY),
        {QStringLiteral("--sandbox"), QStringLiteral("available"), QStringLiteral("rent"), n, QStringLiteral("--yes")},
        e);
    const QString folder = m_home.filePath(QStringLiteral("data/numberdesk"));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0700));
    QCOMPARE(::stat(QFile::encodeName(folder + QStringLiteral("/audit.sqlite")).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

// Ctrl+C while a rent is out: the CLI does not just die; it settles the outcome, finishes the record, exits 130.
void TestCliHostile::interruptSettlesTheActionInFlight()
{
    nd::sandbox::SandboxServer server;
    nd::sandbox::SandboxOptions options;
    options.latencyMinMs = options.latencyMaxMs = 1500;
    QVERIFY(server.start(options));
    const QString n = firstAvailable(server, QStringLiteral("US"), QStringLiteral("LOCAL"));
    QVERIFY(!n.isEmpty());
    int rentsArrived = 0;
    connect(&server, &nd::sandbox::SandboxServer::requestArrived, this,
            [&](const QByteArray &, const QByteArray &path) { rentsArrived += path.endsWith(":rent") ? 1 : 0; });
    QProcess process;
    process.setProcessEnvironment(env());
    process.start(QStringLiteral(ND_CLI_BINARY),
                  sandboxArgs(server) + QStringList{QStringLiteral("--auth"), QStringLiteral("basic"),
                                                    QStringLiteral("available"), QStringLiteral("rent"), n,
                                                    QStringLiteral("--yes")});
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(rentsArrived, 1, 20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitCode(), 130);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("settling the action in flight")), qPrintable(err));
    // The record is finished (not left pending) and agrees with the sandbox.
    const CliRun log = cli({QStringLiteral("activity"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject record = QJsonDocument::fromJson(log.out).array().at(0).toObject();
    const bool rented = server.state()->activeNumber(n) != nullptr;
    QCOMPARE(record.value(QLatin1String("outcome")).toString(),
             rented ? QStringLiteral("done") : QStringLiteral("not_done"));
    QCOMPARE(server.state()->requestCounts().value(QStringLiteral("rent")), 1);
}

// The race of issue 10 with real processes: four CLIs rent one number at once against one sandbox, sharing a
// fresh activity log. One is Done (exit 0), three are done by someone else (exit 8), none fails to write the
// log, and the log's charges add up to one rent.
void TestCliHostile::concurrentRentsOfOneNumberChargeOnce()
{
    nd::sandbox::SandboxServer server;
    QVERIFY(server.start(nd::sandbox::SandboxOptions()));
    const QString n = firstAvailable(server, QStringLiteral("SE"), QStringLiteral("MOBILE"));
    QVERIFY(!n.isEmpty());
    const QStringList args = sandboxArgs(server) + QStringList{QStringLiteral("available"), QStringLiteral("rent"), n,
                                                               QStringLiteral("--yes")};
    constexpr int Racers = 4;
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < Racers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(ND_CLI_BINARY), args);
        racers.push_back(std::move(p));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(racers.cbegin(), racers.cend(), [](const auto &p) { return p->state() == QProcess::NotRunning; }),
        60000);
    QList<int> codes;
    for (const auto &p : racers) {
        codes << p->exitCode();
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 0 || p->exitCode() == 8, qPrintable(err));
    }
    QCOMPARE(codes.count(0), 1);
    QCOMPARE(codes.count(8), Racers - 1);
    // A racer that starts late sees the number taken already in its price check and sends nothing; the others
    // send, and each request sent has its record.
    const int sent = server.state()->requestCounts().value(QStringLiteral("rent"));
    QVERIFY(sent >= 1 && sent <= Racers);
    const CliRun log = cli({QStringLiteral("activity"), QStringLiteral("--number"), n, QStringLiteral("--format"),
                            QStringLiteral("json")});
    const QJsonArray records = QJsonDocument::fromJson(log.out).array();
    QCOMPARE(records.size(), sent);
    int charges = 0;
    for (const QJsonValue &v : records) {
        charges += v.toObject().value(QLatin1String("costEffect")).toString() == QLatin1String("charge") ? 1 : 0;
    }
    QCOMPARE(charges, 1);
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
