// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackevent.h"
#include "callbacksender.h"
#include "commandrequest.h"
#include "phonenumber.h"

namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::RequestParser)
};

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

bool parseVerify(const ParsedCommandLine &cmd, CallbacksVerifyRequest *r,
                 const std::function<bool(const QString &, SecretSource *)> &secretSource, QString *error)
{
    r->bodyFile = cmd.value(QStringLiteral("body-file")).value_or(QString());
    if (r->bodyFile.isEmpty())
        return fail(error, Text::tr("--body-file FILE is required: the request body exactly as received"));
    r->signature = cmd.value(QStringLiteral("signature")).value_or(QString()).trimmed();
    if (r->signature.isEmpty())
        return fail(error, Text::tr("--signature HEX is required: the X-Sinch-Signature header value"));
    if (!secretSource(QStringLiteral("hmac-secret"), &r->secret))
        return false;
    if (!r->secret.isSet())
        return fail(error, Text::tr("give the secret with --hmac-secret-stdin or --hmac-secret-file FILE"));
    if (const auto previous = cmd.value(QStringLiteral("previous-hmac-secret-file"))) {
        if (previous->isEmpty())
            return fail(error, Text::tr("--previous-hmac-secret-file needs a file name"));
        r->previousSecret = SecretSource{SecretSource::Kind::File, *previous};
    }
    return true;
}

bool parseListen(const ParsedCommandLine &cmd, CallbacksListenRequest *r, QString *error)
{
    if (const auto port = cmd.value(QStringLiteral("port"))) {
        bool ok = false;
        const int n = port->toInt(&ok);
        if (!ok || n < 1 || n > 65535)
            return fail(error, Text::tr("--port must be a number from 1 to 65535 (got '%1')").arg(*port));
        r->port = static_cast<quint16>(n);
    }
    if (const auto count = cmd.value(QStringLiteral("count"))) {
        bool ok = false;
        const int n = count->toInt(&ok);
        if (!ok || n < 1)
            return fail(error, Text::tr("--count must be a positive number (got '%1')").arg(*count));
        r->count = n;
    }
    return true;
}

bool parseSendTest(const ParsedCommandLine &cmd, CallbacksSendTestRequest *r, QString *error)
{
    const QString url = cmd.value(QStringLiteral("url")).value_or(QString()).trimmed();
    if (url.isEmpty())
        return fail(error, Text::tr("--url URL is required: the endpoint to send the test callback to"));
    r->url = QUrl(url, QUrl::StrictMode);
    if (const QString problem = CallbackSender::checkUrl(r->url); !problem.isEmpty())
        return fail(error, problem);
    r->eventType =
        cmd.value(QStringLiteral("event")).value_or(QStringLiteral("PROVISIONING_TO_SMS_PLATFORM")).trimmed().toUpper();
    const QStringList types = CallbackEvent::sampleEventTypes();
    if (!types.contains(r->eventType))
        return fail(
            error,
            Text::tr("--event must be one of %1 (got '%2')").arg(types.join(QStringLiteral(", ")), r->eventType));
    r->status = cmd.value(QStringLiteral("status")).value_or(QStringLiteral("SUCCEEDED")).trimmed().toUpper();
    if (!CallbackEvent::sampleStatuses().contains(r->status))
        return fail(error, Text::tr("--status must be SUCCEEDED or FAILED (got '%1')").arg(r->status));
    const QString number = cmd.value(QStringLiteral("number")).value_or(QStringLiteral("+12025550134"));
    const Result<QString> n = PhoneNumber::normalize(number);
    if (!n)
        return fail(error, Text::tr("'%1' is not a usable phone number: %2").arg(number, n.error().userMessage));
    r->number = n.value();
    return true;
}

} // namespace

bool parseCallbackTool(const ParsedCommandLine &cmd, Invocation *invocation,
                       const std::function<bool(const QString &, SecretSource *)> &secretSource, QString *error)
{
    const QString path = cmd.path();
    if (path == QLatin1String("callbacks verify")) {
        CallbacksVerifyRequest r;
        if (!parseVerify(cmd, &r, secretSource, error))
            return false;
        if (r.secret.kind == SecretSource::Kind::Stdin &&
            invocation->global.keySecret.kind == SecretSource::Kind::Stdin)
            return fail(error, Text::tr("only one secret can be read from standard input: give the other with a "
                                        "-file option"));
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("callbacks listen")) {
        CallbacksListenRequest r;
        if (!parseListen(cmd, &r, error))
            return false;
        invocation->command = r;
        return true;
    }
    CallbacksSendTestRequest r;
    if (!parseSendTest(cmd, &r, error))
        return false;
    invocation->command = r;
    return true;
}

} // namespace nd::cli
