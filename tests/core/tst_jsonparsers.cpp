// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nd;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ND_TEST_FIXTURES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestJsonParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateShapes_data();
    void dateShapes();
    void rentedNumberFixture();
    void futureFieldsAreKeptAndEnumsStayOpen();
    void nullAndEmptyMeanNotSet();
    void activeNumbersPage();
    void pageEndDetection_data();
    void pageEndDetection();
    void availableNumbers();
    void emptySearchResult_data();
    void emptySearchResult();
    void availableRegions();
    void validateEmergencyAddress();
    void callbackConfiguration();
    void tokenResponse();
    void malformedBodiesAreParseErrors_data();
    void malformedBodiesAreParseErrors();
    void errorBodies_data();
    void errorBodies();
    void errorEnvelopeDetails();
    void retryAfter_data();
    void retryAfter();
    void serializersRoundTrip();
    void serializerEmitsExtraAndNulls();
    void parsesLargePageQuickly();
    void compactWriterMatchesQJsonDocument_data();
    void compactWriterMatchesQJsonDocument();
};

void TestJsonParsers::dateShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("no fraction, Z") << QStringLiteral("2019-08-24T14:15:22Z") << utc(2019, 8, 24, 14, 15, 22);
    QTest::newRow("3 digits, Z") << QStringLiteral("2023-09-25T12:08:02.115Z") << utc(2023, 9, 25, 12, 8, 2, 115);
    QTest::newRow("6 digits, Z") << QStringLiteral("2024-06-06T14:42:42.022227Z") << utc(2024, 6, 6, 14, 42, 42, 22);
    QTest::newRow("9 digits, no zone") << QStringLiteral("2024-02-10T17:22:09.412722588")
                                       << utc(2024, 2, 10, 17, 22, 9, 412);
    QTest::newRow("6 digits, no zone") << QStringLiteral("2025-03-14T09:26:53.589793")
                                       << utc(2025, 3, 14, 9, 26, 53, 589);
    QTest::newRow("no fraction, no zone") << QStringLiteral("2025-03-14T09:26:53") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("1 digit") << QStringLiteral("2025-03-14T09:26:53.5Z") << utc(2025, 3, 14, 9, 26, 53, 500);
    QTest::newRow("offset") << QStringLiteral("2025-03-14T11:26:53.250+02:00") << utc(2025, 3, 14, 9, 26, 53, 250);
    QTest::newRow("negative offset") << QStringLiteral("2025-03-14T04:26:53-05:00") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("compact offset") << QStringLiteral("2025-03-14T11:26:53+0200") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("offset crosses midnight")
        << QStringLiteral("2025-03-14T23:30:00-01:00") << utc(2025, 3, 15, 0, 30, 0);
    QTest::newRow("feb 30") << QStringLiteral("2025-02-30T00:00:00Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2025-03-14T25:00:00Z") << QDateTime();
    QTest::newRow("dot without digits") << QStringLiteral("2025-03-14T09:26:53.Z") << QDateTime();
    QTest::newRow("text after Z") << QStringLiteral("2025-03-14T09:26:53Zjunk") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2025-03-14") << QDateTime();
    QTest::newRow("letters in fraction") << QStringLiteral("2025-03-14T09:26:53.12aZ") << QDateTime();
}

void TestJsonParsers::dateShapes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = json::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestJsonParsers::rentedNumberFixture()
{
    const Result<ActiveNumber> r = json::parseActiveNumber(fixture("active_number_rented.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    const ActiveNumber &n = r.value();
    QCOMPARE(n.phoneNumber, QStringLiteral("+12065550123"));
    QCOMPARE(n.type, NumberType::Value::Local);
    QCOMPARE(n.capabilities.size(), 2);
    QCOMPARE(n.capabilities.at(1), Capability::Value::Voice);
    QCOMPARE(n.money.amount, QStringLiteral("1.00"));
    QCOMPARE(n.money.currencyCode, QStringLiteral("USD"));
    QCOMPARE(n.nextChargeDate, utc(2025, 4, 14, 9, 12, 40, 118));
    QVERIFY(!n.expireAt.isValid());
    QVERIFY(!n.isReleased());
    QVERIFY(n.smsConfiguration.has_value());
    QVERIFY(n.smsConfiguration->servicePlanId.isEmpty());
    QVERIFY(n.smsConfiguration->scheduledProvisioning.has_value());
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->status, ProvisioningStatus::Value::Waiting);
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->servicePlanId,
             QStringLiteral("9a8b7c6d5e4f40312233445566778899"));
    QVERIFY(n.voiceConfiguration.has_value());
    QVERIFY(!n.voiceConfiguration->lastUpdatedTime.isValid());
    QVERIFY(n.voiceConfiguration->scheduledVoiceProvisioning.has_value());
    QCOMPARE(n.voiceConfiguration->scheduledVoiceProvisioning->id(),
             QStringLiteral("3e6a9c1d-72b4-4f0e-9d55-6b8a1c2e7f90"));
    QCOMPARE(n.callbackUrl, QStringLiteral("https://hooks.example.com/sinch/numbers"));
    QVERIFY(n.extra.isEmpty());
}

void TestJsonParsers::futureFieldsAreKeptAndEnumsStayOpen()
{
    const Result<ActiveNumber> r = json::parseActiveNumber(fixture("active_number_future.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    const ActiveNumber &n = r.value();
    // Unknown enum values are kept raw.
    QCOMPARE(n.type.wire(), QStringLiteral("SHORT_CODE"));
    QVERIFY(!n.type.isKnown());
    QCOMPARE(n.capabilities.at(1).wire(), QStringLiteral("MMS"));
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->status.wire(), QStringLiteral("PAUSED_BY_OPERATOR"));
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->errorCodes.size(), 2);
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->errorCodes.at(0),
             SmsErrorCode::Value::CampaignPendingAcceptance);
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->errorCodes.at(1).wire(), QStringLiteral("BRAND_NEW_CODE"));
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->lastUpdatedTime, utc(2025, 3, 14, 7, 20, 15));
    // Numeric string for an integer, 9-digit zone-less date.
    QCOMPARE(n.paymentIntervalMonths, 12);
    QCOMPARE(n.expireAt, utc(2025, 4, 2, 16, 40, 11, 771));
    QVERIFY(n.isReleased());
    QCOMPARE(n.nextChargeDate, utc(2025, 4, 2, 16, 40, 11));
    // Missing voice type defaults to RTC; the matching id is appId.
    QCOMPARE(n.voiceConfiguration->type, VoiceType::Value::Rtc);
    QCOMPARE(n.voiceConfiguration->id(), QStringLiteral("3e6a9c1d-72b4-4f0e-9d55-6b8a1c2e7f90"));
    QVERIFY(!n.voiceConfiguration->scheduledVoiceProvisioning.has_value());
    // Unknown keys at every level are kept.
    QCOMPARE(n.extra.value(QLatin1String("numberOrderId")).toInt(), 42);
    QCOMPARE(n.extra.value(QLatin1String("labels")).toObject().value(QLatin1String("team")).toString(),
             QStringLiteral("support"));
    QCOMPARE(n.extra.size(), 2);
    QCOMPARE(n.smsConfiguration->extra.value(QLatin1String("rcsAgentId")).toString(), QStringLiteral("agent-7"));
    QCOMPARE(n.smsConfiguration->scheduledProvisioning->extra.value(QLatin1String("retryAt")).toString(),
             QStringLiteral("2025-03-15T00:00:00Z"));
    QCOMPARE(n.voiceConfiguration->extra.value(QLatin1String("codecs")).toArray().size(), 1);
}

void TestJsonParsers::nullAndEmptyMeanNotSet()
{
    for (
        const QByteArray &body :
        {QByteArray(
             R"({"phoneNumber":"+1206555","displayName":null,"callbackUrl":null,"smsConfiguration":null,"voiceConfiguration":null,"expireAt":null,"money":null})"),
         QByteArray(R"({"phoneNumber":"+1206555","displayName":"","callbackUrl":"","expireAt":""})"),
         QByteArray(R"({"phoneNumber":"+1206555"})")}) {
        const Result<ActiveNumber> r = json::parseActiveNumber(body);
        QVERIFY2(r.ok(), body.constData());
        QVERIFY(r.value().displayName.isEmpty());
        QVERIFY(r.value().callbackUrl.isEmpty());
        QVERIFY(!r.value().expireAt.isValid());
        QVERIFY(!r.value().smsConfiguration.has_value());
        QVERIFY(!r.value().voiceConfiguration.has_value());
        QVERIFY(r.value().money.isEmpty());
        QVERIFY(r.value().type.isEmpty());
        QVERIFY(r.value().extra.isEmpty());
    }
}

void TestJsonParsers::activeNumbersPage()
{
    const Result<ActiveNumbersPage> r = json::parseActiveNumbersPage(fixture("active_numbers_page.json"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().activeNumbers.size(), 2);
    QCOMPARE(r.value().nextPageToken, QStringLiteral("CgwrMTIwNjU1NTAxODcSBGxvY2Fs"));
    QVERIFY(r.value().hasNextPage());
    QCOMPARE(r.value().totalSize, 5);
    QCOMPARE(r.value().activeNumbers.at(1).voiceConfiguration->type, VoiceType::Value::Fax);
    QCOMPARE(r.value().activeNumbers.at(1).voiceConfiguration->id(), QStringLiteral("01JP4K7M2Q9W3E5R7T9Y1U3I5O"));
    QCOMPARE(r.value().activeNumbers.at(0).smsConfiguration->campaignId, QStringLiteral("CQ7RZ2M"));
}

void TestJsonParsers::pageEndDetection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<int>("count");
    QTest::newRow("empty token") << QByteArray(R"({"activeNumbers":[],"nextPageToken":"","totalSize":0})") << false
                                 << 0;
    QTest::newRow("null token") << QByteArray(R"({"activeNumbers":[{"phoneNumber":"+12"}],"nextPageToken":null})")
                                << false << 1;
    QTest::newRow("absent everything") << QByteArray("{}") << false << 0;
    QTest::newRow("empty body") << QByteArray() << false << 0;
    QTest::newRow("token") << QByteArray(R"({"nextPageToken":"abc"})") << true << 0;
}

void TestJsonParsers::pageEndDetection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, hasNext);
    QFETCH(int, count);
    const Result<ActiveNumbersPage> r = json::parseActiveNumbersPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r.value().hasNextPage(), hasNext);
    QCOMPARE(r.value().activeNumbers.size(), count);
}

void TestJsonParsers::availableNumbers()
{
    const Result<QList<AvailableNumber>> r = json::parseAvailableNumbers(fixture("available_numbers.json"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).setupPrice.amount, QStringLiteral("0.00"));
    QCOMPARE(r.value().at(0).monthlyPrice.toDisplayString(), QStringLiteral("USD 1.00"));
    QCOMPARE(r.value().at(0).paymentIntervalMonths, 1);
    QVERIFY(!r.value().at(0).supportingDocumentationRequired);
    QVERIFY(r.value().at(1).supportingDocumentationRequired);
    QCOMPARE(r.value().at(1).extra.value(QLatin1String("regulatoryBundle")).toString(), QStringLiteral("required"));
}

void TestJsonParsers::emptySearchResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("{}") << QByteArray("{}");
    QTest::newRow("empty list") << QByteArray(R"({"availableNumbers":[]})");
    QTest::newRow("null") << QByteArray(R"({"availableNumbers":null})");
}

void TestJsonParsers::emptySearchResult()
{
    QFETCH(QByteArray, body);
    const Result<QList<AvailableNumber>> r = json::parseAvailableNumbers(body);
    QVERIFY(r.ok());
    QVERIFY(r.value().isEmpty());
}

void TestJsonParsers::availableRegions()
{
    const Result<QList<AvailableRegion>> r = json::parseAvailableRegions(fixture("available_regions.json"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).regionName, QStringLiteral("Sweden"));
    QCOMPARE(r.value().at(1).types.size(), 3);
    QCOMPARE(r.value().at(1).types.at(2).wire(), QStringLiteral("SHORT_CODE"));
    QCOMPARE(r.value().at(1).extra.value(QLatin1String("flag")).toString(), QStringLiteral("us"));
}

void TestJsonParsers::validateEmergencyAddress()
{
    const Result<ValidateEmergencyAddressResponse> r =
        json::parseValidateEmergencyAddressResponse(fixture("validate_emergency_address.json"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().validationResult, AddressValidationResult::Value::NearMatch);
    QCOMPARE(r.value().validationMessages, QStringList({QStringLiteral("Corrected to valid address"),
                                                        QStringLiteral("Corrected address abbreviations")}));
    QCOMPARE(r.value().correctedAddress.postalCodePlusFour, QStringLiteral("2034"));
    QCOMPARE(r.value().validatedAddress.streetInfo, QStringLiteral("Pine Street"));
    QVERIFY(r.value().candidateAddresses.isEmpty());
    QVERIFY(!r.value().correctedAddress.isEmpty());
    const Result<EmergencyAddress> empty = json::parseEmergencyAddress(QByteArray("{}"));
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
}

void TestJsonParsers::callbackConfiguration()
{
    const Result<CallbackConfiguration> r = json::parseCallbackConfiguration(
        QByteArray(R"({"projectId":"p","hmacSecret":"K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s"})"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().projectId, QStringLiteral("p"));
    QCOMPARE(r.value().hmacSecret, QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s"));
}

void TestJsonParsers::tokenResponse()
{
    const Result<json::TokenResponse> r = json::parseTokenResponse(
        QByteArray(R"({"access_token":"eyJ.x.sig","expires_in":3600,"scope":"","token_type":"bearer"})"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().accessToken, QStringLiteral("eyJ.x.sig"));
    QCOMPARE(r.value().expiresIn, 3600);
    QCOMPARE(r.value().tokenType, QStringLiteral("bearer"));
    const Result<json::TokenResponse> noExpiry = json::parseTokenResponse(QByteArray(R"({"access_token":"t"})"));
    QVERIFY(noExpiry.ok());
    QCOMPARE(noExpiry.value().expiresIn, -1);
    QCOMPARE(json::parseTokenResponse(QByteArray(R"({"access_token":""})")).error().kind, ApiError::Kind::Parse);
    QCOMPARE(json::parseTokenResponse(QByteArray(R"({"access_token":5})")).error().kind, ApiError::Kind::Parse);
}

void TestJsonParsers::malformedBodiesAreParseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"phoneNumber":"+1206)");
    QTest::newRow("invalid utf-8") << QByteArray("{\"phoneNumber\":\"+1206\xff\xfe\"}");
    QTest::newRow("overlong utf-8") << QByteArray("{\"phoneNumber\":\"\xc0\xaf\"}");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("deep object nesting") << QByteArray(R"({"phoneNumber":"+12","x":)").repeated(1) +
                                                QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    QTest::newRow("array top level") << QByteArray(R"([{"phoneNumber":"+12"}])");
    QTest::newRow("string top level") << QByteArray(R"("hello")");
    QTest::newRow("number top level") << QByteArray("42");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("missing phoneNumber") << QByteArray(R"({"displayName":"x"})");
    QTest::newRow("phoneNumber is a number") << QByteArray(R"({"phoneNumber":12065550123})");
    QTest::newRow("phoneNumber is an object") << QByteArray(R"({"phoneNumber":{"e164":"+12"}})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"phoneNumber":"+12"} trailing)");
    QTest::newRow("nul bytes") << QByteArray("{\"phoneNumber\":\"+12\"}\0\0", 23);
}

void TestJsonParsers::malformedBodiesAreParseErrors()
{
    QFETCH(QByteArray, body);
    const Result<ActiveNumber> r = json::parseActiveNumber(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QVERIFY(!r.error().userMessage.isEmpty());
    // The page and list parsers must not crash either.
    QVERIFY(!json::parseActiveNumbersPage(body).ok() || body.startsWith("{"));
    (void)json::parseAvailableNumbers(body);
    (void)json::parseAvailableRegions(body);
    (void)json::parseValidateEmergencyAddressResponse(body);
    (void)json::parseErrorResponse(500, {}, body);
}

void TestJsonParsers::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("apiCode");
    QTest::addColumn<QString>("apiStatus");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("400 field violations") << 400 << fixture("error_400_field_violations.json") << QStringLiteral("400")
                                          << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("Invalid argument");
    QTest::newRow("404 resource info") << 404 << fixture("error_404_resource_info.json") << QStringLiteral("404")
                                       << QStringLiteral("NOT_FOUND") << QStringLiteral("+12065550999");
    QTest::newRow("403 permission denied")
        << 403 << fixture("error_403_permission_denied.json") << QStringLiteral("403")
        << QStringLiteral("PERMISSION_DENIED") << QStringLiteral("Trial account");
    QTest::newRow("500 internal") << 500 << fixture("error_500_internal.json") << QStringLiteral("500")
                                  << QStringLiteral("INTERNAL") << QStringLiteral("HTTP 500");
    QTest::newRow("string code, unknown detail")
        << 400 << fixture("error_string_code_unknown_detail.json") << QStringLiteral("400")
        << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("LANDLINE");
    QTest::newRow("non-JSON gateway page")
        << 502 << QByteArray("<html>Bad Gateway</html>") << QString() << QString() << QStringLiteral("HTTP 502");
    QTest::newRow("empty body 401") << 401 << QByteArray() << QString() << QString() << QStringLiteral("key");
    QTest::newRow("oauth style") << 401
                                 << QByteArray(R"({"error":"invalid_client","error_description":"Bad credentials"})")
                                 << QString() << QStringLiteral("invalid_client") << QStringLiteral("key");
    QTest::newRow("plain message") << 429 << QByteArray(R"({"message":"slow down"})") << QString() << QString()
                                   << QStringLiteral("429");
    QTest::newRow("error is an array") << 400 << QByteArray(R"({"error":[1,2]})") << QString() << QString()
                                       << QStringLiteral("HTTP 400");
    QTest::newRow("huge numeric code") << 400
                                       << QByteArray(R"({"error":{"code":1e300,"message":"odd","status":"X"}})")
                                       << QStringLiteral("1.0000000000000001e+300") << QStringLiteral("X")
                                       << QStringLiteral("odd");
    QTest::newRow("fractional code") << 400 << QByteArray(R"({"error":{"code":400.5,"message":"m"}})")
                                     << QStringLiteral("400.5") << QString() << QStringLiteral("m");
    QTest::newRow("invalid utf-8") << 500 << QByteArray("\xff\xfe\xfd") << QString() << QString()
                                   << QStringLiteral("HTTP 500");
}

void TestJsonParsers::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, apiCode);
    QFETCH(QString, apiStatus);
    QFETCH(QString, messagePart);
    const ApiError e = json::parseErrorResponse(status, {}, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.apiCode, apiCode);
    QCOMPARE(e.apiStatus, apiStatus);
    QVERIFY2(e.fullMessage().contains(messagePart), qPrintable(e.fullMessage()));
}

void TestJsonParsers::errorEnvelopeDetails()
{
    const ApiError bad = json::parseErrorResponse(400, {}, fixture("error_400_field_violations.json"));
    QCOMPARE(bad.fieldViolations.size(), 1);
    QCOMPARE(bad.fieldViolations.at(0).field, QStringLiteral("smsConfiguration.servicePlanId"));
    QCOMPARE(bad.fieldViolations.at(0).description, QStringLiteral("must not be empty"));
    QVERIFY(bad.fullMessage().contains(QStringLiteral("smsConfiguration.servicePlanId: must not be empty")));

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
    QVERIFY(limited.userMessage.contains(QStringLiteral("17")));
}

void TestJsonParsers::retryAfter_data()
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

void TestJsonParsers::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    QCOMPARE(json::parseRetryAfter(value, utc(2015, 10, 21, 7, 28, 0)), seconds);
}

void TestJsonParsers::serializersRoundTrip()
{
    const QByteArray original = fixture("active_number_future.json");
    const Result<ActiveNumber> first = json::parseActiveNumber(original);
    QVERIFY(first.ok());
    const QByteArray written = QJsonDocument(json::toJson(first.value())).toJson(QJsonDocument::Compact);
    const Result<ActiveNumber> second = json::parseActiveNumber(written);
    QVERIFY(second.ok());
    const ActiveNumber &a = first.value();
    const ActiveNumber &b = second.value();
    QCOMPARE(b.phoneNumber, a.phoneNumber);
    QCOMPARE(b.type.wire(), a.type.wire());
    QCOMPARE(b.expireAt, a.expireAt);
    QCOMPARE(b.money, a.money);
    QCOMPARE(b.paymentIntervalMonths, a.paymentIntervalMonths);
    QCOMPARE(b.extra, a.extra);
    QCOMPARE(b.smsConfiguration->extra, a.smsConfiguration->extra);
    QCOMPARE(b.smsConfiguration->scheduledProvisioning->errorCodes.size(), 2);
    QCOMPARE(b.voiceConfiguration->extra, a.voiceConfiguration->extra);
    QCOMPARE(b.voiceConfiguration->type.wire(), QStringLiteral("RTC"));

    const Result<ActiveNumbersPage> page = json::parseActiveNumbersPage(fixture("active_numbers_page.json"));
    QVERIFY(page.ok());
    const QJsonObject pageJson = json::toJson(page.value());
    QCOMPARE(pageJson.value(QLatin1String("activeNumbers")).toArray().size(), 2);
    QCOMPARE(pageJson.value(QLatin1String("nextPageToken")).toString(), page.value().nextPageToken);
    QCOMPARE(pageJson.value(QLatin1String("totalSize")).toInt(), 5);
}

void TestJsonParsers::serializerEmitsExtraAndNulls()
{
    ActiveNumber n;
    n.phoneNumber = QStringLiteral("+12065550123");
    n.extra.insert(QLatin1String("futureField"), 7);
    n.extra.insert(QLatin1String("phoneNumber"), QStringLiteral("+1999")); // a known key always wins
    n.nextChargeDate = utc(2025, 4, 14, 9, 12, 40, 118);
    const QJsonObject o = json::toJson(n);
    QCOMPARE(o.value(QLatin1String("futureField")).toInt(), 7);
    QCOMPARE(o.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+12065550123"));
    QVERIFY(o.value(QLatin1String("expireAt")).isNull());
    QVERIFY(o.value(QLatin1String("smsConfiguration")).isNull());
    QCOMPARE(o.value(QLatin1String("nextChargeDate")).toString(), QStringLiteral("2025-04-14T09:12:40.118Z"));
    QCOMPARE(o.value(QLatin1String("displayName")).toString(), QString());

    AvailableNumber a;
    a.phoneNumber = QStringLiteral("+12065550123");
    a.setupPrice = Money{QStringLiteral("USD"), QStringLiteral("0.80")};
    const QJsonObject ao = json::toJson(a);
    QCOMPARE(ao.value(QLatin1String("setupPrice")).toObject().value(QLatin1String("amount")).toString(),
             QStringLiteral("0.80"));
    QVERIFY(json::toJson(AvailableRegion{}).contains(QLatin1String("types")));
    QVERIFY(json::toJson(CallbackConfiguration{}).contains(QLatin1String("hmacSecret")));
    QVERIFY(json::toJson(ValidateEmergencyAddressResponse{}).contains(QLatin1String("candidateAddresses")));
}

void TestJsonParsers::parsesLargePageQuickly()
{
    // A 1000-number page (the walker's page size) parses completely; no timing assertion.
    const QJsonObject one = QJsonDocument::fromJson(fixture("active_number_rented.json")).object();
    QJsonArray numbers;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject n = one;
        n.insert(QLatin1String("phoneNumber"), QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0')));
        numbers.append(n);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("activeNumbers"), numbers},
                                                      {QLatin1String("nextPageToken"), QString()}})
                                .toJson(QJsonDocument::Compact);
    const Result<ActiveNumbersPage> r = json::parseActiveNumbersPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r.value().activeNumbers.size(), 1000);
    QCOMPARE(r.value().activeNumbers.last().phoneNumber, QStringLiteral("+12065550999"));
    QVERIFY(!r.value().hasNextPage());
}

void TestJsonParsers::compactWriterMatchesQJsonDocument_data()
{
    QTest::addColumn<ActiveNumber>("number");
    const auto page = json::parseActiveNumbersPage(fixture("active_numbers_page.json"));
    QTest::newRow("page item 0") << page.value().activeNumbers.at(0);
    QTest::newRow("page item 1") << page.value().activeNumbers.at(1);
    QTest::newRow("rented") << json::parseActiveNumber(fixture("active_number_rented.json")).value();
    QTest::newRow("with extra keys (fallback)")
        << json::parseActiveNumber(fixture("active_number_future.json")).value();
    QTest::newRow("empty") << ActiveNumber();
    ActiveNumber odd = page.value().activeNumbers.at(0);
    odd.displayName = QStringLiteral("Zürich \"HQ\" \\ 東京 ☎ 😀 / end");
    odd.callbackUrl = QStringLiteral("https://x.example/a?b=c&d=e");
    QTest::newRow("unicode and quotes") << odd;
    ActiveNumber control = odd;
    control.displayName = QStringLiteral("tab\there\nnewline\u0001");
    QTest::newRow("control characters (fallback)") << control;
    ActiveNumber surrogate = odd;
    surrogate.displayName = QString(QChar(0xd800)) + QStringLiteral("x");
    QTest::newRow("lone surrogate (fallback)") << surrogate;
    ActiveNumber unknownEnums = odd;
    unknownEnums.type = NumberType::fromWire(QStringLiteral("SHORT_CODE"));
    unknownEnums.capabilities.append(Capability::fromWire(QStringLiteral("MMS")));
    unknownEnums.paymentIntervalMonths = -12;
    unknownEnums.expireAt = utc(1999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("unknown enums, negative int") << unknownEnums;
}

void TestJsonParsers::compactWriterMatchesQJsonDocument()
{
    QFETCH(ActiveNumber, number);
    const QByteArray expected = QJsonDocument(json::toJson(number)).toJson(QJsonDocument::Compact);
    QCOMPARE(json::toCompactJson(number), expected);
    QCOMPARE(json::formatDateTime(utc(2025, 4, 14, 9, 2, 3, 4)), QStringLiteral("2025-04-14T09:02:03.004Z"));
    QCOMPARE(json::formatDateTime(utc(2025, 4, 14, 9, 2, 3, 4)),
             utc(2025, 4, 14, 9, 2, 3, 4).toString(Qt::ISODateWithMs));
}

QTEST_GUILESS_MAIN(TestJsonParsers)
#include "tst_jsonparsers.moc"
