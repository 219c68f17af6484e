// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionaudit.h"

#include "apierror.h"
#include "auditlog.h"
#include "money.h"

#include <QCoreApplication>

#include <utility>

namespace nd {

ActionAudit::ActionAudit(AuditLog *log, const QString &profile, const QString &projectId)
    : m_log(log)
    , m_profile(profile)
    , m_projectId(projectId)
{
}

qint64 ActionAudit::begin(AuditOperation operation, const QStringList &numbers, const QString &summary,
                          const AuditCost &cost, QString *error) const
{
    QString why;
    qint64 id = -1;
    if (!m_log) {
        why = QCoreApplication::translate("nd::ActionAudit", "no activity log is open.");
    } else if (!m_log->isOpen() && !m_log->open()) {
        why = m_log->errorString();
    } else {
        AuditAction action;
        action.operation = operation;
        action.client = AuditClient::App;
        action.profile = m_profile;
        action.projectId = m_projectId;
        action.numbers = numbers;
        action.summary = summary;
        action.cost = cost;
        id = m_log->begin(action);
        if (id < 0) {
            why = m_log->errorString();
        }
    }
    if (id < 0 && error) {
        *error = QCoreApplication::translate("nd::ActionAudit",
                                             "The activity log cannot be written: %1 Nothing was sent.")
                     .arg(why);
    }
    return id;
}

bool ActionAudit::finish(qint64 *pendingId, AuditOutcome outcome, const QString &detail,
                         const QStringList &resultNumbers, QString *error) const
{
    const qint64 id = std::exchange(*pendingId, -1);
    if (id < 0 || !m_log) {
        return true;
    }
    if (m_log->finish(id, outcome, detail, resultNumbers)) {
        return true;
    }
    qWarning("activity log: record %lld could not be finished", id);
    if (error) {
        *error = QCoreApplication::translate("nd::ActionAudit",
                                             "The outcome could not be written to the activity log: %1")
                     .arg(m_log->errorString());
    }
    return false;
}

AuditOutcome ActionAudit::outcomeForError(const ApiError &error)
{
    return error.isAmbiguous() || error.isCancelled() ? AuditOutcome::Unknown : AuditOutcome::Failed;
}

AuditCost ActionAudit::cost(const Money &setupPrice, const Money &monthlyPrice, int paymentIntervalMonths)
{
    AuditCost cost;
    cost.currencyCode = monthlyPrice.currencyCode.isEmpty() ? setupPrice.currencyCode : monthlyPrice.currencyCode;
    cost.setupPrice = setupPrice.amount;
    cost.monthlyPrice = monthlyPrice.amount;
    cost.paymentIntervalMonths = paymentIntervalMonths;
    return cost;
}

} // namespace nd
