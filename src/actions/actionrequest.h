// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionkinds.h"
#include "auditrecord.h"
#include "fieldchange.h"
#include "apitypes.h"
#include "requests.h"
#include "updateplan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

// One billable or destructive action as the pipeline runs it: what to send, and what the caller knew before
// (the price checked before a rent, the number as last seen before an update or release, the emergency
// address before a change). Built with the named constructors; only the members of `operation` are used.
struct ActionRequest
{
    Operation operation = Operation::Rent;
    QString phoneNumber; // every operation but rentAny and the callback secret

    NumberConfiguration configuration; // rent
    RentAnyRequest rentAny;            // rentAny
    QList<UpdateStep> updateSteps;     // update: the PATCHes of planUpdate(), in order
    EmergencyAddressRequest address;   // emergency provision
    QString hmacSecret;                // callback secret update (sensitive: never logged or recorded)

    std::optional<AvailableNumber> offer;          // rent: the number and price as checked before renting
    std::optional<ActiveNumber> before;            // update, release: the number as the caller last saw it
    std::optional<EmergencyAddress> addressBefore; // emergency provision/deprovision: nullopt = not known
    QString jobId;                                 // the bulk job this action is a step of

    static ActionRequest rentNumber(const AvailableNumber &offer, const NumberConfiguration &configuration = {});
    static ActionRequest rentAnyNumber(const RentAnyRequest &request);
    static ActionRequest updateNumber(const ActiveNumber &current, const QList<UpdateStep> &steps);
    static ActionRequest releaseNumber(const ActiveNumber &current);
    static ActionRequest provisionAddress(const QString &phoneNumber, const EmergencyAddressRequest &address,
                                          const std::optional<EmergencyAddress> &addressBefore = std::nullopt);
    static ActionRequest deprovisionAddress(const QString &phoneNumber,
                                            const std::optional<EmergencyAddress> &addressBefore = std::nullopt);
    static ActionRequest changeCallbackSecret(const QString &hmacSecret);

    // What the activity record says about it, the same for every front-end:
    QStringList numbers() const; // empty for rentAny (filled in from the answer) and the callback secret
    // The request in short, stable, untranslated words ("regionCode=US type=LOCAL pattern=+1206 START").
    QString summary() const;
    // What it changes, field by field (never a secret's value).
    QList<FieldChange> changes() const;
    // The price involved: a rent's setup and recurring price; a release's recurring price that stops.
    AuditCost cost() const;
};

// "sms.servicePlanId=… sms.campaignId=… voice=RTC:… callbackUrl=…": a configuration in short, stable words.
QString configurationSummary(const NumberConfiguration &configuration);

} // namespace nd
