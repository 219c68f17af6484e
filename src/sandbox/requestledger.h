// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

// Per operation and per number: how many requests arrived and what became of them. It lets a chaos test prove
// "each release reached the sandbox at most once per number" from the sandbox's side: a request answered by an
// injected fault changed nothing, one the endpoint handled may have (drop-after-commit included). Served as
// GET /_sandbox/requests (docs/sandbox.md).
namespace nd::sandbox {

class RequestLedger final
{
public:
    enum class Outcome {
        RefusedBeforeActing, // authentication or project: 401 / 404, nothing done
        FaultedBeforeActing, // injected 5xx, 429 or reset: nothing done
        ActedOn              // the endpoint handled it: an answer of its own, a change, or an idempotent repeat
    };

    struct Tally
    {
        int received = 0;
        int refusedBeforeActing = 0;
        int faultedBeforeActing = 0;
        int actedOn = 0;
        int changedState = 0;       // of actedOn: the stored state differs afterwards
        int droppedAfterCommit = 0; // of actedOn: handled, then the connection was closed without an answer
        QMap<int, int> statuses;    // answered status -> count; 0 = no answer (reset, drop-after-commit)

        void add(Outcome outcome, bool changed, bool dropped, int status);
    };

    // phoneNumber: the number in the path ("" when the operation has none; for rentAny the number rented).
    void record(const QString &operation, const QString &phoneNumber, Outcome outcome, bool changedState,
                bool droppedAfterCommit, int status);
    void clear();

    // {"operations": {op: {"totals": tally, "numbers": {e164: tally}}}, "untrackedNumbers": n}; empty filters
    // mean all.
    QByteArray toJson(const QString &operation, const QString &phoneNumber) const;

    // Numbers tracked per operation at most; later ones count in the totals only.
    static constexpr int kMaxNumbersPerOperation = 200000;

private:
    struct PerOperation
    {
        Tally totals;
        QHash<QString, Tally> numbers;
    };
    QHash<QString, PerOperation> m_operations;
    int m_untracked = 0;
};

} // namespace nd::sandbox
