// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorysync.h"

#include "numbersclient.h"

#include <QMetaObject>

#include <functional>

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

    // Drops what was written (nothing after a commit) and closes the connection. When the sync object is going
    // away, whoever waits for this thread (the window closing) does not wait for the drop: it is left to the next
    // sync.
    void close()
    {
        if (store) {
            if (stopping) {
                store->abandonSync();
            } else {
                store->abortSync();
            }
            store.reset();
        }
    }
};

// One sync's image of its numbers (InventoryImage), built on a thread of its own while the pages arrive and handed
// to the commit: building it on the writing thread made that thread, the slowest of the sync, slower still (a third
// of a second per 100,000 numbers, and 0.15 s more after the last page).
struct InventorySync::Image
{
    InventoryImage::Writer writer;     // used on the image thread only
    std::atomic<bool> stopping{false}; // the sync ended without a commit, or the object is going away
};

namespace {

// A thread of the sync's own and an object living in it: work posted to the object runs there, in order.
void startWorker(const QString &name, QThread **thread, QObject **context)
{
    if (*thread) {
        return;
    }
    *thread = new QThread;
    (*thread)->setObjectName(name);
    *context = new QObject;
    (*context)->moveToThread(*thread);
    (*thread)->start();
}

// After whatever is queued and `last`, the thread ends.
void stopWorker(QThread **thread, QObject **context, const std::function<void()> &last)
{
    if (!*thread) {
        return;
    }
    QMetaObject::invokeMethod(
        *context,
        [last] {
            if (last) {
                last();
            }
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    (*thread)->wait();
    delete *context; // its thread has ended
    delete *thread;
    *context = nullptr;
    *thread = nullptr;
}

} // namespace

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
    // The image thread first: what it still posts to the writing thread is then skipped there.
    if (m_image) {
        m_image->stopping = true;
    }
    stopWorker(&m_imageThread, &m_imageContext, {});
    const std::shared_ptr<Writer> writer = m_writer;
    if (writer) {
        writer->stopping = true;
    }
    // After whatever is queued (skipped now) and a commit under way (it completes): the numbers written so far are
    // dropped, the connection closed, and the thread ends.
    stopWorker(&m_thread, &m_context, [writer] {
        if (writer) {
            writer->close();
        }
    });
}

void InventorySync::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_storeError.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    startWorker(QStringLiteral("inventory-sync"), &m_thread, &m_context);
    startWorker(QStringLiteral("inventory-image"), &m_imageThread, &m_imageContext);
    const auto writer = std::make_shared<Writer>();
    writer->path = m_store->filePath();
    m_writer = writer;
    const auto image = std::make_shared<Image>();
    m_image = image;
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
            if (!writer->store->beginSync(false)) { // the image is built on its own thread
                writer->error = writer->store->errorString();
                report();
            }
        },
        Qt::QueuedConnection);

    m_walker = new InventoryWalker(m_client, m_options, this);
    connect(m_walker, &InventoryWalker::numbersReceived, this,
            [this, writer, image, report](const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw) {
        if (!m_storeError.isEmpty()) {
            return;
        }
        QMetaObject::invokeMethod(
            m_imageContext,
            [image, numbers] {
                if (image->stopping) {
                    return;
                }
                for (const ActiveNumber &n : numbers) {
                    image->writer.add(n);
                }
            },
            Qt::QueuedConnection);
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
    if (from != m_writer.get() || !m_running) {
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
    const std::shared_ptr<Image> image = m_image;
    // m_writer stays until the next start(): destroying this object right after finished() (the app does) must still
    // reach it, so that the writing thread, which the destructor waits for, leaves the dropping of a cancelled sync's
    // table to the next sync instead of making the window wait for it.
    const auto finish = [this](const InventorySyncResult &r) {
        m_running = false;
        m_image.reset();
        Q_EMIT finished(r);
    };
    if (!m_storeError.isEmpty() || error.isError()) {
        if (!m_storeError.isEmpty()) {
            result.storeError = m_storeError;
        } else {
            result.apiError = error;
        }
        image->stopping = true;
        QMetaObject::invokeMethod(m_imageContext, [image] { image->writer = InventoryImage::Writer(); },
                                  Qt::QueuedConnection);
        QMetaObject::invokeMethod(m_context, [writer] { writer->close(); }, Qt::QueuedConnection);
        finish(result);
        return;
    }
    // The image is finished on its thread while the writing thread still writes the last pages; the commit runs
    // after every page written before it (an error writing one of them is reported instead).
    const auto commit = [this, writer, walked = result, finish, startedAt = m_startedAt](const QByteArray &bytes,
                                                                                        qint64 count) {
        if (writer->stopping) {
            return;
        }
        InventorySyncResult outcome = walked;
        if (writer->error.isEmpty() && writer->store) {
            outcome.info = writer->store->commitSync(startedAt, outcome.stats.requests, bytes, count);
            if (!outcome.info) {
                outcome.storeError = writer->store->errorString();
            }
        } else {
            outcome.storeError = writer->error;
        }
        writer->close();
        QMetaObject::invokeMethod(this, [outcome, finish] { finish(outcome); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_imageContext,
        [context = m_context, image, commit] {
            if (image->stopping) {
                return;
            }
            const bool valid = image->writer.isValid();
            const QByteArray bytes = valid ? image->writer.finish() : QByteArray();
            const qint64 count = valid ? image->writer.count() : -1;
            image->writer = InventoryImage::Writer(); // its table is not needed any more
            QMetaObject::invokeMethod(context, [commit, bytes, count] { commit(bytes, count); },
                                      Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace nd
