// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitypes.h"

#include "requests.h"

#include <QStringList>

namespace nd {

namespace {

QString idFor(const VoiceType &type, const QString &appId, const QString &trunkId, const QString &serviceId)
{
    switch (type.value()) {
    case VoiceType::Value::Est:
        return trunkId;
    case VoiceType::Value::Fax:
        return serviceId;
    case VoiceType::Value::Rtc:
        return appId;
    case VoiceType::Value::Unknown:
        break;
    }
    // Unknown type: whichever id is set.
    return !appId.isEmpty() ? appId : (!trunkId.isEmpty() ? trunkId : serviceId);
}

} // namespace

QString ScheduledVoiceProvisioning::id() const
{
    return idFor(type, appId, trunkId, serviceId);
}

QString VoiceConfiguration::id() const
{
    return idFor(type, appId, trunkId, serviceId);
}

bool EmergencyAddress::isEmpty() const
{
    return streetNumber.isEmpty() && streetInfo.isEmpty() && location.isEmpty() && city.isEmpty() && state.isEmpty() &&
           postalCode.isEmpty() && postalCodePlusFour.isEmpty();
}

QString EmergencyAddress::singleLine() const
{
    QStringList parts;
    const QString street = QStringList{streetNumber, streetInfo}.join(QLatin1Char(' ')).trimmed();
    if (!street.isEmpty()) {
        parts << street;
    }
    if (!location.isEmpty()) {
        parts << location;
    }
    if (!city.isEmpty()) {
        parts << city;
    }
    QString zip = postalCode;
    if (!postalCodePlusFour.isEmpty()) {
        zip += QLatin1Char('-') + postalCodePlusFour;
    }
    const QString stateZip = QStringList{state, zip}.join(QLatin1Char(' ')).trimmed();
    if (!stateZip.isEmpty()) {
        parts << stateZip;
    }
    return parts.join(QLatin1String(", "));
}

bool EmergencyAddressRequest::matches(const EmergencyAddress &stored) const
{
    // Compared as the API may normalise them (case, surrounding spaces); optional parts only when sent.
    const auto eq = [](const QString &a, const QString &b) {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    return eq(stored.streetNumber, streetNumber) && eq(stored.streetInfo, streetInfo) && eq(stored.city, city)
        && eq(stored.state, state) && eq(stored.postalCode, postalCode)
        && (location.isEmpty() || eq(stored.location, location))
        && (postalCodePlusFour.isEmpty() || eq(stored.postalCodePlusFour, postalCodePlusFour));
}

EmergencyAddress EmergencyAddressRequest::address() const
{
    EmergencyAddress a;
    a.streetNumber = streetNumber;
    a.streetInfo = streetInfo;
    a.location = location;
    a.city = city;
    a.state = state;
    a.postalCode = postalCode;
    a.postalCodePlusFour = postalCodePlusFour;
    return a;
}

} // namespace nd
