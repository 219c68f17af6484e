// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesview.h"

#include "displaytext.h"
#include "phonenumber.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

namespace {

// The first sync lists every number as added: listing 100,000 rows would say nothing.
constexpr int MaxRows = 20000;

QString kindText(InventoryChange::Kind kind)
{
    switch (kind) {
    case InventoryChange::Kind::Added:
        return ChangesView::tr("Added");
    case InventoryChange::Kind::Removed:
        return ChangesView::tr("Removed");
    case InventoryChange::Kind::Changed:
        break;
    }
    return ChangesView::tr("Changed");
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_showButton = new QPushButton(tr("Show in the list"), this);
    m_showButton->setObjectName(QStringLiteral("changesShowButton"));
    m_showButton->setToolTip(tr("List the added and changed numbers in the Active numbers table"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_showButton);
    layout->addLayout(top);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setAccessibleName(tr("Changes since the previous sync"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Change"), tr("Field"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NumberColumn, 150);
    m_table->horizontalHeader()->resizeSection(FieldColumn, 200);
    m_table->horizontalHeader()->resizeSection(FromColumn, 220);
    layout->addWidget(m_table, 1);

    connect(m_showButton, &QPushButton::clicked, this, [this] {
        QStringList numbers;
        for (const InventoryChange &c : std::as_const(m_diff.changes)) {
            if (c.kind != InventoryChange::Kind::Removed) {
                numbers << c.phoneNumber;
            }
        }
        Q_EMIT showNumbersRequested(tr("Added or changed by the last sync"), numbers);
    });
    setDiff({});
}

ChangesView::~ChangesView() = default;

void ChangesView::setDiff(const InventoryDiff &diff)
{
    m_diff = diff;
    m_table->setRowCount(0);
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (const InventoryChange &c : diff.changes) {
        added += c.kind == InventoryChange::Kind::Added;
        removed += c.kind == InventoryChange::Kind::Removed;
        changed += c.kind == InventoryChange::Kind::Changed;
    }
    if (!diff.to) {
        m_summary->setText(tr("The inventory has not been synced yet."));
    } else if (!diff.from) {
        m_summary->setText(tr("The first sync (%1) found %n number(s); later syncs list what changed.", nullptr,
                              int(diff.to->total))
                               .arg(DisplayText::dateTime(diff.to->finishedAt)));
    } else {
        m_summary->setText(tr("Between the syncs of %1 and %2: %3 added, %4 removed, %5 changed.")
                               .arg(DisplayText::dateTime(diff.from->finishedAt),
                                    DisplayText::dateTime(diff.to->finishedAt))
                               .arg(added)
                               .arg(removed)
                               .arg(changed));
    }
    m_showButton->setEnabled(diff.from && added + changed > 0);
    if (!diff.from) {
        return;
    }
    m_table->setUpdatesEnabled(false);
    auto addRow = [this](const QString &number, const QString &kind, const QString &field, const QString &from,
                         const QString &to) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *numberItem = new QTableWidgetItem(PhoneNumber::format(number));
        numberItem->setData(Qt::UserRole, number);
        m_table->setItem(row, NumberColumn, numberItem);
        m_table->setItem(row, ChangeColumn, new QTableWidgetItem(kind));
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(field));
        m_table->setItem(row, FromColumn, new QTableWidgetItem(from));
        m_table->setItem(row, ToColumn, new QTableWidgetItem(to));
    };
    for (const InventoryChange &c : diff.changes) {
        if (m_table->rowCount() >= MaxRows) {
            break;
        }
        if (c.kind != InventoryChange::Kind::Changed || c.fields.isEmpty()) {
            addRow(c.phoneNumber, kindText(c.kind), QString(), QString(), QString());
            continue;
        }
        for (const FieldChange &f : c.fields) {
            addRow(c.phoneNumber, kindText(c.kind), f.field, f.from, f.to);
        }
    }
    m_table->setUpdatesEnabled(true);
}

} // namespace nd
