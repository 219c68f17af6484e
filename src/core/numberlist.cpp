// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberlist.h"

#include "phonenumber.h"

#include <QSet>

namespace nd {

namespace {

// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes; no line breaks inside).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

} // namespace

NumberList NumberList::parse(const QString &text, const QString &defaultRegion)
{
    NumberList list;
    QSet<QString> seen;
    int csvColumn = -1;
    bool headerSeen = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xFEFF))) {
            line = line.mid(1).trimmed();
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (!headerSeen) {
            headerSeen = true;
            const QStringList header = csvFields(line);
            for (int c = 0; c < header.size(); ++c) {
                if (header.at(c).compare(QLatin1String("phoneNumber"), Qt::CaseInsensitive) == 0) {
                    csvColumn = c;
                }
            }
            if (csvColumn >= 0) {
                continue;
            }
        }
        QString value = line;
        if (csvColumn >= 0) {
            const QStringList fields = csvFields(line);
            if (csvColumn >= fields.size() || fields.at(csvColumn).isEmpty()) {
                list.problems.append({i + 1, line, tr("the phoneNumber column is empty")});
                continue;
            }
            value = fields.at(csvColumn);
        }
        const Result<QString> e164 = defaultRegion.isEmpty() ? PhoneNumber::normalize(value)
                                                             : PhoneNumber::normalize(value, defaultRegion);
        if (!e164) {
            list.problems.append({i + 1, line, e164.error().userMessage});
            continue;
        }
        if (seen.contains(e164.value())) {
            ++list.duplicates;
            continue;
        }
        seen.insert(e164.value());
        list.numbers.append(e164.value());
    }
    return list;
}

} // namespace nd
