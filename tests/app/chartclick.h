// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Clicking a bar of a Qt Charts bar chart as a person would (the middle of the bar, through the view), for the
// Insight tab's tests.

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QtTest>

namespace nd::test {

// The index of a category of the chart's horizontal axis, -1 when absent.
inline int categoryIndex(QChartView *view, const QString &category)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    return axis ? int(axis->categories().indexOf(category)) : -1;
}

// The index of the bar set labelled `label` in the chart's first series, -1 when absent.
inline int setIndex(QChartView *view, const QString &label)
{
    if (view->chart()->series().isEmpty()) {
        return -1;
    }
    const auto *series = static_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    for (int s = 0; s < series->barSets().size(); ++s) {
        if (series->barSets().at(s)->label() == label) {
            return s;
        }
    }
    return -1;
}

// Clicks the middle of bar (set, category). Fails the test when no such bar is drawn.
inline void clickBar(QChartView *view, int set, int category)
{
    QChart *chart = view->chart();
    QVERIFY(!chart->series().isEmpty());
    QCoreApplication::processEvents(); // pending layout requests of the chart
    QTRY_VERIFY(!chart->plotArea().isEmpty());
    auto *series = static_cast<QAbstractBarSeries *>(chart->series().constFirst());
    const QList<QBarSet *> sets = series->barSets();
    QVERIFY(set >= 0 && set < sets.size());
    QVERIFY(category >= 0);
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
    QVERIFY(view->itemAt(inView)); // something of the chart is under the pointer
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

} // namespace nd::test
