// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QMetaType>
#include <QVariant>

Q_DECLARE_METATYPE(nd::Decimal)

namespace nd::SortValue {

// A SortRole value for a price: the exact Decimal, or an invalid QVariant when the amount does not parse
// (such rows sort first).
QVariant fromMoney(const Money &money);

// Orders two SortRole values: Decimal exactly, strings case-insensitively, and everything else as
// QSortFilterProxyModel would. An invalid value sorts before any valid one.
bool lessThan(const QVariant &left, const QVariant &right);

} // namespace nd::SortValue
