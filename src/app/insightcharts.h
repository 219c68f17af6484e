// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventoryreport.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QString>
#include <QStringList>

class QChart;

namespace nd {

// Builds the Insight tab's three charts from an InventoryReport (Qt Charts) and says which numbers each bar
// stands for. The charts follow the widget's palette (light or dark) and locale (numbers, month names).
class InsightCharts final
{
    Q_DECLARE_TR_FUNCTIONS(nd::InsightCharts)

public:
    // One clickable bar: what it is in words, and its numbers.
    struct Bar
    {
        QString description;
        QStringList phoneNumbers;
    };

    // Run-rate per month by region, stacked by type, in `currency`. bars[set][category]: set = type, category =
    // region (in the order of regions()).
    static void fillRunRate(QChart *chart, const InventoryReport &report, const QString &currency,
                            const QLocale &locale, QList<QList<Bar>> *bars);
    // Numbers (not being released) by type; bars[0][type].
    static void fillCounts(QChart *chart, const InventoryReport &report, const QLocale &locale,
                           QList<QList<Bar>> *bars);
    // Charges due in each of the next 12 months in `currency`; bars[0][month].
    static void fillTimeline(QChart *chart, const InventoryReport &report, const QString &currency,
                             const QLocale &locale, QList<QList<Bar>> *bars);

    // Colours of the chart (background, text, grid) from the palette; light or dark theme by its window colour.
    static void applyPalette(QChart *chart, const QPalette &palette);

    // "1.234,50" for "1234.50" in German: the exact decimal text with the locale's separators.
    static QString localizedAmount(const QString &decimalText, const QLocale &locale);
};

} // namespace nd
