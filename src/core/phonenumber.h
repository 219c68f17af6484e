// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace nd {

// E.164 handling (docs/api.md §3.4). Only a string for which isValidE164() holds may ever be put into
// a URL path, so no input can add '/', '?', '#', '..' or anything else to a path.
namespace PhoneNumber {

// Exactly ^\+[1-9]\d{1,14}$ (ASCII digits only).
bool isValidE164(const QString &text);

// Turns what people type into E.164, or a precise, translated Validation error:
//   "+1 (206) 555-0100" -> "+12065550100", "+46 70-123 45 67" -> "+46701234567",
//   "0046701234567" -> "+46701234567", "tel:+44..." accepted.
// Spaces, dots, dashes, slashes and parentheses are separators; anything else (letters, a second '+',
// control characters) is an error naming the offending character. A national number without a country
// code ("206 555 0100", "070-123 45 67") is an error that says so, unless `defaultRegion` (ISO 3166 code)
// says which country it is from. Numbers that cannot exist (a country code nobody has, too few or too many
// digits for that country: libphonenumber's metadata) are refused with the reason.
Result<QString> normalize(const QString &input);
Result<QString> normalize(const QString &input, const QString &defaultRegion);

// libphonenumber's international format for display ("+1 206-555-0100", "+46 70 123 45 67"); falls back to
// the input when it is not a number libphonenumber can parse, or when its format would not show every digit.
QString format(const QString &e164);

// The country calling code of a valid E.164 number ("1", "46", "44"), or empty.
QString countryCallingCode(const QString &e164);
// The ISO 3166 region of a valid E.164 number ("US", "SE"), or empty when it cannot be told.
QString regionCode(const QString &e164);
// The country calling code of an ISO 3166 region ("US" -> "1", "GB" -> "44"), or empty when unknown.
QString countryCallingCodeForRegion(const QString &regionCode);

} // namespace PhoneNumber

// Project ids go into every path: only [A-Za-z0-9_-], 1..128 characters.
bool isValidProjectId(const QString &projectId);

} // namespace nd
