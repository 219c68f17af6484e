// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditrecord.h"

#include <QString>
#include <QStringList>

namespace nd {

struct ApiError;
class AuditLog;
struct Money;

// What a dialog needs to write the activity log (docs: notes/audit.md): the app's AuditLog (owned by the
// main window, which outlives its dialogs) and the profile / project the calls go to. A small value type.
// Without a log every begin() fails: billable calls are refused rather than sent unrecorded (fail closed).
class ActionAudit final
{
public:
    ActionAudit() = default;
    ActionAudit(AuditLog *log, const QString &profile, const QString &projectId);

    AuditLog *log() const { return m_log; }
    QString profile() const { return m_profile; }
    QString projectId() const { return m_projectId; }

    // Commits a "pending" record before the request is sent. Returns its id, or -1 with *error set to the
    // translated banner text ("The activity log cannot be written: … Nothing was sent.").
    qint64 begin(AuditOperation operation, const QStringList &numbers, const QString &summary,
                 const AuditCost &cost, QString *error) const;
    // Ends the record *id begun by begin() and sets *id to -1, so a record is finished at most once; ids < 0
    // are ignored. Returns false (with *error) when the outcome could not be written.
    bool finish(qint64 *id, AuditOutcome outcome, const QString &detail,
                const QStringList &resultNumbers = QStringList(), QString *error = nullptr) const;

    // The outcome of a call that returned an error without a later check: a definite refusal is Failed
    // (nothing changed); no clear answer, or stopped after it was sent, is Unknown.
    static AuditOutcome outcomeForError(const ApiError &error);
    static AuditCost cost(const Money &setupPrice, const Money &monthlyPrice, int paymentIntervalMonths);

private:
    AuditLog *m_log = nullptr;
    QString m_profile;
    QString m_projectId;
};

} // namespace nd
