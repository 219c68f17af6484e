// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxtypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace nd::sandbox {

// One range of numbers of a region: prefix (country code included, no '+') followed by freeDigits digits.
// Every number in the range is in the sandbox inventory unless it is rented, so counts are exact and
// nothing has to be generated up front.
struct NumberBlock
{
    NumberType type = NumberType::Mobile;
    QByteArray prefix;
    int freeDigits = 0;
    int firstFreeMin = 0; // lowest allowed first free digit (NANP exchanges start at 2)
    int capabilities = 0;
    QString setupPrice;
    QString monthlyPrice;
    int paymentIntervalMonths = 1;
    bool docsRequired = false;

    qint64 size() const;
    int length() const { return static_cast<int>(prefix.size()) + freeDigits; }
    bool contains(const QByteArray &digits) const;
};

struct RegionInfo
{
    QString regionCode;
    QString regionName;
    QString currency;
    QByteArray countryCode;
    std::vector<NumberBlock> blocks;

    bool offers(NumberType type) const;
    QList<NumberType> types() const;
};

enum class SearchPosition
{
    Start,
    Contains,
    End
};

struct NumberPattern
{
    QString pattern; // digits, optionally with a leading '+'; empty = no pattern
    SearchPosition position = SearchPosition::Start;

    bool isEmpty() const { return pattern.isEmpty(); }
    // START with '+': prefix of the E.164 digits. START without '+': prefix of the E.164 digits or of
    // the national number (after the country code). CONTAINS / END: on the digits after the '+'.
    bool matches(const QString &e164, int countryCodeLength) const;
};

// The static catalogue: 20 regions with realistic prefixes, prices and currencies.
class Catalogue final
{
public:
    static const Catalogue &instance();

    const std::vector<RegionInfo> &regions() const { return m_regions; }
    const RegionInfo *region(const QString &regionCode) const;

    struct Match
    {
        const RegionInfo *region = nullptr;
        const NumberBlock *block = nullptr;
    };
    Match find(const QString &e164) const; // region/block containing the number, or nulls

    static AvailableNumber describe(const RegionInfo &region, const NumberBlock &block, const QString &e164);

    // Inventory size of a region/type (rented numbers included).
    qint64 inventorySize(const QString &regionCode, NumberType type) const;

    // Deterministic search (same seed, same state -> same result), sorted by phone number.
    QList<AvailableNumber> search(const RegionInfo &region, NumberType type, const NumberPattern &pattern,
                                  int requiredCapabilities, int size, quint64 seed,
                                  const std::function<bool(const QString &)> &isTaken) const;

    // A pseudo-random number of a block, for seeding active numbers.
    static QString numberAt(const NumberBlock &block, qint64 index);

private:
    Catalogue();
    std::vector<RegionInfo> m_regions;
};

quint64 mix64(quint64 x); // splitmix64 finaliser, used for every seeded choice

} // namespace nd::sandbox
