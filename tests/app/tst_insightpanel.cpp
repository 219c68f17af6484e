// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"
#include "insightpanel.h"
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
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace nd;
using nd::test::SandboxFixture;

// The Insight tab on its own, offscreen: it syncs a seeded sandbox into a real mirror over loopback HTTP, shows
// the report, and real mouse clicks on a bar, a month and an attention line emit exactly the numbers the test
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

private:
    // Clicks the middle of bar (set, category) of a bar chart, as a person would.
    void clickBar(QChartView *view, int set, int category);
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
    m_panel = std::make_unique<InsightPanel>();
    m_panel->resize(1400, 900);
    m_panel->setSource(m_sb.client.get(), m_dir.filePath(QStringLiteral("mirror.sqlite")));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *sync = m_panel->findChild<QPushButton *>(QStringLiteral("insightSync"));
    QVERIFY(sync);
    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->report() && m_panel->report()->total == m_sb.state()->activeCount(), 60000);
    QVERIFY(!m_panel->isSyncing());
    QVERIFY(m_panel->report()->currencies().contains(QStringLiteral("USD")));
    m_panel->setCurrency(QStringLiteral("USD"));
    QCOMPARE(m_panel->currency(), QStringLiteral("USD"));
}

void TestInsightPanel::clickBar(QChartView *view, int set, int category)
{
    QChart *chart = view->chart();
    QVERIFY(!chart->series().isEmpty());
    QCoreApplication::processEvents(); // pending layout requests of the chart
    QTRY_VERIFY(!chart->plotArea().isEmpty());
    auto *series = static_cast<QAbstractBarSeries *>(chart->series().constFirst());
    const QList<QBarSet *> sets = series->barSets();
    QVERIFY(set < sets.size());
    const bool stacked = series->type() == QAbstractSeries::SeriesTypeStackedBar;
    double below = 0;
    for (int s = 0; stacked && s < set; ++s) {
        below += sets.at(s)->at(category);
    }
    const double value = sets.at(set)->at(category);
    QVERIFY(value > 0);
    // A bar of a (non-stacked) series with several sets sits in its own slot of the category.
    double x = category;
    if (!stacked && sets.size() > 1) {
        x += (set + 0.5) / sets.size() * 0.5 - 0.25;
    }
    const QPointF inChart = chart->mapToPosition(QPointF(x, below + value / 2), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    // Something of the chart is under the pointer (a bar is item type 3, a QGraphicsRectItem).
    QVERIFY(view->itemAt(inView));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

void TestInsightPanel::clickingARegionBarChoosesItsNumbers()
{
    QChartView *view = m_panel->chartView(InsightPanel::Chart::RunRate);
    auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    const int category = int(axis->categories().indexOf(QStringLiteral("US")));
    QVERIFY(category >= 0);
    auto *series = static_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    int set = -1;
    for (int s = 0; s < series->barSets().size(); ++s) {
        if (series->barSets().at(s)->label() == DisplayText::numberType(NumberType::Value::Local))
            set = s;
    }
    QVERIFY(set >= 0);

    QSignalSpy chosen(m_panel.get(), &InsightPanel::numbersChosen);
    clickBar(view, set, category);
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
    clickBar(view, 0, 1);
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

QTEST_MAIN(TestInsightPanel)
#include "tst_insightpanel.moc"
