// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfrontend.h"

#include <QByteArray>
#include <QString>

// Authentication (docs/api.md §2): Basic with the key id and secret, and Bearer tokens issued by
// POST /oauth2/token. Tokens are JWTs (HS256) verified statelessly: signature and expiry only, so they
// survive a restart with the same key secret.
namespace nd::sandbox {

class SandboxState;

class Authenticator final
{
public:
    enum class Result { Ok, Missing, Invalid, Expired };

    explicit Authenticator(const SandboxState *state);

    void setCredentials(const QString &keyId, const QString &keySecret, int tokenLifetimeSeconds);

    Result authenticate(const HttpRequest &request) const;
    // The 401 for a result other than Ok, with the WWW-Authenticate challenge of docs/sandbox.md.
    static HttpResponse challenge(Result result);

    // POST /oauth2/token (RFC 6749 client credentials; errors in the OAuth2 shape, not §3.10).
    HttpResponse tokenEndpoint(const HttpRequest &request) const;
    QByteArray issueToken() const;

private:
    Result verifyToken(const QByteArray &token) const;
    bool isClient(const QByteArray &basicCredentials) const;
    QByteArray sign(const QByteArray &data) const;

    const SandboxState *m_state;
    QString m_keyId;
    QString m_keySecret;
    int m_tokenLifetimeSeconds = 3600;
};

} // namespace nd::sandbox
