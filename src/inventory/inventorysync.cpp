// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorysync.h"

#include "numbersclient.h"

#include <QMetaObject>

#include <atomic>

namespace nd {

// One sync's writing side. `store` is created, used and destroyed on the writing thread only (a database
// connection belongs to the thread that opened it); `error` is read and written there only.
struct InventorySync::Writer
{
    QString path;
    std::unique_ptr<InventoryStore> store;
    QString error;                     // the first store error of this sync
    std::atomic<bool> stopping{false}; // the sync object is going away: skip what is still queued

    // Drops what was staged (nothing after a commit) and closes the connection.
    void close()
    {
        if (store) {
            store->abortSync();
            store.reset();
        }
    }
};

InventorySync::InventorySync(NumbersClient *client, InventoryStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

InventorySync::~InventorySync()
{
    if (m_walker) {
        disconnect(m_walker, nullptr, this, nullptr);
        m_walker->cancel();
        delete m_walker;
        m_walker = nullptr;
    }
    stopWriter();
}

void InventorySync::stopWriter()
{
    if (!m_thread) {
        return;
    }
    const std::shared_ptr<Writer> writer = m_writer;
    if (writer) {
        writer->stopping = true;
    }
    // After whatever is queued (skipped now) and a commit under way (it completes): the staged numbers are
    // dropped, the connection closed, and the thread ends.
    QMetaObject::invokeMethod(
        m_context,
        [writer] {
            if (writer) {
                writer->close();
            }
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_context; // its thread has ended
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
}

void InventorySync::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_storeError.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("inventory-sync"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
    }
    const auto writer = std::make_shared<Writer>();
    writer->path = m_store->filePath();
    m_writer = writer;
    // Work for the writing thread runs in the order it is posted; its reports come back to this thread, and are
    // dropped if this object is gone by then (it waits for the thread before it goes) or has started another sync.
    const auto report = [this, writer] { // on the writing thread, after it set writer->error
        QMetaObject::invokeMethod(
            this, [this, writer, error = writer->error] { storeFailed(writer.get(), error); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_context,
        [writer, report] {
            if (writer->stopping) {
                return;
            }
            writer->store = std::make_unique<InventoryStore>(writer->path);
            if (!writer->store->beginSync()) {
                writer->error = writer->store->errorString();
                report();
            }
        },
        Qt::QueuedConnection);

    m_walker = new InventoryWalker(m_client, m_options, this);
    connect(m_walker, &InventoryWalker::numbersReceived, this,
            [this, writer, report](const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw) {
        if (!m_storeError.isEmpty()) {
            return;
        }
        QMetaObject::invokeMethod(
            m_context,
            [writer, report, numbers, raw] {
                if (writer->stopping || !writer->error.isEmpty() || !writer->store) {
                    return;
                }
                if (!writer->store->addNumbers(numbers, raw)) {
                    writer->error = writer->store->errorString();
                    report();
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_walker, &InventoryWalker::progress, this, &InventorySync::progress);
    connect(m_walker, &InventoryWalker::finished, this, &InventorySync::done);
    m_walker->start();
}

void InventorySync::cancel()
{
    if (m_walker) {
        m_walker->cancel();
    }
}

void InventorySync::storeFailed(const Writer *from, const QString &error)
{
    if (from != m_writer.get()) {
        return; // from a sync that has already ended (this object may have started another since)
    }
    if (m_storeError.isEmpty()) {
        m_storeError = error;
    }
    if (m_walker) {
        m_walker->cancel(); // done() follows and reports the store's error
    }
}

void InventorySync::done(const ApiError &error)
{
    InventorySyncResult result;
    result.stats = m_walker->stats();
    m_walker->deleteLater();
    m_walker = nullptr;
    const std::shared_ptr<Writer> writer = m_writer;
    const auto finish = [this](const InventorySyncResult &r) {
        m_running = false;
        m_writer.reset();
        Q_EMIT finished(r);
    };
    if (!m_storeError.isEmpty() || error.isError()) {
        if (!m_storeError.isEmpty()) {
            result.storeError = m_storeError;
        } else {
            result.apiError = error;
        }
        QMetaObject::invokeMethod(m_context, [writer] { writer->close(); }, Qt::QueuedConnection);
        finish(result);
        return;
    }
    // The commit runs after every page written before it; an error writing one of them is reported instead.
    QMetaObject::invokeMethod(
        m_context,
        [this, writer, result, finish, startedAt = m_startedAt]() mutable {
            if (writer->stopping) {
                return;
            }
            if (writer->error.isEmpty() && writer->store) {
                result.info = writer->store->commitSync(startedAt, result.stats.requests);
                if (!result.info) {
                    result.storeError = writer->store->errorString();
                }
            } else {
                result.storeError = writer->error;
            }
            writer->close();
            QMetaObject::invokeMethod(this, [result, finish] { finish(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace nd
