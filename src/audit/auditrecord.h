// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionkinds.h"
#include "fieldchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace nd {

enum class AuditClient {
    App,
    Cli,
};

// Prices as the API sent them (docs/api.md §3.7, §5.5): exact strings, never floating point. For a rent, the
// setup price and the recurring price; for a release, the recurring price that stops.
struct AuditCost
{
    QString currencyCode;
    QString setupPrice;
    QString monthlyPrice; // the recurring price, charged every paymentIntervalMonths
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

// What a record means for the account's bill, derived from the operation, the outcome and the cost: only a
// rent that was done by this action is a charge; only a release done by it is a saving. A number rented or
// released by someone else costs or saves nothing here.
struct CostEffect
{
    Q_DECLARE_TR_FUNCTIONS(nd::CostEffect)

public:
    enum class Kind {
        None,
        Charge,         // setup + recurring price, from now on
        Saving,         // the recurring price that stops at the end of the paid period
        PossibleCharge, // outcome unknown (or still pending): it may have been rented
        PossibleSaving, // outcome unknown (or still pending): it may have been released
    };
    Kind kind = Kind::None;
    AuditCost cost;

    // "charge", "saving", "possible_charge", "possible_saving", "" (stable keys for CSV/JSON).
    QString key() const;
    // "USD 1.00 setup + USD 2.00 every month", "stops EUR 3.00 every month", "possibly …"; empty for None.
    QString displayText() const;
};

// What the caller is about to do; passed to AuditLog::begin() before the request is sent.
// There is deliberately no field for credentials or the callback HMAC secret: they are never recorded.
struct AuditAction
{
    Operation operation = Operation::Rent;
    AuditClient client = AuditClient::App;
    QString profile;
    QString projectId;
    QStringList numbers; // E.164; empty for rentAny until the API says which number it rented
    QString summary;     // short request description, e.g. "regionCode=US type=LOCAL pattern=+1206 (START)"
    QList<FieldChange> changes; // what the action changes, field by field (never a secret's value)
    AuditCost cost;
    QString jobId; // the bulk job this action is a step of, if any
};

// One stored row. Operation, outcome and client keep the stored key text ("rent", "done", "cli") so a log
// written by a newer NumberDesk with new values still reads; use the typed accessors to compare.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while pending
    QDateTime settledAt;  // UTC; set when an unknown outcome was settled later by a check
    QString client;
    QString appVersion;
    QString profile;
    QString projectId;
    QString jobId;
    QString operation;
    QStringList numbers;
    QString summary;
    QList<FieldChange> changes;
    AuditCost cost;
    QString outcome;
    QString detail; // why it ended as it did (the explanation shown to the user), never a secret

    bool isPending() const;
    std::optional<Operation> operationType() const;
    // nullopt while pending (and for keys this version does not know).
    std::optional<OutcomeKind> outcomeType() const;
    std::optional<AuditClient> clientType() const;
    CostEffect costEffect() const;

    // Translated texts for the Activity view and `numberdesk-cli activity`; unknown keys come back raw.
    QString operationText() const;
    QString outcomeText() const;
    // What changed, in words ("display name: “A” → “B”; …"), falling back to the summary.
    QString changesText() const;

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
    std::optional<Operation> operation;
    std::optional<OutcomeKind> outcome; // NotDone also matches the "failed"/"cancelled" keys of older logs
    bool pendingOnly = false;
    QString number;  // exact E.164 match against any of the record's numbers
    QString profile; // exact match
    QString jobId;   // exact match
    int limit = -1;  // <= 0: no limit
    int offset = 0;
    bool newestFirst = true; // by id, i.e. by the order actions were begun
};

namespace AuditKeys {
QString key(AuditClient client);
std::optional<AuditClient> clientFromKey(const QString &key);
// The translated display names of stored keys (unknown keys come back raw); "pending" included.
QString operationDisplayName(const QString &key);
QString outcomeDisplayName(const QString &key);
} // namespace AuditKeys

// RFC 4180 field quoting: quoted when it holds a comma, quote, CR or LF (or leading/trailing space);
// quotes are doubled. Exposed for tests and for the CLI.
QString auditCsvField(const QString &value);

} // namespace nd
