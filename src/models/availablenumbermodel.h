// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "requests.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace nd {

class NumbersClient;
class PendingCall;

// Results of GET /availableNumbers (not paginated). A new search cancels the one in flight; its reply is
// ignored. Does not own the client. Failures are reported through requestFailed() and clear the rows.
class AvailableNumberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailableNumberModel)

public:
    enum Column {
        NumberColumn,
        RegionColumn,
        TypeColumn,
        CapabilitiesColumn,
        SetupPriceColumn,
        MonthlyPriceColumn,
        IntervalColumn,
        DocumentationColumn,
        ColumnCount
    };

    explicit AvailableNumberModel(NumbersClient *client, QObject *parent = nullptr);
    ~AvailableNumberModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void search(const AvailableNumberQuery &query);
    // Repeats the last search (after a number turned out to be gone).
    void refresh();
    void cancel();
    bool isSearching() const;
    const AvailableNumberQuery &lastQuery() const { return m_query; }
    bool hasSearched() const { return m_hasSearched; }

    void setNumbers(const QList<AvailableNumber> &numbers);
    void clear();
    const QList<AvailableNumber> &numbers() const { return m_numbers; }
    AvailableNumber number(int row) const;
    int rowOf(const QString &e164) const; // -1 when absent
    // Drops a number that was rented or turned out to be gone. Returns whether it was there.
    bool removeNumber(const QString &e164);

Q_SIGNALS:
    void searchingChanged(bool searching);
    void searchFinished(int count);
    void requestFailed(const nd::ApiError &error);

private:
    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QList<AvailableNumber> m_numbers;
    AvailableNumberQuery m_query;
    quint64 m_generation = 0;
    bool m_hasSearched = false;
};

} // namespace nd
