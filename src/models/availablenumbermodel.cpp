// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availablenumbermodel.h"

#include "displaytext.h"
#include "itemroles.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "sortvalue.h"

namespace nd {

AvailableNumberModel::AvailableNumberModel(NumbersClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AvailableNumberModel::~AvailableNumberModel()
{
    ++m_generation;
    if (m_call) {
        m_call->cancel();
    }
}

int AvailableNumberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int AvailableNumberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailableNumberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AvailableNumber &n = m_numbers.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return PhoneNumber::format(n.phoneNumber);
        case RegionColumn:
            return n.regionCode;
        case TypeColumn:
            return DisplayText::numberType(n.type);
        case CapabilitiesColumn:
            return DisplayText::capabilities(n.capabilities);
        case SetupPriceColumn:
            return DisplayText::money(n.setupPrice);
        case MonthlyPriceColumn:
            return DisplayText::money(n.monthlyPrice);
        case IntervalColumn:
            return DisplayText::interval(n.paymentIntervalMonths);
        case DocumentationColumn:
            return n.supportingDocumentationRequired ? tr("Required") : tr("Not required");
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NumberColumn:
            return n.phoneNumber;
        case RegionColumn:
            return n.regionCode;
        case TypeColumn:
            return n.type.wire();
        case CapabilitiesColumn:
            return DisplayText::capabilities(n.capabilities);
        case SetupPriceColumn:
            return SortValue::fromMoney(n.setupPrice);
        case MonthlyPriceColumn:
            return SortValue::fromMoney(n.monthlyPrice);
        case IntervalColumn:
            return n.paymentIntervalMonths;
        case DocumentationColumn:
            return n.supportingDocumentationRequired;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NumberColumn) {
            return n.phoneNumber;
        }
        if (column == DocumentationColumn && n.supportingDocumentationRequired) {
            return tr("Renting this number needs regulatory documents.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == SetupPriceColumn || column == MonthlyPriceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case KeyRole:
        return n.phoneNumber;
    case RecordRole:
        return QVariant::fromValue(n);
    default:
        return {};
    }
}

QVariant AvailableNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case RegionColumn:
        return tr("Region");
    case TypeColumn:
        return tr("Type");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case SetupPriceColumn:
        return tr("Setup price");
    case MonthlyPriceColumn:
        return tr("Recurring price");
    case IntervalColumn:
        return tr("Charged");
    case DocumentationColumn:
        return tr("Documents");
    default:
        return {};
    }
}

void AvailableNumberModel::search(const AvailableNumberQuery &query)
{
    cancel();
    m_query = query;
    m_hasSearched = true;
    if (!m_client) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_call = m_client->searchAvailableNumbers(query, this,
                                              [this, generation](const Result<QList<AvailableNumber>> &result) {
        if (generation != m_generation) {
            return;
        }
        m_call.clear();
        Q_EMIT searchingChanged(false);
        if (!result) {
            clear();
            Q_EMIT requestFailed(result.error());
            return;
        }
        setNumbers(result.value());
        Q_EMIT searchFinished(int(m_numbers.size()));
    });
    Q_EMIT searchingChanged(true);
}

void AvailableNumberModel::refresh()
{
    if (m_hasSearched) {
        search(m_query);
    }
}

void AvailableNumberModel::cancel()
{
    if (!m_call) {
        return;
    }
    ++m_generation;
    QPointer<PendingCall> call = m_call;
    m_call.clear();
    call->cancel();
    Q_EMIT searchingChanged(false);
}

bool AvailableNumberModel::isSearching() const
{
    return !m_call.isNull();
}

void AvailableNumberModel::setNumbers(const QList<AvailableNumber> &numbers)
{
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
}

void AvailableNumberModel::clear()
{
    if (m_numbers.isEmpty()) {
        return;
    }
    setNumbers({});
}

AvailableNumber AvailableNumberModel::number(int row) const
{
    return row >= 0 && row < m_numbers.size() ? m_numbers.at(row) : AvailableNumber{};
}

int AvailableNumberModel::rowOf(const QString &e164) const
{
    for (int row = 0; row < m_numbers.size(); ++row) {
        if (m_numbers.at(row).phoneNumber == e164) {
            return row;
        }
    }
    return -1;
}

bool AvailableNumberModel::removeNumber(const QString &e164)
{
    const int row = rowOf(e164);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_numbers.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace nd
