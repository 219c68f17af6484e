// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
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
// Rows are kept compact for inventories of 100,000 numbers and more: each row holds its number and display
// name, integer sort keys (number digits, price in micro-units, dates in ms) and indexes into pools of the
// values many rows share (project, region, type, currency, amount, callback URL, capability lists, SMS and
// voice configurations); the rare per-row leftovers (unknown JSON keys, dates with a non-UTC time spec)
// live out of line. number() and RecordRole rebuild the full ActiveNumber on demand; display strings are
// built on demand. The searchable text (number, case-folded display name and region) is kept pre-folded in
// contiguous buffers so a local filter scans 100,000 rows in a few milliseconds. Does not own the client.
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

    // Local rows (the inventory mirror) instead of the API's pages: beginLocal() drops every row, stops
    // loading and leaves paging off until the next setQuery(); appendLocal() adds rows (a number already
    // listed is replaced). In local mode the total is the number of rows.
    void beginLocal();
    void appendLocal(const QList<ActiveNumber> &numbers);
    bool isLocal() const { return m_local; }

    bool isLoading() const;
    bool hasMorePages() const;
    int loadedCount() const { return int(m_rows.size()); }
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
    // Fields that are rare in practice; a row points to one only when it has some.
    struct RowExtras
    {
        QJsonObject extra;                     // unknown JSON keys
        std::optional<QDateTime> nextChargeDate; // kept as is when not UTC
        std::optional<QDateTime> expireAt;
    };
    struct Row
    {
        QString phoneNumber; // shares its data with the m_rowByNumber key
        QString displayName;
        qint64 numberKey = -1;   // digits of "+digits" in string order, -1 when the number is not like that
        qint64 priceKey = 0;     // monthly price in micro-units; minimum when it does not parse
        qint64 nextChargeMs = 0; // noDate() when unset
        qint64 expireMs = 0;
        quint32 projectId = 0; // indexes into m_strings
        quint32 regionCode = 0;
        quint32 type = 0;
        quint32 currency = 0;
        quint32 amount = 0;
        quint32 callbackUrl = 0;
        quint32 capabilities = 0; // index into m_capabilityLists
        quint32 sms = 0;          // index into m_smsConfigs (0: none)
        quint32 voice = 0;        // index into m_voiceConfigs (0: none)
        qint32 paymentIntervalMonths = 0;
        quint8 capabilityMask = 0;
        quint8 provisioningRank = 0;
        std::unique_ptr<RowExtras> extras;
    };
    struct SortKey
    {
        qint64 primary = 0;
        qint64 secondary = 0;
        qint64 tie = 0;
        int row = 0;
    };
    static constexpr qint64 noDate() { return std::numeric_limits<qint64>::min(); }

    Row makeRow(const ActiveNumber &number);
    ActiveNumber rebuild(const Row &row) const;
    quint32 intern(const QString &text);
    quint32 internCapabilities(const QList<Capability> &capabilities);
    quint32 internSms(const std::optional<SmsConfiguration> &sms);
    quint32 internVoice(const std::optional<VoiceConfiguration> &voice);
    const QString &str(quint32 id) const { return m_strings.at(id); }
    void appendSearchText(const Row &row);
    void rebuildSearchText() const;
    int compareTie(const Row &a, const Row &b) const;
    int compareColumn(const Row &a, const Row &b, int column) const;
    std::vector<qint64> poolRanks(quint32 Row::*member) const;
    void resetPaging();
    void appendRows(const QList<ActiveNumber> &numbers);
    void replaceRow(int row, const ActiveNumber &number);
    void probeTotals();

    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QList<QPointer<PendingCall>> m_probes; // one-row requests that learn the other types' totalSize
    ActiveNumberQuery m_query;
    int m_pageSize = defaultPageSize();
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByNumber;
    // Pools of shared values; index 0 is the empty value.
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    QVector<QList<Capability>> m_capabilityLists;
    QMultiHash<size_t, quint32> m_capabilityIds; // by hash of the list
    std::vector<std::optional<SmsConfiguration>> m_smsConfigs;
    QMultiHash<size_t, quint32> m_smsIds;        // by hash of the fields
    std::vector<std::optional<VoiceConfiguration>> m_voiceConfigs;
    QMultiHash<size_t, quint32> m_voiceIds;
    int m_irregularNumbers = 0; // rows whose numberKey is -1: ties then compare the strings
    // Search buffers, one line per row: the number as UTF-8; the case-folded display name. Rebuilt lazily after a row is replaced.
    mutable QByteArray m_numberText;
    mutable QByteArray m_foldedText;
    mutable bool m_searchTextDirty = false;
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
