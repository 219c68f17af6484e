// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilter.h"

#include <algorithm>

namespace nd {

bool InventoryFilter::isEmpty() const
{
    return regionCode.isEmpty() && !type && capabilities.isEmpty() && pattern.isEmpty() && nameContains.isEmpty()
        && !releasing;
}

bool InventoryFilter::matches(const ActiveNumber &n) const
{
    if (!regionCode.isEmpty() && n.regionCode.compare(regionCode, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (type && n.type != *type) {
        return false;
    }
    for (const Capability &c : capabilities) {
        if (!n.capabilities.contains(c)) {
            return false;
        }
    }
    if (releasing && n.isReleased() != *releasing) {
        return false;
    }
    if (!pattern.isEmpty()) {
        // The API matches patterns on the E.164 number; START patterns may include the +.
        QString digits = pattern.pattern;
        const bool withPlus = digits.startsWith(QLatin1Char('+'));
        const QStringView number = withPlus ? QStringView(n.phoneNumber) : QStringView(n.phoneNumber).mid(1);
        if (pattern.searchPattern == SearchPattern::Value::Contains) {
            if (!number.contains(digits)) {
                return false;
            }
        } else if (pattern.searchPattern == SearchPattern::Value::End) {
            if (!number.endsWith(digits)) {
                return false;
            }
        } else if (!number.startsWith(digits)) {
            return false;
        }
    }
    if (!nameContains.isEmpty() && !n.displayName.contains(nameContains, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

void sortInventory(QList<ActiveNumber> &numbers, InventorySort sort)
{
    const auto byNumber = [](const ActiveNumber &a, const ActiveNumber &b) { return a.phoneNumber < b.phoneNumber; };
    switch (sort) {
    case InventorySort::PhoneNumber:
        std::sort(numbers.begin(), numbers.end(), byNumber);
        return;
    case InventorySort::DisplayName:
        std::sort(numbers.begin(), numbers.end(), [&](const ActiveNumber &a, const ActiveNumber &b) {
            if (a.displayName.isEmpty() != b.displayName.isEmpty()) {
                return b.displayName.isEmpty();
            }
            const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : byNumber(a, b);
        });
        return;
    case InventorySort::Price:
        std::sort(numbers.begin(), numbers.end(), [&](const ActiveNumber &a, const ActiveNumber &b) {
            if (a.money.currencyCode != b.money.currencyCode) {
                return a.money.currencyCode < b.money.currencyCode;
            }
            const auto da = a.money.decimal();
            const auto db = b.money.decimal();
            if (da.has_value() != db.has_value()) {
                return da.has_value();
            }
            if (da && db && *da != *db) {
                return *da < *db;
            }
            return byNumber(a, b);
        });
        return;
    case InventorySort::NextCharge:
        std::sort(numbers.begin(), numbers.end(), [&](const ActiveNumber &a, const ActiveNumber &b) {
            if (a.nextChargeDate.isValid() != b.nextChargeDate.isValid()) {
                return a.nextChargeDate.isValid();
            }
            if (a.nextChargeDate != b.nextChargeDate) {
                return a.nextChargeDate < b.nextChargeDate;
            }
            return byNumber(a, b);
        });
        return;
    }
}

} // namespace nd
