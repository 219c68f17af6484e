// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberlist.h"

#include <QTest>

using namespace nd;

// `bulk … --from-file`: numbers as people keep them in files.
class TestNumberList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUsualFormatOnePerLine();
    void csvWithPhoneNumberColumn();
    void unusableLinesAreListedWithTheirLineNumbers();
};

void TestNumberList::everyUsualFormatOnePerLine()
{
    const NumberList list = NumberList::parse(QString::fromUtf8("\xEF\xBB\xBF# stores\n+12065550100\n\n  +1 (206) 555-0101  \r\n"
                                                                "0046701234567\n206 555 0102\n+12065550100\n"),
                                              QStringLiteral("US"));
    QVERIFY2(list.isOk(), list.problems.isEmpty() ? "" : qPrintable(list.problems.first().text + QLatin1Char(' ') + list.problems.first().reason));
    QCOMPARE(list.numbers, (QStringList{QStringLiteral("+12065550100"), QStringLiteral("+12065550101"),
                                        QStringLiteral("+46701234567"), QStringLiteral("+12065550102")}));
    QCOMPARE(list.duplicates, 1);
}

void TestNumberList::csvWithPhoneNumberColumn()
{
    const NumberList list = NumberList::parse(
        QStringLiteral("name,phoneNumber,notes\n\"Store, north\",+12065550100,x\nStore south,\"+1 206 555 0101\",\"say \"\"hi\"\"\"\n"));
    QVERIFY(list.isOk());
    QCOMPARE(list.numbers, (QStringList{QStringLiteral("+12065550100"), QStringLiteral("+12065550101")}));
}

void TestNumberList::unusableLinesAreListedWithTheirLineNumbers()
{
    const NumberList list = NumberList::parse(QStringLiteral("+12065550100\n206 555 0102\nhello\n+999\n"));
    QVERIFY(!list.isOk());
    QCOMPARE(list.problems.size(), 3);
    QCOMPARE(list.problems.at(0).line, 2); // national without a region
    QCOMPARE(list.problems.at(1).line, 3);
    QCOMPARE(list.problems.at(1).text, QStringLiteral("hello"));
    QCOMPARE(list.problems.at(2).line, 4);
    for (const NumberList::Problem &p : list.problems) {
        QVERIFY(!p.reason.isEmpty());
    }
    QCOMPARE(list.numbers, QStringList{QStringLiteral("+12065550100")});
}

QTEST_GUILESS_MAIN(TestNumberList)
#include "tst_numberlist.moc"
