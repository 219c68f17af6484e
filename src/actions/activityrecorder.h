// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditrecord.h"

#include <QCoreApplication>
#include <QString>

namespace nd {

class AuditLog;
struct ActionRequest;
struct Outcome;

// The one writer of activity records, used by the pipeline for the app, the CLI and bulk jobs alike: it turns
// an ActionRequest into the record written before sending (operation, numbers, what changes, the price) and an
// Outcome into how the record ends (outcome, reason, the number and price rentAny learned from the answer).
// Without a writable log, begin() fails and the pipeline sends nothing (no record, no billable call).
//
// The log is not owned and must outlive the recorder. Used from the log's thread.
class ActivityRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(nd::ActivityRecorder)

public:
    struct Identity
    {
        AuditClient client = AuditClient::App;
        QString profile;
        QString projectId;
    };

    ActivityRecorder(AuditLog *log, const Identity &identity);

    AuditLog *log() const { return m_log; }
    const Identity &identity() const { return m_identity; }
    // The app switches profiles: later records carry the new profile and project.
    void setIdentity(const Identity &identity) { m_identity = identity; }

    // Opens the log if needed; false (with errorString()) when it cannot be written. Callers check this
    // before asking a person to confirm, so nobody confirms an action that would then be refused.
    bool ensureWritable();
    // Writes the pending record; its id, or -1 with errorString() ("The activity log cannot be written: …
    // Nothing was sent.").
    qint64 begin(const ActionRequest &request);
    // Ends the record with the outcome; false (with errorString()) when it could not be written.
    bool finish(qint64 id, const Outcome &outcome);
    // Settles a record that ended Unknown, once a later check knows.
    bool settle(qint64 id, const Outcome &outcome);

    QString errorString() const { return m_errorString; }

    // The record's fields for an action, as begin() writes them (exposed for tests and previews).
    AuditAction actionFor(const ActionRequest &request) const;

private:
    AuditLog *m_log = nullptr;
    Identity m_identity;
    QString m_errorString;
};

} // namespace nd
