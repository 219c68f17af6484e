// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "inventoryexport.h"
#include "inventoryfilter.h"
#include "inventorystore.h"
#include "inventorywalker.h"
#include "apitypes.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;

namespace nd {

class ActiveNumberFilterProxy;
class ActiveNumberModel;
class ChangesView;
class InventorySync;
class MirrorLoader;
class NumbersClient;

// The "Active numbers" tab: the project's whole inventory from its local mirror (InventoryStore), shown at
// once from disk (no network needed) and synced in the background (InventorySync). Filters are local, through
// core's InventoryFilter (the rule `numberdesk-cli inventory list` uses); find, sort, totals and export work
// over every number of the mirror. A Changes view shows what the last sync changed, field by field.
//
// The panel does not act on the server: MainWindow's actions do (through ActionPipeline) and report what
// succeeded with numberChanged(), which updates the mirror row and the table.
class ActivePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivePanel)

public:
    explicit ActivePanel(QWidget *parent = nullptr);
    // Starts reading the rows of `preloadPath` first, while the panel's widgets are built (see preloadMirror()).
    explicit ActivePanel(const QString &preloadPath, QWidget *parent = nullptr);
    ~ActivePanel() override;

    // Opens the mirror file of a connection and shows what it holds (read off the GUI thread). No network.
    void openMirror(const QString &filePath);

    QString mirrorPath() const;
    // Syncs the mirror through `client` in the background; the table is reloaded when the sync is saved.
    void sync(NumbersClient *client);
    // Pages in flight for the next syncs (the profile's setting; InventoryWalker::DefaultConcurrency until set).
    void setSyncConcurrency(int concurrency);
    int syncConcurrency() const { return m_syncConcurrency; }
    void cancelSync();
    bool isSyncing() const;
    bool isLoading() const;
    // The last saved sync (nullopt: never synced).
    std::optional<InventorySyncInfo> lastSync() const { return m_lastSync; }
    // "Synced 2 min ago", "Offline, as of …", "Syncing: 500 of 1,000 numbers…".
    QString syncStatusText() const;

    // Sets the region choices of the filter ("US" → "United States (US)"); keeps the current choice.
    void setRegionChoices(const QList<QPair<QString, QString>> &codeAndName);
    InventoryFilter filter() const;

    // A number NumberDesk changed on the server (rented, updated, released): written into the mirror and shown.
    void numberChanged(const ActiveNumber &number);

    QList<ActiveNumber> selectedActiveNumbers() const;
    QStringList selectedNumbers() const;
    // The numbers shown, in the view's order.
    QStringList visibleNumbers() const;
    bool hasSelection() const;

    // Writes the current view (filter, find and order) to `filePath`: CSV with the columns of
    // `numberdesk-cli active list --format csv`, or JSON with every field. 0600. Says why on failure.
    Result<void, Failure> exportView(const QString &filePath, InventoryExport::Format format) const;

    void focusFind();
    // Copies the current cell's text (the E.164 number in the Number column). False when there is none.
    bool copyCurrentCell() const;
    // The table's header: sort column and order, widths.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    ActiveNumberModel *model() const { return m_model; }
    ActiveNumberFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ChangesView *changesView() const { return m_changes; }
    // For the status bar: the sync state label, its progress bar and the counts label.
    QLabel *syncLabel() const { return m_syncLabel; }
    QProgressBar *syncProgress() const { return m_syncProgress; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QLabel *totalsLabel() const { return m_totalsLabel; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    QString shownDescription() const { return m_onlyDescription; }
    QPushButton *detailsButton() const { return m_detailsButton; }
    QPushButton *releaseButton() const { return m_releaseButton; }

public Q_SLOTS:
    // Filters the tab to exactly these numbers (the other filters are cleared), with `description` shown above
    // the table and a button to clear it.
    void showNumbers(const QString &description, const QStringList &e164Numbers);
    void clearShownNumbers();
    void showChanges(bool show);
    // File → Export: asks for a file (CSV or JSON by its name or the chosen type), then exportView().
    void exportWithDialog();
    void reload();

Q_SIGNALS:
    void selectionChanged();
    void loaded();
    void syncStarted();
    void syncFinished(bool ok);
    // The mirror's content changed: a sync was saved, or numberChanged() wrote a number.
    void mirrorChanged();
    // The sync failed: the API error, so the window can say offline / sign-in refused.
    void syncFailed(const nd::ApiError &error);
    void message(const QString &text, bool warning);

private:
    // Starts reading the rows of `filePath` (the constructor's preload); the openMirror() of the same file that
    // follows keeps that read instead of starting another.
    void preloadMirror(const QString &filePath);
    void showChangedNumber(const ActiveNumber &number); // in the table, when listed or wanted by the filter
    void startLoad(); // reload() without touching the widgets
    void buildUi();
    void applyFilters();
    void loadFinished(bool ok, const QString &error);
    void updateCounts();
    void updateTotals();
    void updateEmptyState();
    void updateSyncLabel();
    void refreshLastSync();
    void loadDiff();
    void stopSync();

    QHash<QString, ActiveNumber> m_changedDuringLoad; // NumberDesk's own changes while a table is read
    QString m_preloadedPath;
    QString m_path;
    std::unique_ptr<InventoryStore> m_store;
    std::optional<InventorySyncInfo> m_lastSync;
    QPointer<InventorySync> m_sync;
    int m_syncConcurrency = InventoryWalker::DefaultConcurrency;
    QPointer<NumbersClient> m_pendingSync; // sync() while the mirror loads: starts when it is shown
    bool m_offline = false;
    bool m_diffStale = true; // the Changes view does not show the last sync yet
    qint64 m_syncFetched = 0;
    qint64 m_syncExpected = -1;
    InventoryFilter m_appliedFilter;
    std::optional<QSet<QString>> m_only;
    QString m_onlyDescription;

    ActiveNumberModel *m_model = nullptr;
    ActiveNumberFilterProxy *m_proxy = nullptr;
    MirrorLoader *m_loader = nullptr;
    QTimer *m_findTimer = nullptr;
    QTimer *m_clock = nullptr;

    QComboBox *m_regionCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_capabilityCombo = nullptr;
    QComboBox *m_patternPositionCombo = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_releasingCombo = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_onlyBar = nullptr;
    QLabel *m_onlyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    ChangesView *m_changes = nullptr;
    QPushButton *m_changesButton = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace nd
