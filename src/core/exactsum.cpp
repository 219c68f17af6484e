// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactsum.h"

#include <numeric>

namespace nd {

namespace {

// 128-bit intermediates: sums of 18-digit decimals over several divisors do not fit in 64 bits.
__extension__ typedef __int128 Wide;

Wide pow10Wide(int n)
{
    Wide p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
}

// The sum as one fraction numerator / denominator (denominator > 0).
struct Fraction
{
    Wide numerator = 0;
    Wide denominator = 1;
};

Fraction fraction(const QMap<int, Decimal> &sums)
{
    int scale = 0;
    long long lcm = 1;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        scale = std::max(scale, it.value().scale());
        lcm = std::lcm(lcm, static_cast<long long>(it.key()));
    }
    Fraction f;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const Wide units = Wide(it.value().units()) * pow10Wide(scale - it.value().scale());
        f.numerator += units * Wide(lcm / it.key());
    }
    f.denominator = Wide(lcm) * pow10Wide(scale);
    return f;
}

QString wideToString(Wide value)
{
    if (value == 0) {
        return QStringLiteral("0");
    }
    const bool negative = value < 0;
    QString digits;
    while (value != 0) {
        const int digit = static_cast<int>(negative ? -(value % 10) : value % 10);
        digits.prepend(QLatin1Char(static_cast<char>('0' + digit)));
        value /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace

void ExactSum::add(const Decimal &amount, int divisor)
{
    const int key = std::max(1, divisor);
    auto it = m_sums.find(key);
    if (it == m_sums.end()) {
        m_sums.insert(key, amount);
    } else {
        *it = *it + amount;
    }
}

ExactSum &ExactSum::operator+=(const ExactSum &other)
{
    for (auto it = other.m_sums.cbegin(); it != other.m_sums.cend(); ++it) {
        add(it.value(), it.key());
    }
    return *this;
}

bool ExactSum::isZero() const
{
    return fraction(m_sums).numerator == 0;
}

QString ExactSum::toString(int decimals) const
{
    const Fraction f = fraction(m_sums);
    const Wide scaled = f.numerator * pow10Wide(decimals);
    const bool negative = scaled < 0;
    const Wide magnitude = negative ? -scaled : scaled;
    // Half-up: add half the denominator before the integer division.
    const Wide rounded = (2 * magnitude + f.denominator) / (2 * f.denominator);
    QString digits = wideToString(rounded);
    if (decimals > 0) {
        if (digits.size() <= decimals) {
            digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
        }
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    }
    return negative && rounded != 0 ? QLatin1Char('-') + digits : digits;
}

double ExactSum::toDouble() const
{
    const Fraction f = fraction(m_sums);
    return static_cast<double>(f.numerator) / static_cast<double>(f.denominator);
}

int ExactSum::compare(const ExactSum &other) const
{
    const Fraction a = fraction(m_sums);
    const Fraction b = fraction(other.m_sums);
    const Wide left = a.numerator * b.denominator;
    const Wide right = b.numerator * a.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
}

} // namespace nd
