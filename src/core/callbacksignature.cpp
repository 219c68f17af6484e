// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacksignature.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace nd::CallbackSignature {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::CallbackSignature)
};

bool isHexSignature(const QByteArray &value)
{
    if (value.size() != 40)
        return false;
    for (const char c : value) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace

bool isValidSecret(const QString &secret)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    return rule.match(secret).hasMatch();
}

QByteArray sign(const QByteArray &body, const QString &secret)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha1).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

Verdict verify(const QByteArray &body, const QByteArray &headerValue, const QString &currentSecret,
               const QString &previousSecret)
{
    Verdict v;
    const QByteArray given = headerValue.trimmed();
    v.headerPresent = !given.isEmpty();
    v.headerWellFormed = isHexSignature(given);
    if (!currentSecret.isEmpty())
        v.expected = sign(body, currentSecret);
    if (!previousSecret.isEmpty() && previousSecret != currentSecret)
        v.expectedWithPrevious = sign(body, previousSecret);
    if (!v.headerWellFormed)
        return v;
    const QByteArray lower = given.toLower();
    // Both are compared every time, so the time taken does not tell which secret matched.
    const bool current = !v.expected.isEmpty() && constantTimeEquals(lower, v.expected);
    const bool previous = !v.expectedWithPrevious.isEmpty() && constantTimeEquals(lower, v.expectedWithPrevious);
    v.valid = current || previous;
    v.match = current ? Match::Current : previous ? Match::Previous : Match::None;
    return v;
}

QString Verdict::summary() const
{
    if (valid) {
        return match == Match::Previous ? Text::tr("valid (signed with the previous secret)")
                                        : Text::tr("valid");
    }
    if (expected.isEmpty())
        return Text::tr("not checked: no secret is known");
    if (!headerPresent)
        return Text::tr("invalid: there is no X-Sinch-Signature header");
    if (!headerWellFormed)
        return Text::tr("invalid: the signature is not 40 hexadecimal digits (base64 or another algorithm?)");
    return Text::tr("invalid: the signature does not match the body with this secret");
}

} // namespace nd::CallbackSignature
