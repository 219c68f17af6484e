// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activepanel.h"

#include "numbertypes.h"

#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "changesview.h"
#include "displaytext.h"
#include "inventorysync.h"
#include "itemroles.h"
#include "mirrorloader.h"
#include "money.h"
#include "numbersclient.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace nd {

namespace {

// Digits, optionally after one leading '+' (START patterns carry the country code, docs/api.md §4.1).
bool isValidPattern(const QString &pattern)
{
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('+') && i == 0 && pattern.size() > 1) {
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

QString compactPattern(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')')) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

ActivePanel::ActivePanel(QWidget *parent)
    : ActivePanel(QString(), parent)
{
}

ActivePanel::ActivePanel(const QString &preloadPath, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActiveNumberModel(nullptr, this))
    , m_proxy(new ActiveNumberFilterProxy(this))
    , m_loader(new MirrorLoader(this))
{
    if (!preloadPath.isEmpty()) {
        preloadMirror(preloadPath); // its results arrive through the event loop, after the connections below
    }
    m_proxy->setSourceModel(m_model);
    buildUi();

    connect(m_loader, &MirrorLoader::finished, this, &ActivePanel::loadFinished);
    connect(m_loader, &MirrorLoader::searchTextLoaded, m_model, &ActiveNumberModel::adoptSearchText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] { updateCounts(); });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivePanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivePanel::updateCounts);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ActivePanel::updateTotals);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateTotals();
        Q_EMIT selectionChanged();
    });

    // "Synced 2 min ago" stays true.
    m_clock = new QTimer(this);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &ActivePanel::updateSyncLabel);
    m_clock->start();
    updateCounts();
    updateSyncLabel();
}

ActivePanel::~ActivePanel()
{
    stopSync(); // before the store it writes to goes
    // The model goes before the proxy and the view (children): nothing may call back into this half-destroyed panel.
    m_proxy->disconnect(this);
    m_view->selectionModel()->disconnect(this);
    m_loader->disconnect(this);
}

void ActivePanel::stopSync()
{
    if (InventorySync *sync = m_sync.data()) {
        m_sync.clear();
        sync->disconnect(this);
        delete sync; // the previous sync stays, unless this one's commit was already under way (it completes)
    }
}

void ActivePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGroupBox(tr("Filters"), this);
    filters->setObjectName(QStringLiteral("activeFilterGroup"));
    auto *grid = new QGridLayout(filters);
    m_regionCombo = new QComboBox(filters);
    m_regionCombo->setObjectName(QStringLiteral("activeRegionCombo"));
    m_regionCombo->addItem(tr("All regions"), QString());
    m_typeCombo = new QComboBox(filters);
    m_typeCombo->setObjectName(QStringLiteral("activeTypeCombo"));
    m_typeCombo->addItem(tr("All types"), QString());
    for (const NumberType &type : everyNumberType()) {
        m_typeCombo->addItem(DisplayText::numberType(type.value()), type.wire());
    }
    m_capabilityCombo = new QComboBox(filters);
    m_capabilityCombo->setObjectName(QStringLiteral("activeCapabilityCombo"));
    m_capabilityCombo->addItem(tr("Any"), QString());
    for (const auto value : {Capability::Value::Sms, Capability::Value::Voice}) {
        m_capabilityCombo->addItem(DisplayText::capability(value), Capability::wireName(value));
    }
    m_patternPositionCombo = new QComboBox(filters);
    m_patternPositionCombo->setObjectName(QStringLiteral("activePatternPositionCombo"));
    m_patternPositionCombo->addItem(tr("Starting with"), SearchPattern::wireName(SearchPattern::Value::Start));
    m_patternPositionCombo->addItem(tr("Containing"), SearchPattern::wireName(SearchPattern::Value::Contains));
    m_patternPositionCombo->addItem(tr("Ending with"), SearchPattern::wireName(SearchPattern::Value::End));
    m_patternPositionCombo->setCurrentIndex(1);
    m_patternEdit = new QLineEdit(filters);
    m_patternEdit->setObjectName(QStringLiteral("activePatternEdit"));
    m_patternEdit->setPlaceholderText(tr("digits, e.g. 555"));
    m_patternEdit->setClearButtonEnabled(true);
    m_nameEdit = new QLineEdit(filters);
    m_nameEdit->setObjectName(QStringLiteral("activeNameEdit"));
    m_nameEdit->setPlaceholderText(tr("part of the display name"));
    m_nameEdit->setClearButtonEnabled(true);
    m_releasingCombo = new QComboBox(filters);
    m_releasingCombo->setObjectName(QStringLiteral("activeReleasingCombo"));
    m_releasingCombo->addItem(tr("Any"), QString());
    m_releasingCombo->addItem(tr("Being released"), QStringLiteral("yes"));
    m_releasingCombo->addItem(tr("Not being released"), QStringLiteral("no"));
    auto *apply = new QPushButton(tr("&Apply"), filters);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    apply->setAccessibleName(tr("Show the numbers that match these filters"));

    auto label = [filters](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, filters);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Re&gion:"), m_regionCombo), 0, 0);
    grid->addWidget(m_regionCombo, 0, 1);
    grid->addWidget(label(tr("T&ype:"), m_typeCombo), 0, 2);
    grid->addWidget(m_typeCombo, 0, 3);
    grid->addWidget(label(tr("Ca&pability:"), m_capabilityCombo), 0, 4);
    grid->addWidget(m_capabilityCombo, 0, 5);
    grid->addWidget(label(tr("Releasin&g:"), m_releasingCombo), 0, 6);
    grid->addWidget(m_releasingCombo, 0, 7);
    grid->addWidget(label(tr("N&umber:"), m_patternEdit), 1, 0);
    grid->addWidget(m_patternPositionCombo, 1, 1);
    grid->addWidget(m_patternEdit, 1, 2, 1, 2);
    grid->addWidget(label(tr("Na&me:"), m_nameEdit), 1, 4);
    grid->addWidget(m_nameEdit, 1, 5, 1, 2);
    grid->addWidget(apply, 1, 7);
    layout->addWidget(filters);

    auto *findRow = new QHBoxLayout;
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("localFilterEdit"));
    m_findEdit->setPlaceholderText(tr("Find a name or a number"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setAccessibleName(tr("Find in the active numbers"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("activeCountLabel"));
    m_countLabel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never cut: "1,234 of 100,000 match"
    m_changesButton = new QPushButton(tr("C&hanges"), this);
    m_changesButton->setObjectName(QStringLiteral("changesButton"));
    m_changesButton->setCheckable(true);
    m_changesButton->setToolTip(tr("What the last sync added, removed and changed, field by field"));
    findRow->addWidget(label(tr("&Find:"), m_findEdit));
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(m_countLabel);
    findRow->addWidget(m_changesButton);
    layout->addLayout(findRow);

    m_onlyBar = new QWidget(this);
    m_onlyBar->setObjectName(QStringLiteral("shownNumbersBar"));
    auto *onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setObjectName(QStringLiteral("shownNumbersLabel"));
    m_onlyLabel->setWordWrap(true);
    auto *clearOnly = new QPushButton(tr("Show &all"), m_onlyBar);
    clearOnly->setObjectName(QStringLiteral("clearShownNumbersButton"));
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(clearOnly);
    m_onlyBar->setVisible(false);
    layout->addWidget(m_onlyBar);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("activeEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    layout->addWidget(m_emptyLabel);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("activeView"));
    m_view->setAccessibleName(tr("Active numbers"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    // Fixed row heights and fixed-by-default column widths: nothing is measured per inserted row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->resizeSection(ActiveNumberModel::NumberColumn, 150);
    header->resizeSection(ActiveNumberModel::DisplayNameColumn, 160);
    header->resizeSection(ActiveNumberModel::RegionColumn, 60);
    header->resizeSection(ActiveNumberModel::TypeColumn, 80);
    header->resizeSection(ActiveNumberModel::MonthlyPriceColumn, 160);
    header->resizeSection(ActiveNumberModel::NextChargeColumn, 150);
    header->resizeSection(ActiveNumberModel::ExpiryColumn, 150);
    header->resizeSection(ActiveNumberModel::SmsColumn, 160);
    header->resizeSection(ActiveNumberModel::VoiceColumn, 160);
    // One order for every type (the mirror holds them all): by number until the user sorts otherwise. The
    // header shows exactly that order.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActiveNumberModel::NumberColumn, Qt::AscendingOrder);
    m_changes = new ChangesView(m_stack);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_changes);
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("activeTotalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QPushButton(tr("&Details…"), this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setAccessibleName(tr("Show details of the selected number"));
    m_releaseButton = new QPushButton(tr("R&elease…"), this);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setAccessibleName(tr("Release the selected numbers"));
    bottom->addWidget(m_totalsLabel, 1);
    bottom->addWidget(m_detailsButton);
    bottom->addWidget(m_releaseButton);
    layout->addLayout(bottom);

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncIndicator"));
    m_syncLabel->setAccessibleName(tr("Inventory sync"));
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(120);
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->setVisible(false);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsIndicator"));
    m_countsLabel->setAccessibleName(tr("Active numbers"));

    for (QComboBox *combo : {m_regionCombo, m_typeCombo, m_capabilityCombo, m_releasingCombo}) {
        connect(combo, &QComboBox::activated, this, &ActivePanel::applyFilters);
    }
    connect(m_patternEdit, &QLineEdit::returnPressed, this, &ActivePanel::applyFilters);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ActivePanel::applyFilters);
    connect(apply, &QPushButton::clicked, this, &ActivePanel::applyFilters);
    connect(clearOnly, &QPushButton::clicked, this, &ActivePanel::clearShownNumbers);
    connect(m_changesButton, &QPushButton::toggled, this, &ActivePanel::showChanges);
    connect(m_changes, &ChangesView::showNumbersRequested, this, &ActivePanel::showNumbers);

    // Finding in 100,000 rows takes a few milliseconds, but a fast typist still should not pay it (and the
    // repaint) on every keystroke: find at once, then at most every 150 ms while typing continues.
    m_findTimer = new QTimer(this);
    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(150);
    connect(m_findTimer, &QTimer::timeout, this, [this] {
        if (m_findEdit->text().trimmed() != m_proxy->filterText()) {
            m_proxy->setFilterText(m_findEdit->text());
            m_findTimer->start();
        }
    });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_findTimer->isActive()) {
            return; // applied when the timer ends
        }
        m_proxy->setFilterText(text);
        m_findTimer->start();
    });
}

// ---------------------------------------------------------------------------------------------------------
// Mirror and sync

void ActivePanel::openMirror(const QString &filePath)
{
    stopSync();
    m_pendingSync.clear();
    const bool preloaded = std::exchange(m_preloadedPath, QString()) == filePath && !filePath.isEmpty();
    m_path = filePath;
    if (!preloaded) {
        // Another mirror: nothing of the previous one stays on screen, or is replayed, while this one loads.
        m_model->beginLocal();
        m_changedDuringLoad.clear();
        reload(); // first: the worker reads the rows while this thread opens the store
    }
    m_store = std::make_unique<InventoryStore>(filePath);
    m_offline = false;
    m_lastSync.reset();
    if (!m_store->open()) {
        Q_EMIT message(m_store->errorString(), true);
    }
    refreshLastSync();
}

void ActivePanel::preloadMirror(const QString &filePath)
{
    m_preloadedPath = filePath;
    m_path = filePath;
    if (!m_path.isEmpty()) {
        startLoad(); // runs before the widgets exist when called from the constructor
    }
}

QString ActivePanel::mirrorPath() const
{
    return m_path;
}

void ActivePanel::refreshLastSync()
{
    m_lastSync = m_store && m_store->isOpen() ? m_store->lastSync() : std::nullopt;
    // The diff is read when the Changes view is shown: after a first sync it lists every number, which is
    // nothing a start-up should wait for.
    m_diffStale = true;
    if (m_stack->currentWidget() == m_changes) {
        loadDiff();
    }
    updateSyncLabel();
}

void ActivePanel::loadDiff()
{
    m_diffStale = false;
    m_changes->setDiff(m_store && m_store->isOpen() ? m_store->lastDiff() : InventoryDiff());
}

void ActivePanel::reload()
{
    if (m_path.isEmpty()) {
        return;
    }
    startLoad();
    updateCounts();
}

void ActivePanel::startLoad()
{
    // The rows shown stay until the new table replaces them whole: no empty flash. Never paging over the API.
    if (!m_model->isLocal()) {
        m_model->beginLocal();
    }
    MirrorLoader::Request request;
    request.path = m_path;
    request.filter = m_appliedFilter;
    request.only = m_only;
    m_loader->load(request);
}

void ActivePanel::loadFinished(bool ok, const QString &error)
{
    if (ok) {
        m_model->setLocalTable(m_loader->takeTable());
        // What NumberDesk changed while the table was read may be missing from it (it was read before the change).
        for (const ActiveNumber &number : std::as_const(m_changedDuringLoad)) {
            showChangedNumber(number);
        }
    } else {
        m_model->beginLocal();
        Q_EMIT message(error, true);
    }
    m_changedDuringLoad.clear();
    updateCounts();
    Q_EMIT loaded();
    if (m_pendingSync) {
        sync(m_pendingSync);
    }
}

bool ActivePanel::isLoading() const
{
    return m_loader->isLoading();
}

void ActivePanel::setSyncConcurrency(int concurrency)
{
    m_syncConcurrency = std::clamp(concurrency, 1, InventoryWalker::MaxConcurrency);
}

void ActivePanel::sync(NumbersClient *client)
{
    if (!m_store || !m_store->isOpen() || (m_sync && m_sync->isRunning())) {
        return;
    }
    if (isLoading()) {
        // The mirror first, on every core: the sync (which parses pages on this thread) starts when it is shown.
        m_pendingSync = client;
        updateSyncLabel();
        return;
    }
    m_pendingSync.clear();
    m_sync = new InventorySync(client, m_store.get(), this);
    InventoryWalker::Options options;
    options.maxConcurrency = m_syncConcurrency;
    m_sync->setOptions(options);
    m_syncFetched = 0;
    m_syncExpected = -1;
    connect(m_sync, &InventorySync::progress, this, [this](qint64 fetched, qint64 expected) {
        m_syncFetched = fetched;
        m_syncExpected = expected;
        updateSyncLabel();
    });
    connect(m_sync, &InventorySync::finished, this, [this, sync = m_sync.data()](const InventorySyncResult &result) {
        sync->deleteLater();
        if (m_sync == sync) {
            m_sync.clear();
        }
        if (result.ok()) {
            m_offline = false;
            refreshLastSync();
            reload();
            Q_EMIT mirrorChanged();
        } else if (!result.cancelled()) {
            if (!result.storeError.isEmpty()) {
                Q_EMIT message(result.storeError, true);
            } else {
                const ApiError &e = result.apiError;
                m_offline = e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout
                    || e.kind == ApiError::Kind::Tls;
                Q_EMIT syncFailed(e);
            }
        }
        updateSyncLabel();
        Q_EMIT syncFinished(result.ok());
    });
    m_sync->start();
    updateSyncLabel();
    Q_EMIT syncStarted();
}

void ActivePanel::cancelSync()
{
    m_pendingSync.clear();
    if (m_sync) {
        m_sync->cancel(); // finished() follows; the previous sync stays unless the commit had begun
    }
}

bool ActivePanel::isSyncing() const
{
    return (m_sync && m_sync->isRunning()) || m_pendingSync;
}

QString ActivePanel::syncStatusText() const
{
    if (isSyncing()) {
        return m_syncExpected > 0 ? tr("Syncing: %1 of %2 numbers…")
                                        .arg(QLocale().toString(m_syncFetched), QLocale().toString(m_syncExpected))
                                  : tr("Syncing the inventory…");
    }
    if (!m_lastSync) {
        return m_offline ? tr("Offline; no inventory synced yet") : tr("Inventory not synced yet");
    }
    const QDateTime at = m_lastSync->finishedAt;
    if (m_offline) {
        return tr("Offline, as of %1").arg(DisplayText::dateTime(at));
    }
    const qint64 minutes = at.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 1) {
        return tr("Synced just now");
    }
    if (minutes < 120) {
        return tr("Synced %n min ago", nullptr, int(minutes));
    }
    return tr("Synced %1").arg(DisplayText::dateTime(at));
}

void ActivePanel::updateSyncLabel()
{
    m_syncLabel->setText(syncStatusText());
    m_syncLabel->setToolTip(m_path.isEmpty() ? QString() : tr("Inventory mirror: %1").arg(m_path));
    const bool syncing = isSyncing();
    m_syncProgress->setVisible(syncing);
    if (syncing) {
        m_syncProgress->setRange(0, m_syncExpected > 0 ? int(std::min<qint64>(m_syncExpected, INT_MAX)) : 0);
        m_syncProgress->setValue(int(std::min<qint64>(m_syncFetched, INT_MAX)));
    }
}

// ---------------------------------------------------------------------------------------------------------
// Filters

void ActivePanel::setRegionChoices(const QList<QPair<QString, QString>> &codeAndName)
{
    const QString previous = m_regionCombo->currentData().toString();
    QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    m_regionCombo->addItem(tr("All regions"), QString());
    for (const auto &[code, name] : codeAndName) {
        m_regionCombo->addItem(tr("%1 (%2)").arg(name, code), code);
    }
    int keep = m_regionCombo->findData(previous);
    if (keep < 0 && !previous.isEmpty()) {
        m_regionCombo->addItem(previous, previous); // still filtering on it
        keep = m_regionCombo->count() - 1;
    }
    m_regionCombo->setCurrentIndex(std::max(keep, 0));
}

InventoryFilter ActivePanel::filter() const
{
    InventoryFilter f;
    f.regionCode = m_regionCombo->currentData().toString();
    const QString type = m_typeCombo->currentData().toString();
    if (!type.isEmpty()) {
        f.type = NumberType::fromWire(type);
    }
    const QString capability = m_capabilityCombo->currentData().toString();
    if (!capability.isEmpty()) {
        f.capabilities << Capability::fromWire(capability);
    }
    const QString pattern = compactPattern(m_patternEdit->text());
    if (!pattern.isEmpty() && isValidPattern(pattern)) {
        f.pattern.pattern = pattern;
        f.pattern.searchPattern = SearchPattern::fromWire(m_patternPositionCombo->currentData().toString());
    }
    f.nameContains = m_nameEdit->text().trimmed();
    const QString releasing = m_releasingCombo->currentData().toString();
    if (!releasing.isEmpty()) {
        f.releasing = releasing == QLatin1String("yes");
    }
    return f;
}

void ActivePanel::applyFilters()
{
    if (!isValidPattern(compactPattern(m_patternEdit->text()))) {
        Q_EMIT message(tr("The digit pattern may contain only digits, optionally after a leading +."), true);
        return;
    }
    m_appliedFilter = filter();
    reload();
}

void ActivePanel::showNumbers(const QString &description, const QStringList &e164Numbers)
{
    m_only = QSet<QString>(e164Numbers.cbegin(), e164Numbers.cend());
    m_onlyDescription = description;
    m_onlyLabel->setText(tr("Showing %n number(s): %1", nullptr, int(m_only->size())).arg(description));
    m_onlyBar->setVisible(true);
    // Exactly those numbers: the other filters would hide some of them.
    for (QComboBox *combo : {m_regionCombo, m_typeCombo, m_capabilityCombo, m_releasingCombo}) {
        combo->setCurrentIndex(0);
    }
    m_patternEdit->clear();
    m_nameEdit->clear();
    m_findEdit->clear();
    m_proxy->setFilterText(QString());
    m_appliedFilter = InventoryFilter();
    m_changesButton->setChecked(false);
    reload();
}

void ActivePanel::clearShownNumbers()
{
    m_only.reset();
    m_onlyDescription.clear();
    m_onlyBar->setVisible(false);
    reload();
}

void ActivePanel::showChanges(bool show)
{
    m_changesButton->setChecked(show);
    if (show && m_diffStale) {
        loadDiff();
    }
    m_stack->setCurrentWidget(show ? static_cast<QWidget *>(m_changes) : m_view);
}

} // namespace nd
