// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "requests.h"
#include "safecall.h"

#include <QObject>
#include <QPointer>

namespace nd {

class NumbersClient;

// Billable and destructive calls that end in a certain outcome (numbers-api.md §7.4, §8).
//
// Each call is sent exactly once (NumbersClient never re-sends these). When the answer is ambiguous — a
// timeout, a connection closed after sending (ContentReSendError included), a 5xx, or a cancel after the
// request left — the state is read back with idempotent GETs (which NumbersClient retries):
//  - rent: GET activeNumbers/{n} (200 -> Done; 404 -> GET availableNumbers/{n}: 200 -> NotDone, may retry;
//    404 -> NotDone, someone else took it). A 404 AvailableNumber answer to the rent itself is checked the
//    same way, since the number may already be ours.
//  - rentAny: the active list filtered like the request (regionCode, type, pattern) is taken BEFORE the call
//    (all pages); after an ambiguous answer it is listed again: one new number -> Done, none -> NotDone,
//    several -> Done with needsReview (a double rental to look at). Other people renting in the same
//    project at the same moment would show up as new numbers too.
//  - release: GET activeNumbers/{n}: expireAt set -> Done; 404 -> Done (already gone); expireAt null -> NotDone.
//  - update: GET activeNumbers/{n} and compare what was sent (display name, callback URL, SMS and voice
//    links, pending or active) -> Done / NotDone.
//  - callback secret: GET callbackConfiguration and compare -> Done / NotDone.
//  - emergency provision: GET emergencyAddress and compare (404 -> NotDone); deprovision: 404 -> Done.
// If those reads fail too, the outcome is Unknown with an explanation of what to check.
//
// Callbacks run on this object's thread, never after `context` or the client is destroyed. The returned
// SafeCall is owned by this object and deletes itself after its callback ran.
class SafeOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeOperations)

public:
    using Callback = SafeCall::Callback;

    // The client is not owned; when it is destroyed, calls in flight are dropped without callbacks.
    explicit SafeOperations(NumbersClient *client, QObject *parent = nullptr);
    ~SafeOperations() override;

    NumbersClient *client() const { return m_client; }

    SafeCall *rent(const QString &phoneNumber, const NumberConfiguration &configuration, QObject *context,
                   Callback callback);
    SafeCall *rentAny(const RentAnyRequest &request, QObject *context, Callback callback);
    SafeCall *update(const QString &phoneNumber, const ActiveNumberUpdate &update, QObject *context,
                     Callback callback);
    SafeCall *release(const QString &phoneNumber, QObject *context, Callback callback);
    SafeCall *provisionEmergencyAddress(const QString &phoneNumber, const EmergencyAddressRequest &request,
                                        QObject *context, Callback callback);
    SafeCall *deprovisionEmergencyAddress(const QString &phoneNumber, QObject *context, Callback callback);
    SafeCall *updateCallbackSecret(const QString &hmacSecret, QObject *context, Callback callback);

    // Cancels every call in flight (each still reports its outcome).
    void cancelAll();

private:
    SafeCall *startCall(const SafeCall::Request &request, QObject *context, Callback callback);

    QPointer<NumbersClient> m_client;
};

} // namespace nd
