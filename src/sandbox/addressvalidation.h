// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierrors.h"
#include "sandboxtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Emergency addresses (docs/api.md §4.10-4.12): the request body and the deterministic validation of
// :validate (EXACT_MATCH / NEAR_MATCH / NO_MATCH from USPS ZIP zones and street abbreviations).
namespace nd::sandbox {

// displayName and address of a provision/validate body; false with every violation listed.
bool parseAddressRequest(const QJsonObject &body, QString *displayName, EmergencyAddress *address, Violations *v);

// The ValidateEmergencyAddressResponse (§5.13) as JSON.
QByteArray validateAddress(const QString &number, const QString &displayName, const EmergencyAddress &input);

} // namespace nd::sandbox
