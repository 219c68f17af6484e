// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriters.h"

#include "apidatetime.h"

#include <QJsonArray>

namespace nd::json {

namespace {

QLatin1String L(const char *s)
{
    return QLatin1String(s);
}

void insertExtra(QJsonObject &out, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        out.insert(it.key(), it.value());
    }
}

QJsonValue dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(formatDateTime(dt)) : QJsonValue(QJsonValue::Null);
}

template<typename E> QJsonArray enumArray(const QList<E> &list)
{
    QJsonArray array;
    for (const E &e : list) {
        array.append(e.wire());
    }
    return array;
}

} // namespace

QJsonObject toJson(const Money &money)
{
    return QJsonObject{{L("currencyCode"), money.currencyCode}, {L("amount"), money.amount}};
}

QJsonObject toJson(const AvailableNumber &n)
{
    QJsonObject o;
    insertExtra(o, n.extra);
    o.insert(L("phoneNumber"), n.phoneNumber);
    o.insert(L("regionCode"), n.regionCode);
    o.insert(L("type"), n.type.wire());
    o.insert(L("capability"), enumArray(n.capabilities));
    o.insert(L("setupPrice"), toJson(n.setupPrice));
    o.insert(L("monthlyPrice"), toJson(n.monthlyPrice));
    o.insert(L("paymentIntervalMonths"), n.paymentIntervalMonths);
    o.insert(L("supportingDocumentationRequired"), n.supportingDocumentationRequired);
    return o;
}

QJsonObject toJson(const ScheduledProvisioning &p)
{
    QJsonObject o;
    insertExtra(o, p.extra);
    o.insert(L("servicePlanId"), p.servicePlanId);
    o.insert(L("campaignId"), p.campaignId);
    o.insert(L("status"), p.status.wire());
    o.insert(L("lastUpdatedTime"), dateValue(p.lastUpdatedTime));
    o.insert(L("errorCodes"), enumArray(p.errorCodes));
    return o;
}

QJsonObject toJson(const SmsConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("servicePlanId"), c.servicePlanId);
    o.insert(L("campaignId"), c.campaignId);
    o.insert(L("scheduledProvisioning"),
             c.scheduledProvisioning ? QJsonValue(toJson(*c.scheduledProvisioning)) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const ScheduledVoiceProvisioning &p)
{
    QJsonObject o;
    insertExtra(o, p.extra);
    o.insert(L("type"), p.type.wire());
    o.insert(L("appId"), p.appId);
    o.insert(L("trunkId"), p.trunkId);
    o.insert(L("serviceId"), p.serviceId);
    o.insert(L("status"), p.status.wire());
    o.insert(L("lastUpdatedTime"), dateValue(p.lastUpdatedTime));
    return o;
}

QJsonObject toJson(const VoiceConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("type"), c.type.wire());
    o.insert(L("appId"), c.appId);
    o.insert(L("trunkId"), c.trunkId);
    o.insert(L("serviceId"), c.serviceId);
    o.insert(L("lastUpdatedTime"), dateValue(c.lastUpdatedTime));
    o.insert(L("scheduledVoiceProvisioning"), c.scheduledVoiceProvisioning
                                                  ? QJsonValue(toJson(*c.scheduledVoiceProvisioning))
                                                  : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const ActiveNumber &n)
{
    QJsonObject o;
    insertExtra(o, n.extra);
    o.insert(L("phoneNumber"), n.phoneNumber);
    o.insert(L("projectId"), n.projectId);
    o.insert(L("displayName"), n.displayName);
    o.insert(L("regionCode"), n.regionCode);
    o.insert(L("type"), n.type.wire());
    o.insert(L("capability"), enumArray(n.capabilities));
    o.insert(L("money"), toJson(n.money));
    o.insert(L("paymentIntervalMonths"), n.paymentIntervalMonths);
    o.insert(L("nextChargeDate"), dateValue(n.nextChargeDate));
    o.insert(L("expireAt"), dateValue(n.expireAt));
    o.insert(L("smsConfiguration"),
             n.smsConfiguration ? QJsonValue(toJson(*n.smsConfiguration)) : QJsonValue(QJsonValue::Null));
    o.insert(L("voiceConfiguration"),
             n.voiceConfiguration ? QJsonValue(toJson(*n.voiceConfiguration)) : QJsonValue(QJsonValue::Null));
    o.insert(L("callbackUrl"), n.callbackUrl);
    return o;
}

QJsonObject toJson(const ActiveNumbersPage &page)
{
    QJsonArray numbers;
    for (const ActiveNumber &n : page.activeNumbers) {
        numbers.append(toJson(n));
    }
    QJsonObject o;
    o.insert(L("activeNumbers"), numbers);
    o.insert(L("nextPageToken"), page.nextPageToken);
    if (page.totalSize >= 0) {
        o.insert(L("totalSize"), page.totalSize);
    }
    return o;
}

QJsonObject toJson(const AvailableRegion &region)
{
    QJsonObject o;
    insertExtra(o, region.extra);
    o.insert(L("regionCode"), region.regionCode);
    o.insert(L("regionName"), region.regionName);
    o.insert(L("types"), enumArray(region.types));
    return o;
}

QJsonObject toJson(const CallbackConfiguration &c)
{
    QJsonObject o;
    insertExtra(o, c.extra);
    o.insert(L("projectId"), c.projectId);
    o.insert(L("hmacSecret"), c.hmacSecret);
    return o;
}

QJsonObject toJson(const EmergencyAddress &a)
{
    QJsonObject o;
    insertExtra(o, a.extra);
    o.insert(L("streetNumber"), a.streetNumber);
    o.insert(L("streetInfo"), a.streetInfo);
    o.insert(L("location"), a.location);
    o.insert(L("city"), a.city);
    o.insert(L("state"), a.state);
    o.insert(L("postalCode"), a.postalCode);
    o.insert(L("postalCodePlusFour"), a.postalCodePlusFour);
    return o;
}

QJsonObject toJson(const ValidateEmergencyAddressResponse &v)
{
    QJsonObject o;
    insertExtra(o, v.extra);
    o.insert(L("phoneNumber"), v.phoneNumber);
    o.insert(L("displayName"), v.displayName);
    o.insert(L("validatedAddress"), toJson(v.validatedAddress));
    o.insert(L("validationResult"), v.validationResult.wire());
    o.insert(L("validationMessage"), v.validationMessages.join(QLatin1Char('|')));
    o.insert(L("correctedAddress"), toJson(v.correctedAddress));
    QJsonArray candidates;
    for (const EmergencyAddress &a : v.candidateAddresses) {
        candidates.append(toJson(a));
    }
    o.insert(L("candidateAddresses"), candidates);
    return o;
}

} // namespace nd::json
