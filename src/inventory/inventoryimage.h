// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "numbertable.h"

#include <QByteArray>

class QIODevice;

#include <functional>
#include <optional>

namespace nd {

// The mirror's image: its numbers as a NumberTable written out (NumberTable::toImage), for a fast start. Reading
// 100,000 numbers back from their JSON costs about half a second (mostly building strings and parsing dates); from
// the image, the Active tab's rows come back as they are in memory, with nothing parsed or interned per number.
// The JSON in the mirror stays the source of truth; the image is only trusted when it was written for the mirror's
// current content (InventoryStore checks a token) and is rebuilt from the JSON otherwise.
//
// Every field of ActiveNumber is kept, unknown JSON keys too, so a number read from the image equals the one read
// from its JSON. A machine of the other byte order, or an image of an earlier version, sees a foreign header and
// reads the JSON.
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
        qint64 count() const { return m_table.size(); }
        QByteArray finish() const { return m_table.toImage(NumberTable::ImageOrder::ByNumber); }

    private:
        NumberTable m_table;
        bool m_valid = true;
    };

    // Every number of `image`, in number order, in lists of `chunk` numbers handed to `deliver`, so
    // the whole list never needs to exist at once. Returns false, having delivered nothing, when `image` is not
    // whole and well-formed.
    static bool read(const QByteArray &image, qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver);
    // The same from `device`, from its position to its end (the image's file, read section by section).
    static bool read(QIODevice *device, qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver);
};

} // namespace nd
