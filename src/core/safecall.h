// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "requests.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace nd {

class ActiveNumberWalker;
class NumbersClient;
class PendingCall;

// One billable or destructive call made by SafeOperations, from the first request to a certain Outcome.
// Owned by SafeOperations; deletes itself after its callback ran. Hold it in a QPointer to cancel it.
class SafeCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeCall)

public:
    enum class Phase {
        Preparing, // rentAny: listing the active numbers before renting
        Sending,   // the billable/destructive request is in flight
        Checking,  // the answer was ambiguous: reading the state back
        Finished,
    };
    Q_ENUM(Phase)

    using Callback = std::function<void(const Outcome &)>;

    // Everything one operation needs; only the members of `operation` are used.
    struct Request
    {
        Outcome::Operation operation = Outcome::Operation::Rent;
        QString phoneNumber;
        NumberConfiguration configuration; // rent
        RentAnyRequest rentAny;
        ActiveNumberUpdate update;
        EmergencyAddressRequest address;
        QString hmacSecret; // sensitive: never logged
    };

    SafeCall(NumbersClient *client, const Request &request, QObject *context, Callback callback,
             QObject *parent = nullptr);
    ~SafeCall() override;

    Phase phase() const { return m_phase; }
    Outcome::Operation operation() const { return m_request.operation; }
    QString phoneNumber() const { return m_request.phoneNumber; }

    // Stops the operation. Before the billable request left: NotDone ("cancelled, nothing was sent").
    // After it left, cancelling cannot take it back: the state is read back as for any ambiguous failure,
    // and the outcome says what happened. Cancelling during that check gives Unknown.
    void cancel();
    // Drops the call without running its callback (used when the client goes away).
    void abandon();

    void start();

Q_SIGNALS:
    void phaseChanged(nd::SafeCall::Phase phase);
    // Emitted right before the callback, with the same outcome.
    void finished(const nd::Outcome &outcome);

private:
    void setPhase(Phase phase);
    void snapshotThenSend();
    void send();
    void onFailure(const ApiError &error);
    void reconcile();
    void checkRentState(bool afterNotFoundAnswer);
    void checkRentAnyState();
    void checkReleaseState();
    void checkUpdateState();
    void checkCallbackState();
    void checkEmergencyState();
    void finishDone(const QString &explanation);
    void finishNotDone(const QString &explanation, bool mayRetry);
    void finishUnknown(const ApiError &checkError, const QString &explanation);
    void finish();
    QString failureReason() const;

    QPointer<NumbersClient> m_client;
    Request m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    Phase m_phase = Phase::Preparing;
    QPointer<PendingCall> m_call;
    QPointer<ActiveNumberWalker> m_walker;
    QSet<QString> m_before; // rentAny: active numbers before the call
    QList<ActiveNumber> m_after;
    bool m_cancelRequested = false;
    bool m_done = false;
    Outcome m_outcome;
};

} // namespace nd
