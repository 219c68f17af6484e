// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryimage.h"

#include <QBuffer>

namespace nd {

InventoryImage::Writer::Writer()
{
    m_table.deferSearchText(); // written out, never searched
}

void InventoryImage::Writer::add(const ActiveNumber &number)
{
    if (m_table.rowOf(number.phoneNumber) >= 0) {
        m_valid = false;
        return;
    }
    m_table.append(number);
}

bool InventoryImage::read(const QByteArray &image, qsizetype chunk,
                          const std::function<void(QList<ActiveNumber> &&)> &deliver)
{
    QBuffer device;
    device.setData(image);
    return device.open(QIODevice::ReadOnly) && read(&device, chunk, deliver);
}

bool InventoryImage::read(QIODevice *device, qsizetype chunk, const std::function<void(QList<ActiveNumber> &&)> &deliver)
{
    const std::optional<NumberTable> table = chunk >= 1 ? NumberTable::fromImage(device) : std::nullopt;
    if (!table) {
        return false;
    }
    QList<ActiveNumber> numbers;
    numbers.reserve(std::min(table->size(), chunk));
    for (qsizetype i = 0; i < table->size(); ++i) {
        numbers.append(table->number(i));
        if (numbers.size() == chunk && i + 1 < table->size()) {
            deliver(std::move(numbers));
            numbers = QList<ActiveNumber>();
            numbers.reserve(std::min(table->size() - i - 1, chunk));
        }
    }
    deliver(std::move(numbers));
    return true;
}

} // namespace nd
