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
        auto done = [&](bool ok, const QString &error, std::shared_ptr<NumberTable> table) {
            if (!cancelled->load() && self) {
                QMetaObject::invokeMethod(
                    self.data(), [self, generation, ok, error, table] { self->done(generation, ok, error, table); },
                    Qt::QueuedConnection);
            }
        };
        if (!QFileInfo::exists(request.path)) {
            done(true, QString(), std::make_shared<NumberTable>());
            return;
        }
        InventoryStore store(request.path);
        if (!store.open()) {
            done(false, store.errorString(), nullptr);
            return;
        }
        std::function<bool(const ActiveNumber &)> keep;
        if (request.only || !request.filter.isEmpty()) {
            keep = [&request](const ActiveNumber &n) {
                return (!request.only || request.only->contains(n.phoneNumber)) && request.filter.matches(n);
            };
        }
        std::function<std::optional<NumberTable::SearchText>()> readSearchText;
        std::optional<NumberTable> table = store.readTable(keep, &readSearchText);
        if (!table) {
            done(false, store.errorString(), nullptr);
            return;
        }
        if (!readSearchText) {
            table->numberText(); // the search buffers, here rather than on the first keystroke
        }
        done(true, QString(), std::make_shared<NumberTable>(std::move(*table)));
        // The image's search buffers after the rows, which are shown meanwhile.
        if (readSearchText) {
            if (std::optional<NumberTable::SearchText> text = readSearchText(); text && !cancelled->load() && self) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, generation, text = std::move(*text)]() mutable {
                        if (self && generation == self->m_generation) {
                            Q_EMIT self->searchTextLoaded(text);
                        }
                    },
                    Qt::QueuedConnection);
            }
        }
    });
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    m_threads.removeIf([](const QPointer<QThread> &t) { return t.isNull(); });
    m_threads.append(thread);
    thread->start();
}

void MirrorLoader::done(quint64 generation, bool ok, const QString &error, const std::shared_ptr<NumberTable> &table)
{
    if (generation != m_generation) {
        return;
    }
    m_loading = false;
    m_table = table ? std::move(*table) : NumberTable();
    Q_EMIT finished(ok, error);
}

NumberTable MirrorLoader::takeTable()
{
    return std::exchange(m_table, NumberTable());
}

} // namespace nd
