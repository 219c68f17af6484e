// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace nd {

// A compact binary image of the mirror's numbers, for a fast start: reading 100,000 numbers back from their JSON
// costs about half a second (mostly building strings and parsing dates), from this image a small fraction of it.
// The JSON in the mirror stays the source of truth; the image is only trusted when it was written for the mirror's
// current content (InventoryStore checks a generation stamp) and is rebuilt from the JSON otherwise.
//
// Every field of ActiveNumber is kept, unknown JSON keys too, so a number read from the image equals the one read
// from its JSON. Values many numbers share (project, region, type, currency, amounts, plans, statuses, callback
// URLs) are written once in a string table and referred to by index, so reading them allocates nothing. The
// layout is raw native-endian integers and UTF-16 text, read with bounds checks and no QDataStream (which costs
// several hundred instructions per field): a machine of the other byte order sees a foreign magic and reads the JSON.
class InventoryImage final
{
public:
    class Writer
    {
    public:
        Writer();
        void add(const ActiveNumber &number);
        // False when the same number was added twice (the image would not be the mirror's content).
        bool isValid() const { return m_valid; }
        qint64 count() const { return m_count; }
        QByteArray finish();

    private:
        quint32 id(const QString &text);
        void text(const QString &text); // inline
        void write(const QDateTime &time);
        void write(const QJsonObject &extra);
        void write(const std::optional<SmsConfiguration> &sms);
        void write(const std::optional<VoiceConfiguration> &voice);
        template<typename T> void raw(T value) { m_records.append(reinterpret_cast<const char *>(&value), sizeof value); }

        QByteArray m_records;
        QHash<QString, quint32> m_ids;
        QStringList m_strings;
        QSet<QString> m_numbers;
        qint64 m_count = 0;
        bool m_valid = true;
    };

    // Every number of `image`, in the order they were added, in lists of `chunk` numbers handed to `deliver` as
    // they are decoded, so the whole list never needs to exist at once. Returns false when `image` is not whole and
    // well-formed: a cut, padded or foreign image is refused before anything is delivered; a record found damaged
    // later may come after some chunks (a caller then starts again from the JSON).
    static bool read(const QByteArray &image, qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver);

    static constexpr quint32 Magic = 0x4E44494D; // "NDIM"
    static constexpr quint32 Version = 2;
};

} // namespace nd
