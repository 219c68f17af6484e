// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "activitydialog.h"
#include "auditlog.h"
#include "availablenumbermodel.h"
#include "callbackconfigdialog.h"
#include "displaytext.h"
#include "errorbanner.h"
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
    setupModels();
    setupSearchForm();
    setupActiveFilters();
    setupActions();
    setupStatusBar();
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
    updateActions();
}

MainWindow::~MainWindow()
{
    delete m_searchPanel; // it works on the models below
    // The models cancel their calls through the client: delete them while it is still alive.
    delete m_activeProxy;
    delete m_activeModel;
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
    for (QTableView *view : {m_ui->regionView, m_ui->availableView, m_ui->activeView}) {
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

    m_activeModel = new ActiveNumberModel(m_client, this);
    m_activeProxy = new ActiveNumberFilterProxy(this);
    m_activeProxy->setSourceModel(m_activeModel);
    m_ui->activeView->setModel(m_activeProxy);
    m_ui->activeView->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    // Fixed row heights and fixed-by-default column widths: nothing is measured per inserted row.
    m_ui->activeView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ui->activeView->horizontalHeader();
    header->resizeSection(ActiveNumberModel::NumberColumn, 150);
    header->resizeSection(ActiveNumberModel::DisplayNameColumn, 160);
    header->resizeSection(ActiveNumberModel::RegionColumn, 60);
    header->resizeSection(ActiveNumberModel::TypeColumn, 80);
    header->resizeSection(ActiveNumberModel::MonthlyPriceColumn, 160);
    header->resizeSection(ActiveNumberModel::NextChargeColumn, 150);
    header->resizeSection(ActiveNumberModel::ExpiryColumn, 150);
    header->resizeSection(ActiveNumberModel::SmsColumn, 160);
    header->resizeSection(ActiveNumberModel::VoiceColumn, 160);

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
    connect(m_activeModel, &ActiveNumberModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_activeModel, &ActiveNumberModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_activeModel, &ActiveNumberModel::requestFailed, this, &MainWindow::requestFailed);
    connect(m_activeProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_activeProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_activeProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_activeProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);

    connect(m_ui->availableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_ui->activeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_activeProxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupSearchForm()
{
    m_searchPanel = new SearchPanel(m_ui.get(), m_regionModel, m_regionProxy, m_availableModel, m_banner, this);
    connect(m_searchPanel, &SearchPanel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::setupActiveFilters()
{
    m_ui->activeRegionCombo->addItem(tr("All regions"), QString());
    m_ui->activeTypeCombo->addItem(tr("All types"), QString());
    for (const auto value : {NumberType::Value::Mobile, NumberType::Value::Local, NumberType::Value::TollFree}) {
        m_ui->activeTypeCombo->addItem(DisplayText::numberType(value), NumberType::wireName(value));
    }
    m_ui->activeCapabilityCombo->addItem(tr("Any"), QString());
    for (const auto value : {Capability::Value::Sms, Capability::Value::Voice}) {
        m_ui->activeCapabilityCombo->addItem(DisplayText::capability(value), Capability::wireName(value));
    }
    m_ui->activeOrderCombo->addItem(tr("Phone number"), OrderBy::wireName(OrderBy::Value::PhoneNumber));
    m_ui->activeOrderCombo->addItem(tr("Display name"), OrderBy::wireName(OrderBy::Value::DisplayName));
    fillPositions(m_ui->activePatternPositionCombo);

    for (QComboBox *combo : {m_ui->activeRegionCombo, m_ui->activeTypeCombo, m_ui->activeCapabilityCombo,
                             m_ui->activeOrderCombo}) {
        connect(combo, &QComboBox::activated, this, &MainWindow::applyActiveFilters);
    }
    connect(m_ui->activeOrderCombo, &QComboBox::activated, this, [this] {
        // The server's order is shown again: drop any local sort.
        m_ui->activeView->sortByColumn(-1, Qt::AscendingOrder);
    });
    connect(m_ui->activePatternEdit, &QLineEdit::returnPressed, this, &MainWindow::applyActiveFilters);
    connect(m_ui->applyFilterButton, &QPushButton::clicked, this, &MainWindow::applyActiveFilters);
    // Filtering 100,000 rows takes a few milliseconds, but a fast typist still should not pay it (and the
    // repaint) on every keystroke: filter at once, then at most every 150 ms while typing continues.
    m_localFilterTimer = new QTimer(this);
    m_localFilterTimer->setSingleShot(true);
    m_localFilterTimer->setInterval(150);
    connect(m_localFilterTimer, &QTimer::timeout, this, [this] {
        const QString text = m_ui->localFilterEdit->text();
        if (text.trimmed() != m_activeProxy->filterText()) {
            m_activeProxy->setFilterText(text);
            m_localFilterTimer->start();
        }
    });
    connect(m_ui->localFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_localFilterTimer->isActive()) {
            return; // applied when the timer ends
        }
        m_activeProxy->setFilterText(text);
        m_localFilterTimer->start();
    });
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
    m_ui->activeView->addActions({m_ui->actionDetails, m_ui->actionRelease, m_ui->actionCopy});
    m_ui->activeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->regionView->addAction(m_ui->actionSearch);
    m_ui->regionView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
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
    m_ui->menuBar->insertMenu(m_ui->helpMenu->menuAction(), viewMenu);

    connect(m_ui->activateButton, &QPushButton::clicked, m_ui->actionActivate, &QAction::trigger);
    connect(m_ui->rentAnyButton, &QPushButton::clicked, m_ui->actionRentAny, &QAction::trigger);
    connect(m_ui->detailsButton, &QPushButton::clicked, m_ui->actionDetails, &QAction::trigger);
    connect(m_ui->releaseButton, &QPushButton::clicked, m_ui->actionRelease, &QAction::trigger);
    connect(m_ui->availableView, &QAbstractItemView::doubleClicked, m_ui->actionActivate, &QAction::trigger);
    connect(m_ui->activeView, &QAbstractItemView::doubleClicked, m_ui->actionDetails, &QAction::trigger);

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
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsIndicator"));
    m_countsLabel->setAccessibleName(tr("Active numbers loaded"));
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
    statusBar()->addPermanentWidget(m_countsLabel);
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
    m_ui->activeView->horizontalHeader()->restoreState(settings.value(QStringLiteral("activeHeader")).toByteArray());
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
    settings.setValue(QStringLiteral("activeHeader"), m_ui->activeView->horizontalHeader()->saveState());
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
    m_activeModel->clear();

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
    applyActiveFilters();
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
    const QString previous = m_ui->activeRegionCombo->currentData().toString();
    QSignalBlocker blocker(m_ui->activeRegionCombo);
    m_ui->activeRegionCombo->clear();
    m_ui->activeRegionCombo->addItem(tr("All regions"), QString());
    for (const AvailableRegion &region : m_regionModel->regions()) {
        m_ui->activeRegionCombo->addItem(tr("%1 (%2)").arg(region.regionName, region.regionCode), region.regionCode);
    }
    const int keep = m_ui->activeRegionCombo->findData(previous);
    m_ui->activeRegionCombo->setCurrentIndex(keep >= 0 ? keep : 0);
}

void MainWindow::applyActiveFilters()
{
    ActiveNumberQuery query;
    query.regionCode = m_ui->activeRegionCombo->currentData().toString();
    query.type = typeAt(m_ui->activeTypeCombo);
    const QString capability = m_ui->activeCapabilityCombo->currentData().toString();
    if (!capability.isEmpty()) {
        query.capabilities << Capability::fromWire(capability);
    }
    const QString pattern = compactPattern(m_ui->activePatternEdit->text());
    if (!isValidPattern(pattern)) {
        m_banner->showWarning(tr("The digit pattern may contain only digits, optionally after a leading +."));
        return;
    }
    if (!pattern.isEmpty()) {
        query.pattern.pattern = pattern;
        query.pattern.searchPattern = positionAt(m_ui->activePatternPositionCombo);
    }
    query.orderBy = OrderBy::fromWire(m_ui->activeOrderCombo->currentData().toString());
    m_activeModel->setQuery(query);
}

// ---------------------------------------------------------------------------------------------------------
// Status

void MainWindow::updateBusy()
{
    const bool busy = m_regionModel->isLoading() || m_availableModel->isSearching() || m_activeModel->isLoading();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::cancelAll()
{
    m_regionModel->cancel();
    m_availableModel->cancel();
    m_activeModel->cancel();
    updateBusy();
    updateCounts();
}

void MainWindow::updateCounts()
{
    const int loaded = m_activeModel->loadedCount();
    const qint64 total = m_activeModel->totalCount();
    QString text;
    if (total < 0) {
        text = m_activeModel->isLoading() ? tr("Active numbers: loading…") : tr("Active numbers: none loaded");
    } else if (m_activeModel->isTotalExact()) {
        text = tr("Active numbers: %1 of %2 loaded").arg(loaded).arg(total);
    } else {
        text = tr("Active numbers: %1 loaded, counting…").arg(loaded);
    }
    m_countsLabel->setText(text);
    const int shown = m_activeProxy->rowCount();
    if (m_activeProxy->filterText().isEmpty()) {
        m_ui->activeCountLabel->setText(tr("%n loaded", nullptr, loaded));
    } else {
        m_ui->activeCountLabel->setText(tr("%1 of %n loaded match", nullptr, loaded).arg(shown));
    }
    if (m_activeModel->hasMorePages() && !m_activeModel->isLoading() && loaded > 0) {
        m_ui->activeCountLabel->setToolTip(tr("Scroll down to load more"));
    } else {
        m_ui->activeCountLabel->setToolTip({});
    }
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

    // rentAny works only for US LOCAL numbers (numbers-api.md §7.2).
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
    m_ui->detailsButton->setEnabled(m_ui->actionDetails->isEnabled());
    m_ui->actionRelease->setEnabled(connected && anyReleasable);
    m_ui->releaseButton->setEnabled(m_ui->actionRelease->isEnabled());
    m_ui->actionRelease->setText(selected.size() > 1 ? tr("R&elease %n Numbers…", nullptr, int(selected.size()))
                                                     : tr("R&elease…"));

    const bool hasSelection = onAvailable ? m_ui->availableView->selectionModel()->hasSelection()
                                          : m_ui->activeView->selectionModel()->hasSelection();
    m_ui->actionCopy->setEnabled(hasSelection);
    m_ui->actionCallbackConfig->setEnabled(connected);
}

// ---------------------------------------------------------------------------------------------------------
// Selection

QTableView *MainWindow::focusedNumberView() const
{
    if (m_ui->activeView->hasFocus()) {
        return m_ui->activeView;
    }
    if (m_ui->availableView->hasFocus()) {
        return m_ui->availableView;
    }
    return m_ui->tabs->currentWidget() == m_ui->activeTab ? m_ui->activeView : m_ui->availableView;
}

QList<ActiveNumber> MainWindow::selectedActiveNumbers() const
{
    QList<ActiveNumber> numbers;
    QModelIndexList rows = m_ui->activeView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    numbers.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        numbers << m_activeModel->number(m_activeProxy->mapToSource(index).row());
    }
    return numbers;
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
    if (!m_activeModel->upsertNumber(number)) {
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
            [this](const ActiveNumber &number) { m_activeModel->updateNumber(number); });
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
        m_activeModel->markReleased(number);
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
