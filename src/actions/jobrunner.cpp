// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "batchrun.h"
#include "jsonwriters.h"
#include "numbersclient.h"

namespace nd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::JobRunner)
};

} // namespace

JobRunner::JobRunner(ActionPipeline *pipeline, JobJournal *journal, const QString &jobId, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_journal(journal)
    , m_jobId(jobId)
{
}

JobRunner::~JobRunner()
{
    if (m_journal) {
        m_journal->unlock(m_jobId);
    }
}

bool JobRunner::load()
{
    const auto info = m_journal->job(m_jobId);
    if (!info) {
        m_errorString = m_journal->errorString().isEmpty() ? Text::tr("There is no job %1.").arg(m_jobId)
                                                           : m_journal->errorString();
        return false;
    }
    m_info = *info;
    m_steps = m_journal->steps(m_jobId);
    m_concurrency = m_info.spec.concurrency;
    m_loaded = true;
    return true;
}

int JobRunner::count(JobStepState state) const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [state](const JobStep &s) { return s.state == state; }));
}

int JobRunner::finishedCount() const
{
    return int(m_steps.size()) - count(JobStepState::Pending) - count(JobStepState::Sending);
}

qint64 JobRunner::estimatedRemainingMs() const
{
    const int done = finishedCount() - m_finishedAtStart;
    if (!m_running || done <= 0 || !m_clock.isValid()) {
        return -1;
    }
    const int left = int(m_steps.size()) - finishedCount();
    return m_clock.elapsed() * left / done;
}

bool JobRunner::writeStep(const JobStep &step)
{
    if (m_journal->writeStep(m_jobId, step)) {
        return true;
    }
    m_errorString = m_journal->errorString();
    return false;
}

void JobRunner::start()
{
    if (m_running) {
        return;
    }
    m_errorString.clear();
    m_stop = m_cancelOnStart ? StopReason::Cancel : StopReason::None;
    m_cancelOnStart = false;
    if (!m_loaded && !load()) {
        Q_EMIT finished();
        return;
    }
    if (!m_pipeline || !m_journal->lock(m_jobId)) {
        m_errorString = m_pipeline ? m_journal->errorString() : Text::tr("The connection is gone.");
        Q_EMIT finished();
        return;
    }
    // The activity log must be writable before anything is read back or sent (no record, no request).
    ActivityRecorder *recorder = m_pipeline->recorder();
    if (!recorder || !recorder->ensureWritable()) {
        m_errorString = recorder ? recorder->errorString() : Text::tr("The activity log cannot be written.");
        m_journal->unlock(m_jobId);
        Q_EMIT finished();
        return;
    }
    if (!m_journal->setState(m_jobId, JobInfo::State::Running)) {
        m_errorString = m_journal->errorString();
        m_journal->unlock(m_jobId);
        Q_EMIT finished();
        return;
    }
    m_info.state = JobInfo::State::Running;
    m_running = true;
    m_clock.start();
    m_finishedAtStart = finishedCount();
    // Certainly-not-done steps that may be retried run again on a resume too (up to MaxRuns each per start).
    m_runsAtStart.clear();
    for (JobStep &step : m_steps) {
        m_runsAtStart.append(step.runs);
        if (m_stop == StopReason::None && step.state == JobStepState::NotDone && step.mayRetry) {
            step.state = JobStepState::Pending;
            if (!writeStep(step)) {
                failWith(m_errorString);
                return;
            }
        }
    }
    // A run that ended (killed, or a search that failed) before replacing offers taken by someone else searches
    // once more on resume; after that only new evidence of a taken offer does.
    m_shortfall.clear();
    m_shortReason.clear();
    m_searchAgain = std::any_of(m_steps.cbegin(), m_steps.cend(), [](const JobStep &s) {
        return s.state == JobStepState::DoneByOther || (s.state == JobStepState::NotDone && !s.mayRetry);
    });
    m_toSettle.clear();
    for (const JobStep &step : std::as_const(m_steps)) {
        if (step.state == JobStepState::Sending) {
            m_toSettle.append(step.index);
        }
    }
    if (!m_toSettle.isEmpty()) {
        Q_EMIT settling(int(m_toSettle.size()));
    }
    settleNext();
}

bool JobRunner::mayRunAgain(const JobStep &step) const
{
    return step.runs - m_runsAtStart.value(step.index, step.runs) < MaxRuns;
}

void JobRunner::settleNext()
{
    if (m_stop == StopReason::Failure) {
        m_toSettle.clear();
        if (m_settlingInFlight == 0 && m_running) {
            m_running = false;
            m_journal->unlock(m_jobId);
            Q_EMIT finished();
        }
        return;
    }
    while (m_running && m_settlingInFlight < m_concurrency && !m_toSettle.isEmpty()) {
        settleStep(m_toSettle.takeFirst());
    }
    if (m_settlingInFlight == 0 && m_toSettle.isEmpty() && m_running) {
        if (m_stop != StopReason::None) {
            end(m_stop == StopReason::Cancel ? JobInfo::State::Cancelled : JobInfo::State::Paused);
            return;
        }
        runPending();
    }
}

// A step the journal shows in flight: its latest activity record (newer than the step's last finished one) says
// whether the pipeline ever began it. No record: nothing was sent (the pipeline records before sending).
void JobRunner::settleStep(int index)
{
    JobStep &step = m_steps[index];
    AuditLog *log = m_pipeline->recorder()->log();
    AuditFilter filter;
    filter.jobId = m_jobId;
    filter.number = step.phoneNumber;
    filter.limit = 1;
    const QList<AuditRecord> records = log->records(filter);
    if (records.isEmpty() || records.constFirst().id <= step.recordId) {
        step.state = JobStepState::Pending;
        step.detail = Text::tr("Not sent before the job was interrupted.");
        if (!writeStep(step)) {
            failWith(m_errorString);
        }
        Q_EMIT stepChanged(index);
        return;
    }
    const AuditRecord record = records.constFirst();
    const std::optional<OutcomeKind> known = record.outcomeType();
    if (known && *known != OutcomeKind::Unknown) {
        // The action finished before the kill; only the journal missed it.
        Outcome outcome;
        outcome.kind = *known;
        outcome.explanation = record.detail;
        outcome.mayRetry = *known == OutcomeKind::NotDone;
        outcome.recordId = record.id;
        applyOutcome(step, outcome);
        if (step.state == JobStepState::NotDone && step.mayRetry && mayRunAgain(step)) {
            step.state = JobStepState::Pending;
        }
        if (!writeStep(step)) {
            failWith(m_errorString);
        }
        Q_EMIT stepChanged(index);
        return;
    }
    if (record.isPending()
        && !log->finish(record.id, OutcomeKind::Unknown,
                        Text::tr("The process running job %1 ended while this request was in flight; the state is "
                                 "read back.")
                            .arg(m_jobId))) {
        failWith(log->errorString());
        return;
    }
    const std::optional<ActionRequest> request = stepRequest(m_info.spec, step, m_jobId);
    if (!request) {
        failWith(Text::tr("Step %1 of job %2 cannot be read.").arg(index + 1).arg(m_jobId));
        return;
    }
    ++m_settlingInFlight;
    const qint64 recordId = record.id;
    m_pipeline->recheck(*request, recordId, this,
                        [this, index, recordId](const Outcome &outcome) { settled(index, outcome, recordId); });
}

void JobRunner::settled(int index, const Outcome &outcome, qint64 recordId)
{
    --m_settlingInFlight;
    JobStep &step = m_steps[index];
    Outcome o = outcome;
    o.recordId = recordId;
    applyOutcome(step, o);
    if (step.state == JobStepState::NotDone && step.mayRetry && mayRunAgain(step)) {
        step.state = JobStepState::Pending; // certainly not done: it is sent in this run
    }
    if (!writeStep(step)) {
        m_stop = StopReason::Failure;
    }
    Q_EMIT stepChanged(index);
    Q_EMIT progressChanged(finishedCount(), int(m_steps.size()));
    settleNext();
}

void JobRunner::applyOutcome(JobStep &step, const Outcome &outcome)
{
    step.state = JobKinds::stateFor(outcome.kind);
    step.detail = outcome.explanation;
    step.mayRetry = outcome.isNotDone() && outcome.mayRetry && !outcome.notRecorded;
    if (outcome.recordId >= 0) {
        step.recordId = outcome.recordId;
    }
    if (m_info.spec.rentTarget && (outcome.isDoneByOther() || outcome.offerGone)) {
        m_searchAgain = true; // taken by someone else: the job looks for another number
    }
    // An update that is not (fully) done is planned again from the number as the pipeline last saw it: what
    // took effect is not sent again.
    if (m_info.spec.kind == JobKind::Update && outcome.isNotDone() && outcome.activeNumber) {
        step.subject = json::toJson(*outcome.activeNumber);
    }
}

void JobRunner::runPending()
{
    QList<ActionRequest> requests;
    m_batchSteps.clear();
    for (JobStep &step : m_steps) {
        if (step.state != JobStepState::Pending) {
            continue;
        }
        const std::optional<ActionRequest> request = stepRequest(m_info.spec, step, m_jobId);
        if (!request) {
            failWith(Text::tr("Step %1 of job %2 cannot be read.").arg(step.index + 1).arg(m_jobId));
            return;
        }
        if (request->operation == Operation::Update && request->updateSteps.isEmpty()) {
            step.state = JobStepState::DoneByOther;
            step.detail = Text::tr("%1 already has these settings: nothing was sent.").arg(step.phoneNumber);
            if (!writeStep(step)) {
                failWith(m_errorString);
                return;
            }
            Q_EMIT stepChanged(step.index);
            continue;
        }
        requests.append(*request);
        m_batchSteps.append(step.index);
    }
    if (requests.isEmpty()) {
        finishOrSearchAgain();
        return;
    }
    m_batch = new BatchRun(m_pipeline, requests, this);
    m_batch->setConcurrency(m_concurrency);
    m_batch->setBeforeRun([this](int batchIndex) {
        JobStep &step = m_steps[m_batchSteps.at(batchIndex)];
        step.state = JobStepState::Sending;
        ++step.runs;
        // Journaled (and committed) before the request may leave.
        if (!writeStep(step)) {
            step.state = JobStepState::Pending;
            --step.runs;
            m_stop = StopReason::Failure;
            return false;
        }
        Q_EMIT stepChanged(step.index);
        return true;
    });
    connect(m_batch, &BatchRun::itemFinished, this, &JobRunner::batchItemFinished);
    connect(m_batch, &BatchRun::finished, this, &JobRunner::batchFinished);
    m_batch->start();
}

void JobRunner::batchItemFinished(int batchIndex)
{
    const BatchRun::Item &item = m_batch->item(batchIndex);
    JobStep &step = m_steps[m_batchSteps.at(batchIndex)];
    if (item.state == BatchRun::ItemState::Skipped) {
        if (step.state == JobStepState::Pending) {
            return; // never handed over (paused, cancelled, or the journal refused)
        }
        step.state = JobStepState::Pending;
    } else {
        applyOutcome(step, item.outcome);
        if (item.outcome.notRecorded) {
            m_errorString = item.outcome.explanation;
            m_stop = StopReason::Failure;
        }
    }
    if (!writeStep(step) && m_stop != StopReason::Failure) {
        m_stop = StopReason::Failure;
        m_batch->stop();
    }
    Q_EMIT stepChanged(step.index);
    Q_EMIT progressChanged(finishedCount(), int(m_steps.size()));
}

bool JobRunner::endIfStopped()
{
    switch (m_stop) {
    case StopReason::Pause:
        end(JobInfo::State::Paused);
        return true;
    case StopReason::Cancel:
        end(JobInfo::State::Cancelled);
        return true;
    case StopReason::Failure:
        failWith(m_errorString);
        return true;
    case StopReason::None:
        break;
    }
    return false;
}

void JobRunner::batchFinished()
{
    m_batch->deleteLater();
    m_batch = nullptr;
    if (endIfStopped()) {
        return;
    }
    // Steps that ended certainly not done and may be retried go again (each at most MaxRuns times in all).
    bool again = false;
    for (JobStep &step : m_steps) {
        if (step.state == JobStepState::NotDone && step.mayRetry && mayRunAgain(step)) {
            step.state = JobStepState::Pending;
            if (!writeStep(step)) {
                failWith(m_errorString);
                return;
            }
            again = true;
        }
    }
    if (again) {
        runPending();
        return;
    }
    finishOrSearchAgain();
}

void JobRunner::finishOrSearchAgain()
{
    const int wanted = rentStillWanted(m_info.spec, m_steps);
    if (wanted <= 0 || !m_searchAgain) {
        if (wanted > 0) {
            const int rented = m_info.spec.rentTarget->count - wanted;
            m_shortfall = Text::tr("%1 of the %2 numbers asked for were rented: %3")
                              .arg(rented)
                              .arg(m_info.spec.rentTarget->count)
                              .arg(m_shortReason.isEmpty()
                                       ? Text::tr("the steps not done say why the others were not.")
                                       : m_shortReason);
        }
        end(JobInfo::State::Done);
        return;
    }
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    if (!client) {
        failWith(Text::tr("The connection is gone."));
        return;
    }
    m_searchAgain = false;
    m_searching = true;
    Q_EMIT searchingAgain(wanted);
    AvailableNumberQuery query = m_info.spec.rentTarget->query;
    query.size = 100; // the API's largest page: numbers already tried are left out of it
    client->searchAvailableNumbers(query, this, [this, wanted](const Result<QList<AvailableNumber>> &result) {
        m_searching = false;
        if (!m_running) {
            return;
        }
        if (!result) {
            // Running in the journal and unlocked: an interrupted job, and its resume searches again.
            failWith(Text::tr("Searching again for %n more number(s) failed: %1", nullptr, wanted)
                         .arg(result.error().userMessage));
            return;
        }
        searchedAgain(wanted, result.value());
    });
}

void JobRunner::searchedAgain(int wanted, const QList<AvailableNumber> &offers)
{
    if (endIfStopped()) {
        return;
    }
    QSet<QString> tried;
    for (const JobStep &step : std::as_const(m_steps)) {
        tried.insert(step.phoneNumber);
    }
    const RentTarget &target = *m_info.spec.rentTarget;
    const OfferChoice choice =
        chooseOffers(offers, wanted, target.maxRecurring, committedRecurring(m_steps), tried);
    if (choice.chosen.size() < wanted) {
        // Said when the job ends short (a later search may still make up for it).
        m_shortReason = choice.leftOutByCap > 0
            ? Text::tr("another number would take the recurring total past the cap of %1.")
                  .arg(target.maxRecurring->toString(2))
            : Text::tr("the search offers no other number matching the criteria.");
    }
    if (choice.chosen.isEmpty()) {
        end(JobInfo::State::Done);
        return;
    }
    QList<JobStep> added;
    const int first = int(m_steps.size());
    for (const AvailableNumber &offer : choice.chosen) {
        JobStep step;
        step.index = first + int(added.size());
        step.phoneNumber = offer.phoneNumber;
        step.subject = json::toJson(offer);
        step.detail = Text::tr("Found by searching again: an offer chosen before was taken by someone else.");
        added.append(step);
    }
    // Journaled before any of them is sent.
    if (!m_journal->appendSteps(m_jobId, added)) {
        failWith(m_journal->errorString());
        return;
    }
    for (const JobStep &step : std::as_const(added)) {
        m_steps.append(step);
        m_runsAtStart.append(0);
    }
    m_info.total = int(m_steps.size());
    Q_EMIT stepsAdded(first, int(added.size()));
    Q_EMIT progressChanged(finishedCount(), int(m_steps.size()));
    runPending();
}

void JobRunner::pause()
{
    if (!m_running || m_stop != StopReason::None) {
        return;
    }
    m_stop = StopReason::Pause;
    if (m_batch) {
        m_batch->stop();
    }
}

void JobRunner::cancel()
{
    if (m_running) {
        m_stop = StopReason::Cancel;
        if (m_batch) {
            m_batch->stop();
        }
        return;
    }
    if (!m_loaded && !load()) {
        Q_EMIT finished();
        return;
    }
    if (m_info.state == JobInfo::State::Done || m_info.state == JobInfo::State::Cancelled) {
        Q_EMIT finished();
        return;
    }
    // Steps left in flight by a killed run are settled (read back, nothing sent), then the job ends cancelled.
    m_cancelOnStart = true;
    start();
}

int JobRunner::retryNotDone()
{
    if (m_running) {
        return 0;
    }
    // start() puts them back to pending (and sends each up to MaxRuns times).
    const int n = int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const JobStep &s) {
        return s.state == JobStepState::NotDone && s.mayRetry;
    }));
    if (n > 0 || count(JobStepState::Pending) > 0 || count(JobStepState::Sending) > 0) {
        start();
    }
    return n;
}

void JobRunner::end(JobInfo::State state)
{
    if (!m_journal->setState(m_jobId, state) && m_errorString.isEmpty()) {
        m_errorString = m_journal->errorString();
    }
    m_info.state = state;
    m_running = false;
    m_journal->unlock(m_jobId);
    Q_EMIT finished();
}

void JobRunner::failWith(const QString &message)
{
    m_errorString = message;
    if (m_batch) {
        // Steps in flight still finish and are journaled; the run ends when they have.
        m_stop = StopReason::Failure;
        m_batch->stop();
        return;
    }
    if (m_settlingInFlight > 0) {
        m_stop = StopReason::Failure;
        m_toSettle.clear();
        return;
    }
    // The job stays Running in the journal: without this process's lock it reads as interrupted, to resume.
    m_running = false;
    m_journal->unlock(m_jobId);
    Q_EMIT finished();
}

} // namespace nd
