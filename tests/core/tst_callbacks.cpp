// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The core's callback tools (docs/api.md §6): the signature checker on the worked example of §6.4, rotations,
// and the CallbackListener receiving real events from the in-process sandbox. Signatures are also checked with
// an HMAC-SHA1 written here from QCryptographicHash (RFC 2104), independent of the code under test.
#include "independenthmac.h"
#include "callbackevent.h"
#include "callbacklistener.h"
#include "callbacksender.h"
#include "callbacksignature.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
namespace Sig = nd::CallbackSignature;

namespace {

using nd::test::hmacSha1;

const QString kSecret = QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s");
const QByteArray kBody =
    "{\"eventId\":\"01jq7z3k8m2n4p6r8t0v2x4z6b\",\"timestamp\":\"2025-03-14T09:26:53.589793\",\"projectId\":\"c0ffee00-"
    "1234-4abc-9def-0123456789ab\",\"resourceId\":\"+12025550134\",\"resourceType\":\"ACTIVE_NUMBER\",\"eventType\":"
    "\"PROVISIONING_TO_SMS_PLATFORM\",\"status\":\"SUCCEEDED\",\"failureCode\":null}";
const QByteArray kSignature = "a46fdb4752ee4b77274ba65eee247ab74b11417e";

} // namespace

class TestCallbacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<nd::test::SandboxFixture> m_fixture;

    bool startSandbox()
    {
        m_fixture = std::make_unique<nd::test::SandboxFixture>();
        nd::test::SandboxFixture::Options options;
        options.provisioningStepMs = 20;
        return m_fixture->start(options);
    }

    // Rents an available number with an SMS plan and this callback URL; "" when that failed.
    QString rentWithCallback(const QUrl &url, int index = 0)
    {
        const QString n = m_fixture->someAvailableNumber(index);
        NumberConfiguration c;
        c.sms = SmsConfigurationRequest{QStringLiteral("plan-1"), std::nullopt};
        c.callbackUrl = url.toString();
        const auto r =
            m_fixture->wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_fixture->client->rentNumber(n, c, ctx, cb); });
        return r ? n : QString();
    }

private Q_SLOTS:
    void workedExampleVerifies()
    {
        QCOMPARE(kBody.size(), 274);
        QCOMPARE(hmacSha1(kSecret.toUtf8(), kBody), kSignature); // the test's own HMAC agrees with §6.4
        QCOMPARE(Sig::sign(kBody, kSecret), kSignature);
        const Sig::Verdict v = Sig::verify(kBody, kSignature, kSecret);
        QVERIFY(v.valid);
        QCOMPARE(v.match, Sig::Match::Current);
        QCOMPARE(v.expected, kSignature);
        // Upper-case hex is the same signature.
        QVERIFY(Sig::verify(kBody, kSignature.toUpper(), kSecret).valid);
    }

    void anyChangeIsRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QByteArray oneByte = kBody;
        oneByte[oneByte.indexOf("SUCCEEDED")] = 'Z';
        QTest::newRow("one byte of the body") << oneByte << kSignature;
        QTest::newRow("a final newline") << QByteArray(kBody + '\n') << kSignature;
        QByteArray sig = kSignature;
        sig[39] = '0';
        QTest::newRow("one digit of the signature") << kBody << sig;
        QTest::newRow("base64 of the digest") << kBody << QByteArray("pG/bR1LuS3cnS6Ze7iR6t0sRQX4=");
        QTest::newRow("no header") << kBody << QByteArray();
    }

    void anyChangeIsRejected()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        const Sig::Verdict v = Sig::verify(body, signature, kSecret);
        QVERIFY(!v.valid);
        QCOMPARE(v.match, Sig::Match::None);
        QCOMPARE(v.expected, hmacSha1(kSecret.toUtf8(), body));
        QVERIFY(!v.summary().isEmpty());
        QVERIFY(!v.summary().contains(kSecret));
        QCOMPARE(v.headerPresent, !signature.isEmpty());
    }

    void rotationAcceptsPreviousAndCurrent()
    {
        const QString next = QStringLiteral("Next-0123456789-abcdefghij-KLMNOPQRS");
        const QByteArray newSignature = hmacSha1(next.toUtf8(), kBody);
        // Signed with the old secret, checked during the rotation: valid, and it says which.
        Sig::Verdict v = Sig::verify(kBody, kSignature, next, kSecret);
        QVERIFY(v.valid);
        QCOMPARE(v.match, Sig::Match::Previous);
        QCOMPARE(v.expected, newSignature);
        QCOMPARE(v.expectedWithPrevious, kSignature);
        v = Sig::verify(kBody, newSignature, next, kSecret);
        QVERIFY(v.valid);
        QCOMPARE(v.match, Sig::Match::Current);
        // After the rotation window, the old signature no longer passes.
        QVERIFY(!Sig::verify(kBody, kSignature, next).valid);
        QVERIFY(!Sig::verify(kBody, kSignature, QString()).valid);
    }

    void constantTimeEquality()
    {
        QVERIFY(Sig::constantTimeEquals(kSignature, QByteArray(kSignature)));
        QVERIFY(!Sig::constantTimeEquals(kSignature, kSignature.left(39)));
        QByteArray last = kSignature;
        last[39] = 'f';
        QVERIFY(!Sig::constantTimeEquals(kSignature, last));
    }

    void listenerVerifiesSandboxEvents()
    {
        QVERIFY(startSandbox());
        CallbackListener listener;
        listener.setClient(m_fixture->client.get());
        const auto listening = listener.listen(0);
        QVERIFY2(listening.ok(), qPrintable(listening.error().message));
        bool loaded = false;
        listener.loadSecret([&](const std::optional<ApiError> &e) { loaded = !e; });
        QTRY_VERIFY(loaded);
        QSignalSpy spy(&listener, &CallbackListener::callbackChecked);
        const QString n = rentWithCallback(listener.receiver()->url());
        QVERIFY(!n.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 15000);
        const auto c = spy.first().first().value<CheckedCallback>();
        const QByteArray secret = m_fixture->state()->hmacSecret().toUtf8();
        QCOMPARE(c.request.signature(), hmacSha1(secret, c.request.body));
        QVERIFY(c.verdict.valid);
        QCOMPARE(c.verdict.match, Sig::Match::Current);
        QCOMPARE(c.event.resourceId, n);
        QCOMPARE(c.event.eventType, QStringLiteral("PROVISIONING_TO_SMS_PLATFORM"));
        QCOMPARE(c.event.status, QStringLiteral("SUCCEEDED"));
        QVERIFY(c.event.timestamp.isValid());
        QCOMPARE(c.request.method, QByteArray("POST"));
        QCOMPARE(c.request.header("content-type"), QByteArray("application/json"));
    }

    void listenerFollowsARotation()
    {
        QVERIFY(startSandbox());
        CallbackListener listener;
        listener.setClient(m_fixture->client.get());
        const auto listening = listener.listen(0);
        QVERIFY2(listening.ok(), qPrintable(listening.error().message));
        bool loaded = false;
        listener.loadSecret([&](const std::optional<ApiError> &e) { loaded = !e; });
        QTRY_VERIFY(loaded);
        QSignalSpy spy(&listener, &CallbackListener::callbackChecked);
        QVERIFY(!rentWithCallback(listener.receiver()->url(), 0).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 15000);
        const QByteArray before = m_fixture->state()->hmacSecret().toUtf8();

        // The secret is rotated between two events: the listener reads it again and accepts the new signature.
        const QString rotated = QStringLiteral("Rotated-0123456789-abcdefghij-KLMNOP");
        QVERIFY(m_fixture->wait<CallbackConfiguration>(
            [&](QObject *ctx, auto cb) { m_fixture->client->updateCallbackConfiguration(rotated, ctx, cb); }));
        QVERIFY(!rentWithCallback(listener.receiver()->url(), 1).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 15000);
        const auto second = spy.at(1).first().value<CheckedCallback>();
        QCOMPARE(second.request.signature(), hmacSha1(rotated.toUtf8(), second.request.body));
        QVERIFY(second.verdict.valid);
        QCOMPARE(second.verdict.match, Sig::Match::Current);

        // An event still signed with the old secret (a retry queued before the rotation) passes as "previous".
        CallbackSender sender;
        bool answered = false;
        sender.send(listener.receiver()->url(), kBody, QString::fromUtf8(before),
                    [&](const TestCallbackResult &r) { answered = r.statusCode == 200; });
        QTRY_VERIFY(answered);
        QTRY_COMPARE(spy.size(), 3);
        const auto third = spy.at(2).first().value<CheckedCallback>();
        QVERIFY(third.verdict.valid);
        QCOMPARE(third.verdict.match, Sig::Match::Previous);
        // And one signed with neither is invalid.
        answered = false;
        sender.send(listener.receiver()->url(), kBody, kSecret,
                    [&](const TestCallbackResult &r) { answered = r.statusCode == 200; });
        QTRY_VERIFY(answered);
        QTRY_COMPARE(spy.size(), 4);
        QVERIFY(!spy.at(3).first().value<CheckedCallback>().verdict.valid);
    }

    void sampleEventsAreSignedAndComplete()
    {
        CallbackListener listener;
        listener.setSecrets(kSecret);
        const auto listening = listener.listen(0);
        QVERIFY2(listening.ok(), qPrintable(listening.error().message));
        QSignalSpy spy(&listener, &CallbackListener::callbackChecked);
        const QByteArray body =
            CallbackEvent::sampleBody(QStringLiteral("PROVISIONING_TO_CAMPAIGN"), QStringLiteral("FAILED"),
                                      QStringLiteral("+12065550100"), QStringLiteral("p1"));
        CallbackSender sender;
        std::optional<TestCallbackResult> result;
        sender.send(listener.receiver()->url(), body, kSecret, [&](const TestCallbackResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->statusCode, 200);
        QCOMPARE(result->signature, hmacSha1(kSecret.toUtf8(), body));
        QTRY_COMPARE(spy.size(), 1);
        const auto c = spy.first().first().value<CheckedCallback>();
        QCOMPARE(c.request.body, body);
        QVERIFY(c.verdict.valid);
        QCOMPARE(c.event.failureCode, QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE"));
        QCOMPARE(c.event.resourceId, QStringLiteral("+12065550100"));
        QCOMPARE(c.event.eventId.size(), 26);
        QVERIFY(c.event.timestamp.isValid());
        // Nobody listening: no HTTP answer, and the reason.
        listener.close();
        result.reset();
        sender.send(QUrl(QStringLiteral("http://127.0.0.1:1/x")), body, kSecret,
                    [&](const TestCallbackResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->statusCode, 0);
        QVERIFY(!result->error.isEmpty());
    }

    void cleanup() { m_fixture.reset(); }
};

QTEST_GUILESS_MAIN(TestCallbacks)
#include "tst_callbacks.moc"
