// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacklistener.h"

#include "numbersclient.h"

namespace nd {

CallbackListener::CallbackListener(QObject *parent)
    : QObject(parent)
    , m_receiver(new CallbackReceiver(this))
{
    connect(m_receiver, &CallbackReceiver::received, this, &CallbackListener::arrived);
}

CallbackListener::~CallbackListener() = default;

void CallbackListener::setClient(NumbersClient *client)
{
    m_client = client;
}

Result<void, Failure> CallbackListener::listen(quint16 port)
{
    return m_receiver->listen(port);
}

void CallbackListener::close()
{
    m_receiver->close();
}

void CallbackListener::setSecrets(const QString &current, const QString &previous)
{
    m_current = current;
    m_previous = previous;
}

void CallbackListener::loadSecret(const std::function<void(const std::optional<ApiError> &)> &done)
{
    if (!m_client) {
        if (done)
            done(std::nullopt);
        return;
    }
    m_reading = true;
    m_client->getCallbackConfiguration(this, [this, done](const Result<CallbackConfiguration> &result) {
        m_reading = false;
        if (result) {
            const QString secret = result.value().hmacSecret;
            if (secret != m_current) {
                if (!m_current.isEmpty())
                    m_previous = m_current;
                m_current = secret;
            }
        } else {
            Q_EMIT secretUnavailable(result.error());
        }
        if (done)
            done(result ? std::nullopt : std::optional<ApiError>(result.error()));
        drain();
    });
}

CheckedCallback CallbackListener::check(const ReceivedCallback &request) const
{
    CheckedCallback c;
    c.request = request;
    c.event = CallbackEvent::parse(request.body);
    c.verdict = CallbackSignature::verify(request.body, request.signature(), m_current, m_previous);
    return c;
}

void CallbackListener::arrived(const ReceivedCallback &request)
{
    m_queue.append(request);
    drain();
}

void CallbackListener::drain()
{
    while (!m_reading && !m_queue.isEmpty()) {
        const CheckedCallback c = check(m_queue.first());
        if (!c.verdict.valid && c.verdict.headerWellFormed && m_client && !m_headRechecked) {
            // Perhaps the secret was rotated since it was read: read it again, then judge (once per callback).
            m_headRechecked = true;
            loadSecret();
            return;
        }
        m_headRechecked = false;
        m_queue.removeFirst();
        Q_EMIT callbackChecked(c);
    }
}

} // namespace nd
