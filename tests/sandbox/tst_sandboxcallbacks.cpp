// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Number-event callbacks (docs/api.md §6): the sandbox POSTs signed events to a receiver in this test. The
// signatures are checked with an HMAC-SHA1 written here from QCryptographicHash (RFC 2104), not with the
// sandbox's own code, and that HMAC is itself checked against the worked example of §6.4.
#include "independenthmac.h"
#include "callbackdispatcher.h"
#include "rawhttp.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace nd::sandbox;
using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

namespace {

QByteArray p(const QByteArray &rest)
{
    return "/v1/projects/sandbox-project" + rest;
}

using nd::test::hmacSha1;

const QByteArray kWorkedSecret = "K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s";
const QByteArray kWorkedBody =
    "{\"eventId\":\"01jq7z3k8m2n4p6r8t0v2x4z6b\",\"timestamp\":\"2025-03-14T09:26:53.589793\",\"projectId\":\"c0ffee00-"
    "1234-4abc-9def-0123456789ab\",\"resourceId\":\"+12025550134\",\"resourceType\":\"ACTIVE_NUMBER\",\"eventType\":"
    "\"PROVISIONING_TO_SMS_PLATFORM\",\"status\":\"SUCCEEDED\",\"failureCode\":null}";

struct Received
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString eventType() const { return json().value(QLatin1String("eventType")).toString(); }
};

// A webhook receiver on 127.0.0.1 that answers each request with the next status of its script (then 200).
class Receiver final
{
public:
    Receiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Received r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                    r.method = requestLine.value(0);
                    r.target = requestLine.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const QByteArray line = lines.at(i).trimmed();
                        const qsizetype colon = line.indexOf(':');
                        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                    }
                    const qsizetype length = r.header("Content-Length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length); // the raw bytes, as a verifier must use them
                    received.append(r);
                    const int status = script.isEmpty() ? 200 : script.takeFirst();
                    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                                  " X\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QByteArray url(const QByteArray &path = "/hooks/numbers?source=sandbox") const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
    }
    quint16 port() const { return m_server.serverPort(); }

    QList<Received> received;
    QList<int> script;

private:
    QTcpServer m_server;
};

} // namespace

class SandboxCallbacksTest : public QObject
{
    Q_OBJECT

private:
    void startServer(const QString &faults = QString())
    {
        SandboxOptions options;
        options.provisioningStepMs = 20;
        options.debugEndpoints = true;
        options.faults = faults;
        m_server = std::make_unique<SandboxServer>();
        const auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_http = std::make_unique<RawHttp>(m_server->baseUrl(), RawHttp::basic(options.keyId, options.keySecret));
    }

    QByteArray available(const QByteArray &region = "US", const QByteArray &type = "LOCAL")
    {
        const RawResponse r = m_http->get(p("/availableNumbers?regionCode=" + region + "&type=" + type +
                                            "&capabilities=SMS&capabilities=VOICE&size=1"));
        return r.array("availableNumbers").first().toObject().value(QLatin1String("phoneNumber")).toString().toLatin1();
    }

    int rent(const QByteArray &number, const QByteArray &body)
    {
        return m_http->post(p("/availableNumbers/" + number + ":rent"), body).status;
    }

    // A rent body that links an SMS plan and sets the callback URL.
    static QByteArray planWithCallback(const QByteArray &url)
    {
        return "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},\"callbackUrl\":\"" + url + "\"}";
    }

    QByteArray secret() const
    {
        return m_http->get(p("/callbackConfiguration")).json().value(QLatin1String("hmacSecret")).toString().toUtf8();
    }

    QJsonArray attempts(const QByteArray &query = {}) const
    {
        return RawHttp(m_server->baseUrl()).get("/_sandbox/callbacks" + query).array("attempts");
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawHttp> m_http;

private Q_SLOTS:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void signsTheWorkedExample()
    {
        QCOMPARE(kWorkedBody.size(), 274);
        // The test's own HMAC first, so that it can judge the sandbox.
        QCOMPARE(hmacSha1(kWorkedSecret, kWorkedBody), QByteArray("a46fdb4752ee4b77274ba65eee247ab74b11417e"));
        QCOMPARE(CallbackDispatcher::signature(kWorkedBody, QString::fromLatin1(kWorkedSecret)),
                 QByteArray("a46fdb4752ee4b77274ba65eee247ab74b11417e"));
        // §6.4's negative checks: not a byte may differ.
        QCOMPARE(CallbackDispatcher::signature(kWorkedBody + '\n', QString::fromLatin1(kWorkedSecret)),
                 QByteArray("106f0572f94912b59384542a817005d1e56bf222"));
        QByteArray pretty = "{\n  " + kWorkedBody.mid(1, kWorkedBody.size() - 2) + "\n}";
        pretty.replace("\",\"", "\",\n  \"").replace("\":", "\": ");
        QCOMPARE(CallbackDispatcher::signature(pretty, QString::fromLatin1(kWorkedSecret)),
                 QByteArray("468edaad13f7c222663dff2a9fb02dd854882cda"));
        QByteArray changed = kWorkedBody;
        changed[10] = 'X';
        QVERIFY(CallbackDispatcher::signature(changed, QString::fromLatin1(kWorkedSecret)) !=
                QByteArray("a46fdb4752ee4b77274ba65eee247ab74b11417e"));
    }

    void deliversSignedEventsAfterRent()
    {
        Receiver receiver;
        startServer();
        // The worked example's secret as the project's secret: the signature a receiver expects is known.
        QCOMPARE(m_http->patch(p("/callbackConfiguration"), "{\"hmacSecret\":\"" + kWorkedSecret + "\"}").status, 200);
        const QByteArray n = available();
        const RawResponse rented =
            m_http->post(p("/availableNumbers/" + n + ":rent"),
                         "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},"
                         "\"voiceConfiguration\":{\"type\":\"RTC\",\"appId\":\"app-1\"},\"callbackUrl\":\"" +
                             receiver.url() + "\"}");
        QCOMPARE(rented.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 10000);

        QStringList types;
        for (const Received &r : std::as_const(receiver.received)) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.target, QByteArray("/hooks/numbers?source=sandbox"));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(r.header("X-Sinch-Signature"), hmacSha1(kWorkedSecret, r.body));
            const QJsonObject e = r.json();
            static const QRegularExpression ulid(QStringLiteral("^[0-9a-hjkmnp-tv-z]{26}$"));
            QVERIFY2(ulid.match(e.value(QLatin1String("eventId")).toString()).hasMatch(), r.body.constData());
            static const QRegularExpression noZone(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"));
            QVERIFY2(noZone.match(e.value(QLatin1String("timestamp")).toString()).hasMatch(), r.body.constData());
            QCOMPARE(e.value(QLatin1String("projectId")).toString(), QStringLiteral("sandbox-project"));
            QCOMPARE(e.value(QLatin1String("resourceId")).toString(), QString::fromLatin1(n));
            QCOMPARE(e.value(QLatin1String("resourceType")).toString(), QStringLiteral("ACTIVE_NUMBER"));
            QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("SUCCEEDED"));
            QVERIFY(e.contains(QLatin1String("failureCode")) && e.value(QLatin1String("failureCode")).isNull());
            QVERIFY(!e.contains(QLatin1String("internalFailureCode")));
            types.append(r.eventType());
        }
        types.sort();
        QCOMPARE(types, QStringList({QStringLiteral("PROVISIONING_TO_SMS_PLATFORM"),
                                     QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM")}));
        QVERIFY(receiver.received.at(0).json().value(QLatin1String("eventId")) !=
                receiver.received.at(1).json().value(QLatin1String("eventId")));

        // Every attempt is recorded.
        const QJsonArray log = attempts();
        QCOMPARE(log.size(), 2);
        for (const QJsonValue &v : log) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QLatin1String("url")).toString(), QString::fromLatin1(receiver.url()));
            QCOMPARE(a.value(QLatin1String("attempt")).toInt(), 1);
            QCOMPARE(a.value(QLatin1String("statusCode")).toInt(), 200);
            QCOMPARE(a.value(QLatin1String("result")).toString(), QStringLiteral("delivered"));
            QCOMPARE(a.value(QLatin1String("resourceId")).toString(), QString::fromLatin1(n));
            QVERIFY(!a.value(QLatin1String("time")).toString().isEmpty());
            QCOMPARE(a.value(QLatin1String("event")).toObject().value(QLatin1String("resourceId")).toString(),
                     QString::fromLatin1(n));
        }
        // A number without a callbackUrl produces nothing.
        const QByteArray quiet = available();
        const QByteArray planOnly = "{\"smsConfiguration\":{\"servicePlanId\":\"p\"}}";
        QCOMPARE(rent(quiet, planOnly), 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server->state()->activeNumber(QString::fromLatin1(quiet))->servicePlanId == QLatin1String("p"), 10000);
        QCOMPARE(attempts().size(), 2);
    }

    void reportsFailedProvisioning()
    {
        Receiver receiver;
        startServer(QStringLiteral("provisioning-fail=1"));
        const QByteArray n = available();
        {
            const QByteArray body =
                "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\",\"campaignId\":\"CAMP1\"},"
                "\"voiceConfiguration\":{\"type\":\"EST\",\"trunkId\":\"trunk-1\"},\"callbackUrl\":\"" +
                receiver.url() + "\"}";
            QCOMPARE(rent(n, body), 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 3, 10000);
        QMap<QString, QJsonObject> byType;
        for (const Received &r : std::as_const(receiver.received)) {
            QCOMPARE(r.header("X-Sinch-Signature"), hmacSha1(secret(), r.body));
            QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
            byType.insert(r.eventType(), r.json());
        }
        // SMS platform: no code (§6.2); campaign: its code and an internal one; voice: the e2e mock's code.
        QVERIFY(
            byType.value(QStringLiteral("PROVISIONING_TO_SMS_PLATFORM")).value(QLatin1String("failureCode")).isNull());
        const QJsonObject campaign = byType.value(QStringLiteral("PROVISIONING_TO_CAMPAIGN"));
        QCOMPARE(campaign.value(QLatin1String("failureCode")).toString(),
                 QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE"));
        QVERIFY(!campaign.value(QLatin1String("internalFailureCode")).toString().isEmpty());
        QCOMPARE(byType.value(QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM"))
                     .value(QLatin1String("failureCode"))
                     .toString(),
                 QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM_FAILED"));
        // And the number says the same.
        const QJsonObject number = m_http->get(p("/activeNumbers/" + n)).json();
        QCOMPARE(number.value(QLatin1String("smsConfiguration"))
                     .toObject()
                     .value(QLatin1String("scheduledProvisioning"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("FAILED"));
    }

    void reportsDeprovisioning()
    {
        Receiver receiver;
        startServer();
        const QByteArray n = available();
        {
            const QByteArray body = "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\",\"campaignId\":\"CAMP1\"},"
                                    "\"voiceConfiguration\":{\"type\":\"FAX\",\"serviceId\":\"fax-1\"}}";
            QCOMPARE(rent(n, body), 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server->state()->activeNumber(QString::fromLatin1(n))->serviceId == QLatin1String("fax-1"), 10000);
        QVERIFY(receiver.received.isEmpty()); // no callbackUrl yet
        // The URL is set by update; then everything is unlinked.
        QCOMPARE(m_http->patch(p("/activeNumbers/" + n), "{\"callbackUrl\":\"" + receiver.url() + "\"}").status, 200);
        const QByteArray unlink = "{\"smsConfiguration\":{\"servicePlanId\":\"\"},\"voiceConfiguration\":{\"type\":"
                                  "\"FAX\",\"serviceId\":\"\"}}";
        QCOMPARE(m_http->patch(p("/activeNumbers/" + n), unlink).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 3, 10000);
        QStringList types;
        for (const Received &r : std::as_const(receiver.received)) {
            QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("SUCCEEDED"));
            types.append(r.eventType());
        }
        types.sort();
        QCOMPARE(types, QStringList({QStringLiteral("DEPROVISIONING_FROM_CAMPAIGN"),
                                     QStringLiteral("DEPROVISIONING_FROM_SMS_PLATFORM"),
                                     QStringLiteral("DEPROVISIONING_FROM_VOICE_PLATFORM")}));
    }

    void retriesFailedDeliveries()
    {
        Receiver receiver;
        receiver.script = {500, 503};
        startServer();
        const QByteArray n = available();
        QCOMPARE(rent(n, planWithCallback(receiver.url())), 200);
        // 500, then 503 one second later, then delivered two seconds after that: the same event each time.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 3, 15000);
        const QByteArray eventId =
            receiver.received.first().json().value(QLatin1String("eventId")).toString().toLatin1();
        for (const Received &r : std::as_const(receiver.received)) {
            QCOMPARE(r.json().value(QLatin1String("eventId")).toString().toLatin1(), eventId);
            QCOMPARE(r.body, receiver.received.first().body);
        }
        QTRY_COMPARE_WITH_TIMEOUT(attempts().size(), 3, 5000);
        const QJsonArray log = attempts();
        QCOMPARE(log.at(0).toObject().value(QLatin1String("statusCode")).toInt(), 500);
        QCOMPARE(log.at(0).toObject().value(QLatin1String("result")).toString(), QStringLiteral("retrying"));
        QCOMPARE(log.at(0).toObject().value(QLatin1String("nextAttemptInMs")).toInt(), 1000);
        QCOMPARE(log.at(1).toObject().value(QLatin1String("statusCode")).toInt(), 503);
        QCOMPARE(log.at(1).toObject().value(QLatin1String("attempt")).toInt(), 2);
        QCOMPARE(log.at(1).toObject().value(QLatin1String("nextAttemptInMs")).toInt(), 2000);
        QCOMPARE(log.at(2).toObject().value(QLatin1String("statusCode")).toInt(), 200);
        QCOMPARE(log.at(2).toObject().value(QLatin1String("attempt")).toInt(), 3);
        QCOMPARE(log.at(2).toObject().value(QLatin1String("result")).toString(), QStringLiteral("delivered"));
        QVERIFY(log.at(2).toObject().value(QLatin1String("nextAttemptInMs")).isNull());
        const auto time = [&](int i) {
            return QDateTime::fromString(log.at(i).toObject().value(QLatin1String("time")).toString(),
                                         Qt::ISODateWithMs);
        };
        QVERIFY(time(0).msecsTo(time(1)) >= 1000);
        QVERIFY(time(1).msecsTo(time(2)) >= 2000);

        // Nobody listening: the connection error is recorded and retried too.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QByteArray other = available();
        {
            const QByteArray body =
                "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},\"callbackUrl\":\"http://127.0.0.1:" +
                QByteArray::number(closedPort) + "/hook\"}";
            QCOMPARE(rent(other, body), 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(attempts("?phoneNumber=%2B" + other.mid(1)).size(), 2, 10000);
        const QJsonObject refused = attempts("?phoneNumber=%2B" + other.mid(1)).first().toObject();
        QCOMPARE(refused.value(QLatin1String("statusCode")).toInt(), 0);
        QCOMPARE(refused.value(QLatin1String("result")).toString(), QStringLiteral("retrying"));
        QVERIFY(!refused.value(QLatin1String("error")).toString().isEmpty());
    }

    void signsWithTheCurrentSecret()
    {
        Receiver receiver;
        startServer();
        const QByteArray before = secret();
        const QByteArray a = available();
        QCOMPARE(rent(a, planWithCallback(receiver.url())), 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 10000);
        QCOMPARE(receiver.received.at(0).header("X-Sinch-Signature"), hmacSha1(before, receiver.received.at(0).body));

        const QByteArray rotated = "Rotated-0123456789-abcdefghij-KLMNOP";
        QCOMPARE(m_http->patch(p("/callbackConfiguration"), "{\"hmacSecret\":\"" + rotated + "\"}").status, 200);
        const QByteArray b = available();
        QCOMPARE(rent(b, planWithCallback(receiver.url())), 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 10000);
        const Received &second = receiver.received.at(1);
        QCOMPARE(second.header("X-Sinch-Signature"), hmacSha1(rotated, second.body));
        QVERIFY(second.header("X-Sinch-Signature") != hmacSha1(before, second.body));
    }

    void deliversOnlyToLoopback()
    {
        Receiver receiver;
        startServer();
        const QList<QByteArray> elsewhere = {"http://example.com/hook",
                                             "http://10.1.2.3:" + QByteArray::number(receiver.port()),
                                             "https://127.0.0.1:" + QByteArray::number(receiver.port()) + "/hook"};
        for (const QByteArray &url : elsewhere) {
            const QByteArray n = available();
            {
                const QByteArray body =
                    "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},\"callbackUrl\":\"" + url + "\"}";
                QCOMPARE(rent(n, body), 200);
            }
            QTRY_COMPARE_WITH_TIMEOUT(attempts("?phoneNumber=%2B" + n.mid(1)).size(), 1, 10000);
            const QJsonObject a = attempts("?phoneNumber=%2B" + n.mid(1)).first().toObject();
            QCOMPARE(a.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
            QCOMPARE(a.value(QLatin1String("attempt")).toInt(), 0);
            QCOMPARE(a.value(QLatin1String("url")).toString(), QString::fromLatin1(url));
            QVERIFY(!a.value(QLatin1String("error")).toString().isEmpty());
        }
        // localhost is this machine: delivered.
        const QByteArray n = available();
        {
            const QByteArray body =
                "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},\"callbackUrl\":\"http://localhost:" +
                QByteArray::number(receiver.port()) + "/local\"}";
            QCOMPARE(rent(n, body), 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 10000);
        QCOMPARE(receiver.received.first().target, QByteArray("/local"));
        QCOMPARE(receiver.received.first().header("Host"), "localhost:" + QByteArray::number(receiver.port()));
    }
};

QTEST_GUILESS_MAIN(SandboxCallbacksTest)
#include "tst_sandboxcallbacks.moc"
