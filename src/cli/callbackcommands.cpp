// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackevent.h"
#include "callbacklistener.h"
#include "callbacksender.h"
#include "callbacksignature.h"
#include "cliapp.h"
#include "cliconnection.h"
#include "commands.h"
#include "numbersclient.h"
#include "outputstream.h"
#include "recordprinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

// The callback tools of issue 16 (docs/api.md §6): verify a signature offline, receive and check callbacks, and
// send a signed test callback. The secrets are read from stdin, a file or the API and never printed.
namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::CallbackCommands)
};

QJsonValue matchName(CallbackSignature::Match match)
{
    switch (match) {
    case CallbackSignature::Match::Current:
        return QStringLiteral("current");
    case CallbackSignature::Match::Previous:
        return QStringLiteral("previous");
    case CallbackSignature::Match::None:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject headerObject(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonObject o;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        if (!o.contains(name)) // the first of a repeated header, as the SDKs take it
            o.insert(name, QString::fromUtf8(h.second));
    }
    return o;
}

// The body as JSON when it is a JSON object, else null (the raw text is always given too).
QJsonValue eventValue(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Null);
}

void writeJsonLine(CliApp &app, const QJsonObject &o)
{
    app.printer().stream()->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    app.printer().stream()->flush();
}

} // namespace

void run(CliApp &app, const CallbacksVerifyRequest &request)
{
    QFile file(request.bodyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        app.usageError(Text::tr("--body-file: %1 cannot be read: %2").arg(request.bodyFile, file.errorString()));
        return;
    }
    const QByteArray body = file.readAll(); // every byte: a final newline changes the signature
    const Result<QString, Failure> secret = SecretReader::read(request.secret, QStringLiteral("hmac-secret"));
    if (!secret) {
        app.usageError(secret.error().message);
        return;
    }
    const Result<QString, Failure> previous =
        SecretReader::read(request.previousSecret, QStringLiteral("previous-hmac-secret"));
    if (!previous) {
        app.usageError(previous.error().message);
        return;
    }
    const CallbackSignature::Verdict verdict =
        CallbackSignature::verify(body, request.signature.toLatin1(), secret.value(), previous.value());
    const bool verbose = app.options().verbose;
    if (app.format() == OutputFormat::Json) {
        QJsonObject o{{QStringLiteral("signatureValid"), verdict.valid},
                      {QStringLiteral("match"), matchName(verdict.match)},
                      {QStringLiteral("verdict"), verdict.summary()},
                      {QStringLiteral("bodyBytes"), body.size()}};
        if (verbose) {
            o.insert(QStringLiteral("expectedSignature"), QString::fromLatin1(verdict.expected));
            if (!verdict.expectedWithPrevious.isEmpty())
                o.insert(QStringLiteral("expectedWithPreviousSecret"),
                         QString::fromLatin1(verdict.expectedWithPrevious));
        }
        app.printer().stream()->write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        QString text = verdict.summary() + QLatin1Char('\n');
        if (verbose) {
            text += Text::tr("body: %1 bytes").arg(body.size()) + QLatin1Char('\n');
            text += Text::tr("expected signature: %1").arg(QString::fromLatin1(verdict.expected)) + QLatin1Char('\n');
            if (!verdict.expectedWithPrevious.isEmpty())
                text += Text::tr("expected with the previous secret: %1")
                            .arg(QString::fromLatin1(verdict.expectedWithPrevious)) +
                        QLatin1Char('\n');
            text += Text::tr("given signature: %1").arg(request.signature) + QLatin1Char('\n');
        }
        app.printer().stream()->write(text.toUtf8());
    }
    app.finish(verdict.valid ? ExitCode::Success : ExitCode::InvalidSignature);
}

void run(CliApp &app, const CallbacksListenRequest &request)
{
    auto *listener = new CallbackListener(&app);
    listener->setClient(app.client());
    auto received = std::make_shared<int>(0);
    QObject::connect(listener, &CallbackListener::secretUnavailable, &app, [&app](const ApiError &error) {
        app.note(Text::tr("warning: the project's HMAC secret could not be read again: %1").arg(error.fullMessage()));
    });
    QObject::connect(listener, &CallbackListener::callbackChecked, &app,
                     [&app, listener, received, request](const CheckedCallback &c) {
                         if (app.isFinished())
                             return;
                         QJsonObject o{{QStringLiteral("receivedAt"), c.request.receivedAt.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("method"), QString::fromLatin1(c.request.method)},
                                       {QStringLiteral("path"), QString::fromUtf8(c.request.target)},
                                       {QStringLiteral("signature"), QString::fromLatin1(c.request.signature())},
                                       {QStringLiteral("signatureValid"), c.verdict.valid},
                                       {QStringLiteral("signatureMatch"), matchName(c.verdict.match)},
                                       {QStringLiteral("verdict"), c.verdict.summary()},
                                       {QStringLiteral("expectedSignature"), QString::fromLatin1(c.verdict.expected)},
                                       {QStringLiteral("headers"), headerObject(c.request.headers)},
                                       {QStringLiteral("body"), QString::fromUtf8(c.request.body)},
                                       {QStringLiteral("event"), eventValue(c.request.body)}};
                         writeJsonLine(app, o);
                         if (app.outputFailed())
                             return;
                         if (request.count && ++*received >= *request.count) {
                             listener->close();
                             app.finish(ExitCode::Success);
                         }
                     });
    listener->loadSecret([&app, listener, request](const std::optional<ApiError> &error) {
        if (error) {
            app.apiFailure(*error);
            return;
        }
        if (const Result<void, Failure> listening = listener->listen(request.port); !listening) {
            app.fail(ExitCode::Failure, listening.error().message);
            return;
        }
        app.note(Text::tr("Listening on %1 (set it as a number's callback URL; Ctrl+C stops)")
                     .arg(listener->receiver()->url().toString()));
    });
}

void run(CliApp &app, const CallbacksSendTestRequest &request)
{
    if (!CallbackSender::isLoopback(request.url)) {
        const QString text =
            Text::tr("Sending a %1 %2 test event for %3, signed with the callback secret of project "
                     "%4, to %5.")
                .arg(request.eventType, request.status, request.number, app.projectId(), request.url.toString());
        if (!app.confirm(text))
            return;
    }
    app.client()->getCallbackConfiguration(&app, [&app, request](const Result<CallbackConfiguration> &config) {
        if (!config) {
            app.apiFailure(config.error());
            return;
        }
        const QString projectId = config.value().projectId.isEmpty() ? app.projectId() : config.value().projectId;
        const QByteArray body = CallbackEvent::sampleBody(request.eventType, request.status, request.number, projectId);
        auto *sender = new CallbackSender(&app);
        sender->send(request.url, body, config.value().hmacSecret, [&app, request](const TestCallbackResult &r) {
            if (app.format() == OutputFormat::Json) {
                QJsonObject o{{QStringLiteral("url"), request.url.toString()},
                              {QStringLiteral("signature"), QString::fromLatin1(r.signature)},
                              {QStringLiteral("body"), QString::fromUtf8(r.body)},
                              {QStringLiteral("statusCode"), r.statusCode},
                              {QStringLiteral("reason"), QString::fromLatin1(r.reasonPhrase)},
                              {QStringLiteral("elapsedMs"), r.elapsedMs},
                              {QStringLiteral("responseHeaders"), headerObject(r.responseHeaders)},
                              {QStringLiteral("responseBody"), QString::fromUtf8(r.responseBody)},
                              {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}};
                app.printer().stream()->write(QJsonDocument(o).toJson(QJsonDocument::Indented));
            } else {
                QString text = Text::tr("sent: %1").arg(QString::fromUtf8(r.body)) + QLatin1Char('\n') +
                               Text::tr("X-Sinch-Signature: %1").arg(QString::fromLatin1(r.signature)) +
                               QLatin1Char('\n');
                if (r.statusCode != 0) {
                    text += Text::tr("answer: HTTP %1 %2 (%3 ms)")
                                .arg(r.statusCode)
                                .arg(QString::fromLatin1(r.reasonPhrase))
                                .arg(r.elapsedMs) +
                            QLatin1Char('\n');
                    if (!r.responseBody.isEmpty())
                        text += QString::fromUtf8(r.responseBody) + QLatin1Char('\n');
                }
                app.printer().stream()->write(text.toUtf8());
            }
            if (r.statusCode == 0) {
                app.fail(ExitCode::Network, Text::tr("%1 did not answer: %2").arg(request.url.toString(), r.error));
            } else if (!r.isSuccess()) {
                app.fail(ExitCode::Api, Text::tr("%1 answered HTTP %2: a receiver should answer 2xx to a callback it "
                                                 "accepts")
                                            .arg(request.url.toString())
                                            .arg(r.statusCode));
            } else {
                app.finish(ExitCode::Success);
            }
        });
    });
}

} // namespace nd::cli
