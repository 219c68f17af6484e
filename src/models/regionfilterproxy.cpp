// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionfilterproxy.h"

#include "itemroles.h"
#include "apitypes.h"
#include "sortvalue.h"

namespace nd {

RegionFilterProxy::RegionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

RegionFilterProxy::~RegionFilterProxy() = default;

void RegionFilterProxy::setAcceptedTypes(const QList<NumberType> &types)
{
    if (types == m_types) {
        return;
    }
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the way to re-run filterAcceptsRow().
    m_types = types;
    invalidateFilter();
}

bool RegionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto region = index.data(RecordRole).value<AvailableRegion>();
    for (const NumberType &type : region.types) {
        if (m_types.contains(type)) {
            return true;
        }
    }
    return false;
}

bool RegionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return SortValue::lessThan(left.data(sortRole()), right.data(sortRole()));
}

} // namespace nd
