// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <algorithm>
#include <limits>

namespace nd {

namespace {

constexpr int MaxDigits = 18;

// a * b, or nullopt when it does not fit in 64 bits.
std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b)
{
    if (a == 0 || b == 0) {
        return std::int64_t(0);
    }
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const std::uint64_t ua = a < 0 ? std::uint64_t(0) - std::uint64_t(a) : std::uint64_t(a);
    const std::uint64_t ub = b < 0 ? std::uint64_t(0) - std::uint64_t(b) : std::uint64_t(b);
    if (ua > std::uint64_t(max) / ub) {
        return std::nullopt;
    }
    return a * b;
}

std::optional<std::int64_t> pow10(int n)
{
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) {
        const auto next = checkedMul(p, 10);
        if (!next) {
            return std::nullopt;
        }
        p = *next;
    }
    return p;
}

} // namespace

std::optional<Decimal> Decimal::parse(const QString &text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++i;
    }
    std::int64_t units = 0;
    int scale = 0;
    int significant = 0;
    int intDigits = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (inFraction || intDigits == 0) {
                return std::nullopt;
            }
            inFraction = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        const int digit = c.unicode() - '0';
        if (units != 0 || digit != 0) {
            ++significant;
        }
        if (significant > MaxDigits) {
            return std::nullopt;
        }
        units = units * 10 + digit;
        if (inFraction) {
            ++scale;
        } else {
            ++intDigits;
        }
    }
    if (intDigits == 0 || (inFraction && scale == 0) || scale > MaxDigits) {
        return std::nullopt;
    }
    return Decimal(negative ? -units : units, scale);
}

QString Decimal::toString(int minFractionDigits) const
{
    // Drop trailing zeros of the fraction, then pad back to the minimum asked for.
    std::int64_t units = m_units;
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    const bool negative = units < 0;
    QString digits = QString::number(negative ? -units : units);
    if (scale > 0) {
        if (digits.size() <= scale) {
            digits = QString(scale - digits.size() + 1, QLatin1Char('0')) + digits;
        }
        digits.insert(digits.size() - scale, QLatin1Char('.'));
    }
    if (minFractionDigits > scale) {
        if (scale == 0) {
            digits += QLatin1Char('.');
        }
        digits += QString(minFractionDigits - scale, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

Decimal Decimal::rescaled(int scale) const
{
    if (scale <= m_scale) {
        return *this;
    }
    const auto factor = pow10(scale - m_scale);
    const auto units = factor ? checkedMul(m_units, *factor) : std::nullopt;
    if (!units) {
        return *this; // cannot happen for values parse() accepts and sane arithmetic
    }
    return Decimal(*units, scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return Decimal(rescaled(scale).m_units + other.rescaled(scale).m_units, scale);
}

Decimal Decimal::operator*(std::int64_t factor) const
{
    return Decimal(m_units * factor, m_scale);
}

int Decimal::compare(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto fa = pow10(scale - m_scale);
    const auto fb = pow10(scale - other.m_scale);
    const auto a = fa ? checkedMul(m_units, *fa) : std::nullopt;
    const auto b = fb ? checkedMul(other.m_units, *fb) : std::nullopt;
    if (a && b) {
        return *a < *b ? -1 : (*a > *b ? 1 : 0);
    }
    // One side overflowed when rescaled, so its magnitude exceeds the other's: its sign decides.
    if (!a) {
        return m_units < 0 ? -1 : 1;
    }
    return other.m_units < 0 ? 1 : -1;
}

QString Money::toDisplayString() const
{
    // As the API sent it (docs/api.md §3.7): "JPY 3000" stays "JPY 3000", "USD 0.8" stays "USD 0.8".
    const QString &amountText = amount;
    if (currencyCode.isEmpty()) {
        return amountText;
    }
    if (amountText.isEmpty()) {
        return currencyCode;
    }
    return currencyCode + QLatin1Char(' ') + amountText;
}

void PriceTotals::add(const Money &price, int paymentIntervalMonths, int count)
{
    if (price.isEmpty() || count <= 0) {
        return;
    }
    const auto amount = price.decimal();
    if (!amount) {
        for (int i = 0; i < count; ++i) {
            m_unparsed.append(price.toDisplayString());
        }
        return;
    }
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return e.currencyCode == price.currencyCode && e.paymentIntervalMonths == paymentIntervalMonths;
    });
    if (it == m_entries.end()) {
        Entry entry;
        entry.currencyCode = price.currencyCode;
        entry.paymentIntervalMonths = paymentIntervalMonths;
        // Keep the order stable for display: by currency, then interval.
        it = std::upper_bound(m_entries.begin(), m_entries.end(), entry, [](const Entry &a, const Entry &b) {
            return a.currencyCode != b.currencyCode ? a.currencyCode < b.currencyCode
                                                    : a.paymentIntervalMonths < b.paymentIntervalMonths;
        });
        it = m_entries.insert(it, entry);
    }
    it->sum = it->sum + *amount * count;
    it->count += count;
}

} // namespace nd
