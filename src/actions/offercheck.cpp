// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offercheck.h"

#include "numbersclient.h"

#include <QPointer>

namespace nd {

QString OfferCheck::explanation(const QString &phoneNumber) const
{
    switch (kind) {
    case Kind::AlreadyOurs:
        return tr("%1 is already one of your active numbers: someone else (another user or program of this project) "
                  "rented it first. No rent was sent, so it is not charged a second time.")
            .arg(phoneNumber);
    case Kind::Gone:
        return tr("%1 is no longer available: someone else may have rented it. Search again for another number.")
            .arg(phoneNumber);
    case Kind::Available:
    case Kind::Failed:
        break;
    }
    return {};
}

PendingCall *OfferCheck::run(NumbersClient *client, const QString &phoneNumber, QObject *context,
                             std::function<void(const OfferCheck &)> callback)
{
    const QPointer<NumbersClient> guard(client);
    return client->getAvailableNumber(phoneNumber, context, [guard, phoneNumber, context, callback](const Result<AvailableNumber> &r) {
        OfferCheck check;
        if (r) {
            check.kind = Kind::Available;
            check.offer = r.value();
            callback(check);
            return;
        }
        if (!r.error().isNotFound() || !guard) {
            check.error = r.error();
            callback(check);
            return;
        }
        // Not on offer: it may be ours already.
        const ApiError notAvailable = r.error();
        guard->getActiveNumber(phoneNumber, context, [callback, notAvailable](const Result<ActiveNumber> &active) {
            OfferCheck result;
            if (active) {
                result.kind = Kind::AlreadyOurs;
                result.active = active.value();
            } else if (active.error().isNotFound()) {
                result.kind = Kind::Gone;
                result.error = notAvailable;
            } else {
                result.error = active.error();
            }
            callback(result);
        });
    });
}

} // namespace nd
