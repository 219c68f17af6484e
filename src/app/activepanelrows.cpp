// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ActivePanel, second part: the rows it shows (counts, totals, empty state), the selection, export, copy and
// the table's saved state. The first part (activepanel.cpp) builds the panel and runs the mirror and filters.
#include "activepanel.h"

#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "displaytext.h"
#include "itemroles.h"
#include "money.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace nd {

namespace {

const QString headerKey = QStringLiteral("activeHeader");

// Exact totals per currency and interval over source rows; prices are pooled in the model, so equal prices
// are summed once as price × count.
PriceTotals totalsOf(const ActiveNumberModel *model, const std::vector<int> &rows)
{
    struct Group
    {
        Money price;
        int interval = 0;
        int count = 0;
    };
    QHash<QPair<quint64, int>, Group> groups;
    for (int row : rows) {
        const int interval = model->paymentIntervalMonths(row);
        Group &g = groups[qMakePair(model->priceGroup(row), interval)];
        if (g.count++ == 0) {
            g.price = model->price(row);
            g.interval = interval;
        }
    }
    PriceTotals totals;
    for (const Group &g : std::as_const(groups)) {
        totals.add(g.price, g.interval, g.count);
    }
    return totals;
}

QString totalsText(const PriceTotals &totals)
{
    QStringList parts;
    for (const PriceTotals::Entry &e : totals.entries()) {
        parts << DisplayText::recurringPrice(Money{e.currencyCode, e.sum.toString(2)}, e.paymentIntervalMonths);
    }
    if (!totals.unparsed().isEmpty()) {
        parts << ActivePanel::tr("%n price(s) not understood", nullptr, int(totals.unparsed().size()));
    }
    return parts.isEmpty() ? ActivePanel::tr("no recurring charge") : QLocale().createSeparatedList(parts);
}

} // namespace

void ActivePanel::updateCounts()
{
    const int all = m_model->loadedCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    if (m_proxy->filterText().isEmpty()) {
        m_countLabel->setText(tr("%n number(s)", nullptr, all));
    } else {
        m_countLabel->setText(tr("%1 of %2 match").arg(locale.toString(shown), locale.toString(all)));
    }
    if (isLoading()) {
        m_countsLabel->setText(tr("Active numbers: reading the mirror… %1").arg(locale.toString(all)));
    } else {
        m_countsLabel->setText(tr("Active numbers: %n", nullptr, all));
    }
    if (!isLoading()) {
        updateTotals(); // once the whole batch of rows is in, not per batch
    }
    updateEmptyState();
}

void ActivePanel::updateTotals()
{
    std::vector<int> rows = m_proxy->visibleSourceRows();
    const int shown = int(rows.size());
    QString text = tr("Shown: %n number(s), %1", nullptr, shown).arg(totalsText(totalsOf(m_model, rows)));
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        rows.clear();
        for (const QModelIndex &index : selected) {
            rows.push_back(m_proxy->mapToSource(index).row());
        }
        text += QLatin1Char('\n')
            + tr("Selected: %n number(s), %1", nullptr, int(selected.size())).arg(totalsText(totalsOf(m_model, rows)));
    }
    m_totalsLabel->setText(text);
}

void ActivePanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0 && !isLoading();
    if (!empty) {
        m_emptyLabel->setVisible(false);
        return;
    }
    QString text;
    if (m_path.isEmpty() || (!m_lastSync && m_model->loadedCount() == 0 && m_appliedFilter.isEmpty() && !m_only)) {
        text = isSyncing() ? tr("Reading the inventory from the server…")
                           : tr("No active numbers yet: the inventory has not been synced, or the project rents "
                                "none.");
    } else {
        QStringList searched;
        if (!m_proxy->filterText().isEmpty()) {
            searched << tr("“%1” in names and numbers").arg(m_proxy->filterText());
        }
        const InventoryFilter &f = m_appliedFilter;
        if (!f.regionCode.isEmpty()) {
            searched << tr("region %1").arg(f.regionCode);
        }
        if (f.type) {
            searched << DisplayText::numberType(*f.type);
        }
        for (const Capability &c : f.capabilities) {
            searched << DisplayText::capability(c);
        }
        if (!f.pattern.isEmpty()) {
            searched << tr("numbers with %1").arg(f.pattern.pattern);
        }
        if (!f.nameContains.isEmpty()) {
            searched << tr("names with “%1”").arg(f.nameContains);
        }
        if (f.releasing) {
            searched << (*f.releasing ? tr("being released") : tr("not being released"));
        }
        if (m_only) {
            searched << m_onlyDescription;
        }
        text = tr("No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, "
                  "choose “All” in the filters or press “Show all” to see more.",
                  nullptr, int(m_store && m_store->isOpen() ? m_store->count() : 0))
                   .arg(QLocale().createSeparatedList(searched));
    }
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(true);
}

void ActivePanel::numberChanged(const ActiveNumber &number)
{
    if (m_store && m_store->isOpen()) {
        if (m_store->upsert(number)) {
            Q_EMIT mirrorChanged();
        } else {
            Q_EMIT message(m_store->errorString(), true);
        }
    }
    if (isLoading()) {
        m_changedDuringLoad.insert(number.phoneNumber, number); // shown again once the table being read arrives
    }
    showChangedNumber(number);
    updateTotals();
}

void ActivePanel::showChangedNumber(const ActiveNumber &number)
{
    const bool listed = m_model->rowOf(number.phoneNumber) >= 0;
    const bool wanted = m_appliedFilter.matches(number) && (!m_only || m_only->contains(number.phoneNumber));
    if (listed || wanted) {
        m_model->upsertNumber(number);
    }
}

QList<ActiveNumber> ActivePanel::selectedActiveNumbers() const
{
    QList<ActiveNumber> numbers;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    numbers.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        numbers << m_model->number(m_proxy->mapToSource(index).row());
    }
    return numbers;
}

QStringList ActivePanel::selectedNumbers() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList numbers;
    numbers.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        numbers << m_model->phoneNumber(m_proxy->mapToSource(index).row());
    }
    return numbers;
}

QStringList ActivePanel::visibleNumbers() const
{
    QStringList numbers;
    const int shown = m_proxy->rowCount();
    numbers.reserve(shown);
    for (int row = 0; row < shown; ++row) {
        numbers << m_model->phoneNumber(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    return numbers;
}

bool ActivePanel::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

Result<void, Failure> ActivePanel::exportView(const QString &filePath, InventoryExport::Format format) const
{
    return InventoryExport::write(filePath, format, m_proxy->rowCount(), [this](int row) {
        return m_model->number(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    });
}

void ActivePanel::exportWithDialog()
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV, as numberdesk-cli writes it (*.csv)");
    const QString jsonFilter = tr("JSON, every field (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Active Numbers"), tr("active-numbers.csv"),
                                                csvFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    auto format = InventoryExport::formatForPath(path);
    if (!format) {
        format = selectedFilter == jsonFilter ? InventoryExport::Format::Json : InventoryExport::Format::Csv;
        path += format == InventoryExport::Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    if (const Result<void, Failure> exported = exportView(path, *format); !exported) {
        Q_EMIT message(exported.error().message, true);
        return;
    }
    Q_EMIT message(tr("Exported %n number(s) to %1", nullptr, m_proxy->rowCount()).arg(path), false);
}

void ActivePanel::focusFind()
{
    showChanges(false);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

bool ActivePanel::copyCurrentCell() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return false;
    }
    const QString text = current.column() == ActiveNumberModel::NumberColumn ? current.data(KeyRole).toString()
                                                                               : current.data().toString();
    QGuiApplication::clipboard()->setText(text);
    return true;
}

void ActivePanel::saveState(QSettings &settings) const
{
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void ActivePanel::restoreState(const QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(headerKey).toByteArray())) {
        // restoreState() moves the indicator without sorting: sort as it says, so they agree.
        const int column = header->sortIndicatorSection();
        m_view->sortByColumn(column >= 0 && column < ActiveNumberModel::ColumnCount ? column
                                                                                      : ActiveNumberModel::NumberColumn,
                             header->sortIndicatorOrder());
    }
}

} // namespace nd
