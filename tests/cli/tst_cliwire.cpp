// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "profilestore.h"
#include "recordingserver.h"
#include "resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using nd::test::CannedResponse;
using nd::test::CliRun;
using nd::test::RecordedRequest;
using nd::test::RecordingServer;

namespace {

// JSON written with ' for " (moc cannot read raw string literals); \\' gives an escaped quote.
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray kAvailable = j("{'phoneNumber':'+12065550100','regionCode':'US','type':'LOCAL', 'capability':['SMS','VOICE'],'setupPrice':{'currencyCode':'USD','amount':'0.50'}, 'monthlyPrice':{'currencyCode':'USD','amount':'1.25'},'paymentIntervalMonths':1, 'supportingDocumentationRequired':false,'futureField':'kept'}");

const QByteArray kActive = j("{'phoneNumber':'+12065550100','projectId':'proj1','displayName':'Support, \\'main\\'', 'regionCode':'US','type':'LOCAL','capability':['SMS','VOICE'],'money':{'currencyCode':'USD','amount':'1.25'}, 'paymentIntervalMonths':1,'nextChargeDate':'2025-04-14T09:12:40.118204Z','expireAt':null, 'smsConfiguration':{'servicePlanId':'plan1','campaignId':'','scheduledProvisioning':null}, 'voiceConfiguration':{'type':'RTC','appId':'app1','trunkId':'','serviceId':'','lastUpdatedTime':null, 'scheduledVoiceProvisioning':null},'callbackUrl':'','newThing':{'a':1}}");

const QByteArray kReleased = j("{'phoneNumber':'+12065550100','projectId':'proj1','displayName':'', 'regionCode':'US','type':'LOCAL','capability':['SMS'],'money':{'currencyCode':'USD','amount':'1.25'}, 'paymentIntervalMonths':1,'nextChargeDate':'2025-04-14T09:12:40Z','expireAt':'2025-04-14T09:12:40Z'}");

const QByteArray kRegions = j("{'availableRegions':[{'regionCode':'SE','regionName':'Sweden','types':['MOBILE','LOCAL']}, {'regionCode':'US','regionName':'United States','types':['LOCAL','TOLL_FREE']}]}");

const QByteArray kAddress = j("{'streetNumber':'221','streetInfo':'Pine St','location':'Suite 400','city':'Seattle', 'state':'WA','postalCode':'98101','postalCodePlusFour':'2034'}");

const QByteArray kValidation = j("{'phoneNumber':'+12065550100','displayName':'Office', 'validatedAddress':{'streetNumber':'221','streetInfo':'Pine Street','location':'','city':'Seattle','state':'WA', 'postalCode':'98101','postalCodePlusFour':''},'validationResult':'NEAR_MATCH', 'validationMessage':'Corrected to valid address|Corrected address abbreviations', 'correctedAddress':{'streetNumber':'221','streetInfo':'Pine St','location':'','city':'Seattle','state':'WA', 'postalCode':'98101','postalCodePlusFour':'2034'},'candidateAddresses':[]}");

const QByteArray kCallbacks = j("{'projectId':'proj1','hmacSecret':'K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s'}");

const QByteArray kToken = j("{'access_token':'eyJhbGciOiJub25lIn0.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln','expires_in':3600, 'scope':'','token_type':'bearer'}");

const QString kSecret = QStringLiteral("sec1-very-secret");
const QString kHmac = QStringLiteral("0123456789abcdefABCDEF-0123456789xyz");

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject page(int count, const QString &next, int offset = 0)
{
    QJsonArray numbers;
    for (int i = 0; i < count; ++i) {
        QJsonObject n = object(kActive);
        n.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1206555%1").arg(offset + i, 4, 10, QLatin1Char('0')));
        numbers.append(n);
    }
    QJsonObject p{{QStringLiteral("activeNumbers"), numbers}, {QStringLiteral("nextPageToken"), next}};
    p.insert(QStringLiteral("totalSize"), 3);
    return p;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyOperationSendsTheExactRequest_data();
    void everyOperationSendsTheExactRequest();
    void optionsBeforeOrAfterTheCommand_data();
    void optionsBeforeOrAfterTheCommand();
    void formats_data();
    void formats();
    void listAllStreamsEveryPageAndType();
    void singlePageJsonKeepsNextPageToken();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void apiErrors_data();
    void apiErrors();
    void networkErrors_data();
    void networkErrors();
    void billableCommandsRefuseWithoutTerminal_data();
    void billableCommandsRefuseWithoutTerminal();
    void oauth2FetchesATokenFirst();
    void verboseNeverShowsSecrets();
    void plainHttpToRemoteHostIsRefused();
    void hmacSecretFromStdin();
    void helpAndVersion();
    void environmentSuppliesTheConnection();
    void savedProfileSuppliesTheConnection();

private:
    CliRun run(const QStringList &arguments, bool basic = true, const QByteArray &stdinData = {});
    QStringList connectionArgs(bool basic) const;

    std::unique_ptr<RecordingServer> m_server;
    QTemporaryDir m_home;
};

void TestCliWire::init()
{
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
}

QStringList TestCliWire::connectionArgs(bool basic) const
{
    const QString url = m_server->baseUrl().toString();
    QStringList args{QStringLiteral("--numbers-url"), url, QStringLiteral("--auth-url"), url,
                     QStringLiteral("--project"), QStringLiteral("proj1"), QStringLiteral("--key-id"),
                     QStringLiteral("key1"), QStringLiteral("--key-secret"), kSecret};
    if (basic) {
        args << QStringLiteral("--auth") << QStringLiteral("basic");
    }
    return args;
}

CliRun TestCliWire::run(const QStringList &arguments, bool basic, const QByteArray &stdinData)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), arguments + connectionArgs(basic),
                            nd::test::cleanEnvironment(m_home.path()), stdinData);
}

void TestCliWire::everyOperationSendsTheExactRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<QByteArray>>("responses");
    QTest::addColumn<QStringList>("requests"); // "METHOD target" in order
    QTest::addColumn<QByteArray>("body");      // JSON of the last request; empty = no body at all
    QTest::addColumn<QString>("output");       // expected in stdout

    const QString base = QStringLiteral("/v1/projects/proj1");
    const QString n = QStringLiteral("+12065550100");
    auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *a : list) {
            result.append(QString::fromUtf8(a));
        }
        return result;
    };

    QTest::newRow("1 search") << args({"available", "search", "--region", "us", "--type", "local", "--pattern",
                                       "+1206", "--search-pattern", "start", "--capability", "SMS", "--capability",
                                       "voice", "--size", "2"})
                              << QList<QByteArray>{"{\"availableNumbers\":[" + kAvailable + "]}"}
                              << QStringList{QStringLiteral("GET ") + base
                                             + QStringLiteral("/availableNumbers?regionCode=US&type=LOCAL&numberPattern."
                                                              "pattern=%2B1206&numberPattern.searchPattern=START&"
                                                              "capabilities=SMS&capabilities=VOICE&size=2")}
                              << QByteArray() << n;
    QTest::newRow("2 check") << args({"available", "check", "+1 (206) 555-0100"}) << QList<QByteArray>{kAvailable}
                             << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/availableNumbers/") + n}
                             << QByteArray() << QStringLiteral("USD 1.25");
    QTest::newRow("3 rent") << args({"available", "rent", "+12065550100", "--sms-service-plan", "plan1",
                                     "--sms-campaign", "camp1", "--voice-rtc-app", "app1", "--callback-url",
                                     "https://hooks.example.com/cb", "--yes"})
                            << QList<QByteArray>{kAvailable, kActive}
                            << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/availableNumbers/") + n,
                                           QStringLiteral("POST ") + base + QStringLiteral("/availableNumbers/") + n
                                               + QStringLiteral(":rent")}
                            << QByteArray(j("{'smsConfiguration':{'servicePlanId':'plan1','campaignId':'camp1'}, 'voiceConfiguration':{'type':'RTC','appId':'app1'}, 'callbackUrl':'https://hooks.example.com/cb'}"))
                            << n;
    QTest::newRow("3 rent bare") << args({"available", "rent", "+12065550100", "--yes"})
                                 << QList<QByteArray>{kAvailable, kActive}
                                 << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/availableNumbers/") + n,
                                                QStringLiteral("POST ") + base + QStringLiteral("/availableNumbers/")
                                                    + n + QStringLiteral(":rent")}
                                 << QByteArray("{}") << n;
    QTest::newRow("4 rent-any") << args({"available", "rent-any", "--region", "US", "--type", "LOCAL", "--pattern",
                                         "206", "--search-pattern", "CONTAINS", "--capability", "SMS",
                                         "--voice-est-trunk", "trunk1", "--yes"})
                                << QList<QByteArray>{bytes(page(0, QString())), kActive}
                                // The active list (same filters) is taken first, so a lost answer can be settled.
                                << QStringList{QStringLiteral("GET ") + base
                                                   + QStringLiteral("/activeNumbers?regionCode=US&type=LOCAL&"
                                                                    "numberPattern.pattern=206&"
                                                                    "numberPattern.searchPattern=CONTAINS&pageSize=1000"),
                                               QStringLiteral("POST ") + base + QStringLiteral("/availableNumbers:rentAny")}
                                << QByteArray(j("{'regionCode':'US','type':'LOCAL', 'numberPattern':{'pattern':'206','searchPattern':'CONTAINS'}, 'capabilities':['SMS'],'voiceConfiguration':{'type':'EST','trunkId':'trunk1'}}"))
                                << n;
    QTest::newRow("5 list") << args({"active", "list", "--region", "US", "--type", "LOCAL", "--capability", "SMS",
                                     "--page-size", "2", "--page-token", "CgtwaG9u+b/c==", "--order-by",
                                     "PHONE_NUMBER"})
                            << QList<QByteArray>{bytes(page(1, QString()))}
                            << QStringList{QStringLiteral("GET ") + base
                                           + QStringLiteral("/activeNumbers?regionCode=US&type=LOCAL&capability=SMS&"
                                                            "pageSize=2&pageToken=CgtwaG9u%2Bb%2Fc%3D%3D&orderBy=phoneNumber")}
                            << QByteArray() << QStringLiteral("+12065550000");
    QTest::newRow("5 list pattern") << args({"active", "list", "--pattern", "555", "--search-pattern", "END",
                                             "--order-by", "DISPLAY_NAME"})
                                    << QList<QByteArray>{bytes(page(0, QString()))}
                                    << QStringList{QStringLiteral("GET ") + base
                                                   + QStringLiteral("/activeNumbers?numberPattern.pattern=555&"
                                                                    "numberPattern.searchPattern=END&orderBy=displayName")}
                                    << QByteArray() << QStringLiteral("Number");
    QTest::newRow("6 get") << args({"active", "get", "+12065550100"}) << QList<QByteArray>{kActive}
                           << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n}
                           << QByteArray() << QStringLiteral("plan1");
    // The number is read first: the update is planned from it and the confirmation shows old → new.
    QTest::newRow("7 update") << args({"active", "update", "+12065550100", "--display-name", "Support",
                                       "--sms-service-plan", "", "--yes"})
                              << QList<QByteArray>{kActive, kActive}
                              << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n,
                                             QStringLiteral("PATCH ") + base + QStringLiteral("/activeNumbers/") + n}
                              << QByteArray(j("{'displayName':'Support','smsConfiguration':{'servicePlanId':''}}"))
                              << n;
    // Another plan than the linked one: unlink (with the voice unlink and URL change), then link.
    QTest::newRow("7 update relink") << args({"active", "update", "+12065550100", "--sms-service-plan", "p2",
                                              "--voice-fax-service", "", "--callback-url", "https://h.example/x",
                                              "--yes"})
                                     << QList<QByteArray>{kActive, kActive, kActive}
                                     << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n,
                                                    QStringLiteral("PATCH ") + base + QStringLiteral("/activeNumbers/") + n,
                                                    QStringLiteral("PATCH ") + base + QStringLiteral("/activeNumbers/") + n}
                                     << QByteArray(j("{'smsConfiguration':{'servicePlanId':'p2'}}"))
                                     << n;
    QTest::newRow("8 release") << args({"active", "release", "+12065550100", "--yes"})
                               << QList<QByteArray>{kActive, kReleased}
                               << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n,
                                              QStringLiteral("POST ") + base + QStringLiteral("/activeNumbers/") + n
                                                  + QStringLiteral(":release")}
                               << QByteArray() << QStringLiteral("2025-04-14T09:12:40Z");
    QTest::newRow("9 emergency get") << args({"emergency", "get", "+12065550100"}) << QList<QByteArray>{kAddress}
                                     << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n
                                                    + QStringLiteral("/emergencyAddress")}
                                     << QByteArray() << QStringLiteral("Pine St");
    const QStringList address = args({"--display-name", "Office", "--street-number", "221", "--street-info",
                                      "Pine St", "--location", "Suite 400", "--city", "Seattle", "--state", "WA",
                                      "--postal-code", "98101", "--postal-code-plus-four", "2034"});
    const QByteArray addressBody = j("{'displayName':'Office','address':{'streetNumber':'221','streetInfo':'Pine St', 'location':'Suite 400','city':'Seattle','state':'WA','postalCode':'98101','postalCodePlusFour':'2034'}}");
    // The address in place is read first: the confirmation and the record say what is replaced or removed.
    QTest::newRow("10 provision") << (args({"emergency", "provision", "+12065550100"}) + address + args({"--yes"}))
                                  << QList<QByteArray>{kAddress, kAddress}
                                  << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n
                                                     + QStringLiteral("/emergencyAddress"),
                                                 QStringLiteral("POST ") + base + QStringLiteral("/activeNumbers/") + n
                                                     + QStringLiteral("/emergencyAddress:provision")}
                                  << addressBody << QStringLiteral("Seattle");
    QTest::newRow("11 deprovision") << args({"emergency", "deprovision", "+12065550100", "--yes"})
                                    << QList<QByteArray>{kAddress, QByteArray()}
                                    << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/activeNumbers/") + n
                                                       + QStringLiteral("/emergencyAddress"),
                                                   QStringLiteral("POST ") + base + QStringLiteral("/activeNumbers/") + n
                                                       + QStringLiteral("/emergencyAddress:deprovision")}
                                    << QByteArray() << QString();
    QTest::newRow("12 validate") << (args({"emergency", "validate", "+12065550100"}) + address)
                                 << QList<QByteArray>{kValidation}
                                 << QStringList{QStringLiteral("POST ") + base + QStringLiteral("/activeNumbers/") + n
                                                + QStringLiteral("/emergencyAddress:validate")}
                                 << addressBody << QStringLiteral("NEAR_MATCH");
    QTest::newRow("13 regions") << args({"regions"}) << QList<QByteArray>{kRegions}
                                << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/availableRegions")}
                                << QByteArray() << QStringLiteral("United States");
    QTest::newRow("13 regions types") << args({"regions", "--type", "LOCAL", "--type", "TOLL_FREE"})
                                      << QList<QByteArray>{kRegions}
                                      << QStringList{QStringLiteral("GET ") + base
                                                     + QStringLiteral("/availableRegions?types=LOCAL&types=TOLL_FREE")}
                                      << QByteArray() << QStringLiteral("Sweden");
    QTest::newRow("14 callbacks get") << args({"callbacks", "get"}) << QList<QByteArray>{kCallbacks}
                                      << QStringList{QStringLiteral("GET ") + base + QStringLiteral("/callbackConfiguration")}
                                      << QByteArray() << QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s");
    QTest::newRow("15 callbacks set") << (args({"callbacks", "set", "--yes", "--hmac-secret"}) + QStringList{kHmac})
                                      << QList<QByteArray>{kCallbacks}
                                      << QStringList{QStringLiteral("PATCH ") + base + QStringLiteral("/callbackConfiguration")}
                                      << ("{\"hmacSecret\":\"" + kHmac.toUtf8() + "\"}") << QStringLiteral("proj1");
}

void TestCliWire::everyOperationSendsTheExactRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<QByteArray>, responses);
    QFETCH(QStringList, requests);
    QFETCH(QByteArray, body);
    QFETCH(QString, output);

    for (const QByteArray &response : responses) {
        m_server->enqueueJson(200, response);
    }
    const CliRun r = run(arguments);
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(output), r.out.constData());
    QCOMPARE(m_server->requestCount(), requests.size());
    const QByteArray basic = "Basic " + QByteArray("key1:" + kSecret.toUtf8()).toBase64();
    for (int i = 0; i < requests.size(); ++i) {
        const RecordedRequest &req = m_server->requests().at(i);
        QCOMPARE(QString::fromLatin1(req.method + ' ' + req.target), requests.at(i));
        QCOMPARE(req.header("Authorization"), basic);
        QCOMPARE(req.header("Accept"), QByteArray("application/json"));
    }
    const RecordedRequest &last = m_server->requests().constLast();
    if (body.isEmpty()) {
        QVERIFY2(last.body.isEmpty(), last.body.constData());
    } else {
        QCOMPARE(QJsonDocument::fromJson(last.body), QJsonDocument::fromJson(body));
        QCOMPARE(last.header("Content-Type"), QByteArray("application/json"));
    }
    QVERIFY(!r.outText().contains(kSecret) && !r.errText().contains(kSecret));
}

void TestCliWire::optionsBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList get{QStringLiteral("active"), QStringLiteral("get"), QStringLiteral("+12065550100")};
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("before") << (csv + get);
    QTest::newRow("after") << (get + csv);
    QTest::newRow("inline") << (get + QStringList{QStringLiteral("--format=csv")});
}

void TestCliWire::optionsBeforeOrAfterTheCommand()
{
    QFETCH(QStringList, arguments);
    m_server->enqueueJson(200, kActive);
    // Connection options go first here (run() appends them too: given twice would be an error, so build
    // the list by hand with the connection before the command).
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), connectionArgs(true) + arguments,
                                      nd::test::cleanEnvironment(m_home.path()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("phoneNumber,displayName,"));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().constFirst().target, QByteArray("/v1/projects/proj1/activeNumbers/+12065550100"));
}

void TestCliWire::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestCliWire::formats()
{
    QFETCH(QString, format);
    m_server->enqueueJson(200, bytes(page(2, QStringLiteral("tok+/="))));
    const CliRun r = run({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--type"),
                          QStringLiteral("LOCAL"), QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (format == QLatin1String("csv")) {
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("phoneNumber,displayName,regionCode,type,capability,monthlyPrice")));
        // RFC 4180: the comma and the quotes in the display name force quoting, quotes doubled.
        QVERIFY2(lines.at(1).startsWith(QLatin1String("+12065550000,\"Support, \"\"main\"\"\",US,LOCAL,SMS VOICE,1.25,USD,1,")),
                 qPrintable(lines.at(1)));
        QVERIFY(r.errText().contains(QLatin1String("--page-token tok+/=")));
    } else if (format == QLatin1String("json")) {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray numbers = o.value(QStringLiteral("activeNumbers")).toArray();
        QCOMPARE(numbers.size(), 2);
        QCOMPARE(numbers.at(1).toObject().value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("+12065550001"));
        // Unknown fields are re-emitted.
        QCOMPARE(numbers.at(0).toObject().value(QStringLiteral("newThing")).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("nextPageToken")).toString(), QStringLiteral("tok+/="));
        QCOMPARE(o.value(QStringLiteral("totalSize")).toInt(), 3);
    } else {
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("Number")));
        // Aligned: the Name column starts at the same offset in every line.
        const int nameColumn = lines.at(0).indexOf(QLatin1String("Name"));
        QVERIFY(nameColumn > 0);
        QCOMPARE(lines.at(1).indexOf(QLatin1String("Support")), nameColumn);
        QCOMPARE(lines.at(2).indexOf(QLatin1String("Support")), nameColumn);
        QVERIFY(lines.at(1).contains(QLatin1String("USD 1.25")));
    }
}

void TestCliWire::listAllStreamsEveryPageAndType()
{
    // MOBILE: two pages; LOCAL: one; TOLL_FREE: empty.
    m_server->enqueueJson(200, bytes(page(2, QStringLiteral("p2"), 0)));
    m_server->enqueueJson(200, bytes(page(1, QString(), 2)));
    m_server->enqueueJson(200, bytes(page(2, QString(), 3)));
    m_server->enqueueJson(200, j("{'nextPageToken':''}"));
    const CliRun r = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("active"),
                          QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(lines.at(i + 1).startsWith(QStringLiteral("+1206555%1,").arg(i, 4, 10, QLatin1Char('0'))));
    }
    QCOMPARE(m_server->requestCount(), 4);
    const auto &reqs = m_server->requests();
    QCOMPARE(reqs.at(0).rawQuery, QByteArray("type=MOBILE&pageSize=1000"));
    QCOMPARE(reqs.at(1).rawQuery, QByteArray("type=MOBILE&pageSize=1000&pageToken=p2"));
    QCOMPARE(reqs.at(2).rawQuery, QByteArray("type=LOCAL&pageSize=1000"));
    QCOMPARE(reqs.at(3).rawQuery, QByteArray("type=TOLL_FREE&pageSize=1000"));
    // No progress line: stderr is not a terminal.
    QVERIFY2(!r.errText().contains(QLatin1String("Fetched")), r.err.constData());

    // JSON streaming gives one well-formed document.
    m_server->clear();
    m_server->enqueueJson(200, bytes(page(2, QString(), 0)));
    const CliRun j = run({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                          QStringLiteral("--type"), QStringLiteral("LOCAL"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(j.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("activeNumbers")).toArray().size(), 2);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCliWire::singlePageJsonKeepsNextPageToken()
{
    m_server->enqueueJson(200, bytes(page(1, QStringLiteral("next+1"))));
    const CliRun r = run({QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nextPageToken")).toString(),
             QStringLiteral("next+1"));
    // Without --type and --all the request carries no type (the API then answers MOBILE only).
    QCOMPARE(m_server->requests().constFirst().hasQuery, false);
}

void TestCliWire::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, std::initializer_list<const char *> list, const char *message) {
        QStringList args;
        for (const char *a : list) {
            args.append(QString::fromUtf8(a));
        }
        QTest::newRow(name) << args << QString::fromUtf8(message);
    };
    row("unknown option", {"active", "list", "--foo"}, "unknown option --foo for 'active list'");
    row("bad type", {"available", "search", "--region", "US", "--type", "LANDLINE"},
        "--type must be MOBILE, LOCAL or TOLL_FREE");
    row("search pattern alone", {"available", "search", "--region", "US", "--type", "LOCAL", "--search-pattern",
                                 "START"},
        "--search-pattern needs --pattern");
    row("bad search pattern", {"active", "list", "--pattern", "1", "--search-pattern", "MIDDLE"},
        "--search-pattern must be START, CONTAINS or END");
    row("bad pattern", {"active", "list", "--pattern", "12a"}, "--pattern must be 1 to 15 digits");
    row("missing region", {"available", "search", "--type", "LOCAL"}, "--region is required for 'available search'");
    row("bad region", {"available", "search", "--region", "USA", "--type", "LOCAL"}, "--region must be a two-letter");
    row("bad capability", {"available", "search", "--region", "US", "--type", "LOCAL", "--capability", "MMS"},
        "--capability must be SMS or VOICE");
    row("bad size", {"available", "search", "--region", "US", "--type", "LOCAL", "--size", "0"},
        "--size must be a number from 1 to");
    row("bad number letters", {"active", "get", "+1206555CALL"}, "is not a usable phone number");
    row("national number", {"active", "get", "206 555 0100"}, "is not a usable phone number");
    row("missing number", {"active", "get"}, "'active get' needs NUMBER");
    row("unknown command", {"frobnicate"}, "unknown command 'frobnicate'");
    row("missing subcommand", {"active"}, "'active' needs a subcommand");
    row("all with token", {"active", "list", "--all", "--page-token", "x"}, "--page-token cannot be combined with --all");
    row("bad order", {"active", "list", "--order-by", "price"}, "--order-by must be PHONE_NUMBER or DISPLAY_NAME");
    row("two voices", {"active", "update", "+12065550100", "--voice-rtc-app", "a", "--voice-fax-service", "b"},
        "mutually exclusive");
    row("nothing to update", {"active", "update", "+12065550100"}, "nothing to update");
    row("empty on rent", {"available", "rent", "+12065550100", "--sms-service-plan", ""}, "must not be empty");
    row("campaign alone", {"available", "rent", "+12065550100", "--sms-campaign", "c"},
        "--sms-campaign needs --sms-service-plan");
    row("bad callback url", {"active", "update", "+12065550100", "--callback-url", "ftp://x"},
        "--callback-url must be an http(s) URL");
    row("short secret", {"callbacks", "set", "--hmac-secret", "short"}, "32 to 64 characters");
    row("both secrets", {"callbacks", "set", "--hmac-secret", "x", "--hmac-secret-stdin"},
        "give only one of --hmac-secret, --hmac-secret-stdin and --hmac-secret-file");
    row("bad format", {"--format", "xml", "regions"}, "--format must be table, json or csv");
    row("bad auth", {"regions", "--auth", "digest"}, "--auth must be basic or oauth2");
    row("bad timeout", {"regions", "--timeout", "soon"}, "--timeout must be a number of seconds");
    row("address incomplete", {"emergency", "provision", "+12065550100", "--display-name", "x", "--yes"},
        "--street-number is required for 'emergency provision'");
    row("option before command", {"--region", "US", "available", "search"},
        "unknown option --region (command options go after the command");
    row("sandbox option alone", {"regions", "--sandbox-seed", "3"}, "need --sandbox");
}

void TestCliWire::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = run(arguments, false); // oauth2: anything sent would start with a token request
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.errText().contains(QLatin1String("--help")));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!r.errText().contains(QLatin1String("short"))); // a rejected secret is never echoed
}

void TestCliWire::apiErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("400 violations")
        << 400
        << QByteArray(j("{'error':{'code':400,'message':'Invalid argument','status':'INVALID_ARGUMENT', 'details':[{'type':'BadRequest','fieldViolations':[{'field':'smsConfiguration.servicePlanId', 'description':'must not be empty'}]}]}}"))
        << QStringList{QStringLiteral("400"), QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Invalid argument"),
                       QStringLiteral("smsConfiguration.servicePlanId"), QStringLiteral("must not be empty")};
    QTest::newRow("404") << 404
                         << QByteArray(j("{'error':{'code':404,'message':'Number +12065550100 not found', 'status':'NOT_FOUND','details':[{'type':'ResourceInfo','resourceType':'ActiveNumber', 'resourceName':'+12065550100','owner':'','description':''}]}}"))
                         << QStringList{QStringLiteral("404"), QStringLiteral("NOT_FOUND"),
                                        QStringLiteral("Number +12065550100 not found")};
    QTest::newRow("500") << 500
                         << QByteArray(j("{'error':{'code':'500','message':'Internal error','status':'INTERNAL','details':[]}}"))
                         << QStringList{QStringLiteral("500"), QStringLiteral("INTERNAL"), QStringLiteral("Internal error")};
    QTest::newRow("502 not json") << 502 << QByteArray("<html>Bad gateway</html>") << QStringList{QStringLiteral("502")};
    QTest::newRow("200 garbage") << 200 << QByteArray("{not json") << QStringList{};
}

void TestCliWire::apiErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.headers = {{QByteArray("Content-Type"), status == 502 ? QByteArray("text/html") : QByteArray("application/json")}};
    // Every attempt gets the error: reads are retried (5xx), and the last failure is reported.
    m_server->setDefaultResponse(response);
    const CliRun r = run({QStringLiteral("active"), QStringLiteral("get"), QStringLiteral("+12065550100"),
                          QStringLiteral("--retries"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requestCount(), status >= 500 ? 2 : 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    for (const QString &text : expected) {
        QVERIFY2(r.errText().contains(text), qPrintable(text + QStringLiteral(" missing in: ") + r.errText()));
    }
}

void TestCliWire::networkErrors_data()
{
    QTest::addColumn<bool>("refused");
    QTest::newRow("connection refused") << true;
    QTest::newRow("closed without answer") << false;
}

void TestCliWire::networkErrors()
{
    QFETCH(bool, refused);
    QStringList args{QStringLiteral("active"), QStringLiteral("get"), QStringLiteral("+12065550100")};
    if (refused) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                          args + QStringList{QStringLiteral("--numbers-url"), url, QStringLiteral("--auth-url"), url,
                                                             QStringLiteral("--project"), QStringLiteral("p"),
                                                             QStringLiteral("--key-id"), QStringLiteral("k"),
                                                             QStringLiteral("--key-secret"), QStringLiteral("s")},
                                          nd::test::cleanEnvironment(m_home.path()));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        return;
    }
    // Every attempt is dropped (Qt itself may resend an idempotent GET once on a closed connection).
    CannedResponse drop;
    drop.closeWithoutResponse = true;
    m_server->setDefaultResponse(drop);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(QLatin1String("closed the connection")), r.err.constData());
    QVERIFY(m_server->requestCount() >= 1);
}

void TestCliWire::billableCommandsRefuseWithoutTerminal_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString n = QStringLiteral("+12065550100");
    QTest::newRow("rent") << QStringList{QStringLiteral("available"), QStringLiteral("rent"), n};
    QTest::newRow("rent-any") << QStringList{QStringLiteral("available"), QStringLiteral("rent-any"),
                                             QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--type"),
                                             QStringLiteral("LOCAL")};
    QTest::newRow("update") << QStringList{QStringLiteral("active"), QStringLiteral("update"), n,
                                           QStringLiteral("--display-name"), QStringLiteral("x")};
    QTest::newRow("release") << QStringList{QStringLiteral("active"), QStringLiteral("release"), n};
    QTest::newRow("provision") << QStringList{QStringLiteral("emergency"), QStringLiteral("provision"), n,
                                              QStringLiteral("--display-name"), QStringLiteral("a"),
                                              QStringLiteral("--street-number"), QStringLiteral("1"),
                                              QStringLiteral("--street-info"), QStringLiteral("b"),
                                              QStringLiteral("--city"), QStringLiteral("c"), QStringLiteral("--state"),
                                              QStringLiteral("WA"), QStringLiteral("--postal-code"), QStringLiteral("9")};
    QTest::newRow("deprovision") << QStringList{QStringLiteral("emergency"), QStringLiteral("deprovision"), n};
    QTest::newRow("callbacks set") << QStringList{QStringLiteral("callbacks"), QStringLiteral("set"),
                                                  QStringLiteral("--hmac-secret"), kHmac};
}

void TestCliWire::billableCommandsRefuseWithoutTerminal()
{
    QFETCH(QStringList, arguments);
    // "yes" on a pipe is not a terminal answer: still refused.
    const CliRun r = run(arguments, true, QByteArray("yes\n"));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.errText().contains(QLatin1String("--yes")), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(r.out.isEmpty());
}

void TestCliWire::oauth2FetchesATokenFirst()
{
    m_server->enqueueJson(200, kToken);
    m_server->enqueueJson(200, kRegions);
    const CliRun r = run({QStringLiteral("regions")}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2);
    const RecordedRequest &token = m_server->requests().at(0);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.target, QByteArray("/oauth2/token"));
    QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));
    QCOMPARE(token.header("Authorization"), "Basic " + QByteArray("key1:" + kSecret.toUtf8()).toBase64());
    QVERIFY(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    const RecordedRequest &api = m_server->requests().at(1);
    QCOMPARE(api.target, QByteArray("/v1/projects/proj1/availableRegions"));
    QCOMPARE(api.header("Authorization"), "Bearer " + object(kToken).value(QStringLiteral("access_token")).toString().toUtf8());
}

void TestCliWire::verboseNeverShowsSecrets()
{
    m_server->enqueueJson(200, kToken);
    m_server->enqueueJson(200, kCallbacks);
    const CliRun r = run({QStringLiteral("--verbose"), QStringLiteral("callbacks"), QStringLiteral("get")}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.errText().contains(QLatin1String("/oauth2/token")), r.err.constData());
    QVERIFY(r.errText().contains(QLatin1String("/v1/projects/proj1/callbackConfiguration -> 200")));
    const QString token = object(kToken).value(QStringLiteral("access_token")).toString();
    for (const QString &secret : {kSecret, token, QStringLiteral("K7f2-9aQm"), QStringLiteral("Bearer"),
                                  QStringLiteral("Basic ")}) {
        QVERIFY2(!r.errText().contains(secret), qPrintable(secret));
    }
    // The HMAC secret is the purpose of `callbacks get`: on stdout only.
    QVERIFY(r.outText().contains(QLatin1String("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s")));
}

void TestCliWire::plainHttpToRemoteHostIsRefused()
{
    const CliRun r = nd::test::runCli(
        QStringLiteral(ND_CLI_BINARY),
        {QStringLiteral("regions"), QStringLiteral("--numbers-url"), QStringLiteral("http://numbers.example.com"),
         QStringLiteral("--auth-url"), m_server->baseUrl().toString(), QStringLiteral("--project"),
         QStringLiteral("p"), QStringLiteral("--key-id"), QStringLiteral("k"), QStringLiteral("--key-secret"),
         QStringLiteral("s")},
        nd::test::cleanEnvironment(m_home.path()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(m_server->requestCount(), 0); // not even the token request
}

void TestCliWire::hmacSecretFromStdin()
{
    m_server->enqueueJson(200, kCallbacks);
    const CliRun r = run({QStringLiteral("callbacks"), QStringLiteral("set"), QStringLiteral("--hmac-secret-stdin"),
                          QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")},
                         true, kHmac.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().constFirst().body).object().value(QStringLiteral("hmacSecret")).toString(),
             kHmac);
    QVERIFY(!r.outText().contains(kHmac));
    QVERIFY(!r.outText().contains(QLatin1String("K7f2")));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("projectId")).toString(), QStringLiteral("proj1"));
}

void TestCliWire::helpAndVersion()
{
    const QProcessEnvironment env = nd::test::cleanEnvironment(m_home.path());
    CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), {QStringLiteral("active"), QStringLiteral("list"),
                                                                QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QLatin1String("--page-size")));
    QVERIFY(r.outText().contains(QLatin1String("Exit codes")));
    r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), {QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QLatin1String("callbacks set")));
    QVERIFY(r.outText().contains(QLatin1String("SINCH_KEY_SECRET")));
    r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), {QStringLiteral("--version")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(QLatin1String("numberdesk-cli ")));
    r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), {QStringLiteral("regions")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("no project id")), r.err.constData());
}

void TestCliWire::environmentSuppliesTheConnection()
{
    m_server->enqueueJson(200, kRegions);
    QProcessEnvironment env = nd::test::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("NUMBERDESK_NUMBERS_URL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("NUMBERDESK_AUTH_URL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("SINCH_PROJECT_ID"), QStringLiteral("envproj"));
    env.insert(QStringLiteral("SINCH_KEY_ID"), QStringLiteral("envkey"));
    env.insert(QStringLiteral("SINCH_KEY_SECRET"), QStringLiteral("envsecret"));
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                      {QStringLiteral("regions"), QStringLiteral("--auth"), QStringLiteral("basic"),
                                       QStringLiteral("--project"), QStringLiteral("optproj")},
                                      env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);
    // The option wins over the environment; the rest comes from the environment.
    QCOMPARE(m_server->requests().constFirst().target, QByteArray("/v1/projects/optproj/availableRegions"));
    QCOMPARE(m_server->requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("envkey:envsecret").toBase64());
}

void TestCliWire::savedProfileSuppliesTheConnection()
{
    const QString path = m_home.filePath(QStringLiteral("profiles.json"));
    {
        nd::ProfileStore store(path);
        ND_VERIFY_OK(store.load());
        nd::Profile profile;
        profile.name = QStringLiteral("Work");
        profile.projectId = QStringLiteral("profproj");
        profile.keyId = QStringLiteral("profkey");
        profile.authMethod = nd::AuthMethod::Basic;
        profile.numbersUrl = m_server->baseUrl();
        profile.authUrl = m_server->baseUrl();
        ND_VERIFY_OK(store.upsert(profile));
        ND_VERIFY_OK(store.save());
    }
    QProcessEnvironment env = nd::test::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("NUMBERDESK_PROFILES_FILE"), path);
    env.insert(QStringLiteral("SINCH_PROJECT_ID"), QStringLiteral("ignored-with-a-profile"));
    m_server->enqueueJson(200, kRegions);
    const CliRun r = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                      {QStringLiteral("regions"), QStringLiteral("--profile"), QStringLiteral("Work"),
                                       QStringLiteral("--key-secret"), QStringLiteral("profsecret")},
                                      env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().constFirst().target, QByteArray("/v1/projects/profproj/availableRegions"));
    QCOMPARE(m_server->requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("profkey:profsecret").toBase64());

    // No secret anywhere (no keychain in tests): a usage error naming the profile, nothing sent.
    const CliRun missing = nd::test::runCli(QStringLiteral(ND_CLI_BINARY),
                                            {QStringLiteral("regions"), QStringLiteral("--profile"), QStringLiteral("Work")},
                                            env);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.errText().contains(QLatin1String("no key secret for profile 'Work'")), missing.err.constData());
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestCliWire)
#include "tst_cliwire.moc"
