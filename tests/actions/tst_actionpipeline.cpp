// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "sandboxfixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
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

class TestActionPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanSuccessIsDoneAndRecorded();
    void clearRefusalIsNotDone();
    void unsafeCallsAreSentExactlyOnce_data();
    void unsafeCallsAreSentExactlyOnce();
    void serverErrorOnRentIsReconciledNotDone();
    void rentOfANumberAlreadyOursIsDoneByOther();
    void concurrentRentsOfOneNumberChargeOnce();
    void rentAnyDoubleRentalIsFlagged();
    void rentAnyAmbiguousWithoutNewNumberIsNotDone();
    void failedCheckGivesUnknownAndRecheckSettlesIt();
    void rateLimitedRequestsAreSentAgain();
    void rateLimitGivesUpAfterTheLastAttempt();
    void deprovisionOfANumberNotOursIsNotDone();
    void deprovisionWithoutAddressIsDoneByOther();
    void releaseOfANumberAlreadyReleasingIsDoneByOther();
    void releaseOfANumberGoneIsDoneByOther();
    void relinkingAPlanSendsUnlinkThenLinkOnce();
    void noRecordNoRequest();
    void cancelBeforeSendingIsNotDone();
    void cancelAfterSendingIsReconciled();
    void destroyedContextGetsNoCallback();
    void destroyedClientGetsNoCallback();

private:
    Outcome run(const ActionRequest &request);
    ActiveNumber activeNumber(const QString &e164);
    AvailableNumber offer(const QString &e164);
    AuditRecord record(qint64 id);

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ActionPipeline> m_pipeline;
};

void TestActionPipeline::init()
{
    QVERIFY(m_sb.start());
    m_log = std::make_unique<AuditLog>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_log->open());
    m_recorder = std::make_unique<ActivityRecorder>(
        m_log.get(), ActivityRecorder::Identity{AuditClient::App, QStringLiteral("Sandbox"), m_sb.server->projectId()});
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    RetryPolicy fast = m_pipeline->rateLimitPolicy();
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 20;
    fast.honourRetryAfter = false; // the sandbox's Retry-After is a second; the tests need not wait
    m_pipeline->setRateLimitPolicy(fast);
}

void TestActionPipeline::cleanup()
{
    m_pipeline.reset();
    m_recorder.reset();
    m_log.reset();
    m_sb.client.reset();
    m_sb.server.reset();
}

Outcome TestActionPipeline::run(const ActionRequest &request)
{
    std::optional<Outcome> outcome;
    m_pipeline->run(request, this, [&](const Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000)) {
        return Outcome();
    }
    return *outcome;
}

ActiveNumber TestActionPipeline::activeNumber(const QString &e164)
{
    const auto r = m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->getActiveNumber(e164, ctx, cb); });
    return r ? r.value() : ActiveNumber();
}

AvailableNumber TestActionPipeline::offer(const QString &e164)
{
    const auto r =
        m_sb.wait<AvailableNumber>([&](QObject *ctx, auto cb) { m_sb.client->getAvailableNumber(e164, ctx, cb); });
    return r ? r.value() : AvailableNumber();
}

AuditRecord TestActionPipeline::record(qint64 id)
{
    return m_log->record(id).value_or(AuditRecord());
}

void TestActionPipeline::cleanSuccessIsDoneAndRecorded()
{
    const QString n = m_sb.someAvailableNumber();
    QVERIFY(!n.isEmpty());
    const AvailableNumber price = offer(n);
    const Outcome o = run(ActionRequest::rentNumber(price));
    QCOMPARE(o.kind, OutcomeKind::Done);
    QVERIFY(!o.reconciled);
    QCOMPARE(o.attempts, 1);
    QVERIFY(o.activeNumber);
    QCOMPARE(o.activeNumber->phoneNumber, n);
    QCOMPARE(o.explanation, QStringLiteral("Rented %1.").arg(n));
    QVERIFY(m_sb.state()->activeNumber(n));
    QCOMPARE(m_sb.count("rent"), 1);

    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.operation, QStringLiteral("rent"));
    QCOMPARE(r.outcome, QStringLiteral("done"));
    QCOMPARE(r.numbers, QStringList{n});
    QCOMPARE(r.client, QStringLiteral("app"));
    QCOMPARE(r.cost.currencyCode, price.monthlyPrice.currencyCode);
    QCOMPARE(r.cost.setupPrice, price.setupPrice.amount);
    QCOMPARE(r.cost.monthlyPrice, price.monthlyPrice.amount);
    QCOMPARE(r.costEffect().kind, CostEffect::Kind::Charge);
    QCOMPARE(r.detail, o.explanation);
}

void TestActionPipeline::clearRefusalIsNotDone()
{
    // A 400 is certain: nothing changed and there is nothing to check.
    const QString n = m_sb.rentedNumber();
    QVERIFY(!n.isEmpty());
    UpdateStep step;
    step.update.configuration.callbackUrl = QStringLiteral("ftp://not-http.example");
    step.changes = {FieldChange{QStringLiteral("callbackUrl"), QString(), *step.update.configuration.callbackUrl}};
    const int getsBefore = m_sb.count("get");
    const Outcome o = run(ActionRequest::updateNumber(activeNumber(n), {step}));
    QCOMPARE(o.kind, OutcomeKind::NotDone);
    QVERIFY(!o.reconciled);
    QVERIFY(!o.mayRetry);
    QCOMPARE(o.originalError.httpStatus, 400);
    QCOMPARE(m_sb.count("get"), getsBefore + 1); // only the test's own read, no check
    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.outcome, QStringLiteral("not_done"));
    QCOMPARE(r.changes, step.changes);
    QCOMPARE(r.costEffect().kind, CostEffect::Kind::None);
}

void TestActionPipeline::unsafeCallsAreSentExactlyOnce_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<OutcomeKind>("expected");
    for (const char *op : {"rent", "rentAny", "update", "release", "provisionEmergencyAddress",
                           "deprovisionEmergencyAddress", "updateCallbackConfiguration"}) {
        QTest::addRow("%s drop-after-commit", op)
            << QString::fromLatin1(op) << QStringLiteral("drop-after-commit") << OutcomeKind::Done;
        QTest::addRow("%s reset", op) << QString::fromLatin1(op) << QStringLiteral("reset") << OutcomeKind::NotDone;
        QTest::addRow("%s 5xx", op) << QString::fromLatin1(op) << QStringLiteral("503") << OutcomeKind::NotDone;
    }
}

// The heart of it: under drop-after-commit (done, then the connection dies without an answer) Qt would
// silently re-send the request; the sandbox must see exactly one, and the outcome (and its record) must match
// the sandbox's state.
void TestActionPipeline::unsafeCallsAreSentExactlyOnce()
{
    QFETCH(QString, operation);
    QFETCH(QString, fault);
    QFETCH(OutcomeKind, expected);

    // Set-up without faults: a rented number, with an address when deprovisioning.
    const QString n = m_sb.rentedNumber();
    QVERIFY(!n.isEmpty());
    if (operation == QLatin1String("deprovisionEmergencyAddress")) {
        const auto r = m_sb.wait<EmergencyAddress>(
            [&](QObject *ctx, auto cb) { m_sb.client->provisionEmergencyAddress(n, seattle(), ctx, cb); });
        QVERIFY(r.ok());
    }
    const ActiveNumber current = activeNumber(n);
    const int activeBefore = m_sb.state()->activeCount();
    const int sentBefore = m_sb.count(qPrintable(operation)); // the set-up's own rent
    const QString secretBefore = m_sb.state()->hmacSecret();
    const QString other = m_sb.someAvailableNumber(3);
    const AvailableNumber otherOffer = offer(other);
    QVERIFY(m_sb.server->setFaults(fault + QLatin1Char('@') + operation + QStringLiteral("=1")));

    Outcome o;
    if (operation == QLatin1String("rent")) {
        o = run(ActionRequest::rentNumber(otherOffer));
        QCOMPARE(m_sb.state()->activeNumber(other) != nullptr, o.isDone());
    } else if (operation == QLatin1String("rentAny")) {
        RentAnyRequest r;
        r.regionCode = QStringLiteral("US");
        r.type = NumberType(NumberType::Value::Local);
        o = run(ActionRequest::rentAnyNumber(r));
        QCOMPARE(m_sb.state()->activeCount(), activeBefore + (o.isDone() ? 1 : 0));
        if (o.isDone()) {
            QCOMPARE(o.rentedNumbers.size(), 1);
            QVERIFY(m_sb.state()->activeNumber(o.phoneNumber));
            QCOMPARE(record(o.recordId).numbers, QStringList{o.phoneNumber});
            QCOMPARE(record(o.recordId).costEffect().kind, CostEffect::Kind::Charge);
        }
    } else if (operation == QLatin1String("update")) {
        DesiredSettings want;
        want.displayName = QStringLiteral("Support line");
        want.callbackUrl = QStringLiteral("https://hooks.example.com/n");
        o = run(ActionRequest::updateNumber(current, planUpdate(current, want)));
        QCOMPARE(m_sb.state()->activeNumber(n)->displayName == QLatin1String("Support line"), o.isDone());
    } else if (operation == QLatin1String("release")) {
        o = run(ActionRequest::releaseNumber(current));
        QCOMPARE(m_sb.state()->activeNumber(n)->expireAtMs != 0, o.isDone());
        QCOMPARE(record(o.recordId).costEffect().kind, o.isDone() ? CostEffect::Kind::Saving : CostEffect::Kind::None);
    } else if (operation == QLatin1String("provisionEmergencyAddress")) {
        o = run(ActionRequest::provisionAddress(n, seattle(), EmergencyAddress()));
        QCOMPARE(m_sb.state()->activeNumber(n)->emergencyAddress.has_value(), o.isDone());
    } else if (operation == QLatin1String("deprovisionEmergencyAddress")) {
        o = run(ActionRequest::deprovisionAddress(n, seattle().address()));
        QCOMPARE(!m_sb.state()->activeNumber(n)->emergencyAddress.has_value(), o.isDone());
    } else {
        o = run(ActionRequest::changeCallbackSecret(NewSecret));
        QCOMPARE(m_sb.state()->hmacSecret() == NewSecret, o.isDone());
        QCOMPARE(m_sb.state()->hmacSecret() == secretBefore, !o.isDone());
    }
    QCOMPARE(m_sb.count(qPrintable(operation)) - sentBefore, 1); // never re-sent, by Qt or by us
    QCOMPARE(o.kind, expected);
    QVERIFY(o.reconciled);
    QVERIFY(o.originalError.isAmbiguous());
    QVERIFY(!o.explanation.isEmpty());
    if (o.isNotDone()) {
        QVERIFY(o.mayRetry);
    }
    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.outcome, ActionKinds::key(expected));
    QCOMPARE(r.detail, o.explanation);
    QVERIFY2(!r.detail.contains(NewSecret), "the secret must never be recorded");
}

void TestActionPipeline::serverErrorOnRentIsReconciledNotDone()
{
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    QVERIFY(m_sb.server->setFaults(QStringLiteral("500@rent=1")));
    const int checksBefore = m_sb.count("checkAvailability");
    const Outcome o = run(ActionRequest::rentNumber(price));
    QCOMPARE(o.kind, OutcomeKind::NotDone);
    QVERIFY(o.reconciled);
    QVERIFY(o.mayRetry);
    QCOMPARE(o.originalError.httpStatus, 500);
    QCOMPARE(m_sb.count("rent"), 1);
    QCOMPARE(m_sb.count("get"), 1);
    QCOMPARE(m_sb.count("checkAvailability"), checksBefore + 1);
    QVERIFY(!m_sb.state()->activeNumber(n));
    QCOMPARE(record(o.recordId).costEffect().kind, CostEffect::Kind::None);
}

// A 404 "not available" answer to a rent of a number that turns out to be ours means someone else rented it
// first: a distinct outcome, recorded without a cost of ours.
void TestActionPipeline::rentOfANumberAlreadyOursIsDoneByOther()
{
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    const auto taken = m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->rentNumber(n, {}, ctx, cb); });
    QVERIFY(taken.ok());
    const Outcome o = run(ActionRequest::rentNumber(price));
    QCOMPARE(o.kind, OutcomeKind::DoneByOther);
    QVERIFY(o.originalError.isNotFound());
    QVERIFY(!o.reconciled);
    QVERIFY(o.explanation.contains(n));
    QVERIFY(o.activeNumber);
    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.outcome, QStringLiteral("done_by_other"));
    QCOMPARE(r.costEffect().kind, CostEffect::Kind::None);
    QCOMPARE(r.costEffect().displayText(), QString());

    // A number nobody holds and nobody offers: not rented, and no point trying again.
    const Outcome o2 = run(
        ActionRequest::rentNumber(AvailableNumber{QStringLiteral("+19999999999"), {}, {}, {}, {}, {}, 0, false, {}}));
    QCOMPARE(o2.kind, OutcomeKind::NotDone);
    QVERIFY(!o2.mayRetry);
}

// The race of issue 10: N rents of one number at once give exactly one Done and N-1 DoneByOther, and the log's
// charges add up to one rent.
void TestActionPipeline::concurrentRentsOfOneNumberChargeOnce()
{
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    constexpr int Racers = 4;
    QList<Outcome> outcomes;
    for (int i = 0; i < Racers; ++i) {
        m_pipeline->run(ActionRequest::rentNumber(price), this, [&](const Outcome &o) { outcomes.append(o); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), Racers, 30000);
    QCOMPARE(m_sb.count("rent"), Racers);
    int done = 0;
    int byOther = 0;
    for (const Outcome &o : std::as_const(outcomes)) {
        done += o.isDone() ? 1 : 0;
        byOther += o.isDoneByOther() ? 1 : 0;
    }
    QCOMPARE(done, 1);
    QCOMPARE(byOther, Racers - 1);
    AuditFilter rents;
    rents.number = n;
    int charges = 0;
    for (const AuditRecord &r : m_log->records(rents)) {
        charges += r.costEffect().kind == CostEffect::Kind::Charge ? 1 : 0;
    }
    QCOMPARE(m_log->count(rents), Racers);
    QCOMPARE(charges, 1);
}

void TestActionPipeline::rentAnyDoubleRentalIsFlagged()
{
    // Simulate a second rental slipping in (another user) between the snapshot and the check.
    QVERIFY(m_sb.server->setFaults(QStringLiteral("drop-after-commit@rentAny=1")));
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    const QString extra = m_sb.someAvailableNumber(5);
    std::optional<Outcome> outcome;
    ActionCall *call = m_pipeline->run(ActionRequest::rentAnyNumber(r), this, [&](const Outcome &o) { outcome = o; });
    connect(call, &ActionCall::phaseChanged, this, [&](ActionCall::Phase phase) {
        if (phase == ActionCall::Phase::Sending) {
            sandbox::AvailableNumber a = *m_sb.state()->availableNumber(extra);
            m_sb.state()->rent(a, {});
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->kind, OutcomeKind::Done);
    QVERIFY(outcome->needsReview);
    QCOMPARE(outcome->rentedNumbers.size(), 2);
    QVERIFY(outcome->explanation.contains(extra));
    QCOMPARE(m_sb.count("rentAny"), 1);
    QCOMPARE(record(outcome->recordId).numbers.size(), 2);
}

void TestActionPipeline::rentAnyAmbiguousWithoutNewNumberIsNotDone()
{
    QVERIFY(m_sb.server->setFaults(QStringLiteral("503@rentAny=1")));
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    r.pattern.pattern = QStringLiteral("+1206");
    r.pattern.searchPattern = SearchPattern(SearchPattern::Value::Start);
    const int before = m_sb.state()->activeCount();
    const Outcome o = run(ActionRequest::rentAnyNumber(r));
    QCOMPARE(o.kind, OutcomeKind::NotDone);
    QVERIFY(o.reconciled);
    QVERIFY(o.mayRetry);
    QVERIFY(o.rentedNumbers.isEmpty());
    QCOMPARE(m_sb.state()->activeCount(), before);
    QCOMPARE(m_sb.count("rentAny"), 1);
    QCOMPARE(m_sb.count("list"), 2); // the snapshot and the check (one page each)
    QCOMPARE(record(o.recordId).summary, QStringLiteral("regionCode=US type=LOCAL pattern=+1206 START"));
}

void TestActionPipeline::failedCheckGivesUnknownAndRecheckSettlesIt()
{
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    RetryPolicy policy = m_sb.client->retryPolicy();
    policy.maxAttempts = 2;
    m_sb.client->setRetryPolicy(policy);
    QVERIFY(m_sb.server->setFaults(QStringLiteral("drop-after-commit@rent=1,500@get=1")));
    const ActionRequest request = ActionRequest::rentNumber(price);
    const Outcome o = run(request);
    QCOMPARE(o.kind, OutcomeKind::Unknown);
    QVERIFY(!o.mayRetry);
    QCOMPARE(o.checkError.httpStatus, 500);
    QVERIFY(o.explanation.contains(n));
    QCOMPARE(m_sb.count("get"), 2); // the check's own retries were used first
    QCOMPARE(m_sb.count("rent"), 1);
    QCOMPARE(record(o.recordId).outcome, QStringLiteral("unknown"));
    QCOMPARE(record(o.recordId).costEffect().kind, CostEffect::Kind::PossibleCharge);

    // Later the state can be read: checking again settles the record, and nothing is sent.
    QVERIFY(m_sb.server->setFaults(QString()));
    std::optional<Outcome> settled;
    m_pipeline->recheck(request, o.recordId, this, [&](const Outcome &s) { settled = s; });
    QTRY_VERIFY(settled.has_value());
    QCOMPARE(settled->kind, OutcomeKind::Done);
    QCOMPARE(m_sb.count("rent"), 1);
    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.outcome, QStringLiteral("done"));
    QVERIFY(r.settledAt.isValid());
    QCOMPARE(r.costEffect().kind, CostEffect::Kind::Charge);
}

// A 429 changed nothing: the request is sent again after the wait, and the record says Done once.
void TestActionPipeline::rateLimitedRequestsAreSentAgain()
{
    const QString n = m_sb.rentedNumber();
    const ActiveNumber current = activeNumber(n);
    // The first two releases are refused with 429; the third goes through.
    QVERIFY(m_sb.server->setFaults(QStringLiteral("429@release=1")));
    QSignalSpy waits(m_pipeline.get(), &ActionPipeline::rateLimited);
    connect(m_pipeline.get(), &ActionPipeline::rateLimited, this, [&] {
        if (waits.count() == 2) {
            QVERIFY(m_sb.server->setFaults(QString()));
        }
    });
    const Outcome o = run(ActionRequest::releaseNumber(current));
    QCOMPARE(o.kind, OutcomeKind::Done);
    QVERIFY(!o.reconciled);
    QCOMPARE(o.attempts, 3);
    QCOMPARE(m_sb.count("release"), 3);
    QCOMPARE(waits.count(), 2);
    QVERIFY(m_sb.state()->activeNumber(n)->expireAtMs != 0);
    AuditFilter releases;
    releases.operation = Operation::Release;
    QCOMPARE(m_log->count(releases), 1);
    QCOMPARE(m_log->records(releases).constFirst().outcome, QStringLiteral("done"));
}

void TestActionPipeline::rateLimitGivesUpAfterTheLastAttempt()
{
    const QString n = m_sb.rentedNumber();
    RetryPolicy policy = m_pipeline->rateLimitPolicy();
    policy.maxAttempts = 3;
    m_pipeline->setRateLimitPolicy(policy);
    QVERIFY(m_sb.server->setFaults(QStringLiteral("429@release=1")));
    const Outcome o = run(ActionRequest::releaseNumber(activeNumber(n)));
    QCOMPARE(o.kind, OutcomeKind::NotDone);
    QVERIFY(o.mayRetry); // certainly not done
    QVERIFY(!o.reconciled);
    QCOMPARE(o.attempts, 3);
    QCOMPARE(m_sb.count("release"), 3);
    QCOMPARE(m_sb.state()->activeNumber(n)->expireAtMs, qint64(0));
    QCOMPARE(record(o.recordId).outcome, QStringLiteral("not_done"));
}

// Defect 2 of issue 10: a reset deprovision of a number that is not ours used to be "removed".
void TestActionPipeline::deprovisionOfANumberNotOursIsNotDone()
{
    const QString notOurs = m_sb.someAvailableNumber(2);
    QVERIFY(!m_sb.state()->activeNumber(notOurs));
    QVERIFY(m_sb.server->setFaults(QStringLiteral("reset@deprovisionEmergencyAddress=1")));
    const Outcome o = run(ActionRequest::deprovisionAddress(notOurs));
    QCOMPARE(o.kind, OutcomeKind::NotDone);
    QVERIFY(o.reconciled);
    QVERIFY(!o.mayRetry);
    QVERIFY2(o.explanation.contains(QStringLiteral("not one of your active numbers")), qPrintable(o.explanation));
    QCOMPARE(record(o.recordId).outcome, QStringLiteral("not_done"));

    // Answered directly (no fault), a 404 about the number is a refusal too.
    QVERIFY(m_sb.server->setFaults(QString()));
    const Outcome direct = run(ActionRequest::deprovisionAddress(notOurs));
    QCOMPARE(direct.kind, OutcomeKind::NotDone);
    QVERIFY(!direct.reconciled);
}

void TestActionPipeline::deprovisionWithoutAddressIsDoneByOther()
{
    const QString n = m_sb.rentedNumber();
    QVERIFY(!m_sb.state()->activeNumber(n)->emergencyAddress.has_value());
    const Outcome o = run(ActionRequest::deprovisionAddress(n));
    QCOMPARE(o.kind, OutcomeKind::DoneByOther);
    QCOMPARE(record(o.recordId).outcome, QStringLiteral("done_by_other"));
}

void TestActionPipeline::releaseOfANumberAlreadyReleasingIsDoneByOther()
{
    const QString n = m_sb.rentedNumber();
    const Outcome first = run(ActionRequest::releaseNumber(activeNumber(n)));
    QCOMPARE(first.kind, OutcomeKind::Done);
    const Outcome again = run(ActionRequest::releaseNumber(activeNumber(n)));
    QCOMPARE(again.kind, OutcomeKind::DoneByOther);
    QCOMPARE(record(first.recordId).costEffect().kind, CostEffect::Kind::Saving);
    QCOMPARE(record(again.recordId).costEffect().kind, CostEffect::Kind::None);
}

void TestActionPipeline::releaseOfANumberGoneIsDoneByOther()
{
    ActiveNumber gone;
    gone.phoneNumber = m_sb.someAvailableNumber(1); // not in the project
    const Outcome o = run(ActionRequest::releaseNumber(gone));
    QCOMPARE(o.kind, OutcomeKind::DoneByOther);
    QVERIFY(o.originalError.isNotFound());
}

// Changing a linked service plan is unlink, then link: each PATCH exactly once, even when both answers are lost.
void TestActionPipeline::relinkingAPlanSendsUnlinkThenLinkOnce()
{
    const QString n = m_sb.rentedNumber();
    const QString planA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    const QString planB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    ActiveNumberUpdate link;
    link.configuration.sms = SmsConfigurationRequest{planA, std::nullopt};
    QVERIFY(m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->updateActiveNumber(n, link, ctx, cb); }));
    const ActiveNumber current = activeNumber(n);
    DesiredSettings want;
    want.sms = SmsLink{planB, QString()};
    const QList<UpdateStep> steps = planUpdate(current, want);
    QCOMPARE(steps.size(), 2);
    const int before = m_sb.count("update");
    QVERIFY(m_sb.server->setFaults(QStringLiteral("drop-after-commit@update=1")));
    const Outcome o = run(ActionRequest::updateNumber(current, steps));
    QCOMPARE(o.kind, OutcomeKind::Done);
    QCOMPARE(o.stepsDone, 2);
    QCOMPARE(m_sb.count("update") - before, 2);
    QCOMPARE(effectiveSms(activeNumber(n)).servicePlanId, planB);
    const AuditRecord r = record(o.recordId);
    QCOMPARE(r.changes, planChanges(steps));
    QCOMPARE(r.changesText(),
             QStringLiteral("SMS service plan: %1 → none; SMS service plan: none → %2").arg(planA, planB));
}

void TestActionPipeline::noRecordNoRequest()
{
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    // A log in a folder that cannot be created: nothing may be sent.
    AuditLog broken(QStringLiteral("/proc/numberdesk-test/audit.sqlite"));
    ActivityRecorder recorder(&broken, {});
    ActionPipeline pipeline(m_sb.client.get(), &recorder);
    std::optional<Outcome> outcome;
    pipeline.run(ActionRequest::rentNumber(price), this, [&](const Outcome &o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutcomeKind::NotDone);
    QVERIFY(outcome->notRecorded);
    QCOMPARE(outcome->attempts, 0);
    QCOMPARE(m_sb.count("rent"), 0);
}

void TestActionPipeline::cancelBeforeSendingIsNotDone()
{
    RentAnyRequest r;
    r.regionCode = QStringLiteral("US");
    r.type = NumberType(NumberType::Value::Local);
    std::optional<Outcome> outcome;
    QPointer<ActionCall> call =
        m_pipeline->run(ActionRequest::rentAnyNumber(r), this, [&](const Outcome &o) { outcome = o; });
    call->cancel(); // still preparing (the snapshot)
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutcomeKind::NotDone);
    QVERIFY(outcome->cancelled);
    QVERIFY(!outcome->reconciled);
    QTRY_VERIFY(call.isNull());
    QCOMPARE(m_sb.count("rentAny"), 0);
    QCOMPARE(record(outcome->recordId).outcome, QStringLiteral("not_done"));
}

void TestActionPipeline::cancelAfterSendingIsReconciled()
{
    cleanup();
    init();
    QVERIFY(m_sb.start(QString(), 400)); // every answer takes 400 ms: the rent is really in flight
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    std::optional<Outcome> outcome;
    QPointer<ActionCall> call =
        m_pipeline->run(ActionRequest::rentNumber(price), this, [&](const Outcome &o) { outcome = o; });
    QTRY_COMPARE(call->phase(), ActionCall::Phase::Sending);
    // Wait until the request has reached the sandbox (it answers 400 ms later), then cancel.
    QTRY_COMPARE(m_sb.receivedCount("rent"), 1);
    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(outcome->cancelled);
    QVERIFY(outcome->reconciled); // not simply "not done"
    QVERIFY(outcome->kind != OutcomeKind::Unknown);
    QTRY_COMPARE(m_sb.count("rent"), 1);
    QCOMPARE(outcome->isDone(), m_sb.state()->activeNumber(n) != nullptr);
}

void TestActionPipeline::destroyedContextGetsNoCallback()
{
    cleanup();
    init();
    QVERIFY(m_sb.start(QString(), 200));
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    QPointer<ActionCall> call =
        m_pipeline->run(ActionRequest::rentNumber(price), context.get(), [&](const Outcome &) { ++calls; });
    QSignalSpy finished(call.data(), &ActionCall::finished);
    QTRY_COMPARE(call->phase(), ActionCall::Phase::Sending);
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); // it still finishes, and records its outcome
    QTRY_VERIFY(call.isNull());
    QCOMPARE(calls, 0);
    QCOMPARE(m_log->pendingRecords().size(), 0);
}

void TestActionPipeline::destroyedClientGetsNoCallback()
{
    cleanup();
    init();
    QVERIFY(m_sb.start(QString(), 300));
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    const QString n = m_sb.someAvailableNumber();
    const AvailableNumber price = offer(n);
    int calls = 0;
    int rawCalls = 0;
    QPointer<ActionCall> call =
        m_pipeline->run(ActionRequest::rentNumber(price), this, [&](const Outcome &) { ++calls; });
    m_sb.client->getActiveNumber(n, this, [&](const Result<ActiveNumber> &) { ++rawCalls; });
    QTRY_COMPARE(call->phase(), ActionCall::Phase::Sending);
    QTRY_COMPARE(m_sb.receivedCount("rent"), 1);
    m_sb.client.reset();
    QTRY_VERIFY(call.isNull());
    // Positive control for "nothing else happens": the sandbox does answer both requests meanwhile.
    QTRY_COMPARE(m_sb.count("rent"), 1);
    QTRY_COMPARE(m_sb.count("get"), 1);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
    QCOMPARE(rawCalls, 0);
    // The record does not stay pending: the action was abandoned with an unknown outcome.
    QCOMPARE(m_log->pendingRecords().size(), 0);
}

QTEST_GUILESS_MAIN(TestActionPipeline)
#include "tst_actionpipeline.moc"
