// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "requests.h"
#include "sessioncontroller.h"

#include <QMainWindow>
#include <QPointer>

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
class ActivityDialog;
class AuditLog;
class AvailableNumberModel;
class AvailableRentActions;
class CallbackConfigDialog;
class ErrorBanner;
class InsightPanel;
class NumbersClient;
class ProfileStore;
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
// The connection (profile, secret, embedded sandbox, client, activity log) is a SessionController's: given, or
// the window's own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using ConnectionState = SessionController::ConnectionState;

    struct Options
    {
        QString profileName;         // --profile NAME; empty = the store's current profile
        bool forceSandbox = false;   // --sandbox
        // For the window's own session only (see SessionController::Options).
        int sandboxActiveCount = 250;
        quint32 sandboxSeed = 1;
        QString auditLogPath;
        QString inventoryPath;
    };

    // With a session of its own, made from the stores and `options`.
    MainWindow(ProfileStore *profiles, SecretStore *secrets, const Options &options, QWidget *parent = nullptr);
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    // With a given session, which must outlive the window (only profileName and forceSandbox of `options` count).
    MainWindow(SessionController *session, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionController *session() const { return m_session; }
    // Switches to a saved profile: stops loading, reconnects and reloads everything.
    void activateProfile(const QString &name);
    QString currentProfileName() const { return m_session->profileName(); }
    bool isSandboxProfile() const { return m_session->isSandbox(); }
    ConnectionState connectionState() const { return m_session->state(); }

    NumbersClient *client() const { return m_session->client(); }
    sandbox::SandboxServer *sandboxServer() const { return m_session->sandboxServer(); }
    RegionModel *regionModel() const { return m_regionModel.get(); }
    RegionFilterProxy *regionProxy() const { return m_regionProxy.get(); }
    AvailableNumberModel *availableModel() const { return m_availableModel.get(); }
    ActivePanel *activePanel() const { return m_activePanel.get(); }
    ActiveNumberModel *activeModel() const;
    ActiveNumberFilterProxy *activeProxy() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    InsightPanel *insightPanel() const { return m_insight; }
    SearchPanel *searchPanel() const { return m_searchPanel.get(); }
    AuditLog *auditLog() const;
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
    void connectionStateChanged(nd::SessionController::ConnectionState state);
    // Numbers → Update Selected… / Release Selected…: kind is "update" or "release"; the numbers are the
    // Active tab's selection. Whoever runs bulk jobs connects to it.
    void bulkActionRequested(const QString &kind, const QStringList &e164Numbers);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(std::unique_ptr<SessionController> ownSession, SessionController *session, const Options &options,
               QWidget *parent);
    void setupSession();
    void setupModels();
    void setupActions();
    void setupStatusBar();
    void setupSearchForm();
    void setupActivePanel();
    void restoreSettings();
    void saveSettings() const;

    void reloadProfileList();
    void updateProfileIndicator();
    void setConnectionState(ConnectionState state, const QString &detail = {});
    void showConnectionState(ConnectionState state, const QString &detail);
    void reloadAll();

    void updateActiveRegionCombo();
    void search();
    void updateBusy();
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
    void reportAuditLog();
    ActionPipeline *actionPipeline();

    void numberRented(const ActiveNumber &number);
    void numberGone(const QString &e164);
    void requestFailed(const ApiError &error);

    QTableView *focusedNumberView() const;
    QList<ActiveNumber> selectedActiveNumbers() const;
    void copyActiveCell();
    std::optional<AvailableNumber> selectedAvailableNumber() const;
    AvailableRegion currentRegion() const;

    // First, so it is destroyed last: everything below may use the session's client.
    std::unique_ptr<SessionController> m_ownSession;
    SessionController *m_session;
    std::unique_ptr<Ui::MainWindow> m_ui;

    QAction *m_bulkUpdateAction = nullptr;
    QAction *m_bulkReleaseAction = nullptr;
    AvailableRentActions *m_availableRent = nullptr; // Rent Selected… / Rent Several Matching…

    ErrorBanner *m_banner = nullptr;
    InsightPanel *m_insight = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<CallbackConfigDialog> m_callbackDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ActivityDialog> m_activityDialog;
    bool m_restoring = false;

    // Last, so they are destroyed first (members go in reverse order) while everything above still exists: the
    // models cancel their calls through the session's client, and the search panel works on the models.
    std::unique_ptr<RegionModel> m_regionModel;
    std::unique_ptr<RegionFilterProxy> m_regionProxy;
    std::unique_ptr<AvailableNumberModel> m_availableModel;
    std::unique_ptr<ActivePanel> m_activePanel;
    std::unique_ptr<SearchPanel> m_searchPanel; // the region list and the Available tab
};

} // namespace nd
