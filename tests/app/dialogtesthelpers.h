// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the dialog tests: the tests' in-process sandbox with a real NumbersClient (tests/support), an
// activity log of their own with the pipeline the dialogs send through, and helpers to drive the
// (window-modal, asynchronous) confirmation boxes.

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "sandboxfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>

#include <memory>

namespace ndtest {

// The sandbox as the app uses it (OAuth2, seed 1), plus the activity log the dialogs write to: a fresh file in
// a temporary directory, never the user's. The members below are destroyed before the fixture's client.
struct Sandbox : nd::test::SandboxFixture
{
    QTemporaryDir auditDir;
    std::unique_ptr<nd::AuditLog> auditLog;
    std::unique_ptr<nd::ActivityRecorder> recorder;
    std::unique_ptr<nd::ActionPipeline> actions;

    // What the dialogs send billable and destructive requests through, recording into auditLog.
    nd::ActionPipeline *pipeline() const { return actions.get(); }

    // Long provisioning steps keep scheduled changes in WAITING so tests can see them.
    bool start(int activeCount = 30, int provisioningStepMs = 600000)
    {
        Options o = Options::asTheApp(activeCount);
        o.seed = 1;
        o.provisioningStepMs = provisioningStepMs;
        if (!SandboxFixture::start(o)) {
            return false;
        }
        auditLog = std::make_unique<nd::AuditLog>(auditDir.filePath(QStringLiteral("audit.sqlite")));
        if (!auditLog->open()) {
            qWarning("audit log did not open: %s", qPrintable(auditLog->errorString()));
            return false;
        }
        recorder = std::make_unique<nd::ActivityRecorder>(
            auditLog.get(),
            nd::ActivityRecorder::Identity{nd::AuditClient::App, QStringLiteral("Sandbox"), server->projectId()});
        actions = std::make_unique<nd::ActionPipeline>(client.get(), recorder.get());
        return true;
    }
};

// The confirmation box that is currently open (named "confirmation"), or nullptr.
inline QMessageBox *activeBox(const char *objectName = "confirmation")
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    return box && box->objectName() == QLatin1String(objectName) ? box : nullptr;
}

inline QAbstractButton *boxButton(QMessageBox *box, const char *objectName)
{
    return box ? box->findChild<QAbstractButton *>(QLatin1String(objectName)) : nullptr;
}

} // namespace ndtest
