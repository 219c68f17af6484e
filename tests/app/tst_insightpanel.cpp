// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"
#include "chartclick.h"
#include "insightpanel.h"
#include "inventorystore.h"
#include "inventorysync.h"
#include "mirrorsync.h"
#include "sandboxfixture.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace nd;
using nd::test::SandboxFixture;

// The Insight tab on its own, offscreen: a seeded sandbox is synced into a real mirror over loopback HTTP, the tab
// shows its report, and real mouse clicks on a bar, a month and an attention line emit exactly the numbers the test
// finds in the sandbox's own records.
class TestInsightPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickingARegionBarChoosesItsNumbers();
    void clickingAMonthChoosesTheNumbersChargedThen();
    void clickingAnAttentionListChoosesItsNumbers();
    void chartsFollowThePalette();
    void savesChartAndExportsCsv();
    void aMirrorNeverSyncedSaysWhatToDoNotPreviousSync();
    void aProjectWithoutNumbersSaysSoInsteadOfEmptyCharts();
    void chartsWithoutACurrencyHaveNoEmptyParentheses();
    void anotherConnectionsMirrorKeepsNothingOfThePreviousOne();

private:
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    SandboxFixture m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<InsightPanel> m_panel;
};

void TestInsightPanel::initTestCase()
{
    QVERIFY(m_sb.start(QString(), 0, 300, 7));
    const QString path = m_dir.filePath(QStringLiteral("mirror.sqlite"));
    {
        InventoryStore store(path);
        QVERIFY(store.open());
        QVERIFY(nd::test::syncMirror(m_sb.client.get(), &store).value_or(InventorySyncResult()).ok());
    }
    m_panel = std::make_unique<InsightPanel>();
    m_panel->resize(1400, 900);
    m_panel->setSource(path);
    QVERIFY(!m_panel->report()); // read when shown, not before
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->report() && m_panel->report()->total == m_sb.state()->activeCount(), 60000);

    // Sync now asks for the application's one sync, and is off while that sync runs.
    auto *sync = m_panel->findChild<QPushButton *>(QStringLiteral("insightSync"));
    QVERIFY(sync);
    QSignalSpy requested(m_panel.get(), &InsightPanel::syncRequested);
    QTest::mouseClick(sync, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    m_panel->syncStarted();
    QVERIFY(m_panel->isSyncing());
    QVERIFY(!sync->isEnabled());
    m_panel->syncNow();
    QCOMPARE(requested.size(), 1);
    m_panel->syncFinished(true);
    QVERIFY(!m_panel->isSyncing());
    QVERIFY(sync->isEnabled());
    QVERIFY(m_panel->report()->currencies().contains(QStringLiteral("USD")));
    m_panel->setCurrency(QStringLiteral("USD"));
    QCOMPARE(m_panel->currency(), QStringLiteral("USD"));
}

void TestInsightPanel::clickingARegionBarChoosesItsNumbers()
{
    QChartView *view = m_panel->chartView(InsightPanel::Chart::RunRate);
    const int category = nd::test::categoryIndex(view, QStringLiteral("US"));
    QVERIFY(category >= 0);
    const int set = nd::test::setIndex(view, DisplayText::numberType(NumberType::Value::Local));
    QVERIFY(set >= 0);

    QSignalSpy chosen(m_panel.get(), &InsightPanel::numbersChosen);
    nd::test::clickBar(view, set, category);
    QTRY_COMPARE(chosen.size(), 1);

    QStringList expected;
    for (const sandbox::ActiveNumberRecord &r : m_sb.state()->activeNumbers()) {
        if (r.regionCode == QLatin1String("US") && r.type == sandbox::NumberType::Local && r.expireAtMs == 0)
            expected.append(r.phoneNumber);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sorted(chosen.at(0).at(1).toStringList()), sorted(expected));
    QVERIFY(chosen.at(0).at(0).toString().contains(QStringLiteral("US")));
}

void TestInsightPanel::clickingAMonthChoosesTheNumbersChargedThen()
{
    QChartView *view = m_panel->chartView(InsightPanel::Chart::Timeline);
    // The second month: every monthly number is charged in it (the first may have passed some charges already).
    const QDate now = QDateTime::fromMSecsSinceEpoch(m_sb.state()->nowMs(), Qt::UTC).date();
    const QDate month = QDate(now.year(), now.month(), 1).addMonths(1);
    QSignalSpy chosen(m_panel.get(), &InsightPanel::numbersChosen);
    nd::test::clickBar(view, 0, 1);
    QTRY_COMPARE(chosen.size(), 1);

    QStringList expected;
    for (const sandbox::ActiveNumberRecord &r : m_sb.state()->activeNumbers()) {
        if (r.expireAtMs != 0)
            continue;
        QDate charge = QDateTime::fromMSecsSinceEpoch(r.nextChargeMs, Qt::UTC).date();
        while (charge < month)
            charge = charge.addMonths(r.paymentIntervalMonths);
        if (charge.year() == month.year() && charge.month() == month.month())
            expected.append(r.phoneNumber);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sorted(chosen.at(0).at(1).toStringList()), sorted(expected));
}

void TestInsightPanel::clickingAnAttentionListChoosesItsNumbers()
{
    QTreeWidget *tree = m_panel->attentionTree();
    QTreeWidgetItem *failed = tree->topLevelItem(0);
    QVERIFY(failed);
    QStringList expected;
    for (const sandbox::ActiveNumberRecord &r : m_sb.state()->activeNumbers()) {
        if ((r.scheduledSms && r.scheduledSms->status == sandbox::ProvisioningStatus::Failed)
            || (r.scheduledVoice && r.scheduledVoice->status == sandbox::ProvisioningStatus::Failed))
            expected.append(r.phoneNumber);
    }
    QVERIFY(!expected.isEmpty());
    QSignalSpy chosen(m_panel.get(), &InsightPanel::numbersChosen);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(failed).center());
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(sorted(chosen.at(0).at(1).toStringList()), sorted(expected));

    // One line: that number alone, with its failure in words.
    tree->expandItem(failed);
    QTreeWidgetItem *line = failed->child(0);
    QVERIFY(line);
    QVERIFY(!line->text(1).isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(line).center());
    QTRY_COMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(1).toStringList(), QStringList{line->text(0)});
}

void TestInsightPanel::chartsFollowThePalette()
{
    QPalette dark = m_panel->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_panel->setPalette(dark);
    for (auto chart : {InsightPanel::Chart::RunRate, InsightPanel::Chart::Counts, InsightPanel::Chart::Timeline}) {
        QChart *c = m_panel->chartView(chart)->chart();
        QTRY_COMPARE(c->theme(), QChart::ChartThemeDark);
        QCOMPARE(c->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        QCOMPARE(c->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    }
    m_panel->setPalette(QPalette());
    QTRY_COMPARE(m_panel->chartView(InsightPanel::Chart::RunRate)->chart()->theme(), QChart::ChartThemeLight);
}

void TestInsightPanel::savesChartAndExportsCsv()
{
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(m_panel->saveChart(InsightPanel::Chart::RunRate, png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), m_panel->chartView(InsightPanel::Chart::RunRate)->size());

    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("section,regionCode,type,month,currency,count,amount,phoneNumber,detail"));
    int unconfigured = 0;
    for (const QByteArray &l : lines) {
        unconfigured += l.startsWith("unconfigured,") ? 1 : 0;
    }
    QCOMPARE(unconfigured, m_panel->report()->unconfigured.size());
}

void TestInsightPanel::aMirrorNeverSyncedSaysWhatToDoNotPreviousSync()
{
    // The synced panel: a failed sync leaves its report, and says so.
    m_panel->syncStarted();
    m_panel->syncFinished(false);
    QVERIFY2(m_panel->summaryText().contains(QStringLiteral("previous sync")), qPrintable(m_panel->summaryText()));
    QVERIFY(m_panel->emptyText().isEmpty());
    QVERIFY(m_panel->chartView(InsightPanel::Chart::RunRate)->isVisible());
    QVERIFY(m_panel->refresh());

    // A mirror file that exists but was never synced (the first sync failed, say).
    const QString path = m_dir.filePath(QStringLiteral("never-synced.sqlite"));
    {
        InventoryStore store(path);
        QVERIFY(store.open());
    }
    InsightPanel panel;
    panel.resize(1000, 700);
    panel.setSource(path);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.report().has_value());
    QVERIFY(!panel.hasSync());
    QCOMPARE(panel.report()->total, 0);
    const QString noInventory =
        QStringLiteral("No inventory yet: press Sync now to fetch every number into the local mirror.");
    QCOMPARE(panel.emptyText(), noInventory);
    QCOMPARE(panel.summaryText(), noInventory);
    // No empty axes: the charts are not shown, the sentence is.
    auto *empty = panel.findChild<QLabel *>(QStringLiteral("insightEmpty"));
    QVERIFY(empty && empty->isVisible());
    for (const auto chart : {InsightPanel::Chart::RunRate, InsightPanel::Chart::Counts, InsightPanel::Chart::Timeline}) {
        QVERIFY(!panel.chartView(chart)->isVisible());
    }
    auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("insightExport"));
    QVERIFY(exportButton && !exportButton->isEnabled());
    auto *saveButton = panel.findChild<QToolButton *>(QStringLiteral("insightSaveChart"));
    QVERIFY(saveButton && !saveButton->isEnabled());

    const QString firstSync =
        QStringLiteral("The first sync of this inventory is running; the report follows when it is saved.");
    const QString syncing = QStringLiteral("Syncing the local mirror (progress in the status bar)…");
    panel.syncStarted();
    QCOMPARE(panel.emptyText(), firstSync);
    QCOMPARE(panel.summaryText(), syncing);
    // The mirror read again during the first sync (the tab shown, a number rented, Reload): still running.
    QVERIFY(panel.refresh());
    QCOMPARE(panel.emptyText(), firstSync);
    QCOMPARE(panel.summaryText(), syncing);
    panel.syncFinished(false);
    QVERIFY2(!panel.summaryText().contains(QStringLiteral("previous sync")), qPrintable(panel.summaryText()));
    QVERIFY2(panel.summaryText().contains(QStringLiteral("no earlier sync")), qPrintable(panel.summaryText()));
    QCOMPARE(panel.emptyText(), noInventory);
}

void TestInsightPanel::aProjectWithoutNumbersSaysSoInsteadOfEmptyCharts()
{
    SandboxFixture none;
    QVERIFY(none.start(QString(), 0, 0, 7));
    const QString path = m_dir.filePath(QStringLiteral("no-numbers.sqlite"));
    {
        InventoryStore store(path);
        QVERIFY(store.open());
        QVERIFY(nd::test::syncMirror(none.client.get(), &store).value_or(InventorySyncResult()).ok());
    }
    InsightPanel panel;
    panel.resize(1000, 700);
    panel.setSource(path);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.report().has_value());
    QVERIFY(panel.hasSync());
    QCOMPARE(panel.report()->total, 0);
    QCOMPARE(panel.emptyText(),
             QStringLiteral("The project had no active numbers at the last sync: there is nothing to chart."));
    QVERIFY(panel.summaryText().startsWith(QStringLiteral("0 numbers")));
    QVERIFY(!panel.chartView(InsightPanel::Chart::Counts)->isVisible());
    // An empty report is still a report: it can be exported; there is no chart to save.
    auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("insightExport"));
    QVERIFY(exportButton && exportButton->isEnabled());
    auto *saveButton = panel.findChild<QToolButton *>(QStringLiteral("insightSaveChart"));
    QVERIFY(saveButton && !saveButton->isEnabled());
}

void TestInsightPanel::chartsWithoutACurrencyHaveNoEmptyParentheses()
{
    QCOMPARE(m_panel->chartView(InsightPanel::Chart::RunRate)->chart()->title(),
             QStringLiteral("Run-rate per month by region (%1)").arg(m_panel->currency()));
    const InventoryReport empty = InventoryReport::compute({}, QDateTime::currentDateTimeUtc());
    QChart chart;
    QList<QList<InsightCharts::Bar>> bars;
    InsightCharts::fillRunRate(&chart, empty, QString(), QLocale::c(), &bars);
    QCOMPARE(chart.title(), QStringLiteral("Run-rate per month by region"));
    InsightCharts::fillTimeline(&chart, empty, QString(), QLocale::c(), &bars);
    QCOMPARE(chart.title(), QStringLiteral("Charges due in the next 12 months"));
}

void TestInsightPanel::anotherConnectionsMirrorKeepsNothingOfThePreviousOne()
{
    InsightPanel panel;
    panel.resize(1000, 700);
    panel.setSource(m_panel->mirrorPath());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.report().has_value() && panel.report()->total > 0);
    QVERIFY(panel.bar(InsightPanel::Chart::Counts, 0, 0).has_value());
    auto *sync = panel.findChild<QPushButton *>(QStringLiteral("insightSync"));
    panel.syncStarted(); // the connection changes while its sync runs: the sync is stopped without a report
    QVERIFY(!sync->isEnabled());

    // A file that is not a mirror: its error, where the charts were, and nothing of the previous mirror.
    const QString notAMirror = m_dir.filePath(QStringLiteral("not-a-mirror.sqlite"));
    {
        QFile file(notAMirror);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just text that happens to be long enough to have a header\n");
    }
    panel.setSource(notAMirror);
    QVERIFY(!panel.isSyncing());
    QVERIFY(sync->isEnabled());
    QVERIFY(!panel.report().has_value());
    QVERIFY(!panel.bar(InsightPanel::Chart::Counts, 0, 0).has_value());
    QVERIFY(!panel.emptyText().isEmpty());
    QCOMPARE(panel.emptyText(), panel.summaryText());
    QVERIFY2(panel.emptyText().contains(QStringLiteral("not-a-mirror.sqlite")), qPrintable(panel.emptyText()));
    QVERIFY(!panel.chartView(InsightPanel::Chart::Counts)->isVisible());
    QVERIFY(!panel.findChild<QToolButton *>(QStringLiteral("insightSaveChart"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("insightExport"))->isEnabled());
}

QTEST_MAIN(TestInsightPanel)
#include "tst_insightpanel.moc"
