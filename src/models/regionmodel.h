// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace nd {

class NumbersClient;
class PendingCall;

// The regions in which the project can get numbers (GET /availableRegions), one row each.
// Loads every region (no `types` filter): the list is short and RegionFilterProxy filters it locally.
// Does not own the client. Failures are reported through requestFailed(); the rows stay as they were.
class RegionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionModel)

public:
    enum Column { CodeColumn, NameColumn, TypesColumn, ColumnCount };

    explicit RegionModel(NumbersClient *client, QObject *parent = nullptr);
    ~RegionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sends GET /availableRegions; a refresh in flight is cancelled first.
    void refresh();
    void cancel();
    bool isLoading() const;

    void setRegions(const QList<AvailableRegion> &regions);
    void clear();
    const QList<AvailableRegion> &regions() const { return m_regions; }
    AvailableRegion region(int row) const;
    int rowOf(const QString &regionCode) const; // -1 when absent

Q_SIGNALS:
    void loadingChanged(bool loading);
    void regionsLoaded(int count);
    void requestFailed(const nd::ApiError &error);

private:
    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QList<AvailableRegion> m_regions;
    quint64 m_generation = 0;
};

} // namespace nd
