// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Callback Inspector on a profile that is not the sandbox (issue 16): pointing numbers at the local receiver
// asks first; Cancel sends nothing, confirming sets the URL through the ActionPipeline (recorded).
#include "auditlog.h"
#include "callbackinspector.h"
#include "dialogtesthelpers.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace nd;

class TestCallbackInspectorConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realProfileAsksFirst()
    {
        ndtest::Sandbox sandbox;
        QVERIFY(sandbox.start(10, 20));
        const QString number = sandbox.rentedNumber(0);
        QVERIFY(!number.isEmpty());
        const std::optional<ActiveNumber> active = sandbox.fetchActive(number);
        QVERIFY(active.has_value());

        CallbackInspector inspector({[&] { return sandbox.client.get(); },
                                     [&] { return sandbox.pipeline(); },
                                     [&] { return QList<ActiveNumber>{*active}; },
                                     [] { return false; },
                                     {}});
        inspector.show();
        const QString url = inspector.receiverUrl().toString();
        QVERIFY(!url.isEmpty());
        const int updatesBefore = sandbox.count("update");

        QTest::mouseClick(inspector.useButton(), Qt::LeftButton);
        QTRY_VERIFY(ndtest::activeBox());
        QVERIFY(ndtest::activeBox()->text().contains(url));
        QTest::mouseClick(ndtest::boxButton(ndtest::activeBox(), "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!ndtest::activeBox());
        QCOMPARE(sandbox.count("update"), updatesBefore);
        QVERIFY(sandbox.state()->activeNumber(number)->callbackUrl != url);

        QTest::mouseClick(inspector.useButton(), Qt::LeftButton);
        QTRY_VERIFY(ndtest::activeBox());
        QTest::mouseClick(ndtest::boxButton(ndtest::activeBox(), "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.state()->activeNumber(number)->callbackUrl, url, 10000);
        QCOMPARE(sandbox.count("update"), updatesBefore + 1);
        // Recorded like every change: one update record for that number.
        AuditFilter filter;
        filter.number = number;
        filter.operation = Operation::Update;
        QTRY_COMPARE(sandbox.auditLog->records(filter).size(), 1);
    }
};

QTEST_MAIN(TestCallbackInspectorConfirm)
#include "tst_callbackinspectorconfirm.moc"
