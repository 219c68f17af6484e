// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbersclient.h"
#include "recordingserver.h"

#include <QTest>

#include <functional>

using namespace nd;
using nd::test::CannedResponse;
using nd::test::RecordedRequest;
using nd::test::RecordingServer;

namespace {

const QString Pid = QStringLiteral("5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
const QByteArray ProjectPath = QByteArrayLiteral("/v1/projects/5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
const QByteArray BasicHeader =
    QByteArrayLiteral("Basic N2MyZDFlNGYtNWE2Yi00YzhkLTllMGYtYTFiMmMzZDRlNWY2OnhZei1FeGFtcGxlLVNlY3JldC0xMjM=");

// Starts one operation; `done` receives the error (kind None on success).
using Operation = std::function<PendingCall *(NumbersClient &, QObject *, std::function<void(const ApiError &)>)>;

template<typename T> NumbersClient::Callback<T> report(std::function<void(const ApiError &)> done)
{
    return [done](const Result<T> &r) { done(r.ok() ? ApiError() : r.error()); };
}

EmergencyAddressRequest seattle(bool withOptional)
{
    EmergencyAddressRequest r;
    r.displayName = QStringLiteral("Seattle office");
    r.streetNumber = QStringLiteral("221");
    r.streetInfo = QStringLiteral("Pine St");
    r.city = QStringLiteral("Seattle");
    r.state = QStringLiteral("WA");
    r.postalCode = QStringLiteral("98101");
    if (withOptional) {
        r.location = QStringLiteral("Suite 400");
        r.postalCodePlusFour = QStringLiteral("2034");
    }
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestNumbersClientWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exactRequest_data();
    void exactRequest();
    void invalidNumberNeverSent_data();
    void invalidNumberNeverSent();
    void unresponsiveServerTimesOut();
    void closedConnectionIsAmbiguous();
    void httpErrorIsReported();
    void cancelReportsCancelled();
    void destroyedContextSkipsCallback();
    void oversizedAnswerIsRefused();
    void destroyingClientWithCallsInFlightIsSafe();

private:
    ConnectionSettings settings() const;
    ApiError run(const Operation &op);

    std::unique_ptr<RecordingServer> m_server;
    std::unique_ptr<NumbersClient> m_client;
};

ConnectionSettings TestNumbersClientWire::settings() const
{
    ConnectionSettings s;
    s.numbersUrl = m_server->baseUrl();
    s.authUrl = m_server->baseUrl();
    s.projectId = Pid;
    s.keyId = QStringLiteral("7c2d1e4f-5a6b-4c8d-9e0f-a1b2c3d4e5f6");
    s.keySecret = QStringLiteral("xYz-Example-Secret-123");
    s.authMethod = AuthMethod::Basic;
    s.transferTimeoutMs = 10000;
    return s;
}

void TestNumbersClientWire::init()
{
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, QByteArrayLiteral(R"({"phoneNumber":"+12065550123"})")));
    m_client = std::make_unique<NumbersClient>();
    m_client->setConnection(settings());
}

void TestNumbersClientWire::cleanup()
{
    m_client.reset();
    m_server.reset();
}

ApiError TestNumbersClientWire::run(const Operation &op)
{
    bool done = false;
    ApiError error;
    QObject context;
    op(*m_client, &context, [&](const ApiError &e) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000)) {
        error = ApiError::validation(QStringLiteral("test: no callback"));
        error.kind = ApiError::Kind::None;
        error.detail = QStringLiteral("no callback");
    }
    return error;
}

void TestNumbersClientWire::exactRequest_data()
{
    QTest::addColumn<Operation>("op");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query"); // null: no '?' at all
    QTest::addColumn<QByteArray>("body");  // null: no body and no Content-Type

    const QString n = QStringLiteral("+12065550123");

    // 1. search available numbers: the exact §3.5 recommended example
    {
        AvailableNumberQuery q;
        q.regionCode = QStringLiteral("US");
        q.type = NumberType::Value::Local;
        q.pattern.pattern = QStringLiteral("+1206");
        q.pattern.searchPattern = SearchPattern::Value::Start;
        q.capabilities = {Capability::Value::Sms, Capability::Value::Voice};
        q.size = 10;
        QTest::newRow("search: spec example")
            << Operation([q](NumbersClient &c, QObject *ctx, auto done) {
                   return c.searchAvailableNumbers(q, ctx, report<QList<AvailableNumber>>(done));
               })
            << QByteArray("GET") << ProjectPath + "/availableNumbers"
            << QByteArray("regionCode=US&type=LOCAL&numberPattern.pattern=%2B1206&numberPattern.searchPattern=START&"
                          "capabilities=SMS&capabilities=VOICE&size=10")
            << QByteArray();
    }
    {
        AvailableNumberQuery q;
        q.regionCode = QStringLiteral("SE");
        q.type = NumberType::Value::Mobile;
        q.pattern.searchPattern = SearchPattern::Value::End; // no pattern: searchPattern is not sent
        QTest::newRow("search: minimal, searchPattern only with pattern")
            << Operation([q](NumbersClient &c, QObject *ctx, auto done) {
                   return c.searchAvailableNumbers(q, ctx, report<QList<AvailableNumber>>(done));
               })
            << QByteArray("GET") << ProjectPath + "/availableNumbers" << QByteArray("regionCode=SE&type=MOBILE")
            << QByteArray();
    }
    {
        AvailableNumberQuery q;
        q.regionCode = QStringLiteral("US");
        q.type = NumberType::Value::TollFree;
        q.pattern.pattern = QStringLiteral("55 0/1=2");
        q.pattern.searchPattern = SearchPattern::Value::Contains;
        q.capabilities = {Capability::Value::Voice};
        QTest::newRow("search: reserved characters encoded")
            << Operation([q](NumbersClient &c, QObject *ctx, auto done) {
                   return c.searchAvailableNumbers(q, ctx, report<QList<AvailableNumber>>(done));
               })
            << QByteArray("GET") << ProjectPath + "/availableNumbers"
            << QByteArray("regionCode=US&type=TOLL_FREE&numberPattern.pattern=55%200%2F1%3D2&"
                          "numberPattern.searchPattern=CONTAINS&capabilities=VOICE")
            << QByteArray();
    }
    // 2. check one
    QTest::newRow("get available number") << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
        return c.getAvailableNumber(n, ctx, report<AvailableNumber>(done));
    }) << QByteArray("GET") << ProjectPath + "/availableNumbers/+12065550123"
                                          << QByteArray() << QByteArray();
    // 3. rent
    QTest::newRow("rent: empty body is {}") << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
        return c.rentNumber(n, {}, ctx, report<ActiveNumber>(done));
    }) << QByteArray("POST") << ProjectPath + "/availableNumbers/+12065550123:rent"
                                            << QByteArray() << QByteArray("{}");
    {
        NumberConfiguration cfg;
        cfg.sms = SmsConfigurationRequest{QStringLiteral("9a8b7c6d5e4f40312233445566778899"), std::nullopt};
        cfg.voice =
            VoiceConfigurationRequest{VoiceType::Value::Rtc, QStringLiteral("3e6a9c1d-72b4-4f0e-9d55-6b8a1c2e7f90")};
        cfg.callbackUrl = QStringLiteral("https://hooks.example.com/sinch/numbers");
        QTest::newRow("rent: spec example")
            << Operation([n, cfg](NumbersClient &c, QObject *ctx, auto done) {
                   return c.rentNumber(n, cfg, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("POST") << ProjectPath + "/availableNumbers/+12065550123:rent" << QByteArray()
            << QByteArray(R"({"callbackUrl":"https://hooks.example.com/sinch/numbers",)"
                          R"("smsConfiguration":{"servicePlanId":"9a8b7c6d5e4f40312233445566778899"},)"
                          R"("voiceConfiguration":{"appId":"3e6a9c1d-72b4-4f0e-9d55-6b8a1c2e7f90","type":"RTC"}})");
    }
    {
        NumberConfiguration cfg;
        cfg.voice = VoiceConfigurationRequest{VoiceType::Value::Fax, QStringLiteral("01JP4K7M2Q9W3E5R7T9Y1U3I5O")};
        QTest::newRow("rent: fax voice only")
            << Operation([n, cfg](NumbersClient &c, QObject *ctx, auto done) {
                   return c.rentNumber(n, cfg, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("POST") << ProjectPath + "/availableNumbers/+12065550123:rent" << QByteArray()
            << QByteArray(R"({"voiceConfiguration":{"serviceId":"01JP4K7M2Q9W3E5R7T9Y1U3I5O","type":"FAX"}})");
    }
    // 4. rentAny
    {
        RentAnyRequest r;
        r.regionCode = QStringLiteral("US");
        r.type = NumberType::Value::Local;
        r.pattern.pattern = QStringLiteral("+1206");
        r.pattern.searchPattern = SearchPattern::Value::Start;
        r.capabilities = {Capability::Value::Sms, Capability::Value::Voice};
        r.configuration.sms =
            SmsConfigurationRequest{QStringLiteral("9a8b7c6d5e4f40312233445566778899"), QStringLiteral("CQ7RZ2M")};
        r.configuration.callbackUrl = QStringLiteral("https://hooks.example.com/sinch/numbers");
        QTest::newRow("rentAny: spec example")
            << Operation([r](NumbersClient &c, QObject *ctx, auto done) {
                   return c.rentAnyNumber(r, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("POST") << ProjectPath + "/availableNumbers:rentAny" << QByteArray()
            << QByteArray(
                   R"({"callbackUrl":"https://hooks.example.com/sinch/numbers","capabilities":["SMS","VOICE"],)"
                   R"("numberPattern":{"pattern":"+1206","searchPattern":"START"},"regionCode":"US",)"
                   R"("smsConfiguration":{"campaignId":"CQ7RZ2M","servicePlanId":"9a8b7c6d5e4f40312233445566778899"},)"
                   R"("type":"LOCAL"})");
    }
    {
        RentAnyRequest r;
        r.regionCode = QStringLiteral("US");
        r.type = NumberType::Value::Local;
        QTest::newRow("rentAny: minimal") << Operation([r](NumbersClient &c, QObject *ctx, auto done) {
            return c.rentAnyNumber(r, ctx, report<ActiveNumber>(done));
        }) << QByteArray("POST") << ProjectPath + "/availableNumbers:rentAny"
                                          << QByteArray() << QByteArray(R"({"regionCode":"US","type":"LOCAL"})");
    }
    // 5. list active numbers: §3.5 example with a '+', '/' and '=' token
    {
        ActiveNumberQuery q;
        q.regionCode = QStringLiteral("US");
        q.type = NumberType::Value::Local;
        q.capabilities = {Capability::Value::Sms};
        q.pageSize = 50;
        q.pageToken = QStringLiteral("CgtwaG9u+b/c==");
        q.orderBy = OrderBy::Value::PhoneNumber;
        QTest::newRow("list: spec example")
            << Operation([q](NumbersClient &c, QObject *ctx, auto done) {
                   return c.listActiveNumbers(q, ctx, report<ActiveNumbersPage>(done));
               })
            << QByteArray("GET") << ProjectPath + "/activeNumbers"
            << QByteArray("regionCode=US&type=LOCAL&capability=SMS&pageSize=50&pageToken=CgtwaG9u%2Bb%2Fc%3D%3D&"
                          "orderBy=phoneNumber")
            << QByteArray();
    }
    {
        ActiveNumberQuery q;
        q.type = NumberType::Value::Mobile;
        q.pattern.pattern = QStringLiteral("+120");
        q.pattern.searchPattern = SearchPattern::Value::Start;
        q.capabilities = {Capability::Value::Sms, Capability::Value::Voice};
        q.orderBy = OrderBy::Value::DisplayName;
        QTest::newRow("list: repeated capability, pattern")
            << Operation([q](NumbersClient &c, QObject *ctx, auto done) {
                   return c.listActiveNumbers(q, ctx, report<ActiveNumbersPage>(done));
               })
            << QByteArray("GET") << ProjectPath + "/activeNumbers"
            << QByteArray("type=MOBILE&numberPattern.pattern=%2B120&numberPattern.searchPattern=START&"
                          "capability=SMS&capability=VOICE&orderBy=displayName")
            << QByteArray();
    }
    QTest::newRow("list: no parameters, no '?'") << Operation([](NumbersClient &c, QObject *ctx, auto done) {
        return c.listActiveNumbers({}, ctx, report<ActiveNumbersPage>(done));
    }) << QByteArray("GET") << ProjectPath + "/activeNumbers"
                                                 << QByteArray() << QByteArray();
    // 6. get active number
    QTest::newRow("get active number") << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
        return c.getActiveNumber(n, ctx, report<ActiveNumber>(done));
    }) << QByteArray("GET") << ProjectPath + "/activeNumbers/+12065550123"
                                       << QByteArray() << QByteArray();
    // 7. update
    {
        ActiveNumberUpdate u;
        u.displayName = QStringLiteral("Seattle support line");
        u.configuration.voice =
            VoiceConfigurationRequest{VoiceType::Value::Est, QStringLiteral("b7e1c9d2-4a3f-4e6b-8c0d-1f2a3b4c5d6e")};
        u.configuration.callbackUrl = QStringLiteral("https://hooks.example.com/sinch/numbers");
        QTest::newRow("update: spec example")
            << Operation([n, u](NumbersClient &c, QObject *ctx, auto done) {
                   return c.updateActiveNumber(n, u, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("PATCH") << ProjectPath + "/activeNumbers/+12065550123" << QByteArray()
            << QByteArray(
                   R"({"callbackUrl":"https://hooks.example.com/sinch/numbers","displayName":"Seattle support line",)"
                   R"("voiceConfiguration":{"trunkId":"b7e1c9d2-4a3f-4e6b-8c0d-1f2a3b4c5d6e","type":"EST"}})");
    }
    {
        ActiveNumberUpdate u;
        u.configuration.sms = SmsConfigurationRequest{QString(), QString()};
        QTest::newRow("update: \"\" unlinks sms")
            << Operation([n, u](NumbersClient &c, QObject *ctx, auto done) {
                   return c.updateActiveNumber(n, u, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("PATCH") << ProjectPath + "/activeNumbers/+12065550123" << QByteArray()
            << QByteArray(R"({"smsConfiguration":{"campaignId":"","servicePlanId":""}})");
    }
    {
        ActiveNumberUpdate u;
        u.displayName = QStringLiteral("Zürich — 東京 ☎");
        QTest::newRow("update: unicode display name")
            << Operation([n, u](NumbersClient &c, QObject *ctx, auto done) {
                   return c.updateActiveNumber(n, u, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("PATCH") << ProjectPath + "/activeNumbers/+12065550123" << QByteArray()
            << QStringLiteral(R"({"displayName":"Zürich — 東京 ☎"})").toUtf8();
    }
    {
        ActiveNumberUpdate u;
        u.displayName = QString();
        u.configuration.callbackUrl = QString();
        QTest::newRow("update: \"\" clears display name and callback url")
            << Operation([n, u](NumbersClient &c, QObject *ctx, auto done) {
                   return c.updateActiveNumber(n, u, ctx, report<ActiveNumber>(done));
               })
            << QByteArray("PATCH") << ProjectPath + "/activeNumbers/+12065550123" << QByteArray()
            << QByteArray(R"({"callbackUrl":"","displayName":""})");
    }
    QTest::newRow("update: nothing set sends {}") << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
        return c.updateActiveNumber(n, {}, ctx, report<ActiveNumber>(done));
    }) << QByteArray("PATCH") << ProjectPath + "/activeNumbers/+12065550123"
                                                  << QByteArray() << QByteArray("{}");
    // 8. release
    QTest::newRow("release: no body") << Operation([](NumbersClient &c, QObject *ctx, auto done) {
        return c.releaseNumber(QStringLiteral("+12065550187"), ctx, report<ActiveNumber>(done));
    }) << QByteArray("POST") << ProjectPath + "/activeNumbers/+12065550187:release"
                                      << QByteArray() << QByteArray();
    // 9-12. emergency address
    QTest::newRow("get emergency address") << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
        return c.getEmergencyAddress(n, ctx, report<EmergencyAddress>(done));
    }) << QByteArray("GET") << ProjectPath + "/activeNumbers/+12065550123/emergencyAddress"
                                           << QByteArray() << QByteArray();
    QTest::newRow("provision emergency address")
        << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
               return c.provisionEmergencyAddress(n, seattle(true), ctx, report<EmergencyAddress>(done));
           })
        << QByteArray("POST") << ProjectPath + "/activeNumbers/+12065550123/emergencyAddress:provision" << QByteArray()
        << QByteArray(R"({"address":{"city":"Seattle","location":"Suite 400","postalCode":"98101",)"
                      R"("postalCodePlusFour":"2034","state":"WA","streetInfo":"Pine St","streetNumber":"221"},)"
                      R"("displayName":"Seattle office"})");
    QTest::newRow("deprovision emergency address: no body")
        << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
               return c.deprovisionEmergencyAddress(n, ctx, report<Empty>(done));
           })
        << QByteArray("POST") << ProjectPath + "/activeNumbers/+12065550123/emergencyAddress:deprovision"
        << QByteArray() << QByteArray();
    QTest::newRow("validate emergency address: optional fields left out")
        << Operation([n](NumbersClient &c, QObject *ctx, auto done) {
               return c.validateEmergencyAddress(n, seattle(false), ctx,
                                                 report<ValidateEmergencyAddressResponse>(done));
           })
        << QByteArray("POST") << ProjectPath + "/activeNumbers/+12065550123/emergencyAddress:validate" << QByteArray()
        << QByteArray(R"({"address":{"city":"Seattle","postalCode":"98101","state":"WA","streetInfo":"Pine St",)"
                      R"("streetNumber":"221"},"displayName":"Seattle office"})");
    // 13. regions
    QTest::newRow("regions: spec example") << Operation([](NumbersClient &c, QObject *ctx, auto done) {
        return c.listAvailableRegions({NumberType::Value::Local, NumberType::Value::TollFree}, ctx,
                                      report<QList<AvailableRegion>>(done));
    }) << QByteArray("GET") << ProjectPath + "/availableRegions"
                                           << QByteArray("types=LOCAL&types=TOLL_FREE") << QByteArray();
    QTest::newRow("regions: all") << Operation([](NumbersClient &c, QObject *ctx, auto done) {
        return c.listAvailableRegions({}, ctx, report<QList<AvailableRegion>>(done));
    }) << QByteArray("GET") << ProjectPath + "/availableRegions"
                                  << QByteArray() << QByteArray();
    // 14-15. callback configuration
    QTest::newRow("get callback configuration") << Operation([](NumbersClient &c, QObject *ctx, auto done) {
        return c.getCallbackConfiguration(ctx, report<CallbackConfiguration>(done));
    }) << QByteArray("GET") << ProjectPath + "/callbackConfiguration"
                                                << QByteArray() << QByteArray();
    QTest::newRow("update callback configuration")
        << Operation([](NumbersClient &c, QObject *ctx, auto done) {
               return c.updateCallbackConfiguration(QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s"), ctx,
                                                    report<CallbackConfiguration>(done));
           })
        << QByteArray("PATCH") << ProjectPath + "/callbackConfiguration" << QByteArray()
        << QByteArray(R"({"hmacSecret":"K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s"})");
}

void TestNumbersClientWire::exactRequest()
{
    QFETCH(Operation, op);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);

    const ApiError error = run(op);
    QVERIFY2(!error.isError(), qPrintable(error.fullMessage() + QLatin1Char(' ') + error.detail));
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest r = m_server->requests().constFirst();
    QCOMPARE(r.method, method);
    QCOMPARE(r.rawPath, path);
    QCOMPARE(r.hasQuery, !query.isNull());
    QCOMPARE(r.rawQuery, query.isNull() ? QByteArray() : query);
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QCOMPARE(r.header("Authorization"), BasicHeader);
    const QByteArray ua = r.header("User-Agent");
    QVERIFY2(ua.startsWith("numberdesk/" NUMBERDESK_VERSION " (C++/Qt "), ua.constData());
    QVERIFY2(ua.contains("; QNetworkAccessManager; ") && ua.endsWith(')'), ua.constData());
    QCOMPARE(ua, NumbersClient::userAgent());
    if (body.isNull()) {
        QVERIFY2(!r.hasHeader("Content-Type"), r.header("Content-Type").constData());
        QVERIFY(r.body.isEmpty());
        if (method == "POST") {
            QCOMPARE(r.header("Content-Length"), QByteArray("0"));
        }
    } else {
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Content-Length").toInt(), body.size());
    }
}

void TestNumbersClientWire::invalidNumberNeverSent_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("path traversal") << QStringLiteral("+1/../x");
    QTest::newRow("query injection") << QStringLiteral("+1?a=b");
    QTest::newRow("fragment") << QStringLiteral("+1#");
    QTest::newRow("encoded slash") << QStringLiteral("+1%2F2");
    QTest::newRow("spaces") << QStringLiteral("+1 206 555 0123");
    QTest::newRow("no plus") << QStringLiteral("12065550123");
    QTest::newRow("empty") << QString();
    QTest::newRow("too long") << QStringLiteral("+1234567890123456");
}

void TestNumbersClientWire::invalidNumberNeverSent()
{
    QFETCH(QString, number);
    bool synchronous = true;
    bool done = false;
    ApiError error;
    m_client->getActiveNumber(number, this, [&](const Result<ActiveNumber> &r) {
        QVERIFY(!synchronous); // the callback never runs inside the call
        error = r.error();
        done = true;
    });
    synchronous = false;
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QVERIFY(!error.userMessage.isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestNumbersClientWire::unresponsiveServerTimesOut()
{
    ConnectionSettings s = settings();
    s.transferTimeoutMs = 300;
    m_client->setConnection(s);
    CannedResponse never = CannedResponse::json(200, "{}");
    never.delayMs = 60000;
    m_server->setDefaultResponse(never);
    const ApiError error = run([](NumbersClient &c, QObject *ctx, auto done) {
        return c.getCallbackConfiguration(ctx, report<CallbackConfiguration>(done));
    });
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY(error.isAmbiguous());
    QVERIFY(!error.userMessage.isEmpty());
}

void TestNumbersClientWire::closedConnectionIsAmbiguous()
{
    CannedResponse close;
    close.closeWithoutResponse = true;
    m_server->setDefaultResponse(close);
    const ApiError error = run([](NumbersClient &c, QObject *ctx, auto done) {
        return c.rentNumber(QStringLiteral("+12065550123"), {}, ctx, report<ActiveNumber>(done));
    });
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(error.isAmbiguous());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1); // Qt's silent re-send of the rent is refused (ContentReSendError)
}

void TestNumbersClientWire::httpErrorIsReported()
{
    m_server->enqueueJson(404, R"({"error":{"code":404,"message":"Number +12065550999 not found","status":"NOT_FOUND",)"
                               R"("details":[{"type":"ResourceInfo","resourceType":"ActiveNumber",)"
                               R"("resourceName":"+12065550999","owner":"","description":""}]}})");
    const ApiError error = run([](NumbersClient &c, QObject *ctx, auto done) {
        return c.getActiveNumber(QStringLiteral("+12065550999"), ctx, report<ActiveNumber>(done));
    });
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(error.isNotFound());
    QCOMPARE(error.apiStatus, QStringLiteral("NOT_FOUND"));
    QVERIFY(error.userMessage.contains(QStringLiteral("+12065550999")));
    QVERIFY(!error.isAmbiguous());
}

void TestNumbersClientWire::cancelReportsCancelled()
{
    CannedResponse slow = CannedResponse::json(200, R"({"phoneNumber":"+12065550123"})");
    slow.delayMs = 5000;
    m_server->setDefaultResponse(slow);
    bool done = false;
    ApiError error;
    QPointer<PendingCall> call =
        m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &r) {
            error = r.error();
            done = true;
        });
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(call);
    call->cancel();
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(call.isNull()); // deletes itself
}

void TestNumbersClientWire::destroyedContextSkipsCallback()
{
    int calls = 0;
    auto context = std::make_unique<QObject>();
    QPointer<PendingCall> call = m_client->getActiveNumber(QStringLiteral("+12065550123"), context.get(),
                                                           [&](const Result<ActiveNumber> &) { ++calls; });
    context.reset();
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTRY_VERIFY(call.isNull());
    QCOMPARE(calls, 0);
}

void TestNumbersClientWire::oversizedAnswerIsRefused()
{
    m_client->setMaxResponseSize(1024);
    m_server->enqueueJson(200, "{\"phoneNumber\":\"+12065550123\",\"pad\":\"" + QByteArray(64 * 1024, 'x') + "\"}");
    const ApiError error = run([](NumbersClient &c, QObject *ctx, auto done) {
        return c.getActiveNumber(QStringLiteral("+12065550123"), ctx, report<ActiveNumber>(done));
    });
    QVERIFY(error.isError());
    QCOMPARE(error.kind, ApiError::Kind::Parse);
}

void TestNumbersClientWire::destroyingClientWithCallsInFlightIsSafe()
{
    CannedResponse slow = CannedResponse::json(200, R"({"phoneNumber":"+12065550123"})");
    slow.delayMs = 300;
    m_server->setDefaultResponse(slow);
    int calls = 0;
    m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &) { ++calls; });
    ConnectionSettings oauth = settings();
    oauth.authMethod = AuthMethod::OAuth2; // this one waits for a (slow) token
    m_client->setConnection(oauth);
    m_client->getActiveNumber(QStringLiteral("+12065550123"), this, [&](const Result<ActiveNumber> &) { ++calls; });
    QTRY_COMPARE(m_server->requestCount(), 2);
    m_client.reset();
    QTest::qWait(500); // the delayed answers arrive at sockets nobody reads any more
    QCOMPARE(calls, 0); // no callback runs once the client is gone
}

QTEST_GUILESS_MAIN(TestNumbersClientWire)
#include "tst_numbersclientwire.moc"
