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

Result<void, Failure> parseVerify(const ParsedCommandLine &cmd, CallbacksVerifyRequest *r,
                                  const SecretSourceReader &secretSource)
{
    r->bodyFile = cmd.value(QStringLiteral("body-file")).value_or(QString());
    if (r->bodyFile.isEmpty())
        return Failure{Text::tr("--body-file FILE is required: the request body exactly as received")};
    r->signature = cmd.value(QStringLiteral("signature")).value_or(QString()).trimmed();
    if (r->signature.isEmpty())
        return Failure{Text::tr("--signature HEX is required: the X-Sinch-Signature header value")};
    Result<SecretSource, Failure> secret = secretSource(QStringLiteral("hmac-secret"));
    if (!secret)
        return secret.error();
    r->secret = secret.takeValue();
    if (!r->secret.isSet())
        return Failure{Text::tr("give the secret with --hmac-secret-stdin or --hmac-secret-file FILE")};
    if (const auto previous = cmd.value(QStringLiteral("previous-hmac-secret-file"))) {
        if (previous->isEmpty())
            return Failure{Text::tr("--previous-hmac-secret-file needs a file name")};
        r->previousSecret = SecretSource{SecretSource::Kind::File, *previous};
    }
    return {};
}

Result<void, Failure> parseListen(const ParsedCommandLine &cmd, CallbacksListenRequest *r)
{
    if (const auto port = cmd.value(QStringLiteral("port"))) {
        bool ok = false;
        const int n = port->toInt(&ok);
        if (!ok || n < 1 || n > 65535)
            return Failure{Text::tr("--port must be a number from 1 to 65535 (got '%1')").arg(*port)};
        r->port = static_cast<quint16>(n);
    }
    if (const auto count = cmd.value(QStringLiteral("count"))) {
        bool ok = false;
        const int n = count->toInt(&ok);
        if (!ok || n < 1)
            return Failure{Text::tr("--count must be a positive number (got '%1')").arg(*count)};
        r->count = n;
    }
    return {};
}

Result<void, Failure> parseSendTest(const ParsedCommandLine &cmd, CallbacksSendTestRequest *r)
{
    const QString url = cmd.value(QStringLiteral("url")).value_or(QString()).trimmed();
    if (url.isEmpty())
        return Failure{Text::tr("--url URL is required: the endpoint to send the test callback to")};
    r->url = QUrl(url, QUrl::StrictMode);
    if (const QString problem = CallbackSender::checkUrl(r->url); !problem.isEmpty())
        return Failure{problem};
    r->eventType =
        cmd.value(QStringLiteral("event")).value_or(QStringLiteral("PROVISIONING_TO_SMS_PLATFORM")).trimmed().toUpper();
    const QStringList types = CallbackEvent::sampleEventTypes();
    if (!types.contains(r->eventType))
        return Failure{
            Text::tr("--event must be one of %1 (got '%2')").arg(types.join(QStringLiteral(", ")), r->eventType)};
    r->status = cmd.value(QStringLiteral("status")).value_or(QStringLiteral("SUCCEEDED")).trimmed().toUpper();
    if (!CallbackEvent::sampleStatuses().contains(r->status))
        return Failure{Text::tr("--status must be SUCCEEDED or FAILED (got '%1')").arg(r->status)};
    const QString number = cmd.value(QStringLiteral("number")).value_or(QStringLiteral("+12025550134"));
    const Result<QString> n = PhoneNumber::normalize(number);
    if (!n)
        return Failure{Text::tr("'%1' is not a usable phone number: %2").arg(number, n.error().userMessage)};
    r->number = n.value();
    return {};
}

} // namespace

Result<void, Failure> parseCallbackTool(const ParsedCommandLine &cmd, Invocation *invocation,
                                        const SecretSourceReader &secretSource)
{
    const QString path = cmd.path();
    if (path == QLatin1String("callbacks verify")) {
        CallbacksVerifyRequest r;
        if (Result<void, Failure> parsed = parseVerify(cmd, &r, secretSource); !parsed)
            return parsed;
        if (r.secret.kind == SecretSource::Kind::Stdin &&
            invocation->global.keySecret.kind == SecretSource::Kind::Stdin)
            return Failure{Text::tr("only one secret can be read from standard input: give the other with a "
                                    "-file option")};
        invocation->command = r;
        return {};
    }
    if (path == QLatin1String("callbacks listen")) {
        CallbacksListenRequest r;
        if (Result<void, Failure> parsed = parseListen(cmd, &r); !parsed)
            return parsed;
        invocation->command = r;
        return {};
    }
    CallbacksSendTestRequest r;
    if (Result<void, Failure> parsed = parseSendTest(cmd, &r); !parsed)
        return parsed;
    invocation->command = r;
    return {};
}

} // namespace nd::cli
