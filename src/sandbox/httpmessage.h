// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP request as the sandbox sees it (raw, still percent-encoded) and one response to it.
namespace nd::sandbox {

struct HttpRequest
{
    QByteArray method;   // "GET", "POST", ... exactly as sent (methods are case-sensitive)
    QByteArray rawPath;  // percent-encoded, exactly as sent
    QByteArray rawQuery; // percent-encoded, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first occurrence
};

struct HttpResponse
{
    enum class Disposition {
        Respond,
        CloseWithoutResponse, // reset / drop-after-commit faults
    };
    Disposition disposition = Disposition::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
};

} // namespace nd::sandbox
