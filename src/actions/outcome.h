// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionkinds.h"
#include "apierror.h"
#include "apitypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace nd {

// How one billable or destructive action ended, with the evidence: what the pipeline reports to the dialogs,
// the CLI, bulk jobs and the activity log. When the answer itself was ambiguous (a timeout, a connection closed
// after sending, a 5xx, or a cancel after sending) the state was read back (docs/api.md §7.4) to decide;
// Unknown only when that reading failed too.
struct Outcome
{
    Operation operation = Operation::Rent;
    OutcomeKind kind = OutcomeKind::Unknown;
    // The number concerned: the one asked for, or for rentAny the one rented (empty when none or unknown).
    QString phoneNumber;

    // The number as the server shows it now (rent, rentAny, update, release; when known).
    std::optional<ActiveNumber> activeNumber;
    // rentAny: every number that appeared in the active list. More than one is a double rental to review.
    QList<ActiveNumber> rentedNumbers;
    // Emergency provision: the stored address. Callback secret update: the configuration (holds the secret:
    // never log it).
    std::optional<EmergencyAddress> emergencyAddress;
    std::optional<CallbackConfiguration> callbackConfiguration;

    // The failure of the last request sent; Kind::None when it answered 2xx.
    ApiError originalError;
    // Unknown: why reading the state failed.
    ApiError checkError;
    // The state was read back after an ambiguous answer (or a cancel after sending).
    bool reconciled = false;
    // The user cancelled (before or after sending).
    bool cancelled = false;
    // NotDone only: trying again is reasonable (the number is still available, nothing changed, ...).
    bool mayRetry = false;
    // Rent, NotDone: the number is no longer on offer and not ours (someone else took it). A rent job of N
    // matching numbers searches again for it.
    bool offerGone = false;
    // Done, but a person should look (rentAny: more than one new number appeared).
    bool needsReview = false;
    // NotDone because the activity log could not be written: nothing was sent.
    bool notRecorded = false;
    // How many times the request was sent: a 429 answer is certainly "not done" and is sent again later.
    int attempts = 0;
    // Update: how many of its PATCH steps took effect (an unlink-then-link may stop in between).
    int stepsDone = 0;
    // The activity record of this action (-1 when none).
    qint64 recordId = -1;
    // Translated, plain words: what happened and what to do or check next.
    QString explanation;

    bool isDone() const { return kind == OutcomeKind::Done; }
    bool isNotDone() const { return kind == OutcomeKind::NotDone; }
    bool isDoneByOther() const { return kind == OutcomeKind::DoneByOther; }
    bool isUnknown() const { return kind == OutcomeKind::Unknown; }
    // The wanted state is in place, whoever made it (Done or DoneByOther).
    bool isInPlace() const { return isDone() || isDoneByOther(); }
};

} // namespace nd

Q_DECLARE_METATYPE(nd::Outcome)
