// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "errorresponse.h"
#include "result.h"

#include <QTest>

using namespace nd;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ambiguity_data();
    void ambiguity();
    void httpMessagePerStatus_data();
    void httpMessagePerStatus();
    void notFoundNamesTheResource_data();
    void notFoundNamesTheResource();
    void fullMessageAppendsViolations();
    void fullMessageDoesNotRepeatApiMessage();
    void factoriesSetKinds();
    void rateLimitMentionsRetryAfter();
};

void TestApiError::ambiguity_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("timeout") << ApiError::timeout(30000) << true;
    QTest::newRow("closed without response") << ApiError::network(QStringLiteral("closed"), QString(), true) << true;
    QTest::newRow("connection refused") << ApiError::network(QStringLiteral("refused"), QString(), false) << false;
    QTest::newRow("500") << ApiError::http(500) << true;
    QTest::newRow("503") << ApiError::http(503) << true;
    QTest::newRow("400") << ApiError::http(400) << false;
    QTest::newRow("401") << ApiError::http(401) << false;
    QTest::newRow("403") << ApiError::http(403) << false;
    QTest::newRow("404") << ApiError::http(404) << false;
    QTest::newRow("429") << ApiError::http(429) << false;
    QTest::newRow("validation") << ApiError::validation(QStringLiteral("bad")) << false;
    QTest::newRow("cancelled") << ApiError::cancelled() << false;
    QTest::newRow("tls") << ApiError::tls(QStringLiteral("handshake")) << false;
    QTest::newRow("parse") << ApiError::parse(QStringLiteral("bad json")) << false;
    QTest::newRow("none") << ApiError() << false;
}

void TestApiError::ambiguity()
{
    QFETCH(ApiError, error);
    QFETCH(bool, ambiguous);
    QCOMPARE(error.isAmbiguous(), ambiguous);
}

void TestApiError::httpMessagePerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("apiMessage");
    QTest::addColumn<QString>("expected");
    const QString mayHaveHappened =
        QStringLiteral("The operation may or may not have been carried out; check the current state before retrying.");
    QTest::newRow("400 with api message") << 400 << QStringLiteral("parsing field \"type\"")
                                          << QStringLiteral("The request was rejected: parsing field \"type\"");
    QTest::newRow("401") << 401 << QString()
                         << QStringLiteral(
                                "The credentials were rejected (HTTP 401). Check the key id and key secret.");
    QTest::newRow("403") << 403 << QStringLiteral("Trial account is not enabled to rent number")
                         << QStringLiteral("Permission denied (HTTP 403): Trial account is not enabled to rent number");
    QTest::newRow("403 without message")
        << 403 << QString()
        << QStringLiteral("Permission denied (HTTP 403): this access key or project may not perform this operation.");
    QTest::newRow("404 without details") << 404 << QString() << QStringLiteral("Not found (HTTP 404).");
    QTest::newRow("429") << 429 << QString()
                         << QStringLiteral(
                                "Too many requests: the server is rate limiting (HTTP 429). Try again later.");
    QTest::newRow("500") << 500 << QStringLiteral("Internal error")
                         << QStringLiteral("Server error (HTTP 500): Internal error. ") + mayHaveHappened;
    QTest::newRow("502") << 502 << QString()
                         << QStringLiteral("Server error (HTTP 502): no details. ") + mayHaveHappened;
    QTest::newRow("418") << 418 << QString() << QStringLiteral("The server answered with HTTP 418.");
}

void TestApiError::httpMessagePerStatus()
{
    QFETCH(int, status);
    QFETCH(QString, apiMessage);
    QFETCH(QString, expected);
    ApiError e = ApiError::http(status);
    e.apiMessage = apiMessage;
    e.updateHttpMessage();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.userMessage, expected);
    QVERIFY(e.isError());
}

void TestApiError::notFoundNamesTheResource_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("active") << QStringLiteral("ActiveNumber") << QStringLiteral("+12065550999")
                            << QStringLiteral("The number +12065550999 is not an active number of this project.");
    QTest::newRow("available") << QStringLiteral("AvailableNumber") << QStringLiteral("+12065550123")
                               << QStringLiteral("The number +12065550123 is not available.");
    QTest::newRow("callback configuration") << QStringLiteral("CallbackConfiguration") << QString()
                                            << QStringLiteral("No callback configuration was found for this project.");
    QTest::newRow("unknown type") << QStringLiteral("Widget") << QStringLiteral("w1")
                                  << QStringLiteral("The Widget w1 was not found.");
}

void TestApiError::notFoundNamesTheResource()
{
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceName);
    QFETCH(QString, expected);
    ApiError e = ApiError::http(404);
    ResourceInfo r;
    r.type = QStringLiteral("ResourceInfo");
    r.resourceType = resourceType;
    r.resourceName = resourceName;
    e.resources.append(r);
    e.updateHttpMessage();
    QCOMPARE(e.userMessage, expected);
    QVERIFY(e.isNotFound());
}

void TestApiError::fullMessageAppendsViolations()
{
    const QByteArray body =
        R"({"error":{"code":400,"message":"Invalid argument","status":"INVALID_ARGUMENT",)"
        R"("details":[{"type":"BadRequest","fieldViolations":[{"field":"smsConfiguration.servicePlanId",)"
        R"("description":"must not be empty"},{"field":"callbackUrl","description":"bad url"}]}]}})";
    const ApiError e = json::parseErrorResponse(400, {}, body);
    QCOMPARE(e.userMessage, QStringLiteral("The request was rejected: Invalid argument"));
    QCOMPARE(e.fullMessage(), QStringLiteral("The request was rejected: Invalid argument\n"
                                             "smsConfiguration.servicePlanId: must not be empty\n"
                                             "callbackUrl: bad url"));
}

void TestApiError::fullMessageDoesNotRepeatApiMessage()
{
    ApiError e = ApiError::http(401);
    e.apiMessage = QStringLiteral("token expired");
    e.updateHttpMessage();
    QCOMPARE(e.fullMessage(), QStringLiteral("The credentials were rejected (HTTP 401). Check the key id and key "
                                             "secret.\ntoken expired"));
    QCOMPARE(e.fullMessage().count(QStringLiteral("token expired")), 1);
}

void TestApiError::factoriesSetKinds()
{
    QCOMPARE(ApiError::validation(QStringLiteral("x")).kind, ApiError::Kind::Validation);
    QVERIFY(ApiError::cancelled().isCancelled());
    QCOMPARE(ApiError::timeout(1000).kind, ApiError::Kind::Timeout);
    // Whole seconds, rounded up.
    QCOMPARE(ApiError::timeout(1000).userMessage,
             QStringLiteral("The server did not answer within 1 second(s). The request may still have been carried "
                            "out: check the current state before retrying."));
    QCOMPARE(ApiError::timeout(30001).userMessage,
             QStringLiteral("The server did not answer within 31 second(s). The request may still have been carried "
                            "out: check the current state before retrying."));
    QCOMPARE(ApiError::tls(QStringLiteral("x")).kind, ApiError::Kind::Tls);
    QCOMPARE(ApiError::parse(QStringLiteral("x")).kind, ApiError::Kind::Parse);
    QCOMPARE(ApiError::network(QStringLiteral("x"), QString(), true).kind, ApiError::Kind::Network);
    QVERIFY(!ApiError().isError());
    // An error result without a kind is still an error.
    const Result<int> r{ApiError()};
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
}

void TestApiError::rateLimitMentionsRetryAfter()
{
    ApiError e = ApiError::http(429);
    e.retryAfterSeconds = 7;
    e.updateHttpMessage();
    QCOMPARE(e.userMessage,
             QStringLiteral("Too many requests: the server is rate limiting (HTTP 429). Retry after 7 second(s)."));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
