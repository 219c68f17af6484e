// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSslCertificate;

namespace nd {

enum class AuthMethod { Basic, OAuth2 };

// Everything the client needs to reach one project. keySecret is sensitive: never log it.
struct ConnectionSettings
{
    QUrl numbersUrl = QUrl(QStringLiteral("https://numbers.api.sinch.com"));
    QUrl authUrl = QUrl(QStringLiteral("https://auth.sinch.com"));
    QString projectId;
    QString keyId;
    QString keySecret;
    AuthMethod authMethod = AuthMethod::OAuth2;
    int transferTimeoutMs = 30000;
    // Optional PEM file of extra CA certificates (a company proxy's CA, a private CA), added to the system's
    // CAs for every request. Empty: system CAs only. TLS errors are never ignored either way.
    QString caBundlePath;

    // A Validation error (translated) when the settings cannot be used: missing project id or key,
    // malformed project id, a URL that is not http(s), or plain http to a host that is not loopback
    // (127.0.0.0/8, ::1, localhost), or a CA bundle that cannot be loaded. Kind::None when usable.
    ApiError validate() const;

    static bool isLoopback(const QUrl &url);
    // Reads the PEM certificates of `path` into *certificates. A Validation error (translated, naming the
    // file) when it cannot be read or holds no certificate; Kind::None otherwise.
    static ApiError loadCaBundle(const QString &path, QList<QSslCertificate> *certificates);
    static QString authMethodName(AuthMethod method); // "basic" / "oauth2"
};

} // namespace nd
