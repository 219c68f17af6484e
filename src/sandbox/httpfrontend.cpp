// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "apierrors.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace nd::sandbox {

namespace {

constexpr qint64 kSocketReadBuffer = 256 * 1024; // back-pressure while a request is being answered
constexpr int kLingerMs = 2000;                  // after a final answer: how long to drain what the peer still sends
constexpr qint64 kLingerMaxBytes = 4 * 1024 * 1024;
constexpr int kMaxAcceptBackoffMs = 1000;

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
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

// error.status of the envelope for answers of the HTTP layer itself (docs/sandbox.md, "HTTP limits").
const char *protocolStatusName(int status)
{
    switch (status) {
    case 408:
        return "REQUEST_TIMEOUT";
    case 413:
        return "PAYLOAD_TOO_LARGE";
    case 414:
        return "URI_TOO_LONG";
    case 431:
        return "REQUEST_HEADER_FIELDS_TOO_LARGE";
    case 501:
        return "UNIMPLEMENTED";
    case 503:
        return "UNAVAILABLE";
    case 505:
        return "HTTP_VERSION_NOT_SUPPORTED";
    default:
        return "INVALID_ARGUMENT";
    }
}

} // namespace

// One accepted connection: reads and parses requests one at a time (a pipelined request waits in the buffer
// until the previous one is answered), enforces the timeouts and writes the answers.
class HttpSession final : public QObject
{
public:
    HttpSession(HttpFrontend *frontend, QTcpSocket *socket);

    bool isIdle() const
    {
        return !m_busy && !m_closing && !m_parser.hasStarted() && m_buffer.isEmpty() &&
               m_socket->bytesAvailable() == 0 && !hasUnreadBytes();
    }
    bool isClosing() const { return m_closing; }
    qint64 idleForMs() const { return m_idleSince.elapsed(); }

    void send(const HttpResponse &response);
    void drop();
    void closeIdle();
    void refuse(int status, const QString &message); // answer from the HTTP layer, then close

private:
    bool hasUnreadBytes() const; // bytes the kernel holds that Qt has not read yet

    enum class TimerMode { None, Idle, Request, Linger };

    void onReadyRead();
    void process();
    void onTimeout();
    void startTimer(TimerMode mode, int ms);
    void write(const HttpResponse &response, bool close, bool withBody);
    void closeAfterWrite();
    void halfClose();

    HttpFrontend *m_frontend;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    TimerMode m_timerMode = TimerMode::None;
    QElapsedTimer m_idleSince;
    bool m_busy = false;    // a request is with the handler
    bool m_closing = false; // the last answer is written; draining until the peer closes
    bool m_closeAfterResponse = false;
    bool m_headRequest = false;
    bool m_continueSent = false;
    qint64 m_discarded = 0;
};

HttpSession::HttpSession(HttpFrontend *frontend, QTcpSocket *socket)
    : QObject(frontend)
    , m_frontend(frontend)
    , m_socket(socket)
    , m_parser(frontend->limits().request)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_frontend->sessionGone(this);
        deleteLater();
    });
    m_idleSince.start();
    startTimer(TimerMode::Idle, m_frontend->limits().idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this, [this] { onReadyRead(); }, Qt::QueuedConnection);
}

bool HttpSession::hasUnreadBytes() const
{
#ifdef Q_OS_UNIX
    int pending = 0;
    const qintptr fd = m_socket->socketDescriptor();
    return fd >= 0 && ::ioctl(static_cast<int>(fd), FIONREAD, &pending) == 0 && pending > 0;
#else
    return false;
#endif
}

void HttpSession::startTimer(TimerMode mode, int ms)
{
    m_timerMode = mode;
    m_timer.start(qMax(1, ms));
}

void HttpSession::onReadyRead()
{
    if (m_closing) {
        m_discarded += m_socket->readAll().size();
        if (m_discarded > kLingerMaxBytes)
            m_socket->abort();
        return;
    }
    process();
}

void HttpSession::process()
{
    if (m_busy || m_closing)
        return; // a pipelined request waits (in the socket's bounded buffer) for the current answer
    m_buffer += m_socket->readAll();
    const HttpRequestParser::Status status = m_parser.feed(m_buffer);
    switch (status) {
    case HttpRequestParser::Status::NeedMore:
        if (m_parser.hasStarted()) {
            // Measured from the first byte of the request: sending slowly does not extend it.
            if (m_timerMode != TimerMode::Request)
                startTimer(TimerMode::Request, m_frontend->limits().requestTimeoutMs);
            if (m_parser.headersComplete() && m_parser.expectsContinue() && !m_continueSent) {
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
                m_continueSent = true;
            }
        } else if (m_timerMode != TimerMode::Idle) {
            m_idleSince.start();
            startTimer(TimerMode::Idle, m_frontend->limits().idleTimeoutMs);
        }
        return;
    case HttpRequestParser::Status::Error:
        refuse(m_parser.errorStatus(), m_parser.errorMessage());
        return;
    case HttpRequestParser::Status::Complete:
        break;
    }
    m_busy = true;
    m_timer.stop(); // no timeout while the sandbox itself takes its time (--latency)
    m_timerMode = TimerMode::None;
    m_continueSent = false;
    m_closeAfterResponse = !m_parser.keepAlive();
    const HttpRequest request = m_parser.takeRequest();
    m_headRequest = request.method == "HEAD";
    m_frontend->m_handler(request, HttpConnection(this));
}

void HttpSession::onTimeout()
{
    switch (m_timerMode) {
    case TimerMode::Request:
        refuse(408,
               QStringLiteral("the request was not complete within %1 ms").arg(m_frontend->limits().requestTimeoutMs));
        break;
    case TimerMode::Idle:
        closeIdle();
        break;
    case TimerMode::Linger:
        m_socket->abort();
        break;
    case TimerMode::None:
        break;
    }
}

void HttpSession::write(const HttpResponse &response, bool close, bool withBody)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (withBody)
        out += response.body;
    m_socket->write(out);
}

void HttpSession::send(const HttpResponse &response)
{
    if (!m_busy || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.disposition == HttpResponse::Disposition::CloseWithoutResponse) {
        drop();
        return;
    }
    write(response, m_closeAfterResponse, !m_headRequest);
    m_busy = false;
    if (m_closeAfterResponse) {
        closeAfterWrite();
        return;
    }
    m_idleSince.start();
    startTimer(TimerMode::Idle, m_frontend->limits().idleTimeoutMs);
    // A pipelined request may already be buffered: parse it, but after this call stack unwinds.
    QMetaObject::invokeMethod(
        this, [this] { process(); }, Qt::QueuedConnection);
}

void HttpSession::drop()
{
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
    m_closing = true;
    m_socket->abort();
}

void HttpSession::closeIdle()
{
    m_closing = true;
    m_timer.stop();
    m_socket->disconnectFromHost();
}

void HttpSession::refuse(int status, const QString &message)
{
    if (m_closing)
        return;
    const HttpRequest &r = m_parser.current();
    m_frontend->log((r.method.isEmpty() ? QByteArrayLiteral("-") : r.method) + ' ' +
                    (r.rawPath.isEmpty() ? QByteArrayLiteral("-") : r.rawPath.left(200)) + ' ' +
                    QByteArray::number(status) + " (refused by the HTTP layer: " + message.toUtf8() + ')');
    write(errorResponse(status, protocolStatusName(status), message), true, true);
    m_busy = false;
    closeAfterWrite();
}

// A final answer must reach the peer even if it is still sending (a refused 300 MB body): closing with
// unread data would turn into a reset that can destroy the answer. So: send FIN after the answer, discard
// what still arrives (bounded), and abort after kLingerMs.
void HttpSession::closeAfterWrite()
{
    m_closing = true;
    m_buffer.clear();
    startTimer(TimerMode::Linger, kLingerMs);
    if (m_socket->bytesToWrite() == 0) {
        halfClose();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            halfClose();
    });
}

void HttpSession::halfClose()
{
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        ::shutdown(static_cast<int>(fd), SHUT_WR);
        m_discarded += m_socket->readAll().size();
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

HttpConnection::HttpConnection(HttpSession *session)
    : m_session(session)
{}

void HttpConnection::send(const HttpResponse &response) const
{
    if (m_session)
        m_session->send(response);
}

void HttpConnection::dropWithoutResponse() const
{
    if (m_session)
        m_session->drop();
}

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer, &QTimer::timeout, this, [this] { setAccepting(true); });
#ifndef Q_OS_UNIX
    connect(m_server, &QTcpServer::newConnection, this, [this] { acceptPending(); });
    connect(m_server, &QTcpServer::acceptError, this, [this] { acceptFailed(m_server->errorString().toUtf8()); });
#endif
}

HttpFrontend::~HttpFrontend()
{
    m_server->close();
    // Sessions are children and go with us (their sockets with them); a session's connections are gone
    // before its socket is destroyed, so no sessionGone() reaches a half-destroyed frontend.
    m_sessions.clear();
}

void HttpFrontend::setLimits(const HttpServerLimits &limits)
{
    m_limits = limits;
    m_limits.maxConnections = qMax(1, limits.maxConnections);
}

quint16 HttpFrontend::listenOnLoopback(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
#ifdef Q_OS_UNIX
    // Qt 6.4's QTcpServer spins when accept() fails with EMFILE: its socket engine keeps the first error it
    // ever saw (EAGAIN at the end of an earlier accept loop), so EMFILE looks temporary, accepting is never
    // paused, and the readable listening socket wakes the event loop at once, forever. So QTcpServer only
    // binds and listens here; acceptNative() accepts.
    m_server->pauseAccepting();
    m_acceptNotifier = new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, [this] { acceptNative(); });
#endif
    return m_server->serverPort();
}

void HttpFrontend::stopListening()
{
    m_resumeTimer->stop();
    delete m_acceptNotifier;
    m_acceptNotifier = nullptr;
    m_server->close();
}

void HttpFrontend::setAccepting(bool on)
{
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(on);
    else if (on && m_server->isListening())
        m_server->resumeAccepting();
}

int HttpFrontend::connectionCount() const
{
    return static_cast<int>(
        std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](const HttpSession *s) { return !s->isClosing(); }));
}

void HttpFrontend::log(const QByteArray &line) const
{
    if (m_logger)
        m_logger(line);
}

void HttpFrontend::addSession(QTcpSocket *socket)
{
    if (m_acceptBackoffMs > 0) {
        log(QByteArrayLiteral("accepting connections again"));
        m_acceptBackoffMs = 0;
    }
    const bool full = connectionCount() >= m_limits.maxConnections;
    auto *session = new HttpSession(this, socket);
    if (full && !closeLongestIdle()) {
        session->refuse(503, QStringLiteral("too many connections: the sandbox serves at most %1 at a time")
                                 .arg(m_limits.maxConnections));
    }
    m_sessions.append(session);
}

void HttpFrontend::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        addSession(socket);
}

void HttpFrontend::acceptNative()
{
#ifdef Q_OS_UNIX
    const int listener = static_cast<int>(m_server->socketDescriptor());
    for (int batch = 0; batch < 64; ++batch) { // bounded: timers and other sockets get their turn
        const int fd = ::accept(listener, nullptr, nullptr);
        if (fd < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK)
                return;
            acceptFailed(QByteArray(std::strerror(error))); // EMFILE, ENFILE, ENOBUFS, ENOMEM, ...
            return;
        }
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            ::close(fd);
            delete socket;
            continue;
        }
        addSession(socket);
    }
#endif
}

// accept() failed, typically because file descriptors ran out. The pending connection stays in the
// listening socket, which therefore stays readable: retrying at once would spin. So stop accepting, close
// idle connections to free descriptors, and retry with back-off (50 ms doubling up to 1 s).
void HttpFrontend::acceptFailed(const QByteArray &reason)
{
    setAccepting(false);
    int closed = 0;
    while (closeLongestIdle())
        ++closed;
    const bool first = m_acceptBackoffMs == 0;
    m_acceptBackoffMs = first ? 50 : qMin(m_acceptBackoffMs * 2, kMaxAcceptBackoffMs);
    if (first) {
        log("cannot accept connections (" + reason + "): closed " + QByteArray::number(closed) +
            " idle connections; retrying with back-off");
    }
    m_resumeTimer->start(m_acceptBackoffMs);
}

bool HttpFrontend::closeLongestIdle()
{
    HttpSession *oldest = nullptr;
    for (HttpSession *s : std::as_const(m_sessions)) {
        if (s->isIdle() && (!oldest || s->idleForMs() > oldest->idleForMs()))
            oldest = s;
    }
    if (!oldest)
        return false;
    oldest->closeIdle();
    return true;
}

void HttpFrontend::sessionGone(HttpSession *session)
{
    m_sessions.removeOne(session);
}

} // namespace nd::sandbox
