// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// numberdesk-cli callbacks verify | listen | send-test (issue 16, docs/api.md §6), run as the built binary
// against the in-process sandbox. Signatures are checked here with an HMAC-SHA1 built from QCryptographicHash.
#include "independenthmac.h"
#include "callbacklistener.h"
#include "clirunner.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using nd::test::CliRun;

namespace {

using nd::test::hmacSha1;

const QByteArray kSecret = "K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s";
const QByteArray kBody =
    "{\"eventId\":\"01jq7z3k8m2n4p6r8t0v2x4z6b\",\"timestamp\":\"2025-03-14T09:26:53.589793\",\"projectId\":\"c0ffee00-"
    "1234-4abc-9def-0123456789ab\",\"resourceId\":\"+12025550134\",\"resourceType\":\"ACTIVE_NUMBER\",\"eventType\":"
    "\"PROVISIONING_TO_SMS_PLATFORM\",\"status\":\"SUCCEEDED\",\"failureCode\":null}";
const QString kSignature = QStringLiteral("a46fdb4752ee4b77274ba65eee247ab74b11417e");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestCliCallbacks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nd::test::SandboxFixture> m_fixture;

    QString write(const QString &name, const QByteArray &bytes, bool privateFile = false)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
        f.close();
        if (privateFile)
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    CliRun cli(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), arguments, nd::test::cleanEnvironment(m_dir.path()),
                                stdinData);
    }

    bool startSandbox()
    {
        m_fixture = std::make_unique<nd::test::SandboxFixture>();
        nd::test::SandboxFixture::Options options;
        options.provisioningStepMs = 20;
        return m_fixture->start(options);
    }

    QStringList sandboxArgs()
    {
        const auto &server = *m_fixture->server;
        const QString url = server.baseUrl().toString();
        return {QStringLiteral("--numbers-url"),
                url,
                QStringLiteral("--auth-url"),
                url,
                QStringLiteral("--auth"),
                QStringLiteral("basic"),
                QStringLiteral("--project"),
                server.projectId(),
                QStringLiteral("--key-id"),
                server.keyId(),
                QStringLiteral("--key-secret-file"),
                write(QStringLiteral("key"), server.keySecret().toUtf8(), true)};
    }

    void verifyNoSecretIn(const CliRun &run, const QByteArray &secret)
    {
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_fixture.reset(); }

    void verifyWorkedExample()
    {
        QCOMPARE(hmacSha1(kSecret, kBody), kSignature.toLatin1());
        const QString body = write(QStringLiteral("body.json"), kBody);
        const QString secret = write(QStringLiteral("secret"), kSecret + '\n', true);
        const QStringList args{QStringLiteral("callbacks"),   QStringLiteral("verify"),
                               QStringLiteral("--body-file"), body,
                               QStringLiteral("--signature"), kSignature};
        CliRun run = cli(args + QStringList{QStringLiteral("--hmac-secret-file"), secret});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText().trimmed(), QStringLiteral("valid"));
        verifyNoSecretIn(run, kSecret);

        run = cli(args + QStringList{QStringLiteral("--hmac-secret-stdin")}, kSecret + '\n');
        QCOMPARE(run.exitCode, 0);
        verifyNoSecretIn(run, kSecret);

        // One byte changed: exit 9, and --verbose shows the signature that body would need.
        QByteArray changed = kBody;
        changed[changed.indexOf("+1202")] = '-';
        const QString changedBody = write(QStringLiteral("changed.json"), changed);
        run = cli({QStringLiteral("callbacks"), QStringLiteral("verify"), QStringLiteral("--body-file"), changedBody,
                   QStringLiteral("--signature"), kSignature, QStringLiteral("--hmac-secret-file"), secret,
                   QStringLiteral("--verbose")});
        QCOMPARE(run.exitCode, 9);
        QVERIFY2(run.outText().startsWith(QStringLiteral("invalid")), run.out.constData());
        QVERIFY2(run.out.contains(hmacSha1(kSecret, changed)), run.out.constData());
        verifyNoSecretIn(run, kSecret);

        // During a rotation the previous secret is accepted too.
        const QString next = write(QStringLiteral("next"), "Next-0123456789-abcdefghij-KLMNOPQRS", true);
        run = cli(args + QStringList{QStringLiteral("--hmac-secret-file"), next, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--previous-hmac-secret-file"), secret});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QLatin1String("signatureValid")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("match")).toString(), QStringLiteral("previous"));
    }

    void verifyTakesSecretsOnlyFromStdinOrFile()
    {
        const QString body = write(QStringLiteral("body.json"), kBody);
        CliRun run = cli({QStringLiteral("callbacks"), QStringLiteral("verify"), QStringLiteral("--body-file"), body,
                          QStringLiteral("--signature"), kSignature, QStringLiteral("--hmac-secret"),
                          QString::fromLatin1(kSecret)});
        QCOMPARE(run.exitCode, 2);
        verifyNoSecretIn(run, kSecret);
        const QString open = write(QStringLiteral("open-secret"), kSecret);
        QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        run = cli({QStringLiteral("callbacks"), QStringLiteral("verify"), QStringLiteral("--body-file"), body,
                   QStringLiteral("--signature"), kSignature, QStringLiteral("--hmac-secret-file"), open});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("chmod 600")), run.err.constData());
        run = cli({QStringLiteral("callbacks"), QStringLiteral("verify"), QStringLiteral("--signature"), kSignature,
                   QStringLiteral("--hmac-secret-stdin")},
                  kSecret);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("--body-file")), run.err.constData());
    }

    void listenReceivesASandboxEvent()
    {
        QVERIFY(startSandbox());
        const quint16 port = freePort();
        QProcess process;
        process.setProcessEnvironment(nd::test::cleanEnvironment(m_dir.path()));
        process.start(QStringLiteral(ND_CLI_BINARY),
                      sandboxArgs() + QStringList{QStringLiteral("callbacks"), QStringLiteral("listen"),
                                                  QStringLiteral("--port"), QString::number(port),
                                                  QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted(10000));
        process.closeWriteChannel();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Listening on"), 20000);
        QVERIFY2(err.contains(QByteArray::number(port)), err.constData());

        const QString n = m_fixture->someAvailableNumber(0);
        nd::NumberConfiguration c;
        c.sms = nd::SmsConfigurationRequest{QStringLiteral("plan-1"), std::nullopt};
        c.callbackUrl = QStringLiteral("http://127.0.0.1:%1/callbacks").arg(port);
        QVERIFY(m_fixture->wait<nd::ActiveNumber>(
            [&](QObject *ctx, auto cb) { m_fixture->client->rentNumber(n, c, ctx, cb); }));
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(line.value(QLatin1String("signatureValid")).toBool(), true);
        const QByteArray body = line.value(QLatin1String("body")).toString().toUtf8();
        const QByteArray secret = m_fixture->state()->hmacSecret().toUtf8();
        QCOMPARE(line.value(QLatin1String("signature")).toString().toLatin1(), hmacSha1(secret, body));
        const QJsonObject event = line.value(QLatin1String("event")).toObject();
        QCOMPARE(event.value(QLatin1String("resourceId")).toString(), n);
        QCOMPARE(event.value(QLatin1String("eventType")).toString(), QStringLiteral("PROVISIONING_TO_SMS_PLATFORM"));
        QVERIFY(!out.contains(secret));
        err += process.readAllStandardError();
        QVERIFY(!err.contains(secret));
    }

    void sendTestIsSignedWithTheProjectSecret()
    {
        QVERIFY(startSandbox());
        nd::CallbackListener receiver;
        receiver.setSecrets(m_fixture->state()->hmacSecret());
        const auto listening = receiver.listen(0);
        QVERIFY2(listening.ok(), qPrintable(listening.error().message));
        QSignalSpy spy(&receiver, &nd::CallbackListener::callbackChecked);
        const CliRun run =
            cli(sandboxArgs() + QStringList{QStringLiteral("callbacks"), QStringLiteral("send-test"),
                                            QStringLiteral("--url"), receiver.receiver()->url().toString(),
                                            QStringLiteral("--event"), QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM"),
                                            QStringLiteral("--status"), QStringLiteral("FAILED"),
                                            QStringLiteral("--number"), QStringLiteral("+12065550100")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(QStringLiteral("HTTP 200")), run.out.constData());
        QTRY_COMPARE(spy.size(), 1);
        const auto c = spy.first().first().value<nd::CheckedCallback>();
        QVERIFY(c.verdict.valid);
        QCOMPARE(c.request.signature(), hmacSha1(m_fixture->state()->hmacSecret().toUtf8(), c.request.body));
        QCOMPARE(c.event.status, QStringLiteral("FAILED"));
        QCOMPARE(c.event.failureCode, QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM_FAILED"));
        QCOMPARE(c.event.resourceId, QStringLiteral("+12065550100"));
        QCOMPARE(c.event.projectId, m_fixture->server->projectId());
        verifyNoSecretIn(run, m_fixture->state()->hmacSecret().toUtf8());

        // Another host needs --yes (no terminal here): refused, nothing sent.
        const CliRun remote =
            cli(sandboxArgs() + QStringList{QStringLiteral("callbacks"), QStringLiteral("send-test"),
                                            QStringLiteral("--url"), QStringLiteral("http://192.0.2.1/hook")});
        QCOMPARE(remote.exitCode, 5);
        QCOMPARE(m_fixture->count("getCallbackConfiguration"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCallbacks)
#include "tst_clicallbacks.moc"
