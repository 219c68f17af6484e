// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbersclient.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

namespace {

// A minimal HTTPS server (QSslServer is not in Qt 6.4): QTcpServer hands each connection to a QSslSocket
// that answers every request with one JSON body.
class TlsServer final : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    int handshakes = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n")) {
                return;
            }
            const QByteArray body = R"({"phoneNumber":"+12065550123"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfSignedServerGivesTlsErrorWithDetails();
    void caBundleMakesThePrivateCaTrusted();
    void unusableCaBundleIsAClearError_data();
    void unusableCaBundleIsAClearError();
    void plainHttpOnlyToLoopback();

private:
    Result<ActiveNumber> get(const ConnectionSettings &settings);
    ConnectionSettings settings() const;

    QTemporaryDir m_dir;
    QString m_certPath;
    TlsServer m_server;
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend: NumberDesk cannot reach the API without one");
    QVERIFY(m_dir.isValid());
    // The committed self-signed certificate (tests/core/data/tls/README.md): valid 2000-2099.
    m_certPath = QStringLiteral(ND_TLS_DATA_DIR "/cert.pem");
    QFile cert(m_certPath);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    m_server.certificate = QSslCertificate(&cert, QSsl::Pem);
    QFile key(QStringLiteral(ND_TLS_DATA_DIR "/key.pem"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_server.key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_server.certificate.isNull());
    QVERIFY(!m_server.key.isNull());
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

ConnectionSettings TestTls::settings() const
{
    ConnectionSettings s;
    s.numbersUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    s.projectId = QStringLiteral("p1");
    s.keyId = QStringLiteral("id");
    s.keySecret = QStringLiteral("secret");
    s.authMethod = AuthMethod::Basic;
    s.transferTimeoutMs = 10000;
    return s;
}

Result<ActiveNumber> TestTls::get(const ConnectionSettings &s)
{
    NumbersClient client;
    client.setConnection(s);
    client.setRetryPolicy(RetryPolicy::none());
    std::optional<Result<ActiveNumber>> result;
    client.getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result ? *result : Result<ActiveNumber>(ApiError::timeout(20000));
}

void TestTls::selfSignedServerGivesTlsErrorWithDetails()
{
    const Result<ActiveNumber> r = get(settings());
    QVERIFY(!r.ok());
    const ApiError &e = r.error();
    QCOMPARE(e.kind, ApiError::Kind::Tls);
    QVERIFY(!e.isAmbiguous()); // nothing was sent
    QCOMPARE(e.tlsIssues.size(), 1);
    const TlsIssue &issue = e.tlsIssues.constFirst();
    QCOMPARE(issue.error, QSslError(QSslError::SelfSignedCertificate).errorString());
    QCOMPARE(issue.subject, QStringLiteral("CN=127.0.0.1, O=NumberDesk Test CA"));
    QCOMPARE(issue.issuer, QStringLiteral("CN=127.0.0.1, O=NumberDesk Test CA")); // self-signed
    QCOMPARE(issue.expiresAt, QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(e.fullMessage(),
             e.userMessage + QStringLiteral("\n- ") + issue.error +
                 QStringLiteral(" (certificate: CN=127.0.0.1, O=NumberDesk Test CA; issued by: "
                                "CN=127.0.0.1, O=NumberDesk Test CA; valid until: 2099-12-31T23:59:59Z)"));
}

void TestTls::caBundleMakesThePrivateCaTrusted()
{
    ConnectionSettings s = settings();
    s.caBundlePath = m_certPath;
    QVERIFY(!s.validate().isError());
    const Result<ActiveNumber> r = get(s);
    QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
    QCOMPARE(r.value().phoneNumber, QStringLiteral("+12065550123"));
}

void TestTls::unusableCaBundleIsAClearError_data()
{
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("not pem") << QByteArray("hello, I am not a certificate\n");
    QTest::newRow("empty") << QByteArray("");
}

void TestTls::unusableCaBundleIsAClearError()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        QStringLiteral("bundle-%1.pem")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ConnectionSettings s = settings();
    s.caBundlePath = path;
    const ApiError invalid = s.validate();
    QCOMPARE(invalid.kind, ApiError::Kind::Validation);
    QVERIFY2(invalid.userMessage.contains(path), qPrintable(invalid.userMessage));
    const int before = m_server.handshakes;
    const Result<ActiveNumber> r = get(s);
    QCOMPARE(r.error().kind, ApiError::Kind::Validation); // nothing is sent with a broken bundle
    QCOMPARE(m_server.handshakes, before);
}

void TestTls::plainHttpOnlyToLoopback()
{
    ConnectionSettings s = settings();
    s.numbersUrl = QUrl(QStringLiteral("http://numbers.example.com"));
    QCOMPARE(s.validate().kind, ApiError::Kind::Validation);
    s.numbersUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(!s.validate().isError());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
