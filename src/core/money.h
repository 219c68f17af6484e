// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace nd {

// An exact decimal amount (docs/api.md §3.7: amounts are strings on the wire, never doubles).
// Stored as an integer count of 10^-scale units; parsing never rounds, so "0.8" and "0.80" compare equal
// and sums of many prices stay exact. Holds up to 18 significant digits.
class Decimal
{
public:
    Decimal() = default;

    // Accepts an optional sign, digits, and an optional fraction ("12", "-0.80", "1.000001").
    // Returns nullopt for anything else (exponents, spaces, more than 18 digits, empty text).
    static std::optional<Decimal> parse(const QString &text);

    // Shortest exact text with at least `minFractionDigits` digits after the point.
    QString toString(int minFractionDigits = 0) const;

    Decimal operator+(const Decimal &other) const;
    Decimal operator*(std::int64_t factor) const;
    int compare(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return compare(other) == 0; }
    bool operator!=(const Decimal &other) const { return compare(other) != 0; }
    bool operator<(const Decimal &other) const { return compare(other) < 0; }
    bool isZero() const { return m_units == 0; }

    std::int64_t units() const { return m_units; }
    int scale() const { return m_scale; }

private:
    Decimal(std::int64_t units, int scale)
        : m_units(units)
        , m_scale(scale)
    {
    }
    Decimal rescaled(int scale) const;

    std::int64_t m_units = 0;
    int m_scale = 0;
};

// docs/api.md §5.5. `amount` keeps the exact text received; currencyCode is opaque.
struct Money
{
    QString currencyCode;
    QString amount;

    bool isEmpty() const { return currencyCode.isEmpty() && amount.isEmpty(); }
    std::optional<Decimal> decimal() const { return Decimal::parse(amount); }
    // "USD 1.00", "JPY 3000": the currency and the amount exactly as received.
    QString toDisplayString() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.currencyCode == b.currencyCode && a.amount == b.amount;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
};

// Exact sums of recurring prices per currency and payment interval ("USD every month", "EUR every 3 months"):
// what a set of numbers costs, what a release stops, what a bulk job charges. Amounts that do not parse are
// kept apart, never guessed.
class PriceTotals
{
public:
    struct Entry
    {
        QString currencyCode;
        int paymentIntervalMonths = 0; // 0: unknown
        Decimal sum;
        int count = 0;
    };

    // `count` numbers at this price (the sum grows by price × count).
    void add(const Money &price, int paymentIntervalMonths, int count = 1);
    bool isEmpty() const { return m_entries.isEmpty() && m_unparsed.isEmpty(); }
    // Ordered by currency, then interval.
    const QList<Entry> &entries() const { return m_entries; }
    // The prices that could not be summed, as received ("USD abc").
    const QStringList &unparsed() const { return m_unparsed; }

private:
    QList<Entry> m_entries;
    QStringList m_unparsed;
};

} // namespace nd
