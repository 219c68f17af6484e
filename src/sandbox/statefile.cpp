// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SandboxState's persistence (--state FILE): the whole state as JSON, written atomically and privately.
#include "jsonwriter.h"
#include "sandboxstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nd::sandbox {

namespace {

// Creates the missing folders of dir, each 0700 (QDir::mkpath would use 0777 & ~umask).
Result<void, Failure> makePrivateDirectories(const QString &dir)
{
    QStringList missing;
    for (QString d = QDir::cleanPath(dir); !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            return Failure{QStringLiteral("cannot create folder %1").arg(d)};
        }
    }
    return {};
}

} // namespace

Result<void, Failure> SandboxState::save(const QString &path) const
{
    JsonWriter w;
    w.reserve(static_cast<qsizetype>(m_records.size()) * 900 + 256);
    w.beginObject();
    w.field("version", 1);
    w.field("seed", static_cast<qint64>(m_seed));
    w.field("projectId", m_projectId);
    w.field("hmacSecret", m_hmacSecret);
    w.field("clockOffsetMs", m_clockOffsetMs);
    w.key("activeNumbers");
    w.beginArray();
    for (const auto &entry : m_records)
        entry.second.writeState(w, m_projectId);
    w.endArray();
    w.endObject();

    // The file holds the HMAC secret: owner-only, and so is every folder created for it.
    if (Result<void, Failure> folders = makePrivateDirectories(QFileInfo(path).absolutePath()); !folders)
        return folders;
    QSaveFile file(path);
    // QSaveFile gives a new file 0666 & ~umask (and an existing one its old mode): restrict it before writing.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Failure{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    file.write(w.data());
    if (!file.commit()) {
        return Failure{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

Result<void, Failure> SandboxState::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Failure{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Failure{QStringLiteral("%1 is not a sandbox state file: %2").arg(path, parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1) {
        return Failure{QStringLiteral("%1: unsupported state version").arg(path)};
    }
    const quint64 seed = static_cast<quint64>(root.value(QLatin1String("seed")).toInteger(1));
    reset(seed, 0);
    m_hmacSecret = root.value(QLatin1String("hmacSecret")).toString(m_hmacSecret);
    m_clockOffsetMs = root.value(QLatin1String("clockOffsetMs")).toInteger();
    QStringList pending;
    for (const QJsonValue &value : root.value(QLatin1String("activeNumbers")).toArray()) {
        std::optional<ActiveNumberRecord> r = ActiveNumberRecord::fromStateJson(value.toObject());
        if (!r)
            continue;
        // Stalled (seeded) provisioning stays where it is; the rest resumes.
        const bool scheduled =
            !r->provisioningStalled && ((r->scheduledSms && r->scheduledSms->status != ProvisioningStatus::Failed) ||
                                        (r->scheduledVoice && r->scheduledVoice->status != ProvisioningStatus::Failed));
        if (scheduled)
            pending.append(r->phoneNumber);
        insertRecord(std::move(*r));
    }
    for (const QString &e164 : pending) // resume provisioning that was in flight at shutdown
        scheduleStep(e164);
    sweepExpired();
    ++m_generation;
    return {};
}

} // namespace nd::sandbox
