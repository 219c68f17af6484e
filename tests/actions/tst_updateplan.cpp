// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateplan.h"

#include <QTest>

using namespace nd;

namespace {

ActiveNumber number(const QString &plan, const QString &campaign, const QString &voiceId = {},
                    VoiceType::Value voiceType = VoiceType::Value::Rtc)
{
    ActiveNumber n;
    n.phoneNumber = QStringLiteral("+12065550100");
    n.displayName = QStringLiteral("Front desk");
    n.callbackUrl = QStringLiteral("https://hooks.example.com/a");
    SmsConfiguration sms;
    sms.servicePlanId = plan;
    sms.campaignId = campaign;
    n.smsConfiguration = sms;
    VoiceConfiguration voice;
    voice.type = VoiceType(voiceType);
    (voiceType == VoiceType::Value::Rtc   ? voice.appId
     : voiceType == VoiceType::Value::Est ? voice.trunkId
                                          : voice.serviceId) = voiceId;
    n.voiceConfiguration = voice;
    return n;
}

QString describe(const QList<UpdateStep> &steps)
{
    QStringList parts;
    for (const UpdateStep &s : steps) {
        parts << FieldChange::describe(s.changes);
    }
    return parts.join(QLatin1String(" | "));
}

} // namespace

class TestUpdatePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void pendingChangeCountsAsTheCurrentLink();
    void failedChangeDoesNotCount();
};

void TestUpdatePlan::plans_data()
{
    QTest::addColumn<ActiveNumber>("current");
    QTest::addColumn<DesiredSettings>("want");
    QTest::addColumn<QString>("expected"); // steps' changes, " | " between steps

    const QString a = QStringLiteral("planA");
    const QString b = QStringLiteral("planB");
    DesiredSettings rename;
    rename.displayName = QStringLiteral("Reception");
    QTest::newRow("rename") << number(a, {}) << rename << QStringLiteral("display name: “Front desk” → “Reception”");

    DesiredSettings same;
    same.displayName = QStringLiteral("Front desk");
    same.sms = SmsLink{a, QString()};
    QTest::newRow("nothing to change") << number(a, {}) << same << QString();

    DesiredSettings otherPlan;
    otherPlan.sms = SmsLink{b, QString()};
    QTest::newRow("other plan: unlink then link")
        << number(a, {}) << otherPlan
        << QStringLiteral("SMS service plan: planA → none | SMS service plan: none → planB");

    DesiredSettings otherPlanWithCampaign;
    otherPlanWithCampaign.sms = SmsLink{b, QStringLiteral("C2")};
    QTest::newRow("other plan, campaigns: unlink both then link both")
        << number(a, QStringLiteral("C1")) << otherPlanWithCampaign
        << QStringLiteral("SMS service plan: planA → none; 10DLC campaign: C1 → none | SMS service plan: none → planB; "
                          "10DLC campaign: none → C2");

    DesiredSettings otherCampaign;
    otherCampaign.sms = SmsLink{a, QStringLiteral("C2")};
    QTest::newRow("other campaign, same plan")
        << number(a, QStringLiteral("C1")) << otherCampaign
        << QStringLiteral("10DLC campaign: C1 → none | 10DLC campaign: none → C2");

    DesiredSettings addCampaign;
    addCampaign.sms = SmsLink{a, QStringLiteral("C1")};
    QTest::newRow("add a campaign: one step")
        << number(a, {}) << addCampaign << QStringLiteral("10DLC campaign: none → C1");

    DesiredSettings firstPlan;
    firstPlan.sms = SmsLink{b, QString()};
    QTest::newRow("first plan: one step")
        << number({}, {}) << firstPlan << QStringLiteral("SMS service plan: none → planB");

    DesiredSettings unlink;
    unlink.sms = SmsLink{};
    QTest::newRow("unlink plan and campaign")
        << number(a, QStringLiteral("C1")) << unlink
        << QStringLiteral("SMS service plan: planA → none; 10DLC campaign: C1 → none");

    DesiredSettings toFax;
    toFax.voice = VoiceLink{VoiceType(VoiceType::Value::Fax), QStringLiteral("fax1")};
    QTest::newRow("voice RTC to FAX: one step")
        << number(a, {}, QStringLiteral("app1")) << toFax << QStringLiteral("voice: RTC app1 → FAX fax1");

    DesiredSettings noVoice;
    noVoice.voice = VoiceLink{VoiceType(VoiceType::Value::Rtc), QString()};
    QTest::newRow("voice unlink") << number(a, {}, QStringLiteral("trunk"), VoiceType::Value::Est) << noVoice
                                  << QStringLiteral("voice: EST trunk → none");

    DesiredSettings everything;
    everything.displayName = QStringLiteral("Sales");
    everything.callbackUrl = QString();
    everything.sms = SmsLink{b, QString()};
    QTest::newRow("name and URL go with the unlink")
        << number(a, {}) << everything
        << QStringLiteral("display name: “Front desk” → “Sales”; callback URL: https://hooks.example.com/a → none; SMS "
                          "service plan: planA → none | SMS service plan: none → planB");
}

void TestUpdatePlan::plans()
{
    QFETCH(ActiveNumber, current);
    QFETCH(DesiredSettings, want);
    QFETCH(QString, expected);
    const QList<UpdateStep> steps = planUpdate(current, want);
    QCOMPARE(describe(steps), expected);
    for (const UpdateStep &step : steps) {
        QVERIFY(!step.update.isEmpty());
        if (step.update.configuration.sms && step.update.configuration.sms->servicePlanId.isEmpty()) {
            // An unlink never carries a link in the same request.
            QVERIFY(!step.update.configuration.sms->campaignId || step.update.configuration.sms->campaignId->isEmpty());
        }
    }
}

void TestUpdatePlan::pendingChangeCountsAsTheCurrentLink()
{
    ActiveNumber n = number(QString(), QString());
    ScheduledProvisioning pending;
    pending.servicePlanId = QStringLiteral("planA");
    pending.status = ProvisioningStatus(ProvisioningStatus::Value::Waiting);
    n.smsConfiguration->scheduledProvisioning = pending;
    QCOMPARE(effectiveSms(n).servicePlanId, QStringLiteral("planA"));
    DesiredSettings want;
    want.sms = SmsLink{QStringLiteral("planB"), QString()};
    QCOMPARE(planUpdate(n, want).size(), 2); // planA is being linked: unlink it first
}

void TestUpdatePlan::failedChangeDoesNotCount()
{
    ActiveNumber n = number(QString(), QString());
    ScheduledProvisioning failed;
    failed.servicePlanId = QStringLiteral("planA");
    failed.status = ProvisioningStatus(ProvisioningStatus::Value::Failed);
    n.smsConfiguration->scheduledProvisioning = failed;
    QCOMPARE(effectiveSms(n).servicePlanId, QString());
    DesiredSettings want;
    want.sms = SmsLink{QStringLiteral("planB"), QString()};
    QCOMPARE(planUpdate(n, want).size(), 1);
}

QTEST_GUILESS_MAIN(TestUpdatePlan)
#include "tst_updateplan.moc"
