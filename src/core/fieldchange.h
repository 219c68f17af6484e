// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace nd {

// One field of an active number (or of the project's callback configuration) going from one value to another:
// what an action changes, what the activity log records and what the inventory diff reports. `field` is the
// API's field name or path ("displayName", "smsConfiguration.servicePlanId", "voiceConfiguration",
// "emergencyAddress", "hmacSecret", ...); an empty value means "not set".
struct FieldChange
{
    Q_DECLARE_TR_FUNCTIONS(nd::FieldChange)

public:
    QString field;
    QString from;
    QString to;

    // The HMAC secret is a change whose values are never kept: only that it was rotated.
    static FieldChange secretRotated();

    bool operator==(const FieldChange &other) const
    {
        return field == other.field && from == other.from && to == other.to;
    }
    bool operator!=(const FieldChange &other) const { return !(*this == other); }

    // "display name: “Old” → “New”", "SMS service plan: abc → none", "callback HMAC secret: rotated".
    QString toDisplayText() const;
    // The translated name of a field ("display name", "SMS service plan", ...); unknown fields come back raw.
    static QString fieldDisplayName(const QString &field);

    // [{"field":…,"from":…,"to":…}, …]: how the activity log stores changes.
    static QJsonArray toJson(const QList<FieldChange> &changes);
    static QList<FieldChange> fromJson(const QJsonArray &array);
    // The display texts joined with "; ".
    static QString describe(const QList<FieldChange> &changes);
};

} // namespace nd
