// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// InventoryStore, the fast read: the content's generation, the binary image (InventoryImage) stamped with it, and
// reading every number from the image when it is current or from the JSON otherwise. (The store itself is in
// inventorystore.cpp.)
//
// The image lives in a file beside the mirror (imagePath(): the mirror's name + ".image"), not in it: SQLite needs a
// quarter of a second to write a 14 MB blob for 100,000 numbers and a tenth to read it back, a file a few
// milliseconds. The file starts with a random token; the mirror's `image` row holds that token and the generation it
// was written for, set in the same transaction as the content. So the file is trusted only when it is the one the
// current content recorded: a file written for a commit that then failed, a file another process replaced since,
// or a mirror copied without its file is read from the JSON instead (and a new file written).
#include "inventorystore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcImage, "numberdesk.inventory")

constexpr qsizetype TokenSize = 16;

// The token at the start of the image file, or an empty array when there is no readable file.
QByteArray fileToken(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray token = file.read(TokenSize);
    return token.size() == TokenSize ? token : QByteArray();
}

} // namespace

QString InventoryStore::imagePath() const
{
    return m_filePath + QLatin1String(".image");
}

bool InventoryStore::recordImage(QSqlQuery &q, qint64 generation, const QByteArray &image)
{
    const QByteArray token = QUuid::createUuid().toRfc4122();
    const QString path = imagePath();
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 & ~umask (and an existing one its old mode): owner-only before writing.
    bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(token) == TokenSize && file.write(image) == image.size();
    written = written && file.commit();
    if (!written) {
        // Only speed is lost: with no row, the next read takes the JSON and tries again.
        qCWarning(lcImage) << path << ": cannot write the image of the inventory:" << file.errorString();
        file.cancelWriting();
        return q.exec(QStringLiteral("DELETE FROM image"));
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO image (id, generation, data) VALUES (1, ?, ?)"));
    q.addBindValue(generation);
    q.addBindValue(token);
    return q.exec();
}

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
    if (!q.exec(QStringLiteral("SELECT data FROM image, meta WHERE meta.key = 'generation' AND image.generation = "
                               "CAST(meta.value AS INTEGER)"))
        || !q.next()) {
        return false;
    }
    const QByteArray token = q.value(0).toByteArray();
    return token.size() == TokenSize && fileToken(imagePath()) == token;
}

bool InventoryStore::saveImage(const QByteArray &image, qint64 generation)
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
    if (!recordImage(q, generation, image) || !QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

std::optional<QList<ActiveNumber>> InventoryStore::readAllNumbers(bool *fromImage)
{
    QList<ActiveNumber> all;
    const bool ok = readAllInChunks(std::numeric_limits<qsizetype>::max(), [&all](QList<ActiveNumber> &&numbers) {
        if (all.isEmpty()) {
            all = std::move(numbers);
        } else {
            all.append(numbers);
        }
    });
    if (fromImage) {
        *fromImage = ok && m_lastReadFromImage;
    }
    return ok ? std::optional<QList<ActiveNumber>>(std::move(all)) : std::nullopt;
}

bool InventoryStore::openCurrentImage(QFile *file, qint64 generation) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM image WHERE generation = ?"));
    q.addBindValue(generation);
    file->setFileName(imagePath());
    // Read, not mapped: a file cut under a mapping would kill the process; a cut read is refused by the reader.
    // A file written for other content (another process replaced it since) has another token: the JSON.
    return q.exec() && q.next() && q.value(0).toByteArray().size() == TokenSize && file->open(QIODevice::ReadOnly)
        && file->read(TokenSize) == q.value(0).toByteArray();
}

std::optional<NumberTable> InventoryStore::readTable(const std::function<bool(const ActiveNumber &)> &keep,
                                                    std::function<std::optional<NumberTable::SearchText>()> *searchText)
{
    if (searchText) {
        *searchText = nullptr;
    }
    m_lastReadFromImage = false;
    if (!m_open) {
        return std::nullopt;
    }
    QSqlDatabase db = database();
    // One read transaction: the generation, the image and (when the image is stale) the JSON are of one moment.
    if (!QSqlQuery(db).exec(QStringLiteral("BEGIN"))) {
        fail(tr("Cannot read the inventory: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    const auto end = [&db] { QSqlQuery(db).exec(QStringLiteral("COMMIT")); };
    const qint64 current = generation();
    if (auto file = std::make_shared<QFile>(); openCurrentImage(file.get(), current)) {
        const bool deferSearch = searchText && !keep;
        if (std::optional<NumberTable> table = NumberTable::fromImage(file.get(), deferSearch)) {
            end();
            m_lastReadFromImage = true;
            if (deferSearch) {
                // The file stays open for it. A newer image replaces it by a rename, never in place; on Windows, where
                // an open file cannot be replaced, a commit meanwhile drops the new image (the next start reads the
                // JSON and writes it again).
                *searchText = [file, pending = table->pendingSearchText()] {
                    return NumberTable::readSearchText(file.get(), pending);
                };
            }
            if (!keep) {
                return table;
            }
            NumberTable kept;
            for (qsizetype i = 0; i < table->size(); ++i) {
                if (const ActiveNumber n = table->number(i); keep(n)) {
                    kept.append(n);
                }
            }
            return kept;
        }
        qCWarning(lcImage) << m_filePath << ": the image of the inventory cannot be read; reading the JSON";
    }
    NumberTable all;
    NumberTable kept;
    all.deferSearchText();
    bool valid = true;
    const bool ok = forEachNumber([&](ActiveNumber &&n) {
        if (all.rowOf(n.phoneNumber) >= 0) {
            valid = false; // not the mirror's content: no image
            return true;
        }
        all.append(n);
        if (keep && keep(n) && kept.rowOf(n.phoneNumber) < 0) {
            kept.append(n);
        }
        return true;
    });
    end();
    if (!ok) {
        return std::nullopt;
    }
    if (valid && current >= 0) {
        saveImage(all.toImage(NumberTable::ImageOrder::ByNumber), current); // for the next read; failing to write it costs only speed
    }
    return keep ? std::move(kept) : std::move(all);
}

bool InventoryStore::readAllInChunks(qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver)
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
    if (QFile file; openCurrentImage(&file, current)) {
        // Read from the file section by section; a damaged image is refused before anything is delivered.
        if (InventoryImage::read(&file, chunk, deliver)) {
            end();
            m_lastReadFromImage = true;
            return true;
        }
        qCWarning(lcImage) << m_filePath << ": the image of the inventory cannot be read; reading the JSON";
    }
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
