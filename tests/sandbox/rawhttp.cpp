// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

namespace nd::sandbox::test {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttp::RawHttp(const QUrl &base, const QByteArray &authorization)
    : m_base(base)
    , m_authorization(authorization)
{
}

QByteArray RawHttp::basic(const QString &keyId, const QString &keySecret)
{
    return "Basic " + (keyId + QLatin1Char(':') + keySecret).toUtf8().toBase64();
}

RawResponse RawHttp::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders, int timeoutMs) const
{
    RawResponse response;
    QTcpSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QAbstractSocket::disconnected, [&closed] { closed = true; });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, [&closed](QAbstractSocket::SocketError error) {
        closed = closed || error == QAbstractSocket::RemoteHostClosedError;
    });
    socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toLatin1() + ':'
        + QByteArray::number(m_base.port()) + "\r\nAccept: application/json\r\nConnection: close\r\n";
    if (!m_authorization.isEmpty())
        request += "Authorization: " + m_authorization + "\r\n";
    for (const auto &h : extraHeaders)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qsizetype contentLength = -1;
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(2);
        buffer += socket.readAll();
        if (headerEnd < 0) {
            headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                response.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                contentLength = response.header("Content-Length").toLongLong();
            }
        }
        if (headerEnd >= 0 && buffer.size() - (headerEnd + 4) >= contentLength) {
            response.body = buffer.mid(headerEnd + 4, contentLength);
            response.complete = true;
            return response;
        }
        if (closed || socket.state() == QAbstractSocket::UnconnectedState) {
            buffer += socket.readAll();
            break;
        }
    }
    response.closedWithoutResponse = buffer.isEmpty();
    return response;
}

} // namespace nd::sandbox::test
