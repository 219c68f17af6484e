// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "connectionsettings.h"
#include "models.h"
#include "requests.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace nd {

class ActiveNumberFilterProxy;
class ActiveNumberModel;
class ActivePanel;
class ActionPipeline;
class ActivityRecorder;
class ActivityDialog;
class AuditLog;
class AvailableNumberModel;
class AvailableRentActions;
class CallbackConfigDialog;
class ErrorBanner;
class InsightPanel;
class NumbersClient;
class ProfileStore;
struct Profile;
class RegionFilterProxy;
class RegionModel;
class SecretStore;
class SettingsDialog;

namespace sandbox {
class SandboxServer;
}
class SearchPanel;

// The main window: regions on the left, "Available numbers" (search + results) and "Active numbers"
// (ActivePanel: the inventory mirror, synced in the background) on the right, the active profile with a SANDBOX
// indicator, the connection state and counts in the status bar. Errors appear in an inline banner.
// Billable and destructive actions open the dialogs, which confirm before calling the API.
// Owns the NumbersClient and, while the built-in Sandbox profile is used, an in-process SandboxServer.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    struct Options
    {
        QString profileName;         // --profile NAME; empty = the store's current profile
        bool forceSandbox = false;   // --sandbox
        int sandboxActiveCount = 250; // active numbers seeded into the embedded sandbox
        quint32 sandboxSeed = 1;
        // The activity log file; empty = $NUMBERDESK_AUDIT_LOG, else AuditLog::defaultPath().
        QString auditLogPath;
        // The inventory mirror file for every profile; empty = $NUMBERDESK_INVENTORY_DB, else
        // InventoryStore::defaultPath() of the profile and project (as numberdesk-cli chooses it).
        QString inventoryPath;
    };

    MainWindow(ProfileStore *profiles, SecretStore *secrets, const Options &options, QWidget *parent = nullptr);
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to a saved profile: stops loading, reconnects and reloads everything.
    void activateProfile(const QString &name);
    QString currentProfileName() const { return m_profileName; }
    bool isSandboxProfile() const { return m_isSandbox; }
    ConnectionState connectionState() const { return m_state; }

    NumbersClient *client() const { return m_client; }
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }
    RegionModel *regionModel() const { return m_regionModel; }
    RegionFilterProxy *regionProxy() const { return m_regionProxy; }
    AvailableNumberModel *availableModel() const { return m_availableModel; }
    ActivePanel *activePanel() const { return m_activePanel; }
    ActiveNumberModel *activeModel() const;
    ActiveNumberFilterProxy *activeProxy() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    InsightPanel *insightPanel() const { return m_insight; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    AuditLog *auditLog() const { return m_auditLog.get(); }
    // Opens (or raises) View → Activity.
    ActivityDialog *showActivity();
    QLabel *profileIndicator() const { return m_profileLabel; }

    // Selects a region in the region list (which starts a search). Returns false when it is not listed.
    bool selectRegion(const QString &regionCode);

    // The numbers selected in the Active numbers table (E.164, in the table's order).
    QStringList selectedNumbers() const;

public Q_SLOTS:
    // Shows the Active numbers tab filtered to exactly these numbers, with `description` above the table and
    // a "Show all" button that clears it (for bulk jobs and the Insight tab).
    void showNumbers(const QString &description, const QStringList &e164Numbers);

Q_SIGNALS:
    void connectionStateChanged(nd::MainWindow::ConnectionState state);
    // Numbers → Update Selected… / Release Selected…: kind is "update" or "release"; the numbers are the
    // Active tab's selection. Whoever runs bulk jobs connects to it.
    void bulkActionRequested(const QString &kind, const QStringList &e164Numbers);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupModels();
    void setupActions();
    void setupStatusBar();
    void setupSearchForm();
    void setupActivePanel();
    void restoreSettings();
    void saveSettings() const;

    void reloadProfileList();
    void updateProfileIndicator();
    bool ensureSandbox(ConnectionSettings *settings);
    void useConnection(const ConnectionSettings &settings);
    void setConnectionState(ConnectionState state, const QString &detail = {});
    void reloadAll();

    void updateActiveRegionCombo();
    void search();
    void updateBusy();
    QString mirrorPathFor(const Profile &profile) const;
    void activeSyncFailed(const ApiError &error);
    void updateActions();
    void cancelAll();

    void activateSelected();
    void rentAny();
    void showDetails();
    void releaseSelected();
    void copySelected();
    void showCallbackConfig();
    void showSettings();
    void showAbout();
    void openAuditLog();
    // The pipeline every billable or destructive action goes through, recording for the current profile/project.
    ActionPipeline *actionPipeline();

    void numberRented(const ActiveNumber &number);
    void numberGone(const QString &e164);
    void requestFailed(const ApiError &error);

    QTableView *focusedNumberView() const;
    QList<ActiveNumber> selectedActiveNumbers() const;
    void copyActiveCell();
    std::optional<AvailableNumber> selectedAvailableNumber() const;
    AvailableRegion currentRegion() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    Options m_options;
    NumbersClient *m_client = nullptr;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;

    RegionModel *m_regionModel = nullptr;
    RegionFilterProxy *m_regionProxy = nullptr;
    AvailableNumberModel *m_availableModel = nullptr;
    ActivePanel *m_activePanel = nullptr;
    QAction *m_bulkUpdateAction = nullptr;
    QAction *m_bulkReleaseAction = nullptr;
    AvailableRentActions *m_availableRent = nullptr; // Rent Selected… / Rent Several Matching…

    ErrorBanner *m_banner = nullptr;
    InsightPanel *m_insight = nullptr;
    SearchPanel *m_searchPanel = nullptr; // the region list and the Available tab
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<CallbackConfigDialog> m_callbackDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ActivityDialog> m_activityDialog;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ActionPipeline> m_pipeline; // after the recorder it writes with: destroyed before it
    QSet<qint64> m_interruptedIds; // records still pending when the app started

    QString m_profileName;
    bool m_isSandbox = false;
    ConnectionState m_state = ConnectionState::Disconnected;
    quint64 m_connectGeneration = 0;
    bool m_restoring = false;
};

} // namespace nd
