// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nd {

// The billable or destructive operations (docs/api.md §8). One enum for the pipeline, the activity log,
// bulk jobs, the app and the CLI.
enum class Operation {
    Rent,
    RentAny,
    Update,
    Release,
    EmergencyProvision,
    EmergencyDeprovision,
    CallbackSecretUpdate,
};

// How a billable or destructive action ended: the one vocabulary from the pipeline to the activity log, the
// dialogs, the CLI's exit codes and the per-number states of bulk jobs.
enum class OutcomeKind {
    Done,        // it took effect because of this request (a 2xx answer, or the state read back shows it)
    NotDone,     // it did not take effect: safe to try again when the outcome says so
    DoneByOther, // the wanted state was already there or was made by someone else (a race, a second client)
    Unknown,     // could not be determined: the user must check before trying again
};

// Stable keys ("rent", "rentAny", ...; "done", "not_done", "done_by_other", "unknown") used in the activity
// log, JSON output and job journals, and their translated display names.
class ActionKinds final
{
    Q_DECLARE_TR_FUNCTIONS(nd::ActionKinds)

public:
    static QString key(Operation operation);
    static QString key(OutcomeKind outcome);
    static std::optional<Operation> operationFromKey(const QString &key);
    // Also reads the keys of activity logs written before outcomes had one vocabulary: "failed" (the server
    // refused) and "cancelled" (stopped before sending) are both NotDone.
    static std::optional<OutcomeKind> outcomeFromKey(const QString &key);

    static QString displayName(Operation operation);
    static QString displayName(OutcomeKind outcome);
    // Whether the operation can start or stop charges (rent, rentAny, release).
    static bool affectsCost(Operation operation);
};

} // namespace nd
