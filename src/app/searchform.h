// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests.h"

#include <QString>

class QComboBox;

namespace nd {

// What both number forms (Available and Active) share: digit patterns as people type them and the combo
// boxes of number types and pattern positions.
namespace SearchForm {

// The number type stored as item data of `combo` (its wire name), or an empty type for "All types".
NumberType typeAt(const QComboBox *combo);
// The pattern position stored as item data of `combo`.
SearchPattern positionAt(const QComboBox *combo);
// "Starting with", "Containing" (current), "Ending with".
void fillPositions(QComboBox *combo);

// The pattern without the separators people type: spaces, dashes, parentheses.
QString compactPattern(const QString &text);
// Digits, optionally after one leading '+' (START patterns carry the country code, docs/api.md §4.1).
bool isValidPattern(const QString &pattern);

// When `pattern` starts with '+' and its digits cannot begin a number of `regionCode` (another country
// calling code), that region's calling code ("44"); empty when the pattern fits or carries no country code.
QString mismatchedCallingCode(const QString &pattern, const QString &regionCode);

} // namespace SearchForm

} // namespace nd
