// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorloader.h"

#include "inventorystore.h"

#include <QFileInfo>
#include <QThread>

namespace nd {

MirrorLoader::MirrorLoader(QObject *parent)
    : QObject(parent)
{
}

MirrorLoader::~MirrorLoader()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

void MirrorLoader::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    ++m_generation;
    m_loading = false;
}

void MirrorLoader::load(const Request &request)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    m_loading = true;
    QPointer<MirrorLoader> self(this);
    QThread *thread = QThread::create([self, request, generation, cancelled] {
        auto post = [&](auto &&call) {
            if (!cancelled->load() && self) {
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(call)>(call), Qt::QueuedConnection);
            }
        };
        if (!QFileInfo::exists(request.path)) {
            post([self, generation] { self->done(generation, true, QString(), 0); });
            return;
        }
        InventoryStore store(request.path);
        if (!store.open()) {
            post([self, generation, error = store.errorString()] { self->done(generation, false, error, 0); });
            return;
        }
        qint64 matched = 0;
        const bool ok = store.readAllInChunks(
            ChunkSize,
            [&](QList<ActiveNumber> &&numbers) {
                if (request.only || !request.filter.isEmpty()) {
                    numbers.removeIf([&request](const ActiveNumber &n) {
                        return (request.only && !request.only->contains(n.phoneNumber)) || !request.filter.matches(n);
                    });
                }
                matched += numbers.size();
                if (!numbers.isEmpty() && !cancelled->load()) {
                    post([self, generation, batch = std::move(numbers)] { self->deliver(generation, batch); });
                }
            },
            [&] {
                matched = 0;
                post([self, generation] { self->restart(generation); });
            });
        post([self, generation, ok, error = store.errorString(), matched] {
            self->done(generation, ok, error, matched);
        });
    });
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    m_threads.removeIf([](const QPointer<QThread> &t) { return t.isNull(); });
    m_threads.append(thread);
    thread->start();
}

void MirrorLoader::deliver(quint64 generation, const QList<ActiveNumber> &numbers)
{
    if (generation == m_generation) {
        Q_EMIT batchLoaded(numbers);
    }
}

void MirrorLoader::restart(quint64 generation)
{
    if (generation == m_generation) {
        Q_EMIT restarted();
    }
}

void MirrorLoader::done(quint64 generation, bool ok, const QString &error, qint64 matched)
{
    if (generation != m_generation) {
        return;
    }
    m_loading = false;
    Q_EMIT finished(ok, error, matched);
}

} // namespace nd
