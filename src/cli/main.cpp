// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
    // The libraries' debug logs are for developers; --verbose prints the CLI's own request log instead.
    QLoggingCategory::setFilterRules(QStringLiteral("numberdesk.*.debug=false\nnumberdesk.*.info=false"));

    // Translations are embedded at :/i18n/ when the build provides them; missing ones are not an error.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("numberdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QHash<QString, QString> environment;
    const QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : processEnvironment.keys()) {
        environment.insert(key, processEnvironment.value(key));
    }

    nd::cli::CliApp cli(QCoreApplication::arguments().mid(1), environment);
    int exitCode = 0;
    bool done = false;
    QObject::connect(&cli, &nd::cli::CliApp::finished, &app, [&exitCode, &done](int code) {
        exitCode = code;
        done = true;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &cli, &nd::cli::CliApp::start);
    const int loopResult = app.exec();
    return done ? exitCode : loopResult;
}
