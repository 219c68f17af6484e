// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// InventoryStore, the fast read: the content's generation, the binary image (InventoryImage) stamped with it, and
// reading every number from the image when it is current or from the JSON otherwise. (The store itself is in
// inventorystore.cpp.)
#include "inventorystore.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcImage, "numberdesk.inventory")

} // namespace

qint64 InventoryStore::generation() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'generation'")) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

bool InventoryStore::bumpGeneration(QSqlQuery &q, qint64 *generation)
{
    if (!q.exec(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"))
        || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'generation'")) || !q.next()) {
        return false;
    }
    if (generation) {
        *generation = q.value(0).toLongLong();
    }
    q.finish();
    return true;
}

bool InventoryStore::hasCurrentImage() const
{
    if (!m_open) {
        return false;
    }
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1 FROM image, meta WHERE meta.key = 'generation' AND image.generation = "
                                 "CAST(meta.value AS INTEGER)"))
        && q.next();
}

bool InventoryStore::saveImage(QByteArray image, qint64 generation)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return false;
    }
    // Only when nothing changed the mirror since it was read.
    if (generation != this->generation()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO image (id, generation, data) VALUES (1, ?, ?)"));
    q.addBindValue(generation);
    q.addBindValue(image);
    if (!q.exec() || !QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

std::optional<QList<ActiveNumber>> InventoryStore::readAllNumbers(bool *fromImage)
{
    QList<ActiveNumber> all;
    const bool ok = readAllInChunks(
        std::numeric_limits<qsizetype>::max(),
        [&all](QList<ActiveNumber> &&numbers) {
            if (all.isEmpty()) {
                all = std::move(numbers);
            } else {
                all.append(numbers);
            }
        },
        [&all] { all.clear(); });
    if (fromImage) {
        *fromImage = ok && m_lastReadFromImage;
    }
    return ok ? std::optional<QList<ActiveNumber>>(std::move(all)) : std::nullopt;
}

bool InventoryStore::readAllInChunks(qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver,
                                     const std::function<void()> &restart)
{
    m_lastReadFromImage = false;
    if (!m_open) {
        return false;
    }
    QSqlDatabase db = database();
    // One read transaction: the generation, the image and (when the image is stale) the JSON are of one moment.
    if (!QSqlQuery(db).exec(QStringLiteral("BEGIN"))) {
        return fail(tr("Cannot read the inventory: %1").arg(db.lastError().text()));
    }
    const auto end = [&db] { QSqlQuery(db).exec(QStringLiteral("COMMIT")); };
    const qint64 current = generation();
    QByteArray image;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT data FROM image WHERE generation = ?"));
        q.addBindValue(current);
        if (q.exec() && q.next()) {
            image = q.value(0).toByteArray();
        }
    }
    if (!image.isEmpty()) {
        bool delivered = false;
        const bool ok = InventoryImage::read(image, chunk, [&](QList<ActiveNumber> &&numbers) {
            delivered = true;
            deliver(std::move(numbers));
        });
        if (ok) {
            end();
            m_lastReadFromImage = true;
            return true;
        }
        qCWarning(lcImage) << m_filePath << ": the image of the inventory cannot be read; reading the JSON";
        if (delivered) {
            restart();
        }
    }
    image = QByteArray();
    QList<ActiveNumber> numbers;
    const qint64 total = std::max<qint64>(0, count());
    numbers.reserve(qsizetype(std::min<qint64>(total, chunk)));
    InventoryImage::Writer writer;
    const bool ok = forEachNumber([&](ActiveNumber &&n) {
        writer.add(n);
        numbers.append(std::move(n));
        if (numbers.size() >= chunk) {
            deliver(std::move(numbers));
            numbers = QList<ActiveNumber>();
        }
        return true;
    });
    end();
    if (!ok) {
        return false;
    }
    deliver(std::move(numbers));
    if (writer.isValid() && current >= 0) {
        saveImage(writer.finish(), current); // for the next read; failing to write it costs only speed
    }
    return true;
}

} // namespace nd
