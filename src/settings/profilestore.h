// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"
#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace nd {

// The profiles shared by the app and numberdesk-cli, in one JSON file written atomically (QSaveFile):
// <QStandardPaths::GenericConfigLocation>/numberdesk/profiles.json unless a path is given.
// It never holds a secret. The built-in Sandbox profile always exists and cannot be removed.
//
// Changes (upsert/remove/rename/setCurrentProfileName) stay in memory until save(). Keys the store does not
// know (written by a newer version, or by hand) are kept and written back, per profile and at the top level,
// except keys that look like secrets, which are dropped. Main thread only.
//
// File format (version 1):
//   { "version": 1, "current": "<name>",
//     "profiles": [ { "name", "projectId", "keyId", "authMethod": "oauth2"|"basic", "numbersUrl", "authUrl" } ] }
// The Sandbox profile is never written to the file.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const QString &filePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    static constexpr int CurrentVersion = 1;
    static constexpr int MaxNameLength = 64;

    static QString defaultFilePath();
    QString filePath() const;

    // Reads the file; a missing file gives just the Sandbox profile (current = Sandbox: first start).
    // A corrupt file is kept aside (renamed *.corrupt-<timestamp>) and reported as a failure.
    // Fails with a translated message when the file was corrupt or unreadable; the store then holds
    // just the Sandbox profile and stays usable. An unreadable file that could not be moved aside blocks
    // save() so it is never overwritten.
    Result<void, Failure> load();
    Result<void, Failure> save() const;
    // Where load() moved a corrupt file, or empty.
    QString movedAsidePath() const;
    // The version field of the loaded file (CurrentVersion when there was no file).
    int fileVersion() const;

    // Checks a profile as upsert() would, replacing the profile named `replacing` (empty: adding a new one).
    Result<void, Failure> validate(const Profile &profile, const QString &replacing = {}) const;
    // Name rules alone: non-empty, no leading/trailing spaces, at most MaxNameLength characters, no control
    // characters, not the Sandbox name, not already used (case-insensitively) by a profile other than
    // `replacing`.
    Result<void, Failure> validateName(const QString &name, const QString &replacing = {}) const;

    QList<Profile> profiles() const;
    bool contains(const QString &name) const;
    Profile profile(const QString &name) const; // default-constructed when absent
    // Adds or replaces by name; validates name/project id/URLs (fails with a translated message).
    Result<void, Failure> upsert(const Profile &profile);
    bool remove(const QString &name);
    // The key secret is stored under the profile name: the caller moves it (SecretStore) after a rename.
    Result<void, Failure> rename(const QString &oldName, const QString &newName);

    QString currentProfileName() const;
    Profile currentProfile() const;
    // Ignored (returns false) for an unknown name.
    bool setCurrentProfileName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    static Result<void, Failure> validateUrl(const QUrl &url, bool isAuthUrl);
    void resetToDefaults();
    int indexOf(const QString &name) const;
    bool moveAside(QString *movedTo);

    QString m_filePath;
    QList<Profile> m_profiles;
    QString m_current;
    QHash<QString, QJsonObject> m_unknownProfileKeys; // by profile name
    QJsonObject m_unknownTopLevelKeys;
    QJsonArray m_unreadableEntries; // profile entries we could not use, written back untouched
    int m_fileVersion = CurrentVersion;
    QString m_movedAsidePath;
    bool m_saveBlocked = false;
};

} // namespace nd
