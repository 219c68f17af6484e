// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QVariant>

#include <vector>

namespace nd {

class ActiveNumberModel;

// Local sort and text filter over the active numbers already loaded (server-side filters live in the
// ActiveNumberModel's query). The filter matches the number's digits, the display name or the region,
// case-insensitively. Works over any flat (table) model; over an ActiveNumberModel it sorts from the
// model's precomputed integer keys and filters from its pre-folded search text, so sorting or filtering
// 100,000 rows takes milliseconds. Over any other model it sorts by SortRole (SortValue::lessThan) and
// filters on the display text of every column.
//
// Not a QSortFilterProxyModel: that one re-evaluates every row and signals every changed range to the view
// on each filter change, which is quadratic at inventory scale. Here the proxy keeps every source row in
// sort order (m_order) plus one accepted flag per source row; a filter change only recomputes the flags and
// walks m_order once, and is announced as one layout change (persistent indexes, hence the selection, follow
// their rows; rows filtered out lose theirs), as QSortFilterProxyModel::invalidate() does. Sorting is also a
// layout change and never happens on a filter change. Rows the source appends are merged into the sort
// order (binary search) and announced as row insertions.
class ActiveNumberFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveNumberFilterProxy)

public:
    explicit ActiveNumberFilterProxy(QObject *parent = nullptr);
    ~ActiveNumberFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The source rows shown, in the proxy's order (proxy row i is source row visibleSourceRows()[i]).
    const std::vector<int> &visibleSourceRows() const { return m_visible; }

private:
    bool accepts(int sourceRow) const;
    bool sourceLessThan(int left, int right) const; // in the current sort order (column and direction)
    void computeAccepted();
    void computeOrder();
    void rebuildVisible();
    void ensureProxyOfSource() const;
    void insertIntoOrder(const std::vector<int> &sortedRows);
    // A layout change: beginLayout() emits layoutAboutToBeChanged and notes which source row each persistent
    // index shows (m_layoutSourceRows, which the caller remaps when source rows move); endLayout() points
    // them at those rows' new places (or nowhere) and emits layoutChanged.
    void beginLayout(QAbstractItemModel::LayoutChangeHint hint);
    void endLayout(QAbstractItemModel::LayoutChangeHint hint);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    QPointer<ActiveNumberModel> m_active;
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    QString m_digits;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order;       // every source row, in sort order (source order when unsorted)
    std::vector<quint8> m_accepted; // per source row: passes the filter
    std::vector<int> m_visible;     // proxy row -> source row
    mutable std::vector<int> m_proxyOfSource; // source row -> proxy row or -1; rebuilt lazily
    mutable bool m_proxyOfSourceDirty = true;

    // Pending state between a source's "about to" signal and its "done" signal.
    enum class Pending { None, Remove, Layout };
    Pending m_pending = Pending::None;
    QModelIndexList m_layoutProxyIndexes;
    std::vector<int> m_layoutSourceRows;
    QList<QPersistentModelIndex> m_layoutSourceIndexes; // for a source layout change
    bool m_removeSignalled = false;
};

} // namespace nd
