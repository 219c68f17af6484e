// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeoperations.h"
#include "sandboxfixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using nd::test::SandboxFixture;

namespace {

EmergencyAddressRequest seattle()
{
    EmergencyAddressRequest a;
    a.displayName = QStringLiteral("Seattle office");
    a.streetNumber = QStringLiteral("221");
    a.streetInfo = QStringLiteral("Pine St");
    a.city = QStringLiteral("Seattle");
    a.state = QStringLiteral("WA");
    a.postalCode = QStringLiteral("98101");
    return a;
}

const QString NewSecret = QStringLiteral("Abcdefgh-1234-5678-90ab-cdefghijklmn");

} // namespace

class TestSafeOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanSuccessIsDone();
    void clearRefusalIsNotDone();
    void unsafeCallsAreSentExactlyOnce_data();
    void unsafeCallsAreSentExactlyOnce();
    void serverErrorOnRentIsReconciledNotDone();
    void rentAnswered404IsCheckedAgainstActive();
    void rentAnyDoubleRentalIsFlagged();
    void rentAnyAmbiguousWithoutNewNumberIsNotDone();
    void failedCheckGivesUnknown();
    void cancelBeforeSendingIsNotDone();
    void cancelAfterSendingIsReconciled();
    void destroyedContextGetsNoCallback();
    void destroyedClientGetsNoCallback();

private:
    Outcome run(const std::function<SafeCall *(SafeOperations &, QObject *, SafeCall::Callback)> &start);

    SandboxFixture m_sb;
    std::unique_ptr<SafeOperations> m_ops;
};

void TestSafeOperations::init()
{
    QVERIFY(m_sb.start());
    m_ops = std::make_unique<SafeOperations>(m_sb.client.get());
}

void TestSafeOperations::cleanup()
{
    m_ops.reset();
    m_sb.client.reset();
    m_sb.server.reset();
}

Outcome TestSafeOperations::run(const std::function<SafeCall *(SafeOperations &, QObject *, SafeCall::Callback)> &start)
{
    std::optional<Outcome> outcome;
    start(*m_ops, this, [&](const Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000)) {
        return Outcome();
    }
    return *outcome;
}

void TestSafeOperations::cleanSuccessIsDone()
{
    const QString n = m_sb.someAvailableNumber();
    QVERIFY(!n.isEmpty());
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(n, {}, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::Done);
    QVERIFY(!o.reconciled);
    QVERIFY(o.activeNumber);
    QCOMPARE(o.activeNumber->phoneNumber, n);
    QVERIFY(o.explanation.contains(n));
    QVERIFY(m_sb.state()->activeNumber(n));
    QCOMPARE(m_sb.count("rent"), 1);
}

void TestSafeOperations::clearRefusalIsNotDone()
{
    // A 400 is certain: nothing changed and there is nothing to check.
    const QString n = m_sb.rentedNumber();
    QVERIFY(!n.isEmpty());
    ActiveNumberUpdate bad;
    bad.configuration.callbackUrl = QStringLiteral("ftp://not-http.example");
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.update(n, bad, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::NotDone);
    QVERIFY(!o.reconciled);
    QVERIFY(!o.mayRetry);
    QCOMPARE(o.originalError.httpStatus, 400);
    QCOMPARE(m_sb.count("get"), 0);
}

void TestSafeOperations::unsafeCallsAreSentExactlyOnce_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expectedKind");
    const int done = int(Outcome::Kind::Done);
    const int notDone = int(Outcome::Kind::NotDone);
    for (const char *op : {"rent", "rentAny", "update", "release", "provisionEmergencyAddress",
                           "deprovisionEmergencyAddress", "updateCallbackConfiguration"}) {
        QTest::addRow("%s drop-after-commit", op) << QString::fromLatin1(op) << QStringLiteral("drop-after-commit") << done;
        QTest::addRow("%s reset", op) << QString::fromLatin1(op) << QStringLiteral("reset") << notDone;
    }
}

// The heart of it: under drop-after-commit (done, then the connection dies without an answer) Qt would
// silently re-send the request; the sandbox must see exactly one, and the outcome must match its state.
void TestSafeOperations::unsafeCallsAreSentExactlyOnce()
{
    QFETCH(QString, operation);
    QFETCH(QString, fault);
    QFETCH(int, expectedKind);

    // Set-up without faults: a rented number, with an address when deprovisioning.
    const QString n = m_sb.rentedNumber();
    QVERIFY(!n.isEmpty());
    if (operation == QLatin1String("deprovisionEmergencyAddress")) {
        const auto r = m_sb.wait<EmergencyAddress>([&](QObject *ctx, auto cb) {
            m_sb.client->provisionEmergencyAddress(n, seattle(), ctx, cb);
        });
        QVERIFY(r.ok());
    }
    const int activeBefore = m_sb.state()->activeCount();
    const int sentBefore = m_sb.count(qPrintable(operation)); // the set-up's own rent
    const QString secretBefore = m_sb.state()->hmacSecret();
    QVERIFY(m_sb.server->setFaults(fault + QLatin1Char('@') + operation + QStringLiteral("=1")));

    Outcome o;
    if (operation == QLatin1String("rent")) {
        const QString other = m_sb.someAvailableNumber(3);
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(other, {}, ctx, cb); });
        QCOMPARE(m_sb.state()->activeNumber(other) != nullptr, expectedKind == int(Outcome::Kind::Done));
    } else if (operation == QLatin1String("rentAny")) {
        RentAnyRequest r;
        r.regionCode = QStringLiteral("US");
        r.type = NumberType(NumberType::Value::Local);
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rentAny(r, ctx, cb); });
        QCOMPARE(m_sb.state()->activeCount(), activeBefore + (expectedKind == int(Outcome::Kind::Done) ? 1 : 0));
        if (o.isDone()) {
            QCOMPARE(o.rentedNumbers.size(), 1);
            QVERIFY(m_sb.state()->activeNumber(o.phoneNumber));
        }
    } else if (operation == QLatin1String("update")) {
        ActiveNumberUpdate u;
        u.displayName = QStringLiteral("Support line");
        u.configuration.callbackUrl = QStringLiteral("https://hooks.example.com/n");
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.update(n, u, ctx, cb); });
        QCOMPARE(m_sb.state()->activeNumber(n)->displayName == QLatin1String("Support line"), o.isDone());
    } else if (operation == QLatin1String("release")) {
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.release(n, ctx, cb); });
        QCOMPARE(m_sb.state()->activeNumber(n)->expireAtMs != 0, o.isDone());
    } else if (operation == QLatin1String("provisionEmergencyAddress")) {
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) {
            return ops.provisionEmergencyAddress(n, seattle(), ctx, cb);
        });
        QCOMPARE(m_sb.state()->activeNumber(n)->emergencyAddress.has_value(), o.isDone());
    } else if (operation == QLatin1String("deprovisionEmergencyAddress")) {
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.deprovisionEmergencyAddress(n, ctx, cb); });
        QCOMPARE(!m_sb.state()->activeNumber(n)->emergencyAddress.has_value(), o.isDone());
    } else {
        o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.updateCallbackSecret(NewSecret, ctx, cb); });
        QCOMPARE(m_sb.state()->hmacSecret() == NewSecret, o.isDone());
        QCOMPARE(m_sb.state()->hmacSecret() == secretBefore, !o.isDone());
    }
    QCOMPARE(m_sb.count(qPrintable(operation)) - sentBefore, 1); // never re-sent, by Qt or by us
    QCOMPARE(int(o.kind), expectedKind);
    QVERIFY(o.reconciled);
    QVERIFY(o.originalError.isAmbiguous());
    QVERIFY(!o.explanation.isEmpty());
    if (o.isNotDone()) {
        QVERIFY(o.mayRetry);
    }
}

void TestSafeOperations::serverErrorOnRentIsReconciledNotDone()
{
    const QString n = m_sb.someAvailableNumber();
    QVERIFY(m_sb.server->setFaults(QStringLiteral("500@rent=1")));
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(n, {}, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::NotDone);
    QVERIFY(o.reconciled);
    QVERIFY(o.mayRetry);
    QCOMPARE(o.originalError.httpStatus, 500);
    QCOMPARE(m_sb.count("rent"), 1);
    QCOMPARE(m_sb.count("get"), 1);
    QCOMPARE(m_sb.count("checkAvailability"), 1);
    QVERIFY(!m_sb.state()->activeNumber(n));
}

void TestSafeOperations::rentAnswered404IsCheckedAgainstActive()
{
    // The rent is answered 404 AvailableNumber; the check shows the number is not ours: NotDone, no retry.
    const QString n = m_sb.someAvailableNumber();
    const auto taken = m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->rentNumber(n, {}, ctx, cb); });
    QVERIFY(taken.ok());
    // Now it is ours: a second rent answers 404, and the check finds it among the active numbers.
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(n, {}, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::Done);
    QVERIFY(o.originalError.isNotFound());
    QVERIFY(o.explanation.contains(n));
    // Released and gone from the project: a rent of a number that is nobody's is NotDone.
    const QString gone = QStringLiteral("+19999999999");
    const Outcome o2 = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(gone, {}, ctx, cb); });
    QCOMPARE(o2.kind, Outcome::Kind::NotDone);
    QVERIFY(!o2.mayRetry);
}

void TestSafeOperations::rentAnyDoubleRentalIsFlagged()
{
    // Simulate a second rental slipping in (a re-send, or another user) between the snapshot and the check.
    QVERIFY(m_sb.server->setFaults(QStringLiteral("drop-after-commit@rentAny=1")));
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    const QString extra = m_sb.someAvailableNumber(5);
    std::optional<Outcome> outcome;
    SafeCall *call = m_ops->rentAny(r, this, [&](const Outcome &o) { outcome = o; });
    connect(call, &SafeCall::phaseChanged, this, [&](SafeCall::Phase phase) {
        if (phase == SafeCall::Phase::Sending) {
            sandbox::AvailableNumber a = *m_sb.state()->availableNumber(extra);
            m_sb.state()->rent(a, {});
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->kind, Outcome::Kind::Done);
    QVERIFY(outcome->needsReview);
    QCOMPARE(outcome->rentedNumbers.size(), 2);
    QVERIFY(outcome->explanation.contains(extra));
    QCOMPARE(m_sb.count("rentAny"), 1);
}

void TestSafeOperations::rentAnyAmbiguousWithoutNewNumberIsNotDone()
{
    QVERIFY(m_sb.server->setFaults(QStringLiteral("503@rentAny=1")));
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    r.pattern.pattern = QStringLiteral("+1206");
    r.pattern.searchPattern = SearchPattern(SearchPattern::Value::Start);
    const int before = m_sb.state()->activeCount();
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rentAny(r, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::NotDone);
    QVERIFY(o.reconciled);
    QVERIFY(o.mayRetry);
    QVERIFY(o.rentedNumbers.isEmpty());
    QCOMPARE(m_sb.state()->activeCount(), before);
    QCOMPARE(m_sb.count("rentAny"), 1);
    QCOMPARE(m_sb.count("list"), 2); // the snapshot and the check (one page each)
}

void TestSafeOperations::failedCheckGivesUnknown()
{
    const QString n = m_sb.someAvailableNumber();
    RetryPolicy policy = m_sb.client->retryPolicy();
    policy.maxAttempts = 2;
    m_sb.client->setRetryPolicy(policy);
    QVERIFY(m_sb.server->setFaults(QStringLiteral("drop-after-commit@rent=1,500@get=1")));
    const Outcome o = run([&](SafeOperations &ops, QObject *ctx, auto cb) { return ops.rent(n, {}, ctx, cb); });
    QCOMPARE(o.kind, Outcome::Kind::Unknown);
    QVERIFY(!o.mayRetry);
    QCOMPARE(o.checkError.httpStatus, 500);
    QVERIFY(o.explanation.contains(n));
    QCOMPARE(m_sb.count("get"), 2); // the check's own retries were used first
    QCOMPARE(m_sb.count("rent"), 1);
}

void TestSafeOperations::cancelBeforeSendingIsNotDone()
{
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    std::optional<Outcome> outcome;
    QPointer<SafeCall> call = m_ops->rentAny(r, this, [&](const Outcome &o) { outcome = o; });
    call->cancel(); // still preparing (the snapshot)
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, Outcome::Kind::NotDone);
    QVERIFY(outcome->cancelled);
    QVERIFY(!outcome->reconciled);
    QTest::qWait(100);
    QCOMPARE(m_sb.count("rentAny"), 0);
    QTRY_VERIFY(call.isNull());
}

void TestSafeOperations::cancelAfterSendingIsReconciled()
{
    cleanup();
    QVERIFY(m_sb.start(QString(), 400)); // every answer takes 400 ms: the rent is really in flight
    m_ops = std::make_unique<SafeOperations>(m_sb.client.get());
    const QString n = m_sb.someAvailableNumber();
    std::optional<Outcome> outcome;
    QPointer<SafeCall> call = m_ops->rent(n, {}, this, [&](const Outcome &o) { outcome = o; });
    QTRY_COMPARE(call->phase(), SafeCall::Phase::Sending);
    QTest::qWait(150); // sent, not answered
    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(outcome->cancelled);
    QVERIFY(outcome->reconciled); // not simply "not done"
    QVERIFY(outcome->kind != Outcome::Kind::Unknown);
    QTest::qWait(500);
    QCOMPARE(outcome->isDone(), m_sb.state()->activeNumber(n) != nullptr);
    QVERIFY(m_sb.count("rent") <= 1);
}

void TestSafeOperations::destroyedContextGetsNoCallback()
{
    cleanup();
    QVERIFY(m_sb.start(QString(), 200));
    m_ops = std::make_unique<SafeOperations>(m_sb.client.get());
    const QString n = m_sb.someAvailableNumber();
    int calls = 0;
    auto context = std::make_unique<QObject>();
    QPointer<SafeCall> call = m_ops->rent(n, {}, context.get(), [&](const Outcome &) { ++calls; });
    QTRY_COMPARE(call->phase(), SafeCall::Phase::Sending);
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 10000); // it still finishes (and cleans up)
    QTest::qWait(300);
    QCOMPARE(calls, 0);
}

void TestSafeOperations::destroyedClientGetsNoCallback()
{
    cleanup();
    QVERIFY(m_sb.start(QString(), 300));
    m_ops = std::make_unique<SafeOperations>(m_sb.client.get());
    const QString n = m_sb.someAvailableNumber();
    int calls = 0;
    int rawCalls = 0;
    QPointer<SafeCall> call = m_ops->rent(n, {}, this, [&](const Outcome &) { ++calls; });
    m_sb.client->getActiveNumber(n, this, [&](const Result<ActiveNumber> &) { ++rawCalls; });
    QTRY_COMPARE(call->phase(), SafeCall::Phase::Sending);
    m_sb.client.reset();
    QTRY_VERIFY(call.isNull());
    QTest::qWait(600); // the delayed answers arrive at sockets nobody reads any more
    QCOMPARE(calls, 0);
    QCOMPARE(rawCalls, 0);
}

QTEST_GUILESS_MAIN(TestSafeOperations)
#include "tst_safeoperations.moc"
