// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Terminal text for the `table` format: how many columns a string takes, and how to make it safe and fit.
// Widths come from utf8proc's Unicode tables: East Asian Wide and Fullwidth characters take 2 columns,
// combining marks and other zero-width characters none.
namespace nd::cli::TextWidth {

// Control characters become spaces (they would break the layout or drive the terminal); bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F,
// U+061C) are removed, so a cell cannot reorder the columns after it.
QString sanitized(const QString &text);
// The number of terminal columns `text` takes (after sanitizing it).
int columns(const QString &text);
// `text` cut to at most `width` columns, ending in "…" when it was cut.
QString elided(const QString &text, int width);
// `text` padded with spaces to exactly `width` columns (cut first if it is wider).
QString fitted(const QString &text, int width);

} // namespace nd::cli::TextWidth
