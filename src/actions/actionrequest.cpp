// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrequest.h"

namespace nd {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QList<FieldChange> configurationChanges(const NumberConfiguration &c)
{
    QList<FieldChange> changes;
    if (c.sms) {
        changes.append(FieldChange{QStringLiteral("smsConfiguration.servicePlanId"), QString(), c.sms->servicePlanId});
        if (c.sms->campaignId && !c.sms->campaignId->isEmpty()) {
            changes.append(FieldChange{QStringLiteral("smsConfiguration.campaignId"), QString(), *c.sms->campaignId});
        }
    }
    if (c.voice) {
        changes.append(
            FieldChange{QStringLiteral("voiceConfiguration"), QString(), VoiceLink{c.voice->type, c.voice->id}.text()});
    }
    if (c.callbackUrl && !c.callbackUrl->isEmpty()) {
        changes.append(FieldChange{QStringLiteral("callbackUrl"), QString(), *c.callbackUrl});
    }
    return changes;
}

QString updateSummary(const ActiveNumberUpdate &update)
{
    QStringList parts;
    if (update.displayName) {
        parts << QStringLiteral("displayName=") + quoted(*update.displayName);
    }
    const QString config = configurationSummary(update.configuration);
    if (!config.isEmpty()) {
        parts << config;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString configurationSummary(const NumberConfiguration &c)
{
    QStringList parts;
    if (c.sms) {
        parts << QStringLiteral("sms.servicePlanId=") + quoted(c.sms->servicePlanId);
        if (c.sms->campaignId) {
            parts << QStringLiteral("sms.campaignId=") + quoted(*c.sms->campaignId);
        }
    }
    if (c.voice) {
        parts << QStringLiteral("voice=%1:").arg(c.voice->type.wire()) + quoted(c.voice->id);
    }
    if (c.callbackUrl) {
        parts << QStringLiteral("callbackUrl=") + quoted(*c.callbackUrl);
    }
    return parts.join(QLatin1Char(' '));
}

ActionRequest ActionRequest::rentNumber(const AvailableNumber &offer, const NumberConfiguration &configuration)
{
    ActionRequest r;
    r.operation = Operation::Rent;
    r.phoneNumber = offer.phoneNumber;
    r.configuration = configuration;
    r.offer = offer;
    return r;
}

ActionRequest ActionRequest::rentAnyNumber(const RentAnyRequest &request)
{
    ActionRequest r;
    r.operation = Operation::RentAny;
    r.rentAny = request;
    return r;
}

ActionRequest ActionRequest::updateNumber(const ActiveNumber &current, const QList<UpdateStep> &steps)
{
    ActionRequest r;
    r.operation = Operation::Update;
    r.phoneNumber = current.phoneNumber;
    r.updateSteps = steps;
    r.before = current;
    return r;
}

ActionRequest ActionRequest::releaseNumber(const ActiveNumber &current)
{
    ActionRequest r;
    r.operation = Operation::Release;
    r.phoneNumber = current.phoneNumber;
    r.before = current;
    return r;
}

ActionRequest ActionRequest::provisionAddress(const QString &phoneNumber, const EmergencyAddressRequest &address,
                                              const std::optional<EmergencyAddress> &addressBefore)
{
    ActionRequest r;
    r.operation = Operation::EmergencyProvision;
    r.phoneNumber = phoneNumber;
    r.address = address;
    r.addressBefore = addressBefore;
    return r;
}

ActionRequest ActionRequest::deprovisionAddress(const QString &phoneNumber,
                                                const std::optional<EmergencyAddress> &addressBefore)
{
    ActionRequest r;
    r.operation = Operation::EmergencyDeprovision;
    r.phoneNumber = phoneNumber;
    r.addressBefore = addressBefore;
    return r;
}

ActionRequest ActionRequest::changeCallbackSecret(const QString &hmacSecret)
{
    ActionRequest r;
    r.operation = Operation::CallbackSecretUpdate;
    r.hmacSecret = hmacSecret;
    return r;
}

QStringList ActionRequest::numbers() const
{
    if (operation == Operation::RentAny || operation == Operation::CallbackSecretUpdate) {
        return {};
    }
    return {phoneNumber};
}

QString ActionRequest::summary() const
{
    switch (operation) {
    case Operation::Rent:
        return configurationSummary(configuration);
    case Operation::RentAny: {
        QStringList parts{QStringLiteral("regionCode=%1 type=%2").arg(rentAny.regionCode, rentAny.type.wire())};
        if (!rentAny.pattern.isEmpty()) {
            parts << QStringLiteral("pattern=%1 %2").arg(rentAny.pattern.pattern, rentAny.pattern.searchPattern.wire());
        }
        if (!rentAny.capabilities.isEmpty()) {
            QStringList caps;
            for (const Capability &c : rentAny.capabilities) {
                caps << c.wire();
            }
            parts << QStringLiteral("capabilities=") + caps.join(QLatin1Char(','));
        }
        const QString config = configurationSummary(rentAny.configuration);
        if (!config.isEmpty()) {
            parts << config;
        }
        return parts.join(QLatin1Char(' '));
    }
    case Operation::Update: {
        QStringList steps;
        for (const UpdateStep &step : updateSteps) {
            steps << updateSummary(step.update);
        }
        return steps.join(QLatin1String(" then "));
    }
    case Operation::EmergencyProvision:
        return QStringLiteral("displayName=%1 address=%2")
            .arg(quoted(address.displayName), quoted(address.address().singleLine()));
    case Operation::Release:
    case Operation::EmergencyDeprovision:
    case Operation::CallbackSecretUpdate:
        break;
    }
    return {};
}

QList<FieldChange> ActionRequest::changes() const
{
    switch (operation) {
    case Operation::Rent:
        return configurationChanges(configuration);
    case Operation::RentAny:
        return configurationChanges(rentAny.configuration);
    case Operation::Update:
        return planChanges(updateSteps);
    case Operation::EmergencyProvision:
        return {FieldChange{QStringLiteral("emergencyAddress"), addressBefore ? addressBefore->singleLine() : QString(),
                            address.address().singleLine()}};
    case Operation::EmergencyDeprovision:
        if (addressBefore && !addressBefore->isEmpty()) {
            return {FieldChange{QStringLiteral("emergencyAddress"), addressBefore->singleLine(), QString()}};
        }
        return {};
    case Operation::CallbackSecretUpdate:
        return {FieldChange::secretRotated()};
    case Operation::Release:
        break;
    }
    return {};
}

AuditCost ActionRequest::cost() const
{
    AuditCost cost;
    if (operation == Operation::Rent && offer) {
        cost.currencyCode = offer->monthlyPrice.currencyCode.isEmpty() ? offer->setupPrice.currencyCode
                                                                       : offer->monthlyPrice.currencyCode;
        cost.setupPrice = offer->setupPrice.amount;
        cost.monthlyPrice = offer->monthlyPrice.amount;
        cost.paymentIntervalMonths = offer->paymentIntervalMonths;
    } else if (operation == Operation::Release && before) {
        cost.currencyCode = before->money.currencyCode;
        cost.monthlyPrice = before->money.amount;
        cost.paymentIntervalMonths = before->paymentIntervalMonths;
    }
    return cost;
}

} // namespace nd
