// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeoperations.h"

#include "numbersclient.h"

namespace nd {

SafeOperations::SafeOperations(NumbersClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client) {
        // Without the client nothing can finish: drop the calls so no callback runs afterwards.
        connect(client, &QObject::destroyed, this, [this] {
            const QList<SafeCall *> calls = findChildren<SafeCall *>(QString(), Qt::FindDirectChildrenOnly);
            for (SafeCall *call : calls) {
                call->abandon();
            }
        });
    }
}

SafeOperations::~SafeOperations()
{
    const QList<SafeCall *> calls = findChildren<SafeCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (SafeCall *call : calls) {
        call->abandon();
        delete call;
    }
}

SafeCall *SafeOperations::startCall(const SafeCall::Request &request, QObject *context, Callback callback)
{
    auto *call = new SafeCall(m_client, request, context, std::move(callback), this);
    // Never call back from inside the call itself (the same rule as NumbersClient).
    QMetaObject::invokeMethod(
        call,
        [call] {
            call->start();
        },
        Qt::QueuedConnection);
    return call;
}

SafeCall *SafeOperations::rent(const QString &phoneNumber, const NumberConfiguration &configuration, QObject *context,
                               Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::Rent;
    r.phoneNumber = phoneNumber;
    r.configuration = configuration;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::rentAny(const RentAnyRequest &request, QObject *context, Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::RentAny;
    r.rentAny = request;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::update(const QString &phoneNumber, const ActiveNumberUpdate &update, QObject *context,
                                 Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::Update;
    r.phoneNumber = phoneNumber;
    r.update = update;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::release(const QString &phoneNumber, QObject *context, Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::Release;
    r.phoneNumber = phoneNumber;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::provisionEmergencyAddress(const QString &phoneNumber, const EmergencyAddressRequest &request,
                                                    QObject *context, Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::EmergencyProvision;
    r.phoneNumber = phoneNumber;
    r.address = request;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::deprovisionEmergencyAddress(const QString &phoneNumber, QObject *context, Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::EmergencyDeprovision;
    r.phoneNumber = phoneNumber;
    return startCall(r, context, std::move(callback));
}

SafeCall *SafeOperations::updateCallbackSecret(const QString &hmacSecret, QObject *context, Callback callback)
{
    SafeCall::Request r;
    r.operation = Outcome::Operation::CallbackSecretUpdate;
    r.hmacSecret = hmacSecret;
    return startCall(r, context, std::move(callback));
}

void SafeOperations::cancelAll()
{
    const QList<SafeCall *> calls = findChildren<SafeCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (SafeCall *call : calls) {
        call->cancel();
    }
}

} // namespace nd
