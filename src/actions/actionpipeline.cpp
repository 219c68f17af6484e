// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpipeline.h"

#include "numbersclient.h"

#include <algorithm>

namespace nd {

ActionPipeline::ActionPipeline(NumbersClient *client, ActivityRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
{
    // 429 answers changed nothing: up to 6 sends within two minutes, honouring Retry-After.
    m_rateLimitPolicy.maxAttempts = 6;
    m_rateLimitPolicy.baseDelayMs = 1000;
    m_rateLimitPolicy.maxDelayMs = 30000;
    m_rateLimitPolicy.totalBudgetMs = 120000;
    if (m_client) {
        // Calls in flight cannot outlive the client they use.
        connect(m_client, &QObject::destroyed, this, [this] {
            for (ActionCall *call : calls()) {
                call->abandon();
            }
        });
    }
}

ActionPipeline::~ActionPipeline()
{
    for (ActionCall *call : calls()) {
        call->abandon();
    }
}

QList<ActionCall *> ActionPipeline::calls() const
{
    return findChildren<ActionCall *>(QString(), Qt::FindDirectChildrenOnly);
}

bool ActionPipeline::hasActionsInFlight() const
{
    const QList<ActionCall *> running = calls();
    return std::any_of(running.cbegin(), running.cend(),
                       [](const ActionCall *call) { return call->phase() != ActionCall::Phase::Finished; });
}

ActionCall *ActionPipeline::run(const ActionRequest &request, QObject *context, ActionCall::Callback callback)
{
    return start(new ActionCall(this, request, context, std::move(callback), false, -1));
}

ActionCall *ActionPipeline::recheck(const ActionRequest &request, qint64 recordId, QObject *context,
                                    ActionCall::Callback callback)
{
    return start(new ActionCall(this, request, context, std::move(callback), true, recordId));
}

ActionCall *ActionPipeline::start(ActionCall *call)
{
    call->start();
    return call; // valid until the event loop runs again, even when it finished at once
}

void ActionPipeline::cancelAll()
{
    for (ActionCall *call : calls()) {
        call->cancel();
    }
}

void ActionPipeline::holdOff(qint64 ms)
{
    // Every 429 is reported, even when the jittered wait came out as 0 ms.
    ms = qMax<qint64>(ms, 0);
    if (ms > 0 && m_holdOff.remainingTime() < ms) {
        m_holdOff.setRemainingTime(ms);
    }
    Q_EMIT rateLimited(ms);
}

qint64 ActionPipeline::holdOffRemainingMs() const
{
    return m_holdOff.remainingTime();
}

} // namespace nd
