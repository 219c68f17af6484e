// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Item roles shared by every model. Plain enums, not enum class: Qt's model API takes `int` roles.
namespace nd {

enum ItemDataRole {
    // The raw value a column sorts by: QString (E.164, codes, names), int, QDateTime, or nd::Decimal for
    // prices (exact, never a double). See SortValue::lessThan for comparing them.
    SortRole = Qt::UserRole + 1,
    // The whole record (nd::AvailableRegion, nd::AvailableNumber or nd::ActiveNumber) in a QVariant.
    RecordRole,
    // The phone number in E.164 (number rows) or the region code (region rows).
    KeyRole,
};

} // namespace nd
