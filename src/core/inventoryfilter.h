// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "requests.h"

#include <QList>
#include <QString>

#include <optional>

namespace nd {

// Which active numbers of the local inventory to show: the API's list filters (region, type, capability,
// number pattern) plus the ones the API does not have (name, releasing). Shared by the app's Active tab and
// `numberdesk-cli inventory list`, so both select exactly the same numbers. Unset members do not filter.
struct InventoryFilter
{
    QString regionCode;                 // exact, case-insensitive ("US")
    std::optional<NumberType> type;
    QList<Capability> capabilities;     // every one must be offered
    NumberPattern pattern;              // digits, START / CONTAINS / END on the E.164 number (a leading + allowed)
    QString nameContains;               // case-insensitive, in the display name
    std::optional<bool> releasing;      // true: only numbers with an expiry date; false: only the others

    bool isEmpty() const;
    bool matches(const ActiveNumber &number) const;
};

// How `inventory list --sort` and the app order numbers; ties are broken by phone number.
enum class InventorySort { PhoneNumber, DisplayName, Price, NextCharge };

// Sorts in place: by E.164 number; by display name (case-insensitive, unnamed last); by recurring price (exact
// decimals, grouped by currency); by next charge date (unknown last).
void sortInventory(QList<ActiveNumber> &numbers, InventorySort sort);

} // namespace nd
