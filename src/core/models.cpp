// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models.h"

#include "requests.h"

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
