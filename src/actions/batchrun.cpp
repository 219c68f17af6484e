// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrun.h"

#include "actionpipeline.h"

namespace nd {

BatchRun::BatchRun(ActionPipeline *pipeline, const QList<ActionRequest> &requests, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    m_items.reserve(requests.size());
    for (const ActionRequest &request : requests) {
        Item item;
        item.request = request;
        m_items.append(item);
    }
}

BatchRun::~BatchRun()
{
    // Actions in flight finish on their own (the pipeline owns them); they no longer report here.
    for (const QPointer<ActionCall> &call : std::as_const(m_calls)) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
        }
    }
}

void BatchRun::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
    if (m_running) {
        fill();
    }
}

void BatchRun::start()
{
    if (m_running) {
        return;
    }
    m_queue.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == ItemState::Pending) {
            m_queue.append(i);
        }
    }
    m_running = true;
    m_stopRequested = false;
    fill();
    checkFinished();
}

void BatchRun::stop()
{
    if (!m_running) {
        return;
    }
    m_stopRequested = true;
    for (int index : std::as_const(m_queue)) {
        m_items[index].state = ItemState::Skipped;
        Q_EMIT itemFinished(index);
    }
    m_queue.clear();
    checkFinished();
}

int BatchRun::retryNotDone()
{
    if (m_running) {
        return 0;
    }
    const QList<int> retry = retryableItems();
    for (int index : retry) {
        m_items[index].state = ItemState::Pending;
    }
    // Skipped items were never sent: they go again too.
    for (Item &item : m_items) {
        if (item.state == ItemState::Skipped) {
            item.state = ItemState::Pending;
        }
    }
    if (count(ItemState::Pending) > 0) {
        start();
    }
    return int(retry.size());
}

int BatchRun::count(ItemState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [state](const Item &i) { return i.state == state; }));
}

int BatchRun::finishedCount() const
{
    return int(m_items.size()) - count(ItemState::Pending) - count(ItemState::Running);
}

QList<int> BatchRun::retryableItems() const
{
    QList<int> result;
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if ((item.state == ItemState::NotDone && item.outcome.mayRetry) || item.state == ItemState::Skipped) {
            result.append(i);
        }
    }
    return result;
}

BatchRun::ItemState BatchRun::stateFor(const Outcome &outcome)
{
    switch (outcome.kind) {
    case OutcomeKind::Done:
        return ItemState::Done;
    case OutcomeKind::NotDone:
        return ItemState::NotDone;
    case OutcomeKind::DoneByOther:
        return ItemState::DoneByOther;
    case OutcomeKind::Unknown:
        break;
    }
    return ItemState::Unknown;
}

void BatchRun::fill()
{
    while (m_running && !m_stopRequested && m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        runItem(m_queue.takeFirst());
    }
}

void BatchRun::runItem(int index)
{
    if (!m_pipeline) {
        m_items[index].state = ItemState::Skipped;
        Q_EMIT itemFinished(index);
        return;
    }
    if (m_beforeRun && !m_beforeRun(index)) {
        m_items[index].state = ItemState::Skipped;
        Q_EMIT itemFinished(index);
        stop();
        return;
    }
    Item &item = m_items[index];
    item.state = ItemState::Running;
    ++item.runs;
    ++m_inFlight;
    Q_EMIT itemStarted(index);
    ActionCall *call = m_pipeline->run(item.request, this, [this, index](const Outcome &outcome) {
        Item &done = m_items[index];
        done.outcome = outcome;
        done.state = stateFor(outcome);
        --m_inFlight;
        Q_EMIT itemFinished(index);
        Q_EMIT progressChanged(finishedCount(), int(m_items.size()));
        if (outcome.notRecorded) {
            // Without an activity log nothing may be sent: skip the rest.
            stop();
        }
        fill();
        checkFinished();
    });
    m_calls.append(call);
}

void BatchRun::checkFinished()
{
    if (!m_running || m_inFlight > 0 || (!m_queue.isEmpty() && !m_stopRequested)) {
        return;
    }
    m_running = false;
    m_calls.clear();
    Q_EMIT finished();
}

PriceTotals BatchRun::recurringStarted() const
{
    PriceTotals totals;
    for (const Item &item : m_items) {
        if (item.state == ItemState::Done &&
            (item.request.operation == Operation::Rent || item.request.operation == Operation::RentAny) &&
            item.outcome.activeNumber) {
            totals.add(item.outcome.activeNumber->money, item.outcome.activeNumber->paymentIntervalMonths);
        }
    }
    return totals;
}

PriceTotals BatchRun::recurringStopped() const
{
    PriceTotals totals;
    for (const Item &item : m_items) {
        if (item.state == ItemState::Done && item.request.operation == Operation::Release && item.request.before) {
            totals.add(item.request.before->money, item.request.before->paymentIntervalMonths);
        }
    }
    return totals;
}

PriceTotals BatchRun::setupCharged() const
{
    PriceTotals totals;
    for (const Item &item : m_items) {
        if (item.state == ItemState::Done && item.request.operation == Operation::Rent && item.request.offer) {
            totals.add(item.request.offer->setupPrice, 0);
        }
    }
    return totals;
}

} // namespace nd
