// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apidatetime.h"

namespace nd::json {

namespace {

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
int digitsAt(const QString &s, qsizetype pos, int count)
{
    if (pos + count > s.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(pos + i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime parseDateTime(const QString &input)
{
    // Hand-written because the CLI parses several dates per number on 100,000-number listings.
    // Shape (§3.6): YYYY-MM-DDTHH:MM:SS, then an optional fraction of any length (cut to milliseconds), then
    // 'Z', a +hh:mm / -hh:mm / +hhmm offset, or nothing (UTC).
    const QString text = input.trimmed();
    if (text.size() < 19 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t')) || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':')) {
        return {};
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        return {};
    }
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && (text.at(pos) == QLatin1Char('.') || text.at(pos) == QLatin1Char(','))) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text.at(pos) >= QLatin1Char('0') && text.at(pos) <= QLatin1Char('9')) {
            if (digits < 3) {
                millis = millis * 10 + (text.at(pos).unicode() - u'0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            return {};
        }
        for (int i = digits; i < 3; ++i) {
            millis *= 10;
        }
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar zone = text.at(pos);
        if ((zone == QLatin1Char('Z') || zone == QLatin1Char('z')) && pos + 1 == text.size()) {
            // UTC
        } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
            const int oh = digitsAt(text, pos + 1, 2);
            qsizetype minutesAt = pos + 3;
            if (minutesAt < text.size() && text.at(minutesAt) == QLatin1Char(':')) {
                ++minutesAt;
            }
            const int om = digitsAt(text, minutesAt, 2);
            if (oh < 0 || om < 0 || oh > 23 || om > 59 || minutesAt + 2 != text.size()) {
                return {};
            }
            offsetSeconds = (oh * 3600 + om * 60) * (zone == QLatin1Char('-') ? -1 : 1);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second, millis); // a leap second is clamped
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime dt(date, time, Qt::UTC);
    return offsetSeconds != 0 ? dt.addSecs(-offsetSeconds) : dt;
}

namespace {

void appendDigits(char *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ" as Qt::ISODateWithMs writes it for UTC, or false for years it would write otherwise.
bool formatUtc(const QDateTime &dateTime, char (&buffer)[24])
{
    const QDateTime utcTime = dateTime.toUTC();
    const QDate d = utcTime.date();
    const QTime t = utcTime.time();
    if (d.year() < 0 || d.year() > 9999) {
        return false;
    }
    char *p = buffer;
    appendDigits(p, d.year(), 4);
    *p++ = '-';
    appendDigits(p, d.month(), 2);
    *p++ = '-';
    appendDigits(p, d.day(), 2);
    *p++ = 'T';
    appendDigits(p, t.hour(), 2);
    *p++ = ':';
    appendDigits(p, t.minute(), 2);
    *p++ = ':';
    appendDigits(p, t.second(), 2);
    *p++ = '.';
    appendDigits(p, t.msec(), 3);
    *p++ = 'Z';
    return true;
}

} // namespace

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        return {};
    }
    char buffer[24];
    if (formatUtc(dateTime, buffer)) {
        return QString::fromLatin1(buffer, 24);
    }
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace nd::json
