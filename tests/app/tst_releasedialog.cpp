// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "releasedialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace nd;

class TestReleaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releasesOneNumber();
    void severalNeedTheCountTyped();
    void cancelReleasesNothing();
    void showsExactTotal();
    void warnsAboutAnEmergencyAddress();
    void longNameKeepsTheResultColumnInView();

private:
    QList<ActiveNumber> take(int count);

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QStringList m_unused;
};

void TestReleaseDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(20));
    const auto records = m_sandbox->state()->activeNumbers();
    for (const auto &r : records) {
        if (r.expireAtMs == 0) {
            m_unused << r.phoneNumber;
        }
    }
    QVERIFY(m_unused.size() >= 10);
}

QList<ActiveNumber> TestReleaseDialog::take(int count)
{
    QList<ActiveNumber> numbers;
    for (int i = 0; i < count; ++i) {
        const auto n = m_sandbox->fetchActive(m_unused.takeFirst());
        if (n) {
            numbers << *n;
        }
    }
    return numbers;
}

void TestReleaseDialog::releasesOneNumber()
{
    const QList<ActiveNumber> numbers = take(1);
    QCOMPARE(numbers.size(), 1);
    ReleaseDialog dialog(m_sandbox->pipeline(), numbers);
    QSignalSpy released(&dialog, &ReleaseDialog::numberReleased);
    dialog.show();
    // One number: no count to type, but Cancel stays the default button.
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("countEdit"))->isVisible());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isDefault());
    QVERIFY(dialog.releaseButton()->isEnabled());
    dialog.releaseButton()->click();
    QVERIFY(released.wait(10000));
    QTRY_VERIFY(dialog.isFinished());
    const auto answer = released.first().first().value<ActiveNumber>();
    QVERIFY(answer.expireAt.isValid());
    const auto *record = m_sandbox->state()->activeNumber(numbers.first().phoneNumber);
    QVERIFY(record);
    QVERIFY(record->expireAtMs != 0);
    QCOMPARE(dialog.state(0), BatchRun::ItemState::Done);
    QVERIFY2(dialog.resultText(0).startsWith(QLatin1String("Released")), qPrintable(dialog.resultText(0)));
}

void TestReleaseDialog::severalNeedTheCountTyped()
{
    const QList<ActiveNumber> numbers = take(3);
    QCOMPARE(numbers.size(), 3);
    ReleaseDialog dialog(m_sandbox->pipeline(), numbers);
    QSignalSpy released(&dialog, &ReleaseDialog::numberReleased);
    dialog.show();
    auto *count = dialog.findChild<QLineEdit *>(QStringLiteral("countEdit"));
    QVERIFY(count->isVisible());
    QVERIFY(!dialog.releaseButton()->isEnabled());
    QTest::keyClicks(count, QStringLiteral("2"));
    QVERIFY(!dialog.releaseButton()->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("three"));
    QVERIFY(!dialog.releaseButton()->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("3"));
    QVERIFY(dialog.releaseButton()->isEnabled());

    dialog.releaseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 20000);
    QCOMPARE(released.count(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog.state(row), BatchRun::ItemState::Done);
        QVERIFY(!dialog.resultText(row).isEmpty());
        const auto *record = m_sandbox->state()->activeNumber(numbers.at(row).phoneNumber);
        QVERIFY(record && record->expireAtMs != 0);
    }
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("3 of 3")));
}

void TestReleaseDialog::cancelReleasesNothing()
{
    const int releasesBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("release"));
    const QList<ActiveNumber> numbers = take(2);
    QCOMPARE(numbers.size(), 2);
    ReleaseDialog dialog(m_sandbox->pipeline(), numbers);
    QSignalSpy released(&dialog, &ReleaseDialog::numberReleased);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("countEdit")), QStringLiteral("2"));
    QVERIFY(dialog.releaseButton()->isEnabled());
    dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(released.count(), 0);
    for (const ActiveNumber &n : numbers) {
        const auto *record = m_sandbox->state()->activeNumber(n.phoneNumber);
        QVERIFY(record && record->expireAtMs == 0);
    }
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("release")), releasesBefore);
}

void TestReleaseDialog::showsExactTotal()
{
    // Three made-up prices whose double sum is not exact (0.1 + 0.2 != 0.3 in binary floating point).
    QList<ActiveNumber> numbers;
    const char *amounts[] = {"0.1", "0.2", "1.005"};
    for (const char *amount : amounts) {
        ActiveNumber n;
        n.phoneNumber = QStringLiteral("+12065550100");
        n.money = Money{QStringLiteral("USD"), QLatin1String(amount)};
        n.paymentIntervalMonths = 1;
        numbers << n;
    }
    ActiveNumber eur;
    eur.phoneNumber = QStringLiteral("+46701234567");
    eur.money = Money{QStringLiteral("EUR"), QStringLiteral("2.50")};
    eur.paymentIntervalMonths = 3;
    numbers << eur;
    ReleaseDialog dialog(m_sandbox->pipeline(), numbers);
    const QString total = dialog.findChild<QLabel *>(QStringLiteral("totalLabel"))->text();
    QVERIFY2(total.contains(QLatin1String("USD 1.305 every month")), qPrintable(total));
    QVERIFY2(total.contains(QLatin1String("EUR 2.50 every 3 months")), qPrintable(total));
}

void TestReleaseDialog::warnsAboutAnEmergencyAddress()
{
    QString e164;
    for (const auto &r : m_sandbox->state()->activeNumbers()) {
        if (r.expireAtMs == 0 && r.regionCode == QLatin1String("US") && (r.capabilities & sandbox::Capability::Voice)
            && m_unused.contains(r.phoneNumber)) {
            e164 = r.phoneNumber;
            break;
        }
    }
    if (e164.isEmpty()) {
        QSKIP("the seeded sandbox has no unused US voice number");
    }
    m_unused.removeAll(e164);
    sandbox::EmergencyAddress address;
    address.streetNumber = QStringLiteral("221");
    address.streetInfo = QStringLiteral("Pine St");
    address.city = QStringLiteral("Seattle");
    address.state = QStringLiteral("WA");
    address.postalCode = QStringLiteral("98101");
    m_sandbox->state()->setEmergencyAddress(e164, QStringLiteral("Front desk"), address);
    const auto withAddress = m_sandbox->fetchActive(e164);
    QVERIFY(withAddress);
    const QList<ActiveNumber> others = take(1);

    {
        ReleaseDialog dialog(m_sandbox->pipeline(), {*withAddress});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.emergencyLabel()->isVisible(), 10000);
        const QString text = dialog.emergencyLabel()->text();
        QVERIFY2(text.contains(QLatin1String("E911")) && text.contains(QLatin1String("221 Pine St"))
                     && text.contains(QLatin1String("goes with the number")),
                 qPrintable(text));
    }
    {
        // Numbers without an address: no warning once every check has answered.
        ReleaseDialog dialog(m_sandbox->pipeline(), others);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.emergencyChecksDone(), 10000);
        QVERIFY(!dialog.emergencyLabel()->isVisible());
    }
    m_sandbox->state()->clearEmergencyAddress(e164);
}

void TestReleaseDialog::longNameKeepsTheResultColumnInView()
{
    QList<ActiveNumber> numbers = take(1);
    QCOMPARE(numbers.size(), 1);
    numbers.first().displayName = QString(120, QLatin1Char('W'));
    ReleaseDialog dialog(m_sandbox->pipeline(), numbers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("numbersTree"));
    QHeaderView *header = tree->header();
    const int result = header->logicalIndex(header->count() - 1);
    QTRY_VERIFY2(header->sectionViewportPosition(result) + 40 <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("Result at %1 of %2").arg(header->sectionViewportPosition(result))
                                .arg(tree->viewport()->width())));
    QCOMPARE(tree->topLevelItem(0)->toolTip(1), numbers.first().displayName);
}

QTEST_MAIN(TestReleaseDialog)
#include "tst_releasedialog.moc"
