// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apidatetime.h"
#include "testdata.h"

#include <QTest>
#include <QTimeZone>

using namespace nd;

using nd::test::utc;

// The API's date-time text (§3.6): every shape the server sends, and what NumberDesk writes.
class TestApiDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateShapes_data();
    void dateShapes();
    void formatsUtcWithMilliseconds_data();
    void formatsUtcWithMilliseconds();
};

void TestApiDateTime::dateShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("no fraction, Z") << QStringLiteral("2019-08-24T14:15:22Z") << utc(2019, 8, 24, 14, 15, 22);
    QTest::newRow("3 digits, Z") << QStringLiteral("2023-09-25T12:08:02.115Z") << utc(2023, 9, 25, 12, 8, 2, 115);
    QTest::newRow("6 digits, Z") << QStringLiteral("2024-06-06T14:42:42.022227Z") << utc(2024, 6, 6, 14, 42, 42, 22);
    QTest::newRow("9 digits, no zone") << QStringLiteral("2024-02-10T17:22:09.412722588")
                                       << utc(2024, 2, 10, 17, 22, 9, 412);
    QTest::newRow("6 digits, no zone") << QStringLiteral("2025-03-14T09:26:53.589793")
                                       << utc(2025, 3, 14, 9, 26, 53, 589);
    QTest::newRow("no fraction, no zone") << QStringLiteral("2025-03-14T09:26:53") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("1 digit") << QStringLiteral("2025-03-14T09:26:53.5Z") << utc(2025, 3, 14, 9, 26, 53, 500);
    QTest::newRow("offset") << QStringLiteral("2025-03-14T11:26:53.250+02:00") << utc(2025, 3, 14, 9, 26, 53, 250);
    QTest::newRow("negative offset") << QStringLiteral("2025-03-14T04:26:53-05:00") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("compact offset") << QStringLiteral("2025-03-14T11:26:53+0200") << utc(2025, 3, 14, 9, 26, 53);
    QTest::newRow("offset crosses midnight")
        << QStringLiteral("2025-03-14T23:30:00-01:00") << utc(2025, 3, 15, 0, 30, 0);
    QTest::newRow("feb 30") << QStringLiteral("2025-02-30T00:00:00Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2025-03-14T25:00:00Z") << QDateTime();
    QTest::newRow("dot without digits") << QStringLiteral("2025-03-14T09:26:53.Z") << QDateTime();
    QTest::newRow("text after Z") << QStringLiteral("2025-03-14T09:26:53Zjunk") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2025-03-14") << QDateTime();
    QTest::newRow("letters in fraction") << QStringLiteral("2025-03-14T09:26:53.12aZ") << QDateTime();
}

void TestApiDateTime::dateShapes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = json::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestApiDateTime::formatsUtcWithMilliseconds_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << utc(2025, 4, 14, 9, 2, 3, 4) << QStringLiteral("2025-04-14T09:02:03.004Z");
    QTest::newRow("whole second") << utc(2019, 8, 24, 14, 15, 22) << QStringLiteral("2019-08-24T14:15:22.000Z");
    QTest::newRow("offset is converted") << QDateTime(QDate(2025, 3, 14), QTime(11, 26, 53, 250), QTimeZone(2 * 3600))
                                         << QStringLiteral("2025-03-14T09:26:53.250Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestApiDateTime::formatsUtcWithMilliseconds()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    QCOMPARE(json::formatDateTime(dateTime), expected);
    if (dateTime.isValid()) {
        QCOMPARE(json::formatDateTime(dateTime), dateTime.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(json::parseDateTime(expected), dateTime);
    }
}

QTEST_GUILESS_MAIN(TestApiDateTime)
#include "tst_apidatetime.moc"
