// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QtTest>

using namespace nd;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interval_data();
    void interval();
    void unknownEnumsAreShownRaw();
    void errorCodesInWords();
    void provisioningSummary();
    void money();
    void voiceSummary();
    void emergencyAddress();
};

void TestDisplayText::interval_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << 0 << QString();
    QTest::newRow("one") << 1 << QStringLiteral("every month");
    QTest::newRow("three") << 3 << QStringLiteral("every 3 months");
    QTest::newRow("twelve") << 12 << QStringLiteral("every year");
}

void TestDisplayText::interval()
{
    QFETCH(int, months);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::interval(months), expected);
}

void TestDisplayText::unknownEnumsAreShownRaw()
{
    QCOMPARE(DisplayText::numberType(NumberType::fromWire(QStringLiteral("SATELLITE"))), QStringLiteral("SATELLITE"));
    QCOMPARE(DisplayText::numberType(NumberType(NumberType::Value::TollFree)), QStringLiteral("Toll-free"));
    QCOMPARE(DisplayText::smsErrorCode(SmsErrorCode::fromWire(QStringLiteral("NEW_CODE"))), QStringLiteral("NEW_CODE"));
    QCOMPARE(DisplayText::provisioningStatus(ProvisioningStatus::fromWire(QStringLiteral("PAUSED"))),
             QStringLiteral("PAUSED"));
    QCOMPARE(DisplayText::capabilities({Capability(Capability::Value::Sms), Capability::fromWire(QStringLiteral("MMS"))}),
             QStringLiteral("SMS, MMS"));
}

void TestDisplayText::errorCodesInWords()
{
    // Every known code has words of its own, never the raw wire name.
    for (const auto &[value, wire] : SmsErrorCodeTraits::values) {
        const QString text = DisplayText::smsErrorCode(SmsErrorCode(value));
        QVERIFY2(!text.isEmpty() && text != QLatin1String(wire), wire);
    }
    QVERIFY(DisplayText::smsErrorCode(SmsErrorCode(SmsErrorCode::Value::CampaignPendingAcceptance))
                .contains(QLatin1String("accepted")));
}

void TestDisplayText::provisioningSummary()
{
    ActiveNumber n;
    QVERIFY(DisplayText::provisioningSummary(n).isEmpty());
    QVERIFY(!DisplayText::hasPendingProvisioning(n));

    ScheduledProvisioning sp;
    sp.servicePlanId = QStringLiteral("plan1");
    sp.campaignId = QStringLiteral("CQ7RZ2M");
    sp.status = ProvisioningStatus::fromWire(QStringLiteral("FAILED"));
    sp.errorCodes = {SmsErrorCode(SmsErrorCode::Value::CampaignPendingAcceptance)};
    n.smsConfiguration = SmsConfiguration{};
    n.smsConfiguration->scheduledProvisioning = sp;
    const QString text = DisplayText::provisioningSummary(n);
    QVERIFY2(text.contains(QLatin1String("Failed")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("CQ7RZ2M")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not been accepted")), qPrintable(text));
    QVERIFY(DisplayText::hasPendingProvisioning(n));

    ScheduledVoiceProvisioning vp;
    vp.type = VoiceType(VoiceType::Value::Fax);
    vp.serviceId = QStringLiteral("fax-1");
    vp.status = ProvisioningStatus(ProvisioningStatus::Value::Waiting);
    n.voiceConfiguration = VoiceConfiguration{};
    n.voiceConfiguration->scheduledVoiceProvisioning = vp;
    const QString both = DisplayText::provisioningSummary(n);
    QCOMPARE(both.count(QLatin1Char('\n')), 1);
    QVERIFY2(both.contains(QLatin1String("Waiting")) && both.contains(QLatin1String("fax-1")), qPrintable(both));
}

void TestDisplayText::money()
{
    QCOMPARE(DisplayText::money(Money{QStringLiteral("USD"), QStringLiteral("0.8")}), QStringLiteral("USD 0.8"));
    QCOMPARE(DisplayText::money(Money{QStringLiteral("JPY"), QStringLiteral("3000")}), QStringLiteral("JPY 3000"));
    QCOMPARE(DisplayText::recurringPrice(Money{QStringLiteral("EUR"), QStringLiteral("2.5")}, 3),
             QStringLiteral("EUR 2.5 every 3 months"));
    QVERIFY(!DisplayText::money(Money{}).isEmpty());
}

void TestDisplayText::voiceSummary()
{
    QCOMPARE(DisplayText::voiceSummary(std::nullopt), QStringLiteral("Not linked"));
    VoiceConfiguration v;
    v.type = VoiceType(VoiceType::Value::Est);
    v.trunkId = QStringLiteral("trunk-9");
    QCOMPARE(DisplayText::voiceSummary(v), QStringLiteral("Elastic SIP trunk trunk-9"));
}

void TestDisplayText::emergencyAddress()
{
    EmergencyAddress a;
    a.streetNumber = QStringLiteral("221");
    a.streetInfo = QStringLiteral("Pine St");
    a.location = QStringLiteral("Suite 400");
    a.city = QStringLiteral("Seattle");
    a.state = QStringLiteral("WA");
    a.postalCode = QStringLiteral("98101");
    a.postalCodePlusFour = QStringLiteral("2034");
    QCOMPARE(DisplayText::emergencyAddress(a), QStringLiteral("221 Pine St, Suite 400, Seattle, WA 98101-2034"));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
