// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "models.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace nd {

// The certain (or honestly uncertain) result of a billable or destructive call, as SafeOperations reports
// it. When the call itself failed ambiguously (timeout, connection closed after sending, 5xx, or cancelled
// after it was sent), the state was read back (numbers-api.md §7.4) to decide between Done and NotDone;
// Unknown only when that reading failed too.
struct Outcome
{
    enum class Kind {
        Done,    // it took effect (the server answered 2xx, or the state shows it)
        NotDone, // it did not take effect (the server refused it, or the state shows it did not happen)
        Unknown, // it could not be determined: the user must check before trying again
    };
    enum class Operation {
        Rent,
        RentAny,
        Update,
        Release,
        EmergencyProvision,
        EmergencyDeprovision,
        CallbackSecretUpdate,
    };

    Operation operation = Operation::Rent;
    Kind kind = Kind::Unknown;
    // The number concerned: the one asked for, or for rentAny the one rented (empty when none or unknown).
    QString phoneNumber;

    // Done: the number as the server shows it now (rent, rentAny, update, release).
    std::optional<ActiveNumber> activeNumber;
    // rentAny: every number that appeared in the active list. More than one is a double rental to review.
    QList<ActiveNumber> rentedNumbers;
    // Done: emergency provision (the stored address) / callback secret update (contains the secret: never log).
    std::optional<EmergencyAddress> emergencyAddress;
    std::optional<CallbackConfiguration> callbackConfiguration;

    // The failure of the call itself; Kind::None when it answered 2xx.
    ApiError originalError;
    // Unknown: why reading the state failed.
    ApiError checkError;
    // The state was read back after an ambiguous failure (or a cancel after sending).
    bool reconciled = false;
    // The user cancelled (before or after sending).
    bool cancelled = false;
    // NotDone only: trying again is reasonable (the number is still available, nothing changed, ...).
    bool mayRetry = false;
    // Done, but something needs a person's attention (rentAny: more than one new number).
    bool needsReview = false;
    // Translated, plain words: what happened and what to do or check next.
    QString explanation;

    bool isDone() const { return kind == Kind::Done; }
    bool isNotDone() const { return kind == Kind::NotDone; }
    bool isUnknown() const { return kind == Kind::Unknown; }

    // "done" / "not_done" / "unknown" (stable, untranslated: logs, JSON output, audit mapping).
    static QString kindKey(Kind kind);
    // "rent", "rentAny", ... (the audit log's operation keys).
    static QString operationKey(Operation operation);
};

} // namespace nd

Q_DECLARE_METATYPE(nd::Outcome)
