// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace nd {

// One HTTP request as the receiver got it: the raw body exactly as sent (what a signature covers) and the
// headers in their order.
struct ReceivedCallback
{
    QDateTime receivedAt; // UTC
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name, compared case-insensitively (docs/api.md §6.3); empty when absent.
    QByteArray header(const QByteArray &name) const;
    QByteArray signature() const { return header("X-Sinch-Signature"); }
    // The request line and headers as text, for display.
    QString headerText() const;
};

// A small HTTP/1.1 server on 127.0.0.1 that takes webhook POSTs, answers 200 at once (as §6.1 asks of a
// receiver, whatever the signature: the verdict is for the person looking) and hands each request on. Only
// loopback: nothing from another machine can reach it. Requests with a body over 1 MiB, or headers over
// 64 KiB, are answered 413 and dropped; a body without Content-Length gets 411.
class CallbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackReceiver)

public:
    static constexpr qsizetype kMaxBody = 1024 * 1024;
    static constexpr qsizetype kMaxHeaders = 64 * 1024;

    explicit CallbackReceiver(QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // Port 0 picks a free one. Fails with a translated reason when the port cannot be used.
    Result<void, Failure> listen(quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/callbacks: the URL to give as a number's callbackUrl.
    QUrl url() const;

Q_SIGNALS:
    void received(const nd::ReceivedCallback &callback);

private:
    void readFrom(QTcpSocket *socket);

    QTcpServer *m_server;
};

} // namespace nd
