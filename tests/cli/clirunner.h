// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace nd::test {

struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// A clean environment: no SINCH_* / NUMBERDESK_* from the developer's shell, no keychain, private config.
inline QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// The options that connect the CLI to a server (the sandbox): its key secret is written to `secretFile` (0600) and
// passed with --key-secret-file, as the docs recommend, never on the command line.
inline QStringList connectionArgs(const QUrl &baseUrl, const QString &projectId, const QString &keyId,
                                  const QString &keySecret, const QString &secretFile)
{
    QFile secret(secretFile);
    if (secret.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        secret.write(keySecret.toUtf8());
        secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    secret.close();
    const QString url = baseUrl.toString();
    return {QStringLiteral("--numbers-url"), url,   QStringLiteral("--auth-url"),        url,
            QStringLiteral("--project"),     projectId, QStringLiteral("--key-id"),       keyId,
            QStringLiteral("--key-secret-file"), secretFile};
}

// Runs the CLI while the test's event loop keeps running (servers in this process must answer).
inline CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                     const QByteArray &stdinData = {}, int timeoutMs = 60000)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finishedSpy(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return run;
    }
    if (!stdinData.isEmpty()) {
        process.write(stdinData);
    }
    process.closeWriteChannel();
    if (finishedSpy.isEmpty()) {
        finishedSpy.wait(timeoutMs);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace nd::test
