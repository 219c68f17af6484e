// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxstate.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

// Delivers number events (docs/api.md §6) the way Sinch does: an HTTP POST of the event JSON (§6.2) to the
// number's callbackUrl, signed with the project's current HMAC secret (§6.3: HMAC-SHA1 over the raw body,
// lowercase hex, X-Sinch-Signature). The sandbox's own choices (the spec leaves them open): it delivers only to
// http:// URLs on loopback addresses, waits at most 5 s per attempt, retries a failed delivery (no answer, or a
// status other than 2xx) after 1 s, 2 s and 4 s (4 attempts in all), and signs each attempt with the secret
// current at that moment. Every attempt is recorded (GET /_sandbox/callbacks). Runs on the server's thread.
namespace nd::sandbox {

class CallbackDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackDispatcher)

public:
    static constexpr int kMaxAttempts = 4;
    static constexpr int kAttemptTimeoutMs = 5000;
    static constexpr int kMaxRecordedAttempts = 1000; // older records are dropped (counted in "omitted")

    explicit CallbackDispatcher(SandboxState *state, QObject *parent = nullptr);
    ~CallbackDispatcher() override;

    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    void setSeed(quint64 seed);

    void deliver(const NumberEvent &event); // connected to SandboxState::numberEvent

    // {"attempts": [...], "omitted": n}, oldest first; phoneNumber narrows it to one number.
    QByteArray attemptsJson(const QString &phoneNumber = QString()) const;
    void clearRecords();

    // §6.3: lowercase hex HMAC-SHA1 of the raw body bytes, keyed with the secret's UTF-8 bytes.
    static QByteArray signature(const QByteArray &body, const QString &secret);
    // Delay before retry n (1-based: the delay between attempt n and n + 1).
    static int retryDelayMs(int attempt);

private:
    struct Delivery;
    struct Attempt
    {
        qint64 timeMs = 0; // when the attempt started (sandbox clock)
        QString url;
        QString eventId;
        QString eventType;
        QString eventStatus;
        QString phoneNumber;
        int attempt = 0;
        int statusCode = 0; // 0: no HTTP answer
        QString result;     // delivered, retrying, failed, refused
        QString error;
        int nextAttemptInMs = -1;
        QByteArray signature;
        QByteArray body;
    };

    QByteArray eventBody(const NumberEvent &event, QString *eventId);
    void send(const std::shared_ptr<Delivery> &delivery);
    void finish(const std::shared_ptr<Delivery> &delivery, const QByteArray &signature, int statusCode,
                const QString &error);
    void record(Attempt attempt);

    SandboxState *m_state;
    QString m_projectId;
    quint64 m_idState = 0;
    QList<Attempt> m_attempts;
    int m_omitted = 0;
};

} // namespace nd::sandbox
