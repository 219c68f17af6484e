// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackreceiver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace nd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::CallbackReceiver)
};

const char kBufferProperty[] = "nd_buffer";

void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    // Into the kernel now: a listener that stops after this request (callbacks listen --count) must not take the
    // answer with it, or the sender sees a dropped connection.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace

QByteArray ReceivedCallback::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ReceivedCallback::headerText() const
{
    QString text = QString::fromLatin1(method + ' ' + target) + QLatin1Char('\n');
    for (const auto &h : headers)
        text += QString::fromUtf8(h.first + ": " + h.second) + QLatin1Char('\n');
    return text;
}

CallbackReceiver::CallbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

CallbackReceiver::~CallbackReceiver() = default;

Result<void, Failure> CallbackReceiver::listen(quint16 port)
{
    close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return Failure{Text::tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString())};
    }
    return {};
}

void CallbackReceiver::close()
{
    m_server->close();
}

bool CallbackReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 CallbackReceiver::port() const
{
    return m_server->serverPort();
}

QUrl CallbackReceiver::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callbacks").arg(port()));
}

void CallbackReceiver::readFrom(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(kBufferProperty, QByteArray());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeaders)
            answer(socket, 413, "Payload Too Large", "{\"error\":\"headers too large\"}");
        else
            socket->setProperty(kBufferProperty, buffer);
        return;
    }
    ReceivedCallback r;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    r.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray lengthText = r.header("Content-Length");
    bool ok = lengthText.isEmpty();
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!r.header("Transfer-Encoding").isEmpty() || !ok || length < 0) {
        answer(socket, 411, "Length Required", "{\"error\":\"send the body with a Content-Length\"}");
        return;
    }
    if (length > kMaxBody) {
        answer(socket, 413, "Payload Too Large", "{\"error\":\"body over 1 MiB\"}");
        return;
    }
    if (buffer.size() < end + 4 + length) {
        socket->setProperty(kBufferProperty, buffer);
        return;
    }
    r.body = buffer.mid(end + 4, length);
    r.receivedAt = QDateTime::currentDateTimeUtc();
    answer(socket, 200, "OK", "{\"received\":true}");
    Q_EMIT received(r);
}

} // namespace nd
