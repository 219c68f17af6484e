// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberwalker.h"

#include "numbertypes.h"

#include "numbersclient.h"

#include <QCoreApplication>

namespace nd {

ActiveNumberWalker::ActiveNumberWalker(NumbersClient *client, const ActiveNumberQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{}

ActiveNumberWalker::~ActiveNumberWalker()
{
    m_running = false; // the cancelled page's callback must not emit anything from a half-destroyed walker
    if (m_call) {
        m_call->cancel();
    }
}

void ActiveNumberWalker::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_fetched = 0;
    m_totalKnown = 0;
    m_totalUnknown = false;
    m_pages = 0;
    m_query.pageToken.clear();
    if (!m_query.pageSize) {
        m_query.pageSize = maxPageSize();
    }
    m_typesToWalk.clear();
    if (m_query.type.isEmpty()) {
        // §7.3: without `type` the API returns only MOBILE numbers, so walk each type explicitly.
        m_typesToWalk = everyNumberType();
    } else {
        m_typesToWalk = {m_query.type};
    }
    m_query.type = m_typesToWalk.takeFirst();
    fetchNext();
}

void ActiveNumberWalker::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_call) {
        m_call->cancel(); // reports Cancelled through the page callback, which finishes the walk
    } else {
        finish(ApiError::cancelled());
    }
}

bool ActiveNumberWalker::isRunning() const
{
    return m_running;
}

void ActiveNumberWalker::finish(const ApiError &error)
{
    m_running = false;
    m_call = nullptr;
    Q_EMIT finished(error);
}

void ActiveNumberWalker::fetchNext()
{
    if (!m_client) {
        finish(ApiError::validation(
            QCoreApplication::translate("nd::ActiveNumberWalker", "The API client is no longer available.")));
        return;
    }
    const QString sentToken = m_query.pageToken;
    m_call = m_client->listActiveNumbers(m_query, this, [this, sentToken](const Result<ActiveNumbersPage> &result) {
        m_call = nullptr;
        if (!m_running) {
            return;
        }
        if (!result) {
            finish(result.error());
            return;
        }
        const ActiveNumbersPage &page = result.value();
        ++m_pages;
        m_fetched += page.activeNumbers.size();
        if (m_query.pageToken.isEmpty()) {
            // First page of this type: its totalSize counts towards the total (informational, §3.8).
            if (page.totalSize >= 0) {
                m_totalKnown += page.totalSize;
            } else {
                m_totalUnknown = true;
            }
        }
        // Ask for the next page before handing this one out, so the server prepares it while the caller
        // processes this one (a full walk then costs about the larger of the two, not their sum).
        const bool repeatedToken = page.hasNextPage() && page.nextPageToken == sentToken;
        bool requested = false;
        if (!repeatedToken) {
            if (page.hasNextPage()) {
                m_query.pageToken = page.nextPageToken; // same query, only the token changes (§3.8)
                requested = true;
            } else if (!m_typesToWalk.isEmpty()) {
                m_query.type = m_typesToWalk.takeFirst();
                m_query.pageToken.clear();
                requested = true;
            }
            if (requested) {
                fetchNext();
            }
        }
        Q_EMIT pageReceived(page.activeNumbers);
        Q_EMIT progress(m_fetched, m_totalUnknown ? -1 : m_totalKnown);
        if (!m_running || requested) {
            return; // a slot cancelled the walk (which aborts the request in flight), or the next page is coming
        }
        if (repeatedToken) {
            // A server that hands back the token it was given would make us loop forever.
            finish(ApiError::parse(QCoreApplication::translate(
                "nd::ActiveNumberWalker", "The server returned the same page token twice; stopped listing.")));
            return;
        }
        finish({});
    });
}

} // namespace nd
