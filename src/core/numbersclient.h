// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "apitypes.h"
#include "requests.h"
#include "result.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkReply;

namespace nd {

class PendingCall;

// The Sinch Numbers API client: all 15 operations of docs/api.md §4 over QNetworkAccessManager.
//
// Connections: requests that may be re-sent share keep-alive connections, at most connectionsPerHost() at once
// (6, as Qt's own limit per manager; more for a caller that bounds its own requests, the inventory sync); the
// others each get a connection of their own (below).
//
// Threading: lives in and must be used from one thread (normally the GUI thread).
// Every operation is asynchronous. The callback runs exactly once, on this object's thread, unless the
// `context` object is destroyed first (then it never runs) or the call is cancelled (then it runs with an
// ApiError of kind Cancelled). Phone numbers must already be valid E.164 (see PhoneNumber::normalize); an
// invalid one fails with a Validation error and nothing is sent. The returned PendingCall is owned by the
// client and deletes itself after the callback ran; hold it in a QPointer to cancel. Destroying the client
// drops every call in flight without running its callback.
//
// Retries: the request builder declares per operation whether a request may be re-sent (wire::Resend).
// Those that may (the seven GETs and :validate) are retried after network errors, timeouts, 429 and
// 500/502/503/504 as the RetryPolicy says. The others, billable or destructive (rent, rentAny, update,
// release, emergency provision/deprovision, callback update), are sent exactly once: they go out
// on a fresh connection ("Connection: close", HTTP/1.1) with a body that cannot be rewound, so Qt's
// silent re-send of a request whose connection died before the answer (QHttpNetworkConnectionChannel)
// fails with ContentReSendError instead of reaching the server a second time. Such a failure, like a
// timeout or a 5xx, is ambiguous (ApiError::isAmbiguous()): the ActionPipeline (src/actions) settles it.
//
// Transport: plain http only to loopback; TLS errors are reported with their details (ApiError::tlsIssues)
// and never ignored; extra CAs from ConnectionSettings::caBundlePath; the system proxy configuration is
// used (QNetworkProxyFactory::setUseSystemConfiguration) except for loopback hosts.
class NumbersClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersClient)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit NumbersClient(QObject *parent = nullptr);
    ~NumbersClient() override;

    // Replaces the connection; drops any cached OAuth2 token. Calls already in flight finish with the
    // settings they started with.
    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const;

    // How many requests that may be re-sent are on the wire at once (rounded up to a multiple of six); the rest wait
    // in Qt's queue. 6 (Qt's limit for one QNetworkAccessManager) unless raised, up to 48: raise it only for callers
    // that bound their own requests (the inventory walker, for its sync).
    void setConnectionsPerHost(int connections);
    int connectionsPerHost() const;

    // "numberdesk/<version> (C++/Qt <qVersion>; QNetworkAccessManager; <os>)"
    static QByteArray userAgent();

    // 1. GET /availableNumbers
    PendingCall *searchAvailableNumbers(const AvailableNumberQuery &query, QObject *context,
                                        Callback<QList<AvailableNumber>> callback);
    // 2. GET /availableNumbers/{phoneNumber}
    PendingCall *getAvailableNumber(const QString &phoneNumber, QObject *context, Callback<AvailableNumber> callback);
    // 3. POST /availableNumbers/{phoneNumber}:rent  (billable)
    PendingCall *rentNumber(const QString &phoneNumber, const NumberConfiguration &configuration, QObject *context,
                            Callback<ActiveNumber> callback);
    // 4. POST /availableNumbers:rentAny  (billable)
    PendingCall *rentAnyNumber(const RentAnyRequest &request, QObject *context, Callback<ActiveNumber> callback);
    // 5. GET /activeNumbers (one page)
    PendingCall *listActiveNumbers(const ActiveNumberQuery &query, QObject *context,
                                   Callback<ActiveNumbersPage> callback);
    // 6. GET /activeNumbers/{phoneNumber}
    PendingCall *getActiveNumber(const QString &phoneNumber, QObject *context, Callback<ActiveNumber> callback);
    // 7. PATCH /activeNumbers/{phoneNumber}
    PendingCall *updateActiveNumber(const QString &phoneNumber, const ActiveNumberUpdate &update, QObject *context,
                                    Callback<ActiveNumber> callback);
    // 8. POST /activeNumbers/{phoneNumber}:release  (destructive)
    PendingCall *releaseNumber(const QString &phoneNumber, QObject *context, Callback<ActiveNumber> callback);
    // 9. GET /activeNumbers/{phoneNumber}/emergencyAddress
    PendingCall *getEmergencyAddress(const QString &phoneNumber, QObject *context, Callback<EmergencyAddress> callback);
    // 10. POST /activeNumbers/{phoneNumber}/emergencyAddress:provision
    PendingCall *provisionEmergencyAddress(const QString &phoneNumber, const EmergencyAddressRequest &request,
                                           QObject *context, Callback<EmergencyAddress> callback);
    // 11. POST /activeNumbers/{phoneNumber}/emergencyAddress:deprovision
    PendingCall *deprovisionEmergencyAddress(const QString &phoneNumber, QObject *context, Callback<Empty> callback);
    // 12. POST /activeNumbers/{phoneNumber}/emergencyAddress:validate
    PendingCall *validateEmergencyAddress(const QString &phoneNumber, const EmergencyAddressRequest &request,
                                          QObject *context, Callback<ValidateEmergencyAddressResponse> callback);
    // 13. GET /availableRegions
    PendingCall *listAvailableRegions(const QList<NumberType> &types, QObject *context,
                                      Callback<QList<AvailableRegion>> callback);
    // 14. GET /callbackConfiguration
    PendingCall *getCallbackConfiguration(QObject *context, Callback<CallbackConfiguration> callback);
    // 15. PATCH /callbackConfiguration
    PendingCall *updateCallbackConfiguration(const QString &hmacSecret, QObject *context,
                                             Callback<CallbackConfiguration> callback);

    // Tuning, mainly for tests: the base of the random backoff after a 429 from the token endpoint when it
    // sends no Retry-After (docs/api.md §2.2: waits are uniform in [0, base * 4^n) ms; default 1000), and
    // the largest response body accepted before the request is aborted (default 64 MiB).
    void setTokenRetryBaseDelay(int milliseconds);
    void setMaxResponseSize(qint64 bytes);

    // Retries of the requests that may be re-sent (see RetryPolicy). Applies to calls started afterwards.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;

Q_SIGNALS:
    // Every HTTP exchange of the client (API calls, each retry, token requests), for logging. The reply is
    // valid only during the emission; never log its headers.
    void networkReplyFinished(QNetworkReply *reply);
    // A request that may be re-sent failed with `error` and is sent again after `delayMs` (attempt = the next one).
    void retryScheduled(const QByteArray &method, const QByteArray &path, int attempt, qint64 delayMs,
                        const nd::ApiError &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

// A call in flight. Owned by the NumbersClient; deletes itself (deleteLater) once its callback has run.
class PendingCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCall)

public:
    explicit PendingCall(QObject *parent = nullptr);
    ~PendingCall() override;

    // Aborts the request. The callback runs once with ApiError::Kind::Cancelled (if its context is alive).
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void cancelRequested();
    void finished();

private:
    friend class NumbersClient;
    bool m_finished = false;
};

} // namespace nd
