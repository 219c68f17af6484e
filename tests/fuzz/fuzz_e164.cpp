// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// E.164 normaliser (docs/api.md §3.4). For any input, a successful normalize() must give a string that
// passes isValidE164 and that can never change a URL path: no '/', '?', '#', '.', '%' or anything but
// '+' and ASCII digits. isValidE164 and isValidProjectId are checked against independent re-statements
// of their rules (differential oracle), and normalize() must be idempotent.
#include "fuzzsupport.h"

#include "phonenumber.h"

#include <cstddef>
#include <cstdint>

namespace {

// ^\+[1-9]\d{1,14}$ written out by hand.
bool referenceIsE164(const QString &s)
{
    if (s.size() < 3 || s.size() > 16 || s.at(0) != QLatin1Char('+'))
        return false;
    if (s.at(1) < QLatin1Char('1') || s.at(1) > QLatin1Char('9'))
        return false;
    for (qsizetype i = 2; i < s.size(); ++i) {
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool referenceIsProjectId(const QString &s)
{
    if (s.isEmpty() || s.size() > 128)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

void checkOne(const QString &input)
{
    using namespace nd;
    const QByteArray detail = input.toUtf8();

    nd::fuzz::check(PhoneNumber::isValidE164(input) == referenceIsE164(input),
                    "isValidE164 disagrees with ^\\+[1-9]\\d{1,14}$", detail);
    nd::fuzz::check(isValidProjectId(input) == referenceIsProjectId(input),
                    "isValidProjectId disagrees with [A-Za-z0-9_-]{1,128}", detail);

    // Never crash on display helpers, whatever the text.
    const QString formatted = PhoneNumber::format(input);
    const QString cc = PhoneNumber::countryCallingCode(input);
    if (!referenceIsE164(input))
        nd::fuzz::check(cc.isEmpty(), "countryCallingCode of a non-E.164 string is not empty", detail);

    const Result<QString> result = PhoneNumber::normalize(input);
    if (!result.ok()) {
        nd::fuzz::check(result.error().kind == ApiError::Kind::Validation, "normalize error is not Validation", detail);
        nd::fuzz::check(!result.error().userMessage.isEmpty(), "normalize error has no message", detail);
        return;
    }
    const QString &e164 = result.value();
    const QByteArray out = e164.toUtf8();
    nd::fuzz::check(PhoneNumber::isValidE164(e164), "normalize() result fails isValidE164", detail + " -> " + out);
    nd::fuzz::check(referenceIsE164(e164), "normalize() result is not ^\\+[1-9]\\d{1,14}$", detail + " -> " + out);
    for (const char bad : {'/', '?', '#', '.', '%', '&', ':', ' '}) {
        if (e164.contains(QLatin1Char(bad)))
            nd::fuzz::fail("normalize() result contains a path/query metacharacter", detail + " -> " + out);
    }
    const Result<QString> again = PhoneNumber::normalize(e164);
    nd::fuzz::check(again.ok() && again.value() == e164, "normalize() is not idempotent", detail + " -> " + out);

    const QString code = PhoneNumber::countryCallingCode(e164);
    nd::fuzz::check(code.size() <= 3 && e164.mid(1).startsWith(code), "countryCallingCode is not a prefix",
                    out + " -> " + code.toUtf8());
    // format() is libphonenumber's international format: its separators (spaces, dashes) may change, the
    // '+' and the digits may not.
    const QString pretty = PhoneNumber::format(e164);
    QString prettyDigits;
    for (const QChar c : pretty) {
        if (c == QLatin1Char('+') || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            prettyDigits.append(c);
    }
    nd::fuzz::check(prettyDigits == e164, "format() changed the digits", out + " -> " + pretty.toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    nd::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    // Both readings of the bytes: UTF-8 (what a text field or the CLI gives) and raw UTF-16 (lone
    // surrogates, non-ASCII digits such as U+0661, full-width '+').
    checkOne(nd::fuzz::utf8String(data, size));
    checkOne(nd::fuzz::utf16String(data, size));
    return 0;
}
