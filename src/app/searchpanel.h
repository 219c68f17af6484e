// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "requests.h"

#include <QObject>

#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace nd {

class AvailableNumberModel;
class ErrorBanner;
class RegionFilterProxy;
class RegionModel;

// The behaviour of the region list and the "Available numbers" tab of the main window (their widgets are
// in mainwindow.ui): the type boxes filter the regions and the footer counts what is shown; choosing a
// region fills the type combo and searches; the search form checks its pattern (a country code that does
// not fit the region is cleared, with a note next to the field), Enter searches from every field, results
// of an earlier search are dimmed with the criteria they came from, and an empty grid says what to do.
class SearchPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(Ui::MainWindow *ui, RegionModel *regions, RegionFilterProxy *regionProxy,
                AvailableNumberModel *available, ErrorBanner *banner, QObject *parent = nullptr);
    ~SearchPanel() override;

    // The selected region, or an empty one.
    AvailableRegion currentRegion() const;
    NumberType currentType() const;
    // Selects a region in the list (which starts a search). Returns false when it is not listed.
    bool selectRegion(const QString &regionCode);

    // The form as a query, or nullopt after telling the user (banner) what is missing or wrong.
    std::optional<AvailableNumberQuery> query();
    void search();
    // Runs the last search again (F5), when a region is chosen.
    void refresh();
    // Back to the first-start state (a profile switch): no region, no results, no notes.
    void reset();

    // "US, Local, starting with 1206, SMS, Voice": the criteria in words.
    QString criteriaText(const AvailableNumberQuery &q) const;

    // True while the grid shows results of criteria that have changed since.
    bool isStale() const { return m_stale; }
    QLabel *emptyStateLabel() const { return m_emptyState; }
    QLabel *patternNote() const { return m_patternNote; }

Q_SIGNALS:
    // The region or the type changed: the window's actions depend on them.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTypeFilter();
    void updateRegionFooter();
    void regionSelectionChanged();
    void updateRegionTypes();
    void checkPatternCountry(const AvailableRegion &region);
    void criteriaChanged();
    void setStale(bool stale);
    void updateEmptyState();
    void searchFinished(int count);

    Ui::MainWindow *m_ui;
    RegionModel *m_regions;
    RegionFilterProxy *m_regionProxy;
    AvailableNumberModel *m_available;
    ErrorBanner *m_banner;
    QLabel *m_emptyState = nullptr;
    QLabel *m_patternNote = nullptr;
    QString m_resultText; // what the last search found, shown again when the form matches it
    bool m_stale = false;
    bool m_regionsLoaded = false;
};

} // namespace nd
