// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include "numbertypes.h"
#include "apitypes.h"
#include "requests.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace nd {

class NumbersClient;
class PendingCall;

// Fetches a project's whole active inventory as fast as the API allows, for the local mirror.
//
// How it partitions: GET /activeNumbers returns one type at a time (docs/api.md §7.3), and one walk of pages
// is sequential (each page names the next). So each type is split into ten walks by the number's last digit
// (numberPattern END "0" … "9"): disjoint, and together every number of the type, whatever the regions. Up
// to `maxConcurrency` pages are in flight at once, at the largest page size: a free slot goes first to a walk
// not started yet, then to the first unfinished walk (the largest types come first).
//
// How it proves completeness: for each type one probe (pageSize 1, no pattern) reads the type's totalSize; it is
// sent when a slot is free that no walk can use (in the last rounds), since it is needed only once the type's
// walks are done. When the numbers found for a type do not match it, that type is walked once more without
// partitions, and whatever that walk finds is added. Numbers are handed out once each (deduplicated by phone number), so a
// number moved between pages by a concurrent change is never counted twice, and keyset paging never skips a
// number that existed throughout.
//
// Rate limits: a 429 on any page halves the concurrency (down to 1) and holds every new request back until the
// server's Retry-After has passed (the client retries the refused page itself, and when it gives up the walk asks
// again, up to 8 times in a row); after a run of successful pages the concurrency grows back by one, up to the
// maximum.
//
// The client is not owned. Signals arrive on this object's thread; finished() is emitted exactly once.
class InventoryWalker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryWalker)

public:
    // Pages in flight unless the caller asks otherwise, and the most it may ask for (profiles, `--concurrency`).
    static constexpr int DefaultConcurrency = 6;
    static constexpr int MaxConcurrency = 16;

    struct Options
    {
        int maxConcurrency = DefaultConcurrency;
        int pageSize = 1000;
        bool partitionByLastDigit = true; // false: one walk per type (the baseline the benchmark compares with)
        QList<NumberType> types = everyNumberType();
    };

    struct Stats
    {
        int requests = 0;
        int pages = 0;
        int walks = 0;
        int rateLimits = 0;         // 429 answers seen (each halves the concurrency)
        int lowestConcurrency = 0;
        int verificationWalks = 0;  // types walked again because their count did not match totalSize
        qint64 duplicates = 0;      // numbers seen twice (moved by a concurrent change): handed out once
    };

    InventoryWalker(NumbersClient *client, const Options &options, QObject *parent = nullptr);
    ~InventoryWalker() override;

    void start();
    // Stops every request in flight; finished() reports Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 numbersFetched() const { return m_seen.size(); }
    int concurrency() const { return m_concurrency; }
    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    // New numbers (never one already handed out), in the order their pages arrived; `raw` holds each one's JSON
    // as received when the page parser kept it (else it is empty).
    void numbersReceived(const QList<nd::ActiveNumber> &numbers, const QList<QByteArray> &raw);
    // expected: the sum of the types' totalSize; before the probes have answered, the sum of what the walks'
    // first pages counted; -1 while unknown.
    void progress(qint64 fetched, qint64 expected);
    // error.kind == None: every type walked and checked.
    void finished(const nd::ApiError &error);

private:
    struct Walk
    {
        NumberType type;
        QString lastDigit; // "" = the whole type
        QString pageToken;
        bool probe = false;  // one page of one number, for the type's totalSize
        bool verification = false;
        bool inFlight = false;
        bool done = false;
        int partitionSize = -1; // the totalSize of the walk's first page (its filter's count); -1 while unknown
        int rateLimitedAnswers = 0; // pages of this walk refused with 429 in a row (after the client's retries)
        QPointer<PendingCall> call;
    };
    static constexpr int MaxRateLimitedAnswersPerWalk = 8;

    struct TypeState
    {
        qint64 found = 0;
        int totalSize = -1; // from the probe
        bool probed = false;
        bool verifying = false;
    };

    void pump();
    void request(int index);
    void onPage(int index, const ActiveNumbersPage &page);
    void onRateLimited(qint64 delayMs);
    void walksOfTypeDone(NumberType type);
    bool allDone() const;
    void finish(const ApiError &error);
    qint64 expectedTotal() const;

    QPointer<NumbersClient> m_client;
    Options m_options;
    QList<Walk> m_walks;
    QHash<QString, TypeState> m_types; // by wire name
    QSet<QString> m_seen;
    int m_concurrency = 1;
    int m_inFlight = 0;
    int m_successStreak = 0;
    int m_previousConnections = 0; // the client's connectionsPerHost() before start()
    QDeadlineTimer m_holdOff{0};
    QTimer *m_pumpTimer = nullptr;
    bool m_running = false;
    Stats m_stats;
};

} // namespace nd
