// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One sync of a server into a mirror, waited for: what tests that need a synced mirror do first. Header-only, so
// that only the tests that link the inventory library (and Qt Sql) pull it in.
#include "inventorystore.h"
#include "inventorysync.h"

#include <QTest>

#include <optional>

namespace nd::test {

// The sync's result, or nullopt when it did not finish within `timeoutMs`.
inline std::optional<InventorySyncResult> syncMirror(NumbersClient *client, InventoryStore *store,
                                                     const InventoryWalker::Options &options = {},
                                                     int timeoutMs = 60000)
{
    InventorySync sync(client, store);
    sync.setOptions(options);
    std::optional<InventorySyncResult> result;
    QObject::connect(&sync, &InventorySync::finished, &sync, [&result](const InventorySyncResult &r) { result = r; });
    sync.start();
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        return std::nullopt;
    }
    return result;
}

} // namespace nd::test
