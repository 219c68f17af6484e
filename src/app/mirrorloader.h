// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventoryfilter.h"
#include "apitypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace nd {

// Reads the inventory mirror on a worker thread (its own InventoryStore connection, InventoryStore::readAll: the
// mirror's binary image when it is current) and hands the numbers that pass the filter to the GUI thread in one
// few large batches, so the window paints at once and the table is sorted a few times, not once per small batch;
// the 100,000 numbers never exist at once as whole ActiveNumber values, only the table's compact rows do. One load
// at a time: load() cancels the previous one, whose batches are dropped.
class MirrorLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorLoader)

public:
    struct Request
    {
        QString path;
        InventoryFilter filter;
        std::optional<QSet<QString>> only; // when set: just these numbers (E.164)
    };

    static constexpr qsizetype ChunkSize = 25000;

    explicit MirrorLoader(QObject *parent = nullptr);
    ~MirrorLoader() override; // cancels and waits for the worker

    void load(const Request &request);
    void cancel();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void batchLoaded(const QList<nd::ActiveNumber> &numbers);
    // The batches so far must be dropped (the mirror's image failed half-way; its JSON follows).
    void restarted();
    // ok false: the mirror could not be read (error says why). `matched` numbers passed the filter.
    void finished(bool ok, const QString &error, qint64 matched);

private:
    void deliver(quint64 generation, const QList<ActiveNumber> &numbers);
    void restart(quint64 generation);
    void done(quint64 generation, bool ok, const QString &error, qint64 matched);

    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
};

} // namespace nd
