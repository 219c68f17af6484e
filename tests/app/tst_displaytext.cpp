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
    void errorCodesInWords_data();
    void errorCodesInWords();
    void everyErrorCodeHasARow();
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
    QCOMPARE(
        DisplayText::capabilities({Capability(Capability::Value::Sms), Capability::fromWire(QStringLiteral("MMS"))}),
        QStringLiteral("SMS, MMS"));
}

void TestDisplayText::errorCodesInWords_data()
{
    QTest::addColumn<SmsErrorCode::Value>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Unspecified") << SmsErrorCode::Value::Unspecified << QStringLiteral("No specific reason was given");
    QTest::newRow("InternalError") << SmsErrorCode::Value::InternalError
                                   << QStringLiteral("Sinch had an internal failure");
    QTest::newRow("SmsProvisioningFailed") << SmsErrorCode::Value::SmsProvisioningFailed
                                           << QStringLiteral("Linking the number to the SMS service plan failed");
    QTest::newRow("CampaignProvisioningFailed") << SmsErrorCode::Value::CampaignProvisioningFailed
                                                << QStringLiteral("Linking the number to the 10DLC campaign failed");
    QTest::newRow("CampaignNotAvailable")
        << SmsErrorCode::Value::CampaignNotAvailable << QStringLiteral("The 10DLC campaign is not available");
    QTest::newRow("Exceeded10DlcLimit") << SmsErrorCode::Value::Exceeded10DlcLimit
                                        << QStringLiteral("The 10DLC number limit has been reached");
    QTest::newRow("NumberProvisioningFailed")
        << SmsErrorCode::Value::NumberProvisioningFailed << QStringLiteral("Provisioning the number failed");
    QTest::newRow("PartnerServiceUnavailable") << SmsErrorCode::Value::PartnerServiceUnavailable
                                               << QStringLiteral("A partner service is unavailable; try again later");
    QTest::newRow("CampaignPendingAcceptance") << SmsErrorCode::Value::CampaignPendingAcceptance
                                               << QStringLiteral("The 10DLC campaign has not been accepted yet");
    QTest::newRow("MnoSharingError") << SmsErrorCode::Value::MnoSharingError
                                     << QStringLiteral("Sharing the campaign with the mobile operators failed");
    QTest::newRow("CampaignExpired") << SmsErrorCode::Value::CampaignExpired
                                     << QStringLiteral("The 10DLC campaign has expired");
    QTest::newRow("CampaignMnoRejected") << SmsErrorCode::Value::CampaignMnoRejected
                                         << QStringLiteral("A mobile operator rejected the campaign");
    QTest::newRow("CampaignMnoSuspended")
        << SmsErrorCode::Value::CampaignMnoSuspended << QStringLiteral("A mobile operator suspended the campaign");
    QTest::newRow("CampaignMnoReview") << SmsErrorCode::Value::CampaignMnoReview
                                       << QStringLiteral("The campaign is under review by a mobile operator");
    QTest::newRow("InsufficientBalance") << SmsErrorCode::Value::InsufficientBalance
                                         << QStringLiteral("The account balance is too low to pay the fees");
    QTest::newRow("MockCampaignNotAllowed")
        << SmsErrorCode::Value::MockCampaignNotAllowed << QStringLiteral("Test (mock) campaigns are not allowed");
    QTest::newRow("TfnNotAllowed") << SmsErrorCode::Value::TfnNotAllowed
                                   << QStringLiteral("Toll-free numbers are not allowed for this");
    QTest::newRow("InvalidNnid") << SmsErrorCode::Value::InvalidNnid << QStringLiteral("The NNID is invalid");
}

void TestDisplayText::errorCodesInWords()
{
    QFETCH(SmsErrorCode::Value, code);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::smsErrorCode(SmsErrorCode(code)), expected);
}

void TestDisplayText::everyErrorCodeHasARow()
{
    // errorCodesInWords_data() lists every known code: a new one must get words (and a row) of its own.
    QCOMPARE(std::size(SmsErrorCodeTraits::values), size_t(18));
}

void TestDisplayText::provisioningSummary()
{
    ActiveNumber n;
    QCOMPARE(DisplayText::provisioningSummary(n), QString());
    QVERIFY(!DisplayText::hasPendingProvisioning(n));

    ScheduledProvisioning sp;
    sp.servicePlanId = QStringLiteral("plan1");
    sp.campaignId = QStringLiteral("CQ7RZ2M");
    sp.status = ProvisioningStatus::fromWire(QStringLiteral("FAILED"));
    sp.errorCodes = {SmsErrorCode(SmsErrorCode::Value::CampaignPendingAcceptance)};
    n.smsConfiguration = SmsConfiguration{};
    n.smsConfiguration->scheduledProvisioning = sp;
    QCOMPARE(DisplayText::provisioningSummary(n),
             QStringLiteral("SMS: Failed (service plan plan1, campaign CQ7RZ2M): The 10DLC campaign has not been "
                            "accepted yet"));
    QVERIFY(DisplayText::hasPendingProvisioning(n));

    ScheduledVoiceProvisioning vp;
    vp.type = VoiceType(VoiceType::Value::Fax);
    vp.serviceId = QStringLiteral("fax-1");
    vp.status = ProvisioningStatus(ProvisioningStatus::Value::Waiting);
    n.voiceConfiguration = VoiceConfiguration{};
    n.voiceConfiguration->scheduledVoiceProvisioning = vp;
    QCOMPARE(DisplayText::provisioningSummary(n),
             QStringLiteral("SMS: Failed (service plan plan1, campaign CQ7RZ2M): The 10DLC campaign has not been "
                            "accepted yet\nVoice: Waiting (Fax service fax-1)"));
}

void TestDisplayText::money()
{
    QCOMPARE(DisplayText::money(Money{QStringLiteral("USD"), QStringLiteral("0.8")}), QStringLiteral("USD 0.8"));
    QCOMPARE(DisplayText::money(Money{QStringLiteral("JPY"), QStringLiteral("3000")}), QStringLiteral("JPY 3000"));
    QCOMPARE(DisplayText::recurringPrice(Money{QStringLiteral("EUR"), QStringLiteral("2.5")}, 3),
             QStringLiteral("EUR 2.5 every 3 months"));
    QCOMPARE(DisplayText::money(Money{}), QStringLiteral("\u2014")); // an em dash
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
