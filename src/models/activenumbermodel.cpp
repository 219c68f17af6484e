// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Too long (issue 17, still open): this file holds the model's row store (pools, interning), its sort and find
// index and the Qt model API. The split into those three is owed and not done yet.
#include "activenumbermodel.h"

#include "displaytext.h"
#include "itemroles.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "sortvalue.h"

#include <QByteArrayMatcher>
#include <QFont>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <limits>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcModel, "numberdesk.models.active", QtWarningMsg)

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

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
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

bool matchesPattern(const QString &e164, const NumberPattern &pattern)
{
    if (pattern.isEmpty()) {
        return true;
    }
    // A START pattern normally carries the '+' and country code (docs/api.md §4.1); accept it without.
    QString p = pattern.pattern;
    const QString digits = e164.mid(1);
    switch (pattern.searchPattern.value()) {
    case SearchPattern::Value::Start:
        return e164.startsWith(p) || digits.startsWith(p);
    case SearchPattern::Value::End:
        return e164.endsWith(p);
    case SearchPattern::Value::Contains:
    case SearchPattern::Value::Unknown:
        break;
    }
    return e164.contains(p);
}

} // namespace

ActiveNumberModel::ActiveNumberModel(NumbersClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_strings{QString()}
    , m_capabilityLists{QList<Capability>()}
    , m_smsConfigs(1)
    , m_voiceConfigs(1)
{
    resetPaging();
}

ActiveNumberModel::~ActiveNumberModel()
{
    ++m_generation;
    if (m_call) {
        m_call->cancel();
    }
}

int ActiveNumberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActiveNumberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveNumberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return PhoneNumber::format(r.phoneNumber);
        case DisplayNameColumn:
            return r.displayName;
        case RegionColumn:
            return str(r.regionCode);
        case TypeColumn:
            return DisplayText::numberType(NumberType::fromWire(str(r.type)));
        case CapabilitiesColumn:
            return DisplayText::capabilities(m_capabilityLists.at(r.capabilities));
        case MonthlyPriceColumn: {
            const Money money{str(r.currency), str(r.amount)};
            return money.isEmpty() ? QString() : DisplayText::recurringPrice(money, r.paymentIntervalMonths);
        }
        case NextChargeColumn:
            return r.nextChargeMs != noDate() ? DisplayText::dateTime(rebuild(r).nextChargeDate) : QString();
        case ExpiryColumn:
            return r.expireMs != noDate() ? tr("Releasing on %1").arg(DisplayText::dateTime(rebuild(r).expireAt))
                                          : QString();
        case SmsColumn:
            return DisplayText::smsSummary(m_smsConfigs[r.sms]);
        case VoiceColumn:
            return DisplayText::voiceSummary(m_voiceConfigs[r.voice]);
        case ProvisioningColumn:
            return r.provisioningRank == 0 ? QString() : DisplayText::provisioningSummary(rebuild(r));
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NumberColumn:
            return r.phoneNumber;
        case DisplayNameColumn:
            return r.displayName;
        case RegionColumn:
            return str(r.regionCode);
        case TypeColumn:
            return str(r.type);
        case CapabilitiesColumn:
            return int(r.capabilityMask);
        case MonthlyPriceColumn:
            return SortValue::fromMoney(Money{str(r.currency), str(r.amount)});
        case NextChargeColumn:
            return rebuild(r).nextChargeDate;
        case ExpiryColumn:
            return rebuild(r).expireAt;
        case SmsColumn:
            return DisplayText::smsSummary(m_smsConfigs[r.sms]);
        case VoiceColumn:
            return DisplayText::voiceSummary(m_voiceConfigs[r.voice]);
        case ProvisioningColumn:
            return int(r.provisioningRank);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NumberColumn:
            return r.phoneNumber;
        case ExpiryColumn:
            return r.expireMs != noDate()
                ? tr("The release is registered: the number stays yours until %1, then returns to the inventory.")
                      .arg(DisplayText::dateTime(rebuild(r).expireAt))
                : QVariant();
        case ProvisioningColumn:
        case VoiceColumn:
        case SmsColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::FontRole:
        if (r.expireMs != noDate()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MonthlyPriceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case KeyRole:
        return r.phoneNumber;
    case RecordRole:
        return QVariant::fromValue(rebuild(r));
    default:
        return {};
    }
}

QVariant ActiveNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DisplayNameColumn:
        return tr("Display name");
    case RegionColumn:
        return tr("Region");
    case TypeColumn:
        return tr("Type");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case MonthlyPriceColumn:
        return tr("Recurring price");
    case NextChargeColumn:
        return tr("Next charge");
    case ExpiryColumn:
        return tr("Expiry");
    case SmsColumn:
        return tr("SMS");
    case VoiceColumn:
        return tr("Voice");
    case ProvisioningColumn:
        return tr("Provisioning");
    default:
        return {};
    }
}

bool ActiveNumberModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_call && hasMorePages();
}

void ActiveNumberModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    ActiveNumberQuery page = m_query;
    page.type = m_types.at(m_typeIndex);
    page.pageSize = m_query.pageSize.value_or(m_pageSize);
    page.pageToken = m_nextToken;
    const quint64 generation = m_generation;
    m_call = m_client->listActiveNumbers(page, this, [this, generation](const Result<ActiveNumbersPage> &result) {
        if (generation != m_generation) {
            return; // a reply for a query that was replaced or cancelled
        }
        m_call.clear();
        if (!result) {
            m_failed = true;
            Q_EMIT loadingChanged(false);
            if (!result.error().isCancelled()) {
                qCDebug(lcModel) << "listing active numbers failed:" << result.error().detail;
                Q_EMIT requestFailed(result.error());
            }
            return;
        }
        const ActiveNumbersPage &p = result.value();
        if (p.totalSize >= 0) {
            m_totals[m_typeIndex] = p.totalSize;
        } else if (m_totals.at(m_typeIndex) < 0) {
            m_totals[m_typeIndex] = 0;
        }
        if (p.hasNextPage()) {
            m_nextToken = p.nextPageToken;
        } else {
            m_nextToken.clear();
            ++m_typeIndex;
        }
        const int before = int(m_rows.size());
        appendRows(p.activeNumbers);
        const int added = int(m_rows.size()) - before;
        Q_EMIT loadingChanged(false);
        Q_EMIT countsChanged(loadedCount(), totalCount());
        Q_EMIT pageLoaded(added);
        // A view asks for more only when rows arrive; an empty page (or the end of one type) must not stall.
        if (added == 0 && canFetchMore({})) {
            fetchMore({});
        }
    });
    Q_EMIT loadingChanged(true);
}

void ActiveNumberModel::setQuery(const ActiveNumberQuery &query)
{
    m_local = false;
    m_query = query;
    m_query.pageToken.clear();
    reload();
}

void ActiveNumberModel::setPageSize(int pageSize)
{
    m_pageSize = std::max(1, pageSize);
}

void ActiveNumberModel::reload()
{
    clear();
    fetchMore({});
    probeTotals();
}

void ActiveNumberModel::probeTotals()
{
    if (!m_client) {
        return;
    }
    const quint64 generation = m_generation;
    for (int i = 1; i < m_types.size(); ++i) {
        ActiveNumberQuery probe = m_query;
        probe.type = m_types.at(i);
        probe.pageSize = 1;
        probe.pageToken.clear();
        m_probes << m_client->listActiveNumbers(probe, this, [this, generation, i](const Result<ActiveNumbersPage> &r) {
            if (generation != m_generation || !r || r.value().totalSize < 0) {
                return; // a failed probe only leaves the total unknown; paging reports real errors
            }
            if (m_totals.at(i) < 0) {
                m_totals[i] = r.value().totalSize;
                Q_EMIT countsChanged(loadedCount(), totalCount());
            }
        });
    }
}

void ActiveNumberModel::cancel()
{
    if (!m_call) {
        return;
    }
    ++m_generation;
    QPointer<PendingCall> call = m_call;
    m_call.clear();
    // Paging stops here; reload() starts again from the first page.
    m_failed = true;
    call->cancel();
    Q_EMIT loadingChanged(false);
}

void ActiveNumberModel::clear()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    if (m_call) {
        QPointer<PendingCall> call = m_call;
        m_call.clear();
        call->cancel();
    }
    for (const QPointer<PendingCall> &probe : std::as_const(m_probes)) {
        if (probe) {
            probe->cancel();
        }
    }
    m_probes.clear();
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowByNumber.clear();
    m_rowByNumber.squeeze();
    m_strings = QStringList{QString()};
    m_stringIds.clear();
    m_capabilityLists = {QList<Capability>()};
    m_capabilityIds.clear();
    m_smsConfigs.assign(1, std::nullopt);
    m_smsIds.clear();
    m_voiceConfigs.assign(1, std::nullopt);
    m_voiceIds.clear();
    m_irregularNumbers = 0;
    m_numberText = QByteArray();
    m_foldedText = QByteArray();
    m_searchTextDirty = false;
    resetPaging();
    endResetModel();
    if (wasLoading) {
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT countsChanged(0, -1);
}

void ActiveNumberModel::beginLocal()
{
    m_query = ActiveNumberQuery();
    clear();
    m_local = true;
    Q_EMIT countsChanged(0, 0);
}

void ActiveNumberModel::appendLocal(const QList<ActiveNumber> &numbers)
{
    if (!m_local) {
        return;
    }
    appendRows(numbers);
    Q_EMIT countsChanged(loadedCount(), totalCount());
}

void ActiveNumberModel::resetPaging()
{
    m_types.clear();
    if (m_query.type.isEmpty()) {
        m_types = {NumberType(NumberType::Value::Mobile), NumberType(NumberType::Value::Local),
                   NumberType(NumberType::Value::TollFree)};
    } else {
        m_types = {m_query.type};
    }
    m_typeIndex = 0;
    m_nextToken.clear();
    m_totals = QVector<qint64>(m_types.size(), -1);
    m_localAdded = 0;
    m_failed = false;
}

bool ActiveNumberModel::isLoading() const
{
    return !m_call.isNull();
}

bool ActiveNumberModel::hasMorePages() const
{
    return !m_local && !m_failed && m_typeIndex < m_types.size();
}

qint64 ActiveNumberModel::totalCount() const
{
    if (m_local) {
        return loadedCount();
    }
    qint64 sum = 0;
    bool any = false;
    for (qint64 t : m_totals) {
        if (t >= 0) {
            sum += t;
            any = true;
        }
    }
    return any ? sum + m_localAdded : -1;
}

bool ActiveNumberModel::isTotalExact() const
{
    if (m_local) {
        return true;
    }
    return std::all_of(m_totals.cbegin(), m_totals.cend(), [](qint64 t) { return t >= 0; });
}

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
    const size_t hash = hashEnums(capabilities, 0);
    for (auto it = m_capabilityIds.constFind(hash); it != m_capabilityIds.cend() && it.key() == hash; ++it) {
        if (sameEnums(m_capabilityLists.at(*it), capabilities)) {
            return *it;
        }
    }
    const auto id = quint32(m_capabilityLists.size());
    m_capabilityLists.append(capabilities);
    m_capabilityIds.insert(hash, id);
    return id;
}

quint32 ActiveNumberModel::internSms(const std::optional<SmsConfiguration> &sms)
{
    if (!sms) {
        return 0;
    }
    const size_t hash = hashSms(*sms);
    for (auto it = m_smsIds.constFind(hash); it != m_smsIds.cend() && it.key() == hash; ++it) {
        if (sameSms(*m_smsConfigs[*it], *sms)) {
            return *it;
        }
    }
    const auto id = quint32(m_smsConfigs.size());
    m_smsConfigs.push_back(sms);
    m_smsIds.insert(hash, id);
    return id;
}

quint32 ActiveNumberModel::internVoice(const std::optional<VoiceConfiguration> &voice)
{
    if (!voice) {
        return 0;
    }
    const size_t hash = hashVoice(*voice);
    for (auto it = m_voiceIds.constFind(hash); it != m_voiceIds.cend() && it.key() == hash; ++it) {
        if (sameVoice(*m_voiceConfigs[*it], *voice)) {
            return *it;
        }
    }
    const auto id = quint32(m_voiceConfigs.size());
    m_voiceConfigs.push_back(voice);
    m_voiceIds.insert(hash, id);
    return id;
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

void ActiveNumberModel::appendRows(const QList<ActiveNumber> &numbers)
{
    // A number may already be here: rented in this window (upsertNumber) before its page arrived.
    std::vector<Row> fresh;
    fresh.reserve(size_t(numbers.size()));
    QHash<QString, int> freshIndex; // a page listing a number twice keeps the last copy
    for (const ActiveNumber &n : numbers) {
        const int existing = rowOf(n.phoneNumber);
        if (existing >= 0) {
            replaceRow(existing, n);
            if (m_localAdded > 0) {
                --m_localAdded; // the server's total now counts it
            }
            continue;
        }
        const auto dup = freshIndex.constFind(n.phoneNumber);
        if (dup != freshIndex.cend()) {
            fresh[size_t(dup.value())] = makeRow(n);
            continue;
        }
        freshIndex.insert(n.phoneNumber, int(fresh.size()));
        fresh.push_back(makeRow(n));
    }
    if (fresh.empty()) {
        return;
    }
    const int first = int(m_rows.size());
    // Into an empty model (a whole mirror at once): a reset, so a view or proxy sorts once, not row by row.
    const bool reset = first == 0;
    if (reset) {
        beginResetModel();
    } else {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
    }
    // No reserve(size + n) here: that would reallocate and move every row on every page. The vector
    // grows geometrically on its own.
    for (Row &row : fresh) {
        m_rowByNumber.insert(row.phoneNumber, int(m_rows.size()));
        if (row.numberKey < 0) {
            ++m_irregularNumbers;
        }
        if (!m_searchTextDirty) {
            appendSearchText(row);
        }
        m_rows.push_back(std::move(row));
    }
    if (reset) {
        endResetModel();
    } else {
        endInsertRows();
    }
}

void ActiveNumberModel::replaceRow(int row, const ActiveNumber &number)
{
    Row fresh = makeRow(number);
    Row &old = m_rows[size_t(row)];
    m_irregularNumbers += int(fresh.numberKey < 0) - int(old.numberKey < 0);
    if (fresh.displayName != old.displayName || fresh.regionCode != old.regionCode) {
        m_searchTextDirty = true;
    }
    fresh.phoneNumber = old.phoneNumber; // same number; keeps sharing the hash key's data
    old = std::move(fresh);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ActiveNumberModel::rowOf(const QString &e164) const
{
    return m_rowByNumber.value(e164, -1);
}

bool ActiveNumberModel::matchesQuery(const ActiveNumber &n) const
{
    if (!m_query.regionCode.isEmpty() && n.regionCode != m_query.regionCode) {
        return false;
    }
    if (!m_query.type.isEmpty() && n.type != m_query.type) {
        return false;
    }
    for (const Capability &c : m_query.capabilities) {
        if (!n.capabilities.contains(c)) {
            return false;
        }
    }
    return matchesPattern(n.phoneNumber, m_query.pattern);
}

bool ActiveNumberModel::upsertNumber(const ActiveNumber &number)
{
    const int row = rowOf(number.phoneNumber);
    if (row >= 0) {
        replaceRow(row, number);
        return true;
    }
    if (!matchesQuery(number)) {
        return false;
    }
    ++m_localAdded;
    appendRows({number});
    Q_EMIT countsChanged(loadedCount(), totalCount());
    return true;
}

bool ActiveNumberModel::updateNumber(const ActiveNumber &number)
{
    const int row = rowOf(number.phoneNumber);
    if (row < 0) {
        return false;
    }
    replaceRow(row, number);
    return true;
}

bool ActiveNumberModel::markReleased(const ActiveNumber &number)
{
    // The number stays listed until expireAt (docs/api.md §4.8): the row shows "Releasing on ...".
    return updateNumber(number);
}

int ActiveNumberModel::compareTie(const Row &a, const Row &b) const
{
    if (a.numberKey >= 0 && b.numberKey >= 0) {
        return threeWay(a.numberKey, b.numberKey); // same order as the strings, without touching them
    }
    return a.phoneNumber.compare(b.phoneNumber);
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
        return a.displayName.compare(b.displayName, Qt::CaseInsensitive);
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
        return a.sms == b.sms ? 0 : smsPlanOf(m_smsConfigs[a.sms]).compare(smsPlanOf(m_smsConfigs[b.sms]));
    case VoiceColumn: {
        if (a.voice == b.voice) {
            return 0;
        }
        const auto &va = m_voiceConfigs[a.voice];
        const auto &vb = m_voiceConfigs[b.voice];
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
    const Row &a = m_rows[size_t(leftRow)];
    const Row &b = m_rows[size_t(rightRow)];
    int c = compareColumn(a, b, column);
    if (c == 0) {
        c = compareTie(a, b); // stable, predictable ties
    }
    return c < 0;
}

// The rank of every pooled string in string order, for a Row member holding an m_strings index.
std::vector<qint64> ActiveNumberModel::poolRanks(quint32 Row::*member) const
{
    std::vector<quint32> used;
    std::vector<bool> seen(size_t(m_strings.size()), false);
    for (const Row &r : m_rows) {
        const quint32 id = r.*member;
        if (!seen[id]) {
            seen[id] = true;
            used.push_back(id);
        }
    }
    std::sort(used.begin(), used.end(), [this](quint32 a, quint32 b) { return str(a).compare(str(b)) < 0; });
    std::vector<qint64> ranks(size_t(m_strings.size()), 0);
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
    std::vector<QString> texts(count);
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
    // One contiguous array of integer keys: sorting never chases a row's strings (lessThan() order).
    std::vector<SortKey> keys(rows.size());
    std::vector<qint64> primaryRanks;
    std::vector<qint64> secondaryRanks;
    std::vector<qint64> tieRanks;
    const size_t count = m_rows.size();
    switch (column) {
    case DisplayNameColumn:
        primaryRanks = textRanks(count, [this](size_t i) { return m_rows[i].displayName; },
                                 [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive); });
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
        primaryRanks = textRanks(count, [this](size_t i) { return smsPlanOf(m_smsConfigs[m_rows[i].sms]); },
                                 [](const QString &a, const QString &b) { return a.compare(b); });
        break;
    case VoiceColumn:
        primaryRanks = textRanks(count, [this](size_t i) { return voiceTypeOf(m_voiceConfigs[m_rows[i].voice]); },
                                 [](const QString &a, const QString &b) { return a.compare(b); });
        secondaryRanks = textRanks(count, [this](size_t i) { return voiceIdOf(m_voiceConfigs[m_rows[i].voice]); },
                                   [](const QString &a, const QString &b) { return a.compare(b); });
        break;
    default:
        break;
    }
    if (m_irregularNumbers > 0) {
        tieRanks = textRanks(count, [this](size_t i) { return m_rows[i].phoneNumber; },
                             [](const QString &a, const QString &b) { return a.compare(b); });
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        const Row &r = m_rows[size_t(row)];
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
    const Row &r = m_rows[size_t(row)];
    if (!digits.isEmpty() && r.phoneNumber.contains(digits)) {
        return true;
    }
    if (text.isEmpty()) {
        return false;
    }
    return r.displayName.toCaseFolded().contains(text.toCaseFolded());
}

void ActiveNumberModel::matchRows(const QString &text, const QString &digits, std::vector<quint8> &accepted) const
{
    rebuildSearchText();
    accepted.assign(m_rows.size(), 0);
    auto mark = [&accepted](int row) {
        if (size_t(row) < accepted.size()) {
            accepted[size_t(row)] = 1;
        }
    };
    if (!digits.isEmpty()) {
        forEachLineContaining(m_numberText, digits.toUtf8(), mark);
    }
    if (!text.isEmpty()) {
        const QByteArray needle = text.toCaseFolded().toUtf8();
        if (!needle.contains('\n')) {
            forEachLineContaining(m_foldedText, needle, mark);
        }
    }
}

} // namespace nd
