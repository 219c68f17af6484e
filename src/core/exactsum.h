// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QMap>
#include <QString>

namespace nd {

// An exact sum of amounts each divided by a small whole number: a monthly run-rate is the sum of
// price / paymentIntervalMonths over many numbers (USD 3.00 every 3 months is USD 1.00 a month). The amounts are
// kept as exact decimal sums per divisor, so nothing is rounded until the sum is shown: toString() rounds half-up
// (half away from zero) once, at the end. One currency per sum; the caller keeps currencies apart.
class ExactSum
{
public:
    // Adds amount / divisor. A divisor below 1 is taken as 1.
    void add(const Decimal &amount, int divisor = 1);
    ExactSum &operator+=(const ExactSum &other);

    bool isZero() const;
    // The sum rounded half-up to `decimals` digits after the point ("12.34", "0.00", "-1.50").
    QString toString(int decimals = 2) const;
    // An approximation for charts and sorting, never for totals.
    double toDouble() const;
    // Exact comparison of two sums.
    int compare(const ExactSum &other) const;

    // The exact sums of the amounts per divisor.
    const QMap<int, Decimal> &sumsByDivisor() const { return m_sums; }

private:
    QMap<int, Decimal> m_sums;
};

} // namespace nd
