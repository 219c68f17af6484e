// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the parts of InventoryStore (inventorystore.cpp, inventorystoresync.cpp); not part of its interface.

#include "inventoryimage.h"
#include "inventorystore.h"
#include "jsonwriters.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace nd {

// Timestamps in the mirror: ISO 8601, UTC, with milliseconds ("" for none).
inline QString storeTimestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QJsonObject parseStoredObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A number's JSON for the mirror: `raw[i]` as received when there is one, else written from its parsed fields.
inline QByteArray storedJson(const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw, qsizetype i)
{
    return i < raw.size() && !raw.at(i).isEmpty() ? raw.at(i)
                                                  : QJsonDocument(json::toJson(numbers.at(i))).toJson(QJsonDocument::Compact);
}

// Binds the columns every insert of a number into `numbers` or `incoming` starts with, in this order: phone_number,
// json, region_code, type, display_name, expire_at (positions 0 to 5).
inline void bindNumberRow(QSqlQuery &query, const ActiveNumber &number, const QByteArray &json)
{
    query.bindValue(0, number.phoneNumber);
    query.bindValue(1, json);
    query.bindValue(2, number.regionCode);
    query.bindValue(3, number.type.wire());
    query.bindValue(4, number.displayName);
    query.bindValue(5, number.expireAt.isValid() ? QVariant(storeTimestamp(number.expireAt)) : QVariant());
}

struct InventoryStore::SyncState
{
    explicit SyncState(const QString &path)
        : lockPath(path)
        , lock(path)
    {
    }

    QString lockPath;
    QLockFile lock;        // held from beginSync until the sync ends
    qint64 id = 0;         // the id its row in `syncs` will have (reserved: one sync at a time)
    qint64 lastChangeBefore = 0; // the last row of `changes` when it began
    std::optional<InventoryImage::Writer> image; // the sync's numbers, for the image written with its commit
    // Prepared once, used for every page.
    std::optional<QSqlQuery> insert;    // a number into `incoming`
    std::optional<QSqlQuery> change;    // a changed number into `changes`
    std::optional<QSqlQuery> unchanged; // a number whose text alone changed keeps its last change
};

} // namespace nd
