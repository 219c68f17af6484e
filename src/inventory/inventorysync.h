// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "inventorystore.h"
#include "inventorywalker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace nd {

class NumbersClient;

// How a sync ended.
struct InventorySyncResult
{
    std::optional<InventorySyncInfo> info; // set when the sync was saved
    ApiError apiError;                     // the API failed (or Cancelled)
    QString storeError;                    // the mirror could not be written
    InventoryWalker::Stats stats;

    bool ok() const { return info.has_value(); }
    bool cancelled() const { return apiError.isCancelled(); }
};

// One sync of the mirror: fetches the whole inventory with an InventoryWalker and saves it into the store in
// one transaction at the end; a failed or cancelled sync leaves the previous one untouched. The client and the
// store are not owned and must outlive the sync. finished() is emitted exactly once per start().
class InventorySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventorySync)

public:
    InventorySync(NumbersClient *client, InventoryStore *store, QObject *parent = nullptr);
    ~InventorySync() override;

    void setOptions(const InventoryWalker::Options &options) { m_options = options; }
    const InventoryWalker::Options &options() const { return m_options; }

    void start();
    void cancel();
    bool isRunning() const { return m_walker != nullptr; }

Q_SIGNALS:
    void progress(qint64 fetched, qint64 expected);
    void finished(const nd::InventorySyncResult &result);

private:
    void done(const ApiError &error);

    QPointer<NumbersClient> m_client;
    InventoryStore *m_store = nullptr;
    InventoryWalker::Options m_options;
    InventoryWalker *m_walker = nullptr;
    QDateTime m_startedAt;
    QString m_storeError;
};

} // namespace nd
