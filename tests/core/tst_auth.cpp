// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbersclient.h"
#include "recordingserver.h"
#include "requestbuilder.h"

#include <QDateTime>
#include <QTest>

using namespace nd;
using nd::test::CannedResponse;
using nd::test::RecordedRequest;
using nd::test::RecordingServer;

namespace {

const QByteArray BasicHeader =
    QByteArrayLiteral("Basic N2MyZDFlNGYtNWE2Yi00YzhkLTllMGYtYTFiMmMzZDRlNWY2OnhZei1FeGFtcGxlLVNlY3JldC0xMjM=");
const QByteArray NumberBody = QByteArrayLiteral(R"({"phoneNumber":"+12065550123"})");

QByteArray jwt(qint64 exp, const QByteArray &tag)
{
    const auto opts = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QByteArray(R"({"alg":"RS256","typ":"JWT"})").toBase64(opts) + '.' +
           QByteArray(R"({"exp":)" + QByteArray::number(exp) + R"(,"jti":")" + tag + "\"}").toBase64(opts) + ".sig";
}

CannedResponse tokenResponse(const QByteArray &token, int expiresIn = 3600)
{
    return CannedResponse::json(200, R"({"access_token":")" + token + R"(","expires_in":)" +
                                         QByteArray::number(expiresIn) + R"(,"scope":"","token_type":"bearer"})");
}

CannedResponse expired401()
{
    CannedResponse r =
        CannedResponse::json(401, R"({"error":{"code":401,"message":"token expired","status":"UNAUTHENTICATED"}})");
    r.withHeader("WWW-Authenticate", R"(Bearer realm="sinch", error="invalid_token", error_description="expired")");
    return r;
}

qint64 inAnHour()
{
    return QDateTime::currentSecsSinceEpoch() + 3600;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void basicHeaderMatchesSpecExample();
    void tokenRequestHasExactBytes();
    void tokenIsReusedAcrossCalls();
    void shortExpiresInIsRefreshedBeforeUse();
    void jwtExpWithinMarginIsRefreshed();
    void concurrentCallsShareOneTokenRequest();
    void failedTokenRequestFailsAllWaiters();
    void aNewConnectionNeverGetsTheOldKeysAnswer();
    void expiredTokenIsRetriedExactlyOnce();
    void secondExpiredAnswerIsNotRetried();
    void unauthorizedWithoutExpiredIsNotRetried();
    void forbiddenIsNotRetried();
    void tokenRateLimitHonoursRetryAfter();
    void tokenRateLimitGivesUpAfterThreeRetries();
    void tokenWithoutAccessTokenIsParseError();
    void insecureUrlIsRefusedBeforeSending_data();
    void insecureUrlIsRefusedBeforeSending();
    void loopbackHttpIsAllowed_data();
    void loopbackHttpIsAllowed();
    void loopbackHttpReachesServer();

private:
    ConnectionSettings settings(AuthMethod method = AuthMethod::OAuth2) const;
    Result<ActiveNumber> getNumber();

    std::unique_ptr<RecordingServer> m_server;
    std::unique_ptr<NumbersClient> m_client;
};

ConnectionSettings TestAuth::settings(AuthMethod method) const
{
    ConnectionSettings s;
    s.numbersUrl = m_server->baseUrl();
    s.authUrl = m_server->baseUrl();
    s.projectId = QStringLiteral("p1");
    s.keyId = QStringLiteral("7c2d1e4f-5a6b-4c8d-9e0f-a1b2c3d4e5f6");
    s.keySecret = QStringLiteral("xYz-Example-Secret-123");
    s.authMethod = method;
    s.transferTimeoutMs = 10000;
    return s;
}

void TestAuth::init()
{
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, NumberBody));
    m_client = std::make_unique<NumbersClient>();
    m_client->setConnection(settings());
    m_client->setTokenRetryBaseDelay(20);
}

void TestAuth::cleanup()
{
    m_client.reset();
    m_server.reset();
}

Result<ActiveNumber> TestAuth::getNumber()
{
    std::optional<Result<ActiveNumber>> result;
    m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return ApiError::validation(QStringLiteral("test: no callback"));
    }
    return *result;
}

void TestAuth::basicHeaderMatchesSpecExample()
{
    QCOMPARE(wire::basicAuthorization(QStringLiteral("7c2d1e4f-5a6b-4c8d-9e0f-a1b2c3d4e5f6"),
                                      QStringLiteral("xYz-Example-Secret-123")),
             BasicHeader);
    m_client->setConnection(settings(AuthMethod::Basic));
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 1); // no token request with Basic
    QCOMPARE(m_server->requests().at(0).header("Authorization"), BasicHeader);
}

void TestAuth::tokenRequestHasExactBytes()
{
    const QByteArray token = jwt(inAnHour(), "a");
    m_server->enqueue(tokenResponse(token));
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 2);
    const RecordedRequest t = m_server->requests().at(0);
    QCOMPARE(t.method, QByteArray("POST"));
    QCOMPARE(t.target, QByteArray("/oauth2/token"));
    QCOMPARE(t.body, QByteArray("grant_type=client_credentials"));
    QCOMPARE(t.body.size(), 29);
    QCOMPARE(t.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(t.header("Authorization"), BasicHeader);
    QVERIFY(!t.hasHeader("Accept"));
    QCOMPARE(t.header("User-Agent"), NumbersClient::userAgent());
    const RecordedRequest api = m_server->requests().at(1);
    QCOMPARE(api.rawPath, QByteArray("/v1/projects/p1/activeNumbers/+12065550123"));
    QCOMPARE(api.header("Authorization"), "Bearer " + token);
}

void TestAuth::tokenIsReusedAcrossCalls()
{
    const QByteArray token = jwt(inAnHour(), "a");
    m_server->enqueue(tokenResponse(token));
    QVERIFY(getNumber().ok());
    QVERIFY(getNumber().ok());
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 4);
    int tokenRequests = 0;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.rawPath == "/oauth2/token") {
            ++tokenRequests;
        } else {
            QCOMPARE(r.header("Authorization"), "Bearer " + token);
        }
    }
    QCOMPARE(tokenRequests, 1);
}

void TestAuth::shortExpiresInIsRefreshedBeforeUse()
{
    // expires_in 30 s is inside the 60 s margin: the next call must fetch a new token first.
    const QByteArray first = jwt(inAnHour(), "first");
    const QByteArray second = jwt(inAnHour(), "second");
    m_server->enqueue(tokenResponse(first, 30));
    QVERIFY(getNumber().ok());
    m_server->enqueue(tokenResponse(second));
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requests().at(2).rawPath, QByteArray("/oauth2/token"));
    QCOMPARE(m_server->requests().at(3).header("Authorization"), "Bearer " + second);
}

void TestAuth::jwtExpWithinMarginIsRefreshed()
{
    // expires_in says an hour, but the JWT exp is 30 s away: the earlier one wins.
    const QByteArray first = jwt(QDateTime::currentSecsSinceEpoch() + 30, "first");
    const QByteArray second = jwt(inAnHour(), "second");
    m_server->enqueue(tokenResponse(first, 3600));
    QVERIFY(getNumber().ok());
    m_server->enqueue(tokenResponse(second));
    QVERIFY(getNumber().ok());
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->requests().at(2).rawPath, QByteArray("/oauth2/token"));
    QCOMPARE(m_server->requests().at(3).header("Authorization"), "Bearer " + second);
    QCOMPARE(m_server->requests().at(4).header("Authorization"), "Bearer " + second);
}

void TestAuth::concurrentCallsShareOneTokenRequest()
{
    const QByteArray token = jwt(inAnHour(), "shared");
    CannedResponse slowToken = tokenResponse(token);
    slowToken.delayMs = 200;
    m_server->enqueue(slowToken);
    int ok = 0;
    int done = 0;
    for (int i = 0; i < 4; ++i) {
        m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) {
            ++done;
            ok += r.ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 4, 20000);
    QCOMPARE(ok, 4);
    QCOMPARE(m_server->requestCount(), 5);
    int tokenRequests = 0;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.rawPath == "/oauth2/token") {
            ++tokenRequests;
        } else {
            QCOMPARE(r.header("Authorization"), "Bearer " + token);
        }
    }
    QCOMPARE(tokenRequests, 1);
}

void TestAuth::failedTokenRequestFailsAllWaiters()
{
    m_server->enqueueJson(401, R"({"error":"invalid_client","error_description":"bad key"})");
    QList<ApiError> errors;
    for (int i = 0; i < 3; ++i) {
        m_client->getActiveNumber(QStringLiteral("+12065550123"), this,
                                  [&](const Result<ActiveNumber> &r) { errors.append(r.error()); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 3, 20000);
    for (const ApiError &e : std::as_const(errors)) {
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY(!e.userMessage.contains(QStringLiteral("xYz-Example-Secret-123")));
    }
    QCOMPARE(m_server->requestCount(), 1);
    // The next call starts a new attempt.
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "b")));
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 3);
}

// Switching profiles while the old profile's token request is under way: the calls of the new connection ask for a
// token of their own, with the new key, and never get the old key's refusal (the app used to report "the server
// refused the credentials" of the profile just chosen).
void TestAuth::aNewConnectionNeverGetsTheOldKeysAnswer()
{
    CannedResponse refused = CannedResponse::json(401, R"({"error":"invalid_client","error_description":"bad key"})");
    refused.delayMs = 2000;
    m_server->enqueue(refused);
    std::optional<Result<ActiveNumber>> old;
    m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) { old = r; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 10000); // the old key's token request is at the server
    QVERIFY(!old.has_value());

    ConnectionSettings fresh = settings();
    fresh.keyId = QStringLiteral("0a1b2c3d-new-key");
    fresh.keySecret = QStringLiteral("new-secret");
    m_client->setConnection(fresh);
    const QByteArray freshToken = jwt(inAnHour(), "fresh");
    m_server->enqueue(tokenResponse(freshToken));
    const Result<ActiveNumber> now = getNumber();
    QVERIFY2(now.ok(), qPrintable(now.error().fullMessage()));

    // The old call gets the old key's answer, and only it.
    QTRY_VERIFY_WITH_TIMEOUT(old.has_value(), 10000);
    QVERIFY(!old->ok());
    QCOMPARE(old->error().httpStatus, 401);

    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).header("Authorization"),
             wire::basicAuthorization(settings().keyId, settings().keySecret));
    QCOMPARE(requests.at(1).header("Authorization"), wire::basicAuthorization(fresh.keyId, fresh.keySecret));
    QCOMPARE(requests.at(2).header("Authorization"), QByteArray("Bearer ") + freshToken);
}

void TestAuth::expiredTokenIsRetriedExactlyOnce()
{
    const QByteArray first = jwt(inAnHour(), "first");
    const QByteArray second = jwt(inAnHour(), "second");
    m_server->enqueue(tokenResponse(first));
    m_server->enqueue(expired401());
    m_server->enqueue(tokenResponse(second));
    const Result<ActiveNumber> r = getNumber();
    QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requests().at(1).header("Authorization"), "Bearer " + first);
    QCOMPARE(m_server->requests().at(2).rawPath, QByteArray("/oauth2/token"));
    QCOMPARE(m_server->requests().at(3).header("Authorization"), "Bearer " + second);
    QCOMPARE(m_server->requests().at(3).rawPath, m_server->requests().at(1).rawPath);
    // The new token is cached.
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->requests().at(4).header("Authorization"), "Bearer " + second);
}

void TestAuth::secondExpiredAnswerIsNotRetried()
{
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "first")));
    m_server->enqueue(expired401());
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "second")));
    m_server->enqueue(expired401());
    const Result<ActiveNumber> r = getNumber();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Http);
    QCOMPARE(r.error().httpStatus, 401);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestAuth::unauthorizedWithoutExpiredIsNotRetried()
{
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "first")));
    CannedResponse denied = CannedResponse::json(401, "{}");
    denied.withHeader("WWW-Authenticate", R"(Bearer realm="sinch", error="invalid_token")");
    m_server->enqueue(denied);
    const Result<ActiveNumber> r = getNumber();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("key")));
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAuth::forbiddenIsNotRetried()
{
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "first")));
    CannedResponse forbidden = CannedResponse::json(
        403,
        R"({"error":{"code":403,"message":"Trial account is not enabled to rent number","status":"PERMISSION_DENIED"}})");
    forbidden.withHeader("WWW-Authenticate", "expired"); // only a 401 triggers the retry
    m_server->enqueue(forbidden);
    const Result<ActiveNumber> r = getNumber();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 403);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAuth::tokenRateLimitHonoursRetryAfter()
{
    CannedResponse limited = CannedResponse::json(429, "{}");
    limited.withHeader("Retry-After", "0");
    m_server->enqueue(limited);
    m_server->enqueue(CannedResponse::json(429, "")); // no Retry-After: random backoff (small base in tests)
    m_server->enqueue(tokenResponse(jwt(inAnHour(), "a")));
    const Result<ActiveNumber> r = getNumber();
    QVERIFY2(r.ok(), qPrintable(r.error().fullMessage()));
    QCOMPARE(m_server->requestCount(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_server->requests().at(i).rawPath, QByteArray("/oauth2/token"));
    }
}

void TestAuth::tokenRateLimitGivesUpAfterThreeRetries()
{
    m_server->setDefaultResponse(CannedResponse::json(429, ""));
    const Result<ActiveNumber> r = getNumber();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Http);
    QCOMPARE(r.error().httpStatus, 429);
    QCOMPARE(m_server->requestCount(), 4); // 1 + 3 retries
}

void TestAuth::tokenWithoutAccessTokenIsParseError()
{
    m_server->enqueueJson(200, R"({"expires_in":3600})");
    const Result<ActiveNumber> r = getNumber();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestAuth::insecureUrlIsRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("numbersUrl");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<int>("method");
    QTest::newRow("http numbers host") << QStringLiteral("http://example.com") << QString() << int(AuthMethod::Basic);
    QTest::newRow("http private ip") << QStringLiteral("http://10.0.0.1:8080") << QString() << int(AuthMethod::Basic);
    QTest::newRow("http host named like loopback")
        << QStringLiteral("http://127.0.0.1.example.com") << QString() << int(AuthMethod::Basic);
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.com") << QString() << int(AuthMethod::Basic);
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << QString() << int(AuthMethod::Basic);
    // The numbers URL is our loopback server: nothing may reach it when the auth URL is insecure.
    QTest::newRow("http auth host") << QString() << QStringLiteral("http://auth.example.com")
                                    << int(AuthMethod::OAuth2);
}

void TestAuth::insecureUrlIsRefusedBeforeSending()
{
    QFETCH(QString, numbersUrl);
    QFETCH(QString, authUrl);
    QFETCH(int, method);
    ConnectionSettings s = settings(AuthMethod(method));
    if (!numbersUrl.isEmpty()) {
        s.numbersUrl = QUrl(numbersUrl);
    }
    if (!authUrl.isEmpty()) {
        s.authUrl = QUrl(authUrl);
    }
    QCOMPARE(s.validate().kind, ApiError::Kind::Validation);
    m_client->setConnection(s);
    bool synchronous = true;
    bool calledSynchronously = false;
    std::optional<ApiError> error;
    m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) {
        calledSynchronously = synchronous;
        error = r.error();
    });
    synchronous = false;
    QTRY_VERIFY(error.has_value());
    QVERIFY(!calledSynchronously);
    QCOMPARE(error->kind, ApiError::Kind::Validation);
    QVERIFY(!error->userMessage.isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestAuth::loopbackHttpIsAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("127.8.9.10") << QStringLiteral("http://127.8.9.10");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:1234");
    QTest::newRow("LOCALHOST") << QStringLiteral("http://LOCALHOST");
    QTest::newRow("[::1]") << QStringLiteral("http://[::1]:8080");
    QTest::newRow("https anywhere") << QStringLiteral("https://numbers.api.sinch.com");
}

void TestAuth::loopbackHttpIsAllowed()
{
    QFETCH(QString, url);
    ConnectionSettings s = settings();
    s.numbersUrl = QUrl(url);
    s.authUrl = QUrl(url);
    const ApiError e = s.validate();
    QVERIFY2(!e.isError(), qPrintable(e.userMessage));
}

void TestAuth::loopbackHttpReachesServer()
{
    m_client->setConnection(settings(AuthMethod::Basic));
    QVERIFY(getNumber().ok());
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
