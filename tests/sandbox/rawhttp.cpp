// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

namespace nd::sandbox::test {

namespace {

// Parses one response from the front of buffer; false while incomplete.
bool takeResponse(QByteArray &buffer, RawResponse *response)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    RawResponse r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    r.status = lines.value(0).trimmed().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (r.status == 100) { // interim: drop it and look for the final answer
        buffer.remove(0, headerEnd + 4);
        return takeResponse(buffer, response);
    }
    const qsizetype contentLength = r.header("Content-Length").toLongLong();
    if (buffer.size() - (headerEnd + 4) < contentLength)
        return false;
    r.body = buffer.mid(headerEnd + 4, contentLength);
    r.complete = true;
    buffer.remove(0, headerEnd + 4 + contentLength);
    *response = r;
    return true;
}

} // namespace

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
{}

QByteArray RawHttp::basic(const QString &keyId, const QString &keySecret)
{
    return "Basic " + (keyId + QLatin1Char(':') + keySecret).toUtf8().toBase64();
}

QList<RawResponse> RawHttp::exchange(const QUrl &base, const QByteArray &wireBytes, int responses, int timeoutMs)
{
    QList<RawResponse> out;
    QTcpSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QAbstractSocket::disconnected, [&closed] { closed = true; });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, [&closed](QAbstractSocket::SocketError error) {
        closed = closed || error == QAbstractSocket::RemoteHostClosedError;
    });
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    socket.write(wireBytes);

    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && out.size() < responses) {
        QTest::qWait(2);
        buffer += socket.readAll();
        RawResponse r;
        while (out.size() < responses && takeResponse(buffer, &r))
            out.append(r);
        if (out.size() < responses && (closed || socket.state() == QAbstractSocket::UnconnectedState)) {
            buffer += socket.readAll();
            while (out.size() < responses && takeResponse(buffer, &r))
                out.append(r);
            if (out.isEmpty()) {
                RawResponse none;
                none.closedWithoutResponse = buffer.isEmpty();
                out.append(none);
            }
            break;
        }
    }
    if (out.isEmpty()) {
        RawResponse none;
        none.timedOut = true;
        none.closedWithoutResponse = buffer.isEmpty();
        out.append(none);
    }
    return out;
}

RawResponse RawHttp::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders, int timeoutMs) const
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toLatin1() + ':' +
                         QByteArray::number(m_base.port()) + "\r\nAccept: application/json\r\nConnection: close\r\n";
    if (!m_authorization.isEmpty())
        request += "Authorization: " + m_authorization + "\r\n";
    for (const auto &h : extraHeaders)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    const QList<RawResponse> responses = exchange(m_base, request, 1, timeoutMs);
    return responses.value(0);
}

} // namespace nd::sandbox::test
