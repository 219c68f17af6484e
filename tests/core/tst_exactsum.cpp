// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactsum.h"

#include <QtTest>

using namespace nd;

// ExactSum: sums of price / interval stay exact until shown, and showing rounds half-up once. The expected texts
// are worked out by hand in the comments.
class TestExactSum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsOnceAtTheEnd_data();
    void roundsOnceAtTheEnd();
    void manySmallAmountsStayExact();
    void compareIsExact();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

void TestExactSum::roundsOnceAtTheEnd_data()
{
    QTest::addColumn<QStringList>("amounts"); // "amount/divisor"
    QTest::addColumn<QString>("expected");
    // 1.00/3 three times is exactly 1: rounding each third first would give 0.99.
    QTest::newRow("thirds") << QStringList{QStringLiteral("1.00/3"), QStringLiteral("1.00/3"), QStringLiteral("1.00/3")}
                            << QStringLiteral("1.00");
    // 2.00/3 = 0.666… → 0.67
    QTest::newRow("two thirds") << QStringList{QStringLiteral("2.00/3")} << QStringLiteral("0.67");
    // 0.125 is a tie: half-up gives 0.13 (banker's rounding would give 0.12).
    QTest::newRow("tie") << QStringList{QStringLiteral("0.125/1")} << QStringLiteral("0.13");
    // 0.06/12 = 0.005 → 0.01
    QTest::newRow("tie after division") << QStringList{QStringLiteral("0.06/12")} << QStringLiteral("0.01");
    // 12.00/12 + 3.00/3 + 1.00 = 3.00
    QTest::newRow("intervals") << QStringList{QStringLiteral("12.00/12"), QStringLiteral("3.00/3"),
                                              QStringLiteral("1.00/1")}
                               << QStringLiteral("3.00");
    // 0.004 + 0.004 = 0.008 → 0.01 (each alone would round to 0.00)
    QTest::newRow("small parts") << QStringList{QStringLiteral("0.004/1"), QStringLiteral("0.004/1")}
                                 << QStringLiteral("0.01");
    // -0.005 → -0.01 (half away from zero)
    QTest::newRow("negative tie") << QStringList{QStringLiteral("-0.005/1")} << QStringLiteral("-0.01");
    QTest::newRow("empty") << QStringList() << QStringLiteral("0.00");
    // 3000/1 in a currency without decimals stays whole.
    QTest::newRow("whole") << QStringList{QStringLiteral("3000/1")} << QStringLiteral("3000.00");
}

void TestExactSum::roundsOnceAtTheEnd()
{
    QFETCH(QStringList, amounts);
    QFETCH(QString, expected);
    ExactSum sum;
    for (const QString &a : amounts) {
        const QStringList parts = a.split(QLatin1Char('/'));
        sum.add(*Decimal::parse(parts.at(0)), parts.at(1).toInt());
    }
    QCOMPARE(sum.toString(2), expected);
}

void TestExactSum::manySmallAmountsStayExact()
{
    // 100,000 numbers at 0.07 every 3 months: 7,000.00 / 3 = 2,333.333… → 2333.33; adding in another order,
    // or as two halves joined with +=, gives the same.
    ExactSum all;
    ExactSum first;
    ExactSum second;
    for (int i = 0; i < 100000; ++i) {
        all.add(d("0.07"), 3);
        (i % 2 ? first : second).add(d("0.07"), 3);
    }
    QCOMPARE(all.toString(2), QStringLiteral("2333.33"));
    first += second;
    QCOMPARE(first.toString(2), QStringLiteral("2333.33"));
    QCOMPARE(first.compare(all), 0);
    QCOMPARE(all.toString(4), QStringLiteral("2333.3333"));
}

void TestExactSum::compareIsExact()
{
    ExactSum third;
    third.add(d("1"), 3);
    ExactSum almost;
    almost.add(d("0.333333333333"));
    QCOMPARE(third.compare(almost), 1);
    QCOMPARE(almost.compare(third), -1);
    QVERIFY(!third.isZero());
    ExactSum zero;
    zero.add(d("1.5"), 1);
    zero.add(d("-3"), 2);
    QVERIFY(zero.isZero());
}

QTEST_GUILESS_MAIN(TestExactSum)
#include "tst_exactsum.moc"
