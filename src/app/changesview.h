// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventorystore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace nd {

// What the last sync of the inventory mirror changed, compared with the one before: one row per added or
// removed number and one per changed field (old and new value), as `numberdesk-cli inventory diff` prints it.
class ChangesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesView)

public:
    enum Column { NumberColumn, ChangeColumn, FieldColumn, FromColumn, ToColumn, ColumnCount };

    explicit ChangesView(QWidget *parent = nullptr);
    ~ChangesView() override;

    void setDiff(const InventoryDiff &diff);
    const InventoryDiff &diff() const { return m_diff; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // "Show in the list": the added and changed numbers (removed ones are not in the mirror any more).
    void showNumbersRequested(const QString &description, const QStringList &e164Numbers);

private:
    InventoryDiff m_diff;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_showButton = nullptr;
};

} // namespace nd
