// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "jobjournal.h"
#include "jobrunner.h"
#include "jsonwriters.h"
#include "sandboxfixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using nd::test::SandboxFixture;

// Bulk jobs against the in-process sandbox: the journal, and a resume after a run that was killed with steps in
// every state a kill can leave them in.
class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsEveryStepOnceAndJournalsIt();
    void resumeSettlesStepsLeftInFlightWithoutSendingTwice();
    void pauseFinishesTheStepsInFlight();
    void nameTemplateAndUnlinkThenLink();

private:
    QList<JobStep> releaseSteps(int count);
    bool runToEnd(JobRunner &runner);

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ActionPipeline> m_pipeline;
    std::unique_ptr<JobJournal> m_journal;
};

void TestJobRunner::init()
{
    QVERIFY(m_sb.start(QString(), 0, 0));
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_log = std::make_unique<AuditLog>(m_dir.filePath(name + QStringLiteral("-audit.sqlite")));
    QVERIFY(m_log->open());
    m_recorder = std::make_unique<ActivityRecorder>(m_log.get(), ActivityRecorder::Identity());
    m_pipeline = std::make_unique<ActionPipeline>(m_sb.client.get(), m_recorder.get());
    m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs/") + name + QStringLiteral(".sqlite")));
    QVERIFY(m_journal->open());
}

void TestJobRunner::cleanup()
{
    m_journal.reset();
    m_pipeline.reset();
    m_recorder.reset();
    m_log.reset();
    m_sb.client.reset();
    m_sb.server.reset();
}

QList<JobStep> TestJobRunner::releaseSteps(int count)
{
    QList<JobStep> steps;
    for (int i = 0; i < count; ++i) {
        const auto n = m_sb.fetchActive(m_sb.rentedNumber(i));
        if (!n) {
            return {};
        }
        JobStep step;
        step.index = i;
        step.phoneNumber = n->phoneNumber;
        step.subject = json::toJson(*n);
        steps.append(step);
    }
    return steps;
}

bool TestJobRunner::runToEnd(JobRunner &runner)
{
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.start();
    return QTest::qWaitFor([&] { return finished.count() == 1; }, 60000);
}

void TestJobRunner::runsEveryStepOnceAndJournalsIt()
{
    const QList<JobStep> steps = releaseSteps(6);
    QCOMPARE(steps.size(), 6);
    JobSpec spec;
    spec.kind = JobKind::Release;
    const QString id = m_journal->create(spec, QStringLiteral("p"), QStringLiteral("project"), steps);
    QVERIFY(!id.isEmpty());
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(m_journal->filePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif
    const int before = m_sb.receivedCount("release");
    JobRunner runner(m_pipeline.get(), m_journal.get(), id);
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.errorString().isEmpty(), qPrintable(runner.errorString()));
    QCOMPARE(m_sb.receivedCount("release") - before, 6);
    const auto info = m_journal->job(id);
    QVERIFY(info);
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->count(JobStepState::Done), 6);
    for (const JobStep &step : m_journal->steps(id)) {
        QCOMPARE(step.state, JobStepState::Done);
        QCOMPARE(step.runs, 1);
        QVERIFY(m_sb.state()->activeNumber(step.phoneNumber)->expireAtMs != 0);
    }
    // Every step is in the activity log with the job's id.
    AuditFilter filter;
    filter.jobId = id;
    QCOMPARE(m_log->count(filter), 6);
}

// A kill can leave a step: journaled as sending but never begun (no record); begun but not sent (a pending
// record, nothing happened); sent and done (a pending record, the number released). Resume reads each back and
// sends only what is certainly not done.
void TestJobRunner::resumeSettlesStepsLeftInFlightWithoutSendingTwice()
{
    QList<JobStep> steps = releaseSteps(4);
    QCOMPARE(steps.size(), 4);
    JobSpec spec;
    spec.kind = JobKind::Release;
    const QString id = m_journal->create(spec, QString(), QStringLiteral("project"), steps);
    QVERIFY(!id.isEmpty());
    for (int i = 0; i < 3; ++i) {
        steps[i].state = JobStepState::Sending;
        steps[i].runs = 1;
        QVERIFY(m_journal->writeStep(id, steps.at(i)));
    }
    ActionRequest begun1 = ActionRequest::releaseNumber(*m_sb.fetchActive(steps.at(1).phoneNumber));
    begun1.jobId = id;
    QVERIFY(m_recorder->begin(begun1) > 0);
    ActionRequest begun2 = ActionRequest::releaseNumber(*m_sb.fetchActive(steps.at(2).phoneNumber));
    begun2.jobId = id;
    QVERIFY(m_recorder->begin(begun2) > 0);
    // Step 2's request reached the API before the kill.
    const auto released = m_sb.wait<ActiveNumber>(
        [&](QObject *ctx, auto cb) { m_sb.client->releaseNumber(steps.at(2).phoneNumber, ctx, cb); });
    QVERIFY(released);
    const auto interrupted = m_journal->job(id);
    QCOMPARE(interrupted->state, JobInfo::State::Interrupted);

    const int before = m_sb.receivedCount("release");
    JobRunner runner(m_pipeline.get(), m_journal.get(), id);
    QSignalSpy settling(&runner, &JobRunner::settling);
    QVERIFY(runToEnd(runner));
    QCOMPARE(settling.count(), 1);
    QCOMPARE(settling.first().first().toInt(), 3);
    // Steps 0, 1 and 3 are sent; step 2 is not sent again.
    QCOMPARE(m_sb.receivedCount("release") - before, 3);
    const QList<JobStep> after = m_journal->steps(id);
    for (const JobStep &step : after) {
        QVERIFY2(step.state == JobStepState::Done, qPrintable(step.detail));
        QVERIFY(m_sb.state()->activeNumber(step.phoneNumber)->expireAtMs != 0);
    }
    // The activity log: step 1's begun record settled as not done, then a record that did it; step 2's record
    // settled as done; no record pending.
    AuditFilter filter;
    filter.jobId = id;
    filter.pendingOnly = true;
    QCOMPARE(m_log->count(filter), 0);
    filter.pendingOnly = false;
    filter.number = steps.at(2).phoneNumber;
    const QList<AuditRecord> step2 = m_log->records(filter);
    QCOMPARE(step2.size(), 1);
    QCOMPARE(step2.first().outcomeType(), std::optional<OutcomeKind>(OutcomeKind::Done));
    QVERIFY(step2.first().settledAt.isValid());
    filter.number = steps.at(1).phoneNumber;
    const QList<AuditRecord> step1 = m_log->records(filter);
    QCOMPARE(step1.size(), 2);
    QCOMPARE(step1.at(0).outcomeType(), std::optional<OutcomeKind>(OutcomeKind::Done));
    QCOMPARE(step1.at(1).outcomeType(), std::optional<OutcomeKind>(OutcomeKind::NotDone));
}

void TestJobRunner::pauseFinishesTheStepsInFlight()
{
    const QList<JobStep> steps = releaseSteps(8);
    QCOMPARE(steps.size(), 8);
    m_sb.server->setLatency(200, 200);
    JobSpec spec;
    spec.kind = JobKind::Release;
    spec.concurrency = 2;
    const QString id = m_journal->create(spec, QString(), QStringLiteral("project"), steps);
    JobRunner runner(m_pipeline.get(), m_journal.get(), id);
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.count(JobStepState::Sending) == 2, 10000);
    runner.pause();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto info = m_journal->job(id);
    QCOMPARE(info->state, JobInfo::State::Paused);
    QCOMPARE(info->count(JobStepState::Sending), 0);
    const int done = info->count(JobStepState::Done);
    QVERIFY(done >= 2 && done < 8);
    QCOMPARE(info->count(JobStepState::Pending), 8 - done);
    // Resume does the rest.
    JobRunner resumed(m_pipeline.get(), m_journal.get(), id);
    QVERIFY(runToEnd(resumed));
    QCOMPARE(m_journal->job(id)->count(JobStepState::Done), 8);
}

void TestJobRunner::nameTemplateAndUnlinkThenLink()
{
    QCOMPARE(expandNameTemplate(QStringLiteral("Store {n} ({number})"), 7, QStringLiteral("+12065550100")),
             QStringLiteral("Store 7 (+12065550100)"));
    ActiveNumber n;
    n.phoneNumber = QStringLiteral("+12065550100");
    n.smsConfiguration = SmsConfiguration{QStringLiteral("oldplan"), QStringLiteral("CAMP1"), std::nullopt, {}};
    UpdateWish wish;
    wish.servicePlanId = QStringLiteral("newplan");
    wish.displayNameTemplate = QStringLiteral("Line {n}");
    const DesiredSettings want = desiredSettings(n, wish, 3);
    QCOMPARE(*want.displayName, QStringLiteral("Line 3"));
    QCOMPARE(want.sms->servicePlanId, QStringLiteral("newplan"));
    QCOMPARE(want.sms->campaignId, QString()); // another plan: the old campaign does not follow
    const QList<UpdateStep> steps = planUpdate(n, want);
    QCOMPARE(steps.size(), 2); // unlink, then link
    // The spec survives the journal.
    JobSpec spec;
    spec.kind = JobKind::Update;
    spec.update = wish;
    const auto back = JobSpec::fromJson(spec.toJson());
    QVERIFY(back);
    QCOMPARE(*back->update.displayNameTemplate, QStringLiteral("Line {n}"));
    QCOMPARE(*back->update.servicePlanId, QStringLiteral("newplan"));
    QVERIFY(!back->update.campaignId);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
