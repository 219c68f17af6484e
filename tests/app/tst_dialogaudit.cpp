// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "activitydialog.h"
#include "errorbanner.h"
#include "releasedialog.h"
#include "rentdialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace nd;

// The dialogs write the activity log around every billable / destructive call, and refuse to send when
// it cannot be written; the Activity dialog lists and exports it.
class TestDialogAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rentWritesDoneRecordWithCost();
    void cancelledConfirmationWritesNothing();
    void releaseWritesDoneRecord();
    void droppedRentAnswerIsVerifiedAndDone();
    void unwritableLogSendsNothing();
    void activityDialogListsAndExports();

private:
    QList<AuditRecord> recordsFor(const QString &e164) const;
    bool confirmRent(RentDialog &dialog);

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QList<AvailableNumber> m_available;
    QStringList m_active;
};

void TestDialogAudit::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(20));
    m_available = m_sandbox->searchAvailable(QStringLiteral("US"), NumberType(NumberType::Value::Local), 10);
    QVERIFY(m_available.size() >= 4);
    for (const auto &r : m_sandbox->state()->activeNumbers()) {
        if (r.expireAtMs == 0) {
            m_active << r.phoneNumber;
        }
    }
    QVERIFY(!m_active.isEmpty());
}

QList<AuditRecord> TestDialogAudit::recordsFor(const QString &e164) const
{
    AuditFilter filter;
    filter.number = e164;
    return m_sandbox->auditLog->records(filter);
}

bool TestDialogAudit::confirmRent(RentDialog &dialog)
{
    if (!QTest::qWaitFor([&] { return dialog.state() == RentDialog::State::Ready; }, 10000)) {
        return false;
    }
    dialog.rentButton()->click();
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = ndtest::activeBox()) != nullptr; }, 5000)) {
        return false;
    }
    ndtest::boxButton(box, "confirmButton")->click();
    return true;
}

void TestDialogAudit::rentWritesDoneRecordWithCost()
{
    const AvailableNumber number = m_available.takeFirst();
    RentDialog dialog(m_sandbox->pipeline(), number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QVERIFY(confirmRent(dialog));
    QVERIFY(rented.wait(10000));

    const QList<AuditRecord> records = recordsFor(number.phoneNumber);
    QCOMPARE(records.size(), 1);
    const AuditRecord &r = records.first();
    QCOMPARE(r.id, dialog.auditRecordId());
    QCOMPARE(r.operation, QStringLiteral("rent"));
    QCOMPARE(r.outcome, QStringLiteral("done"));
    QCOMPARE(r.client, QStringLiteral("app"));
    QCOMPARE(r.profile, QStringLiteral("Sandbox"));
    QCOMPARE(r.projectId, m_sandbox->server->projectId());
    QVERIFY(r.finishedAt.isValid());
    // The cost is the re-checked price (the search's, as the sandbox keeps prices stable).
    QCOMPARE(r.cost.currencyCode, number.monthlyPrice.currencyCode);
    QCOMPARE(r.cost.setupPrice, number.setupPrice.amount);
    QCOMPARE(r.cost.monthlyPrice, number.monthlyPrice.amount);
    QCOMPARE(r.cost.paymentIntervalMonths, number.paymentIntervalMonths);
    QVERIFY(!r.cost.setupPrice.isEmpty());
}

void TestDialogAudit::cancelledConfirmationWritesNothing()
{
    // Decision: cancelling the confirmation sends nothing and records nothing (no record is begun).
    const AvailableNumber number = m_available.takeFirst();
    const qint64 before = m_sandbox->auditLog->count();
    RentDialog dialog(m_sandbox->pipeline(), number);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);
    dialog.rentButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    ndtest::boxButton(box, "cancelButton")->click();
    QTRY_VERIFY(ndtest::activeBox() == nullptr);
    QCOMPARE(m_sandbox->auditLog->count(), before);
    QVERIFY(recordsFor(number.phoneNumber).isEmpty());
    QVERIFY(m_sandbox->state()->isAvailable(number.phoneNumber));
}

void TestDialogAudit::releaseWritesDoneRecord()
{
    const auto number = m_sandbox->fetchActive(m_active.takeFirst());
    QVERIFY(number.has_value());
    ReleaseDialog dialog(m_sandbox->pipeline(), {*number});
    dialog.show();
    dialog.releaseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 10000);
    QCOMPARE(dialog.state(0), BatchRun::ItemState::Done);

    const QList<AuditRecord> records = recordsFor(number->phoneNumber);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().operation, QStringLiteral("release"));
    QCOMPARE(records.first().outcome, QStringLiteral("done"));
    QCOMPARE(records.first().numbers, QStringList{number->phoneNumber});
    QCOMPARE(records.first().cost.monthlyPrice, number->money.amount);
    QCOMPARE(records.first().cost.paymentIntervalMonths, number->paymentIntervalMonths);
}

void TestDialogAudit::droppedRentAnswerIsVerifiedAndDone()
{
    // The sandbox rents the number and then drops the connection: the dialog must not rent again, but
    // read the state back and say that the number IS rented.
    const AvailableNumber number = m_available.takeFirst();
    const auto faults = m_sandbox->server->setFaults(QStringLiteral("drop-after-commit@rent=1"));
    QVERIFY2(faults.ok(), qPrintable(faults.error().message));
    const int rentsBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rent"));

    RentDialog dialog(m_sandbox->pipeline(), number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QVERIFY(confirmRent(dialog));
    QVERIFY(rented.wait(20000));
    QVERIFY(m_sandbox->server->setFaults(QString()));
    QCOMPARE(dialog.state(), RentDialog::State::Rented);
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(QLatin1String("Do not rent it again")), qPrintable(banner->text()));

    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rent")), rentsBefore + 1);
    QVERIFY(m_sandbox->state()->activeNumber(number.phoneNumber) != nullptr);
    const QList<AuditRecord> records = recordsFor(number.phoneNumber);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outcome, QStringLiteral("done"));
    QVERIFY2(records.first().detail.contains(QLatin1String("is now one of your active numbers")),
             qPrintable(records.first().detail));
}

void TestDialogAudit::unwritableLogSendsNothing()
{
    // A log whose directory is a plain file cannot be created: the rent must not be sent.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("notadir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("x");
    blocker.close();
    AuditLog broken(dir.filePath(QStringLiteral("notadir/audit.sqlite")));

    const AvailableNumber number = m_available.takeFirst();
    const int rentsBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rent"));
    const int activeBefore = m_sandbox->state()->activeCount();
    ActivityRecorder recorder(&broken, {AuditClient::App, QStringLiteral("Sandbox"), m_sandbox->server->projectId()});
    ActionPipeline pipeline(m_sandbox->client.get(), &recorder);
    RentDialog dialog(&pipeline, number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QVERIFY(confirmRent(dialog));
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY(banner->text().contains(QLatin1String("The activity log cannot be written")));
    QVERIFY2(banner->text().contains(QLatin1String("Nothing was sent")), qPrintable(banner->text()));
    QCOMPARE(dialog.state(), RentDialog::State::Ready);
    QCOMPARE(rented.count(), 0);
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rent")), rentsBefore);
    QCOMPARE(m_sandbox->state()->activeCount(), activeBefore);
    QVERIFY(m_sandbox->state()->isAvailable(number.phoneNumber));
}

void TestDialogAudit::activityDialogListsAndExports()
{
    AuditLog *log = m_sandbox->auditLog.get();
    // An interrupted action: begun, never finished (as after a crash).
    AuditAction action;
    action.operation = Operation::Release;
    action.profile = QStringLiteral("Sandbox");
    action.projectId = m_sandbox->server->projectId();
    action.numbers = {QStringLiteral("+12025550199")};
    const qint64 interrupted = log->begin(action);
    QVERIFY2(interrupted > 0, qPrintable(log->errorString()));

    ActivityDialog dialog(log, {interrupted});
    dialog.show();
    const qint64 total = log->count();
    QVERIFY(total >= 4);
    QCOMPARE(qint64(dialog.table()->rowCount()), total);
    // Newest first, the interrupted one highlighted and explained.
    QCOMPARE(dialog.recordId(0), interrupted);
    QVERIFY(dialog.isHighlighted(0));
    QVERIFY(!dialog.isHighlighted(1));
    QVERIFY2(dialog.table()->item(0, ActivityDialog::OutcomeColumn)->text().contains(QLatin1String("check")),
             qPrintable(dialog.table()->item(0, ActivityDialog::OutcomeColumn)->text()));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("interruptedLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QLatin1String("interrupted")));
    QCOMPARE(dialog.table()->item(1, ActivityDialog::OperationColumn)->text(),
             AuditKeys::operationDisplayName(QStringLiteral("rent")));

    dialog.setFilterText(QStringLiteral("+12025550199"));
    QCOMPARE(dialog.visibleRowCount(), 1);
    dialog.setFilterText(QString());
    QCOMPARE(qint64(dialog.visibleRowCount()), total);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("activity.csv"));
    QVERIFY(dialog.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(QString::fromUtf8(lines.first().trimmed()), AuditRecord::csvHeader().join(QLatin1Char(',')));
    QVERIFY(lines.first().startsWith("id,started_at,"));
    // Header + one line per record (+ the empty piece after the last CRLF).
    QCOMPARE(qint64(lines.size()), total + 2);

    const QString jsonPath = dir.filePath(QStringLiteral("activity.json"));
    QVERIFY(dialog.exportJson(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll());
    QVERIFY(doc.isArray());
    QCOMPARE(qint64(doc.array().size()), total);

    // Finish it so that the log is tidy (it stays in history as unknown).
    QVERIFY(log->finish(interrupted, OutcomeKind::Unknown, QStringLiteral("test")));
}

QTEST_MAIN(TestDialogAudit)
#include "tst_dialogaudit.moc"
