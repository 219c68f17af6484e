// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QTest>

using namespace nd;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidAmounts_data();
    void parsesValidAmounts();
    void rejectsInvalidAmounts_data();
    void rejectsInvalidAmounts();
    void equalAmountsWithDifferentScalesCompareEqual();
    void sumsStayExact();
    void multiplies();
    void comparesAcrossScales();
    void displayString_data();
    void displayString();
};

void TestMoney::parsesValidAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shortest");
    QTest::addColumn<QString>("twoDigits");
    QTest::newRow("0.80") << QStringLiteral("0.80") << QStringLiteral("0.8") << QStringLiteral("0.80");
    QTest::newRow("0.8") << QStringLiteral("0.8") << QStringLiteral("0.8") << QStringLiteral("0.80");
    QTest::newRow("integer") << QStringLiteral("12") << QStringLiteral("12") << QStringLiteral("12.00");
    QTest::newRow("negative") << QStringLiteral("-0.05") << QStringLiteral("-0.05") << QStringLiteral("-0.05");
    QTest::newRow("plus sign") << QStringLiteral("+3.5") << QStringLiteral("3.5") << QStringLiteral("3.50");
    QTest::newRow("many fraction digits")
        << QStringLiteral("1.000001") << QStringLiteral("1.000001") << QStringLiteral("1.000001");
    QTest::newRow("zero") << QStringLiteral("0.00") << QStringLiteral("0") << QStringLiteral("0.00");
    QTest::newRow("18 digits") << QStringLiteral("123456789.123456789") << QStringLiteral("123456789.123456789")
                               << QStringLiteral("123456789.123456789");
    QTest::newRow("leading zeros") << QStringLiteral("0001.10") << QStringLiteral("1.1") << QStringLiteral("1.10");
}

void TestMoney::parsesValidAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, shortest);
    QFETCH(QString, twoDigits);
    const auto d = Decimal::parse(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), shortest);
    QCOMPARE(d->toString(2), twoDigits);
}

void TestMoney::rejectsInvalidAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("space") << QStringLiteral("1 000");
    QTest::newRow("comma") << QStringLiteral("1,5");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("trailing dot") << QStringLiteral("1.");
    QTest::newRow("leading dot") << QStringLiteral(".5");
    QTest::newRow("sign only") << QStringLiteral("-");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("19 digits") << QStringLiteral("1234567890123456789");
    QTest::newRow("nan") << QStringLiteral("NaN");
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662");
}

void TestMoney::rejectsInvalidAmounts()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void TestMoney::equalAmountsWithDifferentScalesCompareEqual()
{
    QCOMPARE(*Decimal::parse(QStringLiteral("0.8")), *Decimal::parse(QStringLiteral("0.80")));
    QVERIFY(*Decimal::parse(QStringLiteral("2")) == *Decimal::parse(QStringLiteral("2.000")));
    QVERIFY(*Decimal::parse(QStringLiteral("0.81")) != *Decimal::parse(QStringLiteral("0.8")));
}

void TestMoney::sumsStayExact()
{
    // 0.1 added 1000 times is exactly 100 (it is not in double arithmetic).
    Decimal sum;
    const Decimal tenth = *Decimal::parse(QStringLiteral("0.1"));
    for (int i = 0; i < 1000; ++i) {
        sum = sum + tenth;
    }
    QCOMPARE(sum.toString(2), QStringLiteral("100.00"));
    QCOMPARE((*Decimal::parse(QStringLiteral("0.80")) + *Decimal::parse(QStringLiteral("1.005"))).toString(),
             QStringLiteral("1.805"));
}

void TestMoney::multiplies()
{
    QCOMPARE((*Decimal::parse(QStringLiteral("1.25")) * 12).toString(2), QStringLiteral("15.00"));
    QCOMPARE((*Decimal::parse(QStringLiteral("0.33")) * -3).toString(), QStringLiteral("-0.99"));
}

void TestMoney::comparesAcrossScales()
{
    QVERIFY(*Decimal::parse(QStringLiteral("0.09")) < *Decimal::parse(QStringLiteral("0.1")));
    QVERIFY(*Decimal::parse(QStringLiteral("-1")) < *Decimal::parse(QStringLiteral("0.000001")));
    // Rescaling the big one would overflow: comparison must still be right.
    QVERIFY(*Decimal::parse(QStringLiteral("0.000000000000000001")) <
            *Decimal::parse(QStringLiteral("999999999999999999")));
    QVERIFY(*Decimal::parse(QStringLiteral("-999999999999999999")) <
            *Decimal::parse(QStringLiteral("0.000000000000000001")));
}

void TestMoney::displayString_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("expected");
    // Exactly as the API sent them (docs/api.md §3.7): no rounding, no padding.
    QTest::newRow("usd") << QStringLiteral("USD") << QStringLiteral("1.00") << QStringLiteral("USD 1.00");
    QTest::newRow("jpy, no decimals") << QStringLiteral("JPY") << QStringLiteral("3000") << QStringLiteral("JPY 3000");
    QTest::newRow("0.8") << QStringLiteral("EUR") << QStringLiteral("0.8") << QStringLiteral("EUR 0.8");
    QTest::newRow("many decimals") << QStringLiteral("USD") << QStringLiteral("0.0075") << QStringLiteral("USD 0.0075");
    QTest::newRow("opaque currency") << QStringLiteral("DOLLAR") << QStringLiteral("2.5")
                                     << QStringLiteral("DOLLAR 2.5");
    QTest::newRow("unparsable kept") << QStringLiteral("USD") << QStringLiteral("n/a") << QStringLiteral("USD n/a");
    QTest::newRow("no currency") << QString() << QStringLiteral("3") << QStringLiteral("3");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestMoney::displayString()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(QString, expected);
    const Money m{currency, amount};
    QCOMPARE(m.toDisplayString(), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
