// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk rents from the Available tab (issue 14): several rows selected → "Rent Selected…", and "Rent Several
// Matching…" with a count and a cap, each through the BulkJobDialog's preview and confirmation, against the
// window's embedded sandbox, whose state is checked afterwards.
#include "availablenumbermodel.h"
#include "bulkjobdialog.h"
#include "itemroles.h"
#include "jobjournal.h"
#include "mainwindowfixture.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace nd;

class TestAvailableRent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rentSelectedRowsThroughThePreview();
    void rentSeveralMatchingWithACountAndACap();

private:
    void searchUs();
    BulkJobDialog *waitForBulkDialog();
    int activeNumbers() const;

    QTemporaryDir m_jobsDir;
    std::unique_ptr<MainWindowFixture> m_f;
};

void TestAvailableRent::initTestCase()
{
    MainWindowFixture::initApplication();
    QVERIFY(m_jobsDir.isValid());
    // The dialogs' journal: a file of this test, never the user's.
    qputenv("NUMBERDESK_JOBS_DB", m_jobsDir.filePath(QStringLiteral("jobs.sqlite")).toUtf8());
}

void TestAvailableRent::init()
{
    m_f = std::make_unique<MainWindowFixture>();
    QVERIFY(m_f->dir.isValid());
    QVERIFY(m_f->start(40));
    m_f->child<QTabWidget>("tabs")->setCurrentIndex(0);
}

void TestAvailableRent::cleanup()
{
    m_f.reset();
}

void TestAvailableRent::searchUs()
{
    QVERIFY(m_f->window->selectRegion(QStringLiteral("US")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_f->window->availableModel()->rowCount() >= 5 && !m_f->window->availableModel()->isSearching(), 10000);
}

BulkJobDialog *TestAvailableRent::waitForBulkDialog()
{
    BulkJobDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_f->window->findChild<BulkJobDialog *>();
            return dialog && dialog->isVisible() && dialog->isLoaded();
        },
        20000);
    return dialog;
}

int TestAvailableRent::activeNumbers() const
{
    return m_f->state()->activeCount();
}

void TestAvailableRent::rentSelectedRowsThroughThePreview()
{
    searchUs();
    auto *view = m_f->child<QTableView>("availableView");
    auto *button = m_f->child<QPushButton>("rentSelectedButton");
    auto *action = m_f->child<QAction>("actionRentSelected");
    QVERIFY(button && action);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    // In the table's context menu and in the Numbers menu.
    QVERIFY(view->actions().contains(action));
    QVERIFY(m_f->child<QMenu>("numbersMenu")->actions().contains(action));
    QVERIFY(m_f->child<QMenu>("numbersMenu")->actions().contains(m_f->child<QAction>("actionRentSeveral")));

    // Rows 0, 2 and 3: a click, then Ctrl-clicks.
    QStringList chosen;
    QList<AvailableNumber> offers;
    for (int row : {0, 2, 3}) {
        const QModelIndex index = view->model()->index(row, 0);
        offers << index.data(RecordRole).value<AvailableNumber>();
        chosen << offers.last().phoneNumber;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, row == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          view->visualRect(index).center());
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
    QVERIFY(button->isEnabled());
    QVERIFY2(button->text().startsWith(QLatin1String("Rent 3 ")), qPrintable(button->text()));

    // Someone else in the project rents the third one before the job is previewed: it is left out, said so.
    const auto taken = m_f->state()->availableNumber(chosen.at(2));
    QVERIFY(taken);
    m_f->state()->rent(*taken, {});
    const int before = activeNumbers();

    QTest::mouseClick(button, Qt::LeftButton);
    BulkJobDialog *dialog = waitForBulkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Rent Numbers"));
    QCOMPARE(dialog->rowCount(), 2);
    QCOMPARE(dialog->stepNumbers(), (QStringList{chosen.at(0), chosen.at(1)}));
    QVERIFY2(dialog->introText().contains(QLatin1String("is already one of your active numbers")),
             qPrintable(dialog->introText()));
    const QString expectedChange = QStringLiteral("rent: setup %1, then %2 every")
                                       .arg(offers.at(0).setupPrice.toDisplayString(),
                                            offers.at(0).monthlyPrice.toDisplayString());
    QVERIFY2(dialog->changeText(0).startsWith(expectedChange), qPrintable(dialog->changeText(0)));
    const Decimal sum = *offers.at(0).monthlyPrice.decimal() + *offers.at(1).monthlyPrice.decimal();
    QVERIFY2(dialog->totalText().contains(QStringLiteral("Recurring prices that start: USD %1").arg(sum.toString(2))),
             qPrintable(dialog->totalText()));
    QVERIFY(!dialog->countEdit()->isVisible()); // 2 numbers: no count to type
    QVERIFY(dialog->startButton()->isEnabled());
    QCOMPARE(activeNumbers(), before); // nothing rented by the preview

    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(dialog->stateText(0), JobKinds::displayName(JobStepState::Done));
    QCOMPARE(dialog->stateText(1), JobKinds::displayName(JobStepState::Done));
    QCOMPARE(activeNumbers(), before + 2);
    QVERIFY(m_f->state()->activeNumber(chosen.at(0)));
    QVERIFY(m_f->state()->activeNumber(chosen.at(1)));
    // They leave the Available table.
    QCOMPARE(m_f->window->availableModel()->rowOf(chosen.at(0)), -1);
    QCOMPARE(m_f->window->availableModel()->rowOf(chosen.at(1)), -1);

    JobJournal journal(QString::fromUtf8(qgetenv("NUMBERDESK_JOBS_DB")));
    QVERIFY(journal.open());
    const auto info = journal.job(dialog->jobId());
    QVERIFY(info);
    QCOMPARE(info->spec.kind, JobKind::Rent);
    QVERIFY(!info->spec.rentTarget);
    QCOMPARE(info->state, JobInfo::State::Done);
    QCOMPARE(info->count(JobStepState::Done), 2);
    dialog->close();
}

void TestAvailableRent::rentSeveralMatchingWithACountAndACap()
{
    searchUs();
    const AvailableNumberQuery searched = m_f->window->availableModel()->lastQuery();
    auto *action = m_f->child<QAction>("actionRentSeveral");
    QVERIFY(action->isEnabled());
    action->trigger();
    QDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_f->window->findChild<QDialog *>(QStringLiteral("rentSeveralDialog"))) && ask->isVisible());
    auto *count = ask->findChild<QSpinBox *>(QStringLiteral("countSpin"));
    auto *cap = ask->findChild<QLineEdit *>(QStringLiteral("maxRecurringEdit"));
    QPushButton *preview = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("12"));
    QCOMPARE(count->value(), 12);
    QTest::keyClicks(cap, QStringLiteral("ten"));
    QVERIFY(!preview->isEnabled());
    QVERIFY(!ask->findChild<QLabel *>(QStringLiteral("capNote"))->text().isEmpty());
    cap->clear();
    QTest::keyClicks(cap, QStringLiteral("30"));
    QVERIFY(preview->isEnabled());
    const int before = activeNumbers();
    QTest::mouseClick(preview, Qt::LeftButton);

    BulkJobDialog *dialog = waitForBulkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 12);
    QVERIFY2(dialog->introText().contains(QLatin1String("matching US, ")), qPrintable(dialog->introText()));
    // Over 10 numbers: the count is typed before Rent is enabled.
    QVERIFY(dialog->countEdit()->isVisible());
    QVERIFY(!dialog->startButton()->isEnabled());
    QTest::keyClicks(dialog->countEdit(), QStringLiteral("12"));
    QVERIFY(dialog->startButton()->isEnabled());
    QCOMPARE(activeNumbers(), before);
    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    QCOMPARE(activeNumbers(), before + 12);
    const QStringList rented = dialog->stepNumbers();
    QCOMPARE(rented.size(), 12);
    for (int row = 0; row < rented.size(); ++row) {
        QCOMPARE(dialog->stateText(row), JobKinds::displayName(JobStepState::Done));
        const auto *record = m_f->state()->activeNumber(rented.at(row));
        QVERIFY(record);
        QCOMPARE(record->regionCode, QStringLiteral("US"));
    }
    JobJournal journal(QString::fromUtf8(qgetenv("NUMBERDESK_JOBS_DB")));
    QVERIFY(journal.open());
    const auto info = journal.job(dialog->jobId());
    QVERIFY(info && info->spec.rentTarget);
    QCOMPARE(info->spec.rentTarget->count, 12);
    QCOMPARE(info->spec.rentTarget->maxRecurring->toString(2), QStringLiteral("30.00"));
    QCOMPARE(info->spec.rentTarget->query.regionCode, QStringLiteral("US"));
    QCOMPARE(info->spec.rentTarget->query.type.wire(), searched.type.wire());
    QCOMPARE(info->count(JobStepState::Done), 12);
    dialog->close();
}

QTEST_MAIN(TestAvailableRent)
#include "tst_availablerent.moc"
