// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortvalue.h"

#include <QDateTime>

namespace nd::SortValue {

QVariant fromMoney(const Money &money)
{
    const auto value = money.decimal();
    if (!value) {
        return {};
    }
    return QVariant::fromValue(*value);
}

bool lessThan(const QVariant &left, const QVariant &right)
{
    if (!left.isValid() || !right.isValid()) {
        return !left.isValid() && right.isValid();
    }
    const int type = left.userType();
    if (type != right.userType()) {
        return type < right.userType();
    }
    if (type == qMetaTypeId<Decimal>()) {
        return left.value<Decimal>() < right.value<Decimal>();
    }
    switch (type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return left.toLongLong() < right.toLongLong();
    case QMetaType::QDateTime: {
        // An unset date (invalid QDateTime) sorts first.
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        if (!a.isValid() || !b.isValid()) {
            return !a.isValid() && b.isValid();
        }
        return a < b;
    }
    default:
        return left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0;
    }
}

} // namespace nd::SortValue
