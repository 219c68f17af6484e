// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the dialog tests: an in-process sandbox, a real NumbersClient pointed at it, and helpers to
// drive the (window-modal, asynchronous) confirmation boxes.

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "numbersclient.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace ndtest {

struct Sandbox
{
    nd::sandbox::SandboxServer server;
    nd::NumbersClient client;
    // The activity log the dialogs write to: a fresh file in a temporary directory, never the user's.
    QTemporaryDir auditDir;
    std::unique_ptr<nd::AuditLog> auditLog;
    std::unique_ptr<nd::ActivityRecorder> recorder;
    std::unique_ptr<nd::ActionPipeline> actions;

    // What the dialogs send billable and destructive requests through, recording into auditLog.
    nd::ActionPipeline *pipeline() const { return actions.get(); }

    // Long provisioning steps keep scheduled changes in WAITING so tests can see them.
    bool start(int activeCount = 30, int provisioningStepMs = 600000)
    {
        nd::sandbox::SandboxOptions options;
        options.activeCount = activeCount;
        options.provisioningStepMs = provisioningStepMs;
        QString error;
        if (!server.start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client.setConnection(connection(server.keySecret()));
        auditLog = std::make_unique<nd::AuditLog>(auditDir.filePath(QStringLiteral("audit.sqlite")));
        if (!auditLog->open()) {
            qWarning("audit log did not open: %s", qPrintable(auditLog->errorString()));
            return false;
        }
        recorder = std::make_unique<nd::ActivityRecorder>(
            auditLog.get(),
            nd::ActivityRecorder::Identity{nd::AuditClient::App, QStringLiteral("Sandbox"), server.projectId()});
        actions = std::make_unique<nd::ActionPipeline>(&client, recorder.get());
        return true;
    }

    nd::ConnectionSettings connection(const QString &secret) const
    {
        nd::ConnectionSettings s;
        s.numbersUrl = server.baseUrl();
        s.authUrl = server.baseUrl();
        s.projectId = server.projectId();
        s.keyId = server.keyId();
        s.keySecret = secret;
        s.authMethod = nd::AuthMethod::OAuth2;
        s.transferTimeoutMs = 10000;
        return s;
    }

    nd::sandbox::SandboxState *state() const { return server.state(); }

    // The API's view of an active number (waits for the GET).
    std::optional<nd::ActiveNumber> fetchActive(const QString &e164)
    {
        std::optional<nd::ActiveNumber> result;
        bool done = false;
        client.getActiveNumber(e164, &client, [&](const nd::Result<nd::ActiveNumber> &r) {
            if (r.ok()) {
                result = r.value();
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            qWarning("sandbox request timed out");
        }
        return result;
    }

    QList<nd::AvailableNumber> searchAvailable(const QString &region, nd::NumberType type, int size = 5)
    {
        QList<nd::AvailableNumber> result;
        bool done = false;
        nd::AvailableNumberQuery query;
        query.regionCode = region;
        query.type = type;
        query.capabilities = {nd::Capability(nd::Capability::Value::Sms), nd::Capability(nd::Capability::Value::Voice)};
        query.size = size;
        client.searchAvailableNumbers(query, &client, [&](const nd::Result<QList<nd::AvailableNumber>> &r) {
            if (r.ok()) {
                result = r.value();
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            qWarning("sandbox request timed out");
        }
        return result;
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
