// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../app/dialogtesthelpers.h"
#include "callbackconfigdialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "testkeychain.h"

#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace nd;

// The screenshots (ScreenshotTour, tools/screenshots.sh) grab the real SettingsDialog and CallbackConfigDialog.
// A byte scan of a PNG proves nothing, so this checks what a grab() shows: the secret fields are in Password
// mode, their displayText() does not contain the secret, and the grabbed pixels do not depend on the secret
// (two different secrets of the same length give identical images). The reveal toggle is the self-check:
// once revealed, the two secrets give different images, so the comparison is able to fail.
class TestSecretMasking final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callbackDialogMasksHmacSecret();
    void settingsDialogMasksKeySecret();

private:
    // Grabs the callback dialog showing `secret`; `reveal` presses the Show toggle first.
    QImage grabCallbackDialog(const QString &secret, bool reveal);
    QImage grabSettingsDialog(const QString &secret, bool reveal);

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
};

static QString makeSecret(QChar fill)
{
    // Valid HMAC secret: 48 characters of [A-Za-z0-9-]; distinctive so a partial display is also caught.
    return QStringLiteral("SEC-") + QString(44, fill);
}

void TestSecretMasking::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setCursorFlashTime(0); // no blinking caret: grabs are stable
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(3));
}

QImage TestSecretMasking::grabCallbackDialog(const QString &secret, bool reveal)
{
    m_sandbox->state()->setHmacSecret(secret);
    CallbackConfigDialog dialog(m_sandbox->pipeline());
    dialog.resize(520, 320);
    dialog.show();
    if (!QTest::qWaitFor([&dialog] { return dialog.isLoaded() && !dialog.isBusy(); }, 10000)) {
        qWarning("callback dialog did not load");
        return {};
    }
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *toggle = dialog.findChild<QToolButton *>(QStringLiteral("revealButton"));
    if (!edit || !toggle || edit->text() != secret) {
        qWarning("callback dialog does not hold the secret");
        return {};
    }
    if (reveal) {
        toggle->click();
    } else {
        // What a screenshot shows: masked, the secret nowhere in the displayed text.
        if (edit->echoMode() != QLineEdit::Password || edit->displayText().contains(secret) ||
            edit->displayText().contains(secret.mid(4, 8))) {
            qWarning("callback secret is displayed: echo mode %d", static_cast<int>(edit->echoMode()));
            return {};
        }
    }
    QApplication::processEvents();
    return dialog.grab().toImage();
}

QImage TestSecretMasking::grabSettingsDialog(const QString &secret, bool reveal)
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    if (!profiles.load()) {
        qWarning("profile store did not load");
        return {};
    }
    SecretStore secrets;
    secrets.setKeychainService(nd::test::uniqueKeychainService());
    secrets.setTimeoutMs(2000);
    secrets.setFallbackFilePath(dir.filePath(QStringLiteral("secrets.json")));
    SettingsDialog dialog(&profiles, &secrets);
    dialog.resize(640, 420);
    dialog.show();
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keySecretEdit"));
    auto *toggle = dialog.findChild<QToolButton *>(QStringLiteral("revealButton"));
    if (!add || !edit || !toggle) {
        qWarning("settings dialog widgets not found");
        return {};
    }
    add->click();
    edit->setFocus();
    QTest::keyClicks(edit, secret);
    if (edit->text() != secret) {
        qWarning("typing the key secret failed");
        return {};
    }
    if (reveal) {
        toggle->click();
    } else if (edit->echoMode() != QLineEdit::Password || edit->displayText().contains(secret) ||
               edit->displayText().contains(secret.mid(4, 8))) {
        qWarning("key secret is displayed: echo mode %d", static_cast<int>(edit->echoMode()));
        return {};
    }
    QApplication::processEvents();
    return dialog.grab().toImage();
}

void TestSecretMasking::callbackDialogMasksHmacSecret()
{
    const QImage a = grabCallbackDialog(makeSecret(QLatin1Char('a')), false);
    const QImage b = grabCallbackDialog(makeSecret(QLatin1Char('W')), false);
    QVERIFY(!a.isNull());
    QVERIFY(!b.isNull());
    QVERIFY2(a == b, "the grabbed callback dialog depends on the HMAC secret");

    // Self-check: revealed, the secret changes the pixels.
    const QImage ra = grabCallbackDialog(makeSecret(QLatin1Char('a')), true);
    const QImage rb = grabCallbackDialog(makeSecret(QLatin1Char('W')), true);
    QVERIFY(!ra.isNull());
    QVERIFY(!rb.isNull());
    QVERIFY2(ra != rb, "self-check: a visible secret should change the grab");
}

void TestSecretMasking::settingsDialogMasksKeySecret()
{
    const QImage a = grabSettingsDialog(makeSecret(QLatin1Char('a')), false);
    const QImage b = grabSettingsDialog(makeSecret(QLatin1Char('W')), false);
    QVERIFY(!a.isNull());
    QVERIFY(!b.isNull());
    QVERIFY2(a == b, "the grabbed settings dialog depends on the key secret");

    const QImage ra = grabSettingsDialog(makeSecret(QLatin1Char('a')), true);
    const QImage rb = grabSettingsDialog(makeSecret(QLatin1Char('W')), true);
    QVERIFY(!ra.isNull());
    QVERIFY(!rb.isNull());
    QVERIFY2(ra != rb, "self-check: a visible secret should change the grab");
}

QTEST_MAIN(TestSecretMasking)
#include "tst_secretmasking.moc"
