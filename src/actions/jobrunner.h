// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobjournal.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace nd {

class ActionPipeline;
class BatchRun;

// Runs one journaled bulk job through the ActionPipeline, for the app and the CLI alike:
//  1. takes the job's lock (one process at a time) and marks it running;
//  2. settles every step the journal shows as in flight (a run that was killed): the step's activity record tells
//     whether its request was ever begun; a record left pending or unknown is read back exactly as the pipeline
//     does for an ambiguous answer (ActionPipeline::recheck), so a step whose outcome could have been "done" is
//     never sent again blindly; a step that is certainly not done goes back to pending;
//  3. runs the pending steps a few at a time (BatchRun: default 4; a 429 holds the whole job back), each
//     journaled as sending (and committed) before it is handed to the pipeline;
//  4. sends again, up to MaxRuns in all, the steps that ended certainly not done and may be retried (a 5xx that
//     changed nothing); an update is planned again from the number as the check found it (after an unlink
//     that worked and a link that did not, only the link is sent);
//  5. a rent of N matching numbers (JobSpec::rentTarget) whose offers were taken by someone else searches again
//     for the numbers still wanted (same criteria, numbers already tried left out, within the cap), appends them
//     as new steps (journaled before they run) and goes back to 3;
//  6. ends paused, cancelled or finished. Pause and cancel let the steps in flight finish: nothing is abandoned
//     half-known.
// Every step is in the activity log with the job's id (the pipeline writes it).
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    // Neither is owned; both must outlive the runner. The pipeline's recorder writes the activity log.
    JobRunner(ActionPipeline *pipeline, JobJournal *journal, const QString &jobId, QObject *parent = nullptr);
    ~JobRunner() override;

    // Reads the job and its steps; false with errorString() when the journal has no such job.
    bool load();
    const QString &jobId() const { return m_jobId; }
    const JobInfo &info() const { return m_info; }
    const QList<JobStep> &steps() const { return m_steps; }
    int count(JobStepState state) const;
    int finishedCount() const;

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    int concurrency() const { return m_concurrency; }

    // Starts or resumes the job (steps 1-6 above). finished() follows, also on failure (errorString()).
    void start();
    // Stops sending new steps; the steps in flight finish. finished() follows (state Paused).
    void pause();
    // As pause(), then the job is Cancelled. On a job that is not running: steps a killed run left in flight are
    // settled first (read back, nothing sent); finished() follows.
    void cancel();
    // NotDone steps that may be retried go back to pending and the job starts again; how many.
    int retryNotDone();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_errorString; }
    // Milliseconds left at the current pace (-1 while unknown).
    qint64 estimatedRemainingMs() const;
    // A rent of N matching numbers that ended with fewer: why (no other offer, the cap); "" otherwise.
    QString shortfall() const { return m_shortfall; }

    // How many times one start sends a step, when each ended certainly not done.
    static constexpr int MaxRuns = 3;

Q_SIGNALS:
    void stepChanged(int index);
    // Steps settled so far (not pending or in flight) of all.
    void progressChanged(int finished, int total);
    // The job stopped: paused, cancelled, finished, or failed (errorString() not empty).
    void finished();
    // Reading back the steps a killed run left in flight (count).
    void settling(int count);
    // A rent of N matching numbers searches again for `wanted` numbers (offers were taken by someone else).
    void searchingAgain(int wanted);
    // Steps were appended (a search again): indexes first … first + count - 1.
    void stepsAdded(int first, int count);

private:
    enum class StopReason { None, Pause, Cancel, Failure };

    void settleNext();
    void settleStep(int index);
    void settled(int index, const Outcome &outcome, qint64 recordId);
    void runPending();
    void batchItemFinished(int batchIndex);
    void batchFinished();
    // Ends the job the way pause, cancel or a failure asked for; false when nothing asked to stop.
    bool endIfStopped();
    void applyOutcome(JobStep &step, const Outcome &outcome);
    bool writeStep(const JobStep &step);
    bool mayRunAgain(const JobStep &step) const;
    void finishOrSearchAgain();
    void searchedAgain(int wanted, const QList<AvailableNumber> &offers);
    void end(JobInfo::State state);
    void failWith(const QString &message);

    QPointer<ActionPipeline> m_pipeline;
    JobJournal *m_journal = nullptr;
    QString m_jobId;
    JobInfo m_info;
    QList<JobStep> m_steps;
    int m_concurrency = 4;
    bool m_loaded = false;
    bool m_running = false;
    StopReason m_stop = StopReason::None;
    bool m_cancelOnStart = false;
    QString m_errorString;
    QList<int> m_toSettle;
    int m_settlingInFlight = 0;
    BatchRun *m_batch = nullptr;
    QList<int> m_batchSteps; // batch item index -> step index
    QElapsedTimer m_clock;
    int m_finishedAtStart = 0;
    QList<int> m_runsAtStart; // per step, its runs when this start began
    // Rent target: an offer was taken by someone else since the last search, so searching again may help (a
    // refusal of every rent, such as a wrong service plan, must not make the job walk through every offer).
    bool m_searchAgain = false;
    bool m_searching = false;
    QString m_shortReason; // why the last search found fewer than wanted
    QString m_shortfall;
};

} // namespace nd
