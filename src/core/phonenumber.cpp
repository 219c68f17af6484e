// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <optional>

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

using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber's view of a "+digits" string; nullopt when it cannot even be parsed.
std::optional<i18n::phonenumbers::PhoneNumber> parsed(const QString &e164)
{
    i18n::phonenumbers::PhoneNumber number;
    if (PhoneNumberUtil::GetInstance()->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return std::nullopt;
    }
    return number;
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
    return normalize(input, QString());
}

Result<QString> normalize(const QString &input, const QString &defaultRegion)
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
        } else if (!digits.isEmpty() && !defaultRegion.isEmpty()) {
            // A national number, in the country the caller says it is from.
            i18n::phonenumbers::PhoneNumber number;
            const auto *util = PhoneNumberUtil::GetInstance();
            if (util->Parse(digits.toStdString(), defaultRegion.toUpper().toStdString(), &number)
                != PhoneNumberUtil::NO_PARSING_ERROR) {
                return ApiError::validation(QCoreApplication::translate("nd::PhoneNumber",
                                                                        "\"%1\" is not a phone number of %2.")
                                                .arg(input.trimmed(), defaultRegion.toUpper()));
            }
            std::string e164;
            util->Format(number, PhoneNumberUtil::E164, &e164);
            digits = QString::fromStdString(e164).mid(1);
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
    const QString e164 = QLatin1Char('+') + digits;
    // libphonenumber knows which country codes exist and how long their numbers are: an impossible number is
    // refused here, with the reason, instead of being sent and coming back as a 404.
    const auto number = parsed(e164);
    if (!number) {
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber",
                                        "\"%1\" does not start with a country code in use (no country has the "
                                        "code +%2).")
                .arg(input.trimmed(), digits.left(3)));
    }
    const auto *util = PhoneNumberUtil::GetInstance();
    const QString code = QString::number(number->country_code());
    switch (util->IsPossibleNumberWithReason(*number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return ApiError::validation(
            QCoreApplication::translate("nd::PhoneNumber",
                                        "\"%1\" does not start with a country code in use (no country has the "
                                        "code +%2).")
                .arg(input.trimmed(), digits.left(3)));
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return ApiError::validation(QCoreApplication::translate("nd::PhoneNumber",
                                                                "\"%1\" is too short for a number with country "
                                                                "code +%2.")
                                        .arg(input.trimmed(), code));
    case PhoneNumberUtil::TOO_LONG:
        return ApiError::validation(QCoreApplication::translate("nd::PhoneNumber",
                                                                "\"%1\" is too long for a number with country code "
                                                                "+%2.")
                                        .arg(input.trimmed(), code));
    case PhoneNumberUtil::INVALID_LENGTH:
        return ApiError::validation(QCoreApplication::translate("nd::PhoneNumber",
                                                                "\"%1\" has the wrong number of digits for a number "
                                                                "with country code +%2.")
                                        .arg(input.trimmed(), code));
    }
    return e164;
}

QString regionCode(const QString &e164)
{
    if (!isValidE164(e164)) {
        return {};
    }
    const auto number = parsed(e164);
    if (!number) {
        return {};
    }
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(*number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QString countryCallingCode(const QString &e164)
{
    if (!isValidE164(e164)) {
        return {};
    }
    const auto number = parsed(e164);
    return number ? QString::number(number->country_code()) : QString();
}

QString countryCallingCodeForRegion(const QString &regionCode)
{
    const int code = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(regionCode.toUpper().toStdString());
    return code > 0 ? QString::number(code) : QString();
}

QString format(const QString &e164)
{
    if (!isValidE164(e164)) {
        return e164;
    }
    const auto number = parsed(e164);
    if (!number) {
        return e164;
    }
    std::string text;
    PhoneNumberUtil::GetInstance()->Format(*number, PhoneNumberUtil::INTERNATIONAL, &text);
    const QString formatted = QString::fromStdString(text);
    // The display must show the number that is rented, digit for digit: libphonenumber drops a national prefix
    // written after the country code ("+46 0 71..." is shown as "+46 71..."), so such a number is shown as is.
    QString digits;
    for (const QChar c : formatted) {
        if (c == QLatin1Char('+') || isAsciiDigit(c)) {
            digits.append(c);
        }
    }
    return digits == e164 ? formatted : e164;
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
