// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include <QTest>
#include <QUrl>

using namespace nd;

namespace {
const QString Pid = QStringLiteral("PID");
}

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodesOnlyUnreserved_data();
    void percentEncodesOnlyUnreserved();
    void specExampleQueries();
    void availableNumbersQuery_data();
    void availableNumbersQuery();
    void activeNumbersQuery_data();
    void activeNumbersQuery();
    void qurlKeepsEncodedQueryAndLiteralPath();
    void paths_data();
    void paths();
    void resendIsDeclaredPerOperation_data();
    void resendIsDeclaredPerOperation();
    void invalidInputsAreRefused_data();
    void invalidInputsAreRefused();
    void bodies_data();
    void bodies();
    void bodylessOperationsHaveNoBody();
    void tokenRequestBytes();
};

void TestRequestBuilder::percentEncodesOnlyUnreserved_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plus") << QStringLiteral("+1206") << QByteArray("%2B1206");
    QTest::newRow("token") << QStringLiteral("CgtwaG9u+b/c==") << QByteArray("CgtwaG9u%2Bb%2Fc%3D%3D");
    QTest::newRow("python fixture token") << QStringLiteral("CgtwaG9uoLnNDQzajQSDCsxMzE1OTA0MzM1OQ==")
                                          << QByteArray("CgtwaG9uoLnNDQzajQSDCsxMzE1OTA0MzM1OQ%3D%3D");
    QTest::newRow("unreserved") << QStringLiteral("Az09-._~") << QByteArray("Az09-._~");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("delimiters") << QStringLiteral("&?#:;,@!$'()*[]%")
                                << QByteArray("%26%3F%23%3A%3B%2C%40%21%24%27%28%29%2A%5B%5D%25");
    QTest::newRow("utf-8") << QStringLiteral("é東") << QByteArray("%C3%A9%E6%9D%B1");
}

void TestRequestBuilder::percentEncodesOnlyUnreserved()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(wire::percentEncode(value), encoded);
}

void TestRequestBuilder::specExampleQueries()
{
    // §3.5 "Recommended Qt output", byte for byte.
    AvailableNumberQuery a;
    a.regionCode = QStringLiteral("US");
    a.type = NumberType::Value::Local;
    a.pattern = {QStringLiteral("+1206"), SearchPattern::Value::Start};
    a.capabilities = {Capability::Value::Sms, Capability::Value::Voice};
    a.size = 10;
    auto r1 = wire::searchAvailableNumbers(Pid, a);
    QVERIFY(r1.ok());
    QCOMPARE(r1.value().target(),
             QByteArray("/v1/projects/PID/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=%2B1206&"
                        "numberPattern.searchPattern=START&capabilities=SMS&capabilities=VOICE&size=10"));

    auto r2 = wire::listAvailableRegions(Pid, {NumberType::Value::Local, NumberType::Value::TollFree});
    QVERIFY(r2.ok());
    QCOMPARE(r2.value().target(), QByteArray("/v1/projects/PID/availableRegions?types=LOCAL&types=TOLL_FREE"));

    ActiveNumberQuery q;
    q.regionCode = QStringLiteral("US");
    q.type = NumberType::Value::Local;
    q.capabilities = {Capability::Value::Sms};
    q.pageSize = 50;
    q.pageToken = QStringLiteral("CgtwaG9u+b/c==");
    q.orderBy = OrderBy::Value::PhoneNumber;
    auto r3 = wire::listActiveNumbers(Pid, q);
    QVERIFY(r3.ok());
    QCOMPARE(r3.value().target(),
             QByteArray("/v1/projects/PID/activeNumbers?regionCode=US&type=LOCAL&capability=SMS&pageSize=50&"
                        "pageToken=CgtwaG9u%2Bb%2Fc%3D%3D&orderBy=phoneNumber"));
    QCOMPARE(r3.value().method, QByteArray("GET"));
    QVERIFY(!r3.value().body.has_value());
}

void TestRequestBuilder::availableNumbersQuery_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("searchPattern");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<int>("size"); // -1: unset
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("required only") << QString() << QString() << QStringList() << -1
                                   << QByteArray("regionCode=US&type=LOCAL");
    QTest::newRow("searchPattern without pattern is dropped")
        << QString() << QStringLiteral("START") << QStringList() << -1 << QByteArray("regionCode=US&type=LOCAL");
    QTest::newRow("pattern without searchPattern") << QStringLiteral("555") << QString() << QStringList() << -1
                                                   << QByteArray("regionCode=US&type=LOCAL&numberPattern.pattern=555");
    QTest::newRow("one capability") << QString() << QString() << QStringList{QStringLiteral("SMS")} << 5
                                    << QByteArray("regionCode=US&type=LOCAL&capabilities=SMS&size=5");
    QTest::newRow("unknown capability kept") << QString() << QString() << QStringList{QStringLiteral("MMS")} << -1
                                             << QByteArray("regionCode=US&type=LOCAL&capabilities=MMS");
    QTest::newRow("size zero is sent") << QString() << QString() << QStringList() << 0
                                       << QByteArray("regionCode=US&type=LOCAL&size=0");
}

void TestRequestBuilder::availableNumbersQuery()
{
    QFETCH(QString, pattern);
    QFETCH(QString, searchPattern);
    QFETCH(QStringList, capabilities);
    QFETCH(int, size);
    QFETCH(QByteArray, query);
    AvailableNumberQuery q;
    q.regionCode = QStringLiteral("US");
    q.type = NumberType::Value::Local;
    q.pattern.pattern = pattern;
    q.pattern.searchPattern = SearchPattern::fromWire(searchPattern);
    for (const QString &c : std::as_const(capabilities)) {
        q.capabilities.append(Capability::fromWire(c));
    }
    if (size >= 0) {
        q.size = size;
    }
    QCOMPARE(wire::availableNumbersQuery(q), query);
}

void TestRequestBuilder::activeNumbersQuery_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("pageToken");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("nothing") << QString() << QString() << QStringList() << QByteArray();
    QTest::newRow("type only") << QStringLiteral("TOLL_FREE") << QString() << QStringList()
                               << QByteArray("type=TOLL_FREE");
    QTest::newRow("repeated capability, never comma-joined")
        << QString() << QString() << QStringList{QStringLiteral("SMS"), QStringLiteral("VOICE")}
        << QByteArray("capability=SMS&capability=VOICE");
    QTest::newRow("opaque token") << QStringLiteral("MOBILE") << QStringLiteral("a b+c/d=e&f") << QStringList()
                                  << QByteArray("type=MOBILE&pageToken=a%20b%2Bc%2Fd%3De%26f");
}

void TestRequestBuilder::activeNumbersQuery()
{
    QFETCH(QString, type);
    QFETCH(QString, pageToken);
    QFETCH(QStringList, capabilities);
    QFETCH(QByteArray, query);
    ActiveNumberQuery q;
    q.type = NumberType::fromWire(type);
    q.pageToken = pageToken;
    for (const QString &c : std::as_const(capabilities)) {
        q.capabilities.append(Capability::fromWire(c));
    }
    QCOMPARE(wire::activeNumbersQuery(q), query);
    const auto r = wire::listActiveNumbers(Pid, q);
    QVERIFY(r.ok());
    QCOMPARE(r.value().target(), query.isEmpty() ? QByteArray("/v1/projects/PID/activeNumbers")
                                                 : "/v1/projects/PID/activeNumbers?" + query);
}

void TestRequestBuilder::qurlKeepsEncodedQueryAndLiteralPath()
{
    // The client hands these bytes to QUrl in StrictMode; QUrl must give back exactly the same bytes.
    const QByteArray target = "/v1/projects/PID/availableNumbers/+12065550123:rent?numberPattern.pattern=%2B1206&"
                              "pageToken=CgtwaG9u%2Bb%2Fc%3D%3D&x=%20%C3%A9";
    const QUrl url = QUrl::fromEncoded("https://numbers.api.sinch.com" + target, QUrl::StrictMode);
    QVERIFY(url.isValid());
    QCOMPARE(url.toEncoded(), "https://numbers.api.sinch.com" + target);
}

void TestRequestBuilder::paths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::addColumn<QByteArray>("expected");
    const QString n = QStringLiteral("+12065550123");
    auto row = [](const char *name, const Result<wire::WireRequest> &r, const char *method, const char *path) {
        QTest::newRow(name) << (r.ok() ? r.value().method : QByteArray("ERR"))
                            << (r.ok() ? r.value().target() : QByteArray()) << QByteArray(method) << QByteArray(path);
    };
    row("getAvailableNumber", wire::getAvailableNumber(Pid, n), "GET",
        "/v1/projects/PID/availableNumbers/+12065550123");
    row("rent", wire::rentNumber(Pid, n, {}), "POST", "/v1/projects/PID/availableNumbers/+12065550123:rent");
    RentAnyRequest any;
    any.regionCode = QStringLiteral("US");
    any.type = NumberType::Value::Local;
    row("rentAny", wire::rentAnyNumber(Pid, any), "POST", "/v1/projects/PID/availableNumbers:rentAny");
    row("getActiveNumber", wire::getActiveNumber(Pid, n), "GET", "/v1/projects/PID/activeNumbers/+12065550123");
    row("update", wire::updateActiveNumber(Pid, n, {}), "PATCH", "/v1/projects/PID/activeNumbers/+12065550123");
    row("release", wire::releaseNumber(Pid, n), "POST", "/v1/projects/PID/activeNumbers/+12065550123:release");
    row("getEmergency", wire::getEmergencyAddress(Pid, n), "GET",
        "/v1/projects/PID/activeNumbers/+12065550123/emergencyAddress");
    row("deprovision", wire::deprovisionEmergencyAddress(Pid, n), "POST",
        "/v1/projects/PID/activeNumbers/+12065550123/emergencyAddress:deprovision");
    row("regions", wire::listAvailableRegions(Pid, {}), "GET", "/v1/projects/PID/availableRegions");
    row("getCallback", wire::getCallbackConfiguration(Pid), "GET", "/v1/projects/PID/callbackConfiguration");
    row("updateCallback", wire::updateCallbackConfiguration(Pid, QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s")),
        "PATCH", "/v1/projects/PID/callbackConfiguration");
}

void TestRequestBuilder::paths()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expectedMethod);
    QFETCH(QByteArray, expected);
    QCOMPARE(method, expectedMethod);
    QCOMPARE(target, expected);
}

void TestRequestBuilder::resendIsDeclaredPerOperation_data()
{
    // §3.11 / §8: reads and :validate may be re-sent; every billable or destructive request never is.
    QTest::addColumn<bool>("built");
    QTest::addColumn<wire::Resend>("resend");
    QTest::addColumn<wire::Resend>("expected");
    const QString n = QStringLiteral("+12065550123");
    auto row = [](const char *name, const Result<wire::WireRequest> &r, wire::Resend expected) {
        QTest::newRow(name) << r.ok() << (r.ok() ? r.value().resend : wire::Resend::Allowed) << expected;
    };
    AvailableNumberQuery search;
    search.regionCode = QStringLiteral("US");
    search.type = NumberType::Value::Local;
    RentAnyRequest any;
    any.regionCode = QStringLiteral("US");
    any.type = NumberType::Value::Local;
    EmergencyAddressRequest address;
    address.displayName = QStringLiteral("Seattle office");
    address.streetNumber = QStringLiteral("221");
    address.streetInfo = QStringLiteral("Pine St");
    address.city = QStringLiteral("Seattle");
    address.state = QStringLiteral("WA");
    address.postalCode = QStringLiteral("98101");
    using wire::Resend;
    row("search", wire::searchAvailableNumbers(Pid, search), Resend::Allowed);
    row("getAvailableNumber", wire::getAvailableNumber(Pid, n), Resend::Allowed);
    row("rent", wire::rentNumber(Pid, n, {}), Resend::Never);
    row("rentAny", wire::rentAnyNumber(Pid, any), Resend::Never);
    row("list", wire::listActiveNumbers(Pid, {}), Resend::Allowed);
    row("getActiveNumber", wire::getActiveNumber(Pid, n), Resend::Allowed);
    row("update", wire::updateActiveNumber(Pid, n, {}), Resend::Never);
    row("release", wire::releaseNumber(Pid, n), Resend::Never);
    row("getEmergency", wire::getEmergencyAddress(Pid, n), Resend::Allowed);
    row("provision", wire::provisionEmergencyAddress(Pid, n, address), Resend::Never);
    row("deprovision", wire::deprovisionEmergencyAddress(Pid, n), Resend::Never);
    row("validate", wire::validateEmergencyAddress(Pid, n, address), Resend::Allowed);
    row("regions", wire::listAvailableRegions(Pid, {}), Resend::Allowed);
    row("getCallback", wire::getCallbackConfiguration(Pid), Resend::Allowed);
    row("updateCallback", wire::updateCallbackConfiguration(Pid, QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s")),
        Resend::Never);
    row("token", wire::tokenRequest(), Resend::Allowed);
}

void TestRequestBuilder::resendIsDeclaredPerOperation()
{
    QFETCH(bool, built);
    QFETCH(wire::Resend, resend);
    QFETCH(wire::Resend, expected);
    QVERIFY(built);
    QCOMPARE(resend, expected);
    QCOMPARE(wire::WireRequest{}.resend, wire::Resend::Never); // a request nobody declared is never re-sent
}

void TestRequestBuilder::invalidInputsAreRefused_data()
{
    QTest::addColumn<bool>("ok");
    auto row = [](const char *name, const Result<wire::WireRequest> &r) {
        QTest::newRow(name) << (r.ok() || r.error().kind != ApiError::Kind::Validation);
    };
    row("number with slash", wire::getActiveNumber(Pid, QStringLiteral("+1/../x")));
    row("number with query", wire::releaseNumber(Pid, QStringLiteral("+1?a")));
    row("number with fragment", wire::rentNumber(Pid, QStringLiteral("+1#"), {}));
    row("number with colon", wire::getAvailableNumber(Pid, QStringLiteral("+1:rent")));
    row("project with slash", wire::getCallbackConfiguration(QStringLiteral("p/../q")));
    row("empty project", wire::listActiveNumbers(QString(), {}));
    row("search without region", wire::searchAvailableNumbers(Pid, AvailableNumberQuery{}));
    row("rentAny without type", wire::rentAnyNumber(Pid, RentAnyRequest{QStringLiteral("US"), {}, {}, {}, {}}));
    row("short hmac secret", wire::updateCallbackConfiguration(Pid, QStringLiteral("short")));
    row("hmac secret with $",
        wire::updateCallbackConfiguration(Pid, QStringLiteral("0default-pass-word-*max-36characters")));
    EmergencyAddressRequest incomplete;
    incomplete.displayName = QStringLiteral("x");
    row("emergency without street", wire::provisionEmergencyAddress(Pid, QStringLiteral("+12065550123"), incomplete));
    NumberConfiguration badVoice;
    badVoice.voice = VoiceConfigurationRequest{VoiceType::fromWire(QStringLiteral("SIP")), QStringLiteral("x")};
    row("unknown voice type", wire::rentNumber(Pid, QStringLiteral("+12065550123"), badVoice));
}

void TestRequestBuilder::invalidInputsAreRefused()
{
    QFETCH(bool, ok);
    QVERIFY(!ok);
}

void TestRequestBuilder::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("rent: nothing") << wire::numberConfigurationBody({}) << QByteArray("{}");
    NumberConfiguration sms;
    sms.sms = SmsConfigurationRequest{QStringLiteral("plan"), std::nullopt};
    QTest::newRow("rent: sms without campaign")
        << wire::numberConfigurationBody(sms) << QByteArray(R"({"smsConfiguration":{"servicePlanId":"plan"}})");
    NumberConfiguration voiceDefault;
    voiceDefault.voice = VoiceConfigurationRequest{VoiceType(), QStringLiteral("app")};
    QTest::newRow("voice: unset type is sent as RTC")
        << wire::numberConfigurationBody(voiceDefault)
        << QByteArray(R"({"voiceConfiguration":{"appId":"app","type":"RTC"}})");
    NumberConfiguration voiceUnlink;
    voiceUnlink.voice = VoiceConfigurationRequest{VoiceType::Value::Est, QString()};
    QTest::newRow("voice: \"\" unlinks") << wire::numberConfigurationBody(voiceUnlink)
                                         << QByteArray(R"({"voiceConfiguration":{"trunkId":"","type":"EST"}})");
    RentAnyRequest any;
    any.regionCode = QStringLiteral("US");
    any.type = NumberType::Value::Local;
    any.pattern.pattern = QStringLiteral("206");
    QTest::newRow("rentAny: pattern without searchPattern")
        << wire::rentAnyBody(any)
        << QByteArray(R"({"numberPattern":{"pattern":"206"},"regionCode":"US","type":"LOCAL"})");
    ActiveNumberUpdate u;
    u.configuration.sms = SmsConfigurationRequest{QStringLiteral("plan"), QString()};
    QTest::newRow("update: unlink campaign only")
        << wire::updateBody(u) << QByteArray(R"({"smsConfiguration":{"campaignId":"","servicePlanId":"plan"}})");
    ActiveNumberUpdate quoted;
    quoted.displayName = QStringLiteral("say \"hi\"\n\\");
    QTest::newRow("update: escaping") << wire::updateBody(quoted) << QByteArray(R"({"displayName":"say \"hi\"\n\\"})");
    QTest::newRow("callback secret") << wire::callbackConfigurationBody(QStringLiteral("abc"))
                                     << QByteArray(R"({"hmacSecret":"abc"})");
}

void TestRequestBuilder::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(body, expected);
}

void TestRequestBuilder::bodylessOperationsHaveNoBody()
{
    const QString n = QStringLiteral("+12065550123");
    for (const auto &r : {wire::releaseNumber(Pid, n), wire::deprovisionEmergencyAddress(Pid, n),
                          wire::getActiveNumber(Pid, n), wire::getCallbackConfiguration(Pid)}) {
        QVERIFY(r.ok());
        QVERIFY(!r.value().body.has_value());
        QVERIFY(r.value().contentType.isEmpty());
    }
    const auto rent = wire::rentNumber(Pid, n, {});
    QVERIFY(rent.ok());
    QCOMPARE(rent.value().body.value_or(QByteArray("none")), QByteArray("{}"));
    QCOMPARE(rent.value().contentType, QByteArray("application/json"));
}

void TestRequestBuilder::tokenRequestBytes()
{
    const wire::WireRequest t = wire::tokenRequest();
    QCOMPARE(t.method, QByteArray("POST"));
    QCOMPARE(t.path, QByteArray("/oauth2/token"));
    QCOMPARE(t.body.value_or(QByteArray()), QByteArray("grant_type=client_credentials"));
    QCOMPARE(t.body->size(), 29);
    QCOMPARE(t.contentType, QByteArray("application/x-www-form-urlencoded"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
