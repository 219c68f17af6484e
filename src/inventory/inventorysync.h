// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "inventorystore.h"
#include "inventorywalker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
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

// One sync of the mirror: fetches the whole inventory with an InventoryWalker, writes each page into the store's file
// as it arrives, and makes them the mirror in one transaction at the end (InventoryStore::beginSync, addNumbers,
// commitSync); a failed or cancelled sync leaves the previous one untouched. The client and the store are not owned
// and must outlive the sync. finished() is emitted exactly once per start().
//
// The pages are parsed on the caller's thread; writing them and the commit run on a thread of the sync's own,
// through a second connection to the store's file (`store` gives only the path), and the image of the numbers the
// commit records (InventoryImage) is built on a third. So the window stays responsive while 100,000 numbers are
// written, and the writing overlaps the next pages' fetching and parsing.
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
    void cancel(); // before the commit has begun; a commit under way completes
    // From start() until finished() (the commit included).
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 fetched, qint64 expected);
    void finished(const nd::InventorySyncResult &result);

private:
    struct Writer; // the writing thread's store and state
    struct Image;  // the image thread's state
    void done(const ApiError &error);
    void storeFailed(const Writer *from, const QString &error);
    void stopWriter();

    QPointer<NumbersClient> m_client;
    InventoryStore *m_store = nullptr;
    InventoryWalker::Options m_options;
    InventoryWalker *m_walker = nullptr;
    QThread *m_thread = nullptr;   // the writing thread, for this object's lifetime
    QObject *m_context = nullptr;  // lives in m_thread: work posted to it runs there, in order
    std::shared_ptr<Writer> m_writer;
    QThread *m_imageThread = nullptr; // builds the sync's image (InventoryImage) while the pages arrive
    QObject *m_imageContext = nullptr;
    std::shared_ptr<Image> m_image;
    QDateTime m_startedAt;
    QString m_storeError;
    bool m_running = false;
};

} // namespace nd
