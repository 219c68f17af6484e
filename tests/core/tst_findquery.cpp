// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumbercsv.h"
#include "findquery.h"
#include "money.h"

#include <QTest>

using namespace nd;

// The Active tab's find rule (issue 12 item 2), the CSV form shared by the CLI and the app's export, and
// price totals by count.
class TestFindQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesNumbersAndText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("digits") << QStringLiteral("2065") << QStringLiteral("2065") << QStringLiteral("2065");
        QTest::newRow("e164") << QStringLiteral("+12065550100") << QStringLiteral("+12065550100")
                              << QStringLiteral("12065550100");
        QTest::newRow("punctuated") << QStringLiteral(" +1 (206) 555-01.00 ") << QStringLiteral("+1 (206) 555-01.00")
                                    << QStringLiteral("12065550100");
        QTest::newRow("mixed text") << QStringLiteral("Warehouse 73") << QStringLiteral("Warehouse 73") << QString();
        QTest::newRow("plus inside") << QStringLiteral("12+34") << QStringLiteral("12+34") << QString();
        QTest::newRow("text") << QStringLiteral("acme") << QStringLiteral("acme") << QString();
        QTest::newRow("empty") << QStringLiteral("   ") << QString() << QString();
    }

    void parsesNumbersAndText()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QString, digits);
        const FindQuery q = FindQuery::parse(query);
        QCOMPARE(q.text, text);
        QCOMPARE(q.digits, digits);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        const QString n = QStringLiteral("+12065557300");
        QTest::newRow("name whole") << QStringLiteral("Warehouse 73") << n << QStringLiteral("Warehouse 73") << true;
        QTest::newRow("name other case") << QStringLiteral("warehouse 7") << n << QStringLiteral("WAREHOUSE 73") << true;
        QTest::newRow("mixed text not by digits") << QStringLiteral("Warehouse 73") << n << QStringLiteral("Alerts 93")
                                                  << false;
        QTest::newRow("mixed text, unnamed") << QStringLiteral("Warehouse 73") << n << QString() << false;
        QTest::newRow("digits in number") << QStringLiteral("573") << n << QString() << true;
        QTest::newRow("formatted number") << QStringLiteral("+1 206-555-7300") << n << QString() << true;
        QTest::newRow("digits not in number") << QStringLiteral("999") << n << QStringLiteral("Alerts") << false;
        QTest::newRow("digits in name") << QStringLiteral("93") << n << QStringLiteral("Alerts 93") << true;
        QTest::newRow("empty matches nothing") << QString() << n << QStringLiteral("x") << false;
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, number);
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(FindQuery::parse(query).matches(number, name), expected);
    }

    void csvHasTheCliColumnsAndRawValues()
    {
        ActiveNumber n;
        n.phoneNumber = QStringLiteral("+12065550100");
        n.displayName = QStringLiteral("Desk, \"main\"");
        n.regionCode = QStringLiteral("US");
        n.type = NumberType(NumberType::Value::Local);
        n.capabilities = {Capability(Capability::Value::Sms), Capability(Capability::Value::Voice)};
        n.money = Money{QStringLiteral("USD"), QStringLiteral("0.80")};
        n.paymentIntervalMonths = 1;
        n.nextChargeDate = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const QStringList names = ActiveNumberCsv::columnNames();
        const QStringList cells = ActiveNumberCsv::cells(n);
        QCOMPARE(cells.size(), names.size());
        QCOMPARE(names.first(), QStringLiteral("phoneNumber"));
        QCOMPARE(cells.at(names.indexOf(QStringLiteral("monthlyPrice"))), QStringLiteral("0.80"));
        QCOMPARE(cells.at(names.indexOf(QStringLiteral("capability"))), QStringLiteral("SMS VOICE"));
        QCOMPARE(cells.at(names.indexOf(QStringLiteral("nextChargeDate"))), QStringLiteral("2026-03-01T12:00:00Z"));
        QCOMPARE(ActiveNumberCsv::line({n.phoneNumber, n.displayName}),
                 QByteArray("+12065550100,\"Desk, \"\"main\"\"\"\n"));
    }

    void totalsAddPricesByCount()
    {
        PriceTotals totals;
        totals.add(Money{QStringLiteral("USD"), QStringLiteral("0.10")}, 1, 30000);
        totals.add(Money{QStringLiteral("USD"), QStringLiteral("2.5")}, 1);
        totals.add(Money{QStringLiteral("EUR"), QStringLiteral("1.00")}, 1, 0);
        QCOMPARE(totals.entries().size(), 1);
        QCOMPARE(totals.entries().first().sum.toString(2), QStringLiteral("3002.50"));
        QCOMPARE(totals.entries().first().count, 30001);
    }
};

QTEST_GUILESS_MAIN(TestFindQuery)
#include "tst_findquery.moc"
