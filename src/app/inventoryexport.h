// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace nd {

// Writes active numbers to a file (0600, replaced atomically), one number at a time so 100,000 rows are never
// held twice: CSV with the columns of `numberdesk-cli active list --format csv` (core's ActiveNumberCsv), or
// JSON as `active list --format json` prints it ({"activeNumbers": [API objects]}: every field, E.164
// numbers, prices exactly as the API sent them).
class InventoryExport final
{
    Q_DECLARE_TR_FUNCTIONS(nd::InventoryExport)

public:
    enum class Format { Csv, Json };

    // Csv for a ".csv" name, Json for ".json", nullopt otherwise.
    static std::optional<Format> formatForPath(const QString &filePath);
    static Result<void, Failure> write(const QString &filePath, Format format, int count,
                                       const std::function<ActiveNumber(int)> &numberAt);
};

} // namespace nd
