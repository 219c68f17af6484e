// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "callbackevent.h"
#include "callbackreceiver.h"
#include "callbacksignature.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace nd {

class NumbersClient;

// A received callback with its event and the signature verdict against the project's secret.
struct CheckedCallback
{
    ReceivedCallback request;
    CallbackEvent event;
    CallbackSignature::Verdict verdict;
};

// The loop a support person runs: a CallbackReceiver on 127.0.0.1 whose callbacks are checked against the
// project's HMAC secret, read from the API (GET /callbackConfiguration). When a signature does not match, the
// secret is read again before the verdict: if it changed (a rotation, docs/api.md §6.5), the old one is kept as
// the previous secret and signatures made with either are accepted. Callbacks are reported in arrival order.
// The secrets stay in memory only and are never logged. Used by `numberdesk-cli callbacks listen` and the app's
// callback inspector.
class CallbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListener)

public:
    explicit CallbackListener(QObject *parent = nullptr);
    ~CallbackListener() override;

    // The client that reads the secret; nullptr: only the secrets given with setSecrets are used.
    void setClient(NumbersClient *client);
    Result<void, Failure> listen(quint16 port);
    void close();
    CallbackReceiver *receiver() const { return m_receiver; }

    // Reads the project's secret now; `done` gets an error when that failed.
    void loadSecret(const std::function<void(const std::optional<ApiError> &)> &done = {});
    void setSecrets(const QString &current, const QString &previous = QString());
    bool hasSecret() const { return !m_current.isEmpty(); }

Q_SIGNALS:
    void callbackChecked(const nd::CheckedCallback &callback);
    // Reading the secret failed (the verdicts then use the secret known before, if any).
    void secretUnavailable(const nd::ApiError &error);

private:
    void arrived(const ReceivedCallback &request);
    void drain();
    CheckedCallback check(const ReceivedCallback &request) const;

    CallbackReceiver *m_receiver;
    QPointer<NumbersClient> m_client;
    QString m_current;
    QString m_previous;
    QList<ReceivedCallback> m_queue;
    bool m_reading = false;
    bool m_headRechecked = false; // the first queued callback was judged invalid once already
};

} // namespace nd
