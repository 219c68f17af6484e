// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

// The only code that touches QtHttpServer (a technology preview in Qt 6.4). It subclasses
// QAbstractHttpServer instead of using QHttpServer's router because the router percent-decodes paths
// before matching, has no 405 and cannot drop a connection without answering. Here every request
// arrives with its socket: the sandbox routes on its own, reads the raw query string (so a literal '+'
// stays a plus) and can write a response, delay it, or close the connection without one.
namespace nd::sandbox {

struct HttpRequest
{
    QByteArray method;   // "GET", "POST", ...
    QByteArray rawPath;  // percent-encoded, as far as Qt kept it
    QByteArray rawQuery; // percent-encoded, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first occurrence
};

struct HttpResponse
{
    enum class Disposition
    {
        Respond,
        CloseWithoutResponse, // reset / drop-after-commit faults
    };
    Disposition disposition = Disposition::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
};

// A handle on the connection a request came from; stays safe to use after the peer went away.
class HttpConnection final
{
public:
    HttpConnection() = default;
    HttpConnection(QTcpSocket *socket, bool closeAfterResponse);

    void send(const HttpResponse &response) const;
    void dropWithoutResponse() const; // TCP reset (SO_LINGER 0) where the platform allows, else close

private:
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfterResponse = false;
};

class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const HttpRequest &, const HttpConnection &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    quint16 listenOnLoopback(quint16 port); // 0 on failure
    void stopListening();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace nd::sandbox
