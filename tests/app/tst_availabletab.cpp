// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The region list, the Available tab and the message banner as a new user meets them (issue 12): real
// widgets offscreen against the window's embedded sandbox.
#include "availablenumbermodel.h"
#include "errorbanner.h"
#include "itemroles.h"
#include "mainwindowfixture.h"
#include "regionfilterproxy.h"
#include "searchpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace nd;

class TestAvailableTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initApplication(); }

    void init()
    {
        m_f = std::make_unique<MainWindowFixture>();
        QVERIFY(m_f->dir.isValid());
        QVERIFY(m_f->start());
        // The window restores the last tab from the (shared, test-mode) settings: start on this one.
        m_f->child<QTabWidget>("tabs")->setCurrentIndex(0);
    }

    void cleanup() { m_f.reset(); }

    void bannerIsAsTallAsItsText_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("1000x700") << QSize(1000, 700);
        QTest::newRow("1920x1200") << QSize(1920, 1200);
    }

    void bannerIsAsTallAsItsText()
    {
        QFETCH(QSize, windowSize);
        m_f->window->resize(windowSize);
        ErrorBanner *banner = m_f->window->errorBanner();
        auto *splitter = m_f->child<QSplitter>("mainSplitter");
        const int splitterTop = splitter->y();
        banner->showWarning(QStringLiteral("The digit pattern may contain only digits, optionally after a leading +."));
        QTRY_VERIFY(banner->isVisible());
        const int line = banner->fontMetrics().lineSpacing();
        QTRY_VERIFY2(banner->height() <= 3 * line,
                     qPrintable(QStringLiteral("banner %1 px, line %2 px").arg(banner->height()).arg(line)));
        // The form moves down by the banner only.
        QTRY_VERIFY(splitter->y() <= splitterTop + banner->height() + 12);

        // Two lines stay two lines.
        banner->showError(QStringLiteral("Profile “Live” has no usable key secret: no keychain\nOpen File → Settings "
                                         "to enter it."));
        QTRY_VERIFY2(banner->height() <= 4 * line, qPrintable(QString::number(banner->height())));
        QVERIFY(banner->height() >= 2 * line);
        banner->clear();
        QTRY_COMPARE(splitter->y(), splitterTop);
    }

    void emptyGridSaysWhatToDo()
    {
        QLabel *empty = m_f->window->searchPanel()->emptyStateLabel();
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Choose a region on the left, then Search."));
        QVERIFY(!m_f->child<QPushButton>("searchButton")->isEnabled());
        QVERIFY(m_f->window->selectRegion(QStringLiteral("US")));
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->availableModel()->rowCount() > 0, 10000);
        QVERIFY(!empty->isVisible());
        // A search without results says so over the grid.
        m_f->child<QLineEdit>("patternEdit")->setText(QStringLiteral("0000000000"));
        QTest::mouseClick(m_f->child<QPushButton>("searchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_f->window->availableModel()->isSearching() && m_f->window->availableModel()->rowCount() == 0, 10000);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("No available numbers match in US")), qPrintable(empty->text()));
    }

    void regionFooterFollowsTheTypeBoxes()
    {
        auto *footer = m_f->child<QLabel>("regionCountLabel");
        auto *view = m_f->child<QTableView>("regionView");
        const int all = m_f->window->regionModel()->rowCount();
        // (No translator in tests: plural forms read "region(s)".)
        const QString allShown = QStringLiteral("%1 region(s) offer numbers to this project").arg(all);
        QTRY_COMPARE(footer->text(), allShown);
        auto *mobile = m_f->child<QCheckBox>("mobileCheck");
        auto *local = m_f->child<QCheckBox>("localCheck");
        auto *tollFree = m_f->child<QCheckBox>("tollFreeCheck");
        for (QCheckBox *box : {mobile, local, tollFree}) {
            QTest::mouseClick(box, Qt::LeftButton);
        }
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(footer->text().startsWith(QStringLiteral("Check at least one number type")));
        QTest::mouseClick(tollFree, Qt::LeftButton);
        const int shown = view->model()->rowCount();
        QVERIFY(shown > 0);
        QVERIFY(shown < all);
        QCOMPARE(footer->text(),
                 QStringLiteral("%1 of %2 region(s) shown: those offering the checked types").arg(shown).arg(all));
        QTest::mouseClick(mobile, Qt::LeftButton);
        QTest::mouseClick(local, Qt::LeftButton);
        QCOMPARE(footer->text(), allShown);
    }

    void profileSwitchResetsTheTab()
    {
        QVERIFY(m_f->window->selectRegion(QStringLiteral("GB")));
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->availableModel()->rowCount() > 0, 10000);
        m_f->window->activateProfile(m_f->window->currentProfileName());
        auto *regionValue = m_f->child<QLabel>("searchRegionValue");
        QCOMPARE(regionValue->text(), QStringLiteral("Choose a region on the left"));
        QCOMPARE(m_f->window->availableModel()->rowCount(), 0);
        QVERIFY(!m_f->child<QComboBox>("searchTypeCombo")->isEnabled());
        QVERIFY(!m_f->child<QPushButton>("searchButton")->isEnabled());
        QVERIFY(!m_f->window->searchPanel()->isStale());
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->regionModel()->rowCount() > 0, 10000);
        QCOMPARE(regionValue->text(), QStringLiteral("Choose a region on the left"));
        QVERIFY(m_f->window->searchPanel()->emptyStateLabel()->isVisible());
        // The same consistent state whatever is pressed: Enter asks for a region.
        QTest::keyClick(m_f->child<QLineEdit>("patternEdit"), Qt::Key_Return);
        QCOMPARE(m_f->window->errorBanner()->kind(), ErrorBanner::Kind::Warning);
        QVERIFY(m_f->window->errorBanner()->text().contains(QStringLiteral("Choose a region")));
        QVERIFY(m_f->window->selectRegion(QStringLiteral("GB")));
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->availableModel()->rowCount() > 0, 10000);
        QVERIFY(m_f->child<QPushButton>("searchButton")->isEnabled());
    }

    void countryCodeOfAnotherCountryIsNotCarriedOver()
    {
        auto *position = m_f->child<QComboBox>("patternPositionCombo");
        auto *pattern = m_f->child<QLineEdit>("patternEdit");
        QLabel *note = m_f->window->searchPanel()->patternNote();
        position->setCurrentIndex(position->findData(QStringLiteral("START")));
        pattern->setText(QStringLiteral("+1206"));
        QVERIFY(m_f->window->selectRegion(QStringLiteral("US")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_f->window->availableModel()->isSearching() && m_f->window->availableModel()->hasSearched(), 10000);
        QCOMPARE(m_f->window->availableModel()->lastQuery().pattern.pattern, QStringLiteral("+1206"));
        QVERIFY(!note->isVisible());

        QVERIFY(m_f->window->selectRegion(QStringLiteral("GB")));
        QCOMPARE(pattern->text(), QString());
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("+44")) && note->text().contains(QStringLiteral("+1206")),
                 qPrintable(note->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->availableModel()->isSearching(), 10000);
        QCOMPARE(m_f->window->availableModel()->lastQuery().regionCode, QStringLiteral("GB"));
        QVERIFY(m_f->window->availableModel()->lastQuery().pattern.isEmpty());

        // Typed again for GB: not sent, and the note says why.
        QTest::keyClicks(pattern, QStringLiteral("+1206"));
        QVERIFY(!note->isVisible());
        QTest::keyClick(pattern, Qt::Key_Return);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("cannot match")));
        QVERIFY(!m_f->window->availableModel()->isSearching());
        QVERIFY(m_f->window->availableModel()->lastQuery().pattern.isEmpty());
        QVERIFY(m_f->window->searchPanel()->isStale());
        // A pattern that fits is kept across regions of the same calling code.
        pattern->setText(QStringLiteral("+44"));
        QTest::keyClick(pattern, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->availableModel()->isSearching() &&
                                     m_f->window->availableModel()->lastQuery().pattern.pattern ==
                                         QStringLiteral("+44"),
                                 10000);
    }

    void staleResultsAreMarkedUntilTheNextSearch()
    {
        QVERIFY(m_f->window->selectRegion(QStringLiteral("US")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_f->window->availableModel()->rowCount() > 0 && !m_f->window->availableModel()->isSearching(), 10000);
        SearchPanel *panel = m_f->window->searchPanel();
        auto *view = m_f->child<QTableView>("availableView");
        auto *status = m_f->child<QLabel>("availableStatusLabel");
        const QColor normal = view->palette().color(QPalette::Active, QPalette::Text);
        const QString found = status->text();
        QVERIFY(!panel->isStale());

        auto *pattern = m_f->child<QLineEdit>("patternEdit");
        QTest::keyClicks(pattern, QStringLiteral("55"));
        QVERIFY(panel->isStale());
        QVERIFY(view->palette().color(QPalette::Active, QPalette::Text) != normal);
        QVERIFY2(status->text().startsWith(QStringLiteral("Results of the previous search (US, ")),
                 qPrintable(status->text()));
        // Back to what was searched: not stale any more.
        pattern->clear();
        QVERIFY(!panel->isStale());
        QCOMPARE(status->text(), found);
        QCOMPARE(view->palette().color(QPalette::Active, QPalette::Text), normal);

        // An invalid pattern leaves the old results marked.
        pattern->setText(QStringLiteral("12a"));
        QTest::keyClick(pattern, Qt::Key_Return);
        QCOMPARE(m_f->window->errorBanner()->kind(), ErrorBanner::Kind::Warning);
        QVERIFY(panel->isStale());

        // Enter searches from the other fields too: "At most" and the capability boxes.
        pattern->setText(QStringLiteral("5"));
        auto *size = m_f->child<QSpinBox>("sizeSpin");
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("7"));
        QTest::keyClick(size, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->availableModel()->isSearching() &&
                                     m_f->window->availableModel()->lastQuery().size == 7,
                                 10000);
        QCOMPARE(m_f->window->availableModel()->lastQuery().pattern.pattern, QStringLiteral("5"));
        QVERIFY(!panel->isStale());
        QVERIFY(m_f->window->availableModel()->rowCount() <= 7);

        auto *sms = m_f->child<QCheckBox>("smsCheck");
        QTest::mouseClick(sms, Qt::LeftButton);
        QVERIFY(panel->isStale());
        QTest::keyClick(sms, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->availableModel()->isSearching() &&
                                     m_f->window->availableModel()->lastQuery().capabilities.size() == 1,
                                 10000);
        QVERIFY(!panel->isStale());
        QVERIFY(sms->isChecked()); // Enter searched; it did not toggle the box
    }

private:
    std::unique_ptr<MainWindowFixture> m_f;
};

QTEST_MAIN(TestAvailableTab)
#include "tst_availabletab.moc"
