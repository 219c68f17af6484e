// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "callbackconfigdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace nd;

class TestCallbackConfigDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedSecretsAreStrongAndDiffer();
    void loadsMaskedWithRevealToggle();
    void invalidSecretDisablesSave();
    void saveUpdatesTheSandbox();
    void secretIsSeenWholeAndCanBeCopied();

private:
    std::unique_ptr<ndtest::Sandbox> m_sandbox;
};

void TestCallbackConfigDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(5));
}

void TestCallbackConfigDialog::generatedSecretsAreStrongAndDiffer()
{
    const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        const QString secret = CallbackConfigDialog::generateSecret();
        QCOMPARE(secret.size(), 48);
        QVERIFY2(re.match(secret).hasMatch(), qPrintable(secret));
        QVERIFY(CallbackConfigDialog::isValidSecret(secret));
        QVERIFY(!seen.contains(secret));
        seen.insert(secret);
    }
}

void TestCallbackConfigDialog::loadsMaskedWithRevealToggle()
{
    CallbackConfigDialog dialog(m_sandbox->pipeline());
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded() && !dialog.isBusy());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QCOMPARE(edit->text(), m_sandbox->state()->hmacSecret());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto *reveal = dialog.findChild<QToolButton *>(QStringLiteral("revealButton"));
    reveal->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    reveal->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.saveButton()->isEnabled()); // unchanged
}

void TestCallbackConfigDialog::invalidSecretDisablesSave()
{
    CallbackConfigDialog dialog(m_sandbox->pipeline());
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded() && !dialog.isBusy());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("hintLabel"));
    edit->setText(QStringLiteral("too-short"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(hint->isVisible());
    edit->setText(QStringLiteral("has_underscore_and_is_long_enough_0123456789"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    edit->setText(QString(31, QLatin1Char('a')));
    QVERIFY(!dialog.saveButton()->isEnabled());
    edit->setText(QString(65, QLatin1Char('a'))); // the field holds at most 64 characters
    QCOMPARE(edit->text().size(), 64);
    QVERIFY(dialog.saveButton()->isEnabled());
    edit->setText(QString(32, QLatin1Char('a')));
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(!hint->isVisible());
}

void TestCallbackConfigDialog::saveUpdatesTheSandbox()
{
    CallbackConfigDialog dialog(m_sandbox->pipeline());
    QSignalSpy saved(&dialog, &CallbackConfigDialog::secretSaved);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded() && !dialog.isBusy());
    const QString before = m_sandbox->state()->hmacSecret();
    dialog.findChild<QPushButton *>(QStringLiteral("generateButton"))->click();
    const QString secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY(secret != before);
    QVERIFY(dialog.saveButton()->isEnabled());

    // Cancel at the confirmation first: nothing changes.
    dialog.saveButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    QVERIFY(box->informativeText().contains(QLatin1String("old")));
    ndtest::boxButton(box, "cancelButton")->click();
    QTRY_VERIFY(ndtest::activeBox() == nullptr);
    QCOMPARE(m_sandbox->state()->hmacSecret(), before);

    dialog.saveButton()->click();
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    ndtest::boxButton(box, "confirmButton")->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_sandbox->state()->hmacSecret(), secret);
    QVERIFY(!dialog.saveButton()->isEnabled());
    // Saved: nothing left to cancel.
    auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QCOMPARE(close->text(), QStringLiteral("&Close"));
    dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(CallbackConfigDialog::generateSecret());
    QCOMPARE(close->text(), QStringLiteral("&Cancel"));
}

void TestCallbackConfigDialog::secretIsSeenWholeAndCanBeCopied()
{
    CallbackConfigDialog dialog(m_sandbox->pipeline());
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded() && !dialog.isBusy());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    dialog.findChild<QToolButton *>(QStringLiteral("revealButton"))->click();
    const QString secret = CallbackConfigDialog::generateSecret();
    edit->setText(secret);
    // Every character of a generated secret is visible (the text margins are a few pixels).
    QTRY_VERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(secret) + 12,
                 qPrintable(QStringLiteral("%1 < %2").arg(edit->width()).arg(edit->fontMetrics().horizontalAdvance(secret))));
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy && copy->isVisible() && copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), edit->text());
    edit->clear();
    QVERIFY(!copy->isEnabled());
}

QTEST_MAIN(TestCallbackConfigDialog)
#include "tst_callbackconfigdialog.moc"
