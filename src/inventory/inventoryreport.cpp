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

// A distinct price of the inventory: its currency, amount and interval. Counting numbers per price and adding
// price × count once is exact (Decimal) and saves parsing and summing 100,000 prices one by one.
struct PriceKey
{
    QString currency;
    QString amount;
    int interval = 0;
    friend bool operator==(const PriceKey &a, const PriceKey &b)
    {
        return a.interval == b.interval && a.amount == b.amount && a.currency == b.currency;
    }
};

size_t qHash(const PriceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.currency, key.amount, key.interval);
}

// Counts per price id, grown as prices are met.
struct PriceCounts
{
    std::vector<qint64> counts;
    void add(int price)
    {
        if (size_t(price) >= counts.size()) {
            counts.resize(size_t(price) + 1, 0);
        }
        ++counts[size_t(price)];
    }
};

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
    QHash<PriceKey, int> priceIds;
    QList<PriceKey> prices;
    std::vector<Decimal> priceValues;
    PriceCounts runRate;
    PriceCounts releasingRunRate;
    std::vector<PriceCounts> groupRunRate;
    std::vector<PriceCounts> monthDue(Months);
    for (const ActiveNumber &n : numbers) {
        if (!currency.isEmpty() && n.money.currencyCode != currency) {
            continue;
        }
        ++r.total;
        // The number's price id, or -1 when its price or interval cannot be read.
        int price = -1;
        if (!n.money.currencyCode.isEmpty() && n.paymentIntervalMonths > 0) {
            const PriceKey key{n.money.currencyCode, n.money.amount, n.paymentIntervalMonths};
            auto found = priceIds.constFind(key);
            if (found != priceIds.cend()) {
                price = *found;
            } else if (const std::optional<Decimal> value = n.money.decimal()) {
                price = int(prices.size());
                priceIds.insert(key, price);
                prices.append(key);
                priceValues.push_back(*value);
            }
        }
        if (price < 0) {
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
            if (price >= 0) {
                releasingRunRate.add(price);
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
            groupRunRate.emplace_back();
        }
        Group &group = r.groups[*it];
        ++group.count;
        group.phoneNumbers.append(n.phoneNumber);
        if (price < 0) {
            continue;
        }
        runRate.add(price);
        groupRunRate[size_t(*it)].add(price);

        if (!n.nextChargeDate.isValid()) {
            continue;
        }
        // The charge months: the next charge's, then every interval. Whole months only, so the month of
        // first.addMonths(step) is the first month plus step.
        const int interval = n.paymentIntervalMonths;
        int index = monthIndex(n.nextChargeDate.toUTC().date()) - firstIndex;
        if (index < 0) {
            index += (-index + interval - 1) / interval * interval;
        }
        for (; index < Months; index += interval) {
            Month &month = r.dueByMonth[index];
            monthDue[size_t(index)].add(price);
            month.phoneNumbers.append(n.phoneNumber);
        }
    }
    // price × count, once per price: per month the full price; run-rates the price over its interval.
    const auto sumInto = [&](const PriceCounts &counts, CurrencySums &sums, bool perMonth) {
        for (size_t id = 0; id < counts.counts.size(); ++id) {
            if (counts.counts[id] > 0) {
                const PriceKey &p = prices.at(qsizetype(id));
                sums[p.currency].add(priceValues[id] * counts.counts[id], perMonth ? 1 : p.interval);
            }
        }
    };
    sumInto(runRate, r.runRate, false);
    sumInto(releasingRunRate, r.releasingRunRate, false);
    for (qsizetype g = 0; g < r.groups.size(); ++g) {
        sumInto(groupRunRate[size_t(g)], r.groups[g].runRate, false);
    }
    for (int m = 0; m < Months; ++m) {
        sumInto(monthDue[size_t(m)], r.dueByMonth[m].amount, true);
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
