// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include <QCoreApplication>

namespace nd {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '.':
    case '-':
    case '/':
    case '(':
    case ')':
    case 0x00A0: // no-break space, common in pasted numbers
        return true;
    default:
        return false;
    }
}

QString describeChar(QChar c)
{
    if (c.isPrint() && !c.isSpace()) {
        return QStringLiteral("\u201C%1\u201D").arg(c);
    }
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

// ITU-T E.164 country calling codes of one and two digits; every other code has three.
bool isTwoDigitCode(int code)
{
    static constexpr int codes[] = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46,
                                    47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63,
                                    64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
    for (int c : codes) {
        if (c == code) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace PhoneNumber {

bool isValidE164(const QString &text)
{
    const qsizetype n = text.size();
    if (n < 3 || n > 16 || text.at(0) != QLatin1Char('+') || text.at(1) == QLatin1Char('0')) {
        return false;
    }
    for (qsizetype i = 1; i < n; ++i) {
        if (!isAsciiDigit(text.at(i))) {
            return false;
        }
    }
    return true;
}

Result<QString> normalize(const QString &input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        text = text.mid(4).trimmed();
    }
    if (text.isEmpty()) {
        return ApiError::validation(QCoreApplication::translate(
            "nd::PhoneNumber", "Enter a phone number in international format, for example +1 206 555 0100."));
    }
    QString digits;
    digits.reserve(text.size());
    bool hasPlus = false;
    for (const QChar c : std::as_const(text)) {
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('+')) {
            if (hasPlus || !digits.isEmpty()) {
                return ApiError::validation(
                    QCoreApplication::translate("nd::PhoneNumber",
                                                "A phone number may contain only one '+', at the start: \"%1\".")
                        .arg(input.trimmed()));
            }
            hasPlus = true;
        } else if (!isSeparator(c)) {
            return ApiError::validation(
                QCoreApplication::translate("nd::PhoneNumber",
                                            "The character %1 is not allowed in a phone number (\"%2\").")
                    .arg(describeChar(c), input.trimmed()));
        }
    }
    if (!hasPlus) {
        if (digits.startsWith(QLatin1String("00"))) {
            digits.remove(0, 2);
        } else if (!digits.isEmpty()) {
            return ApiError::validation(
                QCoreApplication::translate(
                    "nd::PhoneNumber",
                    "\"%1\" has no country code: start with + and the country code, for example +1 206 555 0100.")
                    .arg(input.trimmed()));
        }
    }
    if (digits.isEmpty()) {
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber", "\"%1\" contains no digits.").arg(input.trimmed()));
    }
    if (digits.at(0) == QLatin1Char('0')) {
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber", "A country code cannot start with 0 (\"%1\").")
                .arg(input.trimmed()));
    }
    if (digits.size() > 15) {
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber",
                                        "\"%1\" has %n digits; an international number has at most 15.", nullptr,
                                        int(digits.size()))
                .arg(input.trimmed()));
    }
    if (digits.size() < 2) {
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber", "\"%1\" is too short to be a phone number.")
                .arg(input.trimmed()));
    }
    return QString(QLatin1Char('+') + digits);
}

QString countryCallingCode(const QString &e164)
{
    if (!isValidE164(e164)) {
        return {};
    }
    const QString digits = e164.mid(1);
    if (digits.at(0) == QLatin1Char('1') || digits.at(0) == QLatin1Char('7')) {
        return digits.left(1);
    }
    if (digits.size() >= 2 && isTwoDigitCode(digits.left(2).toInt())) {
        return digits.left(2);
    }
    return digits.left(std::min<qsizetype>(3, digits.size() - 1));
}

QString format(const QString &e164)
{
    const QString cc = countryCallingCode(e164);
    if (cc.isEmpty()) {
        return e164;
    }
    const QString national = e164.mid(1 + cc.size());
    QStringList groups;
    if (cc == QLatin1String("1") && national.size() == 10) {
        groups << national.left(3) << national.mid(3, 3) << national.mid(6);
    } else if (cc == QLatin1String("44") && national.size() == 10) {
        groups << national.left(4) << national.mid(4);
    } else {
        // Generic grouping: 2, 3, then pairs; a lone trailing digit joins the group before it.
        qsizetype pos = 0;
        const qsizetype n = national.size();
        int index = 0;
        while (pos < n) {
            qsizetype len = index == 0 ? 2 : (index == 1 ? 3 : 2);
            if (n - pos - len == 1) {
                ++len;
            }
            groups << national.mid(pos, len);
            pos += len;
            ++index;
        }
    }
    return QLatin1Char('+') + cc + QLatin1Char(' ') + groups.join(QLatin1Char(' '));
}

} // namespace PhoneNumber

bool isValidProjectId(const QString &projectId)
{
    if (projectId.isEmpty() || projectId.size() > 128) {
        return false;
    }
    for (const QChar c : projectId) {
        const bool ok = isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_');
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace nd
