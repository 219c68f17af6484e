// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace nd::test {

// One HTTP request exactly as it arrived on the socket: nothing is decoded or normalised.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;   // the raw request-target, e.g. "/v1/projects/p/activeNumbers?type=LOCAL&pageToken=a%2Bb"
    QByteArray rawPath;  // target up to '?'
    QByteArray rawQuery; // target after '?', without it; empty when there is none
    bool hasQuery = false;
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;

    // First header value with this name (case-insensitive), or a null QByteArray when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

struct CannedResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type: application/json is added when body is set
    QByteArray body;
    int delayMs = 0;
    bool closeWithoutResponse = false; // read the request, then close the connection: an ambiguous outcome

    static CannedResponse json(int status, const QByteArray &body);
    // Adds a response header; returns *this for chaining.
    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A loopback HTTP/1.1 server on QTcpServer for exact wire checks. It answers queued responses in order,
// then the default response (200 "{}"). Works with a client in the same process or in a child process
// (the test's event loop must run, e.g. QSignalSpy::wait / QTRY_*).
class RecordingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingServer)

public:
    explicit RecordingServer(QObject *parent = nullptr);
    ~RecordingServer() override;

    bool listen(); // 127.0.0.1, any free port
    QUrl baseUrl() const; // "http://127.0.0.1:<port>"

    void enqueue(const CannedResponse &response);
    void enqueueJson(int status, const QByteArray &body);
    void setDefaultResponse(const CannedResponse &response);

    const QList<RecordedRequest> &requests() const;
    int requestCount() const;
    RecordedRequest takeFirst();
    void clear();

Q_SIGNALS:
    void requestReceived();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace nd::test
