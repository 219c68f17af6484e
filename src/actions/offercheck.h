// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace nd {

class NumbersClient;
class PendingCall;

// Before a rent: is the number still on offer, and at what price (the confirmation states it)? When it is not,
// is it one of the project's numbers already (someone else in the project rented it first: nothing to rent, and
// nothing to pay)? The app's rent dialog and `numberdesk-cli available rent` ask this one question the same way.
struct OfferCheck
{
    Q_DECLARE_TR_FUNCTIONS(nd::OfferCheck)

public:
    enum class Kind {
        Available,   // `offer` holds the number and its current prices
        AlreadyOurs, // `active` holds the number as the project has it
        Gone,        // not on offer and not ours: someone else took it
        Failed,      // `error` says why the check could not be made
    };
    Kind kind = Kind::Failed;
    AvailableNumber offer;
    ActiveNumber active;
    ApiError error; // Gone: the 404 answer; Failed: the failure

    // A sentence for the user (Already ours, Gone).
    QString explanation(const QString &phoneNumber) const;

    // Runs the check; the callback runs once, never after `context` is destroyed. Cancelling the returned call
    // (the availability request) ends the check as Failed with a Cancelled error.
    static PendingCall *run(NumbersClient *client, const QString &phoneNumber, QObject *context,
                            std::function<void(const OfferCheck &)> callback);
};

} // namespace nd
