// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace nd {

// What a receiver answered to a test callback.
struct TestCallbackResult
{
    QByteArray body;      // what was sent
    QByteArray signature; // the X-Sinch-Signature sent
    int statusCode = 0;   // 0: no HTTP answer (then `error` says why)
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody; // the first 64 KiB
    QString error;           // translated; empty when an HTTP answer came
    qint64 elapsedMs = 0;

    bool isSuccess() const { return statusCode >= 200 && statusCode < 300; }
};

// Sends a signed test callback the way Sinch does (docs/api.md §6): POST, Content-Type: application/json,
// X-Sinch-Signature over the exact body. To a customer's endpoint under development: http or https, no redirects
// followed, 20 s at most. Nothing but the event and its signature is sent (no credentials).
class CallbackSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackSender)

public:
    static constexpr int kTimeoutMs = 20000;

    explicit CallbackSender(QObject *parent = nullptr);
    ~CallbackSender() override;

    // Empty when the URL can be used; otherwise a translated reason.
    static QString checkUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);

    void send(const QUrl &url, const QByteArray &body, const QString &secret,
              const std::function<void(const TestCallbackResult &)> &done);

private:
    QNetworkAccessManager *m_network;
};

} // namespace nd
