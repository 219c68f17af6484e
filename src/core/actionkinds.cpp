// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionkinds.h"

#include <array>
#include <utility>

namespace nd {

namespace {

constexpr std::array<std::pair<Operation, const char *>, 7> OperationKeys{{
    {Operation::Rent, "rent"},
    {Operation::RentAny, "rentAny"},
    {Operation::Update, "update"},
    {Operation::Release, "release"},
    {Operation::EmergencyProvision, "emergencyProvision"},
    {Operation::EmergencyDeprovision, "emergencyDeprovision"},
    {Operation::CallbackSecretUpdate, "callbackSecretUpdate"},
}};

constexpr std::array<std::pair<OutcomeKind, const char *>, 4> OutcomeKeys{{
    {OutcomeKind::Done, "done"},
    {OutcomeKind::NotDone, "not_done"},
    {OutcomeKind::DoneByOther, "done_by_other"},
    {OutcomeKind::Unknown, "unknown"},
}};

} // namespace

QString ActionKinds::key(Operation operation)
{
    for (const auto &[value, name] : OperationKeys) {
        if (value == operation) {
            return QLatin1String(name);
        }
    }
    return {};
}

QString ActionKinds::key(OutcomeKind outcome)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (value == outcome) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<Operation> ActionKinds::operationFromKey(const QString &key)
{
    for (const auto &[value, name] : OperationKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<OutcomeKind> ActionKinds::outcomeFromKey(const QString &key)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    if (key == QLatin1String("failed") || key == QLatin1String("cancelled")) {
        return OutcomeKind::NotDone;
    }
    return std::nullopt;
}

QString ActionKinds::displayName(Operation operation)
{
    switch (operation) {
    case Operation::Rent:
        return tr("Rent");
    case Operation::RentAny:
        return tr("Rent any");
    case Operation::Update:
        return tr("Update");
    case Operation::Release:
        return tr("Release");
    case Operation::EmergencyProvision:
        return tr("Provision emergency address");
    case Operation::EmergencyDeprovision:
        return tr("Deprovision emergency address");
    case Operation::CallbackSecretUpdate:
        break;
    }
    return tr("Change callback secret");
}

QString ActionKinds::displayName(OutcomeKind outcome)
{
    switch (outcome) {
    case OutcomeKind::Done:
        return tr("Done");
    case OutcomeKind::NotDone:
        return tr("Not done");
    case OutcomeKind::DoneByOther:
        return tr("Done by someone else");
    case OutcomeKind::Unknown:
        break;
    }
    return tr("Outcome unknown");
}

bool ActionKinds::affectsCost(Operation operation)
{
    return operation == Operation::Rent || operation == Operation::RentAny || operation == Operation::Release;
}

} // namespace nd
