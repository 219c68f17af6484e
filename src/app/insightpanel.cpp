// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightpanel.h"

#include "inventoryreportformat.h"
#include "inventorystore.h"
#include "privatefiles.h"

#include <QShowEvent>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nd {

namespace {

constexpr int NumbersRole = Qt::UserRole;
constexpr int DescriptionRole = Qt::UserRole + 1;
// An attention list shows at most this many lines; clicking its title chooses all of its numbers.
constexpr int MaxLines = 500;

int index(InsightPanel::Chart chart)
{
    return static_cast<int>(chart);
}

QString noInventoryYet()
{
    return InsightPanel::tr("No inventory yet: press Sync now to fetch every number into the local mirror.");
}

} // namespace

InsightPanel::InsightPanel(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    showMessage(noInventoryYet());
    showState();
}

InsightPanel::~InsightPanel() = default;

void InsightPanel::buildUi()
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("insightCurrency"));
    m_currency->setToolTip(tr("The currency the run-rate and the charges are shown in"));
    auto *currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_currency);
    m_syncButton = new QPushButton(tr("&Sync now"), this);
    m_syncButton->setObjectName(QStringLiteral("insightSync"));
    m_syncButton->setToolTip(tr("Fetch every active number into the local mirror, then show the report again"));
    m_refreshButton = new QPushButton(tr("Re&load"), this);
    m_refreshButton->setToolTip(tr("Read the local mirror again (no network)"));
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("insightSaveChart"));
    m_saveButton->setText(tr("Save c&hart as PNG…"));
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(m_saveButton);
    saveMenu->addAction(tr("Run-rate by region…"), this, [this] { saveChartAs(Chart::RunRate); });
    saveMenu->addAction(tr("Numbers by type…"), this, [this] { saveChartAs(Chart::Counts); });
    saveMenu->addAction(tr("Charges by month…"), this, [this] { saveChartAs(Chart::Timeline); });
    m_saveButton->setMenu(saveMenu);
    m_exportButton = new QPushButton(tr("E&xport report as CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("insightExport"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(currencyLabel);
    bar->addWidget(m_currency);
    bar->addStretch(1);
    bar->addWidget(m_syncButton);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_exportButton);

    for (int i = 0; i < 3; ++i) {
        m_charts[i] = new QChart;
        m_charts[i]->setLocalizeNumbers(true);
        m_charts[i]->setLocale(locale());
        m_charts[i]->legend()->setAlignment(Qt::AlignBottom);
        m_charts[i]->setAnimationOptions(QChart::NoAnimation);
        m_charts[i]->setBackgroundRoundness(0);
        m_charts[i]->layout()->setContentsMargins(0, 0, 0, 0);
        m_views[i] = new QChartView(m_charts[i], this);
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumSize(240, 200);
    }
    m_views[index(Chart::RunRate)]->setObjectName(QStringLiteral("insightRunRateChart"));
    m_views[index(Chart::Counts)]->setObjectName(QStringLiteral("insightCountsChart"));
    m_views[index(Chart::Timeline)]->setObjectName(QStringLiteral("insightTimelineChart"));
    m_charts[index(Chart::Counts)]->legend()->hide();
    m_charts[index(Chart::Timeline)]->legend()->hide();

    m_attention = new QTreeWidget(this);
    m_attention->setObjectName(QStringLiteral("insightAttention"));
    m_attention->setColumnCount(2);
    m_attention->setHeaderLabels({tr("Needs attention"), tr("Why")});
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_attention->header()->resizeSection(
        0, m_attention->fontMetrics().horizontalAdvance(QStringLiteral("+000000000000000")) + 2 * m_attention->indentation());
    m_attention->setUniformRowHeights(true);

    // Wide charts (region, month) on the left; counts and the attention lists on the right.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_views[index(Chart::RunRate)]);
    left->addWidget(m_views[index(Chart::Timeline)]);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_views[index(Chart::Counts)]);
    right->addWidget(m_attention);
    auto *vertical = new QSplitter(Qt::Horizontal, this);
    vertical->addWidget(left);
    vertical->addWidget(right);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({600, 400});

    // Nothing to chart (no sync yet, or no numbers): a sentence where the charts would be, not empty axes.
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("insightEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(vertical);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] { fillMoneyCharts(); });
    connect(m_syncButton, &QPushButton::clicked, this, &InsightPanel::syncNow);
    connect(m_refreshButton, &QPushButton::clicked, this, &InsightPanel::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, &InsightPanel::exportCsvAs);
    connect(m_attention, &QTreeWidget::itemClicked, this, &InsightPanel::attentionClicked);
    applyPalette();
}

void InsightPanel::setSource(const QString &mirrorPath)
{
    if (m_mirrorPath == mirrorPath) {
        return;
    }
    // Nothing of the previous connection's mirror stays: not its report, not its bars (a click would choose its
    // numbers), not its sync (a sync is stopped, without a word, when the connection changes).
    m_mirrorPath = mirrorPath;
    m_report.reset();
    m_synced = false;
    m_syncing = false;
    m_syncButton->setEnabled(true);
    for (auto &bars : m_bars) {
        bars.clear();
    }
    m_stale = false;
    showMessage(QString());
    showState();
    if (QFileInfo::exists(mirrorPath)) {
        if (!isVisible()) {
            m_stale = true; // read when the tab is shown
            return;
        }
        refresh();
    } else {
        setReport(InventoryReport::compute({}, QDateTime::currentDateTimeUtc()));
    }
}

bool InsightPanel::refresh()
{
    m_stale = false;
    if (m_mirrorPath.isEmpty()) {
        return false;
    }
    const auto failed = [this](const QString &error) {
        showMessage(error);
        if (!m_report) {
            showCharts(false, error);
        }
        return false;
    };
    InventoryStore store(m_mirrorPath);
    if (!store.open()) {
        return failed(store.errorString());
    }
    // Whether the numbers read belong to a sync: another process (the CLI) may save one between the two reads, so
    // they are read again when the last sync changed meanwhile.
    std::optional<QList<ActiveNumber>> numbers;
    std::optional<InventorySyncInfo> last = store.lastSync();
    for (int attempt = 0; attempt < 3; ++attempt) {
        numbers = store.readAllNumbers();
        if (!numbers) {
            return failed(store.errorString());
        }
        const std::optional<InventorySyncInfo> after = store.lastSync();
        const bool same = after.has_value() == last.has_value() && (!after || after->id == last->id);
        last = after;
        if (same) {
            break;
        }
    }
    m_synced = last.has_value();
    setReport(InventoryReport::compute(*numbers, QDateTime::currentDateTimeUtc()));
    return true;
}

void InsightPanel::syncNow()
{
    if (!m_syncing && !m_mirrorPath.isEmpty()) {
        Q_EMIT syncRequested();
    }
}

QString InsightPanel::syncingText()
{
    return tr("Syncing the local mirror (progress in the status bar)…");
}

void InsightPanel::syncStarted()
{
    m_syncing = true;
    m_syncButton->setEnabled(false);
    showMessage(syncingText());
    showState();
}

void InsightPanel::syncFinished(bool ok)
{
    m_syncing = false;
    m_syncButton->setEnabled(true);
    if (!ok) {
        showMessage(m_synced ? tr("The sync did not finish; the report shows the mirror's previous sync.")
                             : tr("The sync did not finish (it was cancelled, or the message at the top of the window "
                                  "says why), and there is no earlier sync to show. Press Sync now to try again."));
    }
    showState();
}

void InsightPanel::mirrorChanged()
{
    if (m_mirrorPath.isEmpty()) {
        return;
    }
    if (isVisible()) {
        refresh();
    } else {
        m_stale = true;
    }
}

void InsightPanel::setReport(const InventoryReport &report)
{
    m_report = report;
    const QString previous = m_currency->currentText();
    const QStringList currencies = report.currencies();
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        m_currency->addItems(currencies);
        const qsizetype keep = currencies.indexOf(previous);
        m_currency->setCurrentIndex(keep >= 0 ? int(keep) : 0);
    }
    m_currency->setEnabled(currencies.size() > 1);

    QStringList rates;
    for (auto it = report.runRate.cbegin(); it != report.runRate.cend(); ++it) {
        rates << it.key() + QLatin1Char(' ') + InsightCharts::localizedAmount(it.value().toString(2), locale());
    }
    //: %1 = count of numbers, %2 = count being released, %3 = "EUR 12,50, USD 3.00", %4 = date and time
    const QString summary = tr("%1 numbers, %2 of them being released. Run-rate per month: %3. As of %4.")
                                .arg(locale().toString(report.total), locale().toString(report.releasing),
                                     rates.isEmpty() ? tr("none") : rates.join(QLatin1String(", ")),
                                     locale().toString(report.asOf.toLocalTime(), QLocale::ShortFormat));
    InsightCharts::fillCounts(m_charts[index(Chart::Counts)], report, locale(), &m_bars[index(Chart::Counts)]);
    connectBars(Chart::Counts);
    fillMoneyCharts();
    fillAttention();
    applyPalette();
    // A mirror never synced has no report to sum up (its numbers, if any, are the ones NumberDesk rented itself).
    showMessage(m_synced ? summary : m_syncing ? syncingText() : noInventoryYet());
    showState();
    Q_EMIT reportChanged();
}

QString InsightPanel::currency() const
{
    return m_currency->currentText();
}

void InsightPanel::setCurrency(const QString &currency)
{
    const int i = m_currency->findText(currency);
    if (i >= 0) {
        m_currency->setCurrentIndex(i);
    }
}

void InsightPanel::fillMoneyCharts()
{
    if (!m_report) {
        return;
    }
    InsightCharts::fillRunRate(m_charts[index(Chart::RunRate)], *m_report, currency(), locale(),
                               &m_bars[index(Chart::RunRate)]);
    InsightCharts::fillTimeline(m_charts[index(Chart::Timeline)], *m_report, currency(), locale(),
                                &m_bars[index(Chart::Timeline)]);
    connectBars(Chart::RunRate);
    connectBars(Chart::Timeline);
    applyPalette();
}

// The bar sets are new after every fill: each click reports its set and category.
void InsightPanel::connectBars(Chart chart)
{
    for (QAbstractSeries *series : m_charts[index(chart)]->series()) {
        const QList<QBarSet *> sets = static_cast<QAbstractBarSeries *>(series)->barSets();
        for (int s = 0; s < sets.size(); ++s) {
            connect(sets.at(s), &QBarSet::clicked, this,
                    [this, chart, s](int category) { barClicked(chart, s, category); });
        }
    }
}

void InsightPanel::fillAttention()
{
    m_attention->clear();
    const auto addList = [this](const QString &title, const QStringList &numbers, const QStringList &details) {
        auto *top = new QTreeWidgetItem(m_attention, {title.arg(locale().toString(numbers.size()))});
        top->setFirstColumnSpanned(true);
        top->setData(0, NumbersRole, numbers);
        top->setData(0, DescriptionRole, title.arg(numbers.size()));
        for (int i = 0; i < numbers.size() && i < MaxLines; ++i) {
            auto *line = new QTreeWidgetItem(top, {numbers.at(i), details.value(i)});
            line->setData(0, NumbersRole, QStringList{numbers.at(i)});
            line->setData(0, DescriptionRole, numbers.at(i));
            line->setToolTip(1, details.value(i));
        }
        if (numbers.size() > MaxLines) {
            auto *more = new QTreeWidgetItem(top, {tr("… and %1 more").arg(locale().toString(numbers.size() - MaxLines))});
            more->setData(0, NumbersRole, numbers);
            more->setData(0, DescriptionRole, title.arg(numbers.size()));
        }
    };
    if (!m_report) {
        return;
    }
    QStringList words;
    for (const InventoryReport::Failure &f : m_report->provisioningFailed) {
        words << f.description();
    }
    addList(tr("Provisioning failed (%1)"), m_report->failedNumbers(), words);
    m_attention->expandItem(m_attention->topLevelItem(0)); // the failures with their reasons in view
    addList(tr("Provisioning pending for more than an hour (%1)"), m_report->provisioningPending, {});
    addList(tr("Neither SMS nor voice linked (%1)"), m_report->unconfigured, {});
    addList(tr("Released within 7 days (%1)"), m_report->releasingSoon, {});
    if (!m_report->unpriced.isEmpty()) {
        addList(tr("Price unreadable, left out of the amounts (%1)"), m_report->unpriced, {});
    }
}

std::optional<InsightCharts::Bar> InsightPanel::bar(Chart chart, int set, int category) const
{
    const QList<QList<InsightCharts::Bar>> &bars = m_bars[index(chart)];
    if (set < 0 || set >= bars.size() || category < 0 || category >= bars.at(set).size()) {
        return std::nullopt;
    }
    return bars.at(set).at(category);
}

void InsightPanel::barClicked(Chart chart, int set, int category)
{
    const auto chosen = bar(chart, set, category);
    if (chosen && !chosen->phoneNumbers.isEmpty()) {
        Q_EMIT numbersChosen(chosen->description, chosen->phoneNumbers);
    }
}

void InsightPanel::attentionClicked(QTreeWidgetItem *item)
{
    const QStringList numbers = item->data(0, NumbersRole).toStringList();
    if (!numbers.isEmpty()) {
        Q_EMIT numbersChosen(item->data(0, DescriptionRole).toString(), numbers);
    }
}

void InsightPanel::showMessage(const QString &text)
{
    m_summary->setText(text);
}

void InsightPanel::showState()
{
    // The charts when there is something to chart; otherwise a sentence in their place, not empty axes.
    const bool charts = m_synced && m_report && m_report->total > 0;
    QString text;
    if (charts) {
        // shown
    } else if (!m_synced && m_syncing) {
        //: Shown where the charts go, while the first sync of a mirror runs.
        text = tr("The first sync of this inventory is running; the report follows when it is saved.");
    } else if (!m_synced) {
        text = noInventoryYet();
    } else {
        //: Shown where the charts go: the last sync found no numbers.
        text = tr("The project had no active numbers at the last sync: there is nothing to chart.");
    }
    showCharts(charts, text);
    m_saveButton->setEnabled(charts);
    m_exportButton->setEnabled(m_synced && m_report.has_value());
}

void InsightPanel::showCharts(bool show, const QString &text)
{
    m_empty->setText(show ? QString() : text);
    m_pages->setCurrentIndex(show ? 0 : 1);
}

QString InsightPanel::emptyText() const
{
    return m_pages->currentIndex() == 1 ? m_empty->text() : QString();
}

QString InsightPanel::summaryText() const
{
    return m_summary->text();
}

QChartView *InsightPanel::chartView(Chart chart) const
{
    return m_views[index(chart)];
}

bool InsightPanel::saveChart(Chart chart, const QString &filePath)
{
    if (!PrivateFiles::ensureFile(filePath)) {
        return false;
    }
    return m_views[index(chart)]->grab().save(filePath, "PNG");
}

bool InsightPanel::exportCsv(const QString &filePath)
{
    if (!m_report || !PrivateFiles::ensureFile(filePath)) {
        return false;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(InventoryReportFormat::toCsv(*m_report));
    return file.commit();
}

void InsightPanel::saveChartAs(Chart chart)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), QStringLiteral("chart.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !saveChart(chart, path)) {
        showMessage(tr("The chart could not be saved to %1.").arg(path));
    }
}

void InsightPanel::exportCsvAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report as CSV"),
                                                      QStringLiteral("inventory-report.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path)) {
        showMessage(tr("The report could not be written to %1.").arg(path));
    }
}

void InsightPanel::applyPalette()
{
    for (QChart *chart : m_charts) {
        InsightCharts::applyPalette(chart, palette());
    }
}

void InsightPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void InsightPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if ((event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) && m_report) {
        for (QChart *chart : m_charts) {
            chart->setLocale(locale());
        }
        setReport(*m_report);
    }
}

} // namespace nd
