// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace nd {

// User interface language. The translations are embedded into the executables at :/i18n/
// (numberdesk_<lang>.qm, built from translations/*.ts); Qt's own strings come from qtbase_<lang>.qm in
// QLibraryInfo::path(QLibraryInfo::TranslationsPath) when the system has them.

// The QSettings key of the language override ("" or absent = follow the system locale).
inline constexpr char languageSettingsKey[] = "ui/language";

// Installs the NumberDesk and Qt translators on the application (call once, after QCoreApplication exists
// and before any widget or translated text is created; a later call replaces the earlier translators).
// languageOverride: a language code of availableLanguages() ("de", "sv", ...), or "" for the system locale
// (LANGUAGE / LC_ALL / LC_MESSAGES / LANG). An override also becomes the default QLocale, so numbers and dates
// match the language. An unknown override falls back to the system locale.
// Returns true when a NumberDesk translation was loaded (false for a language without one: the English source
// texts are shown then, which is not an error).
bool installTranslations(const QString &languageOverride);

// The language codes with an embedded translation, sorted ("de", "en", "es", "fr", "sv").
QStringList availableLanguages();

// The language's own name for itself, capitalised for a list ("Deutsch", "Svenska", "English", ...).
QString languageDisplayName(const QString &code);

// The override stored under languageSettingsKey in the desktop app's settings (organisation "NumberDesk",
// application "numberdesk"), shared by the app and the CLI; "" when the system locale applies.
QString storedLanguage();

// Stores the override ("" removes it: follow the system locale). Takes effect at the next start.
void setStoredLanguage(const QString &code);

} // namespace nd
