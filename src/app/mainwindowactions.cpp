// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow's menu and toolbar actions: building them, enabling them for the selection and the connection, and
// the dialogs they open. The window's layout, tabs and connection handling are in mainwindow.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "activepanel.h"
#include "activenumbermodel.h"
#include "activitydialog.h"
#include "availablenumbermodel.h"
#include "availablerent.h"
#include "callbackconfigdialog.h"
#include "callbackinspector.h"
#include "errorbanner.h"
#include "jobsdialog.h"
#include "itemroles.h"
#include "numberdetailsdialog.h"
#include "phonenumber.h"
#include "profilestore.h"
#include "releasedialog.h"
#include "rentdialog.h"
#include "searchform.h"
#include "searchpanel.h"
#include "settingsdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

namespace nd {

void MainWindow::setupActions()
{
    QStyle *s = style();
    auto icon = [](const char *themeName, const QIcon &fallback) {
        return QIcon::fromTheme(QLatin1String(themeName), fallback);
    };
    m_ui->actionRefresh->setIcon(icon("view-refresh", s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionActivate->setIcon(icon("list-add", s->standardIcon(QStyle::SP_DialogApplyButton)));
    m_ui->actionDetails->setIcon(icon("document-properties", s->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_ui->actionRelease->setIcon(icon("edit-delete", s->standardIcon(QStyle::SP_TrashIcon)));
    m_ui->actionSettings->setIcon(icon("preferences-system", s->standardIcon(QStyle::SP_ComputerIcon)));
    m_ui->actionSearch->setIcon(icon("edit-find", s->standardIcon(QStyle::SP_FileDialogContentsView)));
    m_ui->actionQuit->setIcon(icon("application-exit", s->standardIcon(QStyle::SP_DialogCloseButton)));
    m_ui->actionCopy->setIcon(icon("edit-copy", QIcon()));

    // Keys that text fields also use act only where they make sense: on the number tables.
    for (QAction *action : {m_ui->actionDetails, m_ui->actionRelease, m_ui->actionCopy}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_ui->availableView->addActions({m_ui->actionActivate, m_ui->actionCopy});
    m_ui->availableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // On the Active table, Ctrl+C copies the current cell; "Copy Numbers" (its context menu, the Numbers
    // menu) copies the selected rows' numbers.
    auto *copyCell = new QAction(tr("Copy &Cell"), this);
    copyCell->setObjectName(QStringLiteral("actionCopyCell"));
    copyCell->setShortcut(QKeySequence::Copy);
    copyCell->setShortcutContext(Qt::WidgetShortcut);
    connect(copyCell, &QAction::triggered, this, &MainWindow::copyActiveCell);
    auto *copyNumbers = new QAction(m_ui->actionCopy->icon(), m_ui->actionCopy->text(), this);
    copyNumbers->setObjectName(QStringLiteral("actionCopyActiveNumbers"));
    connect(copyNumbers, &QAction::triggered, this, &MainWindow::copySelected);
    QTableView *activeView = m_activePanel->view();
    activeView->addActions({m_ui->actionDetails, m_ui->actionRelease, copyCell, copyNumbers});
    activeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->regionView->addAction(m_ui->actionSearch);
    m_ui->regionView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->activeTab) {
            m_activePanel->focusFind();
            return;
        }
        m_ui->tabs->setCurrentWidget(m_ui->availableTab);
        m_ui->patternEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->patternEdit->selectAll();
    });
    connect(m_ui->actionSearch, &QAction::triggered, this, &MainWindow::search);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_ui->actionActivate, &QAction::triggered, this, &MainWindow::activateSelected);
    connect(m_ui->actionRentAny, &QAction::triggered, this, &MainWindow::rentAny);
    connect(m_ui->actionDetails, &QAction::triggered, this, &MainWindow::showDetails);
    connect(m_ui->actionRelease, &QAction::triggered, this, &MainWindow::releaseSelected);
    connect(m_ui->actionCopy, &QAction::triggered, this, &MainWindow::copySelected);
    connect(m_ui->actionCallbackConfig, &QAction::triggered, this, &MainWindow::showCallbackConfig);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // View → Activity (added here rather than in the form, which other work edits).
    auto *viewMenu = new QMenu(tr("&View"), m_ui->menuBar);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto *activityAction = viewMenu->addAction(tr("&Activity…"));
    activityAction->setObjectName(QStringLiteral("actionActivity"));
    activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    activityAction->setStatusTip(tr("Show every rent, release and change made from NumberDesk"));
    connect(activityAction, &QAction::triggered, this, [this] { showActivity(); });
    auto *inspectorAction = viewMenu->addAction(tr("Callback &Inspector…"));
    inspectorAction->setObjectName(QStringLiteral("actionCallbackInspector"));
    inspectorAction->setStatusTip(tr("Receive, check and send number-event callbacks"));
    connect(inspectorAction, &QAction::triggered, this, [this] {
        auto *inspector = findChild<CallbackInspector *>(QString(), Qt::FindDirectChildrenOnly);
        if (!inspector) {
            inspector = new CallbackInspector(
                {[this] { return client(); }, [this] { return actionPipeline(); },
                 [this] { return selectedActiveNumbers(); }, [this] { return m_session->isSandbox(); },
                 [this](const ActiveNumber &number) { m_activePanel->numberChanged(number); }},
                this);
        }
        inspector->show();
        inspector->raise();
        inspector->activateWindow();
    });
    auto *jobsAction = viewMenu->addAction(tr("Bulk &Jobs…"));
    jobsAction->setObjectName(QStringLiteral("actionJobs"));
    jobsAction->setStatusTip(tr("Show the bulk jobs, their progress and per-number results"));
    connect(jobsAction, &QAction::triggered, this, [this] { JobsDialog::showFor(actionPipeline(), this); });
    m_ui->menuBar->insertMenu(m_ui->helpMenu->menuAction(), viewMenu);

    // File → Export (the Active tab's current view).
    auto *exportAction = new QAction(tr("&Export Active Numbers…"), this);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the Active numbers as shown (filters, find and order) as CSV or JSON"));
    connect(exportAction, &QAction::triggered, m_activePanel.get(), &ActivePanel::exportWithDialog);
    m_ui->fileMenu->insertAction(m_ui->actionQuit, exportAction);
    m_ui->fileMenu->insertSeparator(m_ui->actionQuit);

    // Bulk jobs over the Active tab's selection; whoever runs them connects to bulkActionRequested().
    m_ui->numbersMenu->addSeparator();
    m_bulkUpdateAction = m_ui->numbersMenu->addAction(tr("&Update Selected…"));
    m_bulkUpdateAction->setObjectName(QStringLiteral("actionBulkUpdate"));
    m_bulkUpdateAction->setStatusTip(tr("Change the selected active numbers together"));
    connect(m_bulkUpdateAction, &QAction::triggered, this,
            [this] { Q_EMIT bulkActionRequested(QStringLiteral("update"), selectedNumbers()); });
    m_bulkReleaseAction = m_ui->numbersMenu->addAction(tr("Release &Selected…"));
    m_bulkReleaseAction->setObjectName(QStringLiteral("actionBulkRelease"));
    m_bulkReleaseAction->setStatusTip(tr("Release the selected active numbers as one job"));
    connect(m_bulkReleaseAction, &QAction::triggered, this,
            [this] { Q_EMIT bulkActionRequested(QStringLiteral("release"), selectedNumbers()); });
    m_availableRent = new AvailableRentActions(m_ui.get(), m_searchPanel.get(), m_availableModel.get(),
                                               [this] { return actionPipeline(); }, this);

    connect(m_ui->activateButton, &QPushButton::clicked, m_ui->actionActivate, &QAction::trigger);
    connect(m_ui->rentAnyButton, &QPushButton::clicked, m_ui->actionRentAny, &QAction::trigger);
    connect(m_ui->availableView, &QAbstractItemView::doubleClicked, m_ui->actionActivate, &QAction::trigger);

    // The profile switcher: a combo box at the end of the toolbar.
    auto *spacer = new QWidget(m_ui->mainToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    auto *profileLabel = new QLabel(tr("&Profile:"), m_ui->mainToolBar);
    m_profileCombo = new QComboBox(m_ui->mainToolBar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(12);
    profileLabel->setBuddy(m_profileCombo);
    m_ui->mainToolBar->addWidget(profileLabel);
    m_ui->mainToolBar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileCombo->itemData(index).toString();
        if (name != m_session->profileName()) {
            activateProfile(name);
        }
    });
    connect(m_session->profiles(), &ProfileStore::changed, this, &MainWindow::reloadProfileList);
}

void MainWindow::updateActions()
{
    const bool connected =
        connectionState() == ConnectionState::Connected || connectionState() == ConnectionState::Connecting;
    const AvailableRegion region = currentRegion();
    const bool onAvailable = m_ui->tabs->currentWidget() == m_ui->availableTab;

    m_ui->actionSearch->setEnabled(connected && !region.regionCode.isEmpty());
    m_ui->searchButton->setEnabled(m_ui->actionSearch->isEnabled());
    m_ui->actionActivate->setEnabled(connected && selectedAvailableNumber().has_value());
    m_ui->activateButton->setEnabled(m_ui->actionActivate->isEnabled());

    // rentAny works only for US LOCAL numbers (docs/api.md §4.4).
    const bool usLocal = region.regionCode == QLatin1String("US")
        && SearchForm::typeAt(m_ui->searchTypeCombo) == NumberType::Value::Local;
    m_ui->actionRentAny->setEnabled(connected && usLocal);
    m_ui->rentAnyButton->setEnabled(m_ui->actionRentAny->isEnabled());
    m_ui->rentAnyButton->setToolTip(usLocal ? m_ui->actionRentAny->toolTip()
                                            : tr("Renting any matching number is possible only for US local numbers."));

    const QList<ActiveNumber> selected = selectedActiveNumbers();
    const bool anyReleasable = std::any_of(selected.cbegin(), selected.cend(),
                                           [](const ActiveNumber &n) { return !n.isReleased(); });
    m_ui->actionDetails->setEnabled(connected && selected.size() == 1);
    m_activePanel->detailsButton()->setEnabled(m_ui->actionDetails->isEnabled());
    m_ui->actionRelease->setEnabled(connected && anyReleasable);
    m_activePanel->releaseButton()->setEnabled(m_ui->actionRelease->isEnabled());
    m_ui->actionRelease->setText(selected.size() > 1 ? tr("R&elease %n Numbers…", nullptr, int(selected.size()))
                                                     : tr("R&elease…"));

    const bool hasSelection = onAvailable ? m_ui->availableView->selectionModel()->hasSelection()
                                          : m_activePanel->hasSelection();
    m_ui->actionCopy->setEnabled(hasSelection);
    if (m_bulkUpdateAction) {
        m_bulkUpdateAction->setEnabled(connected && !onAvailable && m_activePanel->hasSelection());
        m_bulkReleaseAction->setEnabled(m_bulkUpdateAction->isEnabled());
    }
    m_ui->actionCallbackConfig->setEnabled(connected);
    if (m_availableRent) {
        m_availableRent->updateActions(connected);
    }
}

void MainWindow::activateSelected()
{
    const auto number = selectedAvailableNumber();
    if (!number) {
        return;
    }
    auto *dialog = new RentDialog(actionPipeline(), *number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RentDialog::numberRented, this, &MainWindow::numberRented);
    connect(dialog, &RentDialog::numberGone, this, &MainWindow::numberGone);
    dialog->open();
}

void MainWindow::rentAny()
{
    const auto query = m_searchPanel->query();
    if (!query || query->regionCode != QLatin1String("US") || query->type != NumberType::Value::Local) {
        return;
    }
    RentAnyRequest request;
    request.regionCode = query->regionCode;
    request.type = query->type;
    request.pattern = query->pattern;
    request.capabilities = query->capabilities;
    auto *dialog = new RentDialog(actionPipeline(), request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RentDialog::numberRented, this, &MainWindow::numberRented);
    connect(dialog, &RentDialog::numberGone, this, &MainWindow::numberGone);
    dialog->open();
}

void MainWindow::numberRented(const ActiveNumber &number)
{
    m_availableModel->removeNumber(number.phoneNumber);
    m_activePanel->numberChanged(number);
    if (m_activePanel->model()->rowOf(number.phoneNumber) < 0) {
        m_banner->showInfo(tr("%1 is now rented. It is not listed because it does not match the active-number "
                              "filters.").arg(PhoneNumber::format(number.phoneNumber)));
        return;
    }
    m_banner->showInfo(tr("%1 is now rented and listed under Active numbers.")
                           .arg(PhoneNumber::format(number.phoneNumber)));
}

void MainWindow::numberGone(const QString &e164)
{
    m_availableModel->removeNumber(e164);
    m_availableModel->refresh();
}

void MainWindow::showDetails()
{
    const QList<ActiveNumber> numbers = selectedActiveNumbers();
    if (numbers.size() != 1) {
        return;
    }
    auto *dialog = new NumberDetailsDialog(actionPipeline(), numbers.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NumberDetailsDialog::numberUpdated, this,
            [this](const ActiveNumber &number) { m_activePanel->numberChanged(number); });
    dialog->open();
}

void MainWindow::releaseSelected()
{
    QList<ActiveNumber> numbers = selectedActiveNumbers();
    numbers.erase(std::remove_if(numbers.begin(), numbers.end(), [](const ActiveNumber &n) { return n.isReleased(); }),
                  numbers.end());
    if (numbers.isEmpty()) {
        m_banner->showInfo(tr("The selected numbers are already being released."));
        return;
    }
    auto *dialog = new ReleaseDialog(actionPipeline(), numbers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReleaseDialog::numberReleased, this, [this](const ActiveNumber &number) {
        m_activePanel->numberChanged(number); // listed until expireAt, as "Releasing on …"
        updateActions();
    });
    dialog->open();
}

void MainWindow::copySelected()
{
    QTableView *view = focusedNumberView();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList numbers;
    numbers.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        numbers << index.data(KeyRole).toString();
    }
    if (numbers.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(numbers.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n number(s)", nullptr, int(numbers.size())), 3000);
}

void MainWindow::copyActiveCell()
{
    if (m_activePanel->copyCurrentCell()) {
        statusBar()->showMessage(tr("Copied"), 3000);
    }
}

void MainWindow::showCallbackConfig()
{
    if (!m_callbackDialog) {
        m_callbackDialog = new CallbackConfigDialog(actionPipeline(), this);
        m_callbackDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_callbackDialog->open();
    m_callbackDialog->raise();
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session->profiles(), m_session->secrets(), this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::profileSaved, this, [this](const QString &name) {
            reloadProfileList();
            // The profile in use (renamed, it is the store's current one under its new name): its connection or
            // its sync setting may have changed.
            if (name == m_session->profileName() || name == m_session->profiles()->currentProfileName()) {
                activateProfile(name);
            }
        });
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

ActivityDialog *MainWindow::showActivity()
{
    if (!m_activityDialog) {
        m_activityDialog = new ActivityDialog(m_session->auditLog(), m_session->interruptedIds(), this);
        m_activityDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_activityDialog->refresh();
    }
    m_activityDialog->show();
    m_activityDialog->raise();
    m_activityDialog->activateWindow();
    return m_activityDialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NumberDesk"),
                       tr("<h3>NumberDesk %1</h3><p>Find, rent, configure and release phone numbers through the "
                          "Sinch Numbers API.</p><p>The built-in Sandbox profile runs a local emulator: nothing "
                          "there is billed.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace nd
