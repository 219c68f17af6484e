// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Numbers API client behind its pimpl: auth (Basic, OAuth2 token single-flight and refresh), retries of reads,
// and the 15 operations, each a few lines over the same send/parse path. One cohesive whole: the operations share
// the private request machinery that a split would have to expose.
#include "numbersclient.h"

#include "errorresponse.h"
#include "jsonparsers.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

#include <cstring>
#include <memory>
#include <optional>

namespace nd {

Q_LOGGING_CATEGORY(lcApi, "numberdesk.core.api")

namespace {

constexpr int MaxTokenRetries = 3; // §2.2: 4 attempts in total
constexpr qint64 RefreshMarginMs = 60 * 1000;

// Everything one call needs while it is in flight; shared by the lambdas that drive it.
struct CallState
{
    QPointer<PendingCall> call;
    ConnectionSettings settings;
    quint64 generation = 0;
    wire::WireRequest wire;
    QPointer<QNetworkReply> reply;
    QByteArray usedToken;
    int attempt = 1;     // the attempt in flight (1 = first)
    QElapsedTimer clock; // since the first attempt: the retry budget
    bool sent = false;   // a request has been handed to the network at least once
    QList<TlsIssue> tlsIssues;
    bool retriedAfterExpiry = false;
    bool cancelled = false;
    bool tooLarge = false;
    std::function<void(const ApiError &)> fail;
    std::function<void(const QByteArray &)> succeed;

    bool isDone() const { return cancelled || !call || call->isFinished(); }
};

using TokenCallback = std::function<void(const ApiError &, const QByteArray &)>;

// The body of a billable or destructive request. It can be read once and never rewound: when Qt's HTTP/1.1
// channel loses the connection after sending and tries to send the request again
// (QHttpNetworkConnectionChannel::resendCurrentRequest -> resetUploadData), the reset fails and the reply
// finishes with ContentReSendError instead of a second, unseen request reaching the server. Used with
// DoNotBufferUploadDataAttribute and an explicit Content-Length so QNAM does not copy it into a
// rewindable buffer first. Also used (empty) for the body-less POSTs, so they get the same protection.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 left = m_data.size() - m_position;
        if (left <= 0) {
            return -1;
        }
        const qint64 n = std::min(left, maxSize);
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

#if QT_CONFIG(ssl)
QString certificateName(const QStringList &commonNames, const QStringList &organizations)
{
    QStringList parts;
    if (!commonNames.isEmpty()) {
        parts.append(QStringLiteral("CN=") + commonNames.join(QLatin1Char(' ')));
    }
    if (!organizations.isEmpty()) {
        parts.append(QStringLiteral("O=") + organizations.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral(", "));
}

TlsIssue tlsIssue(const QSslError &error)
{
    TlsIssue issue;
    issue.error = error.errorString();
    const QSslCertificate cert = error.certificate();
    if (!cert.isNull()) {
        issue.subject = certificateName(cert.subjectInfo(QSslCertificate::CommonName),
                                        cert.subjectInfo(QSslCertificate::Organization));
        issue.issuer = certificateName(cert.issuerInfo(QSslCertificate::CommonName),
                                       cert.issuerInfo(QSslCertificate::Organization));
        issue.expiresAt = cert.expiryDate().toUTC();
    }
    return issue;
}
#endif

QByteArray joinUrl(const QUrl &base, const QByteArray &target)
{
    QByteArray encoded = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    while (encoded.endsWith('/')) {
        encoded.chop(1);
    }
    return encoded + target;
}

// The JWT `exp` claim, read without verifying the signature (§2.2), or an invalid QDateTime.
QDateTime jwtExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return {};
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonValue exp = doc.object().value(QLatin1String("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0 || exp.toDouble() > 1e11) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

ApiError networkError(QNetworkReply *reply, int timeoutMs, const QByteArray &what,
                      const QList<TlsIssue> &tlsIssues = {})
{
    const QNetworkReply::NetworkError code = reply->error();
    const QString detail =
        QStringLiteral("%1: %2 (%3)").arg(QString::fromLatin1(what), reply->errorString()).arg(int(code));
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply; our own cancel is seen earlier
        return ApiError::timeout(timeoutMs, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::tls(detail, tlsIssues);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::network(
            QCoreApplication::translate(
                "nd::NumbersClient",
                "The server refused the connection. Check the URL and that the server is running."),
            detail, false);
    case QNetworkReply::HostNotFoundError:
        return ApiError::network(
            QCoreApplication::translate("nd::NumbersClient",
                                        "The server's host name could not be resolved. Check the URL and the network."),
            detail, false);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::network(QCoreApplication::translate(
                                     "nd::NumbersClient",
                                     "The server closed the connection without answering. The request may still have "
                                     "been carried out: check the current state before retrying."),
                                 detail, true);
    case QNetworkReply::ContentReSendError:
        // Qt wanted to send a billable request a second time after the connection died; our body refused to
        // rewind (OneShotBody), so the first send is the only one. It may or may not have been carried out.
        return ApiError::network(
            QCoreApplication::translate("nd::NumbersClient",
                                        "The connection was closed after the request was sent, before any answer. The "
                                        "request may still have been carried out: check the current state before "
                                        "retrying."),
            detail, true);
    default:
        break;
    }
    if (code >= QNetworkReply::ProxyConnectionRefusedError && code < QNetworkReply::ContentAccessDenied) {
        return ApiError::network(
            QCoreApplication::translate("nd::NumbersClient", "The proxy server failed: %1").arg(reply->errorString()),
            detail, false);
    }
    return ApiError::network(
        QCoreApplication::translate("nd::NumbersClient", "Network error: %1").arg(reply->errorString()), detail, true);
}

bool isTransportError(QNetworkReply::NetworkError code)
{
    // Connection (1-99) and proxy (101-199) errors; the 2xx..4xx ranges map HTTP statuses, except the
    // re-send refusal, which is a transport failure after the request went out.
    return (code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied) ||
           code == QNetworkReply::ContentReSendError;
}

bool initSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return true;
}

} // namespace

class NumbersClient::Private
{
public:
    explicit Private(NumbersClient *qq)
        : q(qq)
        , unsafeNam(newManager())
    {
        // Once per process: the system (or environment) proxy settings apply to every client.
        static const bool proxyConfigured = initSystemProxy();
        Q_UNUSED(proxyConfigured)
        lanes.append({newManager(), 0});
        applySettings();
    }

    QNetworkAccessManager *newManager()
    {
        auto *manager = new QNetworkAccessManager(q);
        manager->setAutoDeleteReplies(true);
        manager->setProxy(proxy);
        QObject::connect(manager, &QNetworkAccessManager::finished, q, &NumbersClient::networkReplyFinished);
        return manager;
    }
    QNetworkReply *sendSafe(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body);

    void applySettings();
    bool scheduleRetry(const std::shared_ptr<CallState> &state, const ApiError &error);

    template<typename T>
    PendingCall *start(Result<wire::WireRequest> wire, QObject *context, Callback<T> callback,
                       std::function<Result<T>(const QByteArray &)> parse);
    void send(const std::shared_ptr<CallState> &state);
    void sendWithAuthorization(const std::shared_ptr<CallState> &state, const QByteArray &authorization);
    void handleReply(const std::shared_ptr<CallState> &state, QNetworkReply *reply);
    QNetworkRequest buildRequest(const ConnectionSettings &settings, const QByteArray &url) const;

    bool hasUsableToken() const;
    void withToken(const ConnectionSettings &settings, quint64 generation, TokenCallback callback);
    void requestToken(const ConnectionSettings &settings, quint64 generation, int attempt,
                      const std::function<void(const ApiError &, const QByteArray &)> &done);
    void finishSharedToken(quint64 tokenGeneration, const ApiError &error, const QByteArray &token);

    NumbersClient *q;
    QNetworkProxy proxy;
    QNetworkAccessManager *unsafeNam; // billable/destructive calls: a fresh connection each (Connection: close)
    // GETs, :validate and token requests: pooled keep-alive connections. A QNetworkAccessManager opens at most six
    // connections to one host (Qt 6.4 has no setting for it) and queues the rest, so when more connections are
    // allowed (setConnectionsPerHost: a sync at --concurrency 12) a second manager opens, and so on up to MaxLanes.
    struct Lane
    {
        QNetworkAccessManager *manager;
        int inFlight;
    };
    static constexpr int ConnectionsPerLane = 6;
    static constexpr int MaxLanes = 8;
    QList<Lane> lanes;
    int connectionsPerHost = ConnectionsPerLane; // setConnectionsPerHost()
    ConnectionSettings settings;
    ApiError settingsError; // settings.validate(), computed once per setConnection()
    RetryPolicy retryPolicy;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> sslConfiguration; // with the CA bundle added, when one is set
#endif
    quint64 generation = 0;
    QByteArray token;         // sensitive: never log
    QDateTime tokenExpiresAt; // invalid: no known expiry
    bool tokenInFlight = false;
    QList<TokenCallback> tokenWaiters;
    // Calls waiting for a token request of an earlier connection (by its generation): that request answers them,
    // and only them. A call made after setConnection() must never get the old credentials' answer.
    QHash<quint64, QList<TokenCallback>> earlierTokenWaiters;
    int tokenRetryBaseMs = 1000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
};

template<typename T>
PendingCall *NumbersClient::Private::start(Result<wire::WireRequest> wire, QObject *context, Callback<T> callback,
                                           std::function<Result<T>(const QByteArray &)> parse)
{
    auto *call = new PendingCall(q);
    auto state = std::make_shared<CallState>();
    state->call = call;

    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [call = QPointer<PendingCall>(call), guard, hasContext, callback](const Result<T> &result) {
        if (!call || call->m_finished) {
            return;
        }
        call->m_finished = true;
        if (callback && (!hasContext || guard)) {
            callback(result);
        }
        if (call) {
            Q_EMIT call->finished();
            call->deleteLater();
        }
    };
    state->fail = [deliver](const ApiError &error) { deliver(Result<T>(error)); };
    state->succeed = [deliver, parse](const QByteArray &body) { deliver(parse(body)); };

    QObject::connect(call, &PendingCall::cancelRequested, q, [state] {
        if (state->isDone()) {
            return;
        }
        state->cancelled = true;
        if (state->reply) {
            state->reply->abort();
        }
        // For a billable call, "cancelled" after sending does not mean "not done": say whether it went out.
        ApiError cancelled = ApiError::cancelled();
        cancelled.requestMayHaveBeenSent = state->sent;
        cancelled.attempts = state->attempt;
        state->fail(cancelled);
    });

    ApiError error = settingsError;
    if (!error.isError() && !wire.ok()) {
        error = wire.error();
    }
    if (error.isError()) {
        // Never call back from inside the call itself.
        QMetaObject::invokeMethod(
            call,
            [state, error] {
                if (!state->isDone()) {
                    state->fail(error);
                }
            },
            Qt::QueuedConnection);
        return call;
    }
    state->settings = settings;
    state->generation = generation;
    state->wire = wire.takeValue();
    state->clock.start();
    send(state);
    return call;
}

QNetworkRequest NumbersClient::Private::buildRequest(const ConnectionSettings &s, const QByteArray &url) const
{
    // StrictMode: the bytes go out as built; QUrl must not re-encode or decode our %2B, '+' or ':'.
    QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), NumbersClient::userAgent());
    request.setTransferTimeout(s.transferTimeoutMs);
    // A redirect would carry the Authorization header somewhere unexpected: report it instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    if (sslConfiguration && s.caBundlePath == settings.caBundlePath) {
        request.setSslConfiguration(*sslConfiguration);
    }
#endif
    return request;
}

void NumbersClient::Private::send(const std::shared_ptr<CallState> &state)
{
    if (state->settings.authMethod == AuthMethod::Basic) {
        sendWithAuthorization(state, wire::basicAuthorization(state->settings.keyId, state->settings.keySecret));
        return;
    }
    withToken(state->settings, state->generation, [this, state](const ApiError &error, const QByteArray &newToken) {
        if (state->isDone()) {
            return;
        }
        if (error.isError()) {
            state->fail(error);
            return;
        }
        state->usedToken = newToken;
        sendWithAuthorization(state, "Bearer " + newToken);
    });
}

void NumbersClient::Private::sendWithAuthorization(const std::shared_ptr<CallState> &state,
                                                   const QByteArray &authorization)
{
    const wire::WireRequest &w = state->wire;
    QNetworkRequest request = buildRequest(state->settings, joinUrl(state->settings.numbersUrl, w.target()));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    if (w.body) {
        request.setRawHeader(QByteArrayLiteral("Content-Type"), w.contentType);
    }
    qCDebug(lcApi) << w.method.constData() << w.path.constData();

    QNetworkReply *reply = nullptr;
    if (w.mayResend()) {
        reply = sendSafe(request, w.method, w.body.value_or(QByteArray()));
    } else {
        // Sent once, on a connection of its own, with a body that refuses to be re-sent (see OneShotBody).
        const QByteArray body = w.body.value_or(QByteArray());
        request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body);
        if (w.method == "POST") {
            reply = unsafeNam->post(request, device);
        } else {
            reply = unsafeNam->sendCustomRequest(request, w.method, device);
        }
        device->setParent(reply);
    }
    state->reply = reply;
    state->sent = true;
#if QT_CONFIG(ssl)
    // Collected for the error message only; never ignored.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            state->tlsIssues.append(tlsIssue(e));
        }
    });
#endif
    const qint64 cap = maxResponseBytes;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [state, reply, cap](qint64 received, qint64) {
        if (received > cap && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, state, reply] { handleReply(state, reply); });
}

void NumbersClient::Private::handleReply(const std::shared_ptr<CallState> &state, QNetworkReply *reply)
{
    state->reply = nullptr;
    if (state->isDone()) {
        return; // cancelled: already reported
    }
    const wire::WireRequest &w = state->wire;
    if (state->tooLarge) {
        state->fail(
            ApiError::parse(QCoreApplication::translate("nd::NumbersClient",
                                                        "The server's answer is larger than %1 MiB and was not read.")
                                .arg(maxResponseBytes / (1024 * 1024)),
                            QStringLiteral("response too large: %1").arg(QString::fromLatin1(w.path))));
        return;
    }
    auto failOrRetry = [this, state](ApiError error) {
        error.attempts = state->attempt;
        if (!scheduleRetry(state, error)) {
            state->fail(error);
        }
    };
    if (isTransportError(reply->error())) {
        qCDebug(lcApi) << w.method.constData() << w.path.constData() << "failed:" << reply->error();
        failOrRetry(networkError(reply, state->settings.transferTimeoutMs, w.method + ' ' + w.path, state->tlsIssues));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << w.method.constData() << w.path.constData() << "->" << status;
    if (status == 0) {
        failOrRetry(networkError(reply, state->settings.transferTimeoutMs, w.method + ' ' + w.path, state->tlsIssues));
        return;
    }
    if (status < 200 || status > 299) {
        if (status == 401 && state->settings.authMethod == AuthMethod::OAuth2 && !state->retriedAfterExpiry &&
            reply->rawHeader(QByteArrayLiteral("WWW-Authenticate")).contains("expired")) {
            // §2.2 step 4: drop the token only if it is still the one this request used, then resend once.
            state->retriedAfterExpiry = true;
            if (state->generation == generation && token == state->usedToken) {
                token.clear();
                tokenExpiresAt = QDateTime();
            }
            qCDebug(lcApi) << "token expired; retrying once" << w.method.constData() << w.path.constData();
            send(state);
            return;
        }
        ApiError error = json::parseErrorResponse(status, reply->rawHeaderPairs(), body);
        error.detail = QString::fromLatin1(w.method + ' ' + w.path) + QLatin1String(": ") + error.detail;
        failOrRetry(error);
        return;
    }
    state->succeed(body);
}

bool NumbersClient::Private::scheduleRetry(const std::shared_ptr<CallState> &state, const ApiError &error)
{
    // Billable and destructive calls are never sent twice (docs/api.md §3.11, §8).
    if (!state->wire.mayResend() || !RetryPolicy::isRetryable(error) || state->attempt >= retryPolicy.maxAttempts) {
        return false;
    }
    const qint64 delay = retryPolicy.delayBeforeRetryMs(state->attempt, error);
    if (state->clock.elapsed() + delay > retryPolicy.totalBudgetMs) {
        qCDebug(lcApi) << "not retrying" << state->wire.method.constData() << state->wire.path.constData()
                       << "- the wait of" << delay << "ms would exceed the retry budget";
        return false;
    }
    ++state->attempt;
    state->tlsIssues.clear();
    qCDebug(lcApi) << "retrying" << state->wire.method.constData() << state->wire.path.constData() << "attempt"
                   << state->attempt << "in" << delay << "ms after" << error.detail;
    Q_EMIT q->retryScheduled(state->wire.method, state->wire.path, state->attempt, delay, error);
    // The timer dies with the call (client destroyed), and the lambda ignores a cancelled call.
    QTimer::singleShot(std::chrono::milliseconds(delay), state->call.data(), [this, state] {
        if (!state->isDone()) {
            send(state);
        }
    });
    return true;
}

void NumbersClient::Private::applySettings()
{
    settingsError = settings.validate();
#if QT_CONFIG(ssl)
    sslConfiguration.reset();
    if (!settings.caBundlePath.isEmpty() && !settingsError.isError()) {
        QList<QSslCertificate> extra;
        const ApiError e = ConnectionSettings::loadCaBundle(settings.caBundlePath, &extra);
        if (e.isError()) {
            settingsError = e;
        } else {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.addCaCertificates(extra);
            sslConfiguration = configuration;
        }
    }
#endif
    // A system proxy must not see traffic meant for this machine (the sandbox, tests).
    const bool allLoopback =
        ConnectionSettings::isLoopback(settings.numbersUrl) &&
        (settings.authMethod == AuthMethod::Basic || ConnectionSettings::isLoopback(settings.authUrl));
    proxy = QNetworkProxy(allLoopback ? QNetworkProxy::NoProxy : QNetworkProxy::DefaultProxy);
    unsafeNam->setProxy(proxy);
    for (const Lane &lane : std::as_const(lanes)) {
        lane.manager->setProxy(proxy);
    }
}

QNetworkReply *NumbersClient::Private::sendSafe(const QNetworkRequest &request, const QByteArray &method,
                                                const QByteArray &body)
{
    // The first lane with a free connection; a new one when every lane is busy and more are allowed; else the
    // least busy one (Qt queues the request there). Lanes beyond what connectionsPerHost allows now stay idle.
    const qsizetype allowed = qBound(1, (connectionsPerHost + ConnectionsPerLane - 1) / ConnectionsPerLane, MaxLanes);
    const qsizetype usable = qMin(lanes.size(), allowed);
    qsizetype chosen = 0;
    for (qsizetype i = 0; i < usable; ++i) {
        if (lanes.at(i).inFlight < lanes.at(chosen).inFlight) {
            chosen = i;
        }
        if (lanes.at(i).inFlight < ConnectionsPerLane) {
            chosen = i;
            break;
        }
    }
    if (lanes.at(chosen).inFlight >= ConnectionsPerLane && lanes.size() < allowed) {
        lanes.append({newManager(), 0});
        chosen = lanes.size() - 1;
    }
    QNetworkAccessManager *manager = lanes.at(chosen).manager;
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = manager->get(request);
    } else if (method == "POST") {
        reply = manager->post(request, body);
    } else {
        reply = manager->sendCustomRequest(request, method, body);
    }
    ++lanes[chosen].inFlight;
    QObject::connect(reply, &QNetworkReply::finished, q, [this, manager] {
        for (Lane &lane : lanes) {
            if (lane.manager == manager) {
                --lane.inFlight;
            }
        }
    });
    return reply;
}

bool NumbersClient::Private::hasUsableToken() const
{
    if (token.isEmpty()) {
        return false;
    }
    if (!tokenExpiresAt.isValid()) {
        return true; // no known expiry: valid until the server says otherwise
    }
    return QDateTime::currentDateTimeUtc().msecsTo(tokenExpiresAt) >= RefreshMarginMs;
}

void NumbersClient::Private::withToken(const ConnectionSettings &s, quint64 callGeneration, TokenCallback callback)
{
    if (callGeneration != generation) {
        // The connection changed while this call was starting: fetch a private token for its old settings.
        requestToken(s, callGeneration, 0, callback);
        return;
    }
    if (hasUsableToken()) {
        callback({}, token);
        return;
    }
    // §2.2 step 3: one token request at a time; everyone waits for it.
    tokenWaiters.append(std::move(callback));
    if (tokenInFlight) {
        return;
    }
    tokenInFlight = true;
    requestToken(s, callGeneration, 0, [this, callGeneration](const ApiError &error, const QByteArray &newToken) {
        finishSharedToken(callGeneration, error, newToken);
    });
}

void NumbersClient::Private::finishSharedToken(quint64 tokenGeneration, const ApiError &error,
                                               const QByteArray &newToken)
{
    QList<TokenCallback> waiters;
    if (tokenGeneration == generation) {
        tokenInFlight = false;
        waiters = std::move(tokenWaiters);
        tokenWaiters.clear();
    } else {
        waiters = earlierTokenWaiters.take(tokenGeneration);
    }
    for (const TokenCallback &waiter : std::as_const(waiters)) {
        waiter(error, newToken);
    }
}

void NumbersClient::Private::requestToken(const ConnectionSettings &s, quint64 callGeneration, int attempt,
                                          const std::function<void(const ApiError &, const QByteArray &)> &done)
{
    const wire::WireRequest w = wire::tokenRequest();
    QByteArray url = s.authUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    if (!url.endsWith(w.path)) {
        url = joinUrl(s.authUrl, w.path);
    }
    QNetworkRequest request = buildRequest(s, url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), wire::basicAuthorization(s.keyId, s.keySecret));
    request.setRawHeader(QByteArrayLiteral("Content-Type"), w.contentType);
    qCDebug(lcApi) << "POST" << w.path.constData() << "attempt" << attempt + 1;
    QNetworkReply *reply = sendSafe(request, QByteArrayLiteral("POST"), *w.body);
    // The token request fails on the same certificate problems as any other: report them the same way.
    auto tlsIssues = std::make_shared<QList<TlsIssue>>();
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [tlsIssues](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            tlsIssues->append(tlsIssue(e));
        }
    });
#endif
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, s, callGeneration, attempt, done, tlsIssues] {
        if (isTransportError(reply->error())) {
            ApiError error = networkError(reply, s.transferTimeoutMs, "POST /oauth2/token", *tlsIssues);
            error.userMessage = QCoreApplication::translate("nd::NumbersClient", "Could not get an access token: %1")
                                    .arg(error.userMessage);
            done(error, {});
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 429 && attempt < MaxTokenRetries) {
            // §2.2 step 5: honour Retry-After (+0-249 ms jitter), else a random wait in [0, base*4^n).
            const int retryAfter = json::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
            qint64 delay = 0;
            if (retryAfter >= 0) {
                delay = qint64(retryAfter) * 1000 + QRandomGenerator::global()->bounded(250);
            } else {
                qint64 ceiling = tokenRetryBaseMs;
                for (int i = 0; i < attempt; ++i) {
                    ceiling *= 4;
                }
                delay = ceiling > 0 ? QRandomGenerator::global()->bounded(ceiling) : 0;
            }
            qCDebug(lcApi) << "token endpoint rate limited; retrying in" << delay << "ms";
            QTimer::singleShot(std::chrono::milliseconds(delay), q, [this, s, callGeneration, attempt, done] {
                requestToken(s, callGeneration, attempt + 1, done);
            });
            return;
        }
        if (status < 200 || status > 299) {
            ApiError error = status == 0 ? networkError(reply, s.transferTimeoutMs, "POST /oauth2/token", *tlsIssues)
                                         : json::parseErrorResponse(status, reply->rawHeaderPairs(), body);
            if (status == 401 || status == 403) {
                error.userMessage = QCoreApplication::translate(
                                        "nd::NumbersClient",
                                        "The authentication server rejected the access key (HTTP %1). Check the key id "
                                        "and key secret.")
                                        .arg(status);
            } else {
                error.userMessage =
                    QCoreApplication::translate("nd::NumbersClient", "Could not get an access token: %1")
                        .arg(error.userMessage);
            }
            error.detail = QStringLiteral("POST /oauth2/token: ") + error.detail;
            done(error, {});
            return;
        }
        Result<json::TokenResponse> parsed = json::parseTokenResponse(body);
        if (!parsed) {
            done(parsed.error(), {});
            return;
        }
        const QByteArray newToken = parsed.value().accessToken.toUtf8();
        // expiresAt = min(receivedAt + expires_in, JWT exp), either may be unknown.
        QDateTime expiresAt;
        if (parsed.value().expiresIn >= 0) {
            expiresAt = QDateTime::currentDateTimeUtc().addSecs(parsed.value().expiresIn);
        }
        const QDateTime exp = jwtExpiry(newToken);
        if (exp.isValid() && (!expiresAt.isValid() || exp < expiresAt)) {
            expiresAt = exp;
        }
        if (callGeneration == generation) {
            token = newToken;
            tokenExpiresAt = expiresAt;
        }
        done({}, newToken);
    });
}

NumbersClient::NumbersClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

NumbersClient::~NumbersClient()
{
    // No callback may run once the client is going away: drop every call in flight first. Their replies are
    // aborted when the network managers (children) are deleted, and nothing is connected to them any more.
    const QList<PendingCall *> calls = findChildren<PendingCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (PendingCall *call : calls) {
        call->m_finished = true;
        delete call;
    }
    d->tokenWaiters.clear();
    d->earlierTokenWaiters.clear();
}

void NumbersClient::setConnection(const ConnectionSettings &settings)
{
    d->settings = settings;
    if (d->tokenInFlight) {
        // The token request under way asks with the old credentials: it answers the calls that wait for it, and
        // the next call fetches a token of its own (it used to wait for that request and get its answer: a 401
        // for the profile just left, reported under the new one).
        d->earlierTokenWaiters.insert(d->generation, std::move(d->tokenWaiters));
        d->tokenWaiters.clear();
        d->tokenInFlight = false;
    }
    ++d->generation;
    d->token.clear();
    d->tokenExpiresAt = QDateTime();
    d->applySettings();
}

void NumbersClient::setConnectionsPerHost(int connections)
{
    d->connectionsPerHost = qBound(1, connections, Private::MaxLanes * Private::ConnectionsPerLane);
}

int NumbersClient::connectionsPerHost() const
{
    return d->connectionsPerHost;
}

const ConnectionSettings &NumbersClient::connection() const
{
    return d->settings;
}

QByteArray NumbersClient::userAgent()
{
    return QByteArrayLiteral("numberdesk/" NUMBERDESK_VERSION " (C++/Qt ") + QByteArray(qVersion()) +
           QByteArrayLiteral("; QNetworkAccessManager; ") + QSysInfo::productType().toUtf8() + ')';
}

void NumbersClient::setTokenRetryBaseDelay(int milliseconds)
{
    d->tokenRetryBaseMs = std::max(0, milliseconds);
}

void NumbersClient::setMaxResponseSize(qint64 bytes)
{
    d->maxResponseBytes = bytes;
}

void NumbersClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

RetryPolicy NumbersClient::retryPolicy() const
{
    return d->retryPolicy;
}

PendingCall *NumbersClient::searchAvailableNumbers(const AvailableNumberQuery &query, QObject *context,
                                                   Callback<QList<AvailableNumber>> callback)
{
    return d->start<QList<AvailableNumber>>(wire::searchAvailableNumbers(d->settings.projectId, query), context,
                                            std::move(callback),
                                            [](const QByteArray &body) { return json::parseAvailableNumbers(body); });
}

PendingCall *NumbersClient::getAvailableNumber(const QString &phoneNumber, QObject *context,
                                               Callback<AvailableNumber> callback)
{
    return d->start<AvailableNumber>(wire::getAvailableNumber(d->settings.projectId, phoneNumber), context,
                                     std::move(callback),
                                     [](const QByteArray &body) { return json::parseAvailableNumber(body); });
}

PendingCall *NumbersClient::rentNumber(const QString &phoneNumber, const NumberConfiguration &configuration,
                                       QObject *context, Callback<ActiveNumber> callback)
{
    return d->start<ActiveNumber>(wire::rentNumber(d->settings.projectId, phoneNumber, configuration), context,
                                  std::move(callback),
                                  [](const QByteArray &body) { return json::parseActiveNumber(body); });
}

PendingCall *NumbersClient::rentAnyNumber(const RentAnyRequest &request, QObject *context,
                                          Callback<ActiveNumber> callback)
{
    return d->start<ActiveNumber>(wire::rentAnyNumber(d->settings.projectId, request), context, std::move(callback),
                                  [](const QByteArray &body) { return json::parseActiveNumber(body); });
}

PendingCall *NumbersClient::listActiveNumbers(const ActiveNumberQuery &query, QObject *context,
                                              Callback<ActiveNumbersPage> callback)
{
    return d->start<ActiveNumbersPage>(wire::listActiveNumbers(d->settings.projectId, query), context,
                                       std::move(callback),
                                       [](const QByteArray &body) { return json::parseActiveNumbersPage(body); });
}

PendingCall *NumbersClient::getActiveNumber(const QString &phoneNumber, QObject *context,
                                            Callback<ActiveNumber> callback)
{
    return d->start<ActiveNumber>(wire::getActiveNumber(d->settings.projectId, phoneNumber), context,
                                  std::move(callback),
                                  [](const QByteArray &body) { return json::parseActiveNumber(body); });
}

PendingCall *NumbersClient::updateActiveNumber(const QString &phoneNumber, const ActiveNumberUpdate &update,
                                               QObject *context, Callback<ActiveNumber> callback)
{
    return d->start<ActiveNumber>(wire::updateActiveNumber(d->settings.projectId, phoneNumber, update), context,
                                  std::move(callback),
                                  [](const QByteArray &body) { return json::parseActiveNumber(body); });
}

PendingCall *NumbersClient::releaseNumber(const QString &phoneNumber, QObject *context, Callback<ActiveNumber> callback)
{
    return d->start<ActiveNumber>(wire::releaseNumber(d->settings.projectId, phoneNumber), context, std::move(callback),
                                  [](const QByteArray &body) { return json::parseActiveNumber(body); });
}

PendingCall *NumbersClient::getEmergencyAddress(const QString &phoneNumber, QObject *context,
                                                Callback<EmergencyAddress> callback)
{
    return d->start<EmergencyAddress>(wire::getEmergencyAddress(d->settings.projectId, phoneNumber), context,
                                      std::move(callback),
                                      [](const QByteArray &body) { return json::parseEmergencyAddress(body); });
}

PendingCall *NumbersClient::provisionEmergencyAddress(const QString &phoneNumber,
                                                      const EmergencyAddressRequest &request, QObject *context,
                                                      Callback<EmergencyAddress> callback)
{
    return d->start<EmergencyAddress>(wire::provisionEmergencyAddress(d->settings.projectId, phoneNumber, request),
                                      context, std::move(callback),
                                      [](const QByteArray &body) { return json::parseEmergencyAddress(body); });
}

PendingCall *NumbersClient::deprovisionEmergencyAddress(const QString &phoneNumber, QObject *context,
                                                        Callback<Empty> callback)
{
    // §4.11: any 2xx is success, whether the body is empty, {} or anything else.
    return d->start<Empty>(wire::deprovisionEmergencyAddress(d->settings.projectId, phoneNumber), context,
                           std::move(callback), [](const QByteArray &) { return Result<Empty>(Empty{}); });
}

PendingCall *NumbersClient::validateEmergencyAddress(const QString &phoneNumber, const EmergencyAddressRequest &request,
                                                     QObject *context,
                                                     Callback<ValidateEmergencyAddressResponse> callback)
{
    return d->start<ValidateEmergencyAddressResponse>(
        wire::validateEmergencyAddress(d->settings.projectId, phoneNumber, request), context, std::move(callback),
        [](const QByteArray &body) { return json::parseValidateEmergencyAddressResponse(body); });
}

PendingCall *NumbersClient::listAvailableRegions(const QList<NumberType> &types, QObject *context,
                                                 Callback<QList<AvailableRegion>> callback)
{
    return d->start<QList<AvailableRegion>>(wire::listAvailableRegions(d->settings.projectId, types), context,
                                            std::move(callback),
                                            [](const QByteArray &body) { return json::parseAvailableRegions(body); });
}

PendingCall *NumbersClient::getCallbackConfiguration(QObject *context, Callback<CallbackConfiguration> callback)
{
    return d->start<CallbackConfiguration>(
        wire::getCallbackConfiguration(d->settings.projectId), context, std::move(callback),
        [](const QByteArray &body) { return json::parseCallbackConfiguration(body); });
}

PendingCall *NumbersClient::updateCallbackConfiguration(const QString &hmacSecret, QObject *context,
                                                        Callback<CallbackConfiguration> callback)
{
    return d->start<CallbackConfiguration>(
        wire::updateCallbackConfiguration(d->settings.projectId, hmacSecret), context, std::move(callback),
        [](const QByteArray &body) { return json::parseCallbackConfiguration(body); });
}

PendingCall::PendingCall(QObject *parent)
    : QObject(parent)
{}

PendingCall::~PendingCall() = default;

void PendingCall::cancel()
{
    if (!m_finished) {
        Q_EMIT cancelRequested();
    }
}

} // namespace nd
