// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryexport.h"

#include "activenumbercsv.h"
#include "jsonwriters.h"
#include "privatefiles.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace nd {

std::optional<InventoryExport::Format> InventoryExport::formatForPath(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (suffix == QLatin1String("json")) {
        return Format::Json;
    }
    return std::nullopt;
}

Result<void, Failure> InventoryExport::write(const QString &filePath, Format format, int count,
                                             const std::function<ActiveNumber(int)> &numberAt)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Failure{tr("Cannot write %1: %2").arg(filePath, file.errorString())};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (format == Format::Csv) {
        file.write(ActiveNumberCsv::line(ActiveNumberCsv::columnNames()));
        for (int i = 0; i < count; ++i) {
            file.write(ActiveNumberCsv::line(ActiveNumberCsv::cells(numberAt(i))));
        }
    } else {
        file.write("{\n\"activeNumbers\": [");
        for (int i = 0; i < count; ++i) {
            file.write(i == 0 ? "\n  " : ",\n  ");
            file.write(QJsonDocument(json::toJson(numberAt(i))).toJson(QJsonDocument::Compact));
        }
        file.write(count > 0 ? "\n]\n}\n" : "]\n}\n");
    }
    if (!file.commit()) {
        return Failure{tr("Cannot write %1: %2").arg(filePath, file.errorString())};
    }
    PrivateFiles::ensureFile(filePath); // tightens the final file too (QSaveFile renames its temporary)
    return {};
}

} // namespace nd
