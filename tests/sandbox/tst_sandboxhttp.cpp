// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's HTTP layer under malformed and hostile requests, over raw sockets: strict framing, size
// limits answered before the body is read, canonical paths, timeouts and the connection cap.
#include "httprequestparser.h"
#include "rawhttp.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace nd::sandbox;
using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

namespace {
const QByteArray kProjectPath = "/v1/projects/sandbox-project";
} // namespace

class SandboxHttpTest : public QObject
{
    Q_OBJECT

private:
    void startServer(SandboxOptions options = SandboxOptions())
    {
        m_server = std::make_unique<SandboxServer>();
        const auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_auth = "Authorization: " + RawHttp::basic(options.keyId, options.keySecret) + "\r\n";
        m_number = m_server->state()->activeNumbers().first().phoneNumber.toLatin1();
    }

    // A PATCH of the display name with the given framing headers (no Content-Length added).
    QByteArray patchWith(const QByteArray &framing, const QByteArray &body) const
    {
        return "PATCH " + kProjectPath + "/activeNumbers/" + m_number + " HTTP/1.1\r\nHost: sandbox\r\n" + m_auth +
               "Content-Type: application/json\r\n" + framing + "\r\n" + body;
    }

    QByteArray get(const QByteArray &target, const QByteArray &extra = {}) const
    {
        return "GET " + target + " HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + extra + "\r\n";
    }

    RawResponse exchange(const QByteArray &bytes, int timeoutMs = 10000) const
    {
        return RawHttp::exchange(m_server->baseUrl(), bytes, 1, timeoutMs).value(0);
    }

    QString displayName() const { return m_server->state()->activeNumber(QString::fromLatin1(m_number))->displayName; }

    // A connected socket that has sent `bytes` and keeps the connection open.
    std::unique_ptr<QTcpSocket> openWith(const QByteArray &bytes)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_server->baseUrl().host(), static_cast<quint16>(m_server->baseUrl().port()));
        if (!socket->waitForConnected(5000))
            return {};
        if (!bytes.isEmpty())
            socket->write(bytes);
        socket->flush();
        return socket;
    }

    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_auth;
    QByteArray m_number;

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void rejectsInvalidContentLength_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n");
        QTest::newRow("exponent") << QByteArray("Content-Length: 1e3\r\n");
        QTest::newRow("list") << QByteArray("Content-Length: 5, 6\r\n");
        QTest::newRow("plus") << QByteArray("Content-Length: +25\r\n");
        QTest::newRow("hex") << QByteArray("Content-Length: 0x19\r\n");
        QTest::newRow("empty") << QByteArray("Content-Length: \r\n");
        QTest::newRow("twice, equal") << QByteArray("Content-Length: 25\r\nContent-Length: 25\r\n");
        QTest::newRow("twice, different") << QByteArray("Content-Length: 25\r\nContent-Length: 2\r\n");
        QTest::newRow("huge") << QByteArray("Content-Length: 99999999999999999999999\r\n");
        QTest::newRow("with transfer-encoding") << QByteArray("Content-Length: 25\r\nTransfer-Encoding: chunked\r\n");
    }

    void rejectsInvalidContentLength()
    {
        QFETCH(QByteArray, framing);
        startServer();
        const QString before = displayName();
        const QByteArray body = R"({"displayName":"Changed"})"; // 25 bytes
        const RawResponse r = exchange(patchWith(framing, body));
        QVERIFY(r.complete);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QCOMPARE(displayName(), before); // the PATCH did not run
        // The same request with a valid length runs.
        QCOMPARE(exchange(patchWith("Content-Length: 25\r\n", body)).status, 200);
        QCOMPARE(displayName(), QStringLiteral("Changed"));
    }

    void refusesLargeBodyBeforeReadingIt()
    {
        startServer();
        // 300 MB announced, 64 KiB sent: the answer comes without waiting for the rest.
        const RawResponse r = exchange(patchWith("Content-Length: 300000000\r\n", QByteArray(64 * 1024, ' ')));
        QVERIFY2(r.complete, "no answer before the body was complete");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorStatus(), QStringLiteral("PAYLOAD_TOO_LARGE"));

        // With Expect: 100-continue nothing of the body is sent at all.
        const RawResponse expect = exchange(patchWith("Content-Length: 2000000\r\nExpect: 100-continue\r\n", {}));
        QCOMPARE(expect.status, 413);

        // The limit is 1 MiB.
        const QByteArray limit = "{\"displayName\":\"" + QByteArray(1024 * 1024 - 18, 'a') + "\"}";
        QCOMPARE(limit.size(), 1024 * 1024);
        QCOMPARE(exchange(patchWith("Content-Length: 1048577\r\n", limit + ' ')).status, 413);
        // Exactly 1 MiB is read and judged by the API: that name is too long to store.
        const RawResponse atLimit = exchange(patchWith("Content-Length: 1048576\r\n", limit));
        QCOMPARE(atLimit.status, 400);
        QVERIFY(atLimit.errorMessage().contains(QLatin1String("displayName")));
    }

    void continuesWhenAsked()
    {
        startServer();
        const QByteArray body = R"({"displayName":"Continued"})";
        const QByteArray head =
            patchWith("Content-Length: " + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n", {});
        auto socket = openWith(head);
        QVERIFY(socket);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket->readAll()).contains("100 Continue"), 5000);
        socket->write(body);
        QTRY_VERIFY_WITH_TIMEOUT((got += socket->readAll()).contains("HTTP/1.1 200 OK"), 5000);
        QCOMPARE(displayName(), QStringLiteral("Continued"));
    }

    void refusesOversizedHeaders()
    {
        startServer();
        QByteArray many;
        for (int i = 0; i < 2000; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        RawResponse r = exchange(get(kProjectPath + "/availableRegions", many));
        QCOMPARE(r.status, 431);
        QCOMPARE(r.errorStatus(), QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"));
        // Without credentials too: the limit comes before authentication.
        r = exchange("GET /v1/projects/sandbox-project/availableRegions HTTP/1.1\r\n" + many + "\r\n");
        QCOMPARE(r.status, 431);
        r = exchange(get(kProjectPath + "/availableRegions", "X-Big: " + QByteArray(70 * 1024, 'b') + "\r\n"));
        QCOMPARE(r.status, 431);
        r = exchange(get(kProjectPath + "/availableRegions?pad=" + QByteArray(20 * 1024, 'p')));
        QCOMPARE(r.status, 414);
        // 100 headers are fine.
        QByteArray hundred;
        for (int i = 0; i < 98; ++i) // plus Host and Authorization
            hundred += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        QCOMPARE(exchange(get(kProjectPath + "/availableRegions", hundred)).status, 200);
    }

    void rejectsMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /v1\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  /v1 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET /v1 HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET /v1 HTTP/1.1\r\nX-A: 1\r\n continued\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /v1 HTTP/1.1\r\nX-A : 1\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET /v1 HTTP/1.1\r\nX-A\r\n\r\n") << 400;
        QTest::newRow("gzip coding") << QByteArray("POST /v1 HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk") << QByteArray("POST /v1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                   << 400;
    }

    void rejectsMalformedRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        startServer();
        const RawResponse r = exchange(wire);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), status);
    }

    void acceptsChunkedBodies()
    {
        startServer();
        const QByteArray body = "8\r\n{\"displa\r\n11;ext=1\r\nyName\":\"Chunked\"}\r\n0\r\nX-Trailer: t\r\n\r\n";
        QCOMPARE(exchange(patchWith("Transfer-Encoding: chunked\r\n", body)).status, 200);
        QCOMPARE(displayName(), QStringLiteral("Chunked"));
        // Chunks adding up to more than 1 MiB are refused as soon as the size line says so.
        const QByteArray big = "100001\r\n" + QByteArray(4096, 'x');
        QCOMPARE(exchange(patchWith("Transfer-Encoding: chunked\r\n", big)).status, 413);
    }

    // The parser's verdict does not depend on how the bytes arrive (found by fuzzing: a request line of exactly
    // the limit was 414 when its CR came in a packet before its LF, else 400/200).
    void parsesTheSameWhateverTheChunking_data()
    {
        QTest::addColumn<QByteArray>("wire");
        const QByteArray longest = "GET /" + QByteArray(16 * 1024 - 14, 'a') + " HTTP/1.1"; // 16 KiB exactly
        QTest::newRow("longest request line") << longest + "\r\nHost: x\r\n\r\n";
        QTest::newRow("one byte over") << "GET /a" + longest.mid(5) + "\r\n\r\n";
        QTest::newRow("pipelined") << QByteArray(
            "GET /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.0\r\n\r\n");
        QTest::newRow("chunked with a long extension") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;" +
                                                              QByteArray(1021, 'e') + "\r\nabc\r\n0\r\n\r\n";
        QTest::newRow("chunk line over 1 KiB") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;" +
                                                      QByteArray(1100, 'e') + "\r\nabc\r\n0\r\n\r\n";
        QByteArray headers;
        for (int i = 0; i < 100; ++i)
            headers += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("100 headers") << "GET / HTTP/1.1\r\n" + headers + "\r\n";
        QTest::newRow("101 headers") << "GET / HTTP/1.1\r\n" + headers + "X-Last: v\r\n\r\n";
    }

    void parsesTheSameWhateverTheChunking()
    {
        QFETCH(QByteArray, wire);
        const auto parse = [](const QByteArray &bytes, int chunk) {
            HttpRequestParser parser;
            QByteArray buffer;
            QStringList outcome;
            for (qsizetype pos = 0; pos < bytes.size(); pos += chunk) {
                buffer += bytes.mid(pos, chunk);
                for (;;) {
                    const HttpRequestParser::Status status = parser.feed(buffer);
                    if (status == HttpRequestParser::Status::Error)
                        return outcome << QString::number(parser.errorStatus());
                    if (status == HttpRequestParser::Status::NeedMore)
                        break;
                    const HttpRequest r = parser.takeRequest();
                    outcome << QString::fromLatin1(r.method + ' ' + r.rawPath.left(20) + ' ' + r.body);
                }
            }
            return outcome;
        };
        const QStringList whole = parse(wire, static_cast<int>(wire.size()));
        QVERIFY(!whole.isEmpty());
        for (int chunk : {1, 2, 3, 7, 64, 1000})
            QCOMPARE(parse(wire, chunk), whole);
    }

    void answersNonCanonicalPathsWith404_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("trailing slash") << QByteArray("/v1/projects/sandbox-project/activeNumbers/");
        QTest::newRow("double slash") << QByteArray("//");
        QTest::newRow("empty segment") << QByteArray("/v1//projects/sandbox-project/activeNumbers");
        QTest::newRow("leading double slash") << QByteArray("//v1/projects/sandbox-project/availableRegions");
        QTest::newRow("dot") << QByteArray("/v1/projects/sandbox-project/./availableRegions");
        QTest::newRow("dot dot") << QByteArray("/v1/projects/sandbox-project/x/../availableRegions");
        QTest::newRow("encoded dot") << QByteArray("/v1/projects/sandbox-project/%2E/availableRegions");
        QTest::newRow("token trailing slash") << QByteArray("/oauth2/token/");
    }

    void answersNonCanonicalPathsWith404()
    {
        QFETCH(QByteArray, target);
        startServer();
        const RawResponse r = exchange(get(target));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorStatus(), QStringLiteral("NOT_FOUND"));
        // The canonical spellings answer.
        QCOMPARE(exchange(get(kProjectPath + "/activeNumbers")).status, 200);
        QCOMPARE(exchange(get(kProjectPath + "/availableRegions")).status, 200);
    }

    void keepsConnectionsAliveAndAnswersInOrder()
    {
        startServer();
        // Two pipelined requests on one connection, then HEAD: answers in order, HEAD without a body.
        const QByteArray wire = get(kProjectPath + "/availableRegions?types=TOLL_FREE") +
                                get(kProjectPath + "/activeNumbers/" + m_number) + "HEAD " + kProjectPath +
                                "/callbackConfiguration HTTP/1.1\r\nHost: sandbox\r\n" + m_auth + "\r\n";
        auto socket = openWith(wire);
        QVERIFY(socket);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket->readAll()).count("HTTP/1.1 ") == 3, 5000);
        QVERIFY(got.indexOf("availableRegions") < got.indexOf(m_number));
        QVERIFY(got.endsWith("\r\n\r\n")); // HEAD: headers only
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        // HTTP/1.0 closes after the answer unless asked otherwise.
        const RawResponse old = exchange("GET " + kProjectPath + "/availableRegions HTTP/1.0\r\n" + m_auth + "\r\n");
        QCOMPARE(old.status, 200);
        QCOMPARE(old.header("Connection"), QByteArray("close"));
    }

    void timesOutSlowRequests()
    {
        SandboxOptions options;
        options.requestTimeoutMs = 400;
        options.idleTimeoutMs = 400;
        startServer(options);
        // Half-sent headers, then one byte every 100 ms: the timeout counts from the first byte.
        auto slow = openWith("GET " + kProjectPath + "/availableRegions HTTP/1.1\r\nHost: sandbox\r\n");
        QVERIFY(slow);
        QElapsedTimer timer;
        timer.start();
        QByteArray got;
        while (timer.elapsed() < 5000 && !got.contains("\r\n\r\n") &&
               slow->state() == QAbstractSocket::ConnectedState) {
            slow->write("X");
            QTest::qWait(100);
            got += slow->readAll();
        }
        QVERIFY2(got.startsWith("HTTP/1.1 408 "), got.constData());
        QTRY_COMPARE_WITH_TIMEOUT(slow->state(), QAbstractSocket::UnconnectedState, 5000);

        // A connection that never sends anything is closed after the idle timeout; so is one that went quiet.
        auto silent = openWith({});
        QVERIFY(silent);
        QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 5000);
        auto quiet = openWith(get(kProjectPath + "/availableRegions"));
        QVERIFY(quiet);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += quiet->readAll()).startsWith("HTTP/1.1 200"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(quiet->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void capsConnections()
    {
        SandboxOptions options;
        options.maxConnections = 3;
        startServer(options);
        // A connection the sandbox has certainly accepted: one request answered on it (kept alive), then `then`.
        const auto served = [&](const QByteArray &then) -> std::unique_ptr<QTcpSocket> {
            auto socket = openWith(get(kProjectPath + "/availableRegions"));
            QByteArray answer;
            if (!socket || !QTest::qWaitFor([&] { return (answer += socket->readAll()).contains("\r\n\r\n"); }, 5000))
                return {};
            socket->write(then);
            socket->flush();
            return socket;
        };
        // Three connections in the middle of a request fill the sandbox: the next one is refused at once.
        std::vector<std::unique_ptr<QTcpSocket>> busy;
        for (int i = 0; i < 3; ++i) {
            busy.push_back(served("GET " + kProjectPath + "/availableRegions HTTP/1.1\r\nX-Half: "));
            QVERIFY(busy.back());
        }
        RawResponse r = exchange(get(kProjectPath + "/availableRegions"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorStatus(), QStringLiteral("UNAVAILABLE"));

        // When they go, it serves again.
        busy.clear();
        QTRY_COMPARE_WITH_TIMEOUT(exchange(get(kProjectPath + "/availableRegions")).status, 200, 5000);

        // Idle connections make room: the one idle the longest (the first answered) is closed for the newcomer.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(served({}));
            QVERIFY(idle.back());
        }
        QCOMPARE(exchange(get(kProjectPath + "/availableRegions")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(idle.front()->state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(SandboxHttpTest)
#include "tst_sandboxhttp.moc"
