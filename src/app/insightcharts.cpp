// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightcharts.h"

#include "displaytext.h"
#include "inventoryreportformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace nd {

namespace {

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Axes for a bar series: categories along the bottom, values up the left from 0.
void attachAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double maxValue,
                bool wholeNumbers, int labelsAngle = 0)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsAngle(labelsAngle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setRange(0, maxValue > 0 ? maxValue : 1);
    y->applyNiceNumbers();
    // Whole numbers once the ticks are far apart; cents for small amounts.
    y->setLabelFormat(wholeNumbers || maxValue >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

double amountIn(const CurrencySums &sums, const QString &currency)
{
    const auto it = sums.find(currency);
    return it == sums.end() ? 0.0 : it->toDouble();
}

} // namespace

QString InsightCharts::localizedAmount(const QString &decimalText, const QLocale &locale)
{
    const bool negative = decimalText.startsWith(QLatin1Char('-'));
    const QString digits = negative ? decimalText.mid(1) : decimalText;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    QString out = locale.toString(whole.toLongLong());
    if (point >= 0) {
        out += locale.decimalPoint() + digits.mid(point + 1);
    }
    return negative ? locale.negativeSign() + out : out;
}

void InsightCharts::fillRunRate(QChart *chart, const InventoryReport &report, const QString &currency,
                                const QLocale &locale, QList<QList<Bar>> *bars)
{
    clear(chart);
    bars->clear();
    QStringList regions;
    QList<NumberType> types;
    for (const InventoryReport::Group &g : report.groups) {
        if (!g.runRate.contains(currency)) {
            continue;
        }
        if (!regions.contains(g.regionCode)) {
            regions.append(g.regionCode);
        }
        if (!types.contains(g.type)) {
            types.append(g.type);
        }
    }
    std::sort(types.begin(), types.end(), [](const NumberType &a, const NumberType &b) { return a.wire() < b.wire(); });
    auto *series = new QStackedBarSeries(chart);
    QList<double> stackTotals(regions.size(), 0.0);
    for (const NumberType &type : std::as_const(types)) {
        auto *set = new QBarSet(DisplayText::numberType(type), series);
        QList<Bar> row(regions.size());
        for (qsizetype i = 0; i < regions.size(); ++i) {
            *set << 0.0;
        }
        for (const InventoryReport::Group &g : report.groups) {
            if (g.type != type || !g.runRate.contains(currency)) {
                continue;
            }
            const qsizetype index = regions.indexOf(g.regionCode);
            const double value = amountIn(g.runRate, currency);
            set->replace(index, value);
            stackTotals[index] += value;
            //: %1 = number type ("Local"), %2 = region code, %3 = amount with currency
            row[index] = {tr("%1 numbers in %2 (%3 a month)")
                              .arg(DisplayText::numberType(type), g.regionCode,
                                   currency + QLatin1Char(' ')
                                       + localizedAmount(g.runRate.value(currency).toString(2), locale)),
                          g.phoneNumbers};
        }
        series->append(set);
        bars->append(row);
    }
    // No currency: the report has no amount it can read (every price unreadable, or no numbers).
    chart->setTitle(currency.isEmpty() ? tr("Run-rate per month by region")
                                       : tr("Run-rate per month by region (%1)").arg(currency));
    const double max = stackTotals.isEmpty() ? 0 : *std::max_element(stackTotals.cbegin(), stackTotals.cend());
    attachAxes(chart, series, regions, max, false);
}

void InsightCharts::fillCounts(QChart *chart, const InventoryReport &report, const QLocale &locale,
                               QList<QList<Bar>> *bars)
{
    Q_UNUSED(locale)
    clear(chart);
    bars->clear();
    QMap<QString, QPair<NumberType, QStringList>> byType;
    for (const InventoryReport::Group &g : report.groups) {
        auto &entry = byType[g.type.wire()];
        entry.first = g.type;
        entry.second += g.phoneNumbers;
    }
    // Horizontal bars: the type names stay readable in every language.
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("Numbers"), series);
    QStringList categories;
    QList<Bar> row;
    double max = 0;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        const QString name = DisplayText::numberType(it->first);
        categories << name;
        *set << double(it->second.size());
        max = std::max(max, double(it->second.size()));
        row.append({tr("%1 numbers").arg(name), it->second});
    }
    series->append(set);
    bars->append(row);
    chart->setTitle(tr("Numbers by type"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis(chart);
    x->setRange(0, max > 0 ? max : 1);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void InsightCharts::fillTimeline(QChart *chart, const InventoryReport &report, const QString &currency,
                                 const QLocale &locale, QList<QList<Bar>> *bars)
{
    clear(chart);
    bars->clear();
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(currency, series);
    QStringList categories;
    QList<Bar> row;
    double max = 0;
    for (const InventoryReport::Month &m : report.dueByMonth) {
        const QString name = locale.toString(m.month, QStringLiteral("MMM yy"));
        categories << name;
        const double value = amountIn(m.amount, currency);
        *set << value;
        max = std::max(max, value);
        //: %1 = month ("Dec 2026")
        row.append({tr("Numbers charged in %1").arg(locale.toString(m.month, QStringLiteral("MMMM yyyy"))),
                    m.phoneNumbers});
    }
    series->append(set);
    bars->append(row);
    chart->setTitle(currency.isEmpty() ? tr("Charges due in the next 12 months")
                                       : tr("Charges due in the next 12 months (%1)").arg(currency));
    attachAxes(chart, series, categories, max, false, -90); // 12 month names fit only upright
}

void InsightCharts::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    // The theme picks bar colours that read well on the background; the palette then sets the rest.
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme) {
        chart->setTheme(theme);
    }
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(50);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

} // namespace nd
