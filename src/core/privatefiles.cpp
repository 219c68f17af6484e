// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace nd::PrivateFiles {

namespace {

constexpr QFile::Permissions OwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

bool ensureFolder(const QString &folder)
{
    QFileInfo info(folder);
    if (info.isDir()) {
        return true;
    }
    // Find the missing part of the path, create it, then tighten exactly the folders we made.
    QStringList missing;
    QString path = QDir::cleanPath(info.absoluteFilePath());
    while (!QFileInfo(path).exists()) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString &created : std::as_const(missing)) {
        QFile::setPermissions(created, OwnerOnlyFolder);
    }
    return QFileInfo(folder).isDir();
}

bool ensureFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists()) {
        // NewOnly with explicit permissions: the file never exists with the default umask's permissions.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile)) {
            return QFileInfo::exists(filePath); // created by someone else meanwhile
        }
        file.close();
        return true;
    }
    // Tighten a file left with wider permissions by an older version; a file that is not ours stays as it is.
    const QFile::Permissions wide =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (file.permissions() & wide) {
        file.setPermissions(file.permissions() & ~wide);
    }
    return true;
}

bool isReadableByOthers(const QString &filePath)
{
    const QFile::Permissions p = QFileInfo(filePath).permissions();
    return p & (QFile::ReadGroup | QFile::ReadOther);
}

} // namespace nd::PrivateFiles
