// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QSqlDatabase;

namespace nd {

// The append-only audit log behind the "Activity" view and `numberdesk-cli activity` (docs/api.md §7.4, §8).
//
// One SQLite file (WAL, synchronous=FULL) shared by the app and the CLI. Usage around every billable or
// destructive call:
//     const qint64 id = log.begin(action);   // BEFORE sending; on failure (-1) do not send the request
//     ... send, wait for the reply ...
//     log.finish(id, OutcomeKind::Done, why); // or NotDone / DoneByOther / Unknown, with the reason
// A record left Pending by a crash shows up in pendingRecords() at the next start: reconcile it by reading
// the number's state (§7.4) and finish() it then.
//
// History cannot be edited: the only write after begin() is the single finish() of a pending record, and
// SQLite triggers refuse any other UPDATE or DELETE even from outside this class.
//
// Threads: an instance uses its own QSqlDatabase connection, so it must be used from the thread that
// called open(). Any number of instances (threads, processes) may share one file. Failures never throw:
// functions return false / -1 / empty and errorString() holds a translated message.
class AuditLog final
{
public:
    // <GenericDataLocation>/numberdesk/audit.sqlite: the same file for the app and the CLI.
    static QString defaultPath();

    explicit AuditLog(const QString &filePath = defaultPath());
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    QString filePath() const { return m_filePath; }

    // Opens (creating the folder and the file if needed) and migrates the schema. Returns false with
    // errorString() set when the file cannot be opened or written, is not a database, is not a NumberDesk
    // activity log, or was written by a newer version. An unusable file is reported and never replaced.
    bool open();
    bool isOpen() const;
    void close();
    QString errorString() const { return m_errorString; }

    // Writes a pending record and commits it. Returns its id (> 0), or -1 on failure.
    qint64 begin(const AuditAction &action);
    // Sets the outcome of a pending record, once. `detail` says why (never a secret: credentials-looking text
    // is masked anyway). `resultNumbers` and `resultCost` fill in the numbers and price of a record begun
    // without them (rentAny learns its number and price from the reply). Refuses unknown ids and records that
    // are already finished.
    bool finish(qint64 id, OutcomeKind outcome, const QString &detail = QString(),
                const QStringList &resultNumbers = QStringList(), const AuditCost &resultCost = AuditCost());
    // Settles a record whose outcome was Unknown, once, after a later check found out what happened (Done,
    // NotDone or DoneByOther). The original finish time stays; settledAt is set and `detail` replaces the
    // reason. Refuses every other record.
    bool settle(qint64 id, OutcomeKind outcome, const QString &detail);

    // Records still pending, oldest first: after a crash, the actions whose outcome must be reconciled.
    // Records this instance began and has not finished yet are included too.
    QList<AuditRecord> pendingRecords() const;
    QList<AuditRecord> records(const AuditFilter &filter = AuditFilter()) const;
    std::optional<AuditRecord> record(qint64 id) const;
    // Number of records matching the filter, ignoring its limit and offset. -1 on failure.
    qint64 count(const AuditFilter &filter = AuditFilter()) const;

    // RFC 4180 CSV (UTF-8, CRLF, header line) and a JSON array (AuditRecord::toJson()), streamed row by row.
    bool exportCsv(QIODevice *device, const AuditFilter &filter = AuditFilter()) const;
    bool exportJson(QIODevice *device, const AuditFilter &filter = AuditFilter()) const;

    // Runs PRAGMA integrity_check; true when SQLite reports "ok". `report` receives its output otherwise.
    bool checkIntegrity(QString *report = nullptr) const;

    // Masks things that look like credentials (Bearer/Basic values, secret=...). Applied to summary and detail.
    static QString redacted(const QString &text);

    // Tests only: the clock used for startedAt/finishedAt (UTC).
    void setClock(std::function<QDateTime()> clock);

    static constexpr int SchemaVersion = 2;

private:
    QSqlDatabase database() const;
    bool fail(const QString &message) const;
    bool openDatabase();
    bool checkOwnership(qint64 applicationId, std::optional<int> knownVersion = std::nullopt);
    bool migrate();
    QDateTime now() const;
    template<typename RowHandler> bool forEachRecord(const AuditFilter &filter, RowHandler &&handler) const;

    QString m_filePath;
    QString m_connectionName;
    mutable QString m_errorString;
    std::function<QDateTime()> m_clock;
    bool m_open = false;
};

} // namespace nd
