// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "inventorystore.h"
#include "numbersclient.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcSession, "numberdesk.app.session", QtWarningMsg)

} // namespace

SessionController::SessionController(ProfileStore *profiles, SecretStore *secrets, const Options &options,
                                     QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_options(options)
    , m_client(new NumbersClient(this))
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        m_environment.insert(key, environment.value(key));
    }
    openAuditLog(options.auditLogPath);
    m_recorder = std::make_unique<ActivityRecorder>(m_auditLog.get(), ActivityRecorder::Identity());
    m_pipeline = std::make_unique<ActionPipeline>(m_client, m_recorder.get());

    connect(m_secrets, &SecretStore::waitingForKeychainPrompt, this, [this] {
        if (m_state == ConnectionState::Connecting) {
            setState(ConnectionState::Connecting,
                     tr("Waiting for the keychain: answer the password prompt of your desktop."));
        }
    });
}

SessionController::~SessionController() = default;

void SessionController::openAuditLog(const QString &chosenPath)
{
    const QString path =
        chosenPath.isEmpty() ? m_environment.value(QStringLiteral("NUMBERDESK_AUDIT_LOG")) : chosenPath;
    m_auditLog = std::make_unique<AuditLog>(path.isEmpty() ? AuditLog::defaultPath() : path);
    // Fail closed: when it cannot be opened every billable action is refused (its begin() fails).
    if (!m_auditLog->open()) {
        return;
    }
    for (const AuditRecord &r : m_auditLog->pendingRecords()) {
        m_interruptedIds.insert(r.id);
    }
}

ActionPipeline *SessionController::actionPipeline()
{
    m_recorder->setIdentity({AuditClient::App, m_profileName, m_client->connection().projectId});
    return m_pipeline.get();
}

SessionController::StartChoice SessionController::startupProfile(const QString &requested, bool forceSandbox) const
{
    QString name = forceSandbox ? Profile::sandboxProfileName() : requested;
    if (name.isEmpty()) {
        name = m_profiles->currentProfileName();
    }
    if (name.isEmpty() || !m_profiles->contains(name)) {
        return {Profile::sandboxProfileName(), name};
    }
    return {name, QString()};
}

QString SessionController::mirrorPathFor(const QString &name) const
{
    const Profile profile = m_profiles->contains(name) ? m_profiles->profile(name) : Profile::builtInSandbox();
    // The same file numberdesk-cli uses for this profile (and --sandbox for the built-in one, whose project is the
    // embedded sandbox's).
    const QString project = profile.isSandbox ? sandbox::SandboxOptions().projectId : profile.projectId;
    return InventoryStore::mirrorPath(m_options.inventoryPath, m_environment, profile.name, project);
}

void SessionController::activate(const QString &name)
{
    const Profile profile = m_profiles->contains(name) ? m_profiles->profile(name) : Profile::builtInSandbox();
    const quint64 generation = ++m_connectGeneration;
    Q_EMIT activating();

    m_profileName = profile.name;
    m_isSandbox = profile.isSandbox;
    m_syncConcurrency = profile.syncConcurrency;
    if (m_profiles->currentProfileName() != m_profileName) {
        m_profiles->setCurrentProfileName(m_profileName);
        if (const Result<void, Failure> saved = m_profiles->save(); !saved) {
            qCWarning(lcSession) << "could not save the current profile:" << saved.error().message;
        }
    }
    m_mirrorPath = mirrorPathFor(profile.name);
    Q_EMIT profileActivated();

    if (profile.isSandbox) {
        ConnectionSettings settings;
        if (ensureSandbox(&settings)) {
            useConnection(settings);
        }
        return;
    }

    setState(ConnectionState::Connecting, tr("Reading the key secret…"));
    m_secrets->readSecret(profile.name, this, [this, generation, profile](const Result<QString, SecretError> &secret) {
        if (generation != m_connectGeneration) {
            return; // another profile was chosen meanwhile
        }
        if (!secret) {
            setState(ConnectionState::Failed);
            Q_EMIT failed(tr("Profile “%1” has no usable key secret: %2\nOpen File → "
                             "Settings to enter it.")
                              .arg(profile.name, secret.error().message));
            return;
        }
        useConnection(profile.toConnection(secret.value()));
    });
}

bool SessionController::ensureSandbox(ConnectionSettings *settings)
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions options;
        options.seed = m_options.sandboxSeed;
        options.activeCount = m_options.sandboxActiveCount;
        if (const Result<void, Failure> started = m_sandbox->start(options); !started) {
            m_sandbox.reset();
            setState(ConnectionState::Failed);
            Q_EMIT failed(tr("The built-in sandbox could not start: %1").arg(started.error().message));
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

void SessionController::useConnection(const ConnectionSettings &settings)
{
    const ApiError problem = settings.validate();
    if (problem.isError()) {
        setState(ConnectionState::Failed);
        Q_EMIT failed(tr("Profile “%1” cannot be used: %2\nOpen File → Settings to fix it.")
                          .arg(m_profileName, problem.fullMessage()));
        return;
    }
    m_client->setConnection(settings);
    Q_EMIT connectionReady();
}

void SessionController::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace nd
