// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "phonenumber.h"
#include "settingslog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace nd {

namespace {

const QLatin1String kVersionKey("version");
const QLatin1String kCurrentKey("current");
const QLatin1String kProfilesKey("profiles");
const QLatin1String kNameKey("name");
const QLatin1String kProjectIdKey("projectId");
const QLatin1String kKeyIdKey("keyId");
const QLatin1String kAuthMethodKey("authMethod");
const QLatin1String kNumbersUrlKey("numbersUrl");
const QLatin1String kAuthUrlKey("authUrl");
const QLatin1String kSyncConcurrencyKey("syncConcurrency");

// Keys that look like they hold a secret are never written back, even when someone put them in by hand.
bool looksLikeSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("secret")) || k.contains(QLatin1String("password")) ||
           k.contains(QLatin1String("token")) || k.contains(QLatin1String("authorization"));
}

QJsonObject withoutSecretKeys(QJsonObject object, const QString &where)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (looksLikeSecretKey(key)) {
            // The key name only; never the value.
            qCWarning(lcSettings) << "dropping secret-like key" << key << "from" << where;
            object.remove(key);
        }
    }
    return object;
}

QString authMethodToJson(AuthMethod method)
{
    return method == AuthMethod::Basic ? QStringLiteral("basic") : QStringLiteral("oauth2");
}

// Forward compatibility: no migrations yet. A file without a version field is treated as version 1.
// A future version N adds a step here that rewrites `root` from N-1 to N.
void migrate(QJsonObject &root, int fromVersion)
{
    Q_UNUSED(root)
    Q_UNUSED(fromVersion)
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultFilePath(), parent)
{}

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    resetToDefaults();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    // GenericConfigLocation, not AppConfigLocation: the app and numberdesk-cli have different application
    // names but must share one file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QLatin1String("/numberdesk/profiles.json");
}

QString ProfileStore::filePath() const
{
    return m_filePath;
}

QString ProfileStore::movedAsidePath() const
{
    return m_movedAsidePath;
}

int ProfileStore::fileVersion() const
{
    return m_fileVersion;
}

void ProfileStore::resetToDefaults()
{
    m_profiles = {Profile::builtInSandbox()};
    m_current = Profile::sandboxProfileName();
    m_unknownProfileKeys.clear();
    m_unknownTopLevelKeys = {};
    m_unreadableEntries = {};
    m_fileVersion = CurrentVersion;
}

bool ProfileStore::moveAside(QString *movedTo)
{
    const QString base = m_filePath + QLatin1String(".corrupt-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int i = 2; QFileInfo::exists(target) && i < 1000; ++i) {
        target = base + QLatin1Char('-') + QString::number(i);
    }
    if (QFile::rename(m_filePath, target)) {
        *movedTo = target;
        return true;
    }
    // A rename can fail across odd file systems; a copy still keeps the data.
    if (QFile::copy(m_filePath, target)) {
        *movedTo = target;
        return true;
    }
    return false;
}

Result<void, Failure> ProfileStore::load()
{
    resetToDefaults();
    m_movedAsidePath.clear();
    m_saveBlocked = false;

    auto finish = [this](Result<void, Failure> result) {
        Q_EMIT changed();
        return result;
    };

    QFile file(m_filePath);
    if (!file.exists()) {
        qCDebug(lcSettings) << "no profile file yet at" << m_filePath;
        return finish({});
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable but present: keep it exactly as it is and refuse to overwrite it.
        m_saveBlocked = true;
        qCWarning(lcSettings) << "cannot read profile file" << m_filePath << file.errorString();
        return finish(
            Failure{tr("Cannot read the profiles file %1: %2. Profiles will not be saved until this is fixed.")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString())});
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QString problem;
    if (bytes.trimmed().isEmpty()) {
        problem = tr("the file is empty");
    } else if (parseError.error != QJsonParseError::NoError) {
        problem = tr("invalid JSON at offset %1 (%2)").arg(parseError.offset).arg(parseError.errorString());
    } else if (!doc.isObject()) {
        problem = tr("the content is not a JSON object");
    } else if (doc.object().contains(kProfilesKey) && !doc.object().value(kProfilesKey).isArray()) {
        problem = tr("\"profiles\" is not a list");
    }

    if (!problem.isEmpty()) {
        QString movedTo;
        if (moveAside(&movedTo)) {
            m_movedAsidePath = movedTo;
            qCWarning(lcSettings) << "corrupt profile file" << m_filePath << "moved to" << movedTo;
            return finish(
                Failure{tr("The profiles file %1 was damaged (%2). It was kept as %3 and NumberDesk starts "
                           "with the built-in Sandbox profile.")
                            .arg(QDir::toNativeSeparators(m_filePath), problem, QDir::toNativeSeparators(movedTo))});
        }
        m_saveBlocked = true;
        qCWarning(lcSettings) << "corrupt profile file" << m_filePath << "could not be moved aside";
        return finish(Failure{tr("The profiles file %1 is damaged (%2) and could not be moved aside. Profiles will "
                                 "not be saved until it is fixed or removed.")
                                  .arg(QDir::toNativeSeparators(m_filePath), problem)});
    }

    QJsonObject root = doc.object();
    const int version = root.value(kVersionKey).toInt(1);
    if (version < CurrentVersion) {
        migrate(root, version);
    } else if (version > CurrentVersion) {
        // Written by a newer NumberDesk: use what we understand, keep everything else and keep the version
        // number so an older build never pretends to have migrated the file.
        qCWarning(lcSettings) << "profile file version" << version << "is newer than" << CurrentVersion;
    }
    m_fileVersion = qMax(version, CurrentVersion);

    const QJsonArray entries = root.value(kProfilesKey).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject obj = entry.toObject();
        const QString name = obj.value(kNameKey).toString();
        QString why;
        if (!entry.isObject()) {
            why = QStringLiteral("not an object");
        } else if (!validateName(name)) {
            why = QStringLiteral("unusable or duplicate name");
        }
        if (!why.isEmpty()) {
            qCWarning(lcSettings) << "keeping unusable profile entry untouched:" << why;
            m_unreadableEntries.append(entry.isObject() ? QJsonValue(withoutSecretKeys(obj, name)) : entry);
            continue;
        }

        Profile p;
        p.name = name;
        p.projectId = obj.value(kProjectIdKey).toString();
        p.keyId = obj.value(kKeyIdKey).toString();
        const QString method = obj.value(kAuthMethodKey).toString(QStringLiteral("oauth2")).toLower();
        if (method == QLatin1String("basic")) {
            p.authMethod = AuthMethod::Basic;
        } else {
            if (method != QLatin1String("oauth2")) {
                qCWarning(lcSettings) << "unknown authMethod" << method << "in profile" << name << "- using oauth2";
            }
            p.authMethod = AuthMethod::OAuth2;
        }
        if (obj.contains(kNumbersUrlKey)) {
            p.numbersUrl = QUrl(obj.value(kNumbersUrlKey).toString(), QUrl::StrictMode);
        }
        if (obj.contains(kAuthUrlKey)) {
            p.authUrl = QUrl(obj.value(kAuthUrlKey).toString(), QUrl::StrictMode);
        }
        if (obj.contains(kSyncConcurrencyKey)) {
            const int concurrency = obj.value(kSyncConcurrencyKey).toInt(0);
            if (concurrency >= 1 && concurrency <= InventoryWalker::MaxConcurrency) {
                p.syncConcurrency = concurrency;
            } else {
                qCWarning(lcSettings) << "syncConcurrency" << obj.value(kSyncConcurrencyKey) << "in profile" << name
                                      << "is not from 1 to" << InventoryWalker::MaxConcurrency << "- using"
                                      << p.syncConcurrency;
            }
        }
        m_profiles.append(p);

        QJsonObject unknown = withoutSecretKeys(obj, name);
        for (const QLatin1String &known :
             {kNameKey, kProjectIdKey, kKeyIdKey, kAuthMethodKey, kNumbersUrlKey, kAuthUrlKey}) {
            unknown.remove(known);
        }
        if (p.syncConcurrency == obj.value(kSyncConcurrencyKey).toInt(0)) {
            unknown.remove(kSyncConcurrencyKey); // read; a value refused (from a later version, say) is kept as it is
        }
        if (!unknown.isEmpty()) {
            m_unknownProfileKeys.insert(name, unknown);
        }
    }

    const QString current = root.value(kCurrentKey).toString();
    m_current = indexOf(current) >= 0 ? current : Profile::sandboxProfileName();

    QJsonObject unknownTop = withoutSecretKeys(root, QStringLiteral("top level"));
    unknownTop.remove(kVersionKey);
    unknownTop.remove(kCurrentKey);
    unknownTop.remove(kProfilesKey);
    m_unknownTopLevelKeys = unknownTop;

    qCDebug(lcSettings) << "loaded" << m_profiles.size() << "profiles from" << m_filePath;
    return finish({});
}

Result<void, Failure> ProfileStore::save() const
{
    if (m_saveBlocked) {
        return Failure{tr("Profiles were not saved: the existing file %1 could not be read or moved aside, and "
                          "saving would overwrite it.")
                           .arg(QDir::toNativeSeparators(m_filePath))};
    }

    QJsonObject root = m_unknownTopLevelKeys;
    root.insert(kVersionKey, m_fileVersion);
    root.insert(kCurrentKey, m_current);
    QJsonArray list;
    for (const Profile &p : m_profiles) {
        if (p.isSandbox) {
            continue;
        }
        QJsonObject obj = m_unknownProfileKeys.value(p.name);
        obj.insert(kNameKey, p.name);
        obj.insert(kProjectIdKey, p.projectId);
        obj.insert(kKeyIdKey, p.keyId);
        obj.insert(kAuthMethodKey, authMethodToJson(p.authMethod));
        obj.insert(kNumbersUrlKey, p.numbersUrl.toString(QUrl::FullyEncoded));
        obj.insert(kAuthUrlKey, p.authUrl.toString(QUrl::FullyEncoded));
        // A value this version refused stays in the file until the setting is changed here.
        if (!obj.contains(kSyncConcurrencyKey) || p.syncConcurrency != InventoryWalker::DefaultConcurrency) {
            obj.insert(kSyncConcurrencyKey, p.syncConcurrency);
        }
        list.append(obj);
    }
    for (const QJsonValue &raw : m_unreadableEntries) {
        list.append(raw);
    }
    root.insert(kProfilesKey, list);

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return Failure{tr("Cannot create the folder %1 for the profiles file.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    // QSaveFile writes a temporary file next to the target, syncs it to disk in commit() and renames it over
    // the old file: a crash or a full disk leaves the previous file intact.
    QSaveFile file(m_filePath);
    // Unbuffered: Qt 6.4 does not notice a short write while flushing its buffer in commit() (seen with a file
    // size limit) and would rename a truncated file into place; an unbuffered write() reports it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        qCWarning(lcSettings) << "cannot open" << m_filePath << "for writing:" << file.errorString();
        return Failure{
            tr("Cannot save the profiles file %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString())};
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        qCWarning(lcSettings) << "cannot write" << m_filePath << why;
        return Failure{tr("Cannot save the profiles file %1: %2").arg(QDir::toNativeSeparators(m_filePath), why)};
    }
    qCDebug(lcSettings) << "saved" << list.size() << "profiles to" << m_filePath;
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

bool ProfileStore::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

Profile ProfileStore::profile(const QString &name) const
{
    const int i = indexOf(name);
    return i >= 0 ? m_profiles.at(i) : Profile();
}

Result<void, Failure> ProfileStore::validateName(const QString &name, const QString &replacing) const
{
    if (name.trimmed().isEmpty()) {
        return Failure{tr("Enter a profile name.")};
    }
    if (name != name.trimmed()) {
        return Failure{tr("A profile name cannot start or end with spaces.")};
    }
    if (name.size() > MaxNameLength) {
        return Failure{tr("A profile name can have at most %n characters.", nullptr, MaxNameLength)};
    }
    if (hasControlCharacters(name)) {
        return Failure{tr("A profile name cannot contain control characters or line breaks.")};
    }
    if (name.compare(Profile::sandboxProfileName(), Qt::CaseInsensitive) == 0) {
        return Failure{
            tr("\"%1\" is the name of the built-in profile. Choose another name.").arg(Profile::sandboxProfileName())};
    }
    for (const Profile &p : m_profiles) {
        if (p.name != replacing && p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return Failure{tr("A profile named \"%1\" already exists.").arg(p.name)};
        }
    }
    return {};
}

// Same rule as ConnectionSettings::validate: https, or plain http only to this computer.
Result<void, Failure> ProfileStore::validateUrl(const QUrl &url, bool isAuthUrl)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return Failure{(isAuthUrl ? tr("The authentication URL \"%1\" is not a valid URL.")
                                  : tr("The Numbers API URL \"%1\" is not a valid URL."))
                           .arg(shown)};
    }
    if (!url.userInfo().isEmpty()) {
        return Failure{isAuthUrl ? tr("The authentication URL must not contain a user name or password.")
                                 : tr("The Numbers API URL must not contain a user name or password.")};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (ConnectionSettings::isLoopback(url)) {
            return {};
        }
        return Failure{(isAuthUrl ? tr("The authentication URL \"%1\" uses unencrypted http. Use https; plain http "
                                       "is only allowed to this computer (localhost, 127.0.0.1, ::1).")
                                  : tr("The Numbers API URL \"%1\" uses unencrypted http. Use https; plain http is "
                                       "only allowed to this computer (localhost, 127.0.0.1, ::1)."))
                           .arg(shown)};
    }
    return Failure{(isAuthUrl ? tr("The authentication URL \"%1\" must start with https://.")
                              : tr("The Numbers API URL \"%1\" must start with https://."))
                       .arg(shown)};
}

Result<void, Failure> ProfileStore::validate(const Profile &profile, const QString &replacing) const
{
    if (profile.isSandbox || replacing == Profile::sandboxProfileName()) {
        return Failure{tr("The built-in Sandbox profile cannot be changed.")};
    }
    if (Result<void, Failure> named = validateName(profile.name, replacing); !named) {
        return named;
    }
    if (profile.projectId.isEmpty()) {
        return Failure{tr("Enter a project ID.")};
    }
    if (!isValidProjectId(profile.projectId)) {
        return Failure{tr("The project ID \"%1\" is not valid: use only letters, digits, '-' and '_' (at most 128).")
                           .arg(profile.projectId.left(140))};
    }
    if (profile.keyId.trimmed().isEmpty()) {
        return Failure{tr("Enter a key ID.")};
    }
    if (profile.keyId.contains(QLatin1Char(':')) || profile.keyId != profile.keyId.trimmed() ||
        hasControlCharacters(profile.keyId)) {
        // Basic authentication joins "keyId:keySecret": a colon in the key ID would be ambiguous.
        return Failure{tr("The key ID cannot contain ':', control characters or leading/trailing spaces.")};
    }
    if (Result<void, Failure> numbersUrl = validateUrl(profile.numbersUrl, false); !numbersUrl) {
        return numbersUrl;
    }
    if (profile.syncConcurrency < 1 || profile.syncConcurrency > InventoryWalker::MaxConcurrency) {
        return Failure{tr("Parallel sync requests must be a number from 1 to %1.")
                           .arg(InventoryWalker::MaxConcurrency)};
    }
    return validateUrl(profile.authUrl, true);
}

Result<void, Failure> ProfileStore::upsert(const Profile &profile)
{
    const bool exists = contains(profile.name);
    if (Result<void, Failure> valid = validate(profile, exists ? profile.name : QString()); !valid) {
        return valid;
    }
    if (exists) {
        m_profiles[indexOf(profile.name)] = profile;
    } else {
        m_profiles.append(profile);
    }
    Q_EMIT changed();
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0 || m_profiles.at(i).isSandbox) {
        return false;
    }
    m_profiles.removeAt(i);
    m_unknownProfileKeys.remove(name);
    if (m_current == name) {
        m_current = Profile::sandboxProfileName();
    }
    Q_EMIT changed();
    return true;
}

Result<void, Failure> ProfileStore::rename(const QString &oldName, const QString &newName)
{
    const int i = indexOf(oldName);
    if (i < 0) {
        return Failure{tr("There is no profile named \"%1\".").arg(oldName)};
    }
    if (m_profiles.at(i).isSandbox) {
        return Failure{tr("The built-in Sandbox profile cannot be renamed.")};
    }
    if (oldName == newName) {
        return {};
    }
    if (Result<void, Failure> named = validateName(newName, oldName); !named) {
        return named;
    }
    m_profiles[i].name = newName;
    if (m_unknownProfileKeys.contains(oldName)) {
        m_unknownProfileKeys.insert(newName, m_unknownProfileKeys.take(oldName));
    }
    if (m_current == oldName) {
        m_current = newName;
    }
    Q_EMIT changed();
    return {};
}

QString ProfileStore::currentProfileName() const
{
    return m_current;
}

Profile ProfileStore::currentProfile() const
{
    return profile(m_current);
}

bool ProfileStore::setCurrentProfileName(const QString &name)
{
    if (!contains(name)) {
        qCWarning(lcSettings) << "ignoring unknown current profile" << name;
        return false;
    }
    if (m_current != name) {
        m_current = name;
        Q_EMIT changed();
    }
    return true;
}

} // namespace nd
