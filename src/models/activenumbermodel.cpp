// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ActiveNumberModel, part 1 of 2: the Qt model API (data, headers, paging over the API, local rows, and the
// results of NumberDesk's own actions). The rows are a NumberTable (core); the sort and find index is in
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
    return parent.isValid() ? 0 : int(m_table.size());
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
    const Row &r = m_table.row(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return PhoneNumber::format(m_table.phone(r).toString());
        case DisplayNameColumn:
            return m_table.name(r).toString();
        case RegionColumn:
            return str(r.regionCode);
        case TypeColumn:
            return DisplayText::numberType(NumberType::fromWire(str(r.type)));
        case CapabilitiesColumn:
            return DisplayText::capabilities(m_table.capabilityList(r.capabilities));
        case MonthlyPriceColumn: {
            const Money money{str(r.currency), str(r.amount)};
            return money.isEmpty() ? QString() : DisplayText::recurringPrice(money, r.paymentIntervalMonths);
        }
        case NextChargeColumn:
            return r.nextChargeMs != noDate() ? DisplayText::dateTime(m_table.number(index.row()).nextChargeDate) : QString();
        case ExpiryColumn:
            return r.expireMs != noDate() ? tr("Releasing on %1").arg(DisplayText::dateTime(m_table.number(index.row()).expireAt))
                                          : QString();
        case SmsColumn:
            return DisplayText::smsSummary(m_table.sms(r.sms));
        case VoiceColumn:
            return DisplayText::voiceSummary(m_table.voice(r.voice));
        case ProvisioningColumn:
            return r.provisioningRank == 0 ? QString() : DisplayText::provisioningSummary(m_table.number(index.row()));
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NumberColumn:
            return m_table.phone(r).toString();
        case DisplayNameColumn:
            return m_table.name(r).toString();
        case RegionColumn:
            return str(r.regionCode);
        case TypeColumn:
            return str(r.type);
        case CapabilitiesColumn:
            return int(r.capabilityMask);
        case MonthlyPriceColumn:
            return SortValue::fromMoney(Money{str(r.currency), str(r.amount)});
        case NextChargeColumn:
            return m_table.number(index.row()).nextChargeDate;
        case ExpiryColumn:
            return m_table.number(index.row()).expireAt;
        case SmsColumn:
            return DisplayText::smsSummary(m_table.sms(r.sms));
        case VoiceColumn:
            return DisplayText::voiceSummary(m_table.voice(r.voice));
        case ProvisioningColumn:
            return int(r.provisioningRank);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NumberColumn:
            return m_table.phone(r).toString();
        case ExpiryColumn:
            return r.expireMs != noDate()
                ? tr("The release is registered: the number stays yours until %1, then returns to the inventory.")
                      .arg(DisplayText::dateTime(m_table.number(index.row()).expireAt))
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
        return m_table.phone(r).toString();
    case RecordRole:
        return QVariant::fromValue(m_table.number(index.row()));
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
        const int before = int(m_table.size());
        appendRows(p.activeNumbers);
        const int added = int(m_table.size()) - before;
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
    replaceTable(NumberTable());
    Q_EMIT countsChanged(0, -1);
}

void ActiveNumberModel::replaceTable(NumberTable table)
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
    m_table = std::move(table);
    resetPaging();
    endResetModel();
    if (wasLoading) {
        Q_EMIT loadingChanged(false);
    }
}

void ActiveNumberModel::beginLocal()
{
    m_query = ActiveNumberQuery();
    clear();
    m_local = true;
    Q_EMIT countsChanged(0, 0);
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
    // A number may already be here: rented in this window (upsertNumber) before its page arrived. A page that
    // lists a number twice keeps the last copy.
    QList<ActiveNumber> fresh;
    QHash<QString, qsizetype> freshIndex;
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
            fresh[dup.value()] = n;
            continue;
        }
        freshIndex.insert(n.phoneNumber, fresh.size());
        fresh.append(n);
    }
    if (fresh.empty()) {
        return;
    }
    const int first = int(m_table.size());
    // Into an empty model: a reset, so a view or proxy sorts once, not row by row.
    const bool reset = first == 0;
    if (reset) {
        beginResetModel();
    } else {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
    }
    for (const ActiveNumber &n : std::as_const(fresh)) {
        m_table.append(n);
    }
    if (reset) {
        endResetModel();
    } else {
        endInsertRows();
    }
}

void ActiveNumberModel::setLocalTable(NumberTable table)
{
    m_query = ActiveNumberQuery();
    m_local = true;
    replaceTable(std::move(table));
    Q_EMIT countsChanged(loadedCount(), totalCount());
}

void ActiveNumberModel::replaceRow(int row, const ActiveNumber &number)
{
    m_table.replace(row, number);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ActiveNumber ActiveNumberModel::number(int row) const
{
    return row >= 0 && row < int(m_table.size()) ? m_table.number(row) : ActiveNumber{};
}

QString ActiveNumberModel::phoneNumber(int row) const
{
    return row >= 0 && row < int(m_table.size()) ? m_table.phone(m_table.row(row)).toString() : QString();
}

Money ActiveNumberModel::price(int row) const
{
    if (row < 0 || row >= int(m_table.size())) {
        return {};
    }
    const Row &r = m_table.row(row);
    return Money{str(r.currency), str(r.amount)};
}

quint64 ActiveNumberModel::priceGroup(int row) const
{
    if (row < 0 || row >= int(m_table.size())) {
        return 0;
    }
    const Row &r = m_table.row(row);
    return (quint64(r.amount) << 32) | quint64(r.currency);
}

int ActiveNumberModel::paymentIntervalMonths(int row) const
{
    return row >= 0 && row < int(m_table.size()) ? m_table.row(row).paymentIntervalMonths : 0;
}

int ActiveNumberModel::rowOf(const QString &e164) const
{
    return m_table.rowOf(e164);
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
