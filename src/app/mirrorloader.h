// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventoryfilter.h"
#include "apitypes.h"
#include "numbertable.h"

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

// Reads the inventory mirror on a worker thread (its own InventoryStore connection, InventoryStore::readTable: the
// mirror's image when it is current) into the NumberTable the Active tab shows, and hands it to the GUI thread
// whole: the window swaps it in at once and sorts it once, and the GUI thread never builds a row. The table's search
// buffers follow (searchTextLoaded), read from the image while the rows are already shown.
// One load at a time: load() cancels the previous one, whose table is dropped.
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

    explicit MirrorLoader(QObject *parent = nullptr);
    ~MirrorLoader() override; // cancels and waits for the worker

    void load(const Request &request);
    void cancel();
    bool isLoading() const { return m_loading; }

    // The table of the load that finished last (empty after a failure, or once taken).
    NumberTable takeTable();

Q_SIGNALS:
    // ok false: the mirror could not be read (error says why); otherwise takeTable() has the numbers that passed
    // the filter (none when there is no mirror yet).
    void finished(bool ok, const QString &error);
    // After finished(), for the table taken then: its search buffers, read from the mirror's image while the table
    // was being shown (NumberTable::adoptSearchText).
    void searchTextLoaded(const nd::NumberTable::SearchText &text);

private:
    void done(quint64 generation, bool ok, const QString &error, const std::shared_ptr<NumberTable> &table);

    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
    NumberTable m_table;
};

} // namespace nd
