// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacksender.h"

#include "callbacksignature.h"
#include "numbersclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace nd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::CallbackSender)
};

} // namespace

CallbackSender::CallbackSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

CallbackSender::~CallbackSender() = default;

bool CallbackSender::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString CallbackSender::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("'%1' is not a URL (give one such as http://127.0.0.1:8080/hooks)").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Text::tr("'%1' is not an http or https URL").arg(url.toString());
    return QString();
}

void CallbackSender::send(const QUrl &url, const QByteArray &body, const QString &secret,
                          const std::function<void(const TestCallbackResult &)> &done)
{
    auto result = std::make_shared<TestCallbackResult>();
    result->body = body;
    result->signature = CallbackSignature::sign(body, secret);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Sinch-Signature", result->signature);
    request.setHeader(QNetworkRequest::UserAgentHeader, NumbersClient::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, result, timer, done] {
        reply->deleteLater();
        result->elapsedMs = timer->elapsed();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            result->statusCode = status.toInt();
            result->reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            result->responseHeaders = reply->rawHeaderPairs();
            result->responseBody = reply->read(64 * 1024);
        } else {
            result->error = reply->errorString();
        }
        done(*result);
    });
}

} // namespace nd
