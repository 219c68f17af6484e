// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Callback (webhook) signing, docs/api.md §4.15 and §6.3: HMAC-SHA1 of the raw body bytes, keyed with the
// secret's UTF-8 bytes, as 40 lower-case hex digits in X-Sinch-Signature. The one checker of the app and the CLI.
namespace nd::CallbackSignature {

// The rule for a project's HMAC secret: 32 to 64 characters of A-Z, a-z, 0-9 and '-'.
bool isValidSecret(const QString &secret);

// The signature Sinch sends for this body: lower-case hex HMAC-SHA1.
QByteArray sign(const QByteArray &body, const QString &secret);

// Equality of two byte strings in time that depends on their lengths only, not on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Which secret a signature matched.
enum class Match { None, Current, Previous };

struct Verdict
{
    bool valid = false;
    Match match = Match::None;
    bool headerPresent = false;
    bool headerWellFormed = false;   // 40 hex digits (any case; compared lower-cased)
    QByteArray expected;             // with the current secret
    QByteArray expectedWithPrevious; // with the previous secret, when one was given

    // One translated sentence: "valid (current secret)", "invalid: the header is missing", ...
    QString summary() const;
};

// Checks a header value against the body with the current secret and, during a rotation (§6.5), the previous
// one. A missing, empty or malformed header is invalid; so is an empty secret.
Verdict verify(const QByteArray &body, const QByteArray &headerValue, const QString &currentSecret,
               const QString &previousSecret = QString());

} // namespace nd::CallbackSignature
