// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionmodel.h"

#include "displaytext.h"
#include "itemroles.h"
#include "numbersclient.h"

#include <QStringList>

#include <algorithm>

namespace nd {

RegionModel::RegionModel(NumbersClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

RegionModel::~RegionModel()
{
    ++m_generation; // a callback still queued must not touch a half-destroyed model
    if (m_call) {
        m_call->cancel();
    }
}

int RegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString typesText(const QList<NumberType> &types)
{
    QStringList parts;
    parts.reserve(types.size());
    for (const NumberType &type : types) {
        parts << DisplayText::numberType(type);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AvailableRegion &region = m_regions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
            return region.regionCode;
        case NameColumn:
            return region.regionName.isEmpty() ? region.regionCode : region.regionName;
        case TypesColumn:
            return typesText(region.types);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3").arg(region.regionName, region.regionCode, typesText(region.types));
    case KeyRole:
        return region.regionCode;
    case RecordRole:
        return QVariant::fromValue(region);
    default:
        return {};
    }
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Region");
    case TypesColumn:
        return tr("Number types");
    default:
        return {};
    }
}

void RegionModel::refresh()
{
    cancel();
    if (!m_client) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_call = m_client->listAvailableRegions({}, this, [this, generation](const Result<QList<AvailableRegion>> &result) {
        if (generation != m_generation) {
            return; // superseded or cancelled
        }
        m_call.clear();
        Q_EMIT loadingChanged(false);
        if (!result) {
            Q_EMIT requestFailed(result.error());
            return;
        }
        setRegions(result.value());
        Q_EMIT regionsLoaded(int(m_regions.size()));
    });
    Q_EMIT loadingChanged(true);
}

void RegionModel::cancel()
{
    if (!m_call) {
        return;
    }
    ++m_generation;
    QPointer<PendingCall> call = m_call;
    m_call.clear();
    call->cancel();
    Q_EMIT loadingChanged(false);
}

bool RegionModel::isLoading() const
{
    return !m_call.isNull();
}

void RegionModel::setRegions(const QList<AvailableRegion> &regions)
{
    beginResetModel();
    m_regions = regions;
    std::sort(m_regions.begin(), m_regions.end(), [](const AvailableRegion &a, const AvailableRegion &b) {
        return a.regionName.compare(b.regionName, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

void RegionModel::clear()
{
    setRegions({});
}

AvailableRegion RegionModel::region(int row) const
{
    return row >= 0 && row < m_regions.size() ? m_regions.at(row) : AvailableRegion{};
}

int RegionModel::rowOf(const QString &regionCode) const
{
    for (int row = 0; row < m_regions.size(); ++row) {
        if (m_regions.at(row).regionCode == regionCode) {
            return row;
        }
    }
    return -1;
}

} // namespace nd
