// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrequest.h"
#include "money.h"
#include "outcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace nd {

class ActionCall;
class ActionPipeline;

// Many actions through one pipeline, a few at a time: the release dialog's "release these 9 numbers", and the
// steps of a bulk job. Each item is one ActionRequest with its own state and outcome. A 429 holds every item
// back (the pipeline's shared wait); stop() lets the items in flight finish (never abandoned half-known) and
// skips the rest; retryNotDone() runs again exactly the items that are certainly not done and may be retried.
class BatchRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRun)

public:
    enum class ItemState {
        Pending,
        Running,
        Done,
        NotDone,
        DoneByOther,
        Unknown,
        Skipped, // stopped before it was sent (nothing was sent)
    };
    Q_ENUM(ItemState)

    struct Item
    {
        ActionRequest request;
        ItemState state = ItemState::Pending;
        Outcome outcome; // valid once finished
        int runs = 0;    // how many times it went through the pipeline (retryNotDone() adds one)
    };

    BatchRun(ActionPipeline *pipeline, const QList<ActionRequest> &requests, QObject *parent = nullptr);
    ~BatchRun() override;

    // Actions in flight at once (default 4, at least 1).
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    // Called right before an item is handed to the pipeline (a bulk job journals it as sending). Returning
    // false skips that item and stops the run: nothing is sent.
    void setBeforeRun(std::function<bool(int index)> hook) { m_beforeRun = std::move(hook); }

    void start();
    void stop();
    // Runs again the items that ended NotDone with mayRetry; returns how many. Only when not running.
    int retryNotDone();

    bool isRunning() const { return m_running; }
    bool isStopping() const { return m_stopRequested && m_running; }
    const QList<Item> &items() const { return m_items; }
    const Item &item(int index) const { return m_items.at(index); }
    int count(ItemState state) const;
    int finishedCount() const;
    // The items retryNotDone() would run.
    QList<int> retryableItems() const;

    // What actually happened, summed exactly per currency and interval: the recurring prices this run started
    // (rents done) and stopped (releases done), and the setup prices charged. Done items only: an item done by
    // someone else costs or saves nothing here.
    PriceTotals recurringStarted() const;
    PriceTotals recurringStopped() const;
    PriceTotals setupCharged() const;

    static ItemState stateFor(const Outcome &outcome);

Q_SIGNALS:
    void itemStarted(int index);
    void itemFinished(int index);
    void progressChanged(int finished, int total);
    void finished();

private:
    void fill();
    void runItem(int index);
    void checkFinished();

    QPointer<ActionPipeline> m_pipeline;
    QList<Item> m_items;
    QList<int> m_queue; // indexes still to run, in order
    int m_concurrency = 4;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    QList<QPointer<ActionCall>> m_calls;
    std::function<bool(int)> m_beforeRun;
};

} // namespace nd
