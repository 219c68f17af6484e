// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryreport.h"

#include "smserrortext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace nd {

namespace {

bool isPending(const ProvisioningStatus &status)
{
    return status == ProvisioningStatus::Value::Waiting || status == ProvisioningStatus::Value::InProgress;
}

bool isFailed(const ProvisioningStatus &status)
{
    return status == ProvisioningStatus::Value::Failed;
}

bool smsLinked(const ActiveNumber &n)
{
    return n.smsConfiguration && !n.smsConfiguration->servicePlanId.isEmpty();
}

bool voiceLinked(const ActiveNumber &n)
{
    return n.voiceConfiguration && !n.voiceConfiguration->id().isEmpty();
}

const ScheduledProvisioning *smsSchedule(const ActiveNumber &n)
{
    return n.smsConfiguration && n.smsConfiguration->scheduledProvisioning ? &*n.smsConfiguration->scheduledProvisioning
                                                                           : nullptr;
}

const ScheduledVoiceProvisioning *voiceSchedule(const ActiveNumber &n)
{
    return n.voiceConfiguration && n.voiceConfiguration->scheduledVoiceProvisioning
               ? &*n.voiceConfiguration->scheduledVoiceProvisioning
               : nullptr;
}

// Provisioning WAITING / IN_PROGRESS since before `limit`.
bool pendingSince(const ProvisioningStatus &status, const QDateTime &lastUpdated, const QDateTime &limit)
{
    return isPending(status) && lastUpdated.isValid() && lastUpdated < limit;
}

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

QString InventoryReport::Failure::description() const
{
    QStringList parts;
    if (sms) {
        QStringList reasons;
        for (const SmsErrorCode &code : smsErrorCodes) {
            reasons << smsErrorCodeText(code);
        }
        if (reasons.isEmpty()) {
            reasons << QCoreApplication::translate("nd::InventoryReport", "no reason was given");
        }
        //: %1 = the reasons in words
        parts << QCoreApplication::translate("nd::InventoryReport", "SMS: %1")
                     .arg(reasons.join(QCoreApplication::translate("nd::InventoryReport", "; ")));
    }
    if (voice) {
        parts << QCoreApplication::translate("nd::InventoryReport", "Voice provisioning failed");
    }
    return parts.join(QLatin1String(" · "));
}

InventoryReport InventoryReport::compute(const QList<ActiveNumber> &numbers, const QDateTime &asOf,
                                         const QString &currency)
{
    InventoryReport r;
    r.asOf = asOf.toUTC();
    r.currency = currency;
    const QDateTime pendingLimit = r.asOf.addSecs(-PendingLimitSecs);
    const QDateTime soonLimit = r.asOf.addDays(ReleasingSoonDays);
    const QDate firstMonth(r.asOf.date().year(), r.asOf.date().month(), 1);
    const int firstIndex = monthIndex(firstMonth);
    for (int i = 0; i < Months; ++i) {
        r.dueByMonth.append(Month{firstMonth.addMonths(i), {}, {}});
    }

    QHash<QString, int> groupIndex; // "US\nLOCAL" → index into r.groups
    for (const ActiveNumber &n : numbers) {
        if (!currency.isEmpty() && n.money.currencyCode != currency) {
            continue;
        }
        ++r.total;
        const std::optional<Decimal> price = n.money.decimal();
        const bool priced = price && !n.money.currencyCode.isEmpty() && n.paymentIntervalMonths > 0;
        if (!priced) {
            r.unpriced.append(n.phoneNumber);
        }

        // Attention first: it applies to every number, released or not.
        const ScheduledProvisioning *sms = smsSchedule(n);
        const ScheduledVoiceProvisioning *voice = voiceSchedule(n);
        const bool smsFailed = sms && isFailed(sms->status);
        const bool voiceFailed = voice && isFailed(voice->status);
        if (smsFailed || voiceFailed) {
            r.provisioningFailed.append(
                Failure{n.phoneNumber, smsFailed, voiceFailed, smsFailed ? sms->errorCodes : QList<SmsErrorCode>()});
        }
        if ((sms && pendingSince(sms->status, sms->lastUpdatedTime, pendingLimit))
            || (voice && pendingSince(voice->status, voice->lastUpdatedTime, pendingLimit))) {
            r.provisioningPending.append(n.phoneNumber);
        }

        if (n.isReleased()) {
            ++r.releasing;
            r.releasingNumbers.append(n.phoneNumber);
            if (priced) {
                r.releasingRunRate[n.money.currencyCode].add(*price, n.paymentIntervalMonths);
            }
            if (n.expireAt <= soonLimit) {
                r.releasingSoon.append(n.phoneNumber);
            }
            continue;
        }

        const bool beingProvisioned = (sms && isPending(sms->status)) || (voice && isPending(voice->status));
        if (!smsLinked(n) && !voiceLinked(n) && !beingProvisioned) {
            r.unconfigured.append(n.phoneNumber);
        }

        const QString key = n.regionCode + QLatin1Char('\n') + n.type.wire();
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            it = groupIndex.insert(key, int(r.groups.size()));
            r.groups.append(Group{n.regionCode, n.type, 0, {}, {}});
        }
        Group &group = r.groups[*it];
        ++group.count;
        group.phoneNumbers.append(n.phoneNumber);
        if (!priced) {
            continue;
        }
        r.runRate[n.money.currencyCode].add(*price, n.paymentIntervalMonths);
        group.runRate[n.money.currencyCode].add(*price, n.paymentIntervalMonths);

        if (!n.nextChargeDate.isValid()) {
            continue;
        }
        const QDate first = n.nextChargeDate.toUTC().date();
        for (int step = 0;; step += n.paymentIntervalMonths) {
            const int index = monthIndex(first.addMonths(step)) - firstIndex;
            if (index >= Months) {
                break;
            }
            if (index >= 0) {
                Month &month = r.dueByMonth[index];
                month.amount[n.money.currencyCode].add(*price);
                month.phoneNumbers.append(n.phoneNumber);
            }
        }
    }
    std::sort(r.groups.begin(), r.groups.end(), [](const Group &a, const Group &b) {
        return a.regionCode != b.regionCode ? a.regionCode < b.regionCode : a.type.wire() < b.type.wire();
    });
    return r;
}

QStringList InventoryReport::currencies() const
{
    QSet<QString> seen;
    for (auto it = runRate.cbegin(); it != runRate.cend(); ++it) {
        seen.insert(it.key());
    }
    for (auto it = releasingRunRate.cbegin(); it != releasingRunRate.cend(); ++it) {
        seen.insert(it.key());
    }
    QStringList list(seen.cbegin(), seen.cend());
    list.sort();
    return list;
}

QStringList InventoryReport::failedNumbers() const
{
    QStringList list;
    list.reserve(provisioningFailed.size());
    for (const Failure &f : provisioningFailed) {
        list.append(f.phoneNumber);
    }
    return list;
}

} // namespace nd
