// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// InventoryStore, what changed: the field-by-field difference of two JSON objects and the diff between the last two
// syncs. (The store itself is in inventorystore.cpp.)
#include "inventorystore.h"
#include "inventorystore_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace nd {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void diffInto(const QString &prefix, const QJsonObject &before, const QJsonObject &after, QList<FieldChange> *out)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b) {
            continue;
        }
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (a.isObject() && b.isObject()) {
            diffInto(path, a.toObject(), b.toObject(), out);
            continue;
        }
        // Absent, null and "" all mean "not set" (docs/api.md §3.2): not a change.
        const QString from = valueText(a);
        const QString to = valueText(b);
        if (from != to) {
            out->append(FieldChange{path, from, to});
        }
    }
}

} // namespace

QString InventoryChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QStringList InventoryChange::topLevelFields() const
{
    QStringList out;
    for (const FieldChange &f : fields) {
        const QString top = f.field.section(QLatin1Char('.'), 0, 0);
        if (!out.contains(top)) {
            out.append(top);
        }
    }
    out.sort();
    return out;
}

QList<FieldChange> jsonDifferences(const QJsonObject &before, const QJsonObject &after)
{
    QList<FieldChange> out;
    diffInto(QString(), before, after, &out);
    return out;
}

InventoryDiff InventoryStore::lastDiff() const
{
    InventoryDiff diff;
    const QList<InventorySyncInfo> last = syncs(2);
    if (last.isEmpty()) {
        return diff;
    }
    diff.to = last.at(0);
    if (last.size() > 1) {
        diff.from = last.at(1);
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT phone_number, kind, old_json, new_json FROM changes WHERE sync_id = %1 "
                               "ORDER BY phone_number, id")
                    .arg(diff.to->id))) {
        fail(tr("Cannot read the inventory: %1").arg(q.lastError().text()));
        return diff;
    }
    QHash<QString, int> index;
    diff.changes.reserve(qsizetype(diff.to->added + diff.to->removed + diff.to->changed));
    while (q.next()) {
        const QString number = q.value(0).toString();
        const QString kind = q.value(1).toString();
        // Only a change has fields to compare (added and removed numbers are listed by number).
        const bool changed = kind == QLatin1String("changed");
        const QJsonObject before = changed ? parseStoredObject(q.value(2).toByteArray()) : QJsonObject();
        const QJsonObject after = changed ? parseStoredObject(q.value(3).toByteArray()) : QJsonObject();
        auto it = index.constFind(number);
        if (it == index.constEnd()) {
            InventoryChange change;
            change.phoneNumber = number;
            change.kind = kind == QLatin1String("added") ? InventoryChange::Kind::Added
                : kind == QLatin1String("removed")       ? InventoryChange::Kind::Removed
                                                         : InventoryChange::Kind::Changed;
            if (change.kind == InventoryChange::Kind::Changed) {
                change.fields = jsonDifferences(before, after);
            }
            index.insert(number, int(diff.changes.size()));
            diff.changes.append(change);
        } else if (diff.changes[*it].kind == InventoryChange::Kind::Changed) {
            // Several changes to one number (NumberDesk's own, then the sync's): merge them field by field.
            for (const FieldChange &f : jsonDifferences(before, after)) {
                auto &fields = diff.changes[*it].fields;
                auto existing = std::find_if(fields.begin(), fields.end(), [&](const FieldChange &e) { return e.field == f.field; });
                if (existing == fields.end()) {
                    fields.append(f);
                } else {
                    existing->to = f.to;
                }
            }
        }
    }
    return diff;
}

} // namespace nd
