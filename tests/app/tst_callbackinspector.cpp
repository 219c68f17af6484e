// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// View → Callback Inspector on the main window's built-in sandbox (issue 16): its receiver becomes a number's
// callback URL through the button, the sandbox's signed event arrives and is shown with a valid verdict (checked
// here with an HMAC computed independently), the "Check a signature" tab judges the worked example of
// docs/api.md §6.4, and the "Send test callback" tab reaches the receiver.
#include "independenthmac.h"
#include "callbackinspector.h"
#include "itemroles.h"
#include "mainwindowfixture.h"
#include "numbersclient.h"
#include "sendtesttab.h"
#include "signaturechecktab.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace nd;

namespace {

using nd::test::hmacSha1;

} // namespace

class TestCallbackInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowFixture> m_f;

    CallbackInspector *open()
    {
        auto *action = m_f->window->findChild<QAction *>(QStringLiteral("actionCallbackInspector"));
        if (!action)
            return nullptr;
        action->trigger();
        return m_f->window->findChild<CallbackInspector *>();
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initApplication(); }
    void init()
    {
        m_f = std::make_unique<MainWindowFixture>();
        QVERIFY(m_f->start(20));
    }
    void cleanup() { m_f.reset(); }

    void receivesASandboxEvent()
    {
        CallbackInspector *inspector = open();
        QVERIFY(inspector);
        QTRY_VERIFY(inspector->isVisible());
        const QString url = inspector->receiverUrl().toString();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));

        // Select a number in the main window and make the receiver its callback URL (sandbox: no question).
        m_f->child<QTabWidget>("tabs")->setCurrentIndex(1);
        auto *table = m_f->child<QTableView>("activeView");
        // A number without an SMS plan: linking one gives exactly one event.
        int rowIndex = -1;
        for (int i = 0; i < table->model()->rowCount() && rowIndex < 0; ++i) {
            const auto *record = m_f->state()->activeNumber(table->model()->index(i, 0).data(KeyRole).toString());
            if (record && record->servicePlanId.isEmpty())
                rowIndex = i;
        }
        QVERIFY(rowIndex >= 0);
        table->selectRow(rowIndex);
        const QString number = table->model()->index(rowIndex, 0).data(KeyRole).toString();
        QTest::mouseClick(inspector->useButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->state()->activeNumber(number)->callbackUrl, url, 10000);

        // A provisioning change on that number: the sandbox signs the event and POSTs it to the inspector.
        ActiveNumberUpdate update;
        update.configuration.sms = SmsConfigurationRequest{QStringLiteral("plan-gui"), std::nullopt};
        bool updated = false;
        m_f->window->client()->updateActiveNumber(number, update, this,
                                                  [&](const Result<ActiveNumber> &r) { updated = bool(r); });
        QTRY_VERIFY(updated);
        QTreeWidget *list = inspector->callbackList();
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 1, 20000);

        const CheckedCallback &c = inspector->callbacks().first();
        QCOMPARE(c.request.signature(), hmacSha1(m_f->state()->hmacSecret().toUtf8(), c.request.body));
        QVERIFY(c.verdict.valid);
        QCOMPARE(c.event.resourceId, number);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(1), number);
        QCOMPARE(row->text(2), QStringLiteral("Link to an SMS service plan"));
        QCOMPARE(row->text(3), QStringLiteral("SUCCEEDED"));
        QCOMPARE(row->text(5), QStringLiteral("Valid"));
        // Headers and raw body, one click away.
        list->setCurrentItem(row);
        QVERIFY(inspector->detailsView()->toPlainText().contains(QString::fromUtf8(c.request.body)));
        QVERIFY(inspector->detailsView()->toPlainText().contains(QStringLiteral("X-Sinch-Signature: ") +
                                                                 QString::fromLatin1(c.request.signature())));
        QVERIFY(!inspector->detailsView()->toPlainText().contains(m_f->state()->hmacSecret()));

        // The test sender reaches the same receiver, signed with the project's secret.
        inspector->tabs()->setCurrentWidget(inspector->sendTab());
        SendTestTab *send = inspector->sendTab();
        send->urlEdit()->setText(url);
        send->eventCombo()->setCurrentIndex(send->eventCombo()->findData(QStringLiteral("PROVISIONING_TO_CAMPAIGN")));
        send->statusCombo()->setCurrentIndex(send->statusCombo()->findData(QStringLiteral("FAILED")));
        QSignalSpy answered(send, &SendTestTab::answered);
        QTest::mouseClick(send->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
        QVERIFY2(send->resultView()->toPlainText().contains(QStringLiteral("HTTP 200")),
                 qPrintable(send->resultView()->toPlainText()));
        QTRY_COMPARE(list->topLevelItemCount(), int(inspector->callbacks().size()));
        QTreeWidgetItem *last = list->topLevelItem(list->topLevelItemCount() - 1);
        QCOMPARE(last->text(3), QStringLiteral("FAILED"));
        QCOMPARE(last->text(4), QStringLiteral("The 10DLC campaign has not been accepted yet"));
        QCOMPARE(last->text(5), QStringLiteral("Valid"));
    }

    void checksASignature()
    {
        CallbackInspector *inspector = open();
        QVERIFY(inspector);
        SignatureCheckTab *tab = inspector->checkTab();
        inspector->tabs()->setCurrentWidget(tab);
        const QString body = QStringLiteral(
            "{\"eventId\":\"01jq7z3k8m2n4p6r8t0v2x4z6b\",\"timestamp\":\"2025-03-14T09:26:53.589793\",\"projectId\":"
            "\"c0ffee00-1234-4abc-9def-0123456789ab\",\"resourceId\":\"+12025550134\",\"resourceType\":\"ACTIVE_"
            "NUMBER\",\"eventType\":\"PROVISIONING_TO_SMS_PLATFORM\",\"status\":\"SUCCEEDED\",\"failureCode\":null}");
        tab->bodyEdit()->setPlainText(body);
        QTest::keyClicks(tab->signatureEdit(), QStringLiteral("a46fdb4752ee4b77274ba65eee247ab74b11417e"));
        QTest::keyClicks(tab->secretEdit(), QStringLiteral("K7f2-9aQm-Lx4p-Z8rT-3vWc-Nd6h-Pe1s"));
        QCOMPARE(tab->verdictLabel()->text(), QStringLiteral("valid"));
        QCOMPARE(tab->expectedEdit()->text(), QStringLiteral("a46fdb4752ee4b77274ba65eee247ab74b11417e"));
        QCOMPARE(tab->secretEdit()->echoMode(), QLineEdit::Password);
        // One byte more: invalid, and the signature that body would need.
        tab->bodyEdit()->setPlainText(body + QLatin1Char('\n'));
        QVERIFY(tab->verdictLabel()->text().startsWith(QStringLiteral("invalid")));
        QCOMPARE(tab->expectedEdit()->text(), QStringLiteral("106f0572f94912b59384542a817005d1e56bf222"));
    }
};

QTEST_MAIN(TestCallbackInspector)
#include "tst_callbackinspector.moc"
