// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "screenshottour.h"
#include "secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version must work without a display (packaging checks, CI): answer it before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("numberdesk %s\n", NUMBERDESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("NumberDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("numberdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/numberdesk.svg")));

    // Translations are embedded at :/i18n by qt_add_translations; none may exist yet.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("numberdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Find, rent, configure and release phone numbers (Sinch Numbers API)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Start with the profile <name>."),
                                           QCoreApplication::translate("main", "name"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start on the built-in Sandbox profile (local emulator, nothing is billed)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Save screenshots of the main views and dialogs into <dir>, then quit."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(profileOption);
    parser.addOption(sandboxOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    nd::ProfileStore profiles;
    QString loadError;
    const bool loaded = profiles.load(&loadError);
    nd::SecretStore secrets;

    nd::MainWindow::Options options;
    options.profileName = parser.value(profileOption);
    options.forceSandbox = parser.isSet(sandboxOption) || parser.isSet(screenshotOption);
    nd::MainWindow window(&profiles, &secrets, options);
    if (!loaded) {
        window.errorBanner()->showWarning(
            QCoreApplication::translate("main", "The saved profiles could not be read: %1").arg(loadError));
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        window.resize(1240, 760);
        auto *tour = new nd::ScreenshotTour(&window, parser.value(screenshotOption), &window);
        QObject::connect(tour, &nd::ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return QApplication::exec();
}
