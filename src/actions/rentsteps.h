// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "jobspec.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace nd {

class NumbersClient;

// The first steps of a bulk rent, prepared the same way by the app's Available tab and `numberdesk-cli bulk rent`:
//  - specific numbers: each is checked first (OfferCheck, 4 at a time): still on offer, at its current price,
//    or left out with the reason (already one of the project's numbers, gone, the check failed);
//  - N numbers matching a search: one search (the API's largest page) and chooseOffers() within the cap.
// The job's own search again (JobRunner) takes over from there.
struct RentSteps
{
    Q_DECLARE_TR_FUNCTIONS(nd::RentSteps)

public:
    QList<JobStep> steps;          // in order, indexes from 0, subject = the offer as just seen
    QList<AvailableNumber> offers; // the same offers
    QStringList leftOut;   // one translated sentence per number left out
    int leftOutByCap = 0;  // a search: offers left out to stay within the cap
    ApiError error;        // a search that failed (no steps)

    // Step i of the offers, in order.
    static QList<JobStep> fromOffers(const QList<AvailableNumber> &offers);

    // The callback runs once, never after `context` is destroyed.
    static void check(NumbersClient *client, const QStringList &e164Numbers, QObject *context,
                      std::function<void(const RentSteps &)> callback);
    static void search(NumbersClient *client, const RentTarget &target, QObject *context,
                       std::function<void(const RentSteps &)> callback);
};

} // namespace nd
