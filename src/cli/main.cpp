// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "translationloader.h"

#include <QCoreApplication>
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

    // The language stored by the desktop app's settings, or the system locale (translations/README.md). Without a
    // translation for it the English source texts are shown, with their singular forms from numberdesk_en.qm.
    if (!nd::installTranslations(nd::storedLanguage())) {
        auto *english = new QTranslator(&app);
        if (english->load(QStringLiteral("numberdesk_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(english);
        }
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
