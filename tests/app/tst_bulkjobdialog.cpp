// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "bulkjobdialog.h"
#include "jobjournal.h"
#include "jobsdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace nd;

// The bulk job dialog (issue 14) against the in-process sandbox: preview, typed count, progress, results,
// pause and resume in a new dialog (as after a restart), an update cancelled mid-way, and an update whose
// window went away mid-way resumed on a new journal instance.
class TestBulkJobDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseThroughPreviewAndTypedCount();
    void updatePreviewsOldToNew();
    void pausedJobResumesInANewDialog();
    void updateCancelledMidwaySettlesEveryStep();
    void updateInterruptedResumesAfterARestart();
    void jobsWindowListsEveryJob();
    void dialogsWithTheirOwnJournalCloseCleanly();

private:
    QStringList take(int count);
    int rowsIn(const BulkJobDialog &dialog, JobStepState state) const;

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<JobJournal> m_journal;
    QStringList m_unused;
};

void TestBulkJobDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(70));
    for (const auto &r : m_sandbox->state()->activeNumbers()) {
        if (r.expireAtMs == 0) {
            m_unused << r.phoneNumber;
        }
    }
    QVERIFY(m_unused.size() >= 44); // what the tests below take
    m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
    QVERIFY(m_journal->open());
}

QStringList TestBulkJobDialog::take(int count)
{
    QStringList out = m_unused.mid(0, count);
    m_unused = m_unused.mid(count);
    return out;
}

void TestBulkJobDialog::releaseThroughPreviewAndTypedCount()
{
    const QStringList numbers = take(12);
    BulkJobDialog dialog(m_sandbox->pipeline(), QStringLiteral("release"), numbers, nullptr, m_journal.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
    QCOMPARE(dialog.rowCount(), 12);
    QVERIFY(dialog.changeText(0).contains(QLatin1String("stops")));
    QVERIFY(dialog.totalText().contains(QLatin1String("Recurring prices that stop")));
    // Over 10 numbers the count must be typed.
    QVERIFY(dialog.countEdit()->isVisible());
    QVERIFY(!dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.countEdit(), QStringLiteral("11"));
    QVERIFY(!dialog.startButton()->isEnabled());
    dialog.countEdit()->clear();
    QTest::keyClicks(dialog.countEdit(), QStringLiteral("12"));
    QVERIFY(dialog.startButton()->isEnabled());
    QSignalSpy finished(&dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    for (int row = 0; row < 12; ++row) {
        QCOMPARE(dialog.stateText(row), JobKinds::displayName(JobStepState::Done));
    }
    for (const QString &n : numbers) {
        QVERIFY(m_sandbox->state()->activeNumber(n)->expireAtMs != 0);
    }
    const auto info = m_journal->job(dialog.jobId());
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->count(JobStepState::Done), 12);
    QVERIFY(!dialog.retryButton()->isEnabled());
}

void TestBulkJobDialog::updatePreviewsOldToNew()
{
    const QStringList numbers = take(3);
    BulkJobDialog dialog(m_sandbox->pipeline(), QStringLiteral("update"), numbers, nullptr, m_journal.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
    QVERIFY(!dialog.startButton()->isEnabled()); // nothing to change yet
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Desk {n}"));
    QVERIFY(dialog.changeText(1).contains(QLatin1String("Desk 2")));
    QVERIFY(!dialog.countEdit()->isVisible());
    QVERIFY(dialog.startButton()->isEnabled());
    QSignalSpy finished(&dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(m_sandbox->fetchActive(numbers.at(i))->displayName, QStringLiteral("Desk %1").arg(i + 1));
    }
}

void TestBulkJobDialog::pausedJobResumesInANewDialog()
{
    const QStringList numbers = take(8);
    m_sandbox->server->setLatency(150, 150);
    QString jobId;
    {
        BulkJobDialog dialog(m_sandbox->pipeline(), QStringLiteral("release"), numbers, nullptr, m_journal.get());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.pauseButton()->isEnabled() && dialog.isRunning(), 10000);
        QTest::mouseClick(dialog.pauseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        jobId = dialog.jobId();
    }
    m_sandbox->server->setLatency(0, 0);
    const auto paused = m_journal->job(jobId);
    QCOMPARE(paused->state, JobInfo::State::Paused);
    QVERIFY(paused->count(JobStepState::Pending) > 0);
    // As after a restart: a new dialog for the journal's job.
    BulkJobDialog resumed(m_sandbox->pipeline(), m_journal.get(), jobId);
    resumed.show();
    QCOMPARE(resumed.rowCount(), 8);
    QVERIFY(resumed.startButton()->isEnabled());
    QSignalSpy finished(&resumed, &BulkJobDialog::jobFinished);
    QTest::mouseClick(resumed.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(m_journal->job(jobId)->count(JobStepState::Done), 8);
    for (const QString &n : numbers) {
        QVERIFY(m_sandbox->state()->activeNumber(n)->expireAtMs != 0);
    }
}

int TestBulkJobDialog::rowsIn(const BulkJobDialog &dialog, JobStepState state) const
{
    int n = 0;
    for (int row = 0; row < dialog.rowCount(); ++row) {
        n += dialog.stateText(row) == JobKinds::displayName(state) ? 1 : 0;
    }
    return n;
}

// A bulk update of 12 numbers (the count typed), cancelled while steps are in flight: they finish, nothing is
// left half-known, and the journal, the dialog and the sandbox agree number by number.
void TestBulkJobDialog::updateCancelledMidwaySettlesEveryStep()
{
    const QStringList numbers = take(12);
    QStringList namesBefore;
    for (const QString &n : numbers) {
        namesBefore << m_sandbox->fetchActive(n)->displayName;
    }
    const int patchesBefore = m_sandbox->count("update");
    m_sandbox->server->setLatency(200, 200);
    BulkJobDialog dialog(m_sandbox->pipeline(), QStringLiteral("update"), numbers, nullptr, m_journal.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Cancel {n}"));
    QVERIFY(dialog.changeText(11).contains(QLatin1String("Cancel 12")));
    QVERIFY(!dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.countEdit(), QStringLiteral("12"));
    QVERIFY(dialog.startButton()->isEnabled());
    QSignalSpy finished(&dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    // Mid-way: some numbers done, some in flight.
    QTRY_VERIFY_WITH_TIMEOUT(rowsIn(dialog, JobStepState::Done) >= 2 && rowsIn(dialog, JobStepState::Sending) > 0,
                             20000);
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    m_sandbox->server->setLatency(0, 0);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.introText(), QStringLiteral("Job %1 was cancelled.").arg(dialog.jobId()));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(!dialog.retryButton()->isEnabled());

    const auto info = m_journal->job(dialog.jobId());
    QCOMPARE(info->state, JobInfo::State::Cancelled);
    QCOMPARE(info->count(JobStepState::Sending), 0);
    QCOMPARE(info->count(JobStepState::Unknown), 0);
    QCOMPARE(info->count(JobStepState::NotDone), 0);
    const int done = info->count(JobStepState::Done);
    QVERIFY(done >= 2 && done < 12);
    QCOMPARE(info->count(JobStepState::Pending), 12 - done);
    QCOMPARE(rowsIn(dialog, JobStepState::Done), done);
    QCOMPARE(rowsIn(dialog, JobStepState::Sending), 0);
    // Each number done has its new name from exactly one PATCH; the others were never sent and are unchanged.
    QCOMPARE(m_sandbox->count("update") - patchesBefore, done);
    const QList<JobStep> steps = m_journal->steps(dialog.jobId());
    for (int i = 0; i < steps.size(); ++i) {
        const QString name = m_sandbox->fetchActive(numbers.at(i))->displayName;
        if (steps.at(i).state == JobStepState::Done) {
            QCOMPARE(steps.at(i).runs, 1);
            QCOMPARE(name, QStringLiteral("Cancel %1").arg(i + 1));
        } else {
            QCOMPARE(steps.at(i).runs, 0);
            QCOMPARE(name, namesBefore.at(i));
        }
    }
}

// A bulk update whose window goes away while steps are in flight, as when the app is killed: the journal shows
// the job interrupted, and a new dialog on a new journal instance (as after a restart) reads back the steps
// that were in flight and finishes the job. Every number is changed by exactly one PATCH.
void TestBulkJobDialog::updateInterruptedResumesAfterARestart()
{
    const QStringList numbers = take(8);
    const int patchesBefore = m_sandbox->count("update");
    m_sandbox->server->setLatency(250, 250);
    QString jobId;
    {
        auto dialog = std::make_unique<BulkJobDialog>(m_sandbox->pipeline(), QStringLiteral("update"), numbers,
                                                      nullptr, m_journal.get());
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Restart {n}"));
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsIn(*dialog, JobStepState::Done) >= 1 && rowsIn(*dialog, JobStepState::Sending) > 0, 20000);
        jobId = dialog->jobId();
        // The "crash": the dialog and its runner are gone with steps journaled as in flight.
    }
    // The requests that were in flight still reach the sandbox, and their activity records are finished.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->pipeline()->hasActionsInFlight(), 10000);
    m_sandbox->server->setLatency(0, 0);

    JobJournal restarted(m_journal->filePath());
    QVERIFY(restarted.open());
    const auto interrupted = restarted.job(jobId);
    QCOMPARE(interrupted->state, JobInfo::State::Interrupted);
    QVERIFY(interrupted->count(JobStepState::Sending) > 0);
    QCOMPARE(interrupted->count(JobStepState::Done) + interrupted->count(JobStepState::Sending)
                 + interrupted->count(JobStepState::Pending),
             8);
    const QList<JobInfo> offered = restarted.interruptedJobs();
    QVERIFY(std::any_of(offered.cbegin(), offered.cend(), [&](const JobInfo &j) { return j.id == jobId; }));

    BulkJobDialog resumed(m_sandbox->pipeline(), &restarted, jobId);
    resumed.show();
    QCOMPARE(resumed.rowCount(), 8);
    QVERIFY2(resumed.introText().contains(QLatin1String("was interrupted")), qPrintable(resumed.introText()));
    QVERIFY(resumed.startButton()->isEnabled());
    QSignalSpy finished(&resumed, &BulkJobDialog::jobFinished);
    QTest::mouseClick(resumed.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(rowsIn(resumed, JobStepState::Done), 8);
    const auto info = restarted.job(jobId);
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->count(JobStepState::Done), 8);
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(m_sandbox->fetchActive(numbers.at(i))->displayName, QStringLiteral("Restart %1").arg(i + 1));
    }
    QCOMPARE(m_sandbox->count("update") - patchesBefore, 8);
}

void TestBulkJobDialog::jobsWindowListsEveryJob()
{
    JobsDialog jobs(m_sandbox->pipeline(), nullptr, m_journal.get());
    jobs.show();
    const QList<JobInfo> journaled = m_journal->jobs();
    QCOMPARE(jobs.rowCount(), int(journaled.size()));
    QVERIFY(jobs.rowCount() >= 5);
    for (int row = 0; row < jobs.rowCount(); ++row) {
        QCOMPARE(jobs.jobIdAt(row), journaled.at(row).id);
        QCOMPARE(jobs.stateAt(row), JobInfo::stateKey(journaled.at(row).state));
    }
    QVERIFY(!jobs.openButton()->isEnabled());
}

// The app's dialogs open their own journal ($NUMBERDESK_JOBS_DB): a dialog whose job ran, and the Jobs window
// with a job dialog opened from it, are destroyed without touching a journal that is already gone.
void TestBulkJobDialog::dialogsWithTheirOwnJournalCloseCleanly()
{
    const QString path = m_dir.filePath(QStringLiteral("own-jobs.sqlite"));
    qputenv("NUMBERDESK_JOBS_DB", path.toUtf8());
    const QStringList numbers = take(1);
    QString jobId;
    {
        auto dialog = std::make_unique<BulkJobDialog>(m_sandbox->pipeline(), QStringLiteral("update"), numbers);
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Own journal"));
        QSignalSpy finished(dialog.get(), &BulkJobDialog::jobFinished);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        jobId = dialog->jobId();
    }
    {
        auto jobs = std::make_unique<JobsDialog>(m_sandbox->pipeline());
        jobs->show();
        QCOMPARE(jobs->rowCount(), 1);
        QCOMPARE(jobs->jobIdAt(0), jobId);
        QCOMPARE(JobsDialog::showFor(m_sandbox->pipeline(), jobs.get())->rowCount(), 1);
        // A job's results, opened from the window, on the window's journal.
        jobs->findChild<QTableWidget *>()->selectRow(0);
        QTest::mouseClick(jobs->openButton(), Qt::LeftButton);
        auto *opened = jobs->findChild<BulkJobDialog *>();
        QVERIFY(opened);
        QCOMPARE(opened->jobId(), jobId);
        QCOMPARE(opened->stateText(0), JobKinds::displayName(JobStepState::Done));
    }
    qunsetenv("NUMBERDESK_JOBS_DB");
    JobJournal journal(path);
    QVERIFY(journal.open());
    QCOMPARE(journal.job(jobId)->state, JobInfo::State::Done);
    QCOMPARE(m_sandbox->fetchActive(numbers.first())->displayName, QStringLiteral("Own journal"));
}

QTEST_MAIN(TestBulkJobDialog)
#include "tst_bulkjobdialog.moc"
