// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Raw HTTP/1.1 over one QTcpSocket, driven by the event loop (the sandbox under test may run in the same
// thread, so nothing here blocks it). Requests are written byte for byte: query spellings reach the
// server exactly as given. Never uses src/core.
namespace nd::sandbox::test {

struct RawResponse
{
    bool complete = false;              // a full response was read
    bool closedWithoutResponse = false; // closed (or timed out) before a single byte came back
    bool timedOut = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array(const char *key) const { return json().value(QLatin1String(key)).toArray(); }
    int totalSize() const { return json().value(QLatin1String("totalSize")).toInt(-1); }
    QString errorMessage() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    QJsonObject errorDetail() const
    {
        return json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("details"))
            .toArray()
            .first()
            .toObject();
    }
    QString errorStatus() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("status")).toString();
    }
};

class RawHttp
{
public:
    explicit RawHttp(const QUrl &base, const QByteArray &authorization = {});

    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    static QByteArray basic(const QString &keyId, const QString &keySecret);

    // target: path and query exactly as they go on the wire, e.g. "/v1/projects/p/activeNumbers?type=LOCAL".
    RawResponse send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}, int timeoutMs = 15000) const;
    RawResponse get(const QByteArray &target) const { return send("GET", target); }
    // Writes wireBytes exactly as given on a new connection and reads up to `responses` answers in order
    // (fewer when the server closes first). For malformed and hostile requests.
    static QList<RawResponse> exchange(const QUrl &base, const QByteArray &wireBytes, int responses = 1,
                                       int timeoutMs = 15000);
    RawResponse post(const QByteArray &target, const QByteArray &body = {}) const { return send("POST", target, body); }
    RawResponse patch(const QByteArray &target, const QByteArray &body) const { return send("PATCH", target, body); }

private:
    QUrl m_base;
    QByteArray m_authorization;
};

} // namespace nd::sandbox::test
