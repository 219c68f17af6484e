// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorywalker.h"

#include "numbersclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcInventory, "numberdesk.core.inventory")

} // namespace

InventoryWalker::InventoryWalker(NumbersClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_options.maxConcurrency = qMax(1, m_options.maxConcurrency);
    m_options.pageSize = qMax(1, m_options.pageSize);
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &InventoryWalker::pump);
    if (m_client) {
        // The client retries a refused page itself; the walker slows everyone else down.
        connect(m_client, &NumbersClient::retryScheduled, this,
                [this](const QByteArray &, const QByteArray &path, int, qint64 delayMs, const ApiError &error) {
                    if (m_running && error.kind == ApiError::Kind::Http && error.httpStatus == 429
                        && path.contains("/activeNumbers")) {
                        onRateLimited(delayMs);
                    }
                });
    }
}

InventoryWalker::~InventoryWalker()
{
    if (m_running && m_client && m_previousConnections > 0) {
        m_client->setConnectionsPerHost(m_previousConnections);
    }
    m_running = false;
    for (Walk &w : m_walks) {
        if (w.call) {
            w.call->cancel();
        }
    }
}

void InventoryWalker::start()
{
    if (m_running) {
        return;
    }
    m_walks.clear();
    m_types.clear();
    m_seen.clear();
    m_stats = Stats();
    m_inFlight = 0;
    m_successStreak = 0;
    m_concurrency = m_options.maxConcurrency;
    m_stats.lowestConcurrency = m_concurrency;
    for (const NumberType &type : std::as_const(m_options.types)) {
        m_types.insert(type.wire(), TypeState());
        Walk probe;
        probe.type = type;
        probe.probe = true;
        m_walks.append(probe);
    }
    for (const NumberType &type : std::as_const(m_options.types)) {
        if (m_options.partitionByLastDigit) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                Walk w;
                w.type = type;
                w.lastDigit = QString(QLatin1Char(digit));
                m_walks.append(w);
            }
        } else {
            Walk w;
            w.type = type;
            m_walks.append(w);
        }
    }
    m_stats.walks = int(m_walks.size()) - int(m_options.types.size());
    m_running = true;
    if (m_client) {
        // Qt keeps six connections per host: more pages in flight need the client's permission for more.
        m_previousConnections = m_client->connectionsPerHost();
        m_client->setConnectionsPerHost(qMax(m_previousConnections, m_options.maxConcurrency));
    }
    if (!m_client) {
        finish(ApiError::validation(
            QCoreApplication::translate("nd::InventoryWalker", "The API client is no longer available.")));
        return;
    }
    pump();
}

void InventoryWalker::cancel()
{
    if (m_running) {
        finish(ApiError::cancelled());
    }
}

qint64 InventoryWalker::expectedTotal() const
{
    qint64 total = 0;
    bool probed = true;
    for (const TypeState &t : m_types) {
        probed = probed && t.totalSize >= 0;
        total += qMax(0, t.totalSize);
    }
    if (probed) {
        return total;
    }
    // Until the probes have answered: what the partitions' first pages said (totalSize of each walk's filter).
    total = 0;
    for (const Walk &w : m_walks) {
        if (!w.probe && !w.verification) {
            if (w.partitionSize < 0) {
                return -1;
            }
            total += w.partitionSize;
        }
    }
    return total;
}

void InventoryWalker::pump()
{
    if (!m_running) {
        return;
    }
    const qint64 wait = m_holdOff.remainingTime();
    if (wait > 0) {
        m_pumpTimer->start(int(qMin<qint64>(wait, 60000)));
        return;
    }
    // First the walks not started yet (their first pages count each partition, which gives the progress its
    // total early), then the others in order (the largest types first, so the short walks fill the last rounds);
    // a type's probe only takes a slot no walk can use. The probes are needed only once a type's walks are all
    // done, and a slot spent on one number while pages wait costs a whole round trip: at the default concurrency
    // (6) three probes up front delayed half of the first round.
    enum Pass { Unstarted, Started, Probes };
    for (const Pass pass : {Unstarted, Started, Probes}) {
        for (int i = 0; i < m_walks.size() && m_inFlight < m_concurrency; ++i) {
            const Walk &w = m_walks.at(i);
            if (w.done || w.inFlight || w.probe != (pass == Probes)) {
                continue;
            }
            const bool started = w.partitionSize >= 0 || !w.pageToken.isEmpty();
            if (pass == Probes || started == (pass == Started)) {
                request(i);
            }
        }
    }
}

void InventoryWalker::request(int index)
{
    Walk &w = m_walks[index];
    ActiveNumberQuery query;
    query.type = w.type;
    query.pageSize = w.probe ? 1 : m_options.pageSize;
    query.pageToken = w.pageToken;
    if (!w.lastDigit.isEmpty()) {
        query.pattern.pattern = w.lastDigit;
        query.pattern.searchPattern = SearchPattern(SearchPattern::Value::End);
    }
    w.inFlight = true;
    ++m_inFlight;
    ++m_stats.requests;
    const QString sentToken = w.pageToken;
    w.call = m_client->listActiveNumbers(query, this, [this, index, sentToken](const Result<ActiveNumbersPage> &r) {
        Walk &walk = m_walks[index];
        walk.inFlight = false;
        walk.call = nullptr;
        --m_inFlight;
        if (!m_running) {
            return;
        }
        if (!r) {
            const ApiError &error = r.error();
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 429
                && ++walk.rateLimitedAnswers <= MaxRateLimitedAnswersPerWalk) {
                // The client gave up on this page after its own retries: the walk waits and asks again (slower,
                // with everyone else) instead of failing a long sync over one page.
                onRateLimited(error.retryAfterSeconds > 0 ? qint64(error.retryAfterSeconds) * 1000 : 1000);
                m_pumpTimer->start(int(qMax<qint64>(1, m_holdOff.remainingTime())));
                return;
            }
            finish(error);
            return;
        }
        walk.rateLimitedAnswers = 0;
        if (r.value().hasNextPage() && r.value().nextPageToken == sentToken) {
            // A server that hands back the token it was given would make us loop forever.
            finish(ApiError::parse(QCoreApplication::translate(
                "nd::InventoryWalker", "The server returned the same page token twice; stopped listing.")));
            return;
        }
        onPage(index, r.value());
    });
}

void InventoryWalker::onPage(int index, const ActiveNumbersPage &page)
{
    Walk &w = m_walks[index];
    TypeState &type = m_types[w.type.wire()];
    if (w.probe) {
        const NumberType probedType = w.type; // walksOfTypeDone() may append to m_walks
        w.done = true;
        type.probed = true;
        type.totalSize = page.totalSize;
        pump();
        Q_EMIT progress(numbersFetched(), expectedTotal());
        walksOfTypeDone(probedType);
        if (m_running && allDone()) {
            finish({});
        }
        return;
    }
    ++m_stats.pages;
    if (w.partitionSize < 0 && !w.verification) {
        w.partitionSize = page.totalSize; // stays -1 (unknown) when the server does not say
    }
    const bool withRaw = page.rawActiveNumbers.size() == page.activeNumbers.size();
    // Usually every number is new: then the page's lists are handed out as they are (shared, not copied).
    QList<ActiveNumber> fresh = page.activeNumbers;
    QList<QByteArray> freshRaw = withRaw ? page.rawActiveNumbers : QList<QByteArray>();
    for (qsizetype i = 0; i < page.activeNumbers.size(); ++i) {
        const ActiveNumber &n = page.activeNumbers.at(i);
        if (m_seen.contains(n.phoneNumber)) {
            // A number seen before (moved by a concurrent change): copy out the new ones only.
            fresh.clear();
            freshRaw.clear();
            for (qsizetype j = 0; j < page.activeNumbers.size(); ++j) {
                const ActiveNumber &m = page.activeNumbers.at(j);
                if (j < i || !m_seen.contains(m.phoneNumber)) {
                    m_seen.insert(m.phoneNumber);
                    fresh.append(m);
                    if (withRaw) {
                        freshRaw.append(page.rawActiveNumbers.at(j));
                    }
                    if (j >= i) {
                        ++type.found;
                    }
                } else {
                    ++m_stats.duplicates;
                }
            }
            break;
        }
        m_seen.insert(n.phoneNumber);
        ++type.found;
    }
    if (page.hasNextPage()) {
        w.pageToken = page.nextPageToken; // same query, only the token changes (§3.8)
    } else {
        w.done = true;
    }
    if (++m_successStreak >= 2 * m_concurrency && m_concurrency < m_options.maxConcurrency) {
        ++m_concurrency; // grow back slowly after a rate limit
        m_successStreak = 0;
    }
    // Ask for the next pages before handing this one out, so the server works while the caller stores it.
    pump();
    const NumberType walkType = w.type;
    const bool walkDone = w.done;
    if (!fresh.isEmpty()) {
        Q_EMIT numbersReceived(fresh, freshRaw);
    }
    if (!m_running) {
        return; // a slot cancelled the walk
    }
    Q_EMIT progress(numbersFetched(), expectedTotal());
    if (walkDone) {
        walksOfTypeDone(walkType);
    }
    if (m_running && allDone()) {
        finish({});
    }
}

void InventoryWalker::walksOfTypeDone(NumberType type)
{
    TypeState &state = m_types[type.wire()];
    if (!state.probed || state.verifying) {
        return;
    }
    for (const Walk &w : std::as_const(m_walks)) {
        if (!w.probe && w.type == type && !w.done) {
            return;
        }
    }
    if (state.totalSize >= 0 && state.found != state.totalSize) {
        // The partitions do not add up to the type's total (a concurrent change, or a server that matches
        // patterns differently): walk the whole type once more; what it finds is added.
        qCInfo(lcInventory) << type.wire() << "found" << state.found << "of" << state.totalSize
                            << "- walking the type again without partitions";
        state.verifying = true;
        ++m_stats.verificationWalks;
        Walk verify;
        verify.type = type;
        verify.verification = true;
        m_walks.append(verify);
        pump();
    }
}

bool InventoryWalker::allDone() const
{
    if (m_inFlight > 0) {
        return false;
    }
    for (const Walk &w : m_walks) {
        if (!w.done) {
            return false;
        }
    }
    return true;
}

void InventoryWalker::onRateLimited(qint64 delayMs)
{
    ++m_stats.rateLimits;
    m_concurrency = qMax(1, m_concurrency / 2);
    m_stats.lowestConcurrency = qMin(m_stats.lowestConcurrency, m_concurrency);
    m_successStreak = 0;
    if (m_holdOff.remainingTime() < delayMs) {
        m_holdOff.setRemainingTime(delayMs);
    }
    qCInfo(lcInventory) << "rate limited: concurrency" << m_concurrency << "holding off" << delayMs << "ms";
}

void InventoryWalker::finish(const ApiError &error)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_pumpTimer->stop();
    if (m_client && m_previousConnections > 0) {
        m_client->setConnectionsPerHost(m_previousConnections);
    }
    for (Walk &w : m_walks) {
        if (w.call) {
            w.call->cancel();
            w.call = nullptr;
        }
    }
    Q_EMIT finished(error);
}

} // namespace nd
