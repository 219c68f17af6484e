// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>

namespace nd::test {

// HMAC-SHA1 (RFC 2104) written out from QCryptographicHash, lowercase hex: the tests' own signature of a
// callback body, independent of src/core's CallbackSignature (which uses QMessageAuthenticationCode).
inline QByteArray hmacSha1(QByteArray key, const QByteArray &message)
{
    constexpr int block = 64;
    if (key.size() > block)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    key = key.leftJustified(block, '\0');
    QByteArray inner(block, 0x36);
    QByteArray outer(block, 0x5c);
    for (int i = 0; i < block; ++i) {
        inner[i] = static_cast<char>(inner.at(i) ^ key.at(i));
        outer[i] = static_cast<char>(outer.at(i) ^ key.at(i));
    }
    const QByteArray innerHash = QCryptographicHash::hash(inner.append(message), QCryptographicHash::Sha1);
    return QCryptographicHash::hash(outer.append(innerHash), QCryptographicHash::Sha1).toHex();
}

} // namespace nd::test
