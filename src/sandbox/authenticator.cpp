// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator.h"

#include "apierrors.h"
#include "jsonwriter.h"
#include "requestparsing.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace nd::sandbox {

Authenticator::Authenticator(const SandboxState *state)
    : m_state(state)
{}

void Authenticator::setCredentials(const QString &keyId, const QString &keySecret, int tokenLifetimeSeconds)
{
    m_keyId = keyId;
    m_keySecret = keySecret;
    m_tokenLifetimeSeconds = tokenLifetimeSeconds;
}

QByteArray Authenticator::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_keySecret.toUtf8() + "|numberdesk-sandbox",
                                            QCryptographicHash::Sha256);
}

bool Authenticator::isClient(const QByteArray &basicCredentials) const
{
    const auto decoded = QByteArray::fromBase64Encoding(basicCredentials, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && *decoded == (m_keyId + QLatin1Char(':') + m_keySecret).toUtf8();
}

QByteArray Authenticator::issueToken() const
{
    const qint64 now = m_state->nowMs() / 1000;
    JsonWriter payload;
    payload.beginObject();
    payload.field("iss", "numberdesk-sandbox");
    payload.field("sub", m_keyId);
    payload.field("aud", "https://numbers.api.sinch.com");
    payload.field("scope", "");
    payload.field("iat", now);
    payload.field("exp", now + m_tokenLifetimeSeconds);
    payload.field("jti", QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)));
    payload.endObject();
    const QByteArray signingInput =
        base64Url(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})")) + '.' + base64Url(payload.data());
    return signingInput + '.' + base64Url(sign(signingInput));
}

Authenticator::Result Authenticator::verifyToken(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Result::Invalid;
    const QByteArray expected = base64Url(sign(parts.at(0) + '.' + parts.at(1)));
    // Constant-time comparison.
    if (expected.size() != parts.at(2).size())
        return Result::Invalid;
    int diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected.at(i) ^ parts.at(2).at(i);
    if (diff != 0)
        return Result::Invalid;
    const auto payloadBytes = decodeBase64Lenient(parts.at(1));
    if (!payloadBytes)
        return Result::Invalid;
    const QJsonObject payload = QJsonDocument::fromJson(*payloadBytes).object();
    if (payload.value(QLatin1String("sub")).toString() != m_keyId)
        return Result::Invalid;
    const qint64 exp = payload.value(QLatin1String("exp")).toInteger();
    if (m_state->nowMs() / 1000 >= exp)
        return Result::Expired;
    return Result::Ok;
}

Authenticator::Result Authenticator::authenticate(const HttpRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (header.isEmpty())
        return Result::Missing;
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return Result::Invalid;
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credentials = header.mid(space + 1).trimmed();
    if (scheme == "basic")
        return isClient(credentials) ? Result::Ok : Result::Invalid;
    if (scheme == "bearer")
        return verifyToken(credentials);
    return Result::Invalid;
}

HttpResponse Authenticator::challenge(Result result)
{
    switch (result) {
    case Result::Ok:
        break;
    case Result::Missing:
        return unauthenticated(QStringLiteral("Request is missing authentication credentials: use Basic or Bearer"),
                               QByteArrayLiteral("Bearer realm=\"sinch\""));
    case Result::Invalid:
        break;
    case Result::Expired:
        return unauthenticated(
            QStringLiteral("The access token has expired"),
            QByteArrayLiteral("Bearer realm=\"sinch\", error=\"invalid_token\", error_description=\"expired\""));
    }
    return unauthenticated(
        QStringLiteral("Invalid credentials"),
        QByteArrayLiteral("Bearer realm=\"sinch\", error=\"invalid_token\", error_description=\"invalid\""));
}

HttpResponse Authenticator::tokenEndpoint(const HttpRequest &request) const
{
    auto oauthError = [](int status, const char *error, const char *description) {
        JsonWriter w;
        w.beginObject();
        w.field("error", error);
        w.field("error_description", description);
        w.endObject();
        return jsonResponse(status, w.take());
    };
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (header.left(6).toLower() != "basic " || !isClient(header.mid(6).trimmed())) {
        HttpResponse r = oauthError(401, "invalid_client", "Client authentication failed");
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"sinch\"")});
        return r;
    }
    const QueryParams form(request.body.trimmed()); // x-www-form-urlencoded has the query syntax
    const std::optional<QString> grant = form.value(QStringLiteral("grant_type"));
    if (!grant)
        return oauthError(400, "invalid_request", "grant_type is missing");
    if (*grant != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type", "only client_credentials is supported");

    JsonWriter w;
    w.beginObject();
    w.field("access_token", QString::fromLatin1(issueToken()));
    w.field("expires_in", m_tokenLifetimeSeconds);
    w.field("scope", "");
    w.field("token_type", "bearer");
    w.endObject();
    return jsonResponse(200, w.take());
}

} // namespace nd::sandbox
