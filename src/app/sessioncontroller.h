// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "inventorywalker.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace nd {

class ActionPipeline;
class ActivityRecorder;
class AuditLog;
class NumbersClient;
class ProfileStore;
class SecretStore;

namespace sandbox {
class SandboxServer;
}

// The app's connection, apart from any window: which profile is in use, its key secret, the embedded sandbox
// behind the built-in profile, the NumbersClient, the connection state, the profile's inventory mirror file, and
// the activity log every billable action is recorded in (with the profile and project of the moment).
//
// activate() switches profiles: activating() (whatever belongs to the old profile stops), profileActivated() (the
// new profile is current; its mirror can be shown), then either connectionReady() (the client has the settings)
// or failed() with a translated message (the state is Failed). A profile chosen while the previous one was still
// reading its secret wins: the late answer is dropped.
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    struct Options
    {
        int sandboxActiveCount = 250; // active numbers seeded into the embedded sandbox
        quint32 sandboxSeed = 1;
        // The activity log file; empty = $NUMBERDESK_AUDIT_LOG, else AuditLog::defaultPath().
        QString auditLogPath;
        // The inventory mirror file for every profile; empty = InventoryStore::mirrorPath's choice
        // ($NUMBERDESK_INVENTORY_DB, else the profile's and project's file, the one numberdesk-cli uses).
        QString inventoryPath;
    };

    // The stores are not owned and must outlive the controller.
    SessionController(ProfileStore *profiles, SecretStore *secrets, const Options &options, QObject *parent = nullptr);
    ~SessionController() override;

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    NumbersClient *client() const { return m_client; }
    // While the built-in profile is or was in use: the embedded sandbox (it keeps running), else nullptr.
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }

    // The activity log; when it could not be opened, isOpen() is false and every billable action is refused.
    AuditLog *auditLog() const { return m_auditLog.get(); }
    // Records left pending by a crash or a kill before this start: their outcome must be checked.
    const QSet<qint64> &interruptedIds() const { return m_interruptedIds; }
    // The pipeline every billable or destructive action goes through, recording for the current profile/project.
    ActionPipeline *actionPipeline();

    // The profile to start with: the built-in one when forced, else `requested`, else the store's current one.
    // A name the store does not know gives the built-in profile, and `unknownName` says which name that was.
    struct StartChoice
    {
        QString name;
        QString unknownName;
    };
    StartChoice startupProfile(const QString &requested, bool forceSandbox) const;

    // Switches to a saved profile (the built-in one for an unknown name) and connects.
    void activate(const QString &name);
    QString profileName() const { return m_profileName; }
    // The current profile's pages in flight for a sync of its mirror (Profile::syncConcurrency).
    int syncConcurrency() const { return m_syncConcurrency; }
    bool isSandbox() const { return m_isSandbox; }
    // The inventory mirror of the current profile.
    QString mirrorPath() const { return m_mirrorPath; }
    // The inventory mirror of a profile (the built-in one for an unknown name), before it is activated: the
    // window starts reading it while it builds itself.
    QString mirrorPathFor(const QString &name) const;

    ConnectionState state() const { return m_state; }
    // `detail`: what a Connecting or Failed state waits for or failed on (shown in the status bar), or empty.
    void setState(ConnectionState state, const QString &detail = {});

Q_SIGNALS:
    void activating();
    void profileActivated();
    void connectionReady();
    void failed(const QString &message);
    void stateChanged(nd::SessionController::ConnectionState state, const QString &detail);

private:
    void openAuditLog(const QString &chosenPath);
    bool ensureSandbox(ConnectionSettings *settings);
    void useConnection(const ConnectionSettings &settings);

    ProfileStore *m_profiles;
    int m_syncConcurrency = InventoryWalker::DefaultConcurrency;
    SecretStore *m_secrets;
    Options m_options;
    QHash<QString, QString> m_environment;
    NumbersClient *m_client;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ActionPipeline> m_pipeline; // after the recorder it writes with: destroyed before it
    QSet<qint64> m_interruptedIds;

    QString m_profileName;
    bool m_isSandbox = false;
    QString m_mirrorPath;
    ConnectionState m_state = ConnectionState::Disconnected;
    quint64 m_connectGeneration = 0;
};

} // namespace nd
