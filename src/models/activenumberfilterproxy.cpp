// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberfilterproxy.h"

#include "activenumbermodel.h"
#include "findquery.h"
#include "itemroles.h"
#include "sortvalue.h"

#include <algorithm>
#include <numeric>

namespace nd {

namespace {

// More ranges than this in one batch of appended rows are announced as one layout change instead.
constexpr size_t maxInsertRanges = 32;
// From this many rows inserted at once, the order is computed again as a whole.
constexpr int bulkInsertRows = 2000;

} // namespace

ActiveNumberFilterProxy::ActiveNumberFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

ActiveNumberFilterProxy::~ActiveNumberFilterProxy() = default;

void ActiveNumberFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_active = qobject_cast<ActiveNumberModel *>(model);
    if (model) {
        auto resetStart = [this] { beginResetModel(); };
        auto resetEnd = [this] { sourceReset(); };
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, resetStart),
            connect(model, &QAbstractItemModel::modelReset, this, resetEnd),
            connect(model, &QAbstractItemModel::rowsInserted, this, &ActiveNumberFilterProxy::sourceRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &ActiveNumberFilterProxy::sourceRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ActiveNumberFilterProxy::sourceRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &tl, const QModelIndex &br) { sourceDataChanged(tl, br); }),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] { sourceLayoutAboutToBeChanged(); }),
            connect(model, &QAbstractItemModel::layoutChanged, this, [this] { sourceLayoutChanged(); }),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal) {
                            Q_EMIT headerDataChanged(orientation, first, last);
                        } else if (!m_visible.empty()) {
                            Q_EMIT headerDataChanged(orientation, 0, int(m_visible.size()) - 1);
                        }
                    }),
            // Rare for a flat model: start again.
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, resetStart),
            connect(model, &QAbstractItemModel::rowsMoved, this, resetEnd),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, resetStart),
            connect(model, &QAbstractItemModel::columnsInserted, this, resetEnd),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, resetStart),
            connect(model, &QAbstractItemModel::columnsRemoved, this, resetEnd),
            connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, resetStart),
            connect(model, &QAbstractItemModel::columnsMoved, this, resetEnd),
            connect(model, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_active.clear();
                        m_order.clear();
                        m_accepted.clear();
                        m_visible.clear();
                        m_proxyOfSourceDirty = true;
                        endResetModel();
                    }),
        };
    }
    computeAccepted();
    computeOrder();
    rebuildVisible();
    endResetModel();
}

void ActiveNumberFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    // One rule (core's FindQuery): "+1 (206) 555" finds +1206555...; "Warehouse 73" is text only.
    m_digits = FindQuery::parse(trimmed).digits;
    // Only the accepted flags change; the sort order stays (no re-sort on a keystroke).
    std::vector<quint8> previous = std::move(m_accepted);
    computeAccepted();
    if (m_accepted == previous) {
        return;
    }
    std::vector<quint8> next = std::move(m_accepted);
    m_accepted = std::move(previous);
    beginLayout(QAbstractItemModel::NoLayoutChangeHint);
    m_accepted = std::move(next);
    rebuildVisible();
    endLayout(QAbstractItemModel::NoLayoutChangeHint);
}

QModelIndex ActiveNumberFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_visible.size()) || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex ActiveNumberFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ActiveNumberFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ActiveNumberFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ActiveNumberFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ActiveNumberFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty() && columnCount() > 0;
}

QModelIndex ActiveNumberFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() >= int(m_visible.size())) {
        return {};
    }
    return sourceModel()->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ActiveNumberFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()) {
        return {};
    }
    ensureProxyOfSource();
    const int row = sourceIndex.row();
    if (row < 0 || row >= int(m_proxyOfSource.size()) || m_proxyOfSource[size_t(row)] < 0) {
        return {};
    }
    return index(m_proxyOfSource[size_t(row)], sourceIndex.column());
}

QVariant ActiveNumberFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel()) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return sourceModel()->headerData(section, orientation, role); // columns are the source's
    }
    if (section < 0 || section >= int(m_visible.size())) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    return sourceModel()->headerData(m_visible[size_t(section)], orientation, role);
}

void ActiveNumberFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return; // the order is kept up to date as rows arrive and change
    }
    beginLayout(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    computeOrder();
    rebuildVisible();
    endLayout(QAbstractItemModel::VerticalSortHint);
}

bool ActiveNumberFilterProxy::accepts(int sourceRow) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    if (m_active) {
        return m_active->rowMatches(sourceRow, m_text, m_digits);
    }
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool ActiveNumberFilterProxy::sourceLessThan(int left, int right) const
{
    if (m_sortOrder == Qt::DescendingOrder) {
        std::swap(left, right);
    }
    if (m_active) {
        return m_active->lessThan(left, right, m_sortColumn);
    }
    const QAbstractItemModel *model = sourceModel();
    return SortValue::lessThan(model->index(left, m_sortColumn).data(SortRole),
                               model->index(right, m_sortColumn).data(SortRole));
}

void ActiveNumberFilterProxy::computeAccepted()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_text.isEmpty()) {
        m_accepted.assign(size_t(count), 1);
    } else if (m_active) {
        m_active->matchRows(m_text, m_digits, m_accepted);
    } else {
        m_accepted.assign(size_t(count), 0);
        for (int row = 0; row < count; ++row) {
            m_accepted[size_t(row)] = accepts(row) ? 1 : 0;
        }
    }
}

void ActiveNumberFilterProxy::computeOrder()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(count));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= columnCount() || count < 2) {
        return;
    }
    if (m_active) {
        m_active->sortRows(m_order, m_sortColumn, m_sortOrder);
        return;
    }
    // Any other model: its SortRole values, fetched once per row.
    std::vector<QVariant> keys(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        keys[size_t(row)] = sourceModel()->index(row, m_sortColumn).data(SortRole);
    }
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&keys](int a, int b) { return SortValue::lessThan(keys[size_t(a)], keys[size_t(b)]); });
    } else {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&keys](int a, int b) { return SortValue::lessThan(keys[size_t(b)], keys[size_t(a)]); });
    }
}

void ActiveNumberFilterProxy::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_accepted[size_t(row)]) {
            m_visible.push_back(row);
        }
    }
    m_proxyOfSourceDirty = true;
}

void ActiveNumberFilterProxy::ensureProxyOfSource() const
{
    if (!m_proxyOfSourceDirty) {
        return;
    }
    m_proxyOfSource.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i) {
        m_proxyOfSource[size_t(m_visible[i])] = int(i);
    }
    m_proxyOfSourceDirty = false;
}

void ActiveNumberFilterProxy::insertIntoOrder(const std::vector<int> &sortedRows)
{
    if (m_sortColumn < 0) {
        // Source order: the new rows are contiguous and m_order is the identity.
        if (!sortedRows.empty()) {
            m_order.insert(m_order.begin() + sortedRows.front(), sortedRows.begin(), sortedRows.end());
        }
        return;
    }
    std::vector<int> merged;
    merged.reserve(m_order.size() + sortedRows.size());
    auto from = m_order.begin();
    for (const int row : sortedRows) {
        const auto at = std::upper_bound(from, m_order.end(), row, [this](int a, int b) { return sourceLessThan(a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.end());
    m_order = std::move(merged);
}

void ActiveNumberFilterProxy::beginLayout(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceRows.clear();
    m_layoutSourceRows.reserve(size_t(m_layoutProxyIndexes.size()));
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes)) {
        const int row = index.row();
        m_layoutSourceRows.push_back(row >= 0 && row < int(m_visible.size()) ? m_visible[size_t(row)] : -1);
    }
}

void ActiveNumberFilterProxy::endLayout(QAbstractItemModel::LayoutChangeHint hint)
{
    ensureProxyOfSource();
    QModelIndexList to;
    to.reserve(m_layoutProxyIndexes.size());
    for (qsizetype i = 0; i < m_layoutProxyIndexes.size(); ++i) {
        const int source = m_layoutSourceRows[size_t(i)];
        const int row = source >= 0 && source < int(m_proxyOfSource.size()) ? m_proxyOfSource[size_t(source)] : -1;
        to << (row >= 0 ? index(row, m_layoutProxyIndexes.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceRows.clear();
    Q_EMIT layoutChanged({}, hint);
}

void ActiveNumberFilterProxy::sourceReset()
{
    computeAccepted();
    computeOrder();
    rebuildVisible();
    endResetModel();
}

void ActiveNumberFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || first > last) {
        return;
    }
    const int count = last - first + 1;
    // Source rows at and after `first` moved down: renumber them first, so the proxy stays consistent while
    // it announces the new rows.
    if (first < int(m_accepted.size())) {
        auto shift = [first, count](int &row) {
            if (row >= first) {
                row += count;
            }
        };
        std::for_each(m_order.begin(), m_order.end(), shift);
        std::for_each(m_visible.begin(), m_visible.end(), shift);
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    m_proxyOfSourceDirty = true;
    // Many rows at once (a batch of the mirror): the whole order again from the model's integer sort keys is
    // cheaper than placing each row by comparisons.
    if (m_active && count >= bulkInsertRows) {
        beginLayout(QAbstractItemModel::NoLayoutChangeHint);
        computeAccepted();
        computeOrder();
        rebuildVisible();
        endLayout(QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    if (m_sortColumn >= 0) {
        std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return sourceLessThan(a, b); });
    }
    std::vector<int> shown;
    for (const int row : fresh) {
        if (accepts(row)) {
            m_accepted[size_t(row)] = 1;
            shown.push_back(row);
        }
    }
    // Where each shown row goes in the current proxy rows (before any is inserted).
    std::vector<size_t> places;
    places.reserve(shown.size());
    for (const int row : shown) {
        const auto at = m_sortColumn < 0
            ? std::lower_bound(m_visible.begin(), m_visible.end(), row)
            : std::upper_bound(m_visible.begin(), m_visible.end(), row, [this](int a, int b) { return sourceLessThan(a, b); });
        places.push_back(size_t(at - m_visible.begin()));
    }
    size_t ranges = 0;
    for (size_t i = 0; i < places.size(); ++i) {
        ranges += (i == 0 || places[i] != places[i - 1]) ? 1 : 0;
    }
    if (ranges > maxInsertRanges) {
        insertIntoOrder(fresh);
        beginLayout(QAbstractItemModel::NoLayoutChangeHint);
        rebuildVisible();
        endLayout(QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    insertIntoOrder(fresh);
    size_t inserted = 0;
    for (size_t i = 0; i < shown.size();) {
        size_t end = i + 1;
        while (end < shown.size() && places[end] == places[i]) {
            ++end;
        }
        const int at = int(places[i] + inserted);
        beginInsertRows({}, at, at + int(end - i) - 1);
        m_visible.insert(m_visible.begin() + at, shown.begin() + qsizetype(i), shown.begin() + qsizetype(end));
        m_proxyOfSourceDirty = true;
        endInsertRows();
        inserted += end - i;
        i = end;
    }
}

void ActiveNumberFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_pending = Pending::None;
    if (parent.isValid() || first > last) {
        return;
    }
    ensureProxyOfSource();
    std::vector<int> rows;
    for (int source = first; source <= last && source < int(m_proxyOfSource.size()); ++source) {
        if (m_proxyOfSource[size_t(source)] >= 0) {
            rows.push_back(m_proxyOfSource[size_t(source)]);
        }
    }
    std::sort(rows.begin(), rows.end());
    m_removeSignalled = false;
    if (rows.empty() || rows.back() - rows.front() + 1 == int(rows.size())) {
        m_pending = Pending::Remove;
        if (!rows.empty()) {
            beginRemoveRows({}, rows.front(), rows.back());
            m_removeSignalled = true;
        }
    } else {
        m_pending = Pending::Layout;
        beginLayout(QAbstractItemModel::NoLayoutChangeHint);
    }
}

void ActiveNumberFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || first > last || m_pending == Pending::None) {
        return;
    }
    const int count = last - first + 1;
    auto gone = [first, last](int row) { return row >= first && row <= last; };
    auto renumber = [first, last, count](int &row) {
        if (row > last) {
            row -= count;
        } else if (row >= first) {
            row = -1;
        }
    };
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), gone), m_order.end());
    m_visible.erase(std::remove_if(m_visible.begin(), m_visible.end(), gone), m_visible.end());
    std::for_each(m_order.begin(), m_order.end(), renumber);
    std::for_each(m_visible.begin(), m_visible.end(), renumber);
    const int end = std::min(last + 1, int(m_accepted.size()));
    if (first < end) {
        m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + end);
    }
    m_proxyOfSourceDirty = true;
    const Pending pending = m_pending;
    m_pending = Pending::None;
    if (pending == Pending::Layout) {
        std::for_each(m_layoutSourceRows.begin(), m_layoutSourceRows.end(), renumber);
        endLayout(QAbstractItemModel::NoLayoutChangeHint);
    } else if (m_removeSignalled) {
        m_removeSignalled = false;
        endRemoveRows();
    }
}

void ActiveNumberFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid()) {
        return;
    }
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), int(m_accepted.size()) - 1);
    if (first > last) {
        return;
    }
    const int leftColumn = topLeft.column();
    const int rightColumn = bottomRight.column();
    if (first != last) {
        // Several rows: work out everything again in one layout change.
        beginLayout(QAbstractItemModel::NoLayoutChangeHint);
        for (int row = first; row <= last; ++row) {
            m_accepted[size_t(row)] = accepts(row) ? 1 : 0;
        }
        computeOrder();
        rebuildVisible();
        endLayout(QAbstractItemModel::NoLayoutChangeHint);
        if (!m_visible.empty()) {
            Q_EMIT dataChanged(index(0, leftColumn), index(int(m_visible.size()) - 1, rightColumn));
        }
        return;
    }
    const int row = first;
    ensureProxyOfSource();
    const int wasAt = m_proxyOfSource[size_t(row)];
    const bool accepted = accepts(row);
    bool moved = false;
    if (m_sortColumn >= 0) {
        // Take the row out of the order and put it back where its new values belong.
        const auto it = std::find(m_order.begin(), m_order.end(), row);
        const auto oldPlace = it - m_order.begin();
        m_order.erase(it);
        const auto at = std::upper_bound(m_order.begin(), m_order.end(), row,
                                         [this](int a, int b) { return sourceLessThan(a, b); });
        moved = (at - m_order.begin()) != oldPlace;
        m_order.insert(at, row);
    }
    if (wasAt >= 0 && accepted) {
        if (moved) {
            beginLayout(QAbstractItemModel::VerticalSortHint);
            rebuildVisible();
            endLayout(QAbstractItemModel::VerticalSortHint);
            ensureProxyOfSource();
        }
        const int at = m_proxyOfSource[size_t(row)];
        Q_EMIT dataChanged(index(at, leftColumn), index(at, rightColumn));
    } else if (wasAt >= 0) {
        beginRemoveRows({}, wasAt, wasAt);
        m_accepted[size_t(row)] = 0;
        m_visible.erase(m_visible.begin() + wasAt);
        m_proxyOfSourceDirty = true;
        endRemoveRows();
    } else if (accepted) {
        m_accepted[size_t(row)] = 1;
        std::vector<int> visible;
        visible.reserve(m_visible.size() + 1);
        int at = -1;
        for (const int r : m_order) {
            if (r == row) {
                at = int(visible.size());
            }
            if (m_accepted[size_t(r)]) {
                visible.push_back(r);
            }
        }
        m_accepted[size_t(row)] = 0;
        beginInsertRows({}, at, at);
        m_accepted[size_t(row)] = 1;
        m_visible = std::move(visible);
        m_proxyOfSourceDirty = true;
        endInsertRows();
    }
}

void ActiveNumberFilterProxy::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes)) {
        m_layoutSourceIndexes << QPersistentModelIndex(mapToSource(index));
    }
}

void ActiveNumberFilterProxy::sourceLayoutChanged()
{
    computeAccepted();
    computeOrder();
    rebuildVisible();
    ensureProxyOfSource();
    QModelIndexList to;
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes)) {
        to << mapFromSource(source);
    }
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged();
}

} // namespace nd
