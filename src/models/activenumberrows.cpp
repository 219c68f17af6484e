// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ActiveNumberModel, part 2 of 3: the row store. Each row keeps its number, display name and integer sort keys;
// values many rows share live once in pools (interned by a hash of their fields), and the full ActiveNumber is
// rebuilt on demand. The search buffers are kept here too.
#include "activenumbermodel.h"

#include <algorithm>
#include <limits>

namespace nd {

namespace {

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
qint64 numberKeyOf(const QString &e164)
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

// The line a row contributes to a search buffer: no separator can occur inside it.
QByteArray searchLine(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\n', ' ');
    bytes.replace('\x1f', ' ');
    return bytes;
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

ActiveNumber ActiveNumberModel::number(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? rebuild(m_rows[size_t(row)]) : ActiveNumber{};
}

QString ActiveNumberModel::phoneNumber(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].phoneNumber : QString();
}

Money ActiveNumberModel::price(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return {};
    }
    const Row &r = m_rows[size_t(row)];
    return Money{str(r.currency), str(r.amount)};
}

quint64 ActiveNumberModel::priceGroup(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return 0;
    }
    const Row &r = m_rows[size_t(row)];
    return (quint64(r.amount) << 32) | quint64(r.currency);
}

int ActiveNumberModel::paymentIntervalMonths(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].paymentIntervalMonths : 0;
}

ActiveNumber ActiveNumberModel::rebuild(const Row &r) const
{
    ActiveNumber n;
    n.phoneNumber = r.phoneNumber;
    n.projectId = str(r.projectId);
    n.displayName = r.displayName;
    n.regionCode = str(r.regionCode);
    n.type = NumberType::fromWire(str(r.type));
    n.capabilities = m_capabilityLists.at(r.capabilities);
    n.money = Money{str(r.currency), str(r.amount)};
    n.paymentIntervalMonths = r.paymentIntervalMonths;
    if (r.extras && r.extras->nextChargeDate) {
        n.nextChargeDate = *r.extras->nextChargeDate;
    } else if (r.nextChargeMs != noDate()) {
        n.nextChargeDate = QDateTime::fromMSecsSinceEpoch(r.nextChargeMs, Qt::UTC);
    }
    if (r.extras && r.extras->expireAt) {
        n.expireAt = *r.extras->expireAt;
    } else if (r.expireMs != noDate()) {
        n.expireAt = QDateTime::fromMSecsSinceEpoch(r.expireMs, Qt::UTC);
    }
    n.smsConfiguration = m_smsConfigs[r.sms];
    n.voiceConfiguration = m_voiceConfigs[r.voice];
    n.callbackUrl = str(r.callbackUrl);
    if (r.extras) {
        n.extra = r.extras->extra;
    }
    return n;
}

quint32 ActiveNumberModel::intern(const QString &text)
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

quint32 ActiveNumberModel::internCapabilities(const QList<Capability> &capabilities)
{
    if (capabilities.isEmpty()) {
        return 0;
    }
    return internInPool(m_capabilityLists, m_capabilityIds, hashEnums(capabilities, 0), capabilities,
                        [](const QList<Capability> &a, const QList<Capability> &b) { return sameEnums(a, b); });
}

quint32 ActiveNumberModel::internSms(const std::optional<SmsConfiguration> &sms)
{
    if (!sms) {
        return 0;
    }
    return internInPool(m_smsConfigs, m_smsIds, hashSms(*sms), sms,
                        [](const auto &a, const auto &b) { return sameSms(*a, *b); });
}

quint32 ActiveNumberModel::internVoice(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice) {
        return 0;
    }
    return internInPool(m_voiceConfigs, m_voiceIds, hashVoice(*voice), voice,
                        [](const auto &a, const auto &b) { return sameVoice(*a, *b); });
}

ActiveNumberModel::Row ActiveNumberModel::makeRow(const ActiveNumber &n)
{
    Row r;
    r.phoneNumber = n.phoneNumber;
    r.displayName = n.displayName;
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
    if (!n.extra.isEmpty() || !isPlainUtc(n.nextChargeDate) || !isPlainUtc(n.expireAt)) {
        r.extras = std::make_unique<RowExtras>();
        r.extras->extra = n.extra;
        if (!isPlainUtc(n.nextChargeDate)) {
            r.extras->nextChargeDate = n.nextChargeDate;
        }
        if (!isPlainUtc(n.expireAt)) {
            r.extras->expireAt = n.expireAt;
        }
    }
    return r;
}

void ActiveNumberModel::appendSearchText(const Row &row)
{
    m_numberText += searchLine(row.phoneNumber);
    m_numberText += '\n';
    m_foldedText += searchLine(row.displayName.toCaseFolded());
    m_foldedText += '\n';
}

void ActiveNumberModel::rebuildSearchText() const
{
    if (!m_searchTextDirty) {
        return;
    }
    auto *self = const_cast<ActiveNumberModel *>(this); // the buffers are a cache
    self->m_numberText.clear();
    self->m_foldedText.clear();
    for (const Row &row : m_rows) {
        self->appendSearchText(row);
    }
    m_searchTextDirty = false;
}

} // namespace nd
