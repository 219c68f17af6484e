// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rentsteps.h"

#include "jsonwriters.h"
#include "numbersclient.h"
#include "offercheck.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace nd {

namespace {

struct Checks
{
    QPointer<NumbersClient> client;
    QPointer<QObject> context;
    QStringList numbers;
    QList<std::optional<AvailableNumber>> offers;
    QStringList leftOut;
    std::function<void(const RentSteps &)> callback;
    int next = 0;
    int inFlight = 0;
};

void checkNext(const std::shared_ptr<Checks> &checks)
{
    while (checks->client && checks->context && checks->inFlight < 4 && checks->next < checks->numbers.size()) {
        const int index = checks->next++;
        ++checks->inFlight;
        const QString number = checks->numbers.at(index);
        OfferCheck::run(checks->client, number, checks->context, [checks, index, number](const OfferCheck &check) {
            --checks->inFlight;
            if (check.kind == OfferCheck::Kind::Available) {
                checks->offers[index] = check.offer;
            } else if (check.kind == OfferCheck::Kind::Failed) {
                checks->leftOut << RentSteps::tr("%1: could not be checked (%2); left out.")
                                       .arg(number, check.error.userMessage);
            } else {
                checks->leftOut << check.explanation(number) + QLatin1Char(' ') + RentSteps::tr("Left out.");
            }
            checkNext(checks);
        });
    }
    if (checks->inFlight > 0 || checks->next < checks->numbers.size() || !checks->context) {
        return;
    }
    RentSteps result;
    QList<AvailableNumber> offers;
    for (const auto &offer : std::as_const(checks->offers)) {
        if (offer) {
            offers.append(*offer);
        }
    }
    result.steps = RentSteps::fromOffers(offers);
    result.offers = offers;
    result.leftOut = checks->leftOut;
    const auto callback = std::move(checks->callback);
    checks->callback = nullptr;
    if (callback) {
        callback(result);
    }
}

} // namespace

QList<JobStep> RentSteps::fromOffers(const QList<AvailableNumber> &offers)
{
    QList<JobStep> steps;
    for (const AvailableNumber &offer : offers) {
        JobStep step;
        step.index = int(steps.size());
        step.phoneNumber = offer.phoneNumber;
        step.subject = json::toJson(offer);
        steps.append(step);
    }
    return steps;
}

void RentSteps::check(NumbersClient *client, const QStringList &e164Numbers, QObject *context,
                      std::function<void(const RentSteps &)> callback)
{
    auto checks = std::make_shared<Checks>();
    checks->client = client;
    checks->context = context;
    checks->numbers = e164Numbers;
    checks->offers.resize(e164Numbers.size());
    checks->callback = std::move(callback);
    checkNext(checks);
}

void RentSteps::search(NumbersClient *client, const RentTarget &target, QObject *context,
                       std::function<void(const RentSteps &)> callback)
{
    AvailableNumberQuery query = target.query;
    query.size = 100; // the API's largest page; the count and the cap choose among them
    client->searchAvailableNumbers(query, context, [target, callback](const Result<QList<AvailableNumber>> &found) {
        RentSteps result;
        if (!found) {
            result.error = found.error();
            callback(result);
            return;
        }
        const OfferChoice choice = chooseOffers(found.value(), target.count, target.maxRecurring);
        result.steps = fromOffers(choice.chosen);
        result.offers = choice.chosen;
        result.leftOutByCap = choice.leftOutByCap;
        callback(result);
    });
}

} // namespace nd
