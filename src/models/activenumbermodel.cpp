// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ActiveNumberModel, part 1 of 3: the Qt model API (data, headers, paging over the API, local rows, and the
// results of NumberDesk's own actions). The row store is in activenumberrows.cpp, the sort and find index in
// activenumberindex.cpp.
#include "activenumbermodel.h"

#include "numbertypes.h"

#include "displaytext.h"
#include "itemroles.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "sortvalue.h"

#include <QFont>
#include <QLoggingCategory>

#include <algorithm>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcModel, "numberdesk.models.active", QtWarningMsg)

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
        m_types = everyNumberType();
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

} // namespace nd
