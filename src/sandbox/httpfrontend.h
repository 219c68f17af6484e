// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "httprequestparser.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

// The sandbox's HTTP/1.1 server on QTcpServer. Every request arrives with a handle on its connection: the
// sandbox routes on its own from the raw path and query (so a literal '+' stays a plus), and can answer,
// answer later, or close the connection without an answer (faults). It is built to survive hostile clients:
// strict parsing with size limits (HttpRequestParser), a request timeout, an idle timeout, a connection cap,
// and a listener that stops accepting and retries with back-off when accept() fails (for example when file
// descriptors run out) instead of spinning or giving up.
namespace nd::sandbox {

struct HttpServerLimits
{
    int maxConnections = 256;     // over it: the longest-idle connection is closed, else 503 and close
    int requestTimeoutMs = 10000; // first byte of a request to its last byte; then 408 and close
    int idleTimeoutMs = 60000;    // a connection with no request in progress is closed after this
    HttpLimits request;
};

class HttpSession;

// A handle on the connection a request came from; safe to use after the peer went away (then a no-op).
class HttpConnection final
{
public:
    HttpConnection() = default;
    explicit HttpConnection(HttpSession *session);

    void send(const HttpResponse &response) const;
    void dropWithoutResponse() const; // TCP reset (SO_LINGER 0) where the platform allows, else close

private:
    QPointer<HttpSession> m_session;
};

class HttpFrontend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const HttpRequest &, const HttpConnection &)>;
    using Logger = std::function<void(const QByteArray &line)>; // requests refused by the HTTP layer, listener trouble

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    void setLimits(const HttpServerLimits &limits); // before listening
    const HttpServerLimits &limits() const { return m_limits; }
    void setLogger(Logger logger) { m_logger = std::move(logger); }

    quint16 listenOnLoopback(quint16 port); // 0 on failure
    void stopListening();

    int connectionCount() const; // open connections, the ones being closed excluded

private:
    friend class HttpSession;

    void acceptPending();
    void acceptNative();
    void addSession(QTcpSocket *socket);
    void acceptFailed(const QByteArray &reason);
    void setAccepting(bool on);
    bool closeLongestIdle();
    void sessionGone(HttpSession *session);
    void log(const QByteArray &line) const;

    Handler m_handler;
    Logger m_logger;
    HttpServerLimits m_limits;
    QTcpServer *m_server = nullptr;
    QSocketNotifier *m_acceptNotifier = nullptr; // Unix: we accept() ourselves (see acceptNative())
    QTimer *m_resumeTimer = nullptr;
    int m_acceptBackoffMs = 0; // > 0 while accept() keeps failing
    QList<HttpSession *> m_sessions;
};

} // namespace nd::sandbox
