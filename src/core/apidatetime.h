// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The API's date-time text (docs/api.md §3.6), read and written.
namespace nd::json {

// §3.6: accepts 0-9 fraction digits, 'Z', a ±hh:mm offset or no zone (then UTC). Invalid QDateTime for
// absent/empty/unparsable text.
QDateTime parseDateTime(const QString &text);
// ISO-8601 UTC with milliseconds and 'Z', or an empty string for an invalid date.
QString formatDateTime(const QDateTime &dateTime);

} // namespace nd::json
