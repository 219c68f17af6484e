// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ActiveNumberModel, part 2 of 2: the sort and find index over the rows (NumberTable): comparisons by column, whole-table
// sorts from integer keys in one contiguous array, and the find over the pre-folded search buffers.
#include "activenumbermodel.h"

#include "displaytext.h"

#include <QByteArrayMatcher>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <type_traits>

namespace nd {

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Calls found(row) once for every line of `buffer` ('\n'-terminated lines, one per row) that contains
// `needle`.
template<typename Found>
void forEachLineContaining(const QByteArray &buffer, const QByteArray &needle, Found found)
{
    if (needle.isEmpty() || needle.contains('\n')) {
        return;
    }
    const QByteArrayMatcher matcher(needle);
    const char *data = buffer.constData();
    const qsizetype size = buffer.size();
    qsizetype lineStart = 0;
    int row = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype hit = matcher.indexIn(data, size, pos);
        if (hit < 0) {
            break;
        }
        // Count the lines that end before the hit.
        while (const void *newline = std::memchr(data + lineStart, '\n', size_t(hit - lineStart))) {
            ++row;
            lineStart = (static_cast<const char *>(newline) - data) + 1;
        }
        found(row);
        // Next line.
        const char *end = static_cast<const char *>(std::memchr(data + hit, '\n', size_t(size - hit)));
        if (!end) {
            break;
        }
        pos = (end - data) + 1;
        lineStart = pos;
        ++row;
    }
}

} // namespace

int ActiveNumberModel::compareTie(const Row &a, const Row &b) const
{
    if (a.numberKey >= 0 && b.numberKey >= 0) {
        return threeWay(a.numberKey, b.numberKey); // same order as the strings, without touching them
    }
    return m_table.phone(a).compare(m_table.phone(b));
}

namespace {

QString smsPlanOf(const std::optional<SmsConfiguration> &sms)
{
    return sms ? sms->servicePlanId : QString();
}

QString voiceTypeOf(const std::optional<VoiceConfiguration> &voice)
{
    return voice ? voice->type.wire() : QString();
}

QString voiceIdOf(const std::optional<VoiceConfiguration> &voice)
{
    return voice ? voice->id() : QString();
}

} // namespace

int ActiveNumberModel::compareColumn(const Row &a, const Row &b, int column) const
{
    switch (column) {
    case NumberColumn:
        return 0;
    case DisplayNameColumn:
        return m_table.name(a).compare(m_table.name(b), Qt::CaseInsensitive);
    case RegionColumn:
        return a.regionCode == b.regionCode ? 0 : str(a.regionCode).compare(str(b.regionCode));
    case TypeColumn:
        return a.type == b.type ? 0 : str(a.type).compare(str(b.type));
    case CapabilitiesColumn:
        return threeWay(a.capabilityMask, b.capabilityMask);
    case MonthlyPriceColumn: {
        const int c = a.currency == b.currency ? 0 : str(a.currency).compare(str(b.currency));
        return c != 0 ? c : threeWay(a.priceKey, b.priceKey);
    }
    case NextChargeColumn:
        return threeWay(a.nextChargeMs, b.nextChargeMs); // unset (the minimum) first
    case ExpiryColumn:
        return threeWay(a.expireMs, b.expireMs);
    case SmsColumn:
        return a.sms == b.sms ? 0 : smsPlanOf(m_table.sms(a.sms)).compare(smsPlanOf(m_table.sms(b.sms)));
    case VoiceColumn: {
        if (a.voice == b.voice) {
            return 0;
        }
        const auto &va = m_table.voice(a.voice);
        const auto &vb = m_table.voice(b.voice);
        const int c = voiceTypeOf(va).compare(voiceTypeOf(vb));
        return c != 0 ? c : voiceIdOf(va).compare(voiceIdOf(vb));
    }
    case ProvisioningColumn:
        return threeWay(a.provisioningRank, b.provisioningRank);
    default:
        return 0;
    }
}

bool ActiveNumberModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &a = m_table.row(leftRow);
    const Row &b = m_table.row(rightRow);
    int c = compareColumn(a, b, column);
    if (c == 0) {
        c = compareTie(a, b); // stable, predictable ties
    }
    return c < 0;
}

// The rank of every pooled string in string order, for a Row member holding a string pool index.
std::vector<qint64> ActiveNumberModel::poolRanks(quint32 Row::*member) const
{
    std::vector<quint32> used;
    std::vector<bool> seen(size_t(m_table.textCount()), false);
    for (qsizetype i = 0; i < m_table.size(); ++i) {
        const quint32 id = m_table.row(i).*member;
        if (!seen[id]) {
            seen[id] = true;
            used.push_back(id);
        }
    }
    std::sort(used.begin(), used.end(), [this](quint32 a, quint32 b) { return str(a).compare(str(b)) < 0; });
    std::vector<qint64> ranks(size_t(m_table.textCount()), 0);
    qint64 rank = 0;
    for (size_t i = 0; i < used.size(); ++i) {
        if (i > 0 && str(used[i - 1]).compare(str(used[i])) != 0) {
            ++rank;
        }
        ranks[used[i]] = rank;
    }
    return ranks;
}

namespace {

// Ranks of a per-row string: equal (by `compare`) strings share a rank. For the rarely sorted text columns.
template<typename Text, typename Compare>
std::vector<qint64> textRanks(size_t count, Text text, Compare compare)
{
    std::vector<int> order(count);
    for (size_t i = 0; i < count; ++i) {
        order[i] = int(i);
    }
    std::vector<std::invoke_result_t<Text, size_t>> texts(count);
    for (size_t i = 0; i < count; ++i) {
        texts[i] = text(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return compare(texts[size_t(a)], texts[size_t(b)]) < 0; });
    std::vector<qint64> ranks(count, 0);
    qint64 rank = 0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0 && compare(texts[size_t(order[i - 1])], texts[size_t(order[i])]) != 0) {
            ++rank;
        }
        ranks[size_t(order[i])] = rank;
    }
    return ranks;
}

} // namespace

void ActiveNumberModel::sortRows(std::vector<int> &rows, int column, Qt::SortOrder order) const
{
    // By number, rows often come in order already (the mirror's image is written that way): one pass, no keys.
    if (column == NumberColumn && m_table.irregularNumbers() == 0) {
        const auto key = [this](int row) { return m_table.row(row).numberKey; };
        const bool ascending = std::is_sorted(rows.cbegin(), rows.cend(), [&](int a, int b) { return key(a) < key(b); });
        if (ascending) {
            if (order == Qt::DescendingOrder) {
                std::reverse(rows.begin(), rows.end());
            }
            return;
        }
    }
    // One contiguous array of integer keys: sorting never chases a row's strings (lessThan() order).
    std::vector<SortKey> keys(rows.size());
    std::vector<qint64> primaryRanks;
    std::vector<qint64> secondaryRanks;
    std::vector<qint64> tieRanks;
    const size_t count = size_t(m_table.size());
    switch (column) {
    case DisplayNameColumn:
        primaryRanks = textRanks(count, [this](size_t i) { return m_table.name(m_table.row(qsizetype(i))); },
                                 [](QStringView a, QStringView b) { return a.compare(b, Qt::CaseInsensitive); });
        break;
    case RegionColumn:
        primaryRanks = poolRanks(&Row::regionCode);
        break;
    case TypeColumn:
        primaryRanks = poolRanks(&Row::type);
        break;
    case MonthlyPriceColumn:
        primaryRanks = poolRanks(&Row::currency);
        break;
    case SmsColumn:
        primaryRanks = textRanks(count, [this](size_t i) { return smsPlanOf(m_table.sms(m_table.row(qsizetype(i)).sms)); },
                                 [](const QString &a, const QString &b) { return a.compare(b); });
        break;
    case VoiceColumn:
        primaryRanks = textRanks(count, [this](size_t i) { return voiceTypeOf(m_table.voice(m_table.row(qsizetype(i)).voice)); },
                                 [](const QString &a, const QString &b) { return a.compare(b); });
        secondaryRanks = textRanks(count, [this](size_t i) { return voiceIdOf(m_table.voice(m_table.row(qsizetype(i)).voice)); },
                                   [](const QString &a, const QString &b) { return a.compare(b); });
        break;
    default:
        break;
    }
    if (m_table.irregularNumbers() > 0) {
        tieRanks = textRanks(count, [this](size_t i) { return m_table.phone(m_table.row(qsizetype(i))); },
                             [](QStringView a, QStringView b) { return a.compare(b); });
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        const Row &r = m_table.row(row);
        SortKey &k = keys[i];
        k.row = row;
        k.tie = tieRanks.empty() ? r.numberKey : tieRanks[size_t(row)];
        switch (column) {
        case DisplayNameColumn:
        case SmsColumn:
            k.primary = primaryRanks[size_t(row)];
            break;
        case VoiceColumn:
            k.primary = primaryRanks[size_t(row)];
            k.secondary = secondaryRanks[size_t(row)];
            break;
        case RegionColumn:
            k.primary = primaryRanks[r.regionCode];
            break;
        case TypeColumn:
            k.primary = primaryRanks[r.type];
            break;
        case CapabilitiesColumn:
            k.primary = r.capabilityMask;
            break;
        case MonthlyPriceColumn:
            k.primary = primaryRanks[r.currency];
            k.secondary = r.priceKey;
            break;
        case NextChargeColumn:
            k.primary = r.nextChargeMs;
            break;
        case ExpiryColumn:
            k.primary = r.expireMs;
            break;
        case ProvisioningColumn:
            k.primary = r.provisioningRank;
            break;
        default:
            break;
        }
    }
    std::sort(keys.begin(), keys.end(), [](const SortKey &a, const SortKey &b) {
        if (a.primary != b.primary) {
            return a.primary < b.primary;
        }
        if (a.secondary != b.secondary) {
            return a.secondary < b.secondary;
        }
        if (a.tie != b.tie) {
            return a.tie < b.tie;
        }
        return a.row < b.row;
    });
    if (order == Qt::DescendingOrder) {
        std::reverse(keys.begin(), keys.end());
    }
    for (size_t i = 0; i < keys.size(); ++i) {
        rows[i] = keys[i].row;
    }
}

bool ActiveNumberModel::rowMatches(int row, const QString &text, const QString &digits) const
{
    // Same rule as matchRows(): UTF-8 substring search in case-folded text.
    const Row &r = m_table.row(row);
    if (!digits.isEmpty() && m_table.phone(r).contains(digits)) {
        return true;
    }
    if (text.isEmpty()) {
        return false;
    }
    return m_table.name(r).toString().toCaseFolded().contains(text.toCaseFolded());
}

void ActiveNumberModel::matchRows(const QString &text, const QString &digits, std::vector<quint8> &accepted) const
{
    accepted.assign(size_t(m_table.size()), 0);
    auto mark = [&accepted](int row) {
        if (size_t(row) < accepted.size()) {
            accepted[size_t(row)] = 1;
        }
    };
    if (!digits.isEmpty()) {
        forEachLineContaining(m_table.numberText(), digits.toUtf8(), mark);
    }
    if (!text.isEmpty()) {
        const QByteArray needle = text.toCaseFolded().toUtf8();
        if (!needle.contains('\n')) {
            forEachLineContaining(m_table.foldedText(), needle, mark);
        }
    }
}

} // namespace nd
