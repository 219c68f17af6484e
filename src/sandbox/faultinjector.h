// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basicresult.h"

#include <QHash>
#include <QString>

namespace nd::sandbox {

enum class Fault
{
    None,
    ServerError,      // 500 INTERNAL or 503 UNAVAILABLE, nothing done
    TooManyRequests,  // 429 RESOURCE_EXHAUSTED, nothing done
    Reset,            // connection closed without a response, nothing done
    DropAfterCommit,  // the action is done, then the connection is closed without a response
    Malformed         // 200 with a truncated JSON body (read-only operations only)
};

// Parses "--faults" and draws one fault per request from a stream seeded by --seed, so a run with the
// same seed and the same request sequence sees the same faults.
//
// Spec: comma-separated KIND[@OPERATION]=PROBABILITY. KIND: 5xx (or 500 / 503), 429, reset,
// drop-after-commit, malformed, provisioning-fail. Without @OPERATION a key applies to every API
// operation except "token"; with it, to that operation only (it replaces the general value for it).
// Operation names are listed by SandboxApi::operationNames().
class FaultInjector final
{
public:
    FaultInjector() = default;

    // Replaces the rates; on a bad spec keeps the old ones and says why (plain English, for stderr).
    Result<void, Failure> parse(const QString &spec);
    void setSeed(quint64 seed);
    bool isEmpty() const { return m_rates.isEmpty(); }
    QString spec() const { return m_spec; }

    // mutating: the operation changes state (drop-after-commit only applies there; malformed only to the
    // others). Returns the fault to inject and, for ServerError, the status (500 or 503) in *status.
    Fault draw(const QString &operation, bool mutating, int *status = nullptr);

    double rate(const QString &kind, const QString &operation) const;

private:
    double uniform();

    QString m_spec;
    QHash<QString, double> m_rates; // "kind" or "kind@operation"
    quint64 m_state = 0;
};

} // namespace nd::sandbox
