// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nd {

// What the Active tab's find field looks for, one rule for every place that finds numbers by a typed text:
// a row matches when the whole query is found in its display name (case-insensitive), or, when the query is a
// number (digits with an optional leading +, spaces, dashes, dots or parentheses, e.g. "+1 206-555"), when
// the query's digits are found in the E.164 number. A mixed text such as "Warehouse 73" is searched as text
// only: its digits are not matched against numbers.
struct FindQuery
{
    QString text;   // trimmed query; empty matches nothing
    QString digits; // the query's digits when the query is a number, else empty

    static FindQuery parse(const QString &query);
    bool isEmpty() const { return text.isEmpty(); }
    bool matches(const QString &e164, const QString &displayName) const;
};

} // namespace nd
