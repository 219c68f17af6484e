// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcome.h"

namespace nd {

QString Outcome::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QStringLiteral("done");
    case Kind::NotDone:
        return QStringLiteral("not_done");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Outcome::operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Rent:
        return QStringLiteral("rent");
    case Operation::RentAny:
        return QStringLiteral("rentAny");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Release:
        return QStringLiteral("release");
    case Operation::EmergencyProvision:
        return QStringLiteral("emergencyProvision");
    case Operation::EmergencyDeprovision:
        return QStringLiteral("emergencyDeprovision");
    case Operation::CallbackSecretUpdate:
        break;
    }
    return QStringLiteral("callbackSecretUpdate");
}

} // namespace nd
