// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "numbertable.h"
#include "requests.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace nd {

class NumbersClient;
class PendingCall;

// The project's rented numbers (GET /activeNumbers), loaded page by page as the view asks for them.
//
// Paging follows Qt's fetchmore pattern: canFetchMore() is true while pages remain and no request is in
// flight; fetchMore() only sends the request; rows are inserted when the reply arrives. Never blocks.
// setQuery() holds the server-side filters (region, type, pattern, capability, orderBy); it resets the
// rows, ignores any reply of the previous query (generation counter, and the call is cancelled) and sends
// the first page. A query without a type walks MOBILE, then LOCAL, then TOLL_FREE pages, because the API
// returns only MOBILE numbers when `type` is left out (docs/api.md §4.5).
//
// The rows are a NumberTable (core/numbertable.h), compact for inventories of 100,000 numbers and more: integer
// sort keys, pooled shared values, one text for every number and display name, and pre-folded search buffers, so a
// local filter scans 100,000 rows in a few milliseconds. number() and RecordRole rebuild the full ActiveNumber on
// demand; display strings are built on demand. The mirror's rows arrive whole (setLocalTable(), read from the
// mirror's image on a worker thread). Does not own the client.
// Failures stop paging and are reported through requestFailed(); reload() starts again.
class ActiveNumberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveNumberModel)

public:
    enum Column {
        NumberColumn,
        DisplayNameColumn,
        RegionColumn,
        TypeColumn,
        CapabilitiesColumn,
        MonthlyPriceColumn,
        NextChargeColumn,
        ExpiryColumn,
        SmsColumn,
        VoiceColumn,
        ProvisioningColumn,
        ColumnCount
    };

    static constexpr int defaultPageSize() { return 100; }

    explicit ActiveNumberModel(NumbersClient *client, QObject *parent = nullptr);
    ~ActiveNumberModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the server-side filters, clears the rows and sends the first page. The query's pageToken
    // is ignored; its pageSize, when unset, becomes pageSize().
    void setQuery(const ActiveNumberQuery &query);
    const ActiveNumberQuery &query() const { return m_query; }
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    // Same query from the first page again.
    void reload();
    // Stops loading (the request in flight is cancelled); the rows loaded so far stay.
    void cancel();
    // Drops every row and stops loading, e.g. when the connection changes.
    void clear();

    // Local rows (the inventory mirror) instead of the API's pages: beginLocal() drops every row, stops loading and
    // leaves paging off until the next setQuery(). In local mode the total is the number of rows.
    void beginLocal();
    // The whole local inventory at once, e.g. a mirror read on a worker thread (MirrorLoader): replaces every row
    // in one reset, so a view or proxy sorts once.
    void setLocalTable(NumberTable table);
    // The search buffers read for that table after it was shown (ignored when a row changed since).
    void adoptSearchText(NumberTable::SearchText text) { m_table.adoptSearchText(std::move(text)); }
    bool isLocal() const { return m_local; }

    bool isLoading() const;
    bool hasMorePages() const;
    int loadedCount() const { return int(m_table.size()); }
    // Sum of the server's totalSize over the types plus numbers added locally, -1 before any answer.
    // Informational (docs/api.md §3.8). For a type-less query, setQuery() also sends one-row requests
    // for LOCAL and TOLL_FREE so the total is known before their pages are walked; isTotalExact() is
    // false until every type has answered.
    qint64 totalCount() const;
    bool isTotalExact() const;

    ActiveNumber number(int row) const;
    // Cheap per-row reads (no ActiveNumber rebuilt), for totals and selections over 100,000 rows.
    QString phoneNumber(int row) const;
    Money price(int row) const;
    int paymentIntervalMonths(int row) const;
    // Rows with the same price (currency and amount) have the same value: totals over 100,000 rows group by it
    // and build each price once.
    quint64 priceGroup(int row) const;
    int rowOf(const QString &e164) const; // -1 when not loaded
    // Whether a number satisfies the current server-side filters (used to place numbers rented here).
    bool matchesQuery(const ActiveNumber &number) const;

    // Results of rent/update/release. upsertNumber() replaces a loaded row or, when the number matches
    // the query, appends it; updateNumber() and markReleased() only touch a loaded row. They return whether
    // a row changed.
    bool upsertNumber(const ActiveNumber &number);
    bool updateNumber(const ActiveNumber &number);
    bool markReleased(const ActiveNumber &number);

    // Fast comparison of two rows by a column's raw value, for ActiveNumberFilterProxy (no QVariant). Ties
    // are broken by the number, so this is a strict total order over the loaded rows.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // Puts `rows` (source rows) in the order lessThan() defines for `column` (reversed for descending),
    // from precomputed integer keys in one contiguous array: fast for 100,000 rows.
    void sortRows(std::vector<int> &rows, int column, Qt::SortOrder order) const;
    // Whether a row matches a local filter: `text` in the display name or region (case-insensitive), or
    // `digits` (the filter's digits) in the number.
    bool rowMatches(int row, const QString &text, const QString &digits) const;
    // rowMatches() for every row at once: sets accepted[row] to 1 or 0 (resized to rowCount()). Scans the
    // pre-folded search buffers, so it costs a few milliseconds for 100,000 rows.
    void matchRows(const QString &text, const QString &digits, std::vector<quint8> &accepted) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countsChanged(int loaded, qint64 total);
    void pageLoaded(int rowsAdded);
    void requestFailed(const nd::ApiError &error);

private:
    using Row = NumberTable::Row;
    struct SortKey
    {
        qint64 primary = 0;
        qint64 secondary = 0;
        qint64 tie = 0;
        int row = 0;
    };
    static constexpr qint64 noDate() { return NumberTable::noDate(); }

    const QString &str(quint32 id) const { return m_table.text(id); }
    int compareTie(const Row &a, const Row &b) const;
    int compareColumn(const Row &a, const Row &b, int column) const;
    std::vector<qint64> poolRanks(quint32 Row::*member) const;
    void replaceTable(NumberTable table); // stops paging, cancels the calls, one model reset
    void resetPaging();
    void appendRows(const QList<ActiveNumber> &numbers);
    void replaceRow(int row, const ActiveNumber &number);
    void probeTotals();

    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QList<QPointer<PendingCall>> m_probes; // one-row requests that learn the other types' totalSize
    ActiveNumberQuery m_query;
    int m_pageSize = defaultPageSize();
    NumberTable m_table;
    QList<NumberType> m_types;  // types to walk: the query's type or all three
    int m_typeIndex = 0;        // the type whose pages are being read
    QString m_nextToken;        // for the type at m_typeIndex
    QVector<qint64> m_totals;   // totalSize per walked type, -1 before its first page
    qint64 m_localAdded = 0;    // numbers appended by upsertNumber()
    quint64 m_generation = 0;
    bool m_failed = false;
    bool m_local = false;
};

} // namespace nd
