// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackdispatcher.h"

#include "catalogue.h"
#include "jsonwriter.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace nd::sandbox {

namespace {

// §6.2: "ULID-like, lowercase": 10 characters of time, 16 of randomness, Crockford's base 32.
QString eventIdAt(qint64 ms, quint64 random)
{
    static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QString id(26, QLatin1Char('0'));
    auto t = static_cast<quint64>(ms);
    for (int i = 9; i >= 0; --i, t >>= 5)
        id[i] = QLatin1Char(alphabet[t & 31]);
    for (int i = 10; i < 26; ++i, random >>= 5) {
        if (i == 18)
            random = mix64(random);
        id[i] = QLatin1Char(alphabet[random & 31]);
    }
    return id;
}

// §6.2 / §3.6: UTC without a zone designator, here with 6 fractional digits like the spec's first example.
QString callbackTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("000");
}

} // namespace

struct CallbackDispatcher::Delivery
{
    QString url;
    QHostAddress host;
    quint16 port = 80;
    QByteArray target; // path and query
    QByteArray hostHeader;
    QByteArray body;
    QString eventId;
    QString eventType;
    QString eventStatus;
    QString phoneNumber;
    int attempt = 0;
    qint64 attemptStartedMs = 0; // sandbox clock
};

CallbackDispatcher::CallbackDispatcher(SandboxState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    setSeed(1);
}

CallbackDispatcher::~CallbackDispatcher() = default;

void CallbackDispatcher::setSeed(quint64 seed)
{
    m_idState = mix64(seed ^ 0xca11bac4ULL);
}

QByteArray CallbackDispatcher::signature(const QByteArray &body, const QString &secret)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha1).toHex();
}

int CallbackDispatcher::retryDelayMs(int attempt)
{
    return 1000 << qBound(0, attempt - 1, 10); // 1 s, 2 s, 4 s
}

QByteArray CallbackDispatcher::eventBody(const NumberEvent &event, QString *eventId)
{
    m_idState += 0x9e3779b97f4a7c15ULL;
    *eventId = eventIdAt(event.timeMs, mix64(m_idState));
    JsonWriter w;
    w.beginObject();
    w.field("eventId", *eventId);
    w.field("timestamp", callbackTimestamp(event.timeMs));
    w.field("projectId", m_projectId);
    w.field("resourceId", event.phoneNumber);
    w.field("resourceType", "ACTIVE_NUMBER");
    w.field("eventType", event.eventType);
    w.field("status", event.succeeded ? "SUCCEEDED" : "FAILED");
    if (event.failureCode.isEmpty())
        w.nullField("failureCode");
    else
        w.field("failureCode", event.failureCode);
    if (!event.internalFailureCode.isEmpty())
        w.field("internalFailureCode", event.internalFailureCode);
    w.endObject();
    return w.take();
}

void CallbackDispatcher::deliver(const NumberEvent &event)
{
    auto d = std::make_shared<Delivery>();
    d->url = event.callbackUrl;
    d->body = eventBody(event, &d->eventId);
    d->eventType = event.eventType;
    d->eventStatus = QLatin1String(event.succeeded ? "SUCCEEDED" : "FAILED");
    d->phoneNumber = event.phoneNumber;

    // Only to this machine: the sandbox must never send anything anywhere else. Names other than "localhost"
    // are not resolved (a name could point anywhere).
    const QUrl url(event.callbackUrl);
    QString refusal;
    const QString host = url.host();
    if (url.scheme() != QLatin1String("http")) {
        refusal = QStringLiteral("only http:// URLs are delivered (the sandbox has no TLS sender)");
    } else if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        d->host = QHostAddress(QHostAddress::LocalHost);
    } else if (!d->host.setAddress(host) || !d->host.isLoopback()) {
        refusal = QStringLiteral("%1 is not a loopback address: the sandbox delivers only to 127.0.0.0/8, ::1 and "
                                 "localhost")
                      .arg(host);
    }
    if (!refusal.isEmpty()) {
        Attempt a;
        a.timeMs = m_state->nowMs();
        a.url = d->url;
        a.eventId = d->eventId;
        a.eventType = d->eventType;
        a.eventStatus = d->eventStatus;
        a.phoneNumber = d->phoneNumber;
        a.result = QStringLiteral("refused");
        a.error = refusal;
        a.body = d->body;
        record(a);
        return;
    }
    d->port = static_cast<quint16>(url.port(80));
    d->target = url.path(QUrl::FullyEncoded).toUtf8();
    if (d->target.isEmpty())
        d->target = "/";
    if (url.hasQuery())
        d->target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    d->hostHeader = url.authority(QUrl::FullyEncoded).toUtf8();
    send(d);
}

void CallbackDispatcher::send(const std::shared_ptr<Delivery> &d)
{
    ++d->attempt;
    d->attemptStartedMs = m_state->nowMs();
    const QByteArray sig = signature(d->body, m_state->hmacSecret());
    const QByteArray request =
        "POST " + d->target + " HTTP/1.1\r\nHost: " + d->hostHeader +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(d->body.size()) +
        "\r\nX-Sinch-Signature: " + sig + "\r\nUser-Agent: numberdesk-sandbox\r\nConnection: close\r\n\r\n" + d->body;

    auto *socket = new QTcpSocket(this);
    auto *timeout = new QTimer(socket);
    auto buffer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    auto complete = [this, d, sig, socket, done](int status, const QString &error) {
        if (*done)
            return;
        *done = true;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        finish(d, sig, status, error);
    };
    connect(socket, &QTcpSocket::connected, this, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, this, [socket, buffer, complete] {
        *buffer += socket->readAll();
        // The status line and the headers are all we need; the receiver's body is not read.
        if (!buffer->contains("\r\n\r\n") && buffer->size() < 64 * 1024)
            return;
        const QList<QByteArray> statusLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
        bool ok = false;
        const int status = statusLine.value(1).toInt(&ok);
        if (!statusLine.value(0).startsWith("HTTP/1.") || !ok || status < 100 || status > 999)
            complete(0, QStringLiteral("the answer is not HTTP"));
        else
            complete(status, QString());
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, complete] { complete(0, socket->errorString()); });
    connect(socket, &QTcpSocket::disconnected, this,
            [complete] { complete(0, QStringLiteral("the connection closed without an answer")); });
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this,
            [complete] { complete(0, QStringLiteral("no answer within %1 ms").arg(kAttemptTimeoutMs)); });
    timeout->start(kAttemptTimeoutMs);
    socket->connectToHost(d->host, d->port);
}

void CallbackDispatcher::finish(const std::shared_ptr<Delivery> &d, const QByteArray &sig, int statusCode,
                                const QString &error)
{
    Attempt a;
    a.timeMs = d->attemptStartedMs;
    a.url = d->url;
    a.eventId = d->eventId;
    a.eventType = d->eventType;
    a.eventStatus = d->eventStatus;
    a.phoneNumber = d->phoneNumber;
    a.attempt = d->attempt;
    a.statusCode = statusCode;
    a.error = error;
    a.signature = sig;
    a.body = d->body;
    if (statusCode >= 200 && statusCode < 300) {
        a.result = QStringLiteral("delivered");
    } else if (d->attempt < kMaxAttempts) {
        a.result = QStringLiteral("retrying");
        a.nextAttemptInMs = retryDelayMs(d->attempt);
        if (a.error.isEmpty())
            a.error = QStringLiteral("HTTP status %1").arg(statusCode);
        QTimer::singleShot(a.nextAttemptInMs, Qt::PreciseTimer, this, [this, d] { send(d); });
    } else {
        a.result = QStringLiteral("failed");
        if (a.error.isEmpty())
            a.error = QStringLiteral("HTTP status %1").arg(statusCode);
    }
    record(a);
}

void CallbackDispatcher::record(Attempt attempt)
{
    m_attempts.append(std::move(attempt));
    while (m_attempts.size() > kMaxRecordedAttempts) {
        m_attempts.removeFirst();
        ++m_omitted;
    }
}

void CallbackDispatcher::clearRecords()
{
    m_attempts.clear();
    m_omitted = 0;
}

QByteArray CallbackDispatcher::attemptsJson(const QString &phoneNumber) const
{
    JsonWriter w;
    w.beginObject();
    w.key("attempts");
    w.beginArray();
    for (const Attempt &a : m_attempts) {
        if (!phoneNumber.isEmpty() && a.phoneNumber != phoneNumber)
            continue;
        w.beginObject();
        w.field("time", formatTimestamp(a.timeMs));
        w.field("url", a.url);
        w.field("resourceId", a.phoneNumber);
        w.field("eventId", a.eventId);
        w.field("eventType", a.eventType);
        w.field("status", a.eventStatus);
        w.field("attempt", a.attempt);
        w.field("statusCode", a.statusCode);
        w.field("result", a.result);
        w.field("error", a.error);
        if (a.nextAttemptInMs < 0)
            w.nullField("nextAttemptInMs");
        else
            w.field("nextAttemptInMs", a.nextAttemptInMs);
        w.field("signature", QString::fromLatin1(a.signature));
        w.key("event");
        w.rawValue(a.body);
        w.endObject();
    }
    w.endArray();
    w.field("omitted", m_omitted);
    w.endObject();
    return w.take();
}

} // namespace nd::sandbox
