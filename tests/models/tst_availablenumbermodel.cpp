// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberfilterproxy.h"
#include "availablenumbermodel.h"
#include "itemroles.h"
#include "sandboxfixture.h"
#include "sandboxstate.h"
#include "sortvalue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

namespace {

AvailableNumberQuery usLocal(int size)
{
    AvailableNumberQuery query;
    query.regionCode = QStringLiteral("US");
    query.type = NumberType(NumberType::Value::Local);
    query.size = size;
    return query;
}

AvailableNumber priced(const QString &e164, const QString &monthly)
{
    AvailableNumber n;
    n.phoneNumber = e164;
    n.regionCode = QStringLiteral("US");
    n.type = NumberType(NumberType::Value::Local);
    n.monthlyPrice = Money{QStringLiteral("USD"), monthly};
    n.setupPrice = Money{QStringLiteral("USD"), QStringLiteral("0")};
    n.paymentIntervalMonths = 1;
    return n;
}

} // namespace

class TestAvailableNumberModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start(test::SandboxFixture::Options::asTheApp(5))); }

    void searchFillsRowsFromTheSandbox()
    {
        AvailableNumberModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &AvailableNumberModel::searchFinished);
        model.search(usLocal(7));
        QVERIFY(model.isSearching());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(finished.first().first().toInt(), 7);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto n = model.index(row, 0).data(RecordRole).value<AvailableNumber>();
            QCOMPARE(n.regionCode, QStringLiteral("US"));
            QVERIFY(n.type == NumberType::Value::Local);
            QVERIFY(m_sandbox.server->state()->isAvailable(n.phoneNumber));
            // Readable in the cell, exact E.164 in the tooltip and KeyRole.
            const QModelIndex number = model.index(row, AvailableNumberModel::NumberColumn);
            QCOMPARE(number.data(Qt::ToolTipRole).toString(), n.phoneNumber);
            QCOMPARE(number.data(KeyRole).toString(), n.phoneNumber);
            QVERIFY(number.data().toString().contains(QLatin1Char(' ')));
            QVERIFY(model.index(row, AvailableNumberModel::MonthlyPriceColumn)
                        .data()
                        .toString()
                        .contains(n.monthlyPrice.currencyCode));
            QVERIFY(model.index(row, AvailableNumberModel::SetupPriceColumn).data(SortRole).canConvert<Decimal>());
        }
    }

    void patternAndCapabilitiesGoToTheServer()
    {
        AvailableNumberModel model(m_sandbox.client.get());
        QSignalSpy finished(&model, &AvailableNumberModel::searchFinished);
        AvailableNumberQuery query = usLocal(5);
        query.pattern.pattern = QStringLiteral("55");
        query.pattern.searchPattern = SearchPattern(SearchPattern::Value::Contains);
        query.capabilities << Capability(Capability::Value::Sms);
        model.search(query);
        QVERIFY(finished.wait(10000));
        QVERIFY(model.rowCount() > 0);
        for (const AvailableNumber &n : model.numbers()) {
            QVERIFY2(n.phoneNumber.contains(QStringLiteral("55")), qPrintable(n.phoneNumber));
            QVERIFY(n.capabilities.contains(Capability(Capability::Value::Sms)));
        }
        QCOMPARE(model.lastQuery().pattern.pattern, QStringLiteral("55"));
    }

    void newSearchSupersedesTheOneInFlight()
    {
        AvailableNumberModel model(m_sandbox.client.get());
        QSignalSpy finished(&model, &AvailableNumberModel::searchFinished);
        model.search(usLocal(3));
        model.search(usLocal(9));
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(model.rowCount(), 9);
    }

    void removeNumberDropsTheRow()
    {
        AvailableNumberModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &AvailableNumberModel::searchFinished);
        model.search(usLocal(4));
        QVERIFY(finished.wait(10000));
        const QString gone = model.number(2).phoneNumber;
        QVERIFY(model.removeNumber(gone));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(gone), -1);
        QVERIFY(!model.removeNumber(gone));
    }

    void badQueryReportsError()
    {
        AvailableNumberModel model(m_sandbox.client.get());
        QSignalSpy failed(&model, &AvailableNumberModel::requestFailed);
        AvailableNumberQuery query = usLocal(5);
        query.type = NumberType::fromWire(QStringLiteral("LANDLINE"));
        model.search(query);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<ApiError>().isError());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isSearching());
    }

    void pricesSortExactlyNotAsText()
    {
        AvailableNumberModel model(nullptr);
        model.setNumbers({priced(QStringLiteral("+12065550001"), QStringLiteral("10.00")),
                          priced(QStringLiteral("+12065550002"), QStringLiteral("9.5")),
                          priced(QStringLiteral("+12065550003"), QStringLiteral("0.80")),
                          priced(QStringLiteral("+12065550004"), QStringLiteral("0.8000001"))});
        ActiveNumberFilterProxy proxy; // the window's sorting proxy (SortRole for non-active models)
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AvailableNumberModel::MonthlyPriceColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            order << proxy.index(row, 0).data(KeyRole).toString().right(1);
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(SortValue::lessThan(SortValue::fromMoney(Money{QStringLiteral("USD"), QStringLiteral("9.99")}),
                                    SortValue::fromMoney(Money{QStringLiteral("USD"), QStringLiteral("10")})));
        QVERIFY(!SortValue::lessThan(SortValue::fromMoney(Money{QStringLiteral("USD"), QStringLiteral("0.80")}),
                                     SortValue::fromMoney(Money{QStringLiteral("USD"), QStringLiteral("0.8")})));
    }

private:
    test::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestAvailableNumberModel)
#include "tst_availablenumbermodel.moc"
