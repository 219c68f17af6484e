// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace nd::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpConnection::HttpConnection(QTcpSocket *socket, bool closeAfterResponse)
    : m_socket(socket)
    , m_closeAfterResponse(closeAfterResponse)
{
}

void HttpConnection::send(const HttpResponse &response) const
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.disposition == HttpResponse::Disposition::CloseWithoutResponse) {
        dropWithoutResponse();
        return;
    }
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (m_closeAfterResponse)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    m_socket->write(out);
    if (m_closeAfterResponse)
        m_socket->disconnectFromHost();
}

void HttpConnection::dropWithoutResponse() const
{
    if (!m_socket)
        return;
#ifdef Q_OS_UNIX
    // Linger 0 turns the close into a TCP RST, like a proxy or server dying mid-request.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lg;
        lg.l_onoff = 1;
        lg.l_linger = 0;
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
#endif
    m_socket->abort();
}

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

HttpFrontend::~HttpFrontend() = default;

quint16 HttpFrontend::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void HttpFrontend::stopListening()
{
    for (QTcpServer *server : servers())
        server->close();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.headers = request.headers();
    r.body = request.body();
    const bool close = r.header(QByteArrayLiteral("Connection")).trimmed().compare("close", Qt::CaseInsensitive) == 0;
    m_handler(r, HttpConnection(socket, close));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request. Answer anyway rather than leave the peer waiting.
    Q_UNUSED(request);
    HttpResponse response;
    response.status = 404;
    response.body = QByteArrayLiteral(R"({"error":{"code":404,"message":"Not found","status":"NOT_FOUND","details":[]}})");
    HttpConnection(socket, false).send(response);
}

} // namespace nd::sandbox
