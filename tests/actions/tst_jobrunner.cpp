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
#include <QSet>
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
    void rentSearchesAgainWhenOffersAreTaken();
    void rentSearchingAgainStopsAtTheCap();

private:
    // A rent of `count` US LOCAL SMS+VOICE numbers within `cap`, its first offers chosen as the CLI and the app
    // do; the job id, and the offers chosen in *chosen.
    QString createRentJob(int count, const std::optional<Decimal> &cap, QList<AvailableNumber> *chosen);
    // Rents the number with a client of its own, as another program of the project would.
    bool rentElsewhere(const QString &e164);
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

QString TestJobRunner::createRentJob(int count, const std::optional<Decimal> &cap, QList<AvailableNumber> *chosen)
{
    AvailableNumberQuery query;
    query.regionCode = QStringLiteral("US");
    query.type = NumberType(NumberType::Value::Local);
    query.capabilities = {Capability(Capability::Value::Sms), Capability(Capability::Value::Voice)};
    query.size = 100;
    const auto offers = m_sb.wait<QList<AvailableNumber>>(
        [&](QObject *ctx, auto cb) { m_sb.client->searchAvailableNumbers(query, ctx, cb); });
    if (!offers) {
        return {};
    }
    *chosen = chooseOffers(offers.value(), count, cap).chosen;
    JobSpec spec;
    spec.kind = JobKind::Rent;
    spec.concurrency = 2;
    spec.rentTarget = RentTarget{query, count, cap};
    QList<JobStep> steps;
    for (const AvailableNumber &offer : std::as_const(*chosen)) {
        JobStep step;
        step.index = int(steps.size());
        step.phoneNumber = offer.phoneNumber;
        step.subject = json::toJson(offer);
        steps.append(step);
    }
    return m_journal->create(spec, QString(), QStringLiteral("project"), steps);
}

bool TestJobRunner::rentElsewhere(const QString &e164)
{
    NumbersClient other;
    other.setConnection(m_sb.connection(m_sb.server->keySecret()));
    const auto rented =
        m_sb.wait<ActiveNumber>([&](QObject *ctx, auto cb) { other.rentNumber(e164, {}, ctx, cb); });
    return bool(rented);
}

// Two of the five offers the job chose are rented by another program of the project between the search and the
// job's rent: both come back "done by someone else", and the job searches again for two more numbers, leaving
// out the five it tried. Five numbers are rented by the job, no more; each rent request is sent once.
void TestJobRunner::rentSearchesAgainWhenOffersAreTaken()
{
    QList<AvailableNumber> chosen;
    const QString id = createRentJob(5, std::nullopt, &chosen);
    QVERIFY(!id.isEmpty());
    QCOMPARE(chosen.size(), 5);
    QVERIFY(rentElsewhere(chosen.at(1).phoneNumber));
    QVERIFY(rentElsewhere(chosen.at(3).phoneNumber));
    const int rentsBefore = m_sb.receivedCount("rent");
    const int activeBefore = m_sb.state()->activeCount();

    JobRunner runner(m_pipeline.get(), m_journal.get(), id);
    QSignalSpy searching(&runner, &JobRunner::searchingAgain);
    QSignalSpy added(&runner, &JobRunner::stepsAdded);
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.errorString().isEmpty(), qPrintable(runner.errorString()));
    QCOMPARE(runner.shortfall(), QString());
    QCOMPARE(searching.count(), 1);
    QCOMPARE(searching.first().first().toInt(), 2);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toInt(), 5);
    QCOMPARE(added.first().at(1).toInt(), 2);

    const auto info = m_journal->job(id);
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->total, 7);
    QCOMPARE(info->count(JobStepState::Done), 5);
    QCOMPARE(info->count(JobStepState::DoneByOther), 2);
    QCOMPARE(info->count(JobStepState::NotDone), 0);
    QCOMPARE(m_sb.receivedCount("rent") - rentsBefore, 7);
    QCOMPARE(m_sb.state()->activeCount() - activeBefore, 5);
    const QList<JobStep> steps = m_journal->steps(id);
    QCOMPARE(steps.at(1).state, JobStepState::DoneByOther);
    QCOMPARE(steps.at(3).state, JobStepState::DoneByOther);
    QSet<QString> numbers;
    for (const JobStep &step : steps) {
        numbers.insert(step.phoneNumber);
        QCOMPARE(step.runs, 1);
        QVERIFY(m_sb.state()->activeNumber(step.phoneNumber));
    }
    QCOMPARE(numbers.size(), 7); // the replacements are numbers the job had not tried
    for (int i = 5; i < 7; ++i) {
        QCOMPARE(steps.at(i).state, JobStepState::Done);
    }
    // The rentTarget survives the journal.
    QCOMPARE(info->spec.rentTarget->count, 5);
    QCOMPARE(info->spec.rentTarget->query.regionCode, QStringLiteral("US"));
    QCOMPARE(info->spec.rentTarget->query.capabilities.size(), 2);
    // Every rent is in the activity log with the job's id.
    AuditFilter filter;
    filter.jobId = id;
    QCOMPARE(m_log->count(filter), 7);
}

// A cap of USD 3.00 on a rent of four USD 1.00 numbers: three are chosen. One is taken by someone else; the
// search again finds room for exactly one more under the cap, and the job ends with three rented and says why.
void TestJobRunner::rentSearchingAgainStopsAtTheCap()
{
    QList<AvailableNumber> chosen;
    const std::optional<Decimal> cap = Decimal::parse(QStringLiteral("3.00"));
    const QString id = createRentJob(4, cap, &chosen);
    QVERIFY(!id.isEmpty());
    QCOMPARE(chosen.size(), 3);
    for (const AvailableNumber &offer : std::as_const(chosen)) {
        QCOMPARE(offer.monthlyPrice.amount, QStringLiteral("1.00"));
    }
    QVERIFY(rentElsewhere(chosen.at(0).phoneNumber));
    const int rentsBefore = m_sb.receivedCount("rent");

    JobRunner runner(m_pipeline.get(), m_journal.get(), id);
    QSignalSpy searching(&runner, &JobRunner::searchingAgain);
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.errorString().isEmpty(), qPrintable(runner.errorString()));
    QCOMPARE(searching.count(), 1);
    QCOMPARE(searching.first().first().toInt(), 2);
    const auto info = m_journal->job(id);
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->total, 4);
    QCOMPARE(info->count(JobStepState::Done), 3);
    QCOMPARE(info->count(JobStepState::DoneByOther), 1);
    QCOMPARE(m_sb.receivedCount("rent") - rentsBefore, 4);
    QVERIFY2(runner.shortfall().contains(QLatin1String("3 of the 4")), qPrintable(runner.shortfall()));
    QVERIFY2(runner.shortfall().contains(QLatin1String("cap of 3.00")), qPrintable(runner.shortfall()));
    const auto committed = committedRecurring(m_journal->steps(id));
    QCOMPARE(committed.value(QStringLiteral("USD")).toString(2), QStringLiteral("3.00"));
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
