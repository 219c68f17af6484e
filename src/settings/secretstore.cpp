// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "keychainprompt.h"
#include "settingslog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace nd {

namespace {

// Starts the detail of a keychain failure when the user dismissed the desktop's prompt.
const QLatin1String kPromptCancelled("keychain prompt cancelled");

const QLatin1String kSecretsKey("secrets");
const QLatin1String kVersionKey("version");

// Profile names never start with a space (ProfileStore::validateName), so the probe cannot hit a real entry.
const QLatin1String kProbeKey(" numberdesk keychain probe");

constexpr QFileDevice::Permissions kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

SecretError makeError(SecretError::Kind kind, const QString &message, const QString &detail = {})
{
    SecretError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_fallbackPath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                     QLatin1String("/numberdesk/secrets.json"))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::defaultKeychainService()
{
    return QStringLiteral("numberdesk");
}

void SecretStore::setKeychainService(const QString &service)
{
    m_keychainService = service;
}

QString SecretStore::keychainService() const
{
    return m_keychainService;
}

void SecretStore::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

int SecretStore::timeoutMs() const
{
    return m_timeoutMs;
}

void SecretStore::setFallbackFilePath(const QString &path)
{
    m_fallbackPath = path;
}

QString SecretStore::fallbackFilePath() const
{
    return m_fallbackPath;
}

void SecretStore::setKeychainStartDelayForTesting(int ms)
{
    m_startDelayForTesting = qMax(0, ms);
}

bool SecretStore::isKeychainUnavailable(const SecretError &error)
{
    return error.kind == SecretError::Kind::KeychainUnavailable;
}

bool SecretStore::isSecretMissing(const SecretError &error)
{
    return error.kind == SecretError::Kind::SecretMissing;
}

bool SecretStore::isUserFileError(const SecretError &error)
{
    return error.kind == SecretError::Kind::UserFile;
}

void SecretStore::setSessionSecret(const QString &profileName, const QString &secret)
{
    m_session.insert(profileName, secret);
}

bool SecretStore::hasSessionSecret(const QString &profileName) const
{
    return m_session.contains(profileName);
}

void SecretStore::clearSessionSecret(const QString &profileName)
{
    m_session.remove(profileName);
}

bool SecretStore::usesUserFile(const QString &profileName) const
{
    const Result<QHash<QString, QString>, SecretError> secrets = readUserFile();
    return secrets.ok() && secrets.value().contains(profileName);
}

SecretStore::Deliverer SecretStore::deliverTo(QObject *context)
{
    // The guard is taken now, while the context is certainly alive. Delivery is queued through the context: Qt
    // drops the call if the context dies first, and the guard covers a context destroyed in between. Without a
    // context the store itself is the receiver.
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    return [this, guard, hasContext](std::function<void()> fn) {
        if (hasContext && !guard) {
            return;
        }
        QObject *receiver = hasContext ? guard.data() : static_cast<QObject *>(this);
        QMetaObject::invokeMethod(
            receiver,
            [guard, hasContext, fn = std::move(fn)]() {
                if (hasContext && !guard) {
                    return;
                }
                fn();
            },
            Qt::QueuedConnection);
    };
}

// ---- keychain ----

void SecretStore::runKeychainJob(KeychainOp op, const QString &key, const QString &data,
                                 std::function<void(const KeychainOutcome &)> done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case KeychainOp::Read:
        job = new QKeychain::ReadPasswordJob(m_keychainService);
        break;
    case KeychainOp::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_keychainService);
        write->setTextData(data);
        job = write;
        break;
    }
    case KeychainOp::Delete:
        job = new QKeychain::DeletePasswordJob(m_keychainService);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plaintext QSettings file on its own: the user decides (UserFile).
    job->setInsecureFallback(false);

    // The job may never answer (a keyring waiting on an unlock prompt). The timer reports the timeout; the flag
    // makes sure whichever of the two comes second is ignored. A job that answers late still deletes itself.
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;

    connect(job, &QKeychain::Job::finished, this, [this, finished, timer, op, done](QKeychain::Job *j) {
        if (*finished) {
            qCDebug(lcSettings) << "keychain job answered after its timeout; result dropped";
            Q_EMIT lateKeychainResultIgnored();
            return;
        }
        *finished = true;
        timer->stop();
        timer->deleteLater();

        KeychainOutcome outcome;
        const QKeychain::Error err = j->error();
        outcome.errorCode = static_cast<int>(err);
        outcome.errorString = j->errorString();
        if (err == QKeychain::NoError) {
            outcome.status = KeychainOutcome::Status::Ok;
            if (op == KeychainOp::Read) {
                outcome.text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            }
        } else if (err == QKeychain::EntryNotFound) {
            outcome.status = KeychainOutcome::Status::NotFound;
        } else {
            outcome.status = KeychainOutcome::Status::Failed;
            qCWarning(lcSettings) << "keychain job failed with error" << outcome.errorCode << outcome.errorString;
        }
        done(outcome);
    });
    auto announced = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, this, [this, finished, timer, timeoutMs, done, announced]() {
        if (*finished) {
            return;
        }
        // The desktop is asking the user something (a new keyring's password, an unlock): wait for them.
        if (m_promptProbe ? m_promptProbe() : isKeychainPromptOpen()) {
            if (!*announced) {
                *announced = true;
                qCInfo(lcSettings) << "keychain prompt open; waiting for the user";
                Q_EMIT waitingForKeychainPrompt();
            }
            timer->start(timeoutMs);
            return;
        }
        *finished = true;
        timer->deleteLater();
        qCWarning(lcSettings) << "keychain did not answer within" << timeoutMs << "ms";
        KeychainOutcome outcome;
        outcome.status = KeychainOutcome::Status::TimedOut;
        done(outcome);
    });

    timer->start(timeoutMs);
    if (m_startDelayForTesting > 0) {
        QTimer::singleShot(m_startDelayForTesting, job, &QKeychain::Job::start);
    } else {
        job->start();
    }
}

SecretError SecretStore::keychainError(const KeychainOutcome &outcome) const
{
    if (outcome.status == KeychainOutcome::Status::TimedOut) {
        const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
        SecretError error = makeError(
            SecretError::Kind::KeychainUnavailable,
            tr("The system keychain is not available: it did not answer within %n s.", nullptr, seconds),
            QStringLiteral("keychain timeout after %1 ms").arg(m_timeoutMs));
        error.timedOut = true;
        return error;
    }
    return keychainFailure(outcome.errorCode, outcome.errorString);
}

SecretError SecretStore::keychainFailure(int code, const QString &errorString)
{
    // QtKeychain reports a dismissed prompt as AccessDeniedByUser, or (libsecret) as an error whose message
    // says it was cancelled or dismissed.
    const bool cancelled = code == int(QKeychain::AccessDeniedByUser)
        || errorString.contains(QLatin1String("cancel"), Qt::CaseInsensitive)
        || errorString.contains(QLatin1String("dismiss"), Qt::CaseInsensitive);
    if (cancelled) {
        SecretError error =
            makeError(SecretError::Kind::KeychainUnavailable,
                      tr("The system keychain was not used: its password prompt was cancelled."),
                      QStringLiteral("%1 (QtKeychain error %2: %3)").arg(kPromptCancelled).arg(code).arg(errorString));
        error.promptCancelled = true;
        return error;
    }
    const QString why = errorString.isEmpty() ? tr("unknown error") : errorString;
    return makeError(SecretError::Kind::KeychainUnavailable, tr("The system keychain is not available: %1").arg(why),
                     QStringLiteral("QtKeychain error %1: %2").arg(code).arg(errorString));
}

bool SecretStore::isPromptCancelled(const SecretError &error)
{
    return isKeychainUnavailable(error) && error.promptCancelled;
}

void SecretStore::setPromptProbeForTesting(std::function<bool()> probe)
{
    m_promptProbe = std::move(probe);
}

// ---- user file ----

Result<QHash<QString, QString>, SecretError> SecretStore::readUserFile() const
{
    QHash<QString, QString> secrets;
    QFile file(m_fallbackPath);
    if (!file.exists()) {
        return secrets;
    }
    const QFileDevice::Permissions perms = file.permissions();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (perms & others) {
        qCWarning(lcSettings) << "secret file" << m_fallbackPath << "was readable by others; restricting it";
        file.setPermissions(kUserOnly);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            SecretError::Kind::UserFile,
            tr("Cannot read the secret file %1: %2").arg(QDir::toNativeSeparators(m_fallbackPath), file.errorString()));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(kSecretsKey).isObject()) {
        // No detail from the parser: it could quote part of a secret.
        return makeError(SecretError::Kind::UserFile,
                         tr("The secret file %1 is damaged. Fix or remove it, then enter the key secret again.")
                             .arg(QDir::toNativeSeparators(m_fallbackPath)));
    }
    const QJsonObject map = doc.object().value(kSecretsKey).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString()) {
            secrets.insert(it.key(), it.value().toString());
        }
    }
    return secrets;
}

Result<void, SecretError> SecretStore::writeUserFile(const QHash<QString, QString> &secrets) const
{
    auto fail = [this](const QString &why) {
        qCWarning(lcSettings) << "cannot write secret file" << m_fallbackPath << why;
        return makeError(SecretError::Kind::UserFile,
                         tr("Cannot save the secret file %1: %2").arg(QDir::toNativeSeparators(m_fallbackPath), why));
    };
    const QFileInfo info(m_fallbackPath);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("cannot create the folder"));
    }
    QJsonObject map;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        map.insert(it.key(), it.value());
    }
    QJsonObject root;
    root.insert(kVersionKey, 1);
    root.insert(kSecretsKey, map);

    QSaveFile file(m_fallbackPath);
    // Unbuffered so a short write is reported instead of committing a truncated file (see ProfileStore::save).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail(file.errorString());
    }
    // Restrict the temporary file before a single secret byte goes into it; the rename keeps the mode.
    if (!file.setPermissions(kUserOnly)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    return {};
}

Result<void, SecretError> SecretStore::removeFromUserFile(const QString &profileName) const
{
    Result<QHash<QString, QString>, SecretError> secrets = readUserFile();
    if (!secrets) {
        return secrets.error();
    }
    if (secrets.value().remove(profileName) == 0) {
        return {};
    }
    return writeUserFile(secrets.value());
}

// ---- operations ----

void SecretStore::readWithBackend(const QString &profileName, BackendCallback done)
{
    if (m_session.contains(profileName)) {
        const QString secret = m_session.value(profileName);
        // Keep it asynchronous like every other path.
        QMetaObject::invokeMethod(
            this, [done, secret]() { done(secret, Backend::SessionOnly); }, Qt::QueuedConnection);
        return;
    }
    runKeychainJob(KeychainOp::Read, profileName, {}, [this, profileName, done](const KeychainOutcome &outcome) {
        if (outcome.status == KeychainOutcome::Status::Ok) {
            done(outcome.text, Backend::Keychain);
            return;
        }
        const Result<QHash<QString, QString>, SecretError> file = readUserFile();
        if (file.ok() && file.value().contains(profileName)) {
            done(file.value().value(profileName), Backend::UserFile);
            return;
        }
        if (outcome.status != KeychainOutcome::Status::NotFound) {
            done(keychainError(outcome), Backend::Keychain);
        } else if (!file.ok()) {
            done(file.error(), Backend::UserFile);
        } else {
            done(makeError(SecretError::Kind::SecretMissing,
                           tr("No key secret is stored for the profile \"%1\".").arg(profileName)),
                 Backend::Keychain);
        }
    });
}

void SecretStore::readSecret(const QString &profileName, QObject *context, Callback callback)
{
    readWithBackend(profileName, [deliver = deliverTo(context), callback](const Result<QString, SecretError> &result,
                                                                          Backend) {
        deliver([callback, result]() { callback(result); });
    });
}

void SecretStore::writeSecret(const QString &profileName, const QString &secret, Backend backend, QObject *context,
                              DoneCallback callback)
{
    auto reply = [deliver = deliverTo(context), callback](const Result<void, SecretError> &result) {
        deliver([callback, result]() { callback(result); });
    };

    switch (backend) {
    case Backend::SessionOnly:
        m_session.insert(profileName, secret);
        reply({});
        return;
    case Backend::UserFile: {
        Result<QHash<QString, QString>, SecretError> secrets = readUserFile();
        if (!secrets) {
            // Never overwrite a file we could not read: it may hold other profiles' secrets.
            reply(secrets.error());
            return;
        }
        secrets.value().insert(profileName, secret);
        if (const Result<void, SecretError> written = writeUserFile(secrets.value()); !written) {
            reply(written);
            return;
        }
        // A session secret would shadow the new one. A stale keychain entry could too, once the keychain
        // works again; removing it would mean waiting on the keychain here, so that is left to deleteSecret().
        m_session.remove(profileName);
        qCInfo(lcSettings) << "secret for profile" << profileName << "stored in the user file";
        reply({});
        return;
    }
    case Backend::Keychain:
        break;
    }

    runKeychainJob(KeychainOp::Write, profileName, secret, [this, profileName, reply](const KeychainOutcome &outcome) {
        if (outcome.status != KeychainOutcome::Status::Ok) {
            reply(keychainError(outcome));
            return;
        }
        m_session.remove(profileName);
        // Now that the keychain holds it, do not leave a plaintext copy behind.
        removeFromUserFile(profileName);
        qCDebug(lcSettings) << "secret for profile" << profileName << "stored in the keychain";
        reply({});
    });
}

void SecretStore::deleteSecret(const QString &profileName, QObject *context, DoneCallback callback)
{
    m_session.remove(profileName);
    const Result<void, SecretError> fromFile = removeFromUserFile(profileName);
    runKeychainJob(KeychainOp::Delete, profileName, {},
                   [this, deliver = deliverTo(context), callback, fromFile](const KeychainOutcome &outcome) {
                       Result<void, SecretError> result = fromFile;
                       if (result.ok() && outcome.status != KeychainOutcome::Status::Ok &&
                           outcome.status != KeychainOutcome::Status::NotFound) {
                           result = keychainError(outcome);
                       }
                       deliver([callback, result]() { callback(result); });
                   });
}

void SecretStore::renameSecret(const QString &oldName, const QString &newName, QObject *context, DoneCallback callback)
{
    auto reply = [deliver = deliverTo(context), callback](const Result<void, SecretError> &result) {
        deliver([callback, result]() { callback(result); });
    };
    readWithBackend(oldName, [this, oldName, newName, reply](const Result<QString, SecretError> &result,
                                                             Backend backend) {
        if (!result.ok()) {
            reply(isSecretMissing(result.error()) ? Result<void, SecretError>() : result.error());
            return;
        }
        // Written with no context of its own: the chain ends in `reply`, which carries the caller's context.
        writeSecret(newName, result.value(), backend, this,
                    [this, oldName, reply](const Result<void, SecretError> &written) {
                        if (!written) {
                            reply(written);
                            return;
                        }
                        deleteSecret(oldName, this, reply);
                    });
    });
}

void SecretStore::probeKeychain(QObject *context, std::function<void(bool, const QString &)> callback)
{
    auto reply = [deliver = deliverTo(context), callback](bool available, const QString &why) {
        deliver([callback, available, why]() { callback(available, why); });
    };
    const QString value = QString::number(QRandomGenerator::system()->generate64(), 16);
    runKeychainJob(KeychainOp::Write, kProbeKey, value, [this, value, reply](const KeychainOutcome &written) {
        if (written.status != KeychainOutcome::Status::Ok) {
            reply(false, keychainError(written).message);
            return;
        }
        runKeychainJob(KeychainOp::Read, kProbeKey, {}, [this, value, reply](const KeychainOutcome &read) {
            if (read.status != KeychainOutcome::Status::Ok || read.text != value) {
                const QString why = read.status == KeychainOutcome::Status::Ok
                                        ? tr("The system keychain returned a different value than was stored.")
                                        : keychainError(read).message;
                reply(false, why);
                return;
            }
            runKeychainJob(KeychainOp::Delete, kProbeKey, {}, [this, reply](const KeychainOutcome &deleted) {
                if (deleted.status != KeychainOutcome::Status::Ok) {
                    reply(false, keychainError(deleted).message);
                    return;
                }
                reply(true, QString());
            });
        });
    });
}

} // namespace nd
