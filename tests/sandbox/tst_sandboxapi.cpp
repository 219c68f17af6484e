// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of the sandbox over raw HTTP (docs/api.md). The server runs in-process; the state is
// inspected only to set up scenarios and to check what a response claimed.
#include "rawhttp.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace nd::sandbox;
using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

namespace {
QByteArray p(const QByteArray &rest)
{
    return "/v1/projects/sandbox-project" + rest;
}

QStringList phoneNumbers(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(QLatin1String("phoneNumber")).toString());
    return out;
}

QString violationFields(const RawResponse &r)
{
    QStringList fields;
    const QJsonArray details =
        r.json().value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : details) {
        for (const QJsonValue &v : d.toObject().value(QLatin1String("fieldViolations")).toArray())
            fields.append(v.toObject().value(QLatin1String("field")).toString());
    }
    return fields.join(QLatin1Char(','));
}

QJsonObject sms(const QJsonObject &number)
{
    return number.value(QLatin1String("smsConfiguration")).toObject();
}

QJsonObject voice(const QJsonObject &number)
{
    return number.value(QLatin1String("voiceConfiguration")).toObject();
}
} // namespace

class SandboxApiTest : public QObject
{
    Q_OBJECT

private:
    void startServer(SandboxOptions options = SandboxOptions())
    {
        m_server = std::make_unique<SandboxServer>();
        const auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_http = std::make_unique<RawHttp>(m_server->baseUrl(), RawHttp::basic(options.keyId, options.keySecret));
    }

    // The first available number of a region/type, found through the API.
    QString firstAvailable(const QByteArray &region, const QByteArray &type, const QByteArray &extra = {})
    {
        const RawResponse r = m_http->get(p("/availableNumbers?regionCode=" + region + "&type=" + type + extra));
        const QStringList numbers = phoneNumbers(r.array("availableNumbers"));
        return numbers.value(0);
    }

    // An active US LOCAL number with VOICE, rented through the API.
    QString rentUsLocal()
    {
        const QString n = firstAvailable("US", "LOCAL", "&capabilities=VOICE");
        const RawResponse r = m_http->post(p("/availableNumbers/" + n.toLatin1() + ":rent"), "{}");
        return r.status == 200 ? n : QString();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawHttp> m_http;

private Q_SLOTS:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void rejectsMissingAndWrongCredentials()
    {
        startServer();
        RawHttp anonymous(m_server->baseUrl());
        RawResponse r = anonymous.get(p("/availableRegions"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorStatus(), QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(!r.header("WWW-Authenticate").contains("expired"));

        RawHttp wrongBasic(m_server->baseUrl(), RawHttp::basic(QStringLiteral("sandbox-key"), QStringLiteral("nope")));
        QCOMPARE(wrongBasic.get(p("/availableRegions")).status, 401);

        RawHttp wrongBearer(m_server->baseUrl(), "Bearer abc.def.ghi");
        r = wrongBearer.get(p("/availableRegions"));
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("WWW-Authenticate").contains("expired"));

        QCOMPARE(m_http->get(p("/availableRegions")).status, 200);
    }

    void issuesTokensThatExpire()
    {
        SandboxOptions options;
        options.tokenLifetimeSeconds = 60;
        startServer(options);
        RawHttp tokenClient(m_server->baseUrl(), RawHttp::basic(options.keyId, options.keySecret));
        RawResponse r = tokenClient.send("POST", "/oauth2/token", "grant_type=client_credentials",
                                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 200);
        const QJsonObject token = r.json();
        QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 60);
        QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(token.value(QLatin1String("scope")).toString(), QString());
        const QByteArray jwt = token.value(QLatin1String("access_token")).toString().toLatin1();
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(payload.value(QLatin1String("exp")).toInteger() - payload.value(QLatin1String("iat")).toInteger(), 60);
        QCOMPARE(payload.value(QLatin1String("sub")).toString(), options.keyId);
        QVERIFY(!payload.value(QLatin1String("jti")).toString().isEmpty());

        RawHttp bearer(m_server->baseUrl(), "Bearer " + jwt);
        QCOMPARE(bearer.get(p("/callbackConfiguration")).status, 200);

        m_server->state()->advanceClock(61 * 1000);
        r = bearer.get(p("/callbackConfiguration"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("error_description=\"expired\""));

        // A tampered token is invalid, not expired.
        RawHttp tampered(m_server->baseUrl(), "Bearer " + jwt.left(jwt.size() - 2) + "xx");
        r = tampered.get(p("/callbackConfiguration"));
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("WWW-Authenticate").contains("expired"));

        RawHttp wrong(m_server->baseUrl(), RawHttp::basic(options.keyId, QStringLiteral("wrong")));
        QCOMPARE(wrong.send("POST", "/oauth2/token", "grant_type=client_credentials").status, 401);
        QCOMPARE(tokenClient.send("POST", "/oauth2/token", "grant_type=password").status, 400);
        QCOMPARE(tokenClient.get("/oauth2/token").status, 405);
    }

    void answersWrongProjectWith404()
    {
        startServer();
        const RawResponse r = m_http->get("/v1/projects/other/callbackConfiguration");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorStatus(), QStringLiteral("NOT_FOUND"));
        QVERIFY(r.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Could not find project with ID: other")));
        QCOMPARE(m_http->get("/v1/projects/other/activeNumbers").status, 404);
        QCOMPARE(m_http->get(p("/nothingHere")).status, 404);
        const RawResponse wrongMethod = m_http->send("DELETE", p("/callbackConfiguration"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, PATCH"));
    }

    void searchValidatesParameters()
    {
        startServer();
        RawResponse r = m_http->get(p("/availableNumbers"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(violationFields(r), QStringLiteral("regionCode,type"));
        r = m_http->get(p("/availableNumbers?regionCode=US&type=LANDLINE"));
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("type"));
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=USA&type=LOCAL")).status, 400);
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&capabilities=FAX")).status, 400);
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&size=-1")).status, 400);
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=12a")).status, 400);
        QCOMPARE(m_http
                     ->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.searchPattern=CONTAIN&"
                             "numberPattern.pattern=12"))
                     .status,
                 400);
        // Unknown parameters are ignored.
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&foo=bar")).status, 200);
        // A region we do not serve, or a type it does not offer: an empty list.
        r = m_http->get(p("/availableNumbers?regionCode=ZZ&type=LOCAL"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.array("availableNumbers").isEmpty());
        QVERIFY(m_http->get(p("/availableNumbers?regionCode=US&type=MOBILE")).array("availableNumbers").isEmpty());
    }

    void searchReturnsRealisticNumbers()
    {
        startServer();
        RawResponse r = m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.array("availableNumbers");
        QCOMPARE(items.size(), 10); // default size
        static const QRegularExpression nanp(QStringLiteral("^\\+1[2-9][0-9]{2}[2-9][0-9]{6}$"));
        QStringList numbers = phoneNumbers(items);
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QVERIFY2(nanp.match(o.value(QLatin1String("phoneNumber")).toString()).hasMatch(),
                     qPrintable(o.value(QLatin1String("phoneNumber")).toString()));
            QCOMPARE(o.value(QLatin1String("regionCode")).toString(), QStringLiteral("US"));
            QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("LOCAL"));
            QCOMPARE(o.value(QLatin1String("monthlyPrice")).toObject().value(QLatin1String("currencyCode")).toString(),
                     QStringLiteral("USD"));
            QVERIFY(o.value(QLatin1String("monthlyPrice")).toObject().value(QLatin1String("amount")).isString());
            QCOMPARE(o.value(QLatin1String("paymentIntervalMonths")).toInt(), 1);
        }
        // Deterministic for a seed.
        QCOMPARE(phoneNumbers(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL")).array("availableNumbers")),
                 numbers);

        r = m_http->get(p("/availableNumbers?regionCode=US&type=TOLL_FREE&size=500"));
        QCOMPARE(r.array("availableNumbers").size(), 100); // clamped to the maximum
        for (const QString &n : phoneNumbers(r.array("availableNumbers")))
            QVERIFY(n.startsWith(QLatin1String("+18")));

        r = m_http->get(p("/availableNumbers?regionCode=DE&type=LOCAL&size=3"));
        QCOMPARE(r.array("availableNumbers").size(), 3);
        const QJsonObject de = r.array("availableNumbers").first().toObject();
        QVERIFY(de.value(QLatin1String("supportingDocumentationRequired")).toBool());
        QCOMPARE(de.value(QLatin1String("setupPrice")).toObject().value(QLatin1String("currencyCode")).toString(),
                 QStringLiteral("EUR"));

        for (const QString &n :
             phoneNumbers(m_http->get(p("/availableNumbers?regionCode=GB&type=MOBILE")).array("availableNumbers")))
            QVERIFY(n.startsWith(QLatin1String("+447")) && n.size() == 13);
        for (const QString &n :
             phoneNumbers(m_http->get(p("/availableNumbers?regionCode=SE&type=MOBILE")).array("availableNumbers")))
            QVERIFY(n.startsWith(QLatin1String("+467")) && n.size() == 12);
    }

    void searchPatternsAndCapabilities()
    {
        startServer();
        const QStringList encoded =
            phoneNumbers(m_http
                             ->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=%2B1206&"
                                     "numberPattern.searchPattern=START&size=20"))
                             .array("availableNumbers"));
        QCOMPARE(encoded.size(), 20);
        for (const QString &n : encoded)
            QVERIFY(n.startsWith(QLatin1String("+1206")));
        // Node's raw '+' and Java's %2E in the name reach the same search.
        QCOMPARE(phoneNumbers(m_http
                                  ->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=+1206&"
                                          "numberPattern.searchPattern=START&size=20"))
                                  .array("availableNumbers")),
                 encoded);
        QCOMPARE(phoneNumbers(m_http
                                  ->get(p("/availableNumbers?numberPattern%2Epattern=%2B1206&numberPattern%2E"
                                          "searchPattern=START&regionCode=US&type=LOCAL&size=20"))
                                  .array("availableNumbers")),
                 encoded);
        // START without '+' also matches the national number.
        for (const QString &n : phoneNumbers(m_http
                                                 ->get(p("/availableNumbers?regionCode=GB&type=LOCAL&"
                                                         "numberPattern.pattern=161"))
                                                 .array("availableNumbers")))
            QVERIFY(n.startsWith(QLatin1String("+44161")));
        const QStringList ends = phoneNumbers(m_http
                                                  ->get(p("/availableNumbers?regionCode=SE&type=MOBILE&"
                                                          "numberPattern.pattern=4242&numberPattern.searchPattern=END"))
                                                  .array("availableNumbers"));
        QCOMPARE(ends.size(), 10);
        for (const QString &n : ends)
            QVERIFY(n.endsWith(QLatin1String("4242")));
        const QStringList contains =
            phoneNumbers(m_http
                             ->get(p("/availableNumbers?regionCode=US&type=LOCAL&"
                                     "numberPattern.pattern=5555&numberPattern.searchPattern=CONTAINS"))
                             .array("availableNumbers"));
        QCOMPARE(contains.size(), 10);
        for (const QString &n : contains)
            QVERIFY(n.mid(1).contains(QLatin1String("5555")));

        // Alaska (+1907) is voice-only in the catalogue: an SMS filter excludes it, repeated or comma-joined.
        QVERIFY(!m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=%2B1907"))
                     .array("availableNumbers")
                     .isEmpty());
        QVERIFY(m_http
                    ->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=%2B1907&capabilities=SMS&"
                            "capabilities=VOICE"))
                    .array("availableNumbers")
                    .isEmpty());
        QVERIFY(m_http
                    ->get(p("/availableNumbers?regionCode=US&type=LOCAL&numberPattern.pattern=%2B1907&"
                            "capabilities=SMS,VOICE"))
                    .array("availableNumbers")
                    .isEmpty());
    }

    void listsRegions()
    {
        startServer();
        RawResponse r = m_http->get(p("/availableRegions"));
        QCOMPARE(r.status, 200);
        const QJsonArray all = r.array("availableRegions");
        QVERIFY(all.size() >= 15);
        for (const QJsonValue &v : all) {
            QVERIFY(!v.toObject().value(QLatin1String("regionName")).toString().isEmpty());
            QVERIFY(!v.toObject().value(QLatin1String("types")).toArray().isEmpty());
        }
        const int tollFree = m_http->get(p("/availableRegions?types=TOLL_FREE")).array("availableRegions").size();
        QVERIFY(tollFree < all.size());
        const QJsonArray any =
            m_http->get(p("/availableRegions?types=TOLL_FREE&types=MOBILE")).array("availableRegions");
        QCOMPARE(m_http->get(p("/availableRegions?types=TOLL_FREE,MOBILE")).array("availableRegions"), any);
        for (const QJsonValue &v : any) {
            const QJsonArray types = v.toObject().value(QLatin1String("types")).toArray();
            QVERIFY(types.contains(QStringLiteral("TOLL_FREE")) || types.contains(QStringLiteral("MOBILE")));
        }
        QCOMPARE(m_http->get(p("/availableRegions?types=LANDLINE")).status, 400);
    }

    void rentsAndProvisionsOverTime()
    {
        SandboxOptions options;
        options.provisioningStepMs = 60;
        startServer(options);
        const QString n = firstAvailable("US", "LOCAL");
        const QByteArray path = n.toLatin1();
        QCOMPARE(m_http->get(p("/availableNumbers/" + path)).status, 200);
        // %2B in the path reaches the same number.
        QCOMPARE(m_http->get(p("/availableNumbers/%2B" + path.mid(1))).status, 200);

        RawResponse r = m_http->post(p("/availableNumbers/" + path + ":rent"),
                                     "{\"smsConfiguration\":{\"servicePlanId\":\"plan-1\"},\"voiceConfiguration\":{"
                                     "\"type\":\"RTC\",\"appId\":\"app-1\"},"
                                     "\"callbackUrl\":\"https://hooks.example.com/x\",\"futureField\":1}");
        QCOMPARE(r.status, 200);
        QJsonObject a = r.json();
        QCOMPARE(a.value(QLatin1String("phoneNumber")).toString(), n);
        QCOMPARE(a.value(QLatin1String("projectId")).toString(), QStringLiteral("sandbox-project"));
        QCOMPARE(a.value(QLatin1String("money")).toObject().value(QLatin1String("amount")).toString(),
                 QStringLiteral("1.00"));
        QVERIFY(a.value(QLatin1String("expireAt")).isNull());
        QVERIFY(a.value(QLatin1String("nextChargeDate")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(sms(a).value(QLatin1String("servicePlanId")).toString(), QString());
        QCOMPARE(
            sms(a).value(QLatin1String("scheduledProvisioning")).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("WAITING"));
        QCOMPARE(voice(a).value(QLatin1String("appId")).toString(), QString());
        QCOMPARE(voice(a)
                     .value(QLatin1String("scheduledVoiceProvisioning"))
                     .toObject()
                     .value(QLatin1String("appId"))
                     .toString(),
                 QStringLiteral("app-1"));
        QCOMPARE(a.value(QLatin1String("callbackUrl")).toString(), QStringLiteral("https://hooks.example.com/x"));

        QCOMPARE(m_http->get(p("/availableNumbers/" + path)).status, 404);
        QCOMPARE(m_http->post(p("/availableNumbers/" + path + ":rent"), "{}").status, 404);

        QSet<QString> seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonObject now = m_http->get(p("/activeNumbers/" + path)).json();
                const QJsonValue scheduled = sms(now).value(QLatin1String("scheduledProvisioning"));
                if (!scheduled.isNull()) {
                    seen.insert(scheduled.toObject().value(QLatin1String("status")).toString());
                    return false;
                }
                return sms(now).value(QLatin1String("servicePlanId")).toString() == QLatin1String("plan-1") &&
                       voice(now).value(QLatin1String("appId")).toString() == QLatin1String("app-1") &&
                       voice(now).value(QLatin1String("scheduledVoiceProvisioning")).isNull();
            }(),
            10000);
        QVERIFY(!seen.contains(QStringLiteral("FAILED")));
        QVERIFY(seen.contains(QStringLiteral("IN_PROGRESS")) || seen.contains(QStringLiteral("WAITING")));
    }

    void rejectsBadRentBodies()
    {
        startServer();
        const QByteArray n = firstAvailable("US", "LOCAL").toLatin1();
        const QByteArray rent = p("/availableNumbers/" + n + ":rent");
        RawResponse r = m_http->post(rent, R"({"smsConfiguration":{}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("smsConfiguration"));
        r = m_http->post(rent, R"({"smsConfiguration":{"campaignId":"X"}})");
        QCOMPARE(violationFields(r), QStringLiteral("smsConfiguration.servicePlanId"));
        r = m_http->post(rent, R"({"voiceConfiguration":{"type":"RTC"}})");
        QCOMPARE(violationFields(r), QStringLiteral("voiceConfiguration.appId"));
        r = m_http->post(rent, R"({"voiceConfiguration":{"type":"SIP","appId":"x"}})");
        QCOMPARE(violationFields(r), QStringLiteral("voiceConfiguration.type"));
        QCOMPARE(m_http->post(rent, R"({"voiceConfiguration":{}})").status, 400);
        QCOMPARE(m_http->post(rent, "{not json").status, 400);
        QCOMPARE(m_http->post(rent, R"({"callbackUrl":"not a url"})").status, 400);
        QCOMPARE(m_http->post(p("/availableNumbers/12065550100:rent"), "{}").status, 400); // not E.164
        r = m_http->post(p("/availableNumbers/+999123:rent"), "{}");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorDetail().value(QLatin1String("resourceType")).toString(), QStringLiteral("AvailableNumber"));
        // Still available after all the rejected attempts.
        QCOMPARE(m_http->get(p("/availableNumbers/" + n)).status, 200);
        // An empty body counts as {}.
        QCOMPARE(m_http->post(rent).status, 200);
    }

    void provisioningCanFail()
    {
        SandboxOptions options;
        options.provisioningStepMs = 20;
        options.faults = QStringLiteral("provisioning-fail=1");
        startServer(options);
        const QByteArray n = firstAvailable("US", "LOCAL").toLatin1();
        QCOMPARE(m_http
                     ->post(p("/availableNumbers/" + n + ":rent"),
                            R"({"smsConfiguration":{"servicePlanId":"plan-1","campaignId":"CQ7RZ2M"}})")
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(sms(m_http->get(p("/activeNumbers/" + n)).json())
                                      .value(QLatin1String("scheduledProvisioning"))
                                      .toObject()
                                      .value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("FAILED"), 10000);
        const QJsonObject failed = sms(m_http->get(p("/activeNumbers/" + n)).json());
        QCOMPARE(failed.value(QLatin1String("servicePlanId")).toString(), QString());
        QCOMPARE(failed.value(QLatin1String("scheduledProvisioning"))
                     .toObject()
                     .value(QLatin1String("errorCodes"))
                     .toArray(),
                 QJsonArray{QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE")});
    }

    void rentAnyOnlyForUsLocal()
    {
        startServer();
        RawResponse r = m_http->post(p("/availableNumbers:rentAny"), R"({"regionCode":"GB","type":"MOBILE"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("regionCode,type"));
        r = m_http->post(p("/availableNumbers:rentAny"), R"({"regionCode":"US","type":"TOLL_FREE"})");
        QCOMPARE(violationFields(r), QStringLiteral("type"));
        r = m_http->post(p("/availableNumbers:rentAny"), R"({"regionCode":"US"})");
        QCOMPARE(violationFields(r), QStringLiteral("type"));
        QCOMPARE(m_http->post(p("/availableNumbers:rentAny")).status, 400);

        const int before = m_server->state()->activeCount();
        r = m_http->post(
            p("/availableNumbers:rentAny"),
            R"({"regionCode":"US","type":"LOCAL","numberPattern":{"pattern":"+1415","searchPattern":"START"},
                             "capabilities":["SMS","VOICE"],"smsConfiguration":{"servicePlanId":"plan"}})");
        QCOMPARE(r.status, 200);
        const QString n = r.json().value(QLatin1String("phoneNumber")).toString();
        QVERIFY(n.startsWith(QLatin1String("+1415")));
        QCOMPARE(m_server->state()->activeCount(), before + 1);
        QVERIFY(m_server->state()->activeNumber(n));

        r = m_http->post(
            p("/availableNumbers:rentAny"),
            R"({"regionCode":"US","type":"LOCAL","numberPattern":{"pattern":"+1999","searchPattern":"START"}})");
        QCOMPARE(r.status, 404);
        QCOMPARE(m_server->state()->activeCount(), before + 1);
    }

    void updatesFollowTheUnlinkRule()
    {
        SandboxOptions options;
        options.provisioningStepMs = 10;
        startServer(options);
        const QByteArray n = rentUsLocal().toLatin1();
        QVERIFY(!n.isEmpty());
        const QByteArray path = p("/activeNumbers/" + n);

        RawResponse r = m_http->patch(path, R"({"displayName":"Front desk"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("displayName")).toString(), QStringLiteral("Front desk"));
        r = m_http->patch(path, "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("displayName")).toString(), QStringLiteral("Front desk"));
        QCOMPARE(m_http->patch(path, R"({"smsConfiguration":{}})").status, 400);
        QCOMPARE(m_http->patch(p("/activeNumbers/+12065550999"), "{}").status, 404);

        QCOMPARE(m_http->patch(path, R"({"smsConfiguration":{"servicePlanId":"plan-a","campaignId":"CAMP1"}})").status,
                 200);
        // A different plan while one is linked or pending: unlink first.
        r = m_http->patch(path, R"({"smsConfiguration":{"servicePlanId":"plan-b"}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
        QVERIFY(r.errorMessage().contains(QLatin1String("unlink")));
        QTRY_COMPARE_WITH_TIMEOUT(sms(m_http->get(path).json()).value(QLatin1String("servicePlanId")).toString(),
                                  QStringLiteral("plan-a"), 10000);
        QCOMPARE(sms(m_http->get(path).json()).value(QLatin1String("campaignId")).toString(), QStringLiteral("CAMP1"));
        QCOMPARE(m_http->patch(path, R"({"smsConfiguration":{"servicePlanId":"plan-a","campaignId":"CAMP2"}})").status,
                 400);

        // Unlink, then link the new plan.
        QCOMPARE(m_http->patch(path, R"({"smsConfiguration":{"servicePlanId":""}})").status, 200);
        QCOMPARE(m_http->patch(path, R"({"smsConfiguration":{"servicePlanId":"plan-b"}})").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(sms(m_http->get(path).json()).value(QLatin1String("servicePlanId")).toString(),
                                  QStringLiteral("plan-b"), 10000);
        QCOMPARE(sms(m_http->get(path).json()).value(QLatin1String("campaignId")).toString(), QString());

        // Voice: switching type is allowed; "" unlinks.
        QCOMPARE(m_http->patch(path, R"({"voiceConfiguration":{"type":"EST","trunkId":"trunk-1"}})").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(voice(m_http->get(path).json()).value(QLatin1String("trunkId")).toString(),
                                  QStringLiteral("trunk-1"), 10000);
        QCOMPARE(voice(m_http->get(path).json()).value(QLatin1String("type")).toString(), QStringLiteral("EST"));
        QCOMPARE(m_http->patch(path, R"({"voiceConfiguration":{"type":"EST","trunkId":""}})").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(voice(m_http->get(path).json()).value(QLatin1String("trunkId")).toString(), QString(),
                                  10000);
        QCOMPARE(m_http->patch(path, R"({"voiceConfiguration":{"appId":"x"}})").status, 400);
    }

    void releaseKeepsTheNumberUntilExpiry()
    {
        startServer();
        const QByteArray n = rentUsLocal().toLatin1();
        const QByteArray path = p("/activeNumbers/" + n);
        RawResponse r = m_http->post(path + ":release");
        QCOMPARE(r.status, 200);
        const QString expireAt = r.json().value(QLatin1String("expireAt")).toString();
        QVERIFY(!expireAt.isEmpty());
        QCOMPARE(expireAt, r.json().value(QLatin1String("nextChargeDate")).toString());
        // Still listed and readable until expireAt; a second release changes nothing.
        QCOMPARE(m_http->get(path).status, 200);
        QVERIFY(
            phoneNumbers(m_http->get(p("/activeNumbers?type=LOCAL&regionCode=US&pageSize=1000")).array("activeNumbers"))
                .contains(QString::fromLatin1(n)));
        r = m_http->post(path + ":release");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("expireAt")).toString(), expireAt);
        QCOMPARE(m_http->get(p("/availableNumbers/" + n)).status, 404);

        m_server->state()->advanceClock(40LL * 24 * 3600 * 1000);
        QCOMPARE(m_http->get(path).status, 404);
        QCOMPARE(m_http->post(path + ":release").status, 404);
        QCOMPARE(m_http->get(p("/availableNumbers/" + n)).status, 200); // back in the inventory
    }

    void renewsWhenTheClockPassesTheChargeDate_data()
    {
        QTest::addColumn<QByteArray>("region");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("advanceDays");
        QTest::newRow("monthly, 40 days") << QByteArray("US") << QByteArray("LOCAL") << 1 << 40;
        QTest::newRow("monthly, 400 days") << QByteArray("US") << QByteArray("LOCAL") << 1 << 400;
        QTest::newRow("quarterly, 400 days") << QByteArray("NO") << QByteArray("TOLL_FREE") << 3 << 400;
        QTest::newRow("yearly, 400 days") << QByteArray("DE") << QByteArray("TOLL_FREE") << 12 << 400;
    }

    void renewsWhenTheClockPassesTheChargeDate()
    {
        QFETCH(QByteArray, region);
        QFETCH(QByteArray, type);
        QFETCH(int, interval);
        QFETCH(int, advanceDays);
        startServer();
        const QByteArray n = firstAvailable(region, type).toLatin1();
        RawResponse r = m_http->post(p("/availableNumbers/" + n + ":rent"), "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("paymentIntervalMonths")).toInt(), interval);
        const QDateTime firstCharge =
            QDateTime::fromString(r.json().value(QLatin1String("nextChargeDate")).toString(), Qt::ISODateWithMs);
        QVERIFY(firstCharge.isValid());

        m_server->state()->advanceClock(qint64(advanceDays) * 24 * 3600 * 1000);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_server->state()->nowMs(), QTimeZone::utc());
        // Expected, computed here: the first charge date plus whole intervals, the first one in the future.
        QDateTime expected = firstCharge;
        while (expected <= now)
            expected = expected.addMonths(interval);
        const QString path = QStringLiteral("/activeNumbers/") + QString::fromLatin1(n);
        r = m_http->get(p(path.toLatin1()));
        QCOMPARE(r.status, 200);
        const QDateTime renewed =
            QDateTime::fromString(r.json().value(QLatin1String("nextChargeDate")).toString(), Qt::ISODateWithMs);
        QCOMPARE(renewed, expected);
        QVERIFY(renewed > now);

        // A release takes effect at the end of the current paid period: in the future, so the number stays.
        r = m_http->post(p(path.toLatin1() + ":release"));
        QCOMPARE(r.status, 200);
        QCOMPARE(QDateTime::fromString(r.json().value(QLatin1String("expireAt")).toString(), Qt::ISODateWithMs),
                 expected);
        QCOMPARE(m_http->get(p(path.toLatin1())).status, 200);
        // A releasing number does not renew: past expireAt it is gone.
        m_server->state()->advanceClock(now.msecsTo(expected) + 1000);
        QCOMPARE(m_http->get(p(path.toLatin1())).status, 404);
    }

    void renewsAfterLoadingAnOldState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SandboxOptions options;
        options.statePath = path;
        startServer(options);
        const QByteArray n = rentUsLocal().toLatin1();
        m_server->stop();
        // The file as if it had been left alone for 45 days: the charge date is in the past.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray numbers = root.value(QLatin1String("activeNumbers")).toArray();
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-45);
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            QJsonObject entry = numbers.at(i).toObject();
            QJsonObject number = entry.value(QLatin1String("number")).toObject();
            if (number.value(QLatin1String("phoneNumber")).toString() != QString::fromLatin1(n))
                continue;
            number.insert(QLatin1String("nextChargeDate"), past.toString(Qt::ISODateWithMs));
            entry.insert(QLatin1String("number"), number);
            numbers.replace(i, entry);
        }
        root.insert(QLatin1String("activeNumbers"), numbers);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        startServer(options);
        const RawResponse r = m_http->post(p("/activeNumbers/" + n + ":release"));
        QCOMPARE(r.status, 200);
        const QDateTime expireAt =
            QDateTime::fromString(r.json().value(QLatin1String("expireAt")).toString(), Qt::ISODateWithMs);
        QCOMPARE(expireAt, past.addMonths(2));
        QVERIFY(expireAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_http->get(p("/activeNumbers/" + n)).status, 200);
        m_server->stop(); // saves into dir, which goes at the end of this function
    }

    void listFiltersAndOrders()
    {
        SandboxOptions options;
        options.activeCount = 200;
        startServer(options);
        const QList<ActiveNumberRecord> all = m_server->state()->activeNumbers();
        auto count = [&](const std::function<bool(const ActiveNumberRecord &)> &pred) {
            return static_cast<int>(std::count_if(all.cbegin(), all.cend(), pred));
        };

        // No type: MOBILE only (§7.3).
        RawResponse r = m_http->get(p("/activeNumbers?pageSize=1000"));
        QCOMPARE(r.status, 200);
        const int mobiles = count([](const ActiveNumberRecord &a) { return a.type == NumberType::Mobile; });
        QCOMPARE(r.totalSize(), mobiles);
        QCOMPARE(r.array("activeNumbers").size(), mobiles);
        QCOMPARE(r.json().value(QLatin1String("nextPageToken")).toString(), QString());
        for (const QJsonValue &v : r.array("activeNumbers"))
            QCOMPARE(v.toObject().value(QLatin1String("type")).toString(), QStringLiteral("MOBILE"));

        r = m_http->get(p("/activeNumbers?regionCode=US&type=LOCAL&pageSize=1000"));
        const int usLocal = count([](const ActiveNumberRecord &a) {
            return a.type == NumberType::Local && a.regionCode == QLatin1String("US");
        });
        QVERIFY(usLocal > 0);
        QCOMPARE(r.totalSize(), usLocal);
        QStringList numbers = phoneNumbers(r.array("activeNumbers"));
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);

        // capability: repeated and comma-joined are the same filter.
        const int localSmsVoice = count([](const ActiveNumberRecord &a) {
            return a.type == NumberType::Local && a.capabilities == (Capability::Sms | Capability::Voice);
        });
        r = m_http->get(p("/activeNumbers?type=LOCAL&capability=SMS&capability=VOICE&pageSize=1000"));
        QCOMPARE(r.totalSize(), localSmsVoice);
        QCOMPARE(m_http->get(p("/activeNumbers?type=LOCAL&capability=SMS,VOICE&pageSize=1000")).totalSize(),
                 localSmsVoice);
        // Python's plural name is unknown here: ignored.
        QCOMPARE(m_http->get(p("/activeNumbers?type=LOCAL&capabilities=SMS&pageSize=1000")).totalSize(),
                 count([](const ActiveNumberRecord &a) { return a.type == NumberType::Local; }));

        r = m_http->get(p("/activeNumbers?type=LOCAL&numberPattern.pattern=%2B1&pageSize=1000"));
        const int nanp = count([](const ActiveNumberRecord &a) {
            return a.type == NumberType::Local && a.phoneNumber.startsWith(QLatin1String("+1"));
        });
        QCOMPARE(r.totalSize(), nanp);

        // orderBy displayName: ascending, ties by phone number.
        r = m_http->get(p("/activeNumbers?type=MOBILE&orderBy=displayName&pageSize=1000"));
        QList<QPair<QString, QString>> keys;
        for (const QJsonValue &v : r.array("activeNumbers"))
            keys.append({v.toObject().value(QLatin1String("displayName")).toString(),
                         v.toObject().value(QLatin1String("phoneNumber")).toString()});
        QVERIFY(keys.size() == mobiles);
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));

        QCOMPARE(m_http->get(p("/activeNumbers?orderBy=price")).status, 400);
        QCOMPARE(m_http->get(p("/activeNumbers?pageSize=-5")).status, 400);
        QCOMPARE(m_http->get(p("/activeNumbers?type=FIXED")).status, 400);
        QCOMPARE(m_http->get(p("/activeNumbers?capability=MMS")).status, 400);
        QCOMPARE(m_http->get(p("/activeNumbers?pageToken=garbage!")).status, 400);
    }

    void clampsCountsHoweverLarge()
    {
        SandboxOptions options;
        options.activeCount = 1200;
        startServer(options);
        // Out-of-range page sizes are clamped as documented, even beyond every integer type.
        for (const QByteArray &huge :
             {QByteArray("1001"), QByteArray("2147483648"), QByteArray("99999999999999999999")}) {
            const RawResponse r = m_http->get(p("/activeNumbers?type=LOCAL&pageSize=" + huge));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.array("activeNumbers").size(), qMin(1000, r.totalSize()));
        }
        QCOMPARE(m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&size=99999999999999999999"))
                     .array("availableNumbers")
                     .size(),
                 100);
        // Anything but plain digits is a violation.
        for (const QByteArray &bad : {QByteArray("-1"), QByteArray("1e3"), QByteArray("+5"), QByteArray("0x10"),
                                      QByteArray("5%2C6"), QByteArray("%2010")}) {
            RawResponse r = m_http->get(p("/activeNumbers?pageSize=" + bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(violationFields(r), QStringLiteral("pageSize"));
            r = m_http->get(p("/availableNumbers?regionCode=US&type=LOCAL&size=" + bad));
            QCOMPARE(violationFields(r), QStringLiteral("size"));
        }
        QCOMPARE(m_http->get(p("/activeNumbers?type=LOCAL&pageSize=0")).array("activeNumbers").size(), 100); // default
    }

    void limitsStoredStrings()
    {
        startServer();
        const QByteArray n = rentUsLocal().toLatin1();
        const QByteArray path = p("/activeNumbers/" + n);
        auto patch = [&](const QByteArray &field, const QByteArray &value) {
            return m_http->patch(path, "{\"" + field + "\":\"" + value + "\"}");
        };
        // displayName: 256 characters (code points: 256 emoji are 512 UTF-16 units and fit).
        QCOMPARE(patch("displayName", QByteArray(256, 'n')).status, 200);
        QString emoji;
        for (int i = 0; i < 256; ++i)
            emoji += QString::fromUcs4(U"\U0001F4DE", 1);
        QCOMPARE(patch("displayName", emoji.toUtf8()).status, 200);
        QCOMPARE(m_server->state()->activeNumber(QString::fromLatin1(n))->displayName, emoji);
        RawResponse r = patch("displayName", QByteArray(257, 'n'));
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("displayName"));
        QVERIFY(r.errorMessage().contains(QLatin1String("at most 256")));
        r = patch("displayName", QByteArray(512 * 1024, 'n')); // half a MiB of name: refused, not stored
        QCOMPARE(r.status, 400);
        QCOMPARE(m_server->state()->activeNumber(QString::fromLatin1(n))->displayName, emoji);

        // callbackUrl: 2,048; service plan, campaign and voice ids: 128.
        const QByteArray url = "http://127.0.0.1/" + QByteArray(2048 - 17, 'u');
        QCOMPARE(patch("callbackUrl", url).status, 200);
        QCOMPARE(violationFields(patch("callbackUrl", url + 'u')), QStringLiteral("callbackUrl"));
        r = m_http->patch(path, "{\"smsConfiguration\":{\"servicePlanId\":\"" + QByteArray(129, 'p') + "\"}}");
        QCOMPARE(violationFields(r), QStringLiteral("smsConfiguration.servicePlanId"));
        r = m_http->patch(path, "{\"smsConfiguration\":{\"servicePlanId\":\"plan\",\"campaignId\":\"" +
                                    QByteArray(129, 'c') + "\"}}");
        QCOMPARE(violationFields(r), QStringLiteral("smsConfiguration.campaignId"));
        r = m_http->patch(path,
                          "{\"voiceConfiguration\":{\"type\":\"RTC\",\"appId\":\"" + QByteArray(129, 'a') + "\"}}");
        QCOMPARE(violationFields(r), QStringLiteral("voiceConfiguration.appId"));
        QCOMPARE(
            m_http
                ->patch(path, "{\"voiceConfiguration\":{\"type\":\"RTC\",\"appId\":\"" + QByteArray(128, 'a') + "\"}}")
                .status,
            200);

        // Emergency address fields: 256.
        const QByteArray tooLong = QByteArray(257, 's');
        r = m_http->post(path + "/emergencyAddress:provision",
                         R"({"displayName":"x","address":{"streetNumber":"1","streetInfo":")" + tooLong +
                             R"(","city":"Seattle","state":"WA","postalCode":"98101"}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("address.streetInfo"));
    }

    void pagesStayCorrectWhileNumbersChange()
    {
        SandboxOptions options;
        options.activeCount = 300;
        startServer(options);
        QSet<QString> initial;
        for (const ActiveNumberRecord &r : m_server->state()->activeNumbers()) {
            if (r.type == NumberType::Local)
                initial.insert(r.phoneNumber);
        }
        QVERIFY(initial.size() > 50);

        QStringList seen;
        QByteArray token;
        int pages = 0;
        int released = 0;
        do {
            QByteArray target = p("/activeNumbers?type=LOCAL&pageSize=7&orderBy=phoneNumber");
            if (!token.isEmpty())
                target += "&pageToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
            const RawResponse r = m_http->get(target);
            QCOMPARE(r.status, 200);
            const QStringList page = phoneNumbers(r.array("activeNumbers"));
            seen += page;
            token = r.json().value(QLatin1String("nextPageToken")).toString().toLatin1();
            ++pages;
            // Between pages: rent two more LOCAL numbers and release one already seen and one not yet seen.
            const QString fresh = firstAvailable("US", "LOCAL");
            QCOMPARE(m_http->post(p("/availableNumbers/" + fresh.toLatin1() + ":rent"), "{}").status, 200);
            const QString fresh2 = firstAvailable("CA", "LOCAL");
            QCOMPARE(m_http->post(p("/availableNumbers/" + fresh2.toLatin1() + ":rent"), "{}").status, 200);
            if (!page.isEmpty()) {
                QCOMPARE(m_http->post(p("/activeNumbers/" + page.first().toLatin1() + ":release")).status, 200);
                ++released;
            }
        } while (!token.isEmpty() && pages < 500);
        QVERIFY(released > 5);

        QSet<QString> unique(seen.cbegin(), seen.cend());
        QCOMPARE(unique.size(), seen.size()); // no duplicates
        for (const QString &n : initial)
            QVERIFY2(unique.contains(n), qPrintable(n)); // no gaps for numbers that stayed

        // A token belongs to its filters.
        const RawResponse first = m_http->get(p("/activeNumbers?type=LOCAL&pageSize=3"));
        const QByteArray next = QUrl::toPercentEncoding(first.json().value(QLatin1String("nextPageToken")).toString());
        QVERIFY(!next.isEmpty());
        QCOMPARE(m_http->get(p("/activeNumbers?type=LOCAL&pageSize=3&pageToken=" + next)).status, 200);
        const RawResponse mismatch = m_http->get(p("/activeNumbers?type=MOBILE&pageSize=3&pageToken=" + next));
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(violationFields(mismatch), QStringLiteral("pageToken"));
    }

    // The filtered walks the mirror's sync uses (one per last digit) are paged from a list of matches kept between
    // requests: every change to the state must show in the next page and in its totalSize.
    void filteredPagesFollowChanges()
    {
        SandboxOptions options;
        options.activeCount = 400;
        startServer(options);
        const auto matching = [this] {
            QSet<QString> out;
            for (const ActiveNumberRecord &r : m_server->state()->activeNumbers()) {
                if (r.type == NumberType::Local && r.phoneNumber.endsWith(QLatin1Char('3')))
                    out.insert(r.phoneNumber);
            }
            return out;
        };
        const QSet<QString> initial = matching();
        QVERIFY(initial.size() > 10);

        QStringList seen;
        QByteArray token;
        int pages = 0;
        int renamed = 0;
        do {
            QByteArray target = p("/activeNumbers?type=LOCAL&pageSize=4&numberPattern.pattern=3&"
                                  "numberPattern.searchPattern=END&orderBy=displayName");
            if (!token.isEmpty())
                target += "&pageToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
            const RawResponse r = m_http->get(target);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QLatin1String("totalSize")).toInt(), int(matching().size()));
            const QStringList page = phoneNumbers(r.array("activeNumbers"));
            for (const QString &n : page)
                QVERIFY2(n.endsWith(QLatin1Char('3')) && matching().contains(n), qPrintable(n));
            seen += page;
            token = r.json().value(QLatin1String("nextPageToken")).toString().toLatin1();
            ++pages;
            // Between pages: rent a LOCAL number (it may end in 3) and move a matching number not seen yet to the
            // end of the name order.
            const QString fresh = firstAvailable("US", "LOCAL");
            QCOMPARE(m_http->post(p("/availableNumbers/" + fresh.toLatin1() + ":rent"), "{}").status, 200);
            for (const QString &n : matching()) {
                if (!seen.contains(n)) {
                    QCOMPARE(m_http->patch(p("/activeNumbers/" + n.toLatin1()), R"({"displayName":"zz moved"})").status,
                             200);
                    ++renamed;
                    break;
                }
            }
        } while (!token.isEmpty() && pages < 500);
        QVERIFY(renamed > 3);
        const QSet<QString> unique(seen.cbegin(), seen.cend());
        QCOMPARE(unique.size(), seen.size()); // no duplicates
        for (const QString &n : initial)
            QVERIFY2(unique.contains(n), qPrintable(n)); // no gaps for numbers that stayed
    }

    void callbackSecretRules()
    {
        startServer();
        RawResponse r = m_http->get(p("/callbackConfiguration"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("projectId")).toString(), QStringLiteral("sandbox-project"));
        static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
        QVERIFY(rule.match(r.json().value(QLatin1String("hmacSecret")).toString()).hasMatch());

        const QByteArray good = "K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s";
        r = m_http->patch(p("/callbackConfiguration"), "{\"hmacSecret\":\"" + good + "\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("hmacSecret")).toString(), QString::fromLatin1(good));
        QCOMPARE(m_server->state()->hmacSecret(), QString::fromLatin1(good));
        for (const QByteArray &bad : {QByteArray(R"({"hmacSecret":"short"})"),
                                      QByteArray(R"({"hmacSecret":"0default-pass-word-*max-36characters"})"),
                                      QByteArray("{\"hmacSecret\":\"" + QByteArray(65, 'a') + "\"}"), QByteArray("{}"),
                                      QByteArray(R"({"hmacSecret":42})")}) {
            r = m_http->patch(p("/callbackConfiguration"), bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(violationFields(r), QStringLiteral("hmacSecret"));
        }
        QCOMPARE(m_http->get(p("/callbackConfiguration")).json().value(QLatin1String("hmacSecret")).toString(),
                 QString::fromLatin1(good));
    }

    void emergencyAddressLifecycle()
    {
        startServer();
        const QByteArray n = rentUsLocal().toLatin1();
        const QByteArray base = p("/activeNumbers/" + n + "/emergencyAddress");
        QCOMPARE(m_http->get(base).status, 404);
        QCOMPARE(m_http->post(base + ":deprovision").status, 404);

        const QByteArray exact =
            R"({"displayName":"Seattle office","address":{"streetNumber":"221","streetInfo":"Pine St",
            "location":"Suite 400","city":"Seattle","state":"WA","postalCode":"98101","postalCodePlusFour":"2034"}})";
        RawResponse r = m_http->post(base + ":validate", exact);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("validationResult")).toString(), QStringLiteral("EXACT_MATCH"));
        QCOMPARE(r.json().value(QLatin1String("phoneNumber")).toString(), QString::fromLatin1(n));
        QVERIFY(r.array("candidateAddresses").isEmpty());

        r = m_http->post(base + ":validate", R"({"displayName":"Seattle office","address":{"streetNumber":"221",
            "streetInfo":"Pine Street","city":"Seattle","state":"WA","postalCode":"98101"}})");
        QCOMPARE(r.json().value(QLatin1String("validationResult")).toString(), QStringLiteral("NEAR_MATCH"));
        const QJsonObject corrected = r.json().value(QLatin1String("correctedAddress")).toObject();
        QCOMPARE(corrected.value(QLatin1String("streetInfo")).toString(), QStringLiteral("Pine St"));
        QCOMPARE(corrected.value(QLatin1String("postalCodePlusFour")).toString().size(), 4);
        QVERIFY(r.json().value(QLatin1String("validationMessage")).toString().contains(QLatin1Char('|')));

        r = m_http->post(base + ":validate", R"({"displayName":"x","address":{"streetNumber":"12B",
            "streetInfo":"Main St","city":"Seattle","state":"WA","postalCode":"10001"}})");
        QCOMPARE(r.json().value(QLatin1String("validationResult")).toString(), QStringLiteral("NO_MATCH"));
        QCOMPARE(r.json()
                     .value(QLatin1String("correctedAddress"))
                     .toObject()
                     .value(QLatin1String("streetNumber"))
                     .toString(),
                 QString());
        QVERIFY(!r.array("candidateAddresses").isEmpty());
        QCOMPARE(m_http->get(base).status, 404); // validate stores nothing

        r = m_http->post(base + ":provision", R"({"address":{"streetNumber":"221"}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r),
                 QStringLiteral("displayName,address.streetInfo,address.city,address.state,address.postalCode"));

        r = m_http->post(base + ":provision", exact);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("streetInfo")).toString(), QStringLiteral("Pine St"));
        r = m_http->get(base);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("postalCodePlusFour")).toString(), QStringLiteral("2034"));

        r = m_http->post(base + ":deprovision");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_http->get(base).status, 404);

        // Not eligible: a number outside the US.
        const QString se = firstAvailable("SE", "MOBILE");
        QCOMPARE(m_http->post(p("/availableNumbers/" + se.toLatin1() + ":rent"), "{}").status, 200);
        r = m_http->get(p("/activeNumbers/" + se.toLatin1() + "/emergencyAddress"));
        QCOMPARE(r.status, 400);
        QCOMPARE(violationFields(r), QStringLiteral("phoneNumber"));
    }

    // The seeded numbers exercise an inventory report (issue 15): several intervals and currencies, releasing
    // numbers, failed and stalled provisioning, unconfigured numbers; deterministic per seed.
    void seedsAnInventoryWorthReporting_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("default") << 25 << 1u;
        QTest::newRow("seed 7") << 25 << 7u;
        QTest::newRow("200") << 200 << 3u;
    }

    void seedsAnInventoryWorthReporting()
    {
        QFETCH(int, count);
        QFETCH(quint32, seed);
        SandboxOptions options;
        options.activeCount = count;
        options.seed = seed;
        startServer(options);
        QCOMPARE(m_server->state()->activeCount(), count);

        // Read through the API, as a report would.
        QList<QJsonObject> numbers;
        for (const QByteArray &type : {QByteArray("MOBILE"), QByteArray("LOCAL"), QByteArray("TOLL_FREE")}) {
            for (const QJsonValue &v :
                 m_http->get(p("/activeNumbers?type=" + type + "&pageSize=1000")).array("activeNumbers"))
                numbers.append(v.toObject());
        }
        QCOMPARE(numbers.size(), count);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_server->state()->nowMs(), QTimeZone::utc());
        const auto time = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
        QSet<int> intervals;
        QSet<QString> currencies;
        int releasingSoon = 0;
        int releasingLater = 0;
        int smsFailed = 0;
        int voiceFailed = 0;
        int pendingForHours = 0;
        int unconfigured = 0;
        for (const QJsonObject &n : std::as_const(numbers)) {
            intervals.insert(n.value(QLatin1String("paymentIntervalMonths")).toInt());
            currencies.insert(
                n.value(QLatin1String("money")).toObject().value(QLatin1String("currencyCode")).toString());
            const QDateTime next = time(n.value(QLatin1String("nextChargeDate")));
            QVERIFY(next > now);
            if (!n.value(QLatin1String("expireAt")).isNull()) {
                const QDateTime expireAt = time(n.value(QLatin1String("expireAt")));
                QCOMPARE(expireAt, next);
                (now.daysTo(expireAt) < 7 ? releasingSoon : releasingLater) += 1;
            }
            const QJsonObject smsConfig = sms(n);
            const QJsonObject voiceConfig = voice(n);
            const QJsonObject scheduledSms = smsConfig.value(QLatin1String("scheduledProvisioning")).toObject();
            const QJsonObject scheduledVoice =
                voiceConfig.value(QLatin1String("scheduledVoiceProvisioning")).toObject();
            const QString smsStatus = scheduledSms.value(QLatin1String("status")).toString();
            const QString voiceStatus = scheduledVoice.value(QLatin1String("status")).toString();
            if (smsStatus == QLatin1String("FAILED")) {
                ++smsFailed;
                QVERIFY(!scheduledSms.value(QLatin1String("errorCodes")).toArray().isEmpty());
            }
            voiceFailed += voiceStatus == QLatin1String("FAILED");
            for (const QJsonObject &scheduled : {scheduledSms, scheduledVoice}) {
                const QString status = scheduled.value(QLatin1String("status")).toString();
                if ((status == QLatin1String("WAITING") || status == QLatin1String("IN_PROGRESS")) &&
                    time(scheduled.value(QLatin1String("lastUpdatedTime"))).secsTo(now) > 3600)
                    ++pendingForHours;
            }
            const bool noSms =
                smsConfig.value(QLatin1String("servicePlanId")).toString().isEmpty() && scheduledSms.isEmpty();
            const bool noVoice = voiceConfig.value(QLatin1String("appId")).toString().isEmpty() &&
                                 voiceConfig.value(QLatin1String("trunkId")).toString().isEmpty() &&
                                 voiceConfig.value(QLatin1String("serviceId")).toString().isEmpty() &&
                                 scheduledVoice.isEmpty();
            unconfigured += noSms && noVoice;
        }
        QVERIFY2(intervals.contains(1) && intervals.contains(3) && intervals.contains(12),
                 qPrintable(QString::number(intervals.size())));
        for (const char *currency : {"USD", "EUR", "GBP", "SEK"})
            QVERIFY2(currencies.contains(QLatin1String(currency)), currency);
        QVERIFY(releasingSoon >= 1);
        QVERIFY(releasingLater >= 1);
        QVERIFY(smsFailed >= 1);
        QVERIFY(voiceFailed >= 1);
        QVERIFY(pendingForHours >= 2);
        QVERIFY(unconfigured >= 1);
        QVERIFY(releasingSoon + releasingLater < count / 2); // still mostly a running project

        // Deterministic per seed (apart from dates, which follow the clock): the same numbers in the same states.
        const auto fingerprint = [](const QList<ActiveNumberRecord> &records) {
            QStringList out;
            for (const ActiveNumberRecord &r : records) {
                out << r.phoneNumber + QLatin1Char('|') + r.displayName + QLatin1Char('|') + r.servicePlanId +
                           QLatin1Char('|') + r.appId + QLatin1Char('|') + r.trunkId + QLatin1Char('|') +
                           QString::number(r.expireAtMs != 0) + QLatin1Char('|') +
                           (r.scheduledSms ? QLatin1String(provisioningStatusName(r.scheduledSms->status))
                                           : QString()) +
                           (r.scheduledVoice ? QLatin1String(provisioningStatusName(r.scheduledVoice->status))
                                             : QString());
            }
            return out;
        };
        SandboxState again;
        again.reset(seed, count);
        QCOMPARE(fingerprint(again.activeNumbers()), fingerprint(m_server->state()->activeNumbers()));
        again.reset(seed + 1, count);
        QVERIFY(fingerprint(again.activeNumbers()) != fingerprint(m_server->state()->activeNumbers()));
    }

    void seededPendingProvisioningStaysPending()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.provisioningStepMs = 10;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        startServer(options);
        QStringList stalled;
        for (const ActiveNumberRecord &r : m_server->state()->activeNumbers()) {
            if (r.provisioningStalled)
                stalled << r.phoneNumber;
        }
        QVERIFY(stalled.size() >= 2); // the two of the fixed part, perhaps more drawn
        const auto pending = [&](const QString &e164) {
            const QJsonObject n = m_http->get(p("/activeNumbers/" + e164.toLatin1())).json();
            return !sms(n).value(QLatin1String("scheduledProvisioning")).isNull() ||
                   !voice(n).value(QLatin1String("scheduledVoiceProvisioning")).isNull();
        };
        // Positive control: provisioning runs (a rented number completes), the stalled ones stay where they are,
        // across a restart too.
        for (int round = 0; round < 2; ++round) {
            const QByteArray fresh = firstAvailable("US", "LOCAL").toLatin1();
            QCOMPARE(m_http
                         ->post(p("/availableNumbers/" + fresh + ":rent"),
                                "{\"smsConfiguration\":{\"servicePlanId\":\"p\"}}")
                         .status,
                     200);
            QTRY_VERIFY_WITH_TIMEOUT(!pending(QString::fromLatin1(fresh)), 10000);
            for (const QString &e164 : std::as_const(stalled))
                QVERIFY2(pending(e164), qPrintable(e164));
            m_server->stop();
            startServer(options);
        }
        // A new change replaces the stalled one and is provisioned as usual.
        const QString first = stalled.first();
        const ActiveNumberRecord *record = m_server->state()->activeNumber(first);
        const QByteArray change = record->scheduledSms
                                      ? QByteArray("{\"smsConfiguration\":{\"servicePlanId\":\"\"}}")
                                      : QByteArray("{\"voiceConfiguration\":{\"type\":\"RTC\",\"appId\":\"\"}}");
        QCOMPARE(m_http->patch(p("/activeNumbers/" + first.toLatin1()), change).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!pending(first), 10000);
        m_server->stop();
    }

    void keepsTheStateFilePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are a Unix matter");
#else
        const mode_t previousMask = ::umask(022); // the usual default: new files 0644, folders 0755
        QTemporaryDir dir;
        const QString nested = dir.filePath(QStringLiteral("made/by/sandbox"));
        const QString path = nested + QStringLiteral("/state.json");
        SandboxOptions options;
        options.statePath = path;
        startServer(options);
        QVERIFY(QFile::exists(path));
        const auto mode = [](const QString &p) {
            struct stat info = {};
            return ::stat(QFile::encodeName(p).constData(), &info) == 0 ? (info.st_mode & 07777) : 07777;
        };
        QCOMPARE(mode(path), mode_t(0600)); // it holds the HMAC secret
        QCOMPARE(mode(dir.filePath(QStringLiteral("made"))), mode_t(0700));
        QCOMPARE(mode(dir.filePath(QStringLiteral("made/by"))), mode_t(0700));
        QCOMPARE(mode(nested), mode_t(0700));

        // A file someone made readable becomes private again at the next save.
        m_server->stop();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        startServer(options);
        QCOMPARE(m_http->patch(p("/callbackConfiguration"), R"({"hmacSecret":"abcdefghijklmnopqrstuvwxyz0123456789"})")
                     .status,
                 200);
        m_server->stop();
        QCOMPARE(mode(path), mode_t(0600));
        ::umask(previousMask);
#endif
    }

    void persistsStateAcrossRestart()
    {
        const QString path =
            QDir::temp().filePath(QStringLiteral("nd-sandbox-state-%1.json").arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        SandboxOptions options;
        options.statePath = path;
        options.provisioningStepMs = 10;
        startServer(options);
        const QByteArray n = rentUsLocal().toLatin1();
        QCOMPARE(m_http->patch(p("/activeNumbers/" + n), R"({"displayName":"Kept"})").status, 200);
        QCOMPARE(m_http->post(p("/activeNumbers/" + n + ":release")).status, 200);
        QCOMPARE(m_http->patch(p("/callbackConfiguration"), R"({"hmacSecret":"abcdefghijklmnopqrstuvwxyz0123456789"})")
                     .status,
                 200);
        const int count = m_server->state()->activeCount();
        m_server->stop();
        QVERIFY(QFile::exists(path));

        options.activeCount = 3; // ignored: the file wins
        startServer(options);
        QCOMPARE(m_server->state()->activeCount(), count);
        const RawResponse r = m_http->get(p("/activeNumbers/" + n));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("displayName")).toString(), QStringLiteral("Kept"));
        QVERIFY(!r.json().value(QLatin1String("expireAt")).toString().isEmpty());
        QCOMPARE(m_http->get(p("/callbackConfiguration")).json().value(QLatin1String("hmacSecret")).toString(),
                 QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"));
        m_server->stop();
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "tst_sandboxapi.moc"
