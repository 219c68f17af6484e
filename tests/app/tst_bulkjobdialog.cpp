// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "bulkjobdialog.h"
#include "jobjournal.h"
#include "jobsdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nd;

// The bulk job dialog (issue 14) against the in-process sandbox: preview, typed count, progress, results,
// pause and resume in a new dialog (as after a restart).
class TestBulkJobDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseThroughPreviewAndTypedCount();
    void updatePreviewsOldToNew();
    void pausedJobResumesInANewDialog();
    void jobsWindowListsEveryJob();

private:
    QStringList take(int count);

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<JobJournal> m_journal;
    QStringList m_unused;
};

void TestBulkJobDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(60));
    for (const auto &r : m_sandbox->state()->activeNumbers()) {
        if (r.expireAtMs == 0) {
            m_unused << r.phoneNumber;
        }
    }
    QVERIFY(m_unused.size() >= 40);
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

void TestBulkJobDialog::jobsWindowListsEveryJob()
{
    JobsDialog jobs(m_sandbox->pipeline(), nullptr, m_journal.get());
    jobs.show();
    const QList<JobInfo> journaled = m_journal->jobs();
    QCOMPARE(jobs.rowCount(), int(journaled.size()));
    QVERIFY(jobs.rowCount() >= 3);
    for (int row = 0; row < jobs.rowCount(); ++row) {
        QCOMPARE(jobs.jobIdAt(row), journaled.at(row).id);
        QCOMPARE(jobs.stateAt(row), QStringLiteral("done"));
    }
    QVERIFY(!jobs.openButton()->isEnabled());
}

QTEST_MAIN(TestBulkJobDialog)
#include "tst_bulkjobdialog.moc"
