// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrecorder.h"

#include "actionrequest.h"
#include "auditlog.h"
#include "outcome.h"

namespace nd {

namespace {

// rentAny learns its number and recurring price from the answer (its setup price is never stated).
AuditCost answeredCost(const Outcome &outcome)
{
    AuditCost cost;
    if (outcome.operation == Operation::RentAny && outcome.activeNumber && outcome.isDone()) {
        cost.currencyCode = outcome.activeNumber->money.currencyCode;
        cost.monthlyPrice = outcome.activeNumber->money.amount;
        cost.paymentIntervalMonths = outcome.activeNumber->paymentIntervalMonths;
    }
    return cost;
}

} // namespace

ActivityRecorder::ActivityRecorder(AuditLog *log, const Identity &identity)
    : m_log(log)
    , m_identity(identity)
{}

bool ActivityRecorder::ensureWritable()
{
    m_errorString.clear();
    if (!m_log) {
        m_errorString = tr("no activity log is open.");
        return false;
    }
    if (!m_log->isOpen() && !m_log->open()) {
        m_errorString = m_log->errorString();
        return false;
    }
    return true;
}

AuditAction ActivityRecorder::actionFor(const ActionRequest &request) const
{
    AuditAction action;
    action.operation = request.operation;
    action.client = m_identity.client;
    action.profile = m_identity.profile;
    action.projectId = m_identity.projectId;
    action.numbers = request.numbers();
    action.summary = request.summary();
    action.changes = request.changes();
    action.cost = request.cost();
    action.jobId = request.jobId;
    return action;
}

qint64 ActivityRecorder::begin(const ActionRequest &request)
{
    qint64 id = -1;
    if (ensureWritable()) {
        id = m_log->begin(actionFor(request));
        if (id < 0) {
            m_errorString = m_log->errorString();
        }
    }
    if (id < 0) {
        m_errorString = tr("The activity log cannot be written: %1 Nothing was sent.").arg(m_errorString);
    }
    return id;
}

bool ActivityRecorder::finish(qint64 id, const Outcome &outcome)
{
    if (id < 0 || !m_log) {
        return true;
    }
    QStringList numbers;
    if (outcome.operation == Operation::RentAny) {
        for (const ActiveNumber &n : outcome.rentedNumbers) {
            numbers.append(n.phoneNumber);
        }
    }
    if (m_log->finish(id, outcome.kind, outcome.explanation, numbers, answeredCost(outcome))) {
        return true;
    }
    m_errorString = tr("The outcome could not be written to the activity log: %1").arg(m_log->errorString());
    return false;
}

bool ActivityRecorder::settle(qint64 id, const Outcome &outcome)
{
    if (id < 0 || !m_log || outcome.isUnknown()) {
        return true;
    }
    if (m_log->settle(id, outcome.kind, outcome.explanation)) {
        return true;
    }
    m_errorString = tr("The outcome could not be written to the activity log: %1").arg(m_log->errorString());
    return false;
}

} // namespace nd
