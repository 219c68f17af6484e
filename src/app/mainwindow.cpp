// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Too long (issue 17, still open): the Active tab (ActivePanel) and the Available tab (SearchPanel) are out, but the
// window still owns profile and session handling, which belong in a session controller; that split is owed.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "actionpipeline.h"
#include "activepanel.h"
#include "activityrecorder.h"
#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "activitydialog.h"
#include "auditlog.h"
#include "availablenumbermodel.h"
#include "availablerent.h"
#include "bulkjobdialog.h"
#include "jobsdialog.h"
#include "callbackconfigdialog.h"
#include "callbackinspector.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "insightpanel.h"
#include "inventorystore.h"
#include "itemroles.h"
#include "numberdetailsdialog.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "profilestore.h"
#include "regionfilterproxy.h"
#include "regionmodel.h"
#include "releasedialog.h"
#include "rentdialog.h"
#include "sandboxserver.h"
#include "searchform.h"
#include "searchpanel.h"
#include "secretstore.h"
#include "settingsdialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcWindow, "numberdesk.app.window", QtWarningMsg)

const QString settingsGroup = QStringLiteral("MainWindow");

// The form helpers both tabs use.
using SearchForm::compactPattern;
using SearchForm::fillPositions;
using SearchForm::isValidPattern;
using SearchForm::positionAt;
using SearchForm::typeAt;

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : MainWindow(profiles, secrets, Options{}, parent)
{
}

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_options(options)
    , m_client(new NumbersClient(this))
{
    m_ui->setupUi(this);

    m_banner = new ErrorBanner(m_ui->centralWidget);
    m_banner->setAccessibleName(tr("Messages"));
    m_ui->centralLayout->insertWidget(0, m_banner);

    openAuditLog();
    m_recorder = std::make_unique<ActivityRecorder>(m_auditLog.get(), ActivityRecorder::Identity());
    m_pipeline = std::make_unique<ActionPipeline>(m_client, m_recorder.get());
    m_activePanel = new ActivePanel(m_ui->activeTab);
    m_ui->activeTabLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->activeTabLayout->addWidget(m_activePanel);
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
    // Bulk jobs over the Active tab's selection (or what the Insight tab chose and the filter shows).
    connect(this, &MainWindow::bulkActionRequested, this, [this](const QString &kind, const QStringList &numbers) {
        if (!numbers.isEmpty()) {
            BulkJobDialog::open(actionPipeline(), kind, numbers, this);
        }
    });
    restoreSettings();
    connect(m_secrets, &SecretStore::waitingForKeychainPrompt, this, [this] {
        if (m_state == ConnectionState::Connecting) {
            setConnectionState(ConnectionState::Connecting,
                               tr("Waiting for the keychain: answer the password prompt of your desktop."));
        }
    });

    QString name = options.profileName;
    if (options.forceSandbox) {
        name = Profile::sandboxProfileName();
    }
    if (name.isEmpty()) {
        name = m_profiles->currentProfileName();
    }
    if (name.isEmpty() || !m_profiles->contains(name)) {
        if (!name.isEmpty()) {
            m_banner->showWarning(tr("There is no profile named “%1”; using the built-in Sandbox.").arg(name));
        }
        name = Profile::sandboxProfileName();
    }
    reloadProfileList();
    activateProfile(name);
    // Bulk jobs a crash or a kill interrupted are offered for resume.
    QTimer::singleShot(0, this, [this] { BulkJobDialog::offerResume(actionPipeline(), this); });
    updateActions();
}

MainWindow::~MainWindow()
{
    delete m_searchPanel; // it works on the models below
    // The models cancel their calls through the client: delete them while it is still alive.
    delete m_activePanel;
    delete m_availableModel;
    delete m_regionProxy;
    delete m_regionModel;
}

// ---------------------------------------------------------------------------------------------------------
// Setup

void MainWindow::setupModels()
{
    m_regionModel = new RegionModel(m_client, this);
    m_regionProxy = new RegionFilterProxy(this);
    m_regionProxy->setSourceModel(m_regionModel);
    m_ui->regionView->setModel(m_regionProxy);
    m_ui->regionView->sortByColumn(RegionModel::NameColumn, Qt::AscendingOrder);
    m_ui->regionView->horizontalHeader()->resizeSection(RegionModel::CodeColumn, 48);
    m_ui->regionView->horizontalHeader()->resizeSection(RegionModel::NameColumn, 120);
    // Compact rows: a support person scans many numbers at once.
    for (QTableView *view : {m_ui->regionView, m_ui->availableView}) {
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }

    m_availableModel = new AvailableNumberModel(m_client, this);
    auto *availableProxy = new ActiveNumberFilterProxy(this); // SortRole sorting (exact prices), no filter
    availableProxy->setSourceModel(m_availableModel);
    m_ui->availableView->setModel(availableProxy);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::NumberColumn, 150);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::RegionColumn, 60);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::TypeColumn, 80);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::CapabilitiesColumn, 100);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::SetupPriceColumn, 95);
    m_ui->availableView->horizontalHeader()->resizeSection(AvailableNumberModel::MonthlyPriceColumn, 115);

    connect(m_regionModel, &RegionModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_regionModel, &RegionModel::requestFailed, this, &MainWindow::requestFailed);
    connect(m_regionModel, &RegionModel::regionsLoaded, this, [this] {
        if (m_state != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActiveRegionCombo();
    });
    connect(m_availableModel, &AvailableNumberModel::searchingChanged, this, &MainWindow::updateBusy);
    connect(m_availableModel, &AvailableNumberModel::requestFailed, this, &MainWindow::requestFailed);
    connect(m_availableModel, &AvailableNumberModel::searchFinished, this, [this] {
        if (m_state != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActions();
    });
    connect(m_ui->availableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_activePanel, &ActivePanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_activePanel->proxy(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupSearchForm()
{
    m_searchPanel = new SearchPanel(m_ui.get(), m_regionModel, m_regionProxy, m_availableModel, m_banner, this);
    connect(m_searchPanel, &SearchPanel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupActivePanel()
{
    connect(m_activePanel, &ActivePanel::message, this, [this](const QString &text, bool warning) {
        if (warning) {
            m_banner->showWarning(text);
        } else {
            m_banner->showInfo(text);
        }
    });
    connect(m_activePanel, &ActivePanel::syncFailed, this, &MainWindow::activeSyncFailed);
    connect(m_activePanel, &ActivePanel::syncFinished, this, [this](bool ok) {
        if (ok && m_state != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
        }
        updateActions();
    });
    connect(m_activePanel->detailsButton(), &QPushButton::clicked, m_ui->actionDetails, &QAction::trigger);
    connect(m_activePanel->releaseButton(), &QPushButton::clicked, m_ui->actionRelease, &QAction::trigger);
    connect(m_activePanel->view(), &QAbstractItemView::doubleClicked, m_ui->actionDetails, &QAction::trigger);
}

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
                {[this] { return m_client; }, [this] { return actionPipeline(); },
                 [this] { return selectedActiveNumbers(); }, [this] { return m_isSandbox; },
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
    connect(exportAction, &QAction::triggered, m_activePanel, &ActivePanel::exportWithDialog);
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
    m_availableRent = new AvailableRentActions(m_ui.get(), m_searchPanel, m_availableModel,
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
        if (name != m_profileName) {
            activateProfile(name);
        }
    });
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::reloadProfileList);
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
    for (const Profile &profile : m_profiles->profiles()) {
        const QString label = profile.isSandbox ? tr("%1 (built-in, no charges)").arg(profile.name) : profile.name;
        m_profileCombo->addItem(label, profile.name);
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_profileName));
}

void MainWindow::activateProfile(const QString &name)
{
    const Profile profile = m_profiles->contains(name) ? m_profiles->profile(name) : Profile::builtInSandbox();
    const quint64 generation = ++m_connectGeneration;
    cancelAll();
    m_banner->clear();
    m_regionModel->clear();
    m_searchPanel->reset();

    m_profileName = profile.name;
    m_isSandbox = profile.isSandbox;
    if (m_profiles->currentProfileName() != m_profileName) {
        m_profiles->setCurrentProfileName(m_profileName);
        QString error;
        if (!m_profiles->save(&error)) {
            qCWarning(lcWindow) << "could not save the current profile:" << error;
        }
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_profileName));
    updateProfileIndicator();
    // The last synced inventory at once, before any network (and whether or not the server answers).
    m_activePanel->openMirror(mirrorPathFor(profile));

    if (profile.isSandbox) {
        ConnectionSettings settings;
        if (!ensureSandbox(&settings)) {
            return;
        }
        useConnection(settings);
        return;
    }

    setConnectionState(ConnectionState::Connecting, tr("Reading the key secret…"));
    m_secrets->readSecret(profile.name, this, [this, generation, profile](const Result<QString> &secret) {
        if (generation != m_connectGeneration) {
            return; // another profile was chosen meanwhile
        }
        if (!secret) {
            setConnectionState(ConnectionState::Failed);
            m_banner->showError(tr("Profile “%1” has no usable key secret: %2\nOpen File → Settings to enter it.")
                                    .arg(profile.name, secret.error().fullMessage()));
            return;
        }
        useConnection(profile.toConnection(secret.value()));
    });
}

bool MainWindow::ensureSandbox(ConnectionSettings *settings)
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions options;
        options.seed = m_options.sandboxSeed;
        options.activeCount = m_options.sandboxActiveCount;
        QString error;
        if (!m_sandbox->start(options, &error)) {
            m_sandbox.reset();
            setConnectionState(ConnectionState::Failed);
            m_banner->showError(tr("The built-in sandbox could not start: %1").arg(error));
            return false;
        }
    }
    settings->numbersUrl = m_sandbox->baseUrl();
    settings->authUrl = m_sandbox->baseUrl();
    settings->projectId = m_sandbox->projectId();
    settings->keyId = m_sandbox->keyId();
    settings->keySecret = m_sandbox->keySecret();
    settings->authMethod = AuthMethod::OAuth2;
    return true;
}

void MainWindow::useConnection(const ConnectionSettings &settings)
{
    const ApiError problem = settings.validate();
    if (problem.isError()) {
        setConnectionState(ConnectionState::Failed);
        m_banner->showError(tr("Profile “%1” cannot be used: %2\nOpen File → Settings to fix it.")
                                .arg(m_profileName, problem.fullMessage()));
        return;
    }
    m_client->setConnection(settings);
    m_insight->setSource(m_client, m_activePanel->mirrorPath()); // the Active tab's mirror
    setConnectionState(ConnectionState::Connecting);
    reloadAll();
}

void MainWindow::setConnectionState(ConnectionState state, const QString &detail)
{
    m_state = state;
    // Whole sentences for the sandbox: "Connected to %1" with a phrase as %1 does not translate.
    const QString host = m_client->connection().numbersUrl.host();
    QString text;
    switch (state) {
    case ConnectionState::Disconnected:
        text = tr("Not connected");
        break;
    case ConnectionState::Connecting:
        if (!detail.isEmpty())
            text = detail;
        else
            text = m_isSandbox ? tr("Connecting to the built-in sandbox…") : tr("Connecting to %1…").arg(host);
        break;
    case ConnectionState::Connected:
        text = m_isSandbox ? tr("Connected to the built-in sandbox") : tr("Connected to %1").arg(host);
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
    if (m_isSandbox) {
        m_profileLabel->setText(tr("SANDBOX"));
        m_profileLabel->setToolTip(tr("Profile “%1”: the built-in emulator. Nothing is billed and no real "
                                      "number changes.").arg(m_profileName));
        // Fixed colours on purpose, with both foreground and background set so it reads in dark mode too.
        m_profileLabel->setStyleSheet(QStringLiteral(
            "QLabel { background-color: #f2c200; color: #000000; font-weight: bold; padding: 1px 8px; "
            "border-radius: 3px; }"));
        setWindowTitle(tr("NumberDesk — SANDBOX"));
    } else {
        m_profileLabel->setText(tr("Profile: %1").arg(m_profileName));
        m_profileLabel->setToolTip(tr("Live profile: renting and releasing numbers here is billed."));
        m_profileLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 1px 8px; }"));
        setWindowTitle(tr("NumberDesk — %1").arg(m_profileName));
    }
}

void MainWindow::reloadAll()
{
    m_banner->clear();
    m_regionModel->refresh();
    m_activePanel->sync(m_client);
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
                                .arg(m_profileName, error.fullMessage()));
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

void MainWindow::updateActions()
{
    const bool connected = m_state == ConnectionState::Connected || m_state == ConnectionState::Connecting;
    const AvailableRegion region = currentRegion();
    const bool onAvailable = m_ui->tabs->currentWidget() == m_ui->availableTab;

    m_ui->actionSearch->setEnabled(connected && !region.regionCode.isEmpty());
    m_ui->searchButton->setEnabled(m_ui->actionSearch->isEnabled());
    m_ui->actionActivate->setEnabled(connected && selectedAvailableNumber().has_value());
    m_ui->activateButton->setEnabled(m_ui->actionActivate->isEnabled());

    // rentAny works only for US LOCAL numbers (docs/api.md §4.4).
    const bool usLocal = region.regionCode == QLatin1String("US")
        && typeAt(m_ui->searchTypeCombo) == NumberType::Value::Local;
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
// Actions

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

QString MainWindow::mirrorPathFor(const Profile &profile) const
{
    if (!m_options.inventoryPath.isEmpty()) {
        return m_options.inventoryPath;
    }
    const QString env = qEnvironmentVariable("NUMBERDESK_INVENTORY_DB");
    if (!env.isEmpty()) {
        return env;
    }
    // The same file numberdesk-cli uses for this profile (and --sandbox for the built-in one).
    if (profile.isSandbox) {
        return InventoryStore::defaultPath(Profile::sandboxProfileName(), sandbox::SandboxOptions().projectId);
    }
    return InventoryStore::defaultPath(profile.name, profile.projectId);
}

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
        m_settingsDialog = new SettingsDialog(m_profiles, m_secrets, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::profileSaved, this, [this](const QString &name) {
            reloadProfileList();
            if (name == m_profileName) {
                activateProfile(name); // its connection may have changed
            }
        });
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

void MainWindow::openAuditLog()
{
    QString path = m_options.auditLogPath;
    if (path.isEmpty()) {
        path = qEnvironmentVariable("NUMBERDESK_AUDIT_LOG");
    }
    m_auditLog = std::make_unique<AuditLog>(path.isEmpty() ? AuditLog::defaultPath() : path);
    if (!m_auditLog->open()) {
        // Fail closed: every billable action is refused (its begin() fails), the rest of the app works.
        const QString message = tr("The activity log cannot be opened: %1\nRenting, releasing and changing numbers "
                                   "are disabled until it can be written.")
                                    .arg(m_auditLog->errorString());
        QTimer::singleShot(0, this, [this, message] { m_banner->showError(message); });
        return;
    }
    // Left pending by a crash or a kill while a call was out: their outcome must be checked.
    const QList<AuditRecord> pending = m_auditLog->pendingRecords();
    for (const AuditRecord &r : pending) {
        m_interruptedIds.insert(r.id);
    }
    if (!pending.isEmpty()) {
        QTimer::singleShot(0, this, [this, n = int(pending.size())] {
            m_banner->showWarning(tr("%n action(s) were interrupted before their outcome was known. Open View → "
                                     "Activity to see which, and check them before repeating them.",
                                     nullptr, n));
        });
    }
}

ActionPipeline *MainWindow::actionPipeline()
{
    m_recorder->setIdentity({AuditClient::App, m_profileName, m_client->connection().projectId});
    return m_pipeline.get();
}

ActivityDialog *MainWindow::showActivity()
{
    if (!m_activityDialog) {
        m_activityDialog = new ActivityDialog(m_auditLog.get(), m_interruptedIds, this);
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
