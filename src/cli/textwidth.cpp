// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwidth.h"

#include <QList>

#include <utf8proc.h>

namespace nd::cli::TextWidth {

namespace {

bool isBidiControl(uint c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

int width(uint c)
{
    return qMax(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(c)));
}

const QString Ellipsis = QStringLiteral("…");

void append(QString &out, uint c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

} // namespace

QString sanitized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (isBidiControl(c)) {
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            out += QLatin1Char(' ');
            continue;
        }
        append(out, c);
    }
    return out;
}

int columns(const QString &text)
{
    int total = 0;
    for (const uint c : text.toUcs4()) {
        if (!isBidiControl(c)) {
            total += (c < 0x20 || (c >= 0x7F && c < 0xA0)) ? 1 : width(c);
        }
    }
    return total;
}

QString elided(const QString &text, int maxColumns)
{
    const QString clean = sanitized(text);
    if (columns(clean) <= maxColumns) {
        return clean;
    }
    if (maxColumns <= 0) {
        return {};
    }
    const int room = maxColumns - 1; // the ellipsis takes one column
    QString out;
    int used = 0;
    for (const uint c : clean.toUcs4()) {
        const int w = width(c);
        if (used + w > room) {
            break;
        }
        append(out, c);
        used += w;
    }
    return out + Ellipsis;
}

QString fitted(const QString &text, int maxColumns)
{
    QString out = elided(text, maxColumns);
    const int pad = maxColumns - columns(out);
    if (pad > 0) {
        out += QString(pad, QLatin1Char(' '));
    }
    return out;
}

} // namespace nd::cli::TextWidth
