// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrequest.h"
#include "outcome.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QTimer;

namespace nd {

class ActionPipeline;
class ActiveNumberWalker;
class PendingCall;

// One billable or destructive action going through the pipeline, from its activity record to a certain
// Outcome: record intent → send once → classify the answer → where it is ambiguous, read the state back →
// outcome with evidence → complete the record. Created by ActionPipeline (which owns it); deletes itself after
// its callback ran. Hold it in a QPointer to cancel it or to show its phase.
class ActionCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionCall)

public:
    enum class Phase {
        Preparing, // rentAny: listing the active numbers before renting
        Waiting,   // rate limited (HTTP 429, which changed nothing): waiting before sending again
        Sending,   // the billable/destructive request is in flight
        Checking,  // the answer was ambiguous: reading the state back
        Finished,
    };
    Q_ENUM(Phase)

    using Callback = std::function<void(const Outcome &)>;

    ~ActionCall() override;

    Phase phase() const { return m_phase; }
    const ActionRequest &request() const { return m_request; }
    // The activity record, once written (-1 before, or when none).
    qint64 recordId() const { return m_outcome.recordId; }
    // Update: the step being sent (0-based) and how many there are.
    int currentStep() const { return m_step; }

    // Stops the action. Before the request left: NotDone ("cancelled, nothing was sent"). After it left,
    // cancelling cannot take it back: the state is read back as for any ambiguous answer, and the outcome
    // says what happened. A second cancel while checking gives Unknown.
    void cancel();
    // Drops the action without running its callback (the pipeline or the client is going away). A record
    // already begun is finished as Unknown.
    void abandon();

Q_SIGNALS:
    void phaseChanged(nd::ActionCall::Phase phase);
    // Emitted right before the callback, with the same outcome.
    void finished(const nd::Outcome &outcome);

private:
    friend class ActionPipeline;
    // `checkOnly`: do not send anything; settle an earlier Unknown outcome (recordId) by reading the state.
    ActionCall(ActionPipeline *pipeline, const ActionRequest &request, QObject *context, Callback callback,
               bool checkOnly, qint64 recordId);

    void start();
    void setPhase(Phase phase);
    void snapshotThenSend();
    void sendWhenClear();
    void send();
    void sent(const ApiError &error);
    void onFailure(const ApiError &error);
    void reconcile();
    void checkRentState(bool afterNotFoundAnswer);
    void checkRentAnyState();
    void checkReleaseState();
    void checkUpdateState();
    void checkCallbackState();
    void checkEmergencyState();
    void stepDone(const ActiveNumber &number, bool afterCheck);
    void finishDone(const QString &explanation);
    void finishDoneByOther(const QString &explanation);
    void finishNotDone(const QString &explanation, bool mayRetry);
    void finishUnknown(const ApiError &checkError, const QString &explanation);
    void finish();
    QString failureReason() const;
    QString partialUpdateNote() const;
    bool alreadyReleasing() const;

    QPointer<ActionPipeline> m_pipeline;
    ActionRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    bool m_checkOnly = false;
    Phase m_phase = Phase::Preparing;
    QPointer<PendingCall> m_call;
    QPointer<ActiveNumberWalker> m_walker;
    QTimer *m_waitTimer = nullptr;
    QSet<QString> m_before; // rentAny: active numbers before the call
    QList<ActiveNumber> m_after;
    int m_step = 0; // update: the step in flight
    bool m_cancelRequested = false;
    bool m_done = false;
    Outcome m_outcome;
};

} // namespace nd
