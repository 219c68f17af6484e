// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorresponse.h"
#include "testdata.h"

#include <QTest>

using namespace nd;

using nd::test::fixture;
using nd::test::utc;

// Non-2xx answers (§3.10) of every shape, and the Retry-After header.
class TestErrorResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorBodies_data();
    void errorBodies();
    void errorEnvelopeDetails();
    void retryAfter_data();
    void retryAfter();
};

void TestErrorResponse::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("apiCode");
    QTest::addColumn<QString>("apiStatus");
    QTest::addColumn<QString>("message"); // fullMessage(): what the app and the CLI show
    const QString mayHaveHappened =
        QStringLiteral("The operation may or may not have been carried out; check the current state before retrying.");
    const QString badCredentials =
        QStringLiteral("The credentials were rejected (HTTP 401). Check the key id and key secret.");
    QTest::newRow("400 field violations")
        << 400 << fixture("error_400_field_violations.json") << QStringLiteral("400")
        << QStringLiteral("INVALID_ARGUMENT")
        << QStringLiteral(
               "The request was rejected: Invalid argument\nsmsConfiguration.servicePlanId: must not be empty");
    QTest::newRow("404 resource info") << 404 << fixture("error_404_resource_info.json") << QStringLiteral("404")
                                       << QStringLiteral("NOT_FOUND")
                                       << QStringLiteral(
                                              "The number +12065550999 is not an active number of this project.\n"
                                              "Number +12065550999 not found");
    QTest::newRow("403 permission denied")
        << 403 << fixture("error_403_permission_denied.json") << QStringLiteral("403")
        << QStringLiteral("PERMISSION_DENIED")
        << QStringLiteral("Permission denied (HTTP 403): Trial account is not enabled to rent number");
    QTest::newRow("500 internal") << 500 << fixture("error_500_internal.json") << QStringLiteral("500")
                                  << QStringLiteral("INTERNAL")
                                  << QStringLiteral("Server error (HTTP 500): Internal error. ") + mayHaveHappened;
    QTest::newRow("string code, unknown detail")
        << 400 << fixture("error_string_code_unknown_detail.json") << QStringLiteral("400")
        << QStringLiteral("INVALID_ARGUMENT")
        << QStringLiteral("The request was rejected: parsing field \"type\": \"LANDLINE\" is not a valid value");
    QTest::newRow("non-JSON gateway page") << 502 << QByteArray("<html>Bad Gateway</html>") << QString() << QString()
                                           << QStringLiteral("Server error (HTTP 502): no details. ") + mayHaveHappened;
    QTest::newRow("empty body 401") << 401 << QByteArray() << QString() << QString() << badCredentials;
    QTest::newRow("oauth style") << 401
                                 << QByteArray(R"({"error":"invalid_client","error_description":"Bad credentials"})")
                                 << QString() << QStringLiteral("invalid_client")
                                 << badCredentials + QStringLiteral("\nBad credentials");
    QTest::newRow("plain message")
        << 429 << QByteArray(R"({"message":"slow down"})") << QString() << QString()
        << QStringLiteral("Too many requests: the server is rate limiting (HTTP 429). Try again later.\nslow down");
    QTest::newRow("error is an array") << 400 << QByteArray(R"({"error":[1,2]})") << QString() << QString()
                                       << QStringLiteral("The request was rejected as invalid (HTTP 400).");
    QTest::newRow("huge numeric code") << 400 << QByteArray(R"({"error":{"code":1e300,"message":"odd","status":"X"}})")
                                       << QStringLiteral("1.0000000000000001e+300") << QStringLiteral("X")
                                       << QStringLiteral("The request was rejected: odd");
    QTest::newRow("fractional code") << 400 << QByteArray(R"({"error":{"code":400.5,"message":"m"}})")
                                     << QStringLiteral("400.5") << QString()
                                     << QStringLiteral("The request was rejected: m");
    QTest::newRow("invalid utf-8") << 500 << QByteArray("\xff\xfe\xfd") << QString() << QString()
                                   << QStringLiteral("Server error (HTTP 500): no details. ") + mayHaveHappened;
}

void TestErrorResponse::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, apiCode);
    QFETCH(QString, apiStatus);
    QFETCH(QString, message);
    const ApiError e = json::parseErrorResponse(status, {}, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.apiCode, apiCode);
    QCOMPARE(e.apiStatus, apiStatus);
    QCOMPARE(e.fullMessage(), message);
}

void TestErrorResponse::errorEnvelopeDetails()
{
    const ApiError bad = json::parseErrorResponse(400, {}, fixture("error_400_field_violations.json"));
    QCOMPARE(bad.fieldViolations.size(), 1);
    QCOMPARE(bad.fieldViolations.at(0).field, QStringLiteral("smsConfiguration.servicePlanId"));
    QCOMPARE(bad.fieldViolations.at(0).description, QStringLiteral("must not be empty"));

    const ApiError missing = json::parseErrorResponse(404, {}, fixture("error_404_resource_info.json"));
    QCOMPARE(missing.resources.size(), 1);
    QCOMPARE(missing.resources.at(0).resourceType, QStringLiteral("ActiveNumber"));
    QCOMPARE(missing.userMessage, QStringLiteral("The number +12065550999 is not an active number of this project."));

    const ApiError odd = json::parseErrorResponse(400, {}, fixture("error_string_code_unknown_detail.json"));
    QCOMPARE(odd.rawDetails.size(), 2); // unknown detail types are kept as received
    QVERIFY(odd.fieldViolations.isEmpty());
    QVERIFY(odd.resources.isEmpty());

    json::HeaderList headers{{"Content-Type", "application/json"}, {"retry-after", "17"}};
    const ApiError limited = json::parseErrorResponse(429, headers, QByteArray());
    QCOMPARE(limited.retryAfterSeconds, 17);
    QCOMPARE(limited.userMessage,
             QStringLiteral("Too many requests: the server is rate limiting (HTTP 429). Retry after 17 second(s)."));
}

void TestErrorResponse::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("delta") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
    QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestErrorResponse::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    QCOMPARE(json::parseRetryAfter(value, utc(2015, 10, 21, 7, 28, 0)), seconds);
}

QTEST_GUILESS_MAIN(TestErrorResponse)
#include "tst_errorresponse.moc"
