// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace nd {

// Why a key secret could not be read, written or deleted. Its own type, not ApiError: a keychain that does not
// answer is not an API timeout, and nothing here came from the server.
struct SecretError
{
    enum class Kind {
        KeychainUnavailable, // the keychain failed or did not answer (see timedOut and promptCancelled)
        SecretMissing,       // no secret is stored for the profile
        UserFile,            // the user file cannot be read or written
    };

    Kind kind = Kind::KeychainUnavailable;
    bool timedOut = false;        // KeychainUnavailable: no answer within the timeout
    bool promptCancelled = false; // KeychainUnavailable: the user dismissed the desktop's password prompt
    QString message;              // translated, for users
    QString detail;               // for logs only; never a secret
};

// Key secrets per profile name, in the OS keychain through QtKeychain (service "numberdesk" unless set otherwise:
// tests use a service of their own so they can never touch a user's real entries).
// Every keychain job has a timeout (default 5 s), extended while the desktop shows a keychain prompt (see
// waitingForKeychainPrompt()); any keychain error counts as "keychain unavailable"
// (QtKeychain reports error 7, not 5, when there is no session bus). When unavailable, the caller
// chooses explicitly: keep the secret only for this run (setSessionSecret) or store it in a file readable
// only by the user (Backend::UserFile, with a visible warning: see usesUserFile()). Never silent plaintext.
//
// Callbacks: always called asynchronously (never from inside the call that started the operation), exactly
// once, in the thread of `context`, and never after `context` is destroyed (then the result is dropped).
// A null context means "as long as the store lives". Destroying the store drops pending callbacks.
// Errors (SecretError, translated message, detail for logs only):
//   - keychain failure or timeout: isKeychainUnavailable() (timedOut when it did not answer);
//   - no secret for the profile: isSecretMissing();
//   - the user file cannot be read or written: isUserFileError().
// Main thread only. Secrets are never logged.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Keychain, SessionOnly, UserFile };
    using Callback = std::function<void(const Result<QString, SecretError> &)>;
    using DoneCallback = std::function<void(const Result<void, SecretError> &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain service the entries are stored under: defaultKeychainService() ("numberdesk", shared by the
    // app and numberdesk-cli) unless set. Set it before the first operation.
    static QString defaultKeychainService();
    void setKeychainService(const QString &service);
    QString keychainService() const;

    void setTimeoutMs(int ms);
    int timeoutMs() const;
    // Path of the user-only fallback file (mode 0600), default <GenericConfigLocation>/numberdesk/secrets.json
    // (generic, not per application, so the app and numberdesk-cli share it like profiles.json).
    void setFallbackFilePath(const QString &path);
    QString fallbackFilePath() const;

    // Reads in this order: session secrets, keychain, user file. A missing secret is an error with a
    // translated message saying which profile has none.
    void readSecret(const QString &profileName, QObject *context, Callback callback);
    // Writes to the given backend. Keychain failures report a translated "keychain unavailable" error so the
    // UI can offer SessionOnly / UserFile.
    void writeSecret(const QString &profileName, const QString &secret, Backend backend, QObject *context,
                     DoneCallback callback);
    void deleteSecret(const QString &profileName, QObject *context, DoneCallback callback);

    // Probes the keychain (write+read+delete of a test entry) with the timeout.
    void probeKeychain(QObject *context, std::function<void(bool available, const QString &why)> callback);

    // Moves the secret of a renamed profile: read (any backend), write under the new name in the same
    // backend, delete the old name. A profile without a secret is not an error.
    void renameSecret(const QString &oldName, const QString &newName, QObject *context, DoneCallback callback);

    void setSessionSecret(const QString &profileName, const QString &secret);
    bool hasSessionSecret(const QString &profileName) const;
    void clearSessionSecret(const QString &profileName);

    // True when the profile's secret sits in the user file: the UI shows a warning for such profiles.
    bool usesUserFile(const QString &profileName) const;

    static bool isKeychainUnavailable(const SecretError &error);
    static bool isSecretMissing(const SecretError &error);
    static bool isUserFileError(const SecretError &error);

    // Test hook: delays the start of every keychain job (not its timeout) by `ms`, so tests can make a job
    // answer after its timeout deterministically.
    void setKeychainStartDelayForTesting(int ms);
    // Test hook: replaces isKeychainPromptOpen() (keychainprompt.h), asked when a job reaches its timeout.
    void setPromptProbeForTesting(std::function<bool()> probe);

    // The error for a keychain job that failed with QtKeychain's `code` and `errorString` (a cancelled
    // desktop prompt gets a message of its own). Public for tests.
    static SecretError keychainFailure(int code, const QString &errorString);
    // The user cancelled the desktop's keychain prompt (also isKeychainUnavailable()).
    static bool isPromptCancelled(const SecretError &error);

Q_SIGNALS:
    // A keychain job answered after its timeout had already been reported; its result was dropped.
    void lateKeychainResultIgnored();
    // A keychain job reached its timeout while the desktop showed a keychain prompt: it waits for the user
    // (the timeout is for a keychain that never answers, not for someone typing a password).
    void waitingForKeychainPrompt();

private:
    enum class KeychainOp { Read, Write, Delete };
    struct KeychainOutcome
    {
        enum class Status { Ok, NotFound, Failed, TimedOut };
        Status status = Status::Failed;
        QString text;        // secret read, for Read
        QString errorString; // QtKeychain's message
        int errorCode = 0;
    };
    using BackendCallback = std::function<void(const Result<QString, SecretError> &, Backend)>;

    void runKeychainJob(KeychainOp op, const QString &key, const QString &data,
                        std::function<void(const KeychainOutcome &)> done);
    void readWithBackend(const QString &profileName, BackendCallback done);
    SecretError keychainError(const KeychainOutcome &outcome) const;
    // Returns a function that queues a call to `context` (or to the store when null) and drops it once the
    // context is gone. Take it when the operation starts, not when it ends.
    using Deliverer = std::function<void(std::function<void()>)>;
    Deliverer deliverTo(QObject *context);

    // User file: {"version": 1, "secrets": {"<profile>": "<secret>"}}
    Result<QHash<QString, QString>, SecretError> readUserFile() const;
    Result<void, SecretError> writeUserFile(const QHash<QString, QString> &secrets) const;
    // Drops the profile's entry from the user file, if it has one (a file that cannot be read is left alone).
    Result<void, SecretError> removeFromUserFile(const QString &profileName) const;

    int m_timeoutMs = 5000;
    int m_startDelayForTesting = 0;
    std::function<bool()> m_promptProbe;
    QString m_keychainService = defaultKeychainService();
    QString m_fallbackPath;
    QHash<QString, QString> m_session;
};

} // namespace nd
