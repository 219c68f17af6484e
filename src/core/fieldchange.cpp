// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldchange.h"

#include <QJsonObject>
#include <QStringList>

namespace nd {

namespace {

const QLatin1String SecretField("hmacSecret");

} // namespace

FieldChange FieldChange::secretRotated()
{
    return FieldChange{SecretField, QString(), QString()};
}

QString FieldChange::fieldDisplayName(const QString &field)
{
    if (field == QLatin1String("displayName")) {
        return tr("display name");
    }
    if (field == QLatin1String("callbackUrl")) {
        return tr("callback URL");
    }
    if (field == QLatin1String("smsConfiguration.servicePlanId")) {
        return tr("SMS service plan");
    }
    if (field == QLatin1String("smsConfiguration.campaignId")) {
        return tr("10DLC campaign");
    }
    if (field == QLatin1String("voiceConfiguration")) {
        return tr("voice");
    }
    if (field == QLatin1String("emergencyAddress")) {
        return tr("emergency address");
    }
    if (field == SecretField) {
        return tr("callback HMAC secret");
    }
    if (field == QLatin1String("expireAt")) {
        return tr("expiry");
    }
    if (field == QLatin1String("phoneNumber")) {
        return tr("number");
    }
    return field;
}

QString FieldChange::toDisplayText() const
{
    const QString name = fieldDisplayName(field);
    if (field == SecretField) {
        return tr("%1: rotated").arg(name);
    }
    const auto value = [this](const QString &v) {
        if (v.isEmpty()) {
            return tr("none");
        }
        return field == QLatin1String("displayName") ? tr("“%1”").arg(v) : v;
    };
    return tr("%1: %2 → %3", "field: old value → new value").arg(name, value(from), value(to));
}

QJsonArray FieldChange::toJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &c : changes) {
        QJsonObject o;
        o.insert(QLatin1String("field"), c.field);
        o.insert(QLatin1String("from"), c.from);
        o.insert(QLatin1String("to"), c.to);
        array.append(o);
    }
    return array;
}

QList<FieldChange> FieldChange::fromJson(const QJsonArray &array)
{
    QList<FieldChange> changes;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString field = o.value(QLatin1String("field")).toString();
        if (field.isEmpty()) {
            continue;
        }
        changes.append(
            FieldChange{field, o.value(QLatin1String("from")).toString(), o.value(QLatin1String("to")).toString()});
    }
    return changes;
}

QString FieldChange::describe(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &c : changes) {
        parts.append(c.toDisplayText());
    }
    return parts.join(QLatin1String("; "));
}

} // namespace nd
