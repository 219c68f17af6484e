// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartclick.h"
#include "displaytext.h"
#include "insightpanel.h"
#include "mainwindowfixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include <memory>

using namespace nd;

// The Insight tab inside the main window, on the window's own sandbox: a click on a bar shows the Active tab
// filtered to exactly the numbers of that bar (checked against the sandbox's records), and "Sync now" runs the
// window's one sync (the Active tab's), after which the report shows what the server holds now.
class TestInsightWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initApplication(); }
    void init()
    {
        m_f = std::make_unique<MainWindowFixture>();
        QVERIFY(m_f->start(240));
    }
    void cleanup() { m_f.reset(); }

    void clickingABarFiltersTheActiveTab();
    void syncNowRunsTheWindowsSync();

private:
    QTabWidget *tabs() const { return m_f->window->findChild<QTabWidget *>(QStringLiteral("tabs")); }
    InsightPanel *showInsight();

    std::unique_ptr<MainWindowFixture> m_f;
};

InsightPanel *TestInsightWindow::showInsight()
{
    InsightPanel *insight = m_f->window->insightPanel();
    if (!insight || !tabs()) {
        return nullptr;
    }
    tabs()->setCurrentWidget(insight);
    const qint64 expected = m_f->state()->activeCount();
    if (!QTest::qWaitFor([&] { return insight->report() && insight->report()->total == expected; }, 20000)) {
        return nullptr;
    }
    return insight;
}

void TestInsightWindow::clickingABarFiltersTheActiveTab()
{
    InsightPanel *insight = showInsight();
    QVERIFY(insight);
    insight->setCurrency(QStringLiteral("USD"));
    QChartView *view = insight->chartView(InsightPanel::Chart::RunRate);
    const int category = nd::test::categoryIndex(view, QStringLiteral("US"));
    const int set = nd::test::setIndex(view, DisplayText::numberType(NumberType::Value::Local));
    QVERIFY(category >= 0 && set >= 0);

    nd::test::clickBar(view, set, category);
    ActivePanel *active = m_f->window->activePanel();
    QTRY_COMPARE(tabs()->currentWidget()->isAncestorOf(active), true);
    QStringList expected;
    for (const sandbox::ActiveNumberRecord &r : m_f->state()->activeNumbers()) {
        if (r.regionCode == QLatin1String("US") && r.type == sandbox::NumberType::Local && r.expireAtMs == 0) {
            expected.append(r.phoneNumber);
        }
    }
    QVERIFY(!expected.isEmpty());
    expected.sort();
    QTRY_VERIFY(!active->isLoading());
    QStringList shown = active->visibleNumbers();
    shown.sort();
    QCOMPARE(shown, expected);
    QVERIFY(active->shownDescription().contains(QStringLiteral("US")));
}

void TestInsightWindow::syncNowRunsTheWindowsSync()
{
    InsightPanel *insight = showInsight();
    QVERIFY(insight);
    const qint64 total = insight->report()->total;
    const qint64 releasing = insight->report()->releasing;
    // Someone else releases a number on the server (the dashboard, say).
    QString number;
    for (const sandbox::ActiveNumberRecord &r : m_f->state()->activeNumbers()) {
        if (r.expireAtMs == 0) {
            number = r.phoneNumber;
            break;
        }
    }
    QVERIFY(!number.isEmpty());
    m_f->state()->release(number);
    QSignalSpy started(m_f->window->activePanel(), &ActivePanel::syncStarted);
    auto *button = insight->findChild<QPushButton *>(QStringLiteral("insightSync"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.size(), 1); // the Active tab's sync, not one of its own
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->activePanel()->isSyncing(), 20000);
    QTRY_COMPARE(insight->report()->releasing, releasing + 1);
    QCOMPARE(insight->report()->total, total);
    QVERIFY(insight->report()->releasingNumbers.contains(number));
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestInsightWindow)
#include "tst_insightwindow.moc"
