// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openenum.h"

#include "numbertypes.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace nd {

// Shows the regions of a RegionModel that offer ANY of the accepted number types (the UI's MOBILE / LOCAL /
// TOLL_FREE check boxes); no accepted type shows no region. Filtering is local rather than through the
// server's `types` parameter: the region list is short and loaded once, toggling a box then needs no round
// trip, and whether the server matches any or all of several `types` is undocumented (docs/api.md §4.13).
// Sorts by SortRole.
class RegionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionFilterProxy)

public:
    explicit RegionFilterProxy(QObject *parent = nullptr);
    ~RegionFilterProxy() override;

    void setAcceptedTypes(const QList<NumberType> &types);
    QList<NumberType> acceptedTypes() const { return m_types; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<NumberType> m_types = everyNumberType();
};

} // namespace nd
