// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxtypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace nd::test {

// The inventory report (docs/cli.md, "inventory report") computed from the sandbox's own records, on its own:
// nothing here calls the report code. Amounts are whole counts of 1e-6 / 12 (every seeded interval divides 12,
// so price / interval is exact), rounded half-up to cents only at the end. asOf is left out.
struct ExpectedReport
{
    static qint64 micros(const QString &amount)
    {
        const QStringList parts = amount.split(QLatin1Char('.'));
        QString fraction = parts.value(1);
        fraction = QString(fraction + QStringLiteral("000000")).left(6);
        return parts.value(0).toLongLong() * 1000000 + fraction.toLongLong();
    }
    // `units` counted in 1 / (denominator) of a currency unit → "12.34", half-up.
    static QString cents(qint64 units, qint64 denominator)
    {
        const qint64 c = (units * 100 * 2 + denominator) / (2 * denominator);
        return QStringLiteral("%1.%2").arg(c / 100).arg(c % 100, 2, 10, QLatin1Char('0'));
    }
    static QJsonObject amounts(const QMap<QString, qint64> &byCurrency, qint64 denominator)
    {
        QJsonObject o;
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            o.insert(it.key(), cents(it.value(), denominator));
        }
        return o;
    }

    static bool pendingForAnHour(bool hasSchedule, sandbox::ProvisioningStatus status, qint64 lastUpdatedMs,
                                 qint64 nowMs)
    {
        return hasSchedule
            && (status == sandbox::ProvisioningStatus::Waiting || status == sandbox::ProvisioningStatus::InProgress)
            && lastUpdatedMs < nowMs - 3600 * 1000;
    }

    // `records` sorted by phone number, as SandboxState::activeNumbers() returns them.
    static QJsonObject compute(const QList<sandbox::ActiveNumberRecord> &records, qint64 nowMs)
    {
        constexpr qint64 perMonth = 12 * 1000000; // units of a currency unit
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
        const int firstMonth = today.year() * 12 + today.month() - 1;
        int total = 0;
        int releasing = 0;
        QMap<QString, qint64> runRate;
        QMap<QString, qint64> stopping;
        QMap<QPair<QString, QString>, QPair<int, QMap<QString, qint64>>> groups;
        QList<QMap<QString, qint64>> due(12); // micros
        QJsonArray failed, pending, unconfigured, soon;
        for (const sandbox::ActiveNumberRecord &r : records) {
            ++total;
            const qint64 monthly = micros(r.money.amount) * (12 / r.paymentIntervalMonths);
            const bool smsFailed = r.scheduledSms && r.scheduledSms->status == sandbox::ProvisioningStatus::Failed;
            const bool voiceFailed =
                r.scheduledVoice && r.scheduledVoice->status == sandbox::ProvisioningStatus::Failed;
            if (smsFailed || voiceFailed)
                failed.append(r.phoneNumber);
            if (pendingForAnHour(r.scheduledSms.has_value(),
                                 r.scheduledSms ? r.scheduledSms->status : sandbox::ProvisioningStatus::Failed,
                                 r.scheduledSms ? r.scheduledSms->lastUpdatedMs : 0, nowMs)
                || pendingForAnHour(r.scheduledVoice.has_value(),
                                    r.scheduledVoice ? r.scheduledVoice->status : sandbox::ProvisioningStatus::Failed,
                                    r.scheduledVoice ? r.scheduledVoice->lastUpdatedMs : 0, nowMs))
                pending.append(r.phoneNumber);
            if (r.expireAtMs != 0) {
                ++releasing;
                stopping[r.money.currencyCode] += monthly;
                if (r.expireAtMs <= nowMs + 7LL * 24 * 3600 * 1000)
                    soon.append(r.phoneNumber);
                continue;
            }
            const auto isPending = [](sandbox::ProvisioningStatus s) {
                return s == sandbox::ProvisioningStatus::Waiting || s == sandbox::ProvisioningStatus::InProgress;
            };
            const bool provisioning = (r.scheduledSms && isPending(r.scheduledSms->status))
                || (r.scheduledVoice && isPending(r.scheduledVoice->status));
            if (r.servicePlanId.isEmpty() && r.appId.isEmpty() && r.trunkId.isEmpty() && r.serviceId.isEmpty()
                && !provisioning)
                unconfigured.append(r.phoneNumber);
            runRate[r.money.currencyCode] += monthly;
            auto &group = groups[{r.regionCode, QString::fromLatin1(sandbox::numberTypeName(r.type))}];
            ++group.first;
            group.second[r.money.currencyCode] += monthly;
            const QDate first = QDateTime::fromMSecsSinceEpoch(r.nextChargeMs, Qt::UTC).date();
            for (int k = 0; k < 40; ++k) {
                const QDate charge = first.addMonths(k * r.paymentIntervalMonths);
                const int index = charge.year() * 12 + charge.month() - 1 - firstMonth;
                if (index >= 0 && index < 12)
                    due[index][r.money.currencyCode] += micros(r.money.amount);
            }
        }
        QJsonObject o;
        o.insert(QStringLiteral("total"), total);
        o.insert(QStringLiteral("releasing"), releasing);
        o.insert(QStringLiteral("runRate"), amounts(runRate, perMonth));
        o.insert(QStringLiteral("releasingRunRate"), amounts(stopping, perMonth));
        QJsonArray groupArray;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            groupArray.append(QJsonObject{{QStringLiteral("regionCode"), it.key().first},
                                          {QStringLiteral("type"), it.key().second},
                                          {QStringLiteral("count"), it.value().first},
                                          {QStringLiteral("runRate"), amounts(it.value().second, perMonth)}});
        }
        o.insert(QStringLiteral("groups"), groupArray);
        QJsonArray months;
        for (int i = 0; i < 12; ++i) {
            const QDate month = QDate(today.year(), today.month(), 1).addMonths(i);
            months.append(QJsonObject{{QStringLiteral("month"), QStringLiteral("%1-%2").arg(month.year()).arg(
                                                                    month.month(), 2, 10, QLatin1Char('0'))},
                                      {QStringLiteral("amount"), amounts(due[i], 1000000)}});
        }
        o.insert(QStringLiteral("dueByMonth"), months);
        o.insert(QStringLiteral("attention"), QJsonObject{{QStringLiteral("provisioningFailed"), failed},
                                                          {QStringLiteral("provisioningPending"), pending},
                                                          {QStringLiteral("unconfigured"), unconfigured},
                                                          {QStringLiteral("releasingSoon"), soon}});
        o.insert(QStringLiteral("unpriced"), QJsonArray());
        return o;
    }
};

} // namespace nd::test
