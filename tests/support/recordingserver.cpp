// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingserver.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace nd::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

CannedResponse CannedResponse::json(int status, const QByteArray &body)
{
    CannedResponse r;
    r.status = status;
    r.body = body;
    return r;
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

class RecordingServer::Private
{
public:
    QList<CannedResponse> queue;
    CannedResponse defaultResponse = CannedResponse::json(200, QByteArrayLiteral("{}"));
    QList<RecordedRequest> requests;
    QHash<QTcpSocket *, QByteArray> buffers;
    QTcpServer server; // last: destroyed first, while the state its sockets use still exists
};

RecordingServer::RecordingServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server.nextPendingConnection()) {
            d->buffers.insert(socket, {});
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                d->buffers.remove(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray &buffer = d->buffers[socket];
                buffer += socket->readAll();
                for (;;) {
                    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0) {
                        return;
                    }
                    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
                    RecordedRequest request;
                    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                    request.method = requestLine.value(0);
                    request.target = requestLine.value(1);
                    const qsizetype q = request.target.indexOf('?');
                    request.hasQuery = q >= 0;
                    request.rawPath = q >= 0 ? request.target.left(q) : request.target;
                    request.rawQuery = q >= 0 ? request.target.mid(q + 1) : QByteArray();
                    qint64 contentLength = 0;
                    bool closeAfter = false;
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        QByteArray line = lines.at(i);
                        if (line.endsWith('\r')) {
                            line.chop(1);
                        }
                        const qsizetype colon = line.indexOf(':');
                        if (colon <= 0) {
                            continue;
                        }
                        const QByteArray name = line.left(colon);
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        request.headers.append({name, value});
                        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                            contentLength = value.toLongLong();
                        } else if (name.compare("connection", Qt::CaseInsensitive) == 0 &&
                                   value.compare("close", Qt::CaseInsensitive) == 0) {
                            closeAfter = true;
                        }
                    }
                    const qint64 total = headerEnd + 4 + contentLength;
                    if (buffer.size() < total) {
                        return; // wait for the rest of the body
                    }
                    request.body = buffer.mid(headerEnd + 4, contentLength);
                    buffer.remove(0, total);

                    const CannedResponse response = d->queue.isEmpty() ? d->defaultResponse : d->queue.takeFirst();
                    d->requests.append(request);

                    QPointer<QTcpSocket> guard(socket);
                    auto answer = [guard, response, closeAfter] {
                        if (!guard) {
                            return;
                        }
                        if (response.closeWithoutResponse) {
                            guard->disconnectFromHost();
                            return;
                        }
                        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                         reasonPhrase(response.status) + "\r\n";
                        bool hasContentType = false;
                        for (const auto &h : response.headers) {
                            if (h.first.compare("content-type", Qt::CaseInsensitive) == 0) {
                                hasContentType = true;
                            }
                            out += h.first + ": " + h.second + "\r\n";
                        }
                        if (!hasContentType && !response.body.isEmpty()) {
                            out += "Content-Type: application/json\r\n";
                        }
                        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                        out += closeAfter ? QByteArrayLiteral("Connection: close\r\n")
                                          : QByteArrayLiteral("Connection: keep-alive\r\n");
                        out += "\r\n";
                        out += response.body;
                        guard->write(out);
                        if (closeAfter) {
                            guard->disconnectFromHost();
                        }
                    };
                    if (response.delayMs > 0) {
                        QTimer::singleShot(response.delayMs, socket, answer);
                    } else {
                        answer();
                    }
                    Q_EMIT requestReceived();
                }
            });
        }
    });
}

RecordingServer::~RecordingServer()
{
    // Sockets die with the server; make sure none of their signals reaches this half-destroyed object.
    const auto sockets = d->buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    d->server.close();
}

bool RecordingServer::listen()
{
    return d->server.listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->server.serverPort());
    return url;
}

void RecordingServer::enqueue(const CannedResponse &response)
{
    d->queue.append(response);
}

void RecordingServer::enqueueJson(int status, const QByteArray &body)
{
    enqueue(CannedResponse::json(status, body));
}

void RecordingServer::setDefaultResponse(const CannedResponse &response)
{
    d->defaultResponse = response;
}

const QList<RecordedRequest> &RecordingServer::requests() const
{
    return d->requests;
}

int RecordingServer::requestCount() const
{
    return int(d->requests.size());
}

RecordedRequest RecordingServer::takeFirst()
{
    return d->requests.isEmpty() ? RecordedRequest() : d->requests.takeFirst();
}

void RecordingServer::clear()
{
    d->requests.clear();
    d->queue.clear();
}

} // namespace nd::test
