// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliconnection.h"

#include "inventorystore.h"
#include "numbersclient.h"
#include "privatefiles.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

namespace nd::cli {

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QByteArray methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        break;
    }
    return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
}

} // namespace

Result<QString, Failure> SecretReader::read(const SecretSource &source, const QString &option)
{
    switch (source.kind) {
    case SecretSource::Kind::None:
        return QString();
    case SecretSource::Kind::Argument:
        return source.value;
    case SecretSource::Kind::Stdin: {
        char line[4096];
        if (!std::fgets(line, sizeof line, stdin)) {
            return Failure{tr("--%1-stdin: nothing could be read from standard input").arg(option)};
        }
        const QString secret = QString::fromUtf8(line).trimmed();
        if (secret.isEmpty()) {
            return Failure{tr("--%1-stdin: the first line of standard input is empty").arg(option)};
        }
        return secret;
    }
    case SecretSource::Kind::File: {
        QFile file(source.value);
        if (!file.exists()) {
            return Failure{tr("--%1-file: %2 does not exist").arg(option, source.value)};
        }
#ifdef Q_OS_UNIX
        if (PrivateFiles::isReadableByOthers(source.value)) {
            return Failure{tr("--%1-file: %2 can be read by other users; make it private first (chmod 600 %2)")
                               .arg(option, source.value)};
        }
#endif
        if (!file.open(QIODevice::ReadOnly)) {
            return Failure{tr("--%1-file: %2 cannot be read: %3").arg(option, source.value, file.errorString())};
        }
        const QString secret = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (secret.isEmpty()) {
            return Failure{tr("--%1-file: the first line of %2 is empty").arg(option, source.value)};
        }
        return secret;
    }
    }
    return QString();
}

Result<QString, Failure> CliConnection::mirrorPath(const GlobalOptions &options,
                                                   const QHash<QString, QString> &environment)
{
    // --inventory-db or NUMBERDESK_INVENTORY_DB need neither a profile nor a project.
    if (const QString chosen = InventoryStore::mirrorPathOverride(options.inventoryPath, environment);
        !chosen.isEmpty()) {
        return chosen;
    }
    const auto sandboxMirror = [&environment] {
        return InventoryStore::mirrorPath(QString(), environment, Profile::sandboxProfileName(),
                                          sandbox::SandboxOptions().projectId);
    };
    if (options.sandbox.enabled) {
        return sandboxMirror();
    }
    if (!options.profileName.isEmpty()) {
        const QString file = environment.value(QStringLiteral("NUMBERDESK_PROFILES_FILE"));
        ProfileStore store(file.isEmpty() ? ProfileStore::defaultFilePath() : file);
        if (!store.load() || !store.contains(options.profileName)) {
            return Failure{tr("no saved profile named '%1'").arg(options.profileName)};
        }
        const Profile profile = store.profile(options.profileName);
        if (profile.isSandbox) {
            return sandboxMirror();
        }
        return InventoryStore::mirrorPath(QString(), environment, profile.name,
                                          options.projectId.value_or(profile.projectId));
    }
    const QString project = options.projectId.value_or(environment.value(QStringLiteral("SINCH_PROJECT_ID")));
    if (project.isEmpty()) {
        return Failure{tr("no project id: give --project, set SINCH_PROJECT_ID, or use --profile, --sandbox or "
                          "--inventory-db")};
    }
    return InventoryStore::mirrorPath(QString(), environment, QString(), project);
}

CliConnection::CliConnection(const GlobalOptions &options, const QHash<QString, QString> &environment, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_environment(environment)
    , m_useSandbox(options.sandbox.enabled)
{}

CliConnection::~CliConnection()
{
    delete m_client;
    m_client = nullptr;
    if (m_sandbox && m_sandbox->isRunning()) {
        m_sandbox->stop(); // writes --sandbox-state, if any
    }
}

std::optional<QString> CliConnection::env(const char *name) const
{
    const auto it = m_environment.constFind(QString::fromLatin1(name));
    if (it == m_environment.constEnd() || it->isEmpty()) {
        return std::nullopt;
    }
    return *it;
}

QString CliConnection::profileLabel() const
{
    return m_useSandbox ? QStringLiteral("Sandbox") : m_options.profileName;
}

void CliConnection::fail(ExitCode code, const QString &message)
{
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code, message);
    }
}

void CliConnection::open(Done done)
{
    m_done = std::move(done);
    if (m_useSandbox) {
        startSandbox();
    } else if (!m_options.profileName.isEmpty()) {
        useProfile();
    } else {
        useOptions();
    }
}

void CliConnection::startSandbox()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.seed = m_options.sandbox.seed;
    options.activeCount = m_options.sandbox.activeCount;
    options.statePath = m_options.sandbox.statePath;
    options.faults = m_options.sandbox.faults;
    options.latencyMinMs = m_options.sandbox.latencyMs;
    options.latencyMaxMs = m_options.sandbox.latencyMs;
    if (const Result<void, Failure> started = m_sandbox->start(options); !started) {
        fail(ExitCode::Failure, tr("the embedded sandbox could not start: %1").arg(started.error().message));
        return;
    }
    m_settings.numbersUrl = m_sandbox->baseUrl();
    m_settings.authUrl = m_sandbox->baseUrl();
    m_settings.projectId = m_sandbox->projectId();
    m_settings.keyId = m_sandbox->keyId();
    m_settings.keySecret = m_sandbox->keySecret();
    if (m_options.verbose) {
        Q_EMIT log(tr("Embedded sandbox at %1 (project %2)")
                       .arg(m_sandbox->baseUrl().toDisplayString(), m_sandbox->projectId()));
    }
    finishSetup();
}

void CliConnection::useProfile()
{
    // NUMBERDESK_PROFILES_FILE points at another profiles file (tests, portable set-ups).
    ProfileStore store(env("NUMBERDESK_PROFILES_FILE").value_or(ProfileStore::defaultFilePath()));
    if (const Result<void, Failure> loaded = store.load(); !loaded) {
        fail(ExitCode::Failure,
             tr("the saved profiles could not be read (%1): %2").arg(store.filePath(), loaded.error().message));
        return;
    }
    if (!store.contains(m_options.profileName)) {
        QStringList names;
        for (const Profile &p : store.profiles()) {
            names.append(p.name);
        }
        fail(ExitCode::Usage, tr("no saved profile named '%1' (saved profiles: %2)")
                                  .arg(m_options.profileName, names.join(QStringLiteral(", "))));
        return;
    }
    const Profile profile = store.profile(m_options.profileName);
    m_syncConcurrency = profile.syncConcurrency;
    if (profile.isSandbox) {
        m_useSandbox = true;
        startSandbox();
        return;
    }
    // A profile is explicit: the SINCH_* environment is not mixed into it (only options override it).
    m_settings = profile.toConnection(QString());
    if (m_options.keySecret.isSet()) {
        const Result<QString, Failure> secret = SecretReader::read(m_options.keySecret, QStringLiteral("key-secret"));
        if (!secret) {
            fail(ExitCode::Usage, secret.error().message);
            return;
        }
        m_settings.keySecret = secret.value();
        finishSetup();
        return;
    }
    auto *secrets = new SecretStore(this);
    secrets->readSecret(profile.name, this, [this](const Result<QString, SecretError> &secret) {
        if (!secret) {
            fail(ExitCode::Usage, tr("no key secret for profile '%1': %2 (give it with --key-secret-stdin or "
                                     "--key-secret-file FILE)")
                                      .arg(m_options.profileName, secret.error().message));
            return;
        }
        m_settings.keySecret = secret.value();
        finishSetup();
    });
}

void CliConnection::useOptions()
{
    if (const auto v = env("NUMBERDESK_NUMBERS_URL")) {
        m_settings.numbersUrl = QUrl(*v, QUrl::StrictMode);
    }
    if (const auto v = env("NUMBERDESK_AUTH_URL")) {
        m_settings.authUrl = QUrl(*v, QUrl::StrictMode);
    }
    m_settings.projectId = env("SINCH_PROJECT_ID").value_or(QString());
    m_settings.keyId = env("SINCH_KEY_ID").value_or(QString());
    m_settings.keySecret = env("SINCH_KEY_SECRET").value_or(QString());
    if (m_options.keySecret.isSet()) {
        const Result<QString, Failure> secret = SecretReader::read(m_options.keySecret, QStringLiteral("key-secret"));
        if (!secret) {
            fail(ExitCode::Usage, secret.error().message);
            return;
        }
        m_settings.keySecret = secret.value();
    }
    finishSetup();
}

void CliConnection::finishSetup()
{
    if (!m_useSandbox) {
        if (m_options.numbersUrl) {
            m_settings.numbersUrl = *m_options.numbersUrl;
        }
        if (m_options.authUrl) {
            m_settings.authUrl = *m_options.authUrl;
        }
        if (m_options.projectId) {
            m_settings.projectId = *m_options.projectId;
        }
        if (m_options.keyId) {
            m_settings.keyId = *m_options.keyId;
        }
        if (m_settings.projectId.isEmpty()) {
            fail(ExitCode::Usage,
                 tr("no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox"));
            return;
        }
        if (m_settings.keyId.isEmpty()) {
            fail(ExitCode::Usage,
                 tr("no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox"));
            return;
        }
        if (m_settings.keySecret.isEmpty()) {
            fail(ExitCode::Usage, tr("no access key secret: give --key-secret-stdin or --key-secret-file FILE, set "
                                     "SINCH_KEY_SECRET, or use --profile or --sandbox"));
            return;
        }
        if (!isHttpUrl(m_settings.numbersUrl)) {
            fail(ExitCode::Usage, tr("the Numbers API URL must be an http(s) URL (got '%1')")
                                      .arg(m_settings.numbersUrl.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
        if (!isHttpUrl(m_settings.authUrl)) {
            fail(ExitCode::Usage, tr("the auth URL must be an http(s) URL (got '%1')")
                                      .arg(m_settings.authUrl.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
        if (m_options.auth) {
            m_settings.authMethod = *m_options.auth;
        }
    }
    if (m_options.timeoutMs) {
        m_settings.transferTimeoutMs = *m_options.timeoutMs;
    }
    m_settings.caBundlePath = m_options.caBundle;
    const ApiError invalid = m_settings.validate();
    if (invalid.isError()) {
        fail(ExitCode::Usage, invalid.userMessage.isEmpty() ? invalid.fullMessage() : invalid.userMessage);
        return;
    }

    m_client = new NumbersClient(this);
    m_client->setConnection(m_settings);
    RetryPolicy retry = m_client->retryPolicy();
    retry.maxAttempts = m_options.readAttempts;
    m_client->setRetryPolicy(retry);
    if (m_options.verbose) {
        connect(m_client, &NumbersClient::retryScheduled, this,
                [this](const QByteArray &method, const QByteArray &path, int attempt, qint64 delayMs,
                       const ApiError &error) {
                    Q_EMIT log(QStringLiteral("> retry %1 %2: attempt %3 in %4 ms (%5)")
                                   .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                                   .arg(attempt)
                                   .arg(delayMs)
                                   .arg(error.kind == ApiError::Kind::Http
                                            ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                            : error.userMessage));
                });
        connect(m_client, &NumbersClient::networkReplyFinished, this, [this](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString line =
                QStringLiteral("> %1 %2 -> ")
                    .arg(QString::fromLatin1(methodOf(reply)), reply->url().toDisplayString(QUrl::RemoveUserInfo));
            if (status > 0) {
                line += QString::number(status);
            } else if (reply->error() == QNetworkReply::ContentReSendError) {
                line += QStringLiteral("error: connection closed after sending (not sent again)");
            } else {
                line += QStringLiteral("error: ") + reply->errorString();
            }
            Q_EMIT log(line);
        });
    }
    auto done = std::move(m_done);
    m_done = nullptr;
    done(ExitCode::Success, QString());
}

} // namespace nd::cli
