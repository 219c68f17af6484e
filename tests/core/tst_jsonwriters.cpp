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

// The API's values written as JSON again: everything received survives, unset values are written as "" or null.
class TestJsonWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serializersRoundTrip();
    void serializerEmitsExtraAndNulls();
};

void TestJsonWriters::serializersRoundTrip()
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

void TestJsonWriters::serializerEmitsExtraAndNulls()
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

QTEST_GUILESS_MAIN(TestJsonWriters)
#include "tst_jsonwriters.moc"
