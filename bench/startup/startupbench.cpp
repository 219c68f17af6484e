// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-startup: starts NumberDesk the way src/app/main.cpp does on the embedded sandbox
// (`numberdesk --sandbox`), and exits as soon as the main window has been painted and the first active numbers
// are shown (a fresh data folder: the inventory mirror is empty, so they come from the first background sync). tools/bench.sh times the whole process (exec to exit); the time from main()
// to ready is also printed as JSON. The process ends with _exit() so teardown is not counted.

#include "activenumbermodel.h"
#include "activepanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "readiness.h"
#include "secretstore.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("NumberDesk"));

    nd::ProfileStore profiles;
    profiles.load();
    nd::SecretStore secrets;
    nd::MainWindow::Options options;
    options.forceSandbox = true; // as `numberdesk --sandbox`
    nd::MainWindow window(&profiles, &secrets, options);

    nd::bench::Readiness ready(&window, sinceMain);
    QObject::connect(window.activePanel(), &nd::ActivePanel::loaded, &ready, [&ready, &window] {
        if (window.activeModel()->loadedCount() > 0)
            ready.setDataArrived();
    });
    QObject::connect(window.activePanel(), &nd::ActivePanel::syncFailed, &app, [] {
        std::fprintf(stderr, "nd-bench-startup: loading the active numbers failed\n");
        std::_Exit(1);
    });
    window.show();
    return QApplication::exec();
}
