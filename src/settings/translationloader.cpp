// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include "settingslog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace nd {

namespace {

const QString &resourceDirectory()
{
    static const QString dir = QStringLiteral(":/i18n");
    return dir;
}

const QString &filePrefix()
{
    static const QString prefix = QStringLiteral("numberdesk_");
    return prefix;
}

// The translators currently installed by installTranslations(); owned by the application object.
QPointer<QTranslator> &installedAppTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &installedQtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator.data();
    }
    translator.clear();
}

// Loads <prefix><lang>.qm from dir for the locale's UI languages (de-AT → de_AT, de, ...) and installs it.
QTranslator *loadAndInstall(const QLocale &locale, const QString &baseName, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, baseName, QStringLiteral("_"), dir)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

QSettings appSettings()
{
    // Explicit names: the CLI (application name "numberdesk-cli") shares the desktop app's choice.
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("NumberDesk"),
                     QStringLiteral("numberdesk"));
}

} // namespace

bool installTranslations(const QString &languageOverride)
{
    if (QCoreApplication::instance() == nullptr) {
        qCWarning(lcSettings) << "installTranslations() called before the application object exists";
        return false;
    }
    uninstall(installedAppTranslator());
    uninstall(installedQtTranslator());

    QLocale locale; // the system locale unless an override was set as default before
    const QString code = languageOverride.trimmed();
    if (!code.isEmpty()) {
        if (availableLanguages().contains(code)) {
            locale = QLocale(code);
            QLocale::setDefault(locale);
        } else {
            qCWarning(lcSettings) << "No translation for the configured language" << code
                                  << "- following the system locale";
        }
    }

    // Qt first, the application second: the translator installed last is asked first.
    installedQtTranslator() =
        loadAndInstall(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installedAppTranslator() = loadAndInstall(locale, QStringLiteral("numberdesk"), resourceDirectory());
    qCDebug(lcSettings) << "UI languages" << locale.uiLanguages() << "- NumberDesk translation"
                        << (installedAppTranslator() ? installedAppTranslator()->filePath() : QStringLiteral("none"))
                        << "- Qt translation"
                        << (installedQtTranslator() ? installedQtTranslator()->filePath() : QStringLiteral("none"));
    return !installedAppTranslator().isNull();
}

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(resourceDirectory())
                                  .entryList({filePrefix() + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(filePrefix().size(), file.size() - filePrefix().size() - 3);
        if (!code.isEmpty()) {
            codes.append(code);
        }
    }
    return codes;
}

QString languageDisplayName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || code.isEmpty()) {
        return code;
    }
    // QLocale("en") is en_US, whose native name is "American English": a bare code means the language.
    if (locale.language() == QLocale::English && !code.contains(QLatin1Char('_'))
        && !code.contains(QLatin1Char('-'))) {
        return QStringLiteral("English");
    }
    QString name = locale.nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    // "svenska", "français", "español": capitalised as the first word of a list entry.
    name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QString storedLanguage()
{
    return appSettings().value(QLatin1String(languageSettingsKey)).toString().trimmed();
}

void setStoredLanguage(const QString &code)
{
    QSettings settings = appSettings();
    if (code.trimmed().isEmpty()) {
        settings.remove(QLatin1String(languageSettingsKey));
    } else {
        settings.setValue(QLatin1String(languageSettingsKey), code.trimmed());
    }
}

} // namespace nd
