// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

// nd::installTranslations() and friends against the translations embedded at :/i18n/ (tests/translations.cmake
// links this test the same way numberdesk and numberdesk-cli are linked).
class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void availableLanguagesListsTheTranslations();
    void installingGermanTranslatesAppStrings();
    void unknownLanguageFallsBackToSourceTexts();
    void displayNamesAreNative();
    void storedLanguageRoundTrips();

private:
    static QString regions() { return QCoreApplication::translate("MainWindow", "Regions"); }
};

void TestTranslationLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the user's configuration
    qputenv("LANGUAGE", "C");
}

void TestTranslationLoader::cleanupTestCase()
{
    nd::setStoredLanguage(QString());
}

void TestTranslationLoader::availableLanguagesListsTheTranslations()
{
    const QStringList languages = nd::availableLanguages();
    for (const char *code : {"de", "sv", "fr", "es"}) {
        QVERIFY2(languages.contains(QLatin1String(code)), qPrintable(languages.join(QLatin1Char(','))));
    }
    QStringList sorted = languages;
    sorted.sort();
    QCOMPARE(languages, sorted);
}

void TestTranslationLoader::installingGermanTranslatesAppStrings()
{
    QCOMPARE(regions(), QStringLiteral("Regions")); // nothing installed yet
    QVERIFY(nd::installTranslations(QStringLiteral("de")));
    QCOMPARE(regions(), QStringLiteral("Regionen"));
    QCOMPARE(QLocale().language(), QLocale::German);

    // A later call replaces the translators instead of stacking them.
    QVERIFY(nd::installTranslations(QStringLiteral("sv")));
    QCOMPARE(regions(), QStringLiteral("Regioner"));
}

void TestTranslationLoader::unknownLanguageFallsBackToSourceTexts()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(!nd::installTranslations(QStringLiteral("xx")));
    QCOMPARE(regions(), QStringLiteral("Regions"));
}

void TestTranslationLoader::displayNamesAreNative()
{
    QCOMPARE(nd::languageDisplayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(nd::languageDisplayName(QStringLiteral("sv")), QStringLiteral("Svenska"));
    QCOMPARE(nd::languageDisplayName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestTranslationLoader::storedLanguageRoundTrips()
{
    nd::setStoredLanguage(QStringLiteral("fr"));
    QCOMPARE(nd::storedLanguage(), QStringLiteral("fr"));
    nd::setStoredLanguage(QString());
    QCOMPARE(nd::storedLanguage(), QString());
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
