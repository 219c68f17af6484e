// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace nd {

// What the audit log records (numbers-api.md §8: every billable or destructive call).
enum class AuditOperation {
    Rent,
    RentAny,
    Update,
    Release,
    EmergencyProvision,
    EmergencyDeprovision,
    CallbackSecretUpdate,
};

// How a recorded action ended.
//  Pending   - written before the request was sent; still in flight, or the program died meanwhile.
//  Done      - the API confirmed it (2xx), or reconciliation found it took effect.
//  NotDone   - reconciliation after an uncertain outcome found it did not take effect.
//  Unknown   - the outcome stayed uncertain (timeout, reset, 5xx) and could not be verified.
//  Failed    - the API answered with an error: nothing changed.
//  Cancelled - the user stopped it before the request left (e.g. the rest of a batch release).
enum class AuditOutcome {
    Pending,
    Done,
    NotDone,
    Unknown,
    Failed,
    Cancelled,
};

enum class AuditClient {
    App,
    Cli,
};

// Prices as the API sent them (numbers-api.md §3.7, §5.5): exact strings, never floating point.
struct AuditCost
{
    QString currencyCode;
    QString setupPrice;
    QString monthlyPrice;
    int paymentIntervalMonths = 0; // 0: not known

    bool isEmpty() const
    {
        return currencyCode.isEmpty() && setupPrice.isEmpty() && monthlyPrice.isEmpty() && paymentIntervalMonths == 0;
    }
    bool operator==(const AuditCost &other) const
    {
        return currencyCode == other.currencyCode && setupPrice == other.setupPrice &&
               monthlyPrice == other.monthlyPrice && paymentIntervalMonths == other.paymentIntervalMonths;
    }
    bool operator!=(const AuditCost &other) const { return !(*this == other); }
};

// What the caller is about to do; passed to AuditLog::begin() before the request is sent.
// There is deliberately no field for credentials or the callback HMAC secret: they are never recorded.
struct AuditAction
{
    AuditOperation operation = AuditOperation::Rent;
    AuditClient client = AuditClient::App;
    QString profile;
    QString projectId;
    QStringList numbers; // E.164; empty for rentAny until the API says which number it rented
    QString summary;     // short request description, e.g. "regionCode=US type=LOCAL"
    AuditCost cost;
};

// One stored row. Operation, outcome and client keep the stored key text ("rent", "done", "cli") so a log
// written by a newer NumberDesk with new values still reads; use the typed accessors to compare.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while pending
    QString client;
    QString appVersion;
    QString profile;
    QString projectId;
    QString operation;
    QStringList numbers;
    QString summary;
    AuditCost cost;
    QString outcome;
    QString detail;

    bool isPending() const;
    std::optional<AuditOperation> operationType() const;
    std::optional<AuditOutcome> outcomeType() const;
    std::optional<AuditClient> clientType() const;

    // The camelCase JSON form used by AuditLog::exportJson() (and `numberdesk-cli activity --format json`).
    QJsonObject toJson() const;
    // RFC 4180 fields in csvHeader() order.
    QStringList toCsvFields() const;
    static QStringList csvHeader();
};

// Which records AuditLog::records() returns. Empty members do not filter.
struct AuditFilter
{
    QDateTime since; // inclusive, compared with startedAt
    QDateTime until; // exclusive
    std::optional<AuditOperation> operation;
    std::optional<AuditOutcome> outcome;
    QString number;  // exact E.164 match against any of the record's numbers
    QString profile; // exact match
    int limit = -1;  // <= 0: no limit
    int offset = 0;
    bool newestFirst = true; // by id, i.e. by the order actions were begun
};

// Stored keys ("rent", "rentAny", ..., "not_done", "cli") and their translated display names.
namespace AuditKeys {
QString key(AuditOperation operation);
QString key(AuditOutcome outcome);
QString key(AuditClient client);
std::optional<AuditOperation> operationFromKey(const QString &key);
std::optional<AuditOutcome> outcomeFromKey(const QString &key);
std::optional<AuditClient> clientFromKey(const QString &key);

// Translated names for the Activity view and `numberdesk-cli activity`; unknown keys come back raw.
QString operationDisplayName(const QString &key);
QString outcomeDisplayName(const QString &key);
// "USD 1.00 setup + USD 1.00 every month", translated; empty for an empty cost.
QString costDisplayText(const AuditCost &cost);
} // namespace AuditKeys

// RFC 4180 field quoting: quoted when it holds a comma, quote, CR or LF (or leading/trailing space);
// quotes are doubled. Exposed for tests and for the CLI.
QString auditCsvField(const QString &value);

} // namespace nd
