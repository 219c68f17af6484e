// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberwalker.h"
#include "numbersclient.h"
#include "recordingserver.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using nd::test::CannedResponse;
using nd::test::RecordingServer;
using nd::test::SandboxFixture;

namespace {

const QByteArray NumberBody = QByteArrayLiteral(R"({"phoneNumber":"+12065550123"})");
const QByteArray Error500 = QByteArrayLiteral(R"({"error":{"code":500,"message":"Internal","status":"INTERNAL","details":[]}})");

} // namespace

class TestRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void getIsRetriedOn5xxAnd429UntilItSucceeds();
    void retryAfterIsHonoured();
    void retryAfterBeyondTheBudgetGivesUp();
    void attemptsAreBounded();
    void otherClientErrorsAreNotRetried_data();
    void otherClientErrorsAreNotRetried();
    void timeoutIsRetried();
    void validateIsRetried();
    void unsafeCallsAreNeverRetried_data();
    void unsafeCallsAreNeverRetried();
    void cancelDuringBackoffStopsRetrying();
    void walkerSurvivesFaultySandbox();

private:
    template<typename T, typename Start>
    Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        start(this, [&](const Result<T> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result ? *result : Result<T>(ApiError::timeout(30000));
    }

    std::unique_ptr<RecordingServer> m_server;
    std::unique_ptr<NumbersClient> m_client;
};

void TestRetries::init()
{
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, NumberBody));
    m_client = std::make_unique<NumbersClient>();
    ConnectionSettings s;
    s.numbersUrl = m_server->baseUrl();
    s.projectId = QStringLiteral("p1");
    s.keyId = QStringLiteral("id");
    s.keySecret = QStringLiteral("secret");
    s.authMethod = AuthMethod::Basic;
    s.transferTimeoutMs = 10000;
    m_client->setConnection(s);
    RetryPolicy p;
    p.baseDelayMs = 5;
    p.maxDelayMs = 20;
    m_client->setRetryPolicy(p);
}

void TestRetries::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestRetries::getIsRetriedOn5xxAnd429UntilItSucceeds()
{
    m_server->enqueueJson(500, Error500);
    m_server->enqueueJson(503, "{}");
    m_server->enqueue(CannedResponse::json(429, "{}").withHeader("Retry-After", "0"));
    QSignalSpy retries(m_client.get(), &NumbersClient::retryScheduled);
    const auto r = wait<ActiveNumber>([&](QObject *ctx, auto cb) {
        m_client->getActiveNumber(QStringLiteral("+12065550123"), ctx, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
    QCOMPARE(r.value().phoneNumber, QStringLiteral("+12065550123"));
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(retries.count(), 3);
    QCOMPARE(retries.at(2).at(2).toInt(), 4); // the fourth attempt
    for (const auto &req : m_server->requests()) {
        QCOMPARE(req.rawPath, QByteArray("/v1/projects/p1/activeNumbers/+12065550123"));
    }
}

void TestRetries::retryAfterIsHonoured()
{
    m_server->enqueue(CannedResponse::json(429, "{}").withHeader("Retry-After", "1"));
    QSignalSpy retries(m_client.get(), &NumbersClient::retryScheduled);
    QElapsedTimer clock;
    clock.start();
    const auto r = wait<CallbackConfiguration>([&](QObject *ctx, auto cb) { m_client->getCallbackConfiguration(ctx, cb); });
    QVERIFY(r.ok());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(3).toLongLong(), 1000); // the server's wait, not the tiny backoff
    QVERIFY(clock.elapsed() >= 950);                   // a lower bound only
}

void TestRetries::retryAfterBeyondTheBudgetGivesUp()
{
    m_server->enqueue(CannedResponse::json(429, "{}").withHeader("Retry-After", "120"));
    const auto r = wait<CallbackConfiguration>([&](QObject *ctx, auto cb) { m_client->getCallbackConfiguration(ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 429);
    QCOMPARE(r.error().retryAfterSeconds, 120);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRetries::attemptsAreBounded()
{
    m_server->setDefaultResponse(CannedResponse::json(502, "<html>Bad gateway</html>"));
    const auto r = wait<QList<AvailableRegion>>([&](QObject *ctx, auto cb) { m_client->listAvailableRegions({}, ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 502);
    QCOMPARE(r.error().attempts, 4);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestRetries::otherClientErrorsAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    for (int s : {400, 401, 403, 404, 409}) {
        QTest::addRow("%d", s) << s;
    }
}

void TestRetries::otherClientErrorsAreNotRetried()
{
    QFETCH(int, status);
    m_server->setDefaultResponse(CannedResponse::json(status, "{}"));
    const auto r = wait<ActiveNumber>([&](QObject *ctx, auto cb) {
        m_client->getActiveNumber(QStringLiteral("+12065550123"), ctx, cb);
    });
    QCOMPARE(r.error().httpStatus, status);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRetries::timeoutIsRetried()
{
    ConnectionSettings s = m_client->connection();
    s.transferTimeoutMs = 300;
    m_client->setConnection(s);
    CannedResponse slow = CannedResponse::json(200, NumberBody);
    slow.delayMs = 5000;
    m_server->enqueue(slow);
    const auto r = wait<ActiveNumber>([&](QObject *ctx, auto cb) {
        m_client->getActiveNumber(QStringLiteral("+12065550123"), ctx, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestRetries::validateIsRetried()
{
    m_server->enqueueJson(500, Error500);
    m_server->setDefaultResponse(CannedResponse::json(200, R"({"validationResult":"EXACT_MATCH"})"));
    EmergencyAddressRequest a;
    a.displayName = QStringLiteral("x");
    a.streetNumber = QStringLiteral("1");
    a.streetInfo = QStringLiteral("Main St");
    a.city = QStringLiteral("Seattle");
    a.state = QStringLiteral("WA");
    a.postalCode = QStringLiteral("98101");
    const auto r = wait<ValidateEmergencyAddressResponse>([&](QObject *ctx, auto cb) {
        m_client->validateEmergencyAddress(QStringLiteral("+12065550123"), a, ctx, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(1).body);
}

void TestRetries::unsafeCallsAreNeverRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("close");
    QTest::newRow("500") << 500 << false;
    QTest::newRow("503") << 503 << false;
    QTest::newRow("429") << 429 << false;
    QTest::newRow("closed") << 0 << true;
}

void TestRetries::unsafeCallsAreNeverRetried()
{
    QFETCH(int, status);
    QFETCH(bool, close);
    CannedResponse response = CannedResponse::json(status, "{}");
    response.closeWithoutResponse = close;
    m_server->setDefaultResponse(response);
    const QString n = QStringLiteral("+12065550123");
    int expected = 0;
    auto check = [&](const ApiError &e) {
        ++expected;
        QVERIFY(e.isError());
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), expected);
    };
    check(wait<ActiveNumber>([&](QObject *c, auto cb) { m_client->rentNumber(n, {}, c, cb); }).error());
    RentAnyRequest any;
    any.regionCode = QStringLiteral("US");
    any.type = NumberType(NumberType::Value::Local);
    check(wait<ActiveNumber>([&](QObject *c, auto cb) { m_client->rentAnyNumber(any, c, cb); }).error());
    check(wait<ActiveNumber>([&](QObject *c, auto cb) { m_client->releaseNumber(n, c, cb); }).error());
    ActiveNumberUpdate u;
    u.displayName = QStringLiteral("x");
    check(wait<ActiveNumber>([&](QObject *c, auto cb) { m_client->updateActiveNumber(n, u, c, cb); }).error());
    check(wait<Empty>([&](QObject *c, auto cb) { m_client->deprovisionEmergencyAddress(n, c, cb); }).error());
    const auto last = wait<CallbackConfiguration>([&](QObject *c, auto cb) {
        m_client->updateCallbackConfiguration(QStringLiteral("Abcdefgh-1234-5678-90ab-cdefghijklmn"), c, cb);
    });
    check(last.error());
    if (close) {
        QVERIFY(last.error().isAmbiguous());
        for (const auto &req : m_server->requests()) {
            QCOMPARE(req.header("Connection").toLower(), QByteArray("close")); // a connection of its own
        }
    }
}

void TestRetries::cancelDuringBackoffStopsRetrying()
{
    RetryPolicy p;
    p.baseDelayMs = 3000;
    p.maxDelayMs = 3000;
    m_client->setRetryPolicy(p);
    m_server->setDefaultResponse(CannedResponse::json(503, "{}"));
    std::optional<ApiError> error;
    QPointer<PendingCall> call = m_client->getActiveNumber(QStringLiteral("+12065550123"), this,
                                                           [&](const Result<ActiveNumber> &r) { error = r.error(); });
    QSignalSpy retries(m_client.get(), &NumbersClient::retryScheduled);
    QTRY_COMPARE(retries.count(), 1);
    call->cancel();
    QTRY_VERIFY(error.has_value());
    QVERIFY(error->isCancelled());
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 1);
}

// The walker rides on the GET retries: every page arrives exactly once despite 5xx, 429 and resets.
void TestRetries::walkerSurvivesFaultySandbox()
{
    SandboxFixture sb;
    QVERIFY(sb.start(QStringLiteral("5xx=0.15,429=0.1,reset=0.05"), 0, 3000, 11));
    RetryPolicy p = sb.client->retryPolicy();
    p.maxAttempts = 8;
    p.honourRetryAfter = false; // the sandbox says 1 s; keep the test fast
    sb.client->setRetryPolicy(p);
    QSignalSpy retries(sb.client.get(), &NumbersClient::retryScheduled);
    ActiveNumberQuery q;
    q.pageSize = 100;
    ActiveNumberWalker walker(sb.client.get(), q);
    QSet<QString> seen;
    qint64 rows = 0;
    connect(&walker, &ActiveNumberWalker::pageReceived, this, [&](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            seen.insert(n.phoneNumber);
            ++rows;
        }
    });
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(finished.wait(120000));
    const ApiError error = finished.at(0).at(0).value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.fullMessage()));
    QCOMPARE(rows, qint64(sb.state()->activeCount()));
    QCOMPARE(seen.size(), sb.state()->activeCount()); // no duplicates
    QVERIFY(retries.count() > 0);                     // the faults really happened
}

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
