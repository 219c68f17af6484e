// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorysync.h"

#include "numbersclient.h"

namespace nd {

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
        m_store->abortSync();
    }
}

void InventorySync::start()
{
    if (m_walker) {
        return;
    }
    m_storeError.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!m_store->beginSync()) {
        InventorySyncResult result;
        result.storeError = m_store->errorString();
        Q_EMIT finished(result);
        return;
    }
    m_walker = new InventoryWalker(m_client, m_options, this);
    connect(m_walker, &InventoryWalker::numbersReceived, this,
            [this](const QList<ActiveNumber> &numbers, const QList<QByteArray> &raw) {
        if (m_storeError.isEmpty() && !m_store->addNumbers(numbers, raw)) {
            m_storeError = m_store->errorString();
            m_walker->cancel();
        }
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

void InventorySync::done(const ApiError &error)
{
    InventorySyncResult result;
    result.stats = m_walker->stats();
    m_walker->deleteLater();
    m_walker = nullptr;
    if (!m_storeError.isEmpty()) {
        result.storeError = m_storeError;
        m_store->abortSync();
    } else if (error.isError()) {
        result.apiError = error;
        m_store->abortSync();
    } else {
        result.info = m_store->commitSync(m_startedAt, result.stats.requests);
        if (!result.info) {
            result.storeError = m_store->errorString();
        }
    }
    Q_EMIT finished(result);
}

} // namespace nd
