// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"

#include "activenumberfilterproxy.h"
#include "availablenumbermodel.h"
#include "inventorystore.h"
#include "itemroles.h"
#include "numberdetailsdialog.h"
#include "releasedialog.h"
#include "rentdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace nd;

namespace {

template<typename T>
T *waitForModal()
{
    T *dialog = nullptr;
    // The dialog itself (nullptr on timeout) is what callers check.
    [[maybe_unused]] const bool found = QTest::qWaitFor([&] { return (dialog = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr; },
                    10000);
    return dialog;
}

QMessageBox *waitForConfirmation()
{
    QMessageBox *box = nullptr;
    const bool found = QTest::qWaitFor([&] {
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        return box && box->objectName() == QLatin1String("confirmation");
    }, 10000);
    return found ? box : nullptr;
}

int proxyRowOf(QTableView *view, const QString &e164)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(KeyRole).toString() == e164) {
            return row;
        }
    }
    return -1;
}

} // namespace

// Filter → search → activate (confirm) → listed → edit display name → release (confirm) → releasing.
// Every confirmation is first cancelled, and the sandbox must show no change then.
class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MainWindowFixture::initApplication();
        QVERIFY(m_f.dir.isValid());
        QVERIFY(m_f.start(40));
    }

    void endToEnd()
    {
        auto *state = m_f.state();
        const int activeBefore = state->activeCount();

        // Filter the regions down to those with local numbers, choose the US: the search runs.
        QTest::mouseClick(m_f.child<QCheckBox>("mobileCheck"), Qt::LeftButton);
        QTest::mouseClick(m_f.child<QCheckBox>("tollFreeCheck"), Qt::LeftButton);
        QVERIFY(m_f.window->selectRegion(QStringLiteral("US")));
        auto *grid = m_f.child<QTableView>("availableView");
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->rowCount() > 0 && !m_f.window->availableModel()->isSearching(), 10000);
        grid->selectRow(0);
        const QString e164 = grid->model()->index(0, 0).data(KeyRole).toString();
        QVERIFY(state->isAvailable(e164));

        // Activate, cancel the confirmation: nothing is rented.
        QAction *activate = m_f.child<QAction>("actionActivate");
        QVERIFY(activate->isEnabled());
        activate->trigger();
        auto *rent = waitForModal<RentDialog>();
        QVERIFY(rent);
        QTRY_COMPARE_WITH_TIMEOUT(rent->state(), RentDialog::State::Ready, 10000);
        rent->rentButton()->click();
        QMessageBox *box = waitForConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("USD")) || box->informativeText().contains(QStringLiteral("USD")));
        box->findChild<QAbstractButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(qobject_cast<RentDialog *>(QApplication::activeModalWidget()) == rent);
        QTest::qWait(200);
        QVERIFY(state->isAvailable(e164));
        QVERIFY(!state->activeNumber(e164));
        QCOMPARE(state->activeCount(), activeBefore);

        // Now confirm.
        rent->rentButton()->click();
        box = waitForConfirmation();
        QVERIFY(box);
        box->findChild<QAbstractButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(rent->state(), RentDialog::State::Rented, 10000);
        QVERIFY(state->activeNumber(e164));
        QCOMPARE(state->activeCount(), activeBefore + 1);
        rent->close();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

        // The window updated both views from the dialog's signal.
        QCOMPARE(m_f.window->availableModel()->rowOf(e164), -1);
        QVERIFY(m_f.window->activeModel()->rowOf(e164) >= 0);

        // Edit the display name through the details dialog.
        m_f.child<QTabWidget>("tabs")->setCurrentIndex(1);
        auto *table = m_f.child<QTableView>("activeView");
        int row = proxyRowOf(table, e164);
        QVERIFY(row >= 0);
        table->setFocus();
        table->selectRow(row);
        QAction *details = m_f.child<QAction>("actionDetails");
        QVERIFY(details->isEnabled());
        details->trigger();
        auto *detailsDialog = waitForModal<NumberDetailsDialog>();
        QVERIFY(detailsDialog);
        auto *name = detailsDialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QVERIFY(name);
        QTRY_VERIFY_WITH_TIMEOUT(!detailsDialog->isBusy(), 10000);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Workflow desk"));
        QTRY_VERIFY(detailsDialog->saveButton()->isEnabled());
        detailsDialog->saveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(state->activeNumber(e164)->displayName, QStringLiteral("Workflow desk"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!detailsDialog->isBusy(), 10000);
        detailsDialog->close();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        row = proxyRowOf(table, e164);
        QCOMPARE(table->model()->index(row, ActiveNumberModel::DisplayNameColumn).data().toString(),
                 QStringLiteral("Workflow desk"));
        // The mirror row too: the next start shows it before any sync.
        QCOMPARE(mirrored(e164).displayName, QStringLiteral("Workflow desk"));

        // Release, cancelled first: the subscription still runs.
        table->selectRow(row);
        QAction *release = m_f.child<QAction>("actionRelease");
        QVERIFY(release->isEnabled());
        release->trigger();
        auto *releaseDialog = waitForModal<ReleaseDialog>();
        QVERIFY(releaseDialog);
        releaseDialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QTest::qWait(200);
        QCOMPARE(state->activeNumber(e164)->expireAtMs, qint64(0));

        // Released for real: the row stays, "Releasing on ...".
        row = proxyRowOf(table, e164);
        table->selectRow(row);
        release->trigger();
        releaseDialog = waitForModal<ReleaseDialog>();
        QVERIFY(releaseDialog);
        QVERIFY(releaseDialog->releaseButton()->isEnabled());
        releaseDialog->releaseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(releaseDialog->isFinished(), 10000);
        QVERIFY(state->activeNumber(e164)->expireAtMs != 0);
        releaseDialog->close();
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        row = proxyRowOf(table, e164);
        QVERIFY(row >= 0);
        QVERIFY(table->model()->index(row, ActiveNumberModel::ExpiryColumn).data().toString().startsWith(
            QStringLiteral("Releasing on")));
        QVERIFY(table->model()->index(row, 0).data(RecordRole).value<ActiveNumber>().isReleased());
        QVERIFY(mirrored(e164).isReleased());
        // A number being released cannot be released again.
        table->selectRow(row);
        QVERIFY(!release->isEnabled());
    }

private:
    // The number as the inventory mirror holds it (rented here: upserted by the window, before any sync).
    ActiveNumber mirrored(const QString &e164)
    {
        InventoryStore store(m_f.dir.filePath(QStringLiteral("inventory.sqlite")));
        if (!store.open()) {
            return {};
        }
        for (const ActiveNumber &n : store.numbers()) {
            if (n.phoneNumber == e164) {
                return n;
            }
        }
        return {};
    }

    MainWindowFixture m_f;
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
