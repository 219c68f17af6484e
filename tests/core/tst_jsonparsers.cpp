// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparsers.h"
#include "jsonwriters.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nd;

using nd::test::fixture;
using nd::test::utc;

class TestJsonParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void parsesLargePageQuickly();
    void byteOrderMarksReadAlike_data();
    void byteOrderMarksReadAlike();
};

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
    // isObject: the body is a JSON object, so the parsers whose required fields are all optional (the page,
    // the lists, the validation answer) accept it and only parseActiveNumber, which needs phoneNumber, fails.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isObject");
    QTest::addColumn<QString>("message");
    const auto invalid = [](const char *reason, int offset) {
        return QStringLiteral("The server's answer is not valid JSON (%1 at byte %2).")
            .arg(QLatin1String(reason))
            .arg(offset);
    };
    const QString notObject = QStringLiteral("The server's answer is not a JSON object.");
    const QString noPhoneNumber = QStringLiteral("The server's answer (ActiveNumber) has no \"phoneNumber\".");
    const QString phoneNumberNotString =
        QStringLiteral("The field \"phoneNumber\" in the server's answer (ActiveNumber) is not a string.");
    QTest::newRow("truncated") << QByteArray(R"({"phoneNumber":"+1206)") << false << invalid("unterminated string", 22);
    QTest::newRow("invalid utf-8") << QByteArray("{\"phoneNumber\":\"+1206\xff\xfe\"}") << false
                                   << invalid("invalid UTF8 string", 21);
    QTest::newRow("overlong utf-8") << QByteArray("{\"phoneNumber\":\"\xc0\xaf\"}") << false
                                    << invalid("invalid UTF8 string", 16);
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << false
                                  << invalid("too deeply nested document", 1025);
    QTest::newRow("deep object nesting") << QByteArray(R"({"phoneNumber":"+12","x":)") + QByteArray(5000, '[') +
                                                QByteArray(5000, ']') + "}"
                                         << false << invalid("too deeply nested document", 1049);
    QTest::newRow("array top level") << QByteArray(R"([{"phoneNumber":"+12"}])") << false << notObject;
    // Qt's parser accepts only an object or an array at the top level.
    QTest::newRow("string top level") << QByteArray(R"("hello")") << false << invalid("illegal value", 1);
    QTest::newRow("number top level") << QByteArray("42") << false << invalid("illegal value", 1);
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << false
                          << invalid("illegal value", 1);
    QTest::newRow("missing phoneNumber") << QByteArray(R"({"displayName":"x"})") << true << noPhoneNumber;
    QTest::newRow("phoneNumber is a number")
        << QByteArray(R"({"phoneNumber":12065550123})") << true << phoneNumberNotString;
    QTest::newRow("phoneNumber is an object")
        << QByteArray(R"({"phoneNumber":{"e164":"+12"}})") << true << phoneNumberNotString;
    QTest::newRow("trailing garbage") << QByteArray(R"({"phoneNumber":"+12"} trailing)") << false
                                      << invalid("garbage at the end of the document", 22);
    // U+FEFF raw inside a document is escaped for QJsonDocument (byteOrderMarksReadAlike), but not after a
    // backslash, where it is an invalid escape; and errors after a mark say where they are in the answer.
    QTest::newRow("mark after a backslash")
        << QByteArray("{\"phoneNumber\":\"+1\",\"displayName\":\"\\\xEF\xBB\xBF\"}") << false
        << invalid("invalid UTF8 string", 37);
    QTest::newRow("error after a mark") << QByteArray("{\"displayName\":\"\xEF\xBB\xBFx\", x}") << false
                                        << invalid("unterminated object", 24);
    QTest::newRow("nul bytes") << QByteArray("{\"phoneNumber\":\"+12\"}\0\0", 23) << false
                               << invalid("garbage at the end of the document", 21);
}

void TestJsonParsers::malformedBodiesAreParseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isObject);
    QFETCH(QString, message);
    const Result<ActiveNumber> r = json::parseActiveNumber(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    QCOMPARE(r.error().userMessage, message);
    // The page and list parsers fail exactly when the body is not a JSON object, with the same message.
    const auto check = [&](const auto &result) {
        QCOMPARE(result.ok(), isObject);
        if (!isObject) {
            QCOMPARE(result.error().kind, ApiError::Kind::Parse);
            QCOMPARE(result.error().userMessage, message);
        }
    };
    check(json::parseActiveNumbersPage(body));
    if (QTest::currentTestFailed()) {
        return;
    }
    check(json::parseAvailableNumbers(body));
    if (QTest::currentTestFailed()) {
        return;
    }
    check(json::parseAvailableRegions(body));
    if (QTest::currentTestFailed()) {
        return;
    }
    check(json::parseValidateEmergencyAddressResponse(body));
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

void TestJsonParsers::byteOrderMarksReadAlike_data()
{
    // U+FEFF in a page, raw or escaped, in a key or a value: the fast parser, the reference parser and a second
    // reading of what they produce must all agree (a fuzz run found them apart when a nested key began with it).
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("displayName");
    const QString mark(QChar(0xFEFF));
    QTest::newRow("raw mark starting a nested unknown key")
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"prn\":{\"servicePlanId\":\"\",\"\xEF\xBB\xBFisioning\":null}}")
        << QString();
    QTest::newRow("raw mark starting a value")
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"displayName\":\"\xEF\xBB\xBF" "Acme\"}") << mark + QStringLiteral("Acme");
    QTest::newRow("escaped mark starting a value")
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"displayName\":\"\\ufeffAcme\"}") << mark + QStringLiteral("Acme");
    QTest::newRow("raw mark inside a value")
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"displayName\":\"Ac\xEF\xBB\xBFme\"}")
        << QStringLiteral("Ac") + mark + QStringLiteral("me");
    QTest::newRow("raw mark starting an unknown top-level key")
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"\xEF\xBB\xBFnote\":\"x\",\"displayName\":\"Acme\"}")
        << QStringLiteral("Acme");
    QTest::newRow("raw mark before a known key") // not the key "displayName", so the name is not set
        << QByteArray("{\"phoneNumber\":\"+12065550123\",\"\xEF\xBB\xBF" "displayName\":\"Acme\"}") << QString();
}

void TestJsonParsers::byteOrderMarksReadAlike()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, displayName);
    const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };

    const Result<ActiveNumber> fast = json::parseActiveNumber(number);
    const Result<ActiveNumber> reference = json::detail::parseActiveNumberQt(number);
    QVERIFY(fast.ok());
    QVERIFY(reference.ok());
    QCOMPARE(fast.value().displayName, displayName);
    QCOMPARE(compact(json::toJson(fast.value())), compact(json::toJson(reference.value())));
    const Result<ActiveNumber> again = json::parseActiveNumber(compact(json::toJson(fast.value())));
    QVERIFY(again.ok());
    QCOMPARE(compact(json::toJson(again.value())), compact(json::toJson(fast.value())));

    for (const QByteArray &prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) { // with a leading byte-order mark too
        const QByteArray page = prefix + "{\"activeNumbers\":[" + number + "],\"nextPageToken\":\"\",\"totalSize\":1}";
        const Result<ActiveNumbersPage> fastPage = json::parseActiveNumbersPage(page);
        const Result<ActiveNumbersPage> referencePage = json::detail::parseActiveNumbersPageQt(page);
        QVERIFY(fastPage.ok());
        QVERIFY(referencePage.ok());
        QCOMPARE(fastPage.value().activeNumbers.size(), 1);
        QCOMPARE(compact(json::toJson(fastPage.value())), compact(json::toJson(referencePage.value())));
        QCOMPARE(compact(json::toJson(fastPage.value().activeNumbers.at(0))), compact(json::toJson(fast.value())));
        // The kept raw JSON (what the mirror stores) reads back as the same number.
        const Result<ActiveNumber> stored = json::parseActiveNumber(fastPage.value().rawActiveNumbers.at(0));
        QVERIFY(stored.ok());
        QCOMPARE(compact(json::toJson(stored.value())), compact(json::toJson(fast.value())));
    }
}

QTEST_GUILESS_MAIN(TestJsonParsers)
#include "tst_jsonparsers.moc"
