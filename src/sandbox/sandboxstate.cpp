// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstate.h"

#include "jsonwriter.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace nd::sandbox {

namespace {

qint64 addMonths(qint64 ms, int months)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).addMonths(months).toMSecsSinceEpoch();
}

} // namespace

SandboxState::SandboxState(QObject *parent)
    : QObject(parent)
    , m_projectId(QStringLiteral("sandbox-project"))
{
    reset(1, 0);
}

SandboxState::~SandboxState() = default;

quint64 SandboxState::nextRandom()
{
    m_rng += 0x9e3779b97f4a7c15ULL;
    return mix64(m_rng);
}

qint64 SandboxState::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

void SandboxState::advanceClock(qint64 ms)
{
    m_clockOffsetMs += ms;
    sweepExpired();
}

void SandboxState::touch()
{
    ++m_generation;
    Q_EMIT changed();
}

QString SandboxState::scopeOf(NumberType type, const QString &regionCode)
{
    const QString t = QLatin1String(numberTypeName(type));
    return regionCode.isEmpty() ? t : t + QLatin1Char('|') + regionCode;
}

void SandboxState::index(const ActiveNumberRecord &r)
{
    for (const QString &scope : {scopeOf(r.type, QString()), scopeOf(r.type, r.regionCode)}) {
        m_byPhone.insert({scope, r.phoneNumber, r.phoneNumber, &r});
        m_byName.insert({scope, r.displayName, r.phoneNumber, &r});
        ++m_scopeCounts[scope];
    }
}

void SandboxState::unindex(const ActiveNumberRecord &r)
{
    for (const QString &scope : {scopeOf(r.type, QString()), scopeOf(r.type, r.regionCode)}) {
        m_byPhone.erase({scope, r.phoneNumber, r.phoneNumber, nullptr});
        m_byName.erase({scope, r.displayName, r.phoneNumber, nullptr});
        --m_scopeCounts[scope];
    }
}

void SandboxState::insertRecord(ActiveNumberRecord r)
{
    ++m_rentedPerInventory[scopeOf(r.type, r.regionCode)];
    if (r.expireAtMs != 0)
        m_expiries.emplace(r.expireAtMs, r.phoneNumber);
    else if (r.nextChargeMs != 0)
        m_renewals.emplace(r.nextChargeMs, r.phoneNumber);
    const QString key = r.phoneNumber;
    auto existing = m_records.find(key);
    if (existing != m_records.end())
        unindex(existing->second);
    // Indexed once stored: the index keys point at the record in the map.
    index(m_records.insert_or_assign(key, std::move(r)).first->second);
}

void SandboxState::removeRecord(const QString &e164)
{
    auto it = m_records.find(e164);
    if (it == m_records.end())
        return;
    unindex(it->second);
    --m_rentedPerInventory[scopeOf(it->second.type, it->second.regionCode)];
    m_failPlan.remove(e164);
    m_records.erase(it);
}

void SandboxState::reset(quint64 seed, int activeCount)
{
    m_seed = seed;
    m_rng = mix64(seed ^ 0x4e756d6265724465ULL);
    m_clockOffsetMs = 0;
    m_records.clear();
    m_byPhone.clear();
    m_byName.clear();
    m_scopeCounts.clear();
    m_rentedPerInventory.clear();
    m_expiries.clear();
    m_renewals.clear();
    m_failPlan.clear();
    m_matchCache.clear();
    m_requestCounts.clear();
    m_statusCounts.clear();
    m_totalRequests = 0;

    seedProject(activeCount); // inventoryseed.cpp
    touch();
}

const ActiveNumberRecord *SandboxState::activeNumber(const QString &e164) const
{
    auto it = m_records.find(e164);
    return it == m_records.end() ? nullptr : &it->second;
}

QList<ActiveNumberRecord> SandboxState::activeNumbers() const
{
    QList<ActiveNumberRecord> out;
    out.reserve(static_cast<qsizetype>(m_records.size()));
    for (const auto &entry : m_records)
        out.append(entry.second);
    return out;
}

ActivePage SandboxState::listActive(const ActiveListQuery &query, const std::optional<ActiveCursor> &after,
                                    int pageSize)
{
    ActivePage page;
    const std::set<IndexKey> &index = query.orderByDisplayName ? m_byName : m_byPhone;
    const QString scope = scopeOf(query.type, query.regionCode);
    const bool filtered = !query.pattern.isEmpty() || query.capabilities != 0;

    // Only a START pattern looks at the country code (to skip it).
    const bool needsCountryCode = query.pattern.position == SearchPosition::Start;
    QHash<QString, int> ccLength;
    auto matches = [&](const ActiveNumberRecord &r) {
        if ((r.capabilities & query.capabilities) != query.capabilities)
            return false;
        if (query.pattern.isEmpty())
            return true;
        if (!needsCountryCode)
            return query.pattern.matches(r.phoneNumber, 0);
        auto it = ccLength.find(r.regionCode);
        if (it == ccLength.end()) {
            const RegionInfo *region = Catalogue::instance().region(r.regionCode);
            it = ccLength.insert(r.regionCode, region ? static_cast<int>(region->countryCode.size()) : 0);
        }
        return query.pattern.matches(r.phoneNumber, *it);
    };
    // The scope's keys are contiguous: find where they end once, rather than compare every key's scope.
    const auto scopeBegin = index.lower_bound({scope, QString(), QString(), nullptr});
    const auto scopeEnd = index.lower_bound({scope + QChar(0), QString(), QString(), nullptr});
    page.items.reserve(static_cast<size_t>(qMin(pageSize, 1000)));

    if (!filtered) {
        page.totalSize = m_scopeCounts.value(scope);
        auto it = after ? index.upper_bound({scope, after->sortKey, after->phoneNumber, nullptr}) : scopeBegin;
        for (; it != scopeEnd; ++it) {
            if (static_cast<int>(page.items.size()) == pageSize) {
                page.hasMore = true;
                break;
            }
            page.items.push_back(it->record);
        }
        return page;
    }

    // A filtered walk (the mirror's sync asks for ten of them per type, one per last digit) would pass about ten
    // keys of other numbers for each one it returns, and count the whole scope for totalSize on every page. The
    // matching keys are collected once per state generation (any change invalidates them) and paged from there.
    const QString cacheKey = scope + QLatin1Char('\n') + query.pattern.pattern + QLatin1Char('\n') +
                             QString::number(static_cast<int>(query.pattern.position)) + QLatin1Char('\n') +
                             QString::number(query.capabilities) +
                             QLatin1String(query.orderByDisplayName ? "\nd" : "\np");
    auto cached = m_matchCache.find(cacheKey);
    if (cached == m_matchCache.end() || cached->generation != m_generation) {
        if (m_matchCache.size() >= MaxCachedMatchLists)
            m_matchCache.clear();
        MatchCacheEntry entry;
        entry.generation = m_generation;
        for (auto it = scopeBegin; it != scopeEnd; ++it) {
            if (matches(*it->record))
                entry.keys.push_back(&*it);
        }
        cached = m_matchCache.insert(cacheKey, std::move(entry));
    }
    const std::vector<const IndexKey *> &keys = cached->keys;
    page.totalSize = static_cast<int>(keys.size());
    auto it = keys.begin();
    if (after) {
        const IndexKey bound{scope, after->sortKey, after->phoneNumber, nullptr};
        it = std::upper_bound(keys.begin(), keys.end(), bound,
                              [](const IndexKey &b, const IndexKey *key) { return b < *key; });
    }
    for (; it != keys.end(); ++it) {
        if (static_cast<int>(page.items.size()) == pageSize) {
            page.hasMore = true;
            break;
        }
        page.items.push_back((*it)->record);
    }
    return page;
}

bool SandboxState::renewIfDue(ActiveNumberRecord &r, qint64 now)
{
    if (r.expireAtMs != 0 || r.nextChargeMs == 0 || r.nextChargeMs > now)
        return false;
    // Whole intervals from the current date: the smallest k >= 1 with next + k * interval > now. Computed in one
    // step (a clock moved by ten years must not cost 120 date additions per number).
    const int interval = qMax(1, r.paymentIntervalMonths);
    const QDate next = QDateTime::fromMSecsSinceEpoch(r.nextChargeMs, QTimeZone::utc()).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    const int months = (today.year() - next.year()) * 12 + (today.month() - next.month());
    int k = qMax(1, months / interval);
    while (addMonths(r.nextChargeMs, k * interval) <= now)
        ++k;
    while (k > 1 && addMonths(r.nextChargeMs, (k - 1) * interval) > now)
        --k;
    r.nextChargeMs = addMonths(r.nextChargeMs, k * interval);
    m_renewals.emplace(r.nextChargeMs, r.phoneNumber);
    return true;
}

void SandboxState::sweepExpired()
{
    const qint64 now = nowMs();
    bool any = false;
    while (!m_renewals.empty() && m_renewals.begin()->first <= now) {
        const auto [when, phone] = *m_renewals.begin();
        m_renewals.erase(m_renewals.begin());
        auto it = m_records.find(phone);
        if (it != m_records.end() && it->second.nextChargeMs == when)
            any = renewIfDue(it->second, now) || any;
    }
    while (!m_expiries.empty() && m_expiries.begin()->first <= now) {
        const auto [when, phone] = *m_expiries.begin();
        m_expiries.erase(m_expiries.begin());
        const ActiveNumberRecord *r = activeNumber(phone);
        if (r && r->expireAtMs == when) {
            removeRecord(phone);
            any = true;
        }
    }
    if (any)
        touch();
}

bool SandboxState::isAvailable(const QString &e164) const
{
    return Catalogue::instance().find(e164).block && m_records.find(e164) == m_records.end();
}

std::optional<AvailableNumber> SandboxState::availableNumber(const QString &e164) const
{
    const Catalogue::Match match = Catalogue::instance().find(e164);
    if (!match.block || m_records.find(e164) != m_records.end())
        return std::nullopt;
    return Catalogue::describe(*match.region, *match.block, e164);
}

qint64 SandboxState::availableCount(const QString &regionCode, NumberType type) const
{
    return Catalogue::instance().inventorySize(regionCode, type) -
           m_rentedPerInventory.value(scopeOf(type, regionCode));
}

QList<AvailableNumber> SandboxState::searchAvailable(const RegionInfo &region, NumberType type,
                                                     const NumberPattern &pattern, int capabilities, int size) const
{
    return Catalogue::instance().search(region, type, pattern, capabilities, size, m_seed,
                                        [this](const QString &n) { return m_records.find(n) != m_records.end(); });
}

const ActiveNumberRecord &SandboxState::rent(const AvailableNumber &number, const ConfigChange &change)
{
    ActiveNumberRecord r;
    r.phoneNumber = number.phoneNumber;
    r.regionCode = number.regionCode;
    r.type = number.type;
    r.capabilities = number.capabilities;
    r.money = number.monthlyPrice;
    r.paymentIntervalMonths = number.paymentIntervalMonths;
    r.nextChargeMs = addMonths(nowMs(), qMax(1, number.paymentIntervalMonths));
    ConfigChange withoutName = change;
    withoutName.displayName.reset(); // rent has no displayName
    const QString key = r.phoneNumber;
    insertRecord(std::move(r));
    applyChange(m_records.at(key), withoutName);
    touch();
    return m_records.at(key);
}

const ActiveNumberRecord &SandboxState::update(const QString &e164, const ConfigChange &change)
{
    ActiveNumberRecord &r = m_records.at(e164);
    const bool rename = change.displayName && *change.displayName != r.displayName;
    if (rename)
        unindex(r);
    applyChange(r, change);
    if (rename)
        index(r);
    touch();
    return r;
}

const ActiveNumberRecord &SandboxState::release(const QString &e164)
{
    ActiveNumberRecord &r = m_records.at(e164);
    if (r.expireAtMs == 0) {
        // §7.5: the release takes effect at the end of the paid period, which is always in the future.
        const qint64 now = nowMs();
        renewIfDue(r, now);
        r.expireAtMs = r.nextChargeMs > now ? r.nextChargeMs : addMonths(now, 1);
        m_expiries.emplace(r.expireAtMs, e164);
        touch();
    }
    return r;
}

void SandboxState::setEmergencyAddress(const QString &e164, const QString &displayName, const EmergencyAddress &address)
{
    ActiveNumberRecord &r = m_records.at(e164);
    r.emergencyAddress = address;
    r.emergencyDisplayName = displayName;
    touch();
}

bool SandboxState::clearEmergencyAddress(const QString &e164)
{
    ActiveNumberRecord &r = m_records.at(e164);
    if (!r.emergencyAddress)
        return false;
    r.emergencyAddress.reset();
    r.emergencyDisplayName.clear();
    touch();
    return true;
}

void SandboxState::setHmacSecret(const QString &secret)
{
    m_hmacSecret = secret;
    touch();
}

void SandboxState::countRequest(const QString &operation, int status)
{
    ++m_requestCounts[operation];
    ++m_statusCounts[status];
    ++m_totalRequests;
}

} // namespace nd::sandbox
