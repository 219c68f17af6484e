// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The numberdesk-sandbox executable: first stdout line, options, /_sandbox endpoints, SIGTERM + --state.
#include "rawhttp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

namespace {
QByteArray p(const QByteArray &rest)
{
    return "/v1/projects/demo" + rest;
}

#ifdef Q_OS_LINUX
// User + system CPU time of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' '); // fields from 3 on
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}
#endif
} // namespace

class SandboxExecutableTest : public QObject
{
    Q_OBJECT

private:
    // Starts the executable and returns its base URL (the first stdout line).
    QUrl launch(QProcess &process, const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(ND_SANDBOX_EXE));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        return QUrl(QString::fromUtf8(out.left(out.indexOf('\n')).trimmed()));
    }

    void terminate(QProcess &process)
    {
        process.terminate(); // SIGTERM: the sandbox saves its state and exits 0
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private Q_SLOTS:
    void servesAndPersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString statePath = dir.filePath(QStringLiteral("state.json"));
        const QStringList args = {QStringLiteral("--port"),       QStringLiteral("0"),
                                  QStringLiteral("--project"),    QStringLiteral("demo"),
                                  QStringLiteral("--key-id"),     QStringLiteral("kid"),
                                  QStringLiteral("--key-secret"), QStringLiteral("very-secret-value"),
                                  QStringLiteral("--seed"),       QStringLiteral("7"),
                                  QStringLiteral("--active"),     QStringLiteral("10"),
                                  QStringLiteral("--state"),      statePath,
                                  QStringLiteral("--verbose"),    QStringLiteral("--debug-endpoints")};
        QProcess process;
        const QUrl base = launch(process, args);
        QCOMPARE(base.scheme(), QStringLiteral("http"));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);

        RawHttp http(base, RawHttp::basic(QStringLiteral("kid"), QStringLiteral("very-secret-value")));
        RawResponse r = http.get("/_sandbox/state");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("activeNumbers")).toInt(), 10);
        QCOMPARE(r.json().value(QLatin1String("seed")).toInt(), 7);

        r = http.get(p("/availableNumbers?regionCode=US&type=LOCAL&size=1"));
        QCOMPARE(r.status, 200);
        const QByteArray n =
            r.array("availableNumbers").first().toObject().value(QLatin1String("phoneNumber")).toString().toLatin1();
        QVERIFY(!n.isEmpty());
        QCOMPARE(http.post(p("/availableNumbers/" + n + ":rent"), "{}").status, 200);
        QCOMPARE(http.patch(p("/activeNumbers/" + n), R"({"displayName":"From the executable"})").status, 200);
        QCOMPARE(http.get("/_sandbox/activeNumbers/" + n).status, 200);
        r = http.get("/_sandbox/stats");
        QCOMPARE(r.json().value(QLatin1String("operations")).toObject().value(QLatin1String("rent")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("operations")).toObject().value(QLatin1String("update")).toInt(), 1);
        r = http.get("/_sandbox/available?regionCode=US&type=LOCAL");
        QVERIFY(r.json().value(QLatin1String("count")).toInteger() > 1000000);

        // Debug parameters are bounded: no overflow of the clock, no reset that stalls the server (found by fuzzing).
        QCOMPARE(http.post("/_sandbox/clock?advanceSeconds=9223372036854775807", QByteArray()).status, 400);
        QCOMPARE(http.post("/_sandbox/reset?active=2000000000", QByteArray()).status, 400);

        // Faults can be switched on at run time through /_sandbox/faults.
        QCOMPARE(http.post("/_sandbox/faults", "reset@rent=1").status, 200);
        const QByteArray other = http.get(p("/availableNumbers?regionCode=SE&type=MOBILE&size=1"))
                                     .array("availableNumbers")
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("phoneNumber"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(http.post(p("/availableNumbers/" + other + ":rent"), "{}").closedWithoutResponse);
        QCOMPARE(http.get(p("/activeNumbers/" + other)).status, 404);
        QCOMPARE(http.get("/v1/projects/other/activeNumbers").status, 404);

        terminate(process);
        const QByteArray log = process.readAllStandardError();
        QVERIFY(log.contains("GET /v1/projects/demo/availableNumbers?regionCode=US&type=LOCAL&size=1 200"));
        QVERIFY(log.contains("dropped"));
        QVERIFY(!log.contains("very-secret-value"));
        QVERIFY(!log.contains("Basic"));
        QVERIFY(QFile::exists(statePath));

        // Restart on the same state: the rented number and its name are back; --active is ignored.
        QProcess again;
        const QUrl base2 = launch(again, args);
        QVERIFY(base2.port() > 0);
        RawHttp http2(base2, RawHttp::basic(QStringLiteral("kid"), QStringLiteral("very-secret-value")));
        r = http2.get(p("/activeNumbers/" + n));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("displayName")).toString(), QStringLiteral("From the executable"));
        QCOMPARE(http2.get("/_sandbox/state").json().value(QLatin1String("activeNumbers")).toInt(), 11);
        terminate(again);
    }

    void debugEndpointsAreOffByDefault()
    {
        QProcess process;
        const QUrl base = launch(process, {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(base.port() > 0);
        RawHttp http(base, RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("sandbox-secret")));
        QCOMPARE(http.get("/_sandbox/state").status, 404);
        QCOMPARE(http.get("/v1/projects/sandbox-project/availableRegions").status, 200);
        terminate(process);
    }

    void survivesRunningOutOfFileDescriptors()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs setrlimit and /proc");
#else
        QProcess process;
        process.setChildProcessModifier([] {
            struct rlimit limit = {48, 48};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
        const QUrl base = launch(process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")});
        QVERIFY(base.port() > 0);
        RawHttp http(base, RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("sandbox-secret")));
        const QByteArray regions = "/v1/projects/sandbox-project/availableRegions";
        QCOMPARE(http.get(regions).status, 200);

        // 100 connections that never finish their headers: the sandbox runs out of descriptors.
        std::vector<std::unique_ptr<QTcpSocket>> hostile;
        for (int i = 0; i < 100; ++i) {
            hostile.push_back(std::make_unique<QTcpSocket>());
            QTcpSocket *socket = hostile.back().get();
            QObject::connect(socket, &QTcpSocket::connected, socket, [socket] {
                socket->write("GET /v1/projects/sandbox-project/availableRegions HTTP/1.1\r\nX: ");
            });
            socket->connectToHost(base.host(), static_cast<quint16>(base.port()));
        }
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("cannot accept connections"), 10000);

        // It stops accepting and waits: over a second of this, it uses a small fraction of a second of CPU
        // (a spinning accept loop uses all of it). The window is a measurement, not a wait for a condition.
        const double before = cpuSeconds(process.processId());
        QTest::qWait(1000);
        const double used = cpuSeconds(process.processId()) - before;
        QVERIFY2(before >= 0 && used < 0.3, qPrintable(QStringLiteral("CPU seconds used: %1").arg(used)));

        // Once descriptors are free again, it accepts and answers again.
        hostile.clear();
        QTRY_COMPARE_WITH_TIMEOUT(http.send("GET", regions, {}, {}, 2000).status, 200, 15000);
        QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("accepting connections again"), 5000);
        terminate(process);
#endif
    }

    void readsTheKeySecretFromAFileOrStdin()
    {
        QTemporaryDir dir;
        const QString secretPath = dir.filePath(QStringLiteral("secret"));
        QFile secretFile(secretPath);
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write("file-secret-value\n");
        secretFile.close();
        const QByteArray regions = "/v1/projects/sandbox-project/availableRegions";

        // A private file: used, and no warning.
        QVERIFY(QFile::setPermissions(secretPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess fromFile;
        QUrl base = launch(fromFile, {QStringLiteral("--key-secret-file"), secretPath});
        QVERIFY(base.port() > 0);
        QCOMPARE(RawHttp(base, RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("file-secret-value")))
                     .get(regions)
                     .status,
                 200);
        QCOMPARE(RawHttp(base, RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("sandbox-secret")))
                     .get(regions)
                     .status,
                 401);
        terminate(fromFile);
        QVERIFY(!fromFile.readAllStandardError().contains("warning"));

        // Readable by group or others: refused, with a message that says why and never shows the secret.
        for (const QFileDevice::Permissions loose :
             {QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther}) {
            QVERIFY(QFile::setPermissions(secretPath, loose));
            QProcess refused;
            refused.start(QStringLiteral(ND_SANDBOX_EXE), {QStringLiteral("--key-secret-file"), secretPath});
            QVERIFY(refused.waitForFinished(10000));
            QCOMPARE(refused.exitCode(), 2);
            const QByteArray message = refused.readAllStandardError();
            QVERIFY2(message.contains("readable by group or others") && message.contains("chmod 600"),
                     message.constData());
            QVERIFY(!message.contains("file-secret-value"));
        }

        // Standard input: the first line.
        QProcess fromStdin;
        fromStdin.setProgram(QStringLiteral(ND_SANDBOX_EXE));
        fromStdin.setArguments({QStringLiteral("--key-secret-stdin")});
        fromStdin.start();
        QVERIFY(fromStdin.waitForStarted(10000));
        fromStdin.write("stdin-secret-value\nignored\n");
        fromStdin.closeWriteChannel();
        QByteArray out;
        while (!out.contains('\n') && fromStdin.waitForReadyRead(10000))
            out += fromStdin.readAllStandardOutput();
        base = QUrl(QString::fromUtf8(out.left(out.indexOf('\n')).trimmed()));
        QVERIFY(base.port() > 0);
        QCOMPARE(RawHttp(base, RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("stdin-secret-value")))
                     .get(regions)
                     .status,
                 200);
        terminate(fromStdin);

        // On the command line it still works, with a warning on stderr.
        QProcess visible;
        base = launch(visible, {QStringLiteral("--key-secret"), QStringLiteral("visible-secret-value")});
        QVERIFY(base.port() > 0);
        terminate(visible);
        const QByteArray warning = visible.readAllStandardError();
        QVERIFY2(warning.contains("warning: --key-secret is visible to other users"), warning.constData());
        QVERIFY(!warning.contains("visible-secret-value"));

        // One source at a time.
        QProcess both;
        both.start(QStringLiteral(ND_SANDBOX_EXE),
                   {QStringLiteral("--key-secret"), QStringLiteral("x"), QStringLiteral("--key-secret-stdin")});
        QVERIFY(both.waitForFinished(10000));
        QCOMPARE(both.exitCode(), 2);
    }

    void reportsVersionAndBadOptions()
    {
        QProcess process;
        process.start(QStringLiteral(ND_SANDBOX_EXE), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains(NUMBERDESK_VERSION));

        process.start(QStringLiteral(ND_SANDBOX_EXE), {QStringLiteral("--faults"), QStringLiteral("boom=1")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("boom"));

        process.start(QStringLiteral(ND_SANDBOX_EXE), {QStringLiteral("--latency"), QStringLiteral("fast")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(SandboxExecutableTest)
#include "tst_sandboxexecutable.moc"
