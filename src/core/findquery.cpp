// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findquery.h"

namespace nd {

FindQuery FindQuery::parse(const QString &query)
{
    FindQuery out;
    out.text = query.trimmed();
    QString digits;
    for (int i = 0; i < out.text.size(); ++i) {
        const QChar c = out.text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        } else if (c == QLatin1Char('+') && digits.isEmpty()) {
            continue;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
                   || c == QLatin1Char(')')) {
            continue;
        } else {
            return out; // text: no digit matching
        }
    }
    out.digits = digits;
    return out;
}

bool FindQuery::matches(const QString &e164, const QString &displayName) const
{
    if (text.isEmpty()) {
        return false;
    }
    if (!digits.isEmpty() && e164.contains(digits)) {
        return true;
    }
    return displayName.contains(text, Qt::CaseInsensitive);
}

} // namespace nd
