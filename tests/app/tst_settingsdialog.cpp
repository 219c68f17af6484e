// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"
#include "errorbanner.h"
#include "profilestore.h"
#include "resultcheck.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "testkeychain.h"
#include "translationloader.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace nd;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addProfileKeepsSecretOutOfProfileFile();
    void userFileFallbackShowsWarning();
    void testConnectionSucceeds();
    void testConnectionWithWrongSecretShowsError();
    void sandboxProfileIsReadOnly();
    void choosingLanguageStoresIt();
    void secretPlaceholderSaysWhereTheSecretIs();
    void newProfileIsListedAsTyped();
    void syncConcurrencyIsSavedWithTheProfile();

private:
    void fillForm(SettingsDialog &dialog, const QString &name, const QString &secret);
    QByteArray profileFileBytes() const;

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(3));
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<SecretStore>();
    m_secrets->setKeychainService(nd::test::uniqueKeychainService());
    m_secrets->setTimeoutMs(2000); // no session bus in tests: the keychain fails fast or times out
    m_secrets->setFallbackFilePath(m_dir->filePath(QStringLiteral("secrets.json")));
}

void TestSettingsDialog::cleanup()
{
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

QByteArray TestSettingsDialog::profileFileBytes() const
{
    QFile file(m_profiles->filePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsDialog::fillForm(SettingsDialog &dialog, const QString &name, const QString &secret)
{
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    const auto set = [&dialog](const char *objectName, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(objectName));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    set("nameEdit", name);
    set("projectIdEdit", m_sandbox->server->projectId());
    set("keyIdEdit", m_sandbox->server->keyId());
    set("keySecretEdit", secret);
    set("numbersUrlEdit", m_sandbox->server->baseUrl().toString());
    set("authUrlEdit", m_sandbox->server->baseUrl().toString());
}

void TestSettingsDialog::addProfileKeepsSecretOutOfProfileFile()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    QSignalSpy saved(&dialog, &SettingsDialog::profileSaved);
    dialog.show();
    const QString secret = m_sandbox->server->keySecret() + QStringLiteral("-unique-7f3a");
    fillForm(dialog, QStringLiteral("Work"), secret);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("keySecretEdit"))->echoMode(), QLineEdit::Password);
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();

    // Keychain unavailable: an explicit choice, never a silent fallback.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = ndtest::activeBox("keychainChoice")) != nullptr, 15000);
    ndtest::boxButton(box, "sessionOnlyButton")->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toString(), QStringLiteral("Work"));

    QVERIFY(m_profiles->contains(QStringLiteral("Work")));
    const QByteArray file = profileFileBytes();
    QVERIFY(file.contains("Work"));
    QVERIFY(!file.contains(secret.toUtf8()));
    QVERIFY(m_secrets->hasSessionSecret(QStringLiteral("Work")));
    QVERIFY(!QFile::exists(m_secrets->fallbackFilePath()));
}

void TestSettingsDialog::userFileFallbackShowsWarning()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    QSignalSpy saved(&dialog, &SettingsDialog::profileSaved);
    dialog.show();
    const QString secret = QStringLiteral("file-secret-91c2");
    fillForm(dialog, QStringLiteral("Filed"), secret);
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = ndtest::activeBox("keychainChoice")) != nullptr, 15000);
    ndtest::boxButton(box, "userFileButton")->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(!profileFileBytes().contains(secret.toUtf8()));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("secretStorageLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("less protected")), qPrintable(warning->text()));
    QVERIFY(dialog.findChild<ErrorBanner *>()->kind() == ErrorBanner::Kind::Warning);
    // The field above the warning does not claim otherwise.
    const QString placeholder = dialog.findChild<QLineEdit *>(QStringLiteral("keySecretEdit"))->placeholderText();
    QVERIFY2(placeholder.contains(QLatin1String("file")) && !placeholder.contains(QLatin1String("securely")),
             qPrintable(placeholder));
}

void TestSettingsDialog::testConnectionSucceeds()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.show();
    fillForm(dialog, QStringLiteral("Probe"), m_sandbox->server->keySecret());
    dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text().contains(QLatin1String("works")));
}

void TestSettingsDialog::testConnectionWithWrongSecretShowsError()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.show();
    fillForm(dialog, QStringLiteral("Wrong"), QStringLiteral("not-the-secret"));
    dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), false);
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(!banner->text().contains(QLatin1String("not-the-secret")));
}

void TestSettingsDialog::sandboxProfileIsReadOnly()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    QVERIFY(dialog.selectProfile(Profile::sandboxProfileName()));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
    QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("syncConcurrencySpin"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

void TestSettingsDialog::choosingLanguageStoresIt()
{
    const QString before = storedLanguage();
    setStoredLanguage(QString());
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0); // "System default"
    QCOMPARE(combo->currentData().toString(), QString());
    const int german = combo->findData(QStringLiteral("de"));
    QVERIFY2(german > 0, "the embedded German translation is listed");
    QCOMPARE(combo->itemText(german), QStringLiteral("Deutsch"));

    combo->setCurrentIndex(german);
    QCOMPARE(storedLanguage(), QStringLiteral("de"));
    {
        // A new dialog shows the stored choice.
        SettingsDialog again(m_profiles.get(), m_secrets.get());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("de"));
    }
    combo->setCurrentIndex(0);
    QCOMPARE(storedLanguage(), QString());
    setStoredLanguage(before);
}

void TestSettingsDialog::secretPlaceholderSaysWhereTheSecretIs()
{
    Profile session;
    session.name = QStringLiteral("Session");
    session.projectId = m_sandbox->server->projectId();
    session.keyId = m_sandbox->server->keyId();
    session.numbersUrl = m_sandbox->server->baseUrl();
    session.authUrl = m_sandbox->server->baseUrl();
    ND_VERIFY_OK(m_profiles->upsert(session));
    m_secrets->setSessionSecret(session.name, QStringLiteral("session-secret"));

    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("keySecretEdit"));
    QVERIFY(dialog.selectProfile(Profile::sandboxProfileName()));
    QVERIFY2(!secret->placeholderText().contains(QLatin1String("Stored")), qPrintable(secret->placeholderText()));
    QVERIFY(secret->placeholderText().contains(QLatin1String("Sandbox")));
    QVERIFY(dialog.selectProfile(session.name));
    QVERIFY2(secret->placeholderText().contains(QLatin1String("until NumberDesk quits")),
             qPrintable(secret->placeholderText()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("secretStorageLabel"))->text().contains(
        QLatin1String("until NumberDesk quits")));
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    QCOMPARE(secret->placeholderText(), QStringLiteral("Shown once when the key is created"));
}

void TestSettingsDialog::newProfileIsListedAsTyped()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profilesList"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New profile"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Support EU"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Support EU"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral(" "));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New profile"));
    // Saved profiles keep their saved name in the list until they are saved again.
    QVERIFY(dialog.selectProfile(Profile::sandboxProfileName()));
    QVERIFY(list->currentItem()->text().startsWith(Profile::sandboxProfileName()));
}

void TestSettingsDialog::syncConcurrencyIsSavedWithTheProfile()
{
    SettingsDialog dialog(m_profiles.get(), m_secrets.get());
    QSignalSpy saved(&dialog, &SettingsDialog::profileSaved);
    dialog.show();
    fillForm(dialog, QStringLiteral("Far away"), m_sandbox->server->keySecret());
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("syncConcurrencySpin"));
    QVERIFY(spin && spin->isEnabled());
    QCOMPARE(spin->value(), InventoryWalker::DefaultConcurrency);
    QCOMPARE(spin->maximum(), InventoryWalker::MaxConcurrency);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("12"));
    QCOMPARE(spin->value(), 12);
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = ndtest::activeBox("keychainChoice")) != nullptr, 15000);
    ndtest::boxButton(box, "sessionOnlyButton")->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_profiles->profile(QStringLiteral("Far away")).syncConcurrency, 12);
    QVERIFY(profileFileBytes().contains("\"syncConcurrency\": 12"));

    // Shown again when the profile is chosen (after another one).
    QVERIFY(dialog.selectProfile(Profile::sandboxProfileName()));
    QCOMPARE(spin->value(), InventoryWalker::DefaultConcurrency);
    QVERIFY(dialog.selectProfile(QStringLiteral("Far away")));
    QCOMPARE(spin->value(), 12);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
