// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exactsum.h"
#include "apitypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nd {

// Exact sums per currency code ("USD" → 12.00), ordered by currency.
using CurrencySums = QMap<QString, ExactSum>;

// What an inventory costs, where, what falls due next and what needs attention, computed from the numbers of the
// mirror (no network). Every amount is exact (ExactSum) and rounded half-up to 2 decimals only when shown.
//
// - Run-rate: a number's monthly run-rate is its price (`money`) divided by its `paymentIntervalMonths`. Numbers
//   being released (with `expireAt`) are counted apart, with the run-rate that stops when they go.
// - Groups: the numbers not being released by region and type, with count and run-rate per currency.
// - Due by month: the charges of the numbers not being released in each of the 12 calendar months (UTC) from
//   the month of asOf on: the full price on `nextChargeDate`, then every `paymentIntervalMonths`.
// - Attention: provisioning FAILED (SMS or voice); provisioning WAITING or IN_PROGRESS for more than an hour;
//   numbers with neither SMS nor voice linked and nothing being provisioned (paid for, doing nothing; releasing
//   numbers left out); numbers whose release takes effect within 7 days.
// Numbers whose price or interval cannot be read are counted in `total` and listed in `unpriced`, never guessed.
struct InventoryReport
{
    struct Group
    {
        QString regionCode;
        NumberType type;
        qint64 count = 0;
        CurrencySums runRate;
        QStringList phoneNumbers;
    };
    struct Month
    {
        QDate month; // the first day of the month
        CurrencySums amount;
        QStringList phoneNumbers; // the numbers charged that month, once each
    };
    struct Failure
    {
        QString phoneNumber;
        bool sms = false;
        bool voice = false;
        QList<SmsErrorCode> smsErrorCodes;
        // "SMS: The 10DLC campaign has not been accepted yet; voice: failed", translated.
        QString description() const;
    };

    QDateTime asOf; // UTC
    QString currency; // when the report was limited to one currency; empty: all
    qint64 total = 0;
    qint64 releasing = 0;
    CurrencySums runRate;          // monthly, numbers not being released
    CurrencySums releasingRunRate; // monthly, the charges that stop with the releases
    QStringList releasingNumbers;
    QList<Group> groups;    // sorted by regionCode, then type
    QList<Month> dueByMonth; // 12 months
    QList<Failure> provisioningFailed;
    QStringList provisioningPending;
    QStringList unconfigured;
    QStringList releasingSoon;
    QStringList unpriced;

    static constexpr int Months = 12;
    static constexpr qint64 PendingLimitSecs = 3600;
    static constexpr int ReleasingSoonDays = 7;

    // The report over `numbers` at `asOf`. A non-empty `currency` keeps only the numbers priced in it.
    static InventoryReport compute(const QList<ActiveNumber> &numbers, const QDateTime &asOf,
                                   const QString &currency = {});

    // Every currency code that appears in the report's amounts, sorted.
    QStringList currencies() const;
    // The phone numbers of the failures list.
    QStringList failedNumbers() const;
};

} // namespace nd
