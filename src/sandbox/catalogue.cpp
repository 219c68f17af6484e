// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace nd::sandbox {

namespace {

struct RegionSpec
{
    const char *code;
    const char *name;
    const char *currency;
    const char *countryCode;
};

// type: M(obile), L(ocal), T(oll free); caps: 1 SMS, 2 VOICE, 3 both.
struct BlockSpec
{
    const char *region;
    char type;
    const char *prefix;
    int freeDigits;
    int firstFreeMin;
    int caps;
    const char *setup;
    const char *monthly;
    int interval;
    bool docs;
};

constexpr RegionSpec kRegions[] = {
    {"US", "United States", "USD", "1"},  {"CA", "Canada", "CAD", "1"},        {"GB", "United Kingdom", "GBP", "44"},
    {"SE", "Sweden", "SEK", "46"},        {"DE", "Germany", "EUR", "49"},      {"FR", "France", "EUR", "33"},
    {"ES", "Spain", "EUR", "34"},         {"NL", "Netherlands", "EUR", "31"},  {"IE", "Ireland", "EUR", "353"},
    {"AU", "Australia", "AUD", "61"},     {"NZ", "New Zealand", "NZD", "64"},  {"BR", "Brazil", "BRL", "55"},
    {"MX", "Mexico", "MXN", "52"},        {"JP", "Japan", "JPY", "81"},        {"SG", "Singapore", "SGD", "65"},
    {"IT", "Italy", "EUR", "39"},         {"NO", "Norway", "NOK", "47"},       {"DK", "Denmark", "DKK", "45"},
    {"FI", "Finland", "EUR", "358"},      {"PL", "Poland", "PLN", "48"},
};

constexpr BlockSpec kBlocks[] = {
    // United States: geographic area codes (NPA) + exchange (NXX, 2-9) + line; 8xx toll free.
    {"US", 'L', "1206", 7, 2, 3, "0.00", "1.00", 1, false}, // Seattle
    {"US", 'L', "1212", 7, 2, 3, "0.00", "1.00", 1, false}, // New York
    {"US", 'L', "1312", 7, 2, 3, "0.00", "1.00", 1, false}, // Chicago
    {"US", 'L', "1415", 7, 2, 3, "0.00", "1.00", 1, false}, // San Francisco
    {"US", 'L', "1512", 7, 2, 3, "0.00", "1.00", 1, false}, // Austin
    {"US", 'L', "1617", 7, 2, 3, "0.00", "1.00", 1, false}, // Boston
    {"US", 'L', "1702", 7, 2, 3, "0.00", "1.00", 1, false}, // Las Vegas
    {"US", 'L', "1303", 7, 2, 3, "0.00", "1.00", 1, false}, // Denver
    {"US", 'L', "1404", 7, 2, 3, "0.00", "1.00", 1, false}, // Atlanta
    {"US", 'L', "1305", 7, 2, 3, "0.00", "1.00", 1, false}, // Miami
    {"US", 'L', "1907", 7, 2, 2, "0.00", "1.00", 1, false}, // Alaska: voice only
    {"US", 'T', "1800", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1833", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1844", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1855", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1866", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1877", 7, 2, 3, "0.00", "2.00", 1, false},
    {"US", 'T', "1888", 7, 2, 3, "0.00", "2.00", 1, false},
    // Canada
    {"CA", 'L', "1416", 7, 2, 3, "0.00", "1.50", 1, false}, // Toronto
    {"CA", 'L', "1604", 7, 2, 3, "0.00", "1.50", 1, false}, // Vancouver
    {"CA", 'L', "1514", 7, 2, 3, "0.00", "1.50", 1, false}, // Montreal
    {"CA", 'L', "1403", 7, 2, 3, "0.00", "1.50", 1, false}, // Calgary
    {"CA", 'L', "1613", 7, 2, 2, "0.00", "1.50", 1, false}, // Ottawa: voice only
    // United Kingdom
    {"GB", 'M', "4474", 8, 0, 3, "0.00", "1.00", 1, false},
    {"GB", 'M', "4475", 8, 0, 3, "0.00", "1.00", 1, false},
    {"GB", 'M', "4477", 8, 0, 3, "0.00", "1.00", 1, false},
    {"GB", 'M', "4478", 8, 0, 3, "0.00", "1.00", 1, false},
    {"GB", 'L', "44203", 7, 0, 2, "0.00", "1.00", 1, false}, // London
    {"GB", 'L', "44207", 7, 0, 2, "0.00", "1.00", 1, false},
    {"GB", 'L', "44161", 7, 2, 2, "0.00", "1.00", 1, false}, // Manchester
    {"GB", 'L', "44131", 7, 2, 2, "0.00", "1.00", 1, false}, // Edinburgh
    {"GB", 'L', "44121", 7, 2, 2, "0.00", "1.00", 1, false}, // Birmingham
    {"GB", 'T', "44800", 7, 0, 2, "0.00", "6.00", 1, false},
    // Sweden
    {"SE", 'M', "4670", 7, 0, 3, "0.00", "15.00", 1, false},
    {"SE", 'M', "4672", 7, 0, 3, "0.00", "15.00", 1, false},
    {"SE", 'M', "4673", 7, 0, 3, "0.00", "15.00", 1, false},
    {"SE", 'M', "4676", 7, 0, 3, "0.00", "15.00", 1, false},
    {"SE", 'L', "468", 7, 2, 2, "0.00", "12.50", 1, false},  // Stockholm
    {"SE", 'L', "4631", 7, 2, 2, "0.00", "12.50", 1, false}, // Gothenburg
    {"SE", 'L', "4640", 6, 2, 2, "0.00", "12.50", 1, false}, // Malmo
    {"SE", 'T', "46200", 6, 0, 2, "0.00", "25.00", 1, false},
    // Germany
    {"DE", 'M', "49151", 8, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'M', "49152", 8, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'M', "49157", 8, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'M', "49160", 7, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'M', "49170", 7, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'M', "49176", 8, 0, 3, "0.00", "2.50", 1, false},
    {"DE", 'L', "4930", 8, 2, 2, "1.00", "1.50", 1, true},  // Berlin
    {"DE", 'L', "4940", 8, 2, 2, "1.00", "1.50", 1, true},  // Hamburg
    {"DE", 'L', "4989", 8, 2, 2, "1.00", "1.50", 1, true},  // Munich
    {"DE", 'L', "49221", 7, 2, 2, "1.00", "1.50", 1, true}, // Cologne
    {"DE", 'T', "49800", 7, 0, 2, "5.00", "10.00", 12, true},
    // France
    {"FR", 'M', "336", 8, 0, 3, "0.00", "3.00", 1, true},
    {"FR", 'M', "337", 8, 0, 3, "0.00", "3.00", 1, true},
    {"FR", 'L', "331", 8, 0, 2, "1.00", "1.50", 1, true}, // Paris
    {"FR", 'L', "334", 8, 0, 2, "1.00", "1.50", 1, true}, // South-east
    {"FR", 'T', "33805", 6, 0, 2, "5.00", "12.00", 1, true},
    // Spain
    {"ES", 'M', "346", 8, 0, 3, "0.00", "3.00", 1, true},
    {"ES", 'L', "3491", 7, 2, 2, "0.00", "1.20", 1, true}, // Madrid
    {"ES", 'L', "3493", 7, 2, 2, "0.00", "1.20", 1, true}, // Barcelona
    {"ES", 'T', "34900", 6, 0, 2, "0.00", "8.00", 1, true},
    // Netherlands
    {"NL", 'M', "316", 8, 1, 3, "0.00", "2.00", 1, false},
    {"NL", 'L', "3120", 7, 2, 2, "0.00", "1.00", 1, false}, // Amsterdam
    {"NL", 'L', "3110", 7, 2, 2, "0.00", "1.00", 1, false}, // Rotterdam
    {"NL", 'T', "31800", 7, 0, 2, "0.00", "7.50", 1, false},
    // Ireland
    {"IE", 'M', "35383", 7, 0, 3, "0.00", "2.00", 1, false},
    {"IE", 'M', "35385", 7, 0, 3, "0.00", "2.00", 1, false},
    {"IE", 'M', "35387", 7, 0, 3, "0.00", "2.00", 1, false},
    {"IE", 'L', "3531", 7, 2, 2, "0.00", "1.50", 1, false}, // Dublin
    {"IE", 'T', "3531800", 6, 0, 2, "0.00", "9.00", 1, false},
    // Australia
    {"AU", 'M', "614", 8, 0, 3, "0.00", "5.00", 1, false},
    {"AU", 'L', "6128", 7, 0, 2, "0.00", "4.00", 1, false}, // Sydney
    {"AU", 'L', "6129", 7, 0, 2, "0.00", "4.00", 1, false},
    {"AU", 'L', "6138", 7, 0, 2, "0.00", "4.00", 1, false}, // Melbourne
    {"AU", 'L', "6139", 7, 0, 2, "0.00", "4.00", 1, false},
    {"AU", 'T', "611800", 6, 0, 2, "0.00", "15.00", 1, false},
    // New Zealand
    {"NZ", 'M', "6421", 7, 0, 3, "0.00", "4.00", 1, false},
    {"NZ", 'M', "6422", 7, 0, 3, "0.00", "4.00", 1, false},
    {"NZ", 'M', "6427", 7, 0, 3, "0.00", "4.00", 1, false},
    {"NZ", 'L', "649", 7, 2, 2, "0.00", "3.00", 1, false}, // Auckland
    {"NZ", 'L', "644", 7, 2, 2, "0.00", "3.00", 1, false}, // Wellington
    {"NZ", 'T', "64800", 6, 0, 2, "0.00", "12.00", 1, false},
    // Brazil
    {"BR", 'M', "55119", 8, 0, 3, "0.00", "25.00", 1, true}, // Sao Paulo
    {"BR", 'M', "55219", 8, 0, 3, "0.00", "25.00", 1, true}, // Rio de Janeiro
    {"BR", 'L', "55113", 7, 0, 2, "0.00", "20.00", 1, true},
    {"BR", 'L', "55213", 7, 0, 2, "0.00", "20.00", 1, true},
    {"BR", 'T', "550800", 7, 0, 2, "10.00", "60.00", 1, true},
    // Mexico
    {"MX", 'L', "5255", 8, 2, 3, "0.00", "60.00", 1, false}, // Mexico City
    {"MX", 'L', "5233", 8, 2, 3, "0.00", "60.00", 1, false}, // Guadalajara
    {"MX", 'L', "5281", 8, 2, 3, "0.00", "60.00", 1, false}, // Monterrey
    {"MX", 'T', "52800", 7, 0, 2, "0.00", "150.00", 1, false},
    // Japan (no minor currency unit)
    {"JP", 'M', "8170", 8, 0, 3, "1500", "1500", 1, true},
    {"JP", 'M', "8180", 8, 0, 3, "1500", "1500", 1, true},
    {"JP", 'M', "8190", 8, 0, 3, "1500", "1500", 1, true},
    {"JP", 'L', "813", 8, 5, 2, "1000", "1200", 1, true}, // Tokyo
    {"JP", 'L', "816", 8, 6, 2, "1000", "1200", 1, true}, // Osaka
    {"JP", 'T', "81120", 6, 0, 2, "3000", "3000", 1, true},
    // Singapore
    {"SG", 'M', "658", 7, 0, 3, "0.00", "8.00", 1, true},
    {"SG", 'M', "659", 7, 0, 3, "0.00", "8.00", 1, true},
    {"SG", 'L', "656", 7, 0, 2, "0.00", "6.00", 1, true},
    {"SG", 'T', "65800", 7, 0, 2, "0.00", "20.00", 1, true},
    // Italy
    {"IT", 'M', "39320", 7, 0, 3, "0.00", "3.50", 1, true},
    {"IT", 'M', "39333", 7, 0, 3, "0.00", "3.50", 1, true},
    {"IT", 'M', "39347", 7, 0, 3, "0.00", "3.50", 1, true},
    {"IT", 'L', "3906", 8, 2, 2, "2.00", "2.00", 1, true}, // Rome
    {"IT", 'L', "3902", 8, 2, 2, "2.00", "2.00", 1, true}, // Milan
    {"IT", 'T', "39800", 6, 0, 2, "10.00", "15.00", 1, true},
    // Norway
    {"NO", 'M', "474", 7, 0, 3, "0.00", "30.00", 1, false},
    {"NO", 'M', "479", 7, 0, 3, "0.00", "30.00", 1, false},
    {"NO", 'L', "4722", 6, 0, 2, "0.00", "25.00", 1, false}, // Oslo
    {"NO", 'T', "47800", 5, 0, 2, "0.00", "80.00", 3, false},
    // Denmark
    {"DK", 'M', "452", 7, 0, 3, "0.00", "20.00", 1, false},
    {"DK", 'M', "453", 7, 0, 3, "0.00", "20.00", 1, false},
    {"DK", 'L', "4533", 6, 1, 2, "0.00", "15.00", 1, false}, // Copenhagen
    {"DK", 'T', "4580", 6, 0, 2, "0.00", "60.00", 1, false},
    // Finland
    {"FI", 'M', "35840", 7, 0, 3, "0.00", "2.50", 1, false},
    {"FI", 'M', "35850", 7, 0, 3, "0.00", "2.50", 1, false},
    {"FI", 'L', "3589", 7, 2, 2, "0.00", "2.00", 1, false}, // Helsinki
    // Poland
    {"PL", 'M', "4850", 7, 0, 3, "0.00", "10.00", 1, false},
    {"PL", 'M', "4860", 7, 0, 3, "0.00", "10.00", 1, false},
    {"PL", 'M', "4869", 7, 0, 3, "0.00", "10.00", 1, false},
    {"PL", 'L', "4822", 7, 2, 2, "0.00", "8.00", 1, false}, // Warsaw
};

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// Enumerates the numbers of one block that have the pattern at one position, in a scattered but
// deterministic order: index i -> (offset + i * stride) mod size, stride coprime with size.
class Candidates
{
public:
    Candidates(const NumberBlock &block, const QByteArray &pattern, int start, quint64 seed)
        : m_block(block)
    {
        const int p = static_cast<int>(block.prefix.size());
        m_slots.assign(static_cast<size_t>(block.freeDigits), -1);
        for (int i = 0; i < pattern.size(); ++i) {
            const int pos = start + i;
            const int digit = pattern.at(i) - '0';
            if (pos < p) {
                if (block.prefix.at(pos) - '0' != digit) {
                    m_valid = false;
                    return;
                }
            } else {
                m_slots[static_cast<size_t>(pos - p)] = digit;
            }
        }
        if (!m_slots.empty() && m_slots[0] >= 0 && m_slots[0] < block.firstFreeMin) {
            m_valid = false;
            return;
        }
        m_size = 1;
        for (size_t i = 0; i < m_slots.size(); ++i) {
            if (m_slots[i] < 0)
                m_size *= (i == 0) ? 10 - block.firstFreeMin : 10;
        }
        // A stride near size / golden ratio scatters consecutive results over the whole range.
        m_stride = static_cast<qint64>(static_cast<double>(m_size) * 0.6180339887) | 1;
        while (std::gcd(m_stride, m_size) != 1)
            m_stride += 2;
        m_offset = static_cast<qint64>(mix64(seed ^ qHash(block.prefix) ^ (static_cast<quint64>(start) << 40))
                                       % static_cast<quint64>(m_size));
    }

    bool isValid() const { return m_valid; }
    bool atEnd() const { return !m_valid || m_next >= m_size; }

    QString next()
    {
        const qint64 v0 = ((m_next++ % m_size) * m_stride + m_offset) % m_size; // sizes <= 10^9: no overflow
        qint64 v = v0;
        QByteArray digits(m_block.freeDigits, '0');
        for (int i = m_block.freeDigits - 1; i >= 0; --i) {
            const int fixed = m_slots[static_cast<size_t>(i)];
            if (fixed >= 0) {
                digits[i] = static_cast<char>('0' + fixed);
                continue;
            }
            const int radix = (i == 0) ? 10 - m_block.firstFreeMin : 10;
            const int base = (i == 0) ? m_block.firstFreeMin : 0;
            digits[i] = static_cast<char>('0' + base + static_cast<int>(v % radix));
            v /= radix;
        }
        return QLatin1Char('+') + QString::fromLatin1(m_block.prefix) + QString::fromLatin1(digits);
    }

private:
    const NumberBlock &m_block;
    std::vector<int> m_slots;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    qint64 m_stride = 1;
    qint64 m_next = 0;
    bool m_valid = true;
};

} // namespace

quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

qint64 NumberBlock::size() const
{
    if (freeDigits <= 0)
        return 1;
    return (10 - firstFreeMin) * pow10(freeDigits - 1);
}

bool NumberBlock::contains(const QByteArray &digits) const
{
    if (digits.size() != length() || !digits.startsWith(prefix))
        return false;
    return freeDigits == 0 || digits.at(prefix.size()) - '0' >= firstFreeMin;
}

bool RegionInfo::offers(NumberType type) const
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [type](const NumberBlock &b) { return b.type == type; });
}

QList<NumberType> RegionInfo::types() const
{
    QList<NumberType> result;
    for (NumberType t : {NumberType::Mobile, NumberType::Local, NumberType::TollFree}) {
        if (offers(t))
            result.append(t);
    }
    return result;
}

bool NumberPattern::matches(const QString &e164, int countryCodeLength) const
{
    if (pattern.isEmpty())
        return true;
    const QStringView digits = QStringView(e164).mid(1);
    const bool plus = pattern.startsWith(QLatin1Char('+'));
    const QStringView p = plus ? QStringView(pattern).mid(1) : QStringView(pattern);
    switch (position) {
    case SearchPosition::Start:
        if (digits.startsWith(p))
            return true;
        return !plus && digits.mid(countryCodeLength).startsWith(p);
    case SearchPosition::Contains:
        return digits.contains(p);
    case SearchPosition::End:
        return digits.endsWith(p);
    }
    return false;
}

Catalogue::Catalogue()
{
    for (const RegionSpec &rs : kRegions) {
        RegionInfo region;
        region.regionCode = QString::fromLatin1(rs.code);
        region.regionName = QString::fromLatin1(rs.name);
        region.currency = QString::fromLatin1(rs.currency);
        region.countryCode = rs.countryCode;
        for (const BlockSpec &bs : kBlocks) {
            if (qstrcmp(bs.region, rs.code) != 0)
                continue;
            NumberBlock block;
            block.type = bs.type == 'M' ? NumberType::Mobile : bs.type == 'L' ? NumberType::Local : NumberType::TollFree;
            block.prefix = bs.prefix;
            block.freeDigits = bs.freeDigits;
            block.firstFreeMin = bs.firstFreeMin;
            block.capabilities = bs.caps;
            block.setupPrice = QString::fromLatin1(bs.setup);
            block.monthlyPrice = QString::fromLatin1(bs.monthly);
            block.paymentIntervalMonths = bs.interval;
            block.docsRequired = bs.docs;
            region.blocks.push_back(block);
        }
        m_regions.push_back(std::move(region));
    }
}

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

const RegionInfo *Catalogue::region(const QString &regionCode) const
{
    for (const RegionInfo &r : m_regions) {
        if (r.regionCode == regionCode)
            return &r;
    }
    return nullptr;
}

Catalogue::Match Catalogue::find(const QString &e164) const
{
    if (e164.size() < 3 || !e164.startsWith(QLatin1Char('+')))
        return {};
    const QByteArray digits = e164.mid(1).toLatin1();
    for (const RegionInfo &r : m_regions) {
        if (!digits.startsWith(r.countryCode))
            continue;
        for (const NumberBlock &b : r.blocks) {
            if (b.contains(digits))
                return {&r, &b};
        }
    }
    return {};
}

AvailableNumber Catalogue::describe(const RegionInfo &region, const NumberBlock &block, const QString &e164)
{
    AvailableNumber n;
    n.phoneNumber = e164;
    n.regionCode = region.regionCode;
    n.type = block.type;
    n.capabilities = block.capabilities;
    n.setupPrice = {region.currency, block.setupPrice};
    n.monthlyPrice = {region.currency, block.monthlyPrice};
    n.paymentIntervalMonths = block.paymentIntervalMonths;
    n.supportingDocumentationRequired = block.docsRequired;
    return n;
}

qint64 Catalogue::inventorySize(const QString &regionCode, NumberType type) const
{
    const RegionInfo *r = region(regionCode);
    if (!r)
        return 0;
    qint64 total = 0;
    for (const NumberBlock &b : r->blocks) {
        if (b.type == type)
            total += b.size();
    }
    return total;
}

QString Catalogue::numberAt(const NumberBlock &block, qint64 index)
{
    qint64 v = index % block.size();
    QByteArray digits(block.freeDigits, '0');
    for (int i = block.freeDigits - 1; i >= 0; --i) {
        const int radix = (i == 0) ? 10 - block.firstFreeMin : 10;
        const int base = (i == 0) ? block.firstFreeMin : 0;
        digits[i] = static_cast<char>('0' + base + static_cast<int>(v % radix));
        v /= radix;
    }
    return QLatin1Char('+') + QString::fromLatin1(block.prefix) + QString::fromLatin1(digits);
}

QList<AvailableNumber> Catalogue::search(const RegionInfo &region, NumberType type, const NumberPattern &pattern,
                                         int requiredCapabilities, int size, quint64 seed,
                                         const std::function<bool(const QString &)> &isTaken) const
{
    const bool plus = pattern.pattern.startsWith(QLatin1Char('+'));
    const QByteArray p = (plus ? pattern.pattern.mid(1) : pattern.pattern).toLatin1();

    std::vector<std::pair<const NumberBlock *, Candidates>> generators;
    for (const NumberBlock &b : region.blocks) {
        if (b.type != type || (b.capabilities & requiredCapabilities) != requiredCapabilities)
            continue;
        const int len = b.length();
        QList<int> starts;
        if (p.isEmpty()) {
            starts = {0};
        } else if (p.size() <= len) {
            switch (pattern.position) {
            case SearchPosition::Start:
                starts.append(0);
                if (!plus && region.countryCode.size() + p.size() <= len)
                    starts.append(static_cast<int>(region.countryCode.size()));
                break;
            case SearchPosition::End:
                starts.append(len - static_cast<int>(p.size()));
                break;
            case SearchPosition::Contains:
                for (int s = 0; s + p.size() <= len; ++s)
                    starts.append(s);
                break;
            }
        }
        for (int s : starts) {
            Candidates c(b, p, s, seed);
            if (c.isValid())
                generators.emplace_back(&b, std::move(c));
        }
    }

    QList<AvailableNumber> result;
    QSet<QString> seen;
    // Round robin over blocks and placements so that one search shows several area codes. A bounded scan
    // per generator keeps a search over a nearly exhausted range fast.
    constexpr int scanLimit = 20000;
    int scanned = 0;
    bool progress = true;
    while (result.size() < size && progress && scanned < scanLimit * 4) {
        progress = false;
        for (auto &[block, gen] : generators) {
            if (result.size() >= size)
                break;
            while (!gen.atEnd() && scanned < scanLimit * 4) {
                ++scanned;
                const QString number = gen.next();
                if (seen.contains(number) || isTaken(number))
                    continue;
                seen.insert(number);
                result.append(describe(region, *block, number));
                progress = true;
                break;
            }
        }
    }
    std::sort(result.begin(), result.end(),
              [](const AvailableNumber &a, const AvailableNumber &b) { return a.phoneNumber < b.phoneNumber; });
    return result;
}

} // namespace nd::sandbox
