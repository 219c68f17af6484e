// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "requests.h"

#include <QObject>
#include <QPointer>

namespace nd {

class NumbersClient;
class PendingCall;

// Walks every page of GET /activeNumbers, emitting each page as it arrives so callers can stream rows
// instead of holding them all. When the query has no `type`, it walks MOBILE, LOCAL and TOLL_FREE in turn,
// because the API returns only MOBILE numbers when `type` is left out (docs/api.md §7.3).
// Uses the query's pageSize, or maxPageSize() when none is set. The walker does not own the client.
class ActiveNumberWalker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveNumberWalker)

public:
    // The largest page size the walker asks for by default (documented in the README).
    static constexpr int maxPageSize() { return 1000; }

    ActiveNumberWalker(NumbersClient *client, const ActiveNumberQuery &query, QObject *parent = nullptr);
    ~ActiveNumberWalker() override;

    void start();
    // Stops after the page in flight is aborted; finished() is emitted with a Cancelled error.
    void cancel();
    bool isRunning() const;

    qint64 numbersFetched() const { return m_fetched; }
    int pagesFetched() const { return m_pages; }

Q_SIGNALS:
    void pageReceived(const QList<nd::ActiveNumber> &numbers);
    // total is the sum of totalSize over the types walked so far, or -1 when unknown.
    void progress(qint64 fetched, qint64 total);
    // error.kind == None when every page was fetched.
    void finished(const nd::ApiError &error);

private:
    void fetchNext();
    void finish(const nd::ApiError &error);

    QPointer<NumbersClient> m_client;
    ActiveNumberQuery m_query;
    QList<NumberType> m_typesToWalk;
    QPointer<PendingCall> m_call;
    qint64 m_fetched = 0;
    qint64 m_totalKnown = 0;
    bool m_totalUnknown = false;
    int m_pages = 0;
    bool m_running = false;
};

} // namespace nd
