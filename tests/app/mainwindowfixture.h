// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A MainWindow on its built-in Sandbox profile, with profiles in a temporary file and QSettings/standard
// paths in test mode, so no test touches the user's configuration or keychain.

#include "activenumbermodel.h"
#include "activepanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "regionmodel.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "secretstore.h"
#include "sessioncontroller.h"
#include "testkeychain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct MainWindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<nd::ProfileStore> profiles;
    std::unique_ptr<nd::SecretStore> secrets;
    // Handed to the window, as the app does; it outlives the window (and its sandbox with it).
    std::unique_ptr<nd::SessionController> session;
    std::unique_ptr<nd::MainWindow> window;

    static void initApplication()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
        // One settings file per test program: ctest runs them side by side, and a program that clears its settings
        // (or a window's saved layout) must not clear another's in the middle of a restart test.
        QCoreApplication::setApplicationName(QStringLiteral("numberdesk-tests-")
                                             + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    }

    // A restart: the layout the previous window saved is kept.
    bool keepLayout = false;

    // Starts the window and waits until regions and the first active page are in.
    bool start(int activeCount = 137)
    {
        profiles = std::make_unique<nd::ProfileStore>(dir.filePath(QStringLiteral("profiles.json")));
        profiles->load();
        secrets = std::make_unique<nd::SecretStore>();
        secrets->setKeychainService(nd::test::uniqueKeychainService());
        secrets->setFallbackFilePath(dir.filePath(QStringLiteral("secrets.json")));
        // Every test starts from the first-start layout (no tab, splitter or sort order left by another run),
        // unless it restarts the window on purpose (keepLayout).
        if (!keepLayout) {
            QSettings().remove(QStringLiteral("MainWindow"));
        }
        nd::SessionController::Options sessionOptions;
        sessionOptions.sandboxActiveCount = activeCount;
        sessionOptions.auditLogPath = dir.filePath(QStringLiteral("audit.sqlite"));
        sessionOptions.inventoryPath = dir.filePath(QStringLiteral("inventory.sqlite"));
        session = std::make_unique<nd::SessionController>(profiles.get(), secrets.get(), sessionOptions);
        window = std::make_unique<nd::MainWindow>(session.get(), nd::MainWindow::Options());
        window->resize(1200, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return false;
        }
        return QTest::qWaitFor(
            [this] {
                return window->regionModel()->rowCount() > 0 && window->activeModel()->loadedCount() > 0
                    && !window->activePanel()->isLoading() && !window->activePanel()->isSyncing();
            },
            20000);
    }

    nd::sandbox::SandboxState *state() const { return window->sandboxServer()->state(); }

    template<typename T> T *child(const char *name) const { return window->findChild<T *>(QLatin1String(name)); }
};
