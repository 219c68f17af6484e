// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insightcharts.h"
#include "inventoryreport.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nd {

// The Insight tab: what the numbers of the local mirror cost per month by region and type (one currency at a
// time), how many there are of each type, what falls due in the next 12 months, and which numbers need
// attention. Computed by InventoryReport from the mirror (src/inventory). The tab does not sync on its own: "Sync
// now" asks for the Active tab's sync (syncRequested()), and the report is read again whenever the mirror changes. Clicking a bar, a month or an attention line emits numbersChosen() with
// exactly those numbers (the main window shows them on the Active tab). A chart can be saved as PNG and the
// whole report exported as CSV (the same CSV as `numberdesk-cli inventory report --format csv`).
class InsightPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightPanel)

public:
    enum class Chart { RunRate, Counts, Timeline };
    Q_ENUM(Chart)

    explicit InsightPanel(QWidget *parent = nullptr);
    ~InsightPanel() override;

    // The connection's mirror file. Reads it when it exists (when the tab is first shown).
    void setSource(const QString &mirrorPath);
    QString mirrorPath() const { return m_mirrorPath; }
    // Reads the mirror again and shows the report as of now. False (with the reason shown) when it cannot.
    bool refresh();
    // Asks for a sync (syncRequested()); nothing happens while one runs.
    void syncNow();
    bool isSyncing() const { return m_syncing; }
    // The application's sync of this mirror started / ended (ok: saved).
    void syncStarted();
    void syncFinished(bool ok);
    // The mirror's content changed (a sync was saved, a number was changed here): read again, now or when shown.
    void mirrorChanged();

    const std::optional<InventoryReport> &report() const { return m_report; }
    // The mirror has a saved sync (false for a new mirror, and after syncs that all failed).
    bool hasSync() const { return m_synced; }
    // What the tab says in place of the charts when there is nothing to chart; empty while the charts are shown.
    QString emptyText() const;
    // The line above the charts: the report's summary, or what happened (a sync that did not finish).
    QString summaryText() const;
    // The currency the money charts show; empty until a report with amounts is shown.
    QString currency() const;
    void setCurrency(const QString &currency);

    QChartView *chartView(Chart chart) const;
    QTreeWidget *attentionTree() const { return m_attention; }
    // What the bar at (set, category) of `chart` stands for; nullopt when there is no such bar.
    std::optional<InsightCharts::Bar> bar(Chart chart, int set, int category) const;

    bool saveChart(Chart chart, const QString &filePath);
    bool exportCsv(const QString &filePath);

Q_SIGNALS:
    void syncRequested();
    // Exactly these numbers were chosen (a bar, a month or an attention line was clicked).
    void numbersChosen(const QString &description, const QStringList &e164Numbers);
    // The report on show changed (after refresh(), a sync, or setReport()).
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;
    // The mirror is read when the tab is first shown, not at start-up (100,000 numbers are read whole).
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    // Shows `report` (what refresh() does after reading the mirror; m_synced says whether it has a sync).
    void setReport(const InventoryReport &report);
    void fillMoneyCharts();
    void connectBars(Chart chart);
    void fillAttention();
    void applyPalette();
    void barClicked(Chart chart, int set, int category);
    void attentionClicked(QTreeWidgetItem *item);
    void showMessage(const QString &text);
    // The charts when the report has numbers, else `text` in their place.
    void showCharts(bool show, const QString &text = {});
    // The charts or the sentence in their place, and the save and export buttons, from the report and the sync.
    void showState();
    static QString syncingText();
    void saveChartAs(Chart chart);
    void exportCsvAs();

    QString m_mirrorPath;
    bool m_syncing = false;
    std::optional<InventoryReport> m_report;

    QLabel *m_summary = nullptr;
    QComboBox *m_currency = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QChart *m_charts[3] = {};
    QChartView *m_views[3] = {};
    QList<QList<InsightCharts::Bar>> m_bars[3];
    QTreeWidget *m_attention = nullptr;
    QStackedWidget *m_pages = nullptr; // the charts, or m_empty
    QLabel *m_empty = nullptr;
    bool m_synced = false;
    bool m_stale = false; // a source was set while hidden: read it when shown
};

} // namespace nd
