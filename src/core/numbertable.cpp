// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// NumberTable, part 1 of 2: building rows (keys, pools), rebuilding numbers and the search buffers.
// numbertableimage.cpp writes and reads the table as the mirror's image.
#include "numbertable.h"
#include "numbertable_p.h"

#include <algorithm>
#include <limits>

namespace nd {

namespace detail {

// Decimal at a fixed scale of 6 (micro-units), saturating; unparsable amounts sort first.
qint64 priceKeyOf(const Money &money)
{
    const auto value = money.decimal();
    if (!value) {
        return std::numeric_limits<qint64>::min();
    }
    qint64 units = value->units();
    int scale = value->scale();
    while (scale > 6) {
        units /= 10;
        --scale;
    }
    while (scale < 6) {
        if (units > std::numeric_limits<qint64>::max() / 10 || units < std::numeric_limits<qint64>::min() / 10) {
            return units < 0 ? std::numeric_limits<qint64>::min() + 1 : std::numeric_limits<qint64>::max();
        }
        units *= 10;
        ++scale;
    }
    return units;
}

int capabilityMask(const QList<Capability> &capabilities)
{
    int mask = 0;
    for (const Capability &c : capabilities) {
        switch (c.value()) {
        case Capability::Value::Sms:
            mask |= 1;
            break;
        case Capability::Value::Voice:
            mask |= 2;
            break;
        case Capability::Value::Unknown:
            mask |= 4;
            break;
        }
    }
    return mask;
}

// 0 nothing pending, 1 waiting, 2 in progress, 3 failed: the worst of SMS and voice.
int provisioningRank(const std::optional<SmsConfiguration> &sms, const std::optional<VoiceConfiguration> &voice)
{
    auto rank = [](const ProvisioningStatus &status) {
        switch (status.value()) {
        case ProvisioningStatus::Value::Failed:
            return 3;
        case ProvisioningStatus::Value::InProgress:
            return 2;
        case ProvisioningStatus::Value::Waiting:
            return 1;
        case ProvisioningStatus::Value::Unspecified:
        case ProvisioningStatus::Value::Unknown:
            return status.isEmpty() ? 0 : 1;
        }
        return 0;
    };
    int result = 0;
    if (sms && sms->scheduledProvisioning) {
        result = std::max(result, rank(sms->scheduledProvisioning->status));
    }
    if (voice && voice->scheduledVoiceProvisioning) {
        result = std::max(result, rank(voice->scheduledVoiceProvisioning->status));
    }
    return result;
}

// "+" and 1 to 17 ASCII digits, as one integer that orders like the strings do: the digits left-aligned
// to 17 places, times 32, plus their count (a prefix sorts before its extensions). -1 for anything else.
qint64 numberKeyOf(QStringView e164)
{
    const qsizetype digits = e164.size() - 1;
    if (digits < 1 || digits > 17 || e164.at(0) != QLatin1Char('+')) {
        return -1;
    }
    qint64 value = 0;
    for (qsizetype i = 1; i < e164.size(); ++i) {
        const char16_t c = e164.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    for (qsizetype i = digits; i < 17; ++i) {
        value *= 10;
    }
    return value * 32 + digits;
}

// Dates as ms since the epoch; noDate (the minimum) sorts unset dates first.
qint64 msOf(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// Whether msOf() and QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) give the value back exactly.
bool isPlainUtc(const QDateTime &dateTime)
{
    return !dateTime.isValid() || dateTime.timeSpec() == Qt::UTC;
}

} // namespace detail

namespace {

using namespace detail;

// Pools are keyed by a hash of the fields and confirmed by comparing them all (no key text is built: for
// 100,000 rows that was most of the cost of adding them).
bool sameTime(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid()) {
        return false;
    }
    return !a.isValid()
        || (a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch() && a.timeSpec() == b.timeSpec()
            && a.offsetFromUtc() == b.offsetFromUtc());
}

size_t hashTime(const QDateTime &t, size_t seed)
{
    return t.isValid() ? qHashMulti(seed, t.toMSecsSinceEpoch(), int(t.timeSpec())) : seed;
}

template<typename Enum>
bool sameEnums(const QList<Enum> &a, const QList<Enum> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Enum &x, const Enum &y) { return x.wire() == y.wire(); });
}

template<typename Enum>
size_t hashEnums(const QList<Enum> &list, size_t seed)
{
    for (const Enum &e : list) {
        seed = qHashMulti(seed, e.wire());
    }
    return seed;
}

size_t hashSms(const SmsConfiguration &sms)
{
    size_t h = qHashMulti(0, sms.servicePlanId, sms.campaignId);
    if (const auto &sp = sms.scheduledProvisioning) {
        h = qHashMulti(h, sp->servicePlanId, sp->campaignId, sp->status.wire());
        h = hashEnums(sp->errorCodes, hashTime(sp->lastUpdatedTime, h));
    }
    return h;
}

bool sameSms(const SmsConfiguration &a, const SmsConfiguration &b)
{
    if (a.servicePlanId != b.servicePlanId || a.campaignId != b.campaignId || a.extra != b.extra
        || a.scheduledProvisioning.has_value() != b.scheduledProvisioning.has_value()) {
        return false;
    }
    if (!a.scheduledProvisioning) {
        return true;
    }
    const ScheduledProvisioning &x = *a.scheduledProvisioning;
    const ScheduledProvisioning &y = *b.scheduledProvisioning;
    return x.servicePlanId == y.servicePlanId && x.campaignId == y.campaignId && x.status.wire() == y.status.wire()
        && sameTime(x.lastUpdatedTime, y.lastUpdatedTime) && sameEnums(x.errorCodes, y.errorCodes) && x.extra == y.extra;
}

size_t hashVoice(const VoiceConfiguration &voice)
{
    size_t h = qHashMulti(0, voice.type.wire(), voice.appId, voice.trunkId, voice.serviceId);
    h = hashTime(voice.lastUpdatedTime, h);
    if (const auto &sp = voice.scheduledVoiceProvisioning) {
        h = qHashMulti(h, sp->type.wire(), sp->appId, sp->trunkId, sp->serviceId, sp->status.wire());
        h = hashTime(sp->lastUpdatedTime, h);
    }
    return h;
}

bool sameVoice(const VoiceConfiguration &a, const VoiceConfiguration &b)
{
    if (a.type.wire() != b.type.wire() || a.appId != b.appId || a.trunkId != b.trunkId || a.serviceId != b.serviceId
        || !sameTime(a.lastUpdatedTime, b.lastUpdatedTime) || a.extra != b.extra
        || a.scheduledVoiceProvisioning.has_value() != b.scheduledVoiceProvisioning.has_value()) {
        return false;
    }
    if (!a.scheduledVoiceProvisioning) {
        return true;
    }
    const ScheduledVoiceProvisioning &x = *a.scheduledVoiceProvisioning;
    const ScheduledVoiceProvisioning &y = *b.scheduledVoiceProvisioning;
    return x.type.wire() == y.type.wire() && x.appId == y.appId && x.trunkId == y.trunkId
        && x.serviceId == y.serviceId && x.status.wire() == y.status.wire()
        && sameTime(x.lastUpdatedTime, y.lastUpdatedTime) && x.extra == y.extra;
}

// Appends the line a row contributes to a search buffer: no separator can occur inside it.
void appendSearchLine(QByteArray &buffer, QStringView text)
{
    const qsizetype from = buffer.size();
    buffer += text.toUtf8();
    char *data = buffer.data();
    for (qsizetype i = from; i < buffer.size(); ++i) {
        if (data[i] == '\n' || data[i] == '\x1f') {
            data[i] = ' ';
        }
    }
    buffer += '\n';
}


// The id of `value` in `pool`, added when it is new. Candidates are found by `hash` and confirmed with `same`, so
// equal hashes of different values never share an id.
template<typename Pool, typename Value, typename Same>
quint32 internInPool(Pool &pool, QMultiHash<size_t, quint32> &ids, size_t hash, const Value &value, Same same)
{
    for (auto it = ids.constFind(hash); it != ids.cend() && it.key() == hash; ++it) {
        if (same(std::as_const(pool)[*it], value)) {
            return *it;
        }
    }
    const auto id = quint32(pool.size());
    pool.push_back(value);
    ids.insert(hash, id);
    return id;
}
} // namespace

NumberTable::NumberTable()
    : m_strings{QString()}
    , m_capabilityLists{QList<Capability>()}
    , m_smsConfigs(1)
    , m_voiceConfigs(1)
{
}

NumberTable::NumberTable(NumberTable &&other)
    : NumberTable()
{
    swap(other);
}

NumberTable &NumberTable::operator=(NumberTable &&other)
{
    NumberTable taken(std::move(other));
    swap(taken);
    return *this;
}

void NumberTable::swap(NumberTable &other) noexcept
{
    std::swap(m_rows, other.m_rows);
    m_text.swap(other.m_text);
    m_extras.swap(other.m_extras);
    m_byKey.swap(other.m_byKey);
    m_byIrregularNumber.swap(other.m_byIrregularNumber);
    std::swap(m_indexDeferred, other.m_indexDeferred);
    std::swap(m_irregularNumbers, other.m_irregularNumbers);
    m_strings.swap(other.m_strings);
    m_stringIds.swap(other.m_stringIds);
    m_capabilityLists.swap(other.m_capabilityLists);
    m_capabilityIds.swap(other.m_capabilityIds);
    std::swap(m_smsConfigs, other.m_smsConfigs);
    m_smsIds.swap(other.m_smsIds);
    std::swap(m_voiceConfigs, other.m_voiceConfigs);
    m_voiceIds.swap(other.m_voiceIds);
    m_numberText.swap(other.m_numberText);
    m_foldedText.swap(other.m_foldedText);
    std::swap(m_searchTextDirty, other.m_searchTextDirty);
    std::swap(m_pendingSearchText, other.m_pendingSearchText);
    std::swap(m_revision, other.m_revision);
}
NumberTable::~NumberTable() = default;

ActiveNumber NumberTable::number(qsizetype row) const
{
    const Row &r = m_rows[size_t(row)];
    const RowExtras *extras = r.hasExtras ? &*m_extras.constFind(int(row)) : nullptr;
    ActiveNumber n;
    n.phoneNumber = phone(r).toString();
    n.projectId = text(r.projectId);
    n.displayName = name(r).toString();
    n.regionCode = text(r.regionCode);
    n.type = NumberType::fromWire(text(r.type));
    n.capabilities = m_capabilityLists.at(r.capabilities);
    n.money = Money{text(r.currency), text(r.amount)};
    n.paymentIntervalMonths = r.paymentIntervalMonths;
    if (extras && extras->nextChargeDate) {
        n.nextChargeDate = *extras->nextChargeDate;
    } else if (r.nextChargeMs != noDate()) {
        n.nextChargeDate = QDateTime::fromMSecsSinceEpoch(r.nextChargeMs, Qt::UTC);
    }
    if (extras && extras->expireAt) {
        n.expireAt = *extras->expireAt;
    } else if (r.expireMs != noDate()) {
        n.expireAt = QDateTime::fromMSecsSinceEpoch(r.expireMs, Qt::UTC);
    }
    n.smsConfiguration = m_smsConfigs[r.sms];
    n.voiceConfiguration = m_voiceConfigs[r.voice];
    n.callbackUrl = text(r.callbackUrl);
    if (extras) {
        n.extra = extras->extra;
    }
    return n;
}

int NumberTable::rowOf(const QString &e164) const
{
    ensureIndex();
    const qint64 key = numberKeyOf(e164);
    return key >= 0 ? m_byKey.value(key, -1) : m_byIrregularNumber.value(e164, -1);
}

quint32 NumberTable::intern(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.cend()) {
        return it.value();
    }
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

quint32 NumberTable::internCapabilities(const QList<Capability> &capabilities)
{
    if (capabilities.isEmpty()) {
        return 0;
    }
    return internInPool(m_capabilityLists, m_capabilityIds, hashEnums(capabilities, 0), capabilities,
                        [](const QList<Capability> &a, const QList<Capability> &b) { return sameEnums(a, b); });
}

quint32 NumberTable::internSms(const std::optional<SmsConfiguration> &sms)
{
    if (!sms) {
        return 0;
    }
    return internInPool(m_smsConfigs, m_smsIds, hashSms(*sms), sms,
                        [](const auto &a, const auto &b) { return sameSms(*a, *b); });
}

quint32 NumberTable::internVoice(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice) {
        return 0;
    }
    return internInPool(m_voiceConfigs, m_voiceIds, hashVoice(*voice), voice,
                        [](const auto &a, const auto &b) { return sameVoice(*a, *b); });
}

void NumberTable::indexPools()
{
    m_stringIds.clear();
    m_stringIds.reserve(m_strings.size());
    for (qsizetype i = 1; i < m_strings.size(); ++i) {
        m_stringIds.insert(m_strings.at(i), quint32(i));
    }
    m_capabilityIds.clear();
    for (qsizetype i = 1; i < m_capabilityLists.size(); ++i) {
        m_capabilityIds.insert(hashEnums(m_capabilityLists.at(i), 0), quint32(i));
    }
    m_smsIds.clear();
    for (size_t i = 1; i < m_smsConfigs.size(); ++i) {
        m_smsIds.insert(hashSms(*m_smsConfigs[i]), quint32(i));
    }
    m_voiceIds.clear();
    for (size_t i = 1; i < m_voiceConfigs.size(); ++i) {
        m_voiceIds.insert(hashVoice(*m_voiceConfigs[i]), quint32(i));
    }
}

NumberTable::Row NumberTable::makeRow(const ActiveNumber &n)
{
    Row r;
    r.numberKey = numberKeyOf(n.phoneNumber);
    r.priceKey = priceKeyOf(n.money);
    r.nextChargeMs = msOf(n.nextChargeDate);
    r.expireMs = msOf(n.expireAt);
    r.projectId = intern(n.projectId);
    r.regionCode = intern(n.regionCode);
    r.type = intern(n.type.wire());
    r.currency = intern(n.money.currencyCode);
    r.amount = intern(n.money.amount);
    r.callbackUrl = intern(n.callbackUrl);
    r.capabilities = internCapabilities(n.capabilities);
    r.sms = internSms(n.smsConfiguration);
    r.voice = internVoice(n.voiceConfiguration);
    r.paymentIntervalMonths = n.paymentIntervalMonths;
    r.capabilityMask = quint8(capabilityMask(n.capabilities));
    r.provisioningRank = quint8(provisioningRank(n.smsConfiguration, n.voiceConfiguration));
    r.hasExtras = !n.extra.isEmpty() || !isPlainUtc(n.nextChargeDate) || !isPlainUtc(n.expireAt);
    return r;
}

namespace {

NumberTable::RowExtras extrasOf(const ActiveNumber &n)
{
    NumberTable::RowExtras extras;
    extras.extra = n.extra;
    if (!isPlainUtc(n.nextChargeDate)) {
        extras.nextChargeDate = n.nextChargeDate;
    }
    if (!isPlainUtc(n.expireAt)) {
        extras.expireAt = n.expireAt;
    }
    return extras;
}

} // namespace

quint32 NumberTable::appendText(const QString &text)
{
    const auto at = quint32(m_text.size());
    m_text += text;
    return at;
}

void NumberTable::ensureIndex() const
{
    if (!m_indexDeferred) {
        return;
    }
    m_indexDeferred = false;
    m_byKey.reserve(size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        index(m_rows[i], int(i));
    }
}

void NumberTable::index(const Row &row, int at) const
{
    if (row.numberKey >= 0) {
        m_byKey.insert(row.numberKey, at);
    } else {
        m_byIrregularNumber.insert(phone(row).toString(), at);
    }
}

int NumberTable::append(const ActiveNumber &number)
{
    ++m_revision;
    Row row = makeRow(number);
    row.phoneAt = appendText(number.phoneNumber);
    row.phoneLength = quint32(number.phoneNumber.size());
    row.nameAt = appendText(number.displayName);
    row.nameLength = quint32(number.displayName.size());
    const int at = int(m_rows.size());
    if (row.hasExtras) {
        m_extras.insert(at, extrasOf(number));
    }
    ensureIndex();
    index(row, at);
    if (row.numberKey < 0) {
        ++m_irregularNumbers;
    }
    if (!m_searchTextDirty) {
        appendSearchText(row, m_numberText, m_foldedText);
    }
    m_rows.push_back(row);
    return at;
}

void NumberTable::replace(qsizetype row, const ActiveNumber &number)
{
    ++m_revision;
    Row fresh = makeRow(number);
    Row &old = m_rows[size_t(row)];
    // Same number: its text and its place in the index stay.
    fresh.phoneAt = old.phoneAt;
    fresh.phoneLength = old.phoneLength;
    fresh.numberKey = old.numberKey;
    if (name(old) == number.displayName) {
        fresh.nameAt = old.nameAt;
        fresh.nameLength = old.nameLength;
    } else {
        fresh.nameAt = appendText(number.displayName);
        fresh.nameLength = quint32(number.displayName.size());
        m_searchTextDirty = true;
    }
    m_extras.remove(int(row));
    if (fresh.hasExtras) {
        m_extras.insert(int(row), extrasOf(number));
    }
    old = fresh;
}

void NumberTable::appendSearchText(const Row &row, QByteArray &numberText, QByteArray &foldedText) const
{
    appendSearchLine(numberText, phone(row));
    appendSearchLine(foldedText, name(row).toString().toCaseFolded());
}

void NumberTable::rebuildSearchText() const
{
    if (!m_searchTextDirty) {
        return;
    }
    m_numberText.clear();
    m_foldedText.clear();
    for (const Row &row : m_rows) {
        appendSearchText(row, m_numberText, m_foldedText);
    }
    m_searchTextDirty = false;
}

bool NumberTable::adoptSearchText(SearchText text)
{
    if (text.revision != m_revision || !m_searchTextDirty || text.numberText.count('\n') != size()
        || text.foldedText.count('\n') != size()) {
        return false;
    }
    m_numberText = std::move(text.numberText);
    m_foldedText = std::move(text.foldedText);
    m_searchTextDirty = false;
    return true;
}

void NumberTable::deferSearchText() const
{
    m_numberText = QByteArray();
    m_foldedText = QByteArray();
    m_searchTextDirty = true;
}

const QByteArray &NumberTable::numberText() const
{
    rebuildSearchText();
    return m_numberText;
}

const QByteArray &NumberTable::foldedText() const
{
    rebuildSearchText();
    return m_foldedText;
}

} // namespace nd
