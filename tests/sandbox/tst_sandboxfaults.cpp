// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fault injection (--faults): every kind, what it does to the connection and whether the action happened.
#include "rawhttp.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace nd::sandbox;
using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

namespace {
QByteArray p(const QByteArray &rest)
{
    return "/v1/projects/sandbox-project" + rest;
}
} // namespace

class SandboxFaultsTest : public QObject
{
    Q_OBJECT

private:
    void startServer(const QString &faults, bool retryAfter = true)
    {
        SandboxOptions options;
        options.faults = faults;
        options.retryAfterOn429 = retryAfter;
        options.debugEndpoints = true;
        m_server = std::make_unique<SandboxServer>();
        const auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_http = std::make_unique<RawHttp>(m_server->baseUrl(), RawHttp::basic(options.keyId, options.keySecret));
    }

    QByteArray available()
    {
        const QList<AvailableNumber> found = m_server->state()->searchAvailable(
            *Catalogue::instance().region(QStringLiteral("US")), NumberType::Local, NumberPattern(), 0, 1);
        return found.isEmpty() ? QByteArray() : found.first().phoneNumber.toLatin1();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawHttp> m_http;

private Q_SLOTS:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void resetClosesWithoutActing()
    {
        startServer(QStringLiteral("reset@rent=1"));
        const QByteArray n = available();
        const RawResponse r = m_http->post(p("/availableNumbers/" + n + ":rent"), "{}");
        QVERIFY(!r.complete);
        QVERIFY(r.closedWithoutResponse);
        QVERIFY(!m_server->state()->activeNumber(QString::fromLatin1(n)));
        QCOMPARE(m_http->get(p("/availableNumbers/" + n)).status, 200); // other operations are not affected

        // What a Qt client sees: RemoteHostClosedError, and still nothing rented.
        QNetworkAccessManager nam;
        QUrl url = m_server->baseUrl();
        url.setPath(QString::fromLatin1(p("/availableNumbers/" + n + ":rent")));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", RawHttp::basic(m_server->keyId(), m_server->keySecret()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral("{}")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QVERIFY(!m_server->state()->activeNumber(QString::fromLatin1(n)));
        // QNAM re-sends a request once when the connection dies before any response byte (even a POST).
        QVERIFY(m_server->state()->requestCounts().value(QStringLiteral("rent")) >= 2);
    }

    void dropAfterCommitActsThenCloses()
    {
        startServer(QStringLiteral("drop-after-commit@rent=1,drop-after-commit@release=1"));
        const QByteArray n = available();
        RawResponse r = m_http->post(p("/availableNumbers/" + n + ":rent"), "{}");
        QVERIFY(r.closedWithoutResponse);
        QVERIFY(m_server->state()->activeNumber(QString::fromLatin1(n)));
        r = m_http->get(p("/activeNumbers/" + n));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1String("expireAt")).isNull());
        r = m_http->post(p("/activeNumbers/" + n + ":release"));
        QVERIFY(r.closedWithoutResponse);
        QVERIFY(!m_http->get(p("/activeNumbers/" + n)).json().value(QLatin1String("expireAt")).toString().isEmpty());
    }

    void dropAfterCommitSkipsReads()
    {
        startServer(QStringLiteral("drop-after-commit=1"));
        QCOMPARE(m_http->get(p("/activeNumbers?type=LOCAL")).status, 200);
        QCOMPARE(m_http->get(p("/availableRegions")).status, 200);
    }

    void serverErrorsDoNothing()
    {
        startServer(QStringLiteral("5xx=1"));
        const QByteArray n = available();
        QSet<int> statuses;
        for (int i = 0; i < 12; ++i) {
            const RawResponse r = m_http->post(p("/availableNumbers/" + n + ":rent"), "{}");
            QVERIFY(r.status == 500 || r.status == 503);
            QCOMPARE(r.errorStatus(), r.status == 500 ? QStringLiteral("INTERNAL") : QStringLiteral("UNAVAILABLE"));
            statuses.insert(r.status);
        }
        QCOMPARE(statuses.size(), 2);
        QVERIFY(!m_server->state()->activeNumber(QString::fromLatin1(n)));
        // The token endpoint is exempt unless a key names it.
        RawHttp token(m_server->baseUrl(), RawHttp::basic(m_server->keyId(), m_server->keySecret()));
        QCOMPARE(token.post("/oauth2/token", "grant_type=client_credentials").status, 200);
        QVERIFY(m_server->setFaults(QStringLiteral("500@token=1")));
        QCOMPARE(token.post("/oauth2/token", "grant_type=client_credentials").status, 500);
        QCOMPARE(m_http->get(p("/availableRegions")).status, 200);
    }

    void tooManyRequestsCarriesRetryAfter()
    {
        startServer(QStringLiteral("429=1"));
        RawResponse r = m_http->get(p("/availableRegions"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorStatus(), QStringLiteral("RESOURCE_EXHAUSTED"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        cleanup();
        startServer(QStringLiteral("429=1"), false);
        r = m_http->get(p("/availableRegions"));
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").isEmpty());
    }

    void malformedOnlyForReads()
    {
        startServer(QStringLiteral("malformed=1"));
        RawResponse r = m_http->get(p("/activeNumbers?type=LOCAL"));
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        r = m_http->post(p("/availableNumbers/" + available() + ":rent"), "{}");
        QCOMPARE(r.status, 200);
        QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void faultsAreDeterministicPerSeed()
    {
        QList<int> first;
        for (int run = 0; run < 2; ++run) {
            startServer(QStringLiteral("5xx=0.3,429=0.3"));
            QList<int> statuses;
            for (int i = 0; i < 30; ++i)
                statuses.append(m_http->get(p("/availableRegions")).status);
            QVERIFY(statuses.contains(200));
            QVERIFY(statuses.contains(429));
            if (run == 0)
                first = statuses;
            else
                QCOMPARE(statuses, first);
            cleanup();
        }
    }

    void rejectsBadSpecs()
    {
        SandboxServer server;
        SandboxOptions options;
        options.faults = QStringLiteral("explode=0.5");
        const auto refused = server.start(options);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("explode")));
        options.faults = QStringLiteral("5xx=2");
        QVERIFY(!server.start(options));
    }

    void latencyDelaysButAnswers()
    {
        SandboxOptions options;
        options.latencyMinMs = 20;
        options.latencyMaxMs = 40;
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start(options));
        m_http = std::make_unique<RawHttp>(m_server->baseUrl(), RawHttp::basic(options.keyId, options.keySecret));
        QCOMPARE(m_http->get(p("/availableRegions")).status, 200);
    }

    // GET /_sandbox/requests: per operation and number, what arrived and what became of it.
    void ledgerTellsFaultsFromActions()
    {
        startServer(QString());
        const QByteArray a = available();
        QCOMPARE(m_http->post(p("/availableNumbers/" + a + ":rent"), "{}").status, 200);
        const QByteArray b = available();
        QCOMPARE(m_http->post(p("/availableNumbers/" + b + ":rent"), "{}").status, 200);

        // a: released with the answer dropped, then again (idempotent, dropped again).
        QVERIFY(m_server->setFaults(QStringLiteral("drop-after-commit@release=1")));
        QVERIFY(m_http->post(p("/activeNumbers/" + a + ":release")).closedWithoutResponse);
        QVERIFY(m_http->post(p("/activeNumbers/" + a + ":release")).closedWithoutResponse);
        // b: a 503 and a 429 that change nothing, a wrong credential, then the release that acts.
        QVERIFY(m_server->setFaults(QStringLiteral("503@release=1")));
        QCOMPARE(m_http->post(p("/activeNumbers/" + b + ":release")).status, 503);
        QVERIFY(m_server->setFaults(QStringLiteral("429@release=1")));
        QCOMPARE(m_http->post(p("/activeNumbers/" + b + ":release")).status, 429);
        QVERIFY(m_server->setFaults(QString()));
        RawHttp wrong(m_server->baseUrl(), RawHttp::basic(m_server->keyId(), QStringLiteral("wrong")));
        QCOMPARE(wrong.post(p("/activeNumbers/" + b + ":release")).status, 401);
        QVERIFY(m_server->state()->activeNumber(QString::fromLatin1(b))->expireAtMs == 0);
        QCOMPARE(m_http->post(p("/activeNumbers/" + b + ":release")).status, 200);

        RawHttp debug(m_server->baseUrl());
        RawResponse r = debug.get("/_sandbox/requests?operation=release");
        QCOMPARE(r.status, 200);
        const QJsonObject release =
            r.json().value(QLatin1String("operations")).toObject().value(QLatin1String("release")).toObject();
        QCOMPARE(r.json().value(QLatin1String("operations")).toObject().keys(), QStringList{QStringLiteral("release")});
        const QJsonObject numbers = release.value(QLatin1String("numbers")).toObject();
        const QJsonObject ta = numbers.value(QString::fromLatin1(a)).toObject();
        QCOMPARE(ta.value(QLatin1String("received")).toInt(), 2);
        QCOMPARE(ta.value(QLatin1String("actedOn")).toInt(), 2);
        QCOMPARE(ta.value(QLatin1String("changedState")).toInt(), 1); // the repeat was idempotent
        QCOMPARE(ta.value(QLatin1String("droppedAfterCommit")).toInt(), 2);
        QCOMPARE(ta.value(QLatin1String("faultedBeforeActing")).toInt(), 0);
        QCOMPARE(ta.value(QLatin1String("statuses")).toObject(), QJsonObject({{QStringLiteral("0"), 2}}));
        const QJsonObject tb = numbers.value(QString::fromLatin1(b)).toObject();
        QCOMPARE(tb.value(QLatin1String("received")).toInt(), 4);
        QCOMPARE(tb.value(QLatin1String("faultedBeforeActing")).toInt(), 2);
        QCOMPARE(tb.value(QLatin1String("refusedBeforeActing")).toInt(), 1);
        QCOMPARE(tb.value(QLatin1String("actedOn")).toInt(), 1);
        QCOMPARE(tb.value(QLatin1String("changedState")).toInt(), 1);
        QCOMPARE(tb.value(QLatin1String("droppedAfterCommit")).toInt(), 0);
        QCOMPARE(tb.value(QLatin1String("statuses")).toObject(), QJsonObject({{QStringLiteral("200"), 1},
                                                                              {QStringLiteral("401"), 1},
                                                                              {QStringLiteral("429"), 1},
                                                                              {QStringLiteral("503"), 1}}));
        QCOMPARE(release.value(QLatin1String("totals")).toObject().value(QLatin1String("received")).toInt(), 6);

        // One number only; rent counted per number; rentAny under the number it rented.
        r = debug.get("/_sandbox/requests?operation=release&phoneNumber=%2B" + b.mid(1));
        QCOMPARE(r.json()
                     .value(QLatin1String("operations"))
                     .toObject()
                     .value(QLatin1String("release"))
                     .toObject()
                     .value(QLatin1String("numbers"))
                     .toObject()
                     .keys(),
                 QStringList{QString::fromLatin1(b)});
        const RawResponse any = m_http->post(p("/availableNumbers:rentAny"), R"({"regionCode":"US","type":"LOCAL"})");
        QCOMPARE(any.status, 200);
        const QString rented = any.json().value(QLatin1String("phoneNumber")).toString();
        r = debug.get("/_sandbox/requests");
        const QJsonObject ops = r.json().value(QLatin1String("operations")).toObject();
        QCOMPARE(ops.value(QLatin1String("rent"))
                     .toObject()
                     .value(QLatin1String("numbers"))
                     .toObject()
                     .value(QString::fromLatin1(a))
                     .toObject()
                     .value(QLatin1String("changedState"))
                     .toInt(),
                 1);
        QCOMPARE(ops.value(QLatin1String("rentAny"))
                     .toObject()
                     .value(QLatin1String("numbers"))
                     .toObject()
                     .value(rented)
                     .toObject()
                     .value(QLatin1String("changedState"))
                     .toInt(),
                 1);

        // Any text in a path stays valid JSON; unknown operations are refused; reset clears the ledger.
        QCOMPARE(m_http->post(p("/activeNumbers/%22%5C%0A:release")).status, 400);
        r = debug.get("/_sandbox/requests?operation=release");
        QVERIFY(r.json()
                    .value(QLatin1String("operations"))
                    .toObject()
                    .value(QLatin1String("release"))
                    .toObject()
                    .value(QLatin1String("numbers"))
                    .toObject()
                    .contains(QStringLiteral("\"\\\n")));
        QCOMPARE(debug.get("/_sandbox/requests?operation=explode").status, 400);
        QCOMPARE(debug.post("/_sandbox/reset").status, 200);
        QVERIFY(debug.get("/_sandbox/requests").json().value(QLatin1String("operations")).toObject().isEmpty());
    }

    // --latency delays with timers, not by blocking: concurrent requests wait side by side, as over a real
    // network. A behaviour test of parallelism, not a performance figure: serialised, six requests would take
    // at least 1.8 s; in parallel about 0.3 s, so the bound below leaves 0.9 s for a loaded machine.
    void latencyDelaysConcurrentRequestsInParallel()
    {
        constexpr int latencyMs = 300;
        constexpr int requests = 6;
        SandboxOptions options;
        options.latencyMinMs = latencyMs;
        options.latencyMaxMs = latencyMs;
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start(options));
        const QByteArray wire = "GET /v1/projects/sandbox-project/availableRegions HTTP/1.1\r\nHost: sandbox\r\n"
                                "Authorization: " +
                                RawHttp::basic(options.keyId, options.keySecret) + "\r\nConnection: close\r\n\r\n";

        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < requests; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(m_server->baseUrl().host(), static_cast<quint16>(m_server->baseUrl().port()));
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &socket : sockets)
            socket->write(wire);
        std::vector<QByteArray> answers(requests);
        std::vector<qint64> answeredAt(requests, -1);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool all = true;
                for (int i = 0; i < requests; ++i) {
                    answers[size_t(i)] += sockets[size_t(i)]->readAll();
                    if (answeredAt[size_t(i)] < 0 && answers[size_t(i)].contains("\r\n\r\n"))
                        answeredAt[size_t(i)] = timer.elapsed();
                    all = all && answeredAt[size_t(i)] >= 0;
                }
                return all;
            }(),
            10000);
        const qint64 total = timer.elapsed();
        for (int i = 0; i < requests; ++i) {
            QVERIFY(answers[size_t(i)].startsWith("HTTP/1.1 200 "));
            QVERIFY2(answeredAt[size_t(i)] >= latencyMs - 5, "the latency was not applied"); // timer granularity
        }
        QVERIFY2(
            total < requests * latencyMs - 3 * latencyMs,
            qPrintable(
                QStringLiteral("%1 requests with %2 ms latency took %3 ms").arg(requests).arg(latencyMs).arg(total)));
    }
};

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandboxfaults.moc"
