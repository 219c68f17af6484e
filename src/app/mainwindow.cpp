// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "activepanel.h"
#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "activitydialog.h"
#include "auditlog.h"
#include "availablenumbermodel.h"
#include "bulkjobdialog.h"
#include "callbackconfigdialog.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "insightpanel.h"
#include "itemroles.h"
#include "numbersclient.h"
#include "profilestore.h"
#include "regionfilterproxy.h"
#include "regionmodel.h"
#include "searchpanel.h"
#include "settingsdialog.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace nd {

namespace {

const QString settingsGroup = QStringLiteral("MainWindow");

SessionController::Options sessionOptions(const MainWindow::Options &options)
{
    SessionController::Options session;
    session.sandboxActiveCount = options.sandboxActiveCount;
    session.sandboxSeed = options.sandboxSeed;
    session.auditLogPath = options.auditLogPath;
    session.inventoryPath = options.inventoryPath;
    return session;
}

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : MainWindow(profiles, secrets, Options{}, parent)
{
}

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, const Options &options, QWidget *parent)
    : MainWindow(std::make_unique<SessionController>(profiles, secrets, sessionOptions(options)), nullptr, options,
                 parent)
{
}

MainWindow::MainWindow(SessionController *session, const Options &options, QWidget *parent)
    : MainWindow(nullptr, session, options, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<SessionController> ownSession, SessionController *session,
                       const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ownSession(std::move(ownSession))
    , m_session(m_ownSession ? m_ownSession.get() : session)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    // The start profile's mirror is read on a worker while the window is built.
    const SessionController::StartChoice start = m_session->startupProfile(options.profileName, options.forceSandbox);
    m_activePanel = std::make_unique<ActivePanel>(m_session->mirrorPathFor(start.name));
    m_ui->setupUi(this);

    m_banner = new ErrorBanner(m_ui->centralWidget);
    m_banner->setAccessibleName(tr("Messages"));
    m_ui->centralLayout->insertWidget(0, m_banner);

    reportAuditLog();
    m_ui->activeTabLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->activeTabLayout->addWidget(m_activePanel.get());
    setupModels();
    setupSearchForm();
    setupActivePanel();
    setupActions();
    setupStatusBar();
    // Insight: the report over the local mirror (its numbersChosen() goes to the Active tab).
    m_insight = new InsightPanel(m_ui->tabs);
    m_insight->setObjectName(QStringLiteral("insightTab"));
    m_ui->tabs->addTab(m_insight, tr("&Insight"));
    connect(m_insight, &InsightPanel::numbersChosen, this, &MainWindow::showNumbers);
    // One sync for both tabs: the Active tab's (its progress is in the status bar).
    connect(m_insight, &InsightPanel::syncRequested, this, [this] { m_activePanel->sync(client()); });
    connect(m_activePanel.get(), &ActivePanel::syncStarted, m_insight, &InsightPanel::syncStarted);
    connect(m_activePanel.get(), &ActivePanel::syncFinished, m_insight, &InsightPanel::syncFinished);
    connect(m_activePanel.get(), &ActivePanel::mirrorChanged, m_insight, &InsightPanel::mirrorChanged);
    // Bulk jobs over the Active tab's selection (or what the Insight tab chose and the filter shows).
    connect(this, &MainWindow::bulkActionRequested, this, [this](const QString &kind, const QStringList &numbers) {
        if (!numbers.isEmpty()) {
            BulkJobDialog::open(actionPipeline(), kind, numbers, this);
        }
    });
    restoreSettings();
    setupSession();

    if (!start.unknownName.isEmpty()) {
        m_banner->showWarning(tr("There is no profile named “%1”; using the built-in Sandbox.").arg(start.unknownName));
    }
    reloadProfileList();
    activateProfile(start.name);
    // Bulk jobs a crash or a kill interrupted are offered for resume.
    QTimer::singleShot(0, this, [this] { BulkJobDialog::offerResume(actionPipeline(), this); });
    updateActions();
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------------------
// Setup

void MainWindow::setupModels()
{
    m_regionModel = std::make_unique<RegionModel>(client(), this);
    m_regionProxy = std::make_unique<RegionFilterProxy>(this);
    m_regionProxy->setSourceModel(m_regionModel.get());
    m_ui->regionView->setModel(m_regionProxy.get());
    m_ui->regionView->sortByColumn(RegionModel::NameColumn, Qt::AscendingOrder);
    m_ui->regionView->horizontalHeader()->resizeSection(RegionModel::CodeColumn, 48);
    m_ui->regionView->horizontalHeader()->resizeSection(RegionModel::NameColumn, 120);
    // Compact rows: a support person scans many numbers at once.
    for (QTableView *view : {m_ui->regionView, m_ui->availableView}) {
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }

    m_availableModel = std::make_unique<AvailableNumberModel>(client(), this);
    auto *availableProxy = new ActiveNumberFilterProxy(this); // SortRole sorting (exact prices), no filter
    availableProxy->setSourceModel(m_availableModel.get());
    m_ui->availableView->setModel(availableProxy);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::NumberColumn, 150);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::RegionColumn, 60);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::TypeColumn, 80);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::CapabilitiesColumn, 100);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::SetupPriceColumn, 95);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::MonthlyPriceColumn, 115);

    connect(m_regionModel.get(), &RegionModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_regionModel.get(), &RegionModel::requestFailed, this, &MainWindow::requestFailed);
    connect(m_regionModel.get(), &RegionModel::regionsLoaded, this, [this] {
        if (connectionState() != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActiveRegionCombo();
    });
    connect(m_availableModel.get(), &AvailableNumberModel::searchingChanged, this, &MainWindow::updateBusy);
    connect(m_availableModel.get(), &AvailableNumberModel::requestFailed, this, &MainWindow::requestFailed);
    connect(m_availableModel.get(), &AvailableNumberModel::searchFinished, this, [this] {
        if (connectionState() != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActions();
    });
    connect(m_ui->availableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_activePanel.get(), &ActivePanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_activePanel->proxy(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupSearchForm()
{
    m_searchPanel = std::make_unique<SearchPanel>(m_ui.get(), m_regionModel.get(), m_regionProxy.get(),
                                                  m_availableModel.get(), m_banner, this);
    connect(m_searchPanel.get(), &SearchPanel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupActivePanel()
{
    connect(m_activePanel.get(), &ActivePanel::message, this, [this](const QString &text, bool warning) {
        if (warning) {
            m_banner->showWarning(text);
        } else {
            m_banner->showInfo(text);
        }
    });
    connect(m_activePanel.get(), &ActivePanel::syncFailed, this, &MainWindow::activeSyncFailed);
    connect(m_activePanel.get(), &ActivePanel::syncFinished, this, [this](bool ok) {
        if (ok && connectionState() != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActions();
    });
    connect(m_activePanel->detailsButton(), &QPushButton::clicked, m_ui->actionDetails, &QAction::trigger);
    connect(m_activePanel->releaseButton(), &QPushButton::clicked, m_ui->actionRelease, &QAction::trigger);
    connect(m_activePanel->view(), &QAbstractItemView::doubleClicked, m_ui->actionDetails, &QAction::trigger);
}

void MainWindow::setupStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileIndicator"));
    m_profileLabel->setAccessibleName(tr("Active profile"));
    m_profileLabel->setMargin(2);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionIndicator"));
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy indicator: the API gives no progress for one request
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop loading"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelAll);

    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_activePanel->syncLabel());
    statusBar()->addPermanentWidget(m_activePanel->syncProgress());
    statusBar()->addPermanentWidget(m_activePanel->countsLabel());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(settingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray())) {
        m_ui->mainSplitter->setSizes({410, 830});
    }
    m_ui->regionView->horizontalHeader()->restoreState(settings.value(QStringLiteral("regionHeader")).toByteArray());
    m_ui->availableView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("availableHeader")).toByteArray());
    m_activePanel->restoreState(settings);
    m_ui->tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_restoring = false;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("regionHeader"), m_ui->regionView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("availableHeader"), m_ui->availableView->horizontalHeader()->saveState());
    m_activePanel->saveState(settings);
    settings.setValue(QStringLiteral("tab"), m_ui->tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------
// Profiles and connection

void MainWindow::reloadProfileList()
{
    QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_session->profiles()->profiles()) {
        const QString label = profile.isSandbox ? tr("%1 (built-in, no charges)").arg(profile.name) : profile.name;
        m_profileCombo->addItem(label, profile.name);
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_session->profileName()));
}

void MainWindow::setupSession()
{
    // What belonged to the previous profile stops before the new one is current.
    connect(m_session, &SessionController::activating, this, [this] {
        cancelAll();
        m_banner->clear();
        m_regionModel->clear();
        m_searchPanel->reset();
    });
    connect(m_session, &SessionController::profileActivated, this, [this] {
        m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_session->profileName()));
        updateProfileIndicator();
        // The last synced inventory at once, before any network (and whether or not the server answers); the start
        // profile's is being read already (preloadMirror).
        m_activePanel->openMirror(m_session->mirrorPath());
        m_activePanel->setSyncConcurrency(m_session->syncConcurrency());
    });
    connect(m_session, &SessionController::connectionReady, this, [this] {
        m_insight->setSource(m_activePanel->mirrorPath()); // the Active tab's mirror
        setConnectionState(ConnectionState::Connecting);
        reloadAll();
    });
    connect(m_session, &SessionController::failed, m_banner, qOverload<const QString &>(&ErrorBanner::showError));
    connect(m_session, &SessionController::stateChanged, this, &MainWindow::showConnectionState);
}

void MainWindow::activateProfile(const QString &name)
{
    m_session->activate(name);
}

void MainWindow::setConnectionState(ConnectionState state, const QString &detail)
{
    m_session->setState(state, detail);
}

void MainWindow::showConnectionState(ConnectionState state, const QString &detail)
{
    // Whole sentences for the sandbox: "Connected to %1" with a phrase as %1 does not translate.
    const QString host = client()->connection().numbersUrl.host();
    const bool sandbox = m_session->isSandbox();
    QString text;
    switch (state) {
    case ConnectionState::Disconnected:
        text = tr("Not connected");
        break;
    case ConnectionState::Connecting:
        if (!detail.isEmpty())
            text = detail;
        else
            text = sandbox ? tr("Connecting to the built-in sandbox…") : tr("Connecting to %1…").arg(host);
        break;
    case ConnectionState::Connected:
        text = sandbox ? tr("Connected to the built-in sandbox") : tr("Connected to %1").arg(host);
        break;
    case ConnectionState::Failed:
        text = detail.isEmpty() ? tr("Connection problem (see the message above)") : detail;
        break;
    }
    m_connectionLabel->setText(text);
    updateActions();
    Q_EMIT connectionStateChanged(state);
}

void MainWindow::updateProfileIndicator()
{
    if (m_session->isSandbox()) {
        m_profileLabel->setText(tr("SANDBOX"));
        m_profileLabel->setToolTip(tr("Profile “%1”: the built-in emulator. Nothing is billed and no real "
                                      "number changes.").arg(m_session->profileName()));
        // Fixed colours on purpose, with both foreground and background set so it reads in dark mode too.
        m_profileLabel->setStyleSheet(QStringLiteral(
            "QLabel { background-color: #f2c200; color: #000000; font-weight: bold; padding: 1px 8px; "
            "border-radius: 3px; }"));
        setWindowTitle(tr("NumberDesk — SANDBOX"));
    } else {
        m_profileLabel->setText(tr("Profile: %1").arg(m_session->profileName()));
        m_profileLabel->setToolTip(tr("Live profile: renting and releasing numbers here is billed."));
        m_profileLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 1px 8px; }"));
        setWindowTitle(tr("NumberDesk — %1").arg(m_session->profileName()));
    }
}

void MainWindow::reloadAll()
{
    m_banner->clear();
    m_regionModel->refresh();
    m_activePanel->sync(client());
    m_searchPanel->refresh();
}

void MainWindow::requestFailed(const ApiError &error)
{
    if (error.isCancelled()) {
        return;
    }
    const bool credentials = error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::Tls;
    if (credentials) {
        setConnectionState(ConnectionState::Failed, tr("Sign-in refused"));
        m_banner->showError(tr("The server refused the credentials of profile “%1”. Check its key ID and key "
                               "secret in File → Settings.\n%2")
                                .arg(m_session->profileName(), error.fullMessage()));
        return;
    }
    if (unreachable) {
        setConnectionState(ConnectionState::Failed, tr("Server unreachable"));
    }
    m_banner->showError(error);
}

// ---------------------------------------------------------------------------------------------------------
// Regions and search

AvailableRegion MainWindow::currentRegion() const
{
    return m_searchPanel->currentRegion();
}

bool MainWindow::selectRegion(const QString &regionCode)
{
    return m_searchPanel->selectRegion(regionCode);
}

void MainWindow::search()
{
    m_searchPanel->search();
}

void MainWindow::updateActiveRegionCombo()
{
    QList<QPair<QString, QString>> regions;
    for (const AvailableRegion &region : m_regionModel->regions()) {
        regions.append({region.regionCode, region.regionName});
    }
    m_activePanel->setRegionChoices(regions);
}

// ---------------------------------------------------------------------------------------------------------
// Status

void MainWindow::updateBusy()
{
    const bool busy = m_regionModel->isLoading() || m_availableModel->isSearching();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::cancelAll()
{
    m_regionModel->cancel();
    m_availableModel->cancel();
    m_activePanel->cancelSync();
    updateBusy();
}

// ---------------------------------------------------------------------------------------------------------
// Selection

QTableView *MainWindow::focusedNumberView() const
{
    if (m_activePanel->view()->hasFocus()) {
        return m_activePanel->view();
    }
    if (m_ui->availableView->hasFocus()) {
        return m_ui->availableView;
    }
    return m_ui->tabs->currentWidget() == m_ui->activeTab ? m_activePanel->view() : m_ui->availableView;
}

QList<ActiveNumber> MainWindow::selectedActiveNumbers() const
{
    return m_activePanel->selectedActiveNumbers();
}

QStringList MainWindow::selectedNumbers() const
{
    return m_activePanel->selectedNumbers();
}

ActiveNumberModel *MainWindow::activeModel() const
{
    return m_activePanel->model();
}

ActiveNumberFilterProxy *MainWindow::activeProxy() const
{
    return m_activePanel->proxy();
}

void MainWindow::showNumbers(const QString &description, const QStringList &e164Numbers)
{
    m_ui->tabs->setCurrentWidget(m_ui->activeTab);
    m_activePanel->showNumbers(description, e164Numbers);
}

std::optional<AvailableNumber> MainWindow::selectedAvailableNumber() const
{
    const QModelIndexList rows = m_ui->availableView->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        return std::nullopt;
    }
    return rows.first().data(RecordRole).value<AvailableNumber>();
}

// ---------------------------------------------------------------------------------------------------------
// Failures and the activity log (the menu and toolbar actions are in mainwindowactions.cpp)

void MainWindow::activeSyncFailed(const ApiError &error)
{
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::Tls;
    if (unreachable && m_activePanel->lastSync()) {
        // Read-only on the mirror: the actions need the server (updateActions() disables them).
        setConnectionState(ConnectionState::Failed, m_activePanel->syncStatusText());
        m_banner->showWarning(tr("The server cannot be reached (%1). Active numbers shows the inventory as of %2, "
                                 "read-only; press F5 to try again.")
                                  .arg(error.fullMessage(), DisplayText::dateTime(m_activePanel->lastSync()->finishedAt)));
        return;
    }
    requestFailed(error);
}

void MainWindow::reportAuditLog()
{
    AuditLog *log = m_session->auditLog();
    if (!log->isOpen()) {
        // Fail closed: every billable action is refused (its begin() fails), the rest of the app works.
        const QString message = tr("The activity log cannot be opened: %1\nRenting, releasing and changing numbers "
                                   "are disabled until it can be written.")
                                    .arg(log->errorString());
        QTimer::singleShot(0, this, [this, message] { m_banner->showError(message); });
        return;
    }
    // Left pending by a crash or a kill while a call was out: their outcome must be checked.
    if (const int n = int(m_session->interruptedIds().size()); n > 0) {
        QTimer::singleShot(0, this, [this, n] {
            m_banner->showWarning(tr("%n action(s) were interrupted before their outcome was known. Open View → "
                                     "Activity to see which, and check them before repeating them.",
                                     nullptr, n));
        });
    }
}

ActionPipeline *MainWindow::actionPipeline()
{
    return m_session->actionPipeline();
}

AuditLog *MainWindow::auditLog() const
{
    return m_session->auditLog();
}

} // namespace nd
