// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace nd {

class ActionPipeline;
class AvailableNumberModel;
class SearchPanel;

// Bulk rents from the Available tab (issue 14): the table takes several rows (Ctrl/Shift-click), and
//  - "Rent Selected…" (a button beside Activate…, the table's context menu, the Numbers menu) opens a rent job
//    for the selected offers in a BulkJobDialog: each is checked again, previewed with its prices and totals,
//    and rented after the confirmation;
//  - "Rent Several Matching…" asks for a count and an optional cap on the recurring total, and opens a rent job
//    of "N numbers matching the current search criteria", which searches again when offers are taken.
// Numbers the job rented leave the Available table.
class AvailableRentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailableRentActions)

public:
    // `pipeline` is asked each time (the connection changes with the profile); `window` parents the dialogs.
    AvailableRentActions(Ui::MainWindow *ui, SearchPanel *search, AvailableNumberModel *available,
                         std::function<ActionPipeline *()> pipeline, QWidget *window);
    ~AvailableRentActions() override;

    QAction *rentSelectedAction() const { return m_rentSelected; }
    QAction *rentSeveralAction() const { return m_rentSeveral; }
    QPushButton *rentSelectedButton() const { return m_rentSelectedButton; }

    // The window's updateActions(): whether a connection is up.
    void updateActions(bool connected);
    QList<AvailableNumber> selectedOffers() const;

    void rentSelected();
    void rentSeveral();

Q_SIGNALS:
    void jobFinished(const QString &jobId);

private:
    void watch(QObject *dialog);

    Ui::MainWindow *m_ui;
    SearchPanel *m_search;
    AvailableNumberModel *m_available;
    std::function<ActionPipeline *()> m_pipeline;
    QWidget *m_window;
    QAction *m_rentSelected = nullptr;
    QAction *m_rentSeveral = nullptr;
    QPushButton *m_rentSelectedButton = nullptr;
    bool m_connected = false;
};

} // namespace nd
