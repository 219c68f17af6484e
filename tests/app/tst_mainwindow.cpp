// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "resultcheck.h"

#include "activenumberfilterproxy.h"
#include "activitydialog.h"
#include "auditlog.h"
#include "availablenumbermodel.h"
#include "errorbanner.h"
#include "itemroles.h"
#include "regionfilterproxy.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTest>

using namespace nd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initApplication(); }

    void init()
    {
        m_f = std::make_unique<MainWindowFixture>();
        QVERIFY(m_f->dir.isValid());
        QVERIFY(m_f->start());
    }

    void cleanup() { m_f.reset(); }

    void showsSandboxIndicator()
    {
        QLabel *indicator = m_f->window->profileIndicator();
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("SANDBOX"));
        QVERIFY(m_f->window->isSandboxProfile());
        QVERIFY(m_f->window->windowTitle().contains(QStringLiteral("SANDBOX")));
        QCOMPARE(m_f->window->connectionState(), MainWindow::ConnectionState::Connected);
        auto *combo = m_f->child<QComboBox>("profileCombo");
        QCOMPARE(combo->currentData().toString(), Profile::sandboxProfileName());
        // First start selects the built-in Sandbox and remembers it.
        QCOMPARE(m_f->profiles->currentProfileName(), Profile::sandboxProfileName());
    }

    void activityViewShowsTheWindowsLog()
    {
        // The window's log is the test's temporary file, never the user's.
        QVERIFY(m_f->window->auditLog());
        QCOMPARE(m_f->window->auditLog()->filePath(), m_f->dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(m_f->window->auditLog()->isOpen());
        nd::AuditAction action;
        action.operation = nd::Operation::Rent;
        action.numbers = {QStringLiteral("+12025550123")};
        const qint64 id = m_f->window->auditLog()->begin(action);
        QVERIFY(id > 0);
        QVERIFY(m_f->window->auditLog()->finish(id, nd::OutcomeKind::Done));

        auto *action2 = m_f->window->findChild<QAction *>(QStringLiteral("actionActivity"));
        QVERIFY(action2);
        QCOMPARE(action2->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        action2->trigger();
        auto *dialog = m_f->window->findChild<ActivityDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, ActivityDialog::NumbersColumn)->text(), QStringLiteral("+12025550123"));
    }

    void regionsLoadAndTypeBoxesFilter()
    {
        auto *view = m_f->child<QTableView>("regionView");
        const int all = m_f->window->regionModel()->rowCount();
        QVERIFY(all > 3);
        QCOMPARE(view->model()->rowCount(), all);

        auto count = [&](bool mobile, bool local, bool tollFree) {
            int n = 0;
            for (const AvailableRegion &r : m_f->window->regionModel()->regions()) {
                n += (mobile && r.types.contains(NumberType(NumberType::Value::Mobile)))
                    || (local && r.types.contains(NumberType(NumberType::Value::Local)))
                    || (tollFree && r.types.contains(NumberType(NumberType::Value::TollFree)));
            }
            return n;
        };
        auto *mobile = m_f->child<QCheckBox>("mobileCheck");
        auto *local = m_f->child<QCheckBox>("localCheck");
        auto *tollFree = m_f->child<QCheckBox>("tollFreeCheck");
        QTest::mouseClick(mobile, Qt::LeftButton);
        QTest::mouseClick(local, Qt::LeftButton);
        QVERIFY(!mobile->isChecked() && !local->isChecked() && tollFree->isChecked());
        QCOMPARE(view->model()->rowCount(), count(false, false, true));
        QVERIFY(view->model()->rowCount() < all);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QVERIFY(view->model()->index(row, 0).data(RecordRole).value<AvailableRegion>().types.contains(
                NumberType(NumberType::Value::TollFree)));
        }
        QTest::mouseClick(tollFree, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        QTest::mouseClick(local, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), count(false, true, false));
        QTest::mouseClick(mobile, Qt::LeftButton);
        QTest::mouseClick(tollFree, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), all);
    }

    void choosingARegionAndSearchingFillsTheGrid()
    {
        auto *regions = m_f->child<QTableView>("regionView");
        auto *grid = m_f->child<QTableView>("availableView");
        int usRow = -1;
        for (int row = 0; row < regions->model()->rowCount(); ++row) {
            if (regions->model()->index(row, 0).data(KeyRole).toString() == QLatin1String("US")) {
                usRow = row;
            }
        }
        QVERIFY(usRow >= 0);
        regions->scrollTo(regions->model()->index(usRow, 1));
        QTest::mouseClick(regions->viewport(), Qt::LeftButton, {},
                          regions->visualRect(regions->model()->index(usRow, 1)).center());
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->rowCount() > 0, 10000);
        QVERIFY(m_f->child<QLabel>("searchRegionValue")->text().contains(QStringLiteral("US")));

        // Narrow with a pattern and run Search explicitly.
        auto *pattern = m_f->child<QLineEdit>("patternEdit");
        pattern->setText(QStringLiteral("5"));
        QTest::mouseClick(m_f->child<QPushButton>("searchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->availableModel()->isSearching(), 10000);
        QVERIFY(grid->model()->rowCount() > 0);
        QCOMPARE(m_f->window->availableModel()->lastQuery().pattern.pattern, QStringLiteral("5"));
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QString e164 = grid->model()->index(row, 0).data(KeyRole).toString();
            QVERIFY(e164.contains(QLatin1Char('5')));
            QVERIFY2(m_f->state()->isAvailable(e164), qPrintable(e164));
        }
        // Rent any is offered only for US local numbers.
        auto *type = m_f->child<QComboBox>("searchTypeCombo");
        const int localIndex = type->findData(QStringLiteral("LOCAL"));
        QVERIFY(localIndex >= 0);
        type->setCurrentIndex(localIndex);
        QVERIFY(m_f->child<QAction>("actionRentAny")->isEnabled());
        const int tollFreeIndex = type->findData(QStringLiteral("TOLL_FREE"));
        if (tollFreeIndex >= 0) {
            type->setCurrentIndex(tollFreeIndex);
            QVERIFY(!m_f->child<QAction>("actionRentAny")->isEnabled());
        }
        // Ctrl+C copies the selection in E.164.
        grid->setFocus();
        grid->selectRow(0);
        QTRY_VERIFY(grid->model()->rowCount() > 0);
        grid->selectRow(0);
        m_f->child<QAction>("actionCopy")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), grid->model()->index(0, 0).data(KeyRole).toString());
    }

    void wholeInventoryWithoutScrolling()
    {
        m_f->child<QTabWidget>("tabs")->setCurrentIndex(1);
        auto *table = m_f->child<QTableView>("activeView");
        // The mirror holds every number: no page is fetched as the view scrolls.
        QCOMPARE(table->model()->rowCount(), m_f->state()->activeCount());
        QVERIFY(!m_f->window->activeModel()->hasMorePages());
        QVERIFY(m_f->child<QLabel>("countsIndicator")->text().contains(QString::number(m_f->state()->activeCount())));
    }

    void typeFilterIsLocal()
    {
        m_f->child<QTabWidget>("tabs")->setCurrentIndex(1);
        auto *table = m_f->child<QTableView>("activeView");
        auto *type = m_f->child<QComboBox>("activeTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("LOCAL")));
        QTest::mouseClick(m_f->child<QPushButton>("applyFilterButton"), Qt::LeftButton);

        // Expected from the sandbox itself: LOCAL numbers in phone-number order.
        QStringList local;
        for (const auto &r : m_f->state()->activeNumbers()) {
            if (r.type == sandbox::NumberType::Local) {
                local << r.phoneNumber;
            }
        }
        QVERIFY(!local.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->activePanel()->isLoading()
                                     && table->model()->rowCount() == local.size(), 10000);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QCOMPARE(table->model()->index(row, 0).data(KeyRole).toString(), local.at(row));
        }

        // Find refines it, without a request.
        const QString digits = local.first().right(4);
        m_f->child<QLineEdit>("localFilterEdit")->setText(digits);
        QVERIFY(table->model()->rowCount() >= 1);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto n = table->model()->index(row, 0).data(RecordRole).value<ActiveNumber>();
            QVERIFY(n.phoneNumber.contains(digits) || n.displayName.contains(digits, Qt::CaseInsensitive));
        }
        m_f->child<QLineEdit>("localFilterEdit")->clear();
        type->setCurrentIndex(0);
        QTest::mouseClick(m_f->child<QPushButton>("applyFilterButton"), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), m_f->state()->activeCount());
    }

    void wrongSecretShowsAClearMessage()
    {
        Profile broken;
        broken.name = QStringLiteral("Broken");
        broken.projectId = m_f->window->sandboxServer()->projectId();
        broken.keyId = m_f->window->sandboxServer()->keyId();
        broken.numbersUrl = m_f->window->sandboxServer()->baseUrl();
        broken.authUrl = m_f->window->sandboxServer()->baseUrl();
        broken.authMethod = AuthMethod::OAuth2;
        ND_VERIFY_OK(m_f->profiles->upsert(broken));
        m_f->secrets->setSessionSecret(broken.name, QStringLiteral("definitely-wrong"));

        auto *combo = m_f->child<QComboBox>("profileCombo");
        QTRY_VERIFY(combo->findData(broken.name) >= 0);
        m_f->window->activateProfile(broken.name);
        ErrorBanner *banner = m_f->window->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->kind() == ErrorBanner::Kind::Error, 10000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("key secret")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(broken.name));
        QCOMPARE(m_f->window->connectionState(), MainWindow::ConnectionState::Failed);
        QVERIFY(m_f->window->profileIndicator()->text() != QStringLiteral("SANDBOX"));
        QVERIFY(!m_f->child<QAction>("actionRelease")->isEnabled());

        // Back to the sandbox: the banner goes and everything reloads.
        m_f->window->activateProfile(Profile::sandboxProfileName());
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->connectionState(), MainWindow::ConnectionState::Connected, 10000);
        QCOMPARE(banner->kind(), ErrorBanner::Kind::None);
        QCOMPARE(m_f->window->profileIndicator()->text(), QStringLiteral("SANDBOX"));
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->activeModel()->loadedCount() > 0, 10000);
    }

    // The profile in use, renamed and given another sync setting in Settings: the window uses both at once (it used
    // to keep the old name, and the old setting, because the saved name was not the one in use).
    void renamingTheProfileInUseAppliesItsSettings()
    {
        Profile far;
        far.name = QStringLiteral("Far");
        far.projectId = m_f->window->sandboxServer()->projectId();
        far.keyId = m_f->window->sandboxServer()->keyId();
        far.numbersUrl = m_f->window->sandboxServer()->baseUrl();
        far.authUrl = far.numbersUrl;
        ND_VERIFY_OK(m_f->profiles->upsert(far));
        m_f->secrets->setSessionSecret(far.name, m_f->window->sandboxServer()->keySecret());
        m_f->window->activateProfile(far.name);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->connectionState(), MainWindow::ConnectionState::Connected, 10000);
        QCOMPARE(m_f->window->activePanel()->syncConcurrency(), InventoryWalker::DefaultConcurrency);

        m_f->child<QAction>("actionSettings")->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_f->window->findChild<SettingsDialog *>()) != nullptr);
        QVERIFY(dialog->selectProfile(far.name));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Far away"));
        dialog->findChild<QSpinBox *>(QStringLiteral("syncConcurrencySpin"))->setValue(12);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_f->session->profileName(), QStringLiteral("Far away"), 10000);
        QCOMPARE(m_f->window->activePanel()->syncConcurrency(), 12);
        auto *combo = m_f->child<QComboBox>("profileCombo");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("Far away"));
        dialog->close();

        m_f->window->activateProfile(Profile::sandboxProfileName());
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->connectionState(), MainWindow::ConnectionState::Connected, 10000);
        QCOMPARE(m_f->window->activePanel()->syncConcurrency(), InventoryWalker::DefaultConcurrency);
    }

    void remembersLayout()
    {
        auto *splitter = m_f->child<QSplitter>("mainSplitter");
        splitter->setSizes({250, 950});
        const QByteArray splitterState = splitter->saveState();
        m_f->window->close();
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray(), splitterState);
        QVERIFY(!settings.value(QStringLiteral("MainWindow/geometry")).toByteArray().isEmpty());
        QVERIFY(!settings.value(QStringLiteral("MainWindow/activeHeader")).toByteArray().isEmpty());
    }

private:
    std::unique_ptr<MainWindowFixture> m_f;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
