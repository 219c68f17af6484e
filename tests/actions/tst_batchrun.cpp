// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "batchrun.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using nd::test::SandboxFixture;

class TestBatchRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void partialReleaseTotalsWhatHappenedAndRetriesTheRest();
    void stopFinishesTheOnesInFlightAndSkipsTheRest();
    void withoutActivityLogNothingIsSent();

private:
    QList<ActiveNumber> rentSome(int count);

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ActionPipeline> m_pipeline;
};

void TestBatchRun::init()
{
    QVERIFY(m_sb.start(QString(), 0, 0));
    m_log = std::make_unique<AuditLog>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_log->open());
    m_recorder = std::make_unique<ActivityRecorder>(m_log.get(), ActivityRecorder::Identity());
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    RetryPolicy fast = m_pipeline->rateLimitPolicy();
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 20;
    fast.honourRetryAfter = false;
    m_pipeline->setRateLimitPolicy(fast);
}

void TestBatchRun::cleanup()
{
    m_pipeline.reset();
    m_recorder.reset();
    m_log.reset();
    m_sb.client.reset();
    m_sb.server.reset();
}

QList<ActiveNumber> TestBatchRun::rentSome(int count)
{
    QList<ActiveNumber> numbers;
    for (int i = 0; i < count; ++i) {
        const QString n = m_sb.rentedNumber(i);
        const auto r =
            m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->getActiveNumber(n, ctx, cb); });
        if (r) {
            numbers << r.value();
        }
    }
    return numbers;
}

// Defect 3 of issue 10: 9 releases under 5xx and 429 faults. The totals count only what was released, a 429 is
// sent again, "retry the ones not done" runs exactly the certainly-not-done ones.
void TestBatchRun::partialReleaseTotalsWhatHappenedAndRetriesTheRest()
{
    const QList<ActiveNumber> numbers = rentSome(9);
    QCOMPARE(numbers.size(), 9);
    QList<ActionRequest> requests;
    for (const ActiveNumber &n : numbers) {
        requests << ActionRequest::releaseNumber(n);
    }
    RetryPolicy reads = m_sb.client->retryPolicy();
    reads.maxAttempts = 1; // the checks may fail too: some outcomes stay unknown
    m_sb.client->setRetryPolicy(reads);
    QVERIFY(m_sb.server->setFaults(QStringLiteral("5xx=0.2,429=0.1")));
    BatchRun batch(m_pipeline.get(), requests);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(batch.finishedCount(), 9);

    // Independently of the run: what the sandbox says was released, against what the run says it did.
    PriceTotals expected;
    for (int i = 0; i < numbers.size(); ++i) {
        const bool released = m_sb.state()->activeNumber(numbers.at(i).phoneNumber)->expireAtMs != 0;
        const BatchRun::ItemState state = batch.item(i).state;
        if (state == BatchRun::ItemState::Done) {
            QVERIFY(released);
            expected.add(numbers.at(i).money, numbers.at(i).paymentIntervalMonths);
        } else if (state == BatchRun::ItemState::NotDone) {
            QVERIFY(!released);
        }
    }
    const PriceTotals stopped = batch.recurringStopped();
    QCOMPARE(stopped.entries().size(), expected.entries().size());
    for (int i = 0; i < expected.entries().size(); ++i) {
        QCOMPARE(stopped.entries().at(i).sum, expected.entries().at(i).sum);
        QCOMPARE(stopped.entries().at(i).count, expected.entries().at(i).count);
    }
    // One record per number, whatever the 429 resends.
    QCOMPARE(m_log->count(AuditFilter()), 9);

    const QList<int> retry = batch.retryableItems();
    for (int i : retry) {
        QCOMPARE(batch.item(i).state, BatchRun::ItemState::NotDone);
        QVERIFY(batch.item(i).outcome.mayRetry);
    }
    QVERIFY(m_sb.server->setFaults(QString()));
    QCOMPARE(batch.retryNotDone(), int(retry.size()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    for (int i : retry) {
        QCOMPARE(batch.item(i).state, BatchRun::ItemState::Done);
        QCOMPARE(batch.item(i).runs, 2);
    }
    QCOMPARE(m_log->count(AuditFilter()), 9 + retry.size());
}

void TestBatchRun::stopFinishesTheOnesInFlightAndSkipsTheRest()
{
    const QList<ActiveNumber> numbers = rentSome(5);
    m_sb.server->stop();
    m_sb.server.reset();
    // A slower sandbox would lose the numbers: instead, hold the run back with one action at a time.
    QList<ActionRequest> requests;
    for (const ActiveNumber &n : numbers) {
        requests << ActionRequest::releaseNumber(n);
    }
    QVERIFY(m_sb.start(QString(), 300, 0));
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    // The new sandbox holds none of the numbers: every release is answered 404, "already gone".
    BatchRun batch(m_pipeline.get(), requests);
    batch.setConcurrency(1);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start();
    QTRY_COMPARE(m_sb.receivedCount("release"), 1);
    batch.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(batch.item(0).state, BatchRun::ItemState::DoneByOther);
    for (int i = 1; i < numbers.size(); ++i) {
        QCOMPARE(batch.item(i).state, BatchRun::ItemState::Skipped);
    }
    QCOMPARE(m_sb.count("release"), 1);
    QCOMPARE(m_log->count(AuditFilter()), 1);
}

void TestBatchRun::withoutActivityLogNothingIsSent()
{
    const QList<ActiveNumber> numbers = rentSome(3);
    AuditLog broken(QStringLiteral("/proc/numberdesk-test/audit.sqlite"));
    ActivityRecorder recorder(&broken, {});
    ActionPipeline pipeline(m_sb.client.get(), &recorder);
    QList<ActionRequest> requests;
    for (const ActiveNumber &n : numbers) {
        requests << ActionRequest::releaseNumber(n);
    }
    BatchRun batch(&pipeline, requests);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_sb.count("release"), 0);
    QCOMPARE(batch.count(BatchRun::ItemState::Done), 0);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
