// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncall.h"
#include "numbersclient.h"
#include "retrypolicy.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

namespace nd {

class ActivityRecorder;

// The one way NumberDesk sends a billable or destructive request (docs/api.md §7.4, §8), for the app, the CLI
// and bulk jobs alike. Every action:
//  1. is recorded as pending in the activity log before anything is sent (no record, no request);
//  2. is sent once: NumbersClient never re-sends these requests by itself;
//  3. is classified: 2xx → Done; a refusal → NotDone; an answer that shows the wanted state was already there
//     or was made by someone else (a 404 to a rent of a number that turns out to be ours, a release of a number
//     already gone) → DoneByOther; 429 → certainly not done, so it is sent again after the server's Retry-After
//     or a backoff (shared by every action of this pipeline: no action sends during the wait);
//  4. when the answer is ambiguous (timeout, connection closed after sending, 5xx, cancel after sending), the
//     state is read back with idempotent GETs to decide Done / NotDone / DoneByOther, or Unknown when that fails
//     too;
//  5. finishes its record with the outcome, the reason and the cost effect.
// How each operation is read back is documented in docs/api.md §7.4 and on ActionCall's checks.
//
// The client and the recorder are not owned; the pipeline must not outlive them. Callbacks run on this
// object's thread, never after `context` is destroyed.
class ActionPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPipeline)

public:
    ActionPipeline(NumbersClient *client, ActivityRecorder *recorder, QObject *parent = nullptr);
    ~ActionPipeline() override;

    NumbersClient *client() const { return m_client; }
    ActivityRecorder *recorder() const { return m_recorder; }

    ActionCall *run(const ActionRequest &request, QObject *context, ActionCall::Callback callback);
    // Reads the state again for an action whose outcome was Unknown (its record `recordId`) and settles the
    // record when the state is now clear. Nothing is sent.
    ActionCall *recheck(const ActionRequest &request, qint64 recordId, QObject *context, ActionCall::Callback callback);

    // Cancels every action in flight (each still reports its outcome).
    void cancelAll();
    bool hasActionsInFlight() const;

    // How often and how long a request answered 429 is sent again (attempts in total, delays, Retry-After).
    void setRateLimitPolicy(const RetryPolicy &policy) { m_rateLimitPolicy = policy; }
    const RetryPolicy &rateLimitPolicy() const { return m_rateLimitPolicy; }
    // After a 429: no action of this pipeline sends before `ms` have passed.
    void holdOff(qint64 ms);
    qint64 holdOffRemainingMs() const;

Q_SIGNALS:
    // A 429 made every action wait `waitMs` milliseconds.
    void rateLimited(qint64 waitMs);

private:
    ActionCall *start(ActionCall *call);
    QList<ActionCall *> calls() const;

    QPointer<NumbersClient> m_client;
    ActivityRecorder *m_recorder = nullptr;
    RetryPolicy m_rateLimitPolicy;
    QDeadlineTimer m_holdOff{0};
};

} // namespace nd
