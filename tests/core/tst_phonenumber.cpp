// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include <QTest>

using namespace nd;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesWhatPeopleType_data();
    void normalizesWhatPeopleType();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void validE164_data();
    void validE164();
    void formats_data();
    void formats();
    void nationalNumbersWithARegion();
    void countryCallingCode_data();
    void countryCallingCode();
    void projectIds_data();
    void projectIds();
};

void TestPhoneNumber::normalizesWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("brief: US with punctuation")
        << QStringLiteral("+1 (206) 555-0100") << QStringLiteral("+12065550100");
    QTest::newRow("brief: Swedish") << QStringLiteral("+46 70-123 45 67") << QStringLiteral("+46701234567");
    QTest::newRow("brief: 00 prefix") << QStringLiteral("0046701234567") << QStringLiteral("+46701234567");
    QTest::newRow("tel uri") << QStringLiteral("tel:+447700900123") << QStringLiteral("+447700900123");
    QTest::newRow("TEL uri with spaces") << QStringLiteral("TEL: +44 7700 900123") << QStringLiteral("+447700900123");
    QTest::newRow("already E.164") << QStringLiteral("+12025550134") << QStringLiteral("+12025550134");
    QTest::newRow("dots and slashes") << QStringLiteral("+1.202/555.0134") << QStringLiteral("+12025550134");
    QTest::newRow("surrounding whitespace") << QStringLiteral("  +12025550134\t") << QStringLiteral("+12025550134");
    QTest::newRow("no-break spaces") << QStringLiteral("+46\u00A070\u00A01234567") << QStringLiteral("+46701234567");
    QTest::newRow("longest German") << QStringLiteral("+49 30 123456789") << QStringLiteral("+4930123456789");
}

void TestPhoneNumber::normalizesWhatPeopleType()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> r = PhoneNumber::normalize(input);
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(r.value(), expected);
    QVERIFY(PhoneNumber::isValidE164(r.value()));
}

void TestPhoneNumber::rejectsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions"); // the message must name this
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("national US") << QStringLiteral("206 555 0100") << QStringLiteral("country code");
    QTest::newRow("national SE") << QStringLiteral("070-123 45 67") << QStringLiteral("country code");
    QTest::newRow("letters") << QStringLiteral("+1 206 CALL NOW") << QStringLiteral("C");
    QTest::newRow("second plus") << QStringLiteral("+1+2065550100") << QStringLiteral("+");
    QTest::newRow("plus in middle") << QStringLiteral("1206+5550100") << QStringLiteral("+");
    QTest::newRow("path traversal") << QStringLiteral("+1/../x") << QStringLiteral("x");
    QTest::newRow("query") << QStringLiteral("+1?a") << QStringLiteral("?");
    QTest::newRow("fragment") << QStringLiteral("+1#") << QStringLiteral("#");
    QTest::newRow("percent") << QStringLiteral("+1%2F206") << QStringLiteral("%");
    QTest::newRow("colon") << QStringLiteral("+12065550100:rent") << QStringLiteral(":");
    QTest::newRow("control char") << QStringLiteral("+1206\n5550100") << QStringLiteral("U+000A");
    QTest::newRow("null char") << QString::fromUtf16(u"+1206\u00005550100", 12) << QStringLiteral("U+0000");
    QTest::newRow("too long") << QStringLiteral("+1234567890123456") << QStringLiteral("16");
    QTest::newRow("too short") << QStringLiteral("+1") << QString();
    // libphonenumber's metadata: numbers that cannot exist are refused before anything is sent.
    QTest::newRow("unassigned country code") << QStringLiteral("+999123456") << QStringLiteral("+999");
    QTest::newRow("too short for North America") << QStringLiteral("+1206555010")
                                                 << QStringLiteral("too short for a number with country code +1");
    QTest::newRow("too long for Sweden") << QStringLiteral("+46 70 123 45 67 89 01")
                                         << QStringLiteral("too long for a number with country code +46");
    QTest::newRow("leading zero cc") << QStringLiteral("+0123456") << QStringLiteral("0");
    QTest::newRow("only plus") << QStringLiteral("+") << QString();
    QTest::newRow("00 only") << QStringLiteral("00") << QString();
    QTest::newRow("arabic-indic digits") << QStringLiteral("+\u0661\u0662\u0663") << QString();
    QTest::newRow("fullwidth digits") << QStringLiteral("+\uFF11\uFF12\uFF13") << QString();
}

void TestPhoneNumber::rejectsBadInput()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const Result<QString> r = PhoneNumber::normalize(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY(!r.error().userMessage.isEmpty());
    if (!mentions.isEmpty()) {
        QVERIFY2(r.error().userMessage.contains(mentions), qPrintable(r.error().userMessage));
    }
}

void TestPhoneNumber::validE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("+12025550134") << true;
    QTest::newRow("min") << QStringLiteral("+12") << true;
    QTest::newRow("max") << QStringLiteral("+123456789012345") << true;
    QTest::newRow("too long") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("one digit") << QStringLiteral("+1") << false;
    QTest::newRow("no plus") << QStringLiteral("12025550134") << false;
    QTest::newRow("zero cc") << QStringLiteral("+02025550134") << false;
    QTest::newRow("space") << QStringLiteral("+1 2025550134") << false;
    QTest::newRow("slash") << QStringLiteral("+1/2") << false;
    QTest::newRow("trailing newline") << QStringLiteral("+12025550134\n") << false;
    QTest::newRow("non-ascii digit") << QStringLiteral("+1\u0662") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPhoneNumber::validE164()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(PhoneNumber::isValidE164(text), valid);
}

void TestPhoneNumber::formats_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("expected");
    QTest::newRow("US") << QStringLiteral("+12065550100") << QStringLiteral("+1 206-555-0100");
    QTest::newRow("SE") << QStringLiteral("+46701234567") << QStringLiteral("+46 70 123 45 67");
    QTest::newRow("UK") << QStringLiteral("+447700900123") << QStringLiteral("+44 7700 900123");
    QTest::newRow("invalid kept") << QStringLiteral("hello") << QStringLiteral("hello");
    // libphonenumber would show "+46 71234567": a display must never drop a digit of the real number.
    QTest::newRow("national prefix after the country code kept")
        << QStringLiteral("+46071234567") << QStringLiteral("+46071234567");
}

void TestPhoneNumber::formats()
{
    QFETCH(QString, e164);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumber::format(e164), expected);
}

void TestPhoneNumber::nationalNumbersWithARegion()
{
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("(206) 555-0100"), QStringLiteral("US")).value(),
             QStringLiteral("+12065550100"));
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("070-123 45 67"), QStringLiteral("se")).value(),
             QStringLiteral("+46701234567"));
    // An international number keeps its own country whatever the region says.
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("+44 7700 900123"), QStringLiteral("US")).value(),
             QStringLiteral("+447700900123"));
    QCOMPARE(PhoneNumber::normalize(QStringLiteral("0044 7700 900123"), QStringLiteral("US")).value(),
             QStringLiteral("+447700900123"));
    QVERIFY(!PhoneNumber::normalize(QStringLiteral("12"), QStringLiteral("US")));
    QCOMPARE(PhoneNumber::regionCode(QStringLiteral("+46701234567")), QStringLiteral("SE"));
    QCOMPARE(PhoneNumber::regionCode(QStringLiteral("+12065550100")), QStringLiteral("US"));
    QCOMPARE(PhoneNumber::regionCode(QStringLiteral("hello")), QString());
}

void TestPhoneNumber::countryCallingCode_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("code");
    QTest::newRow("NANP") << QStringLiteral("+12065550100") << QStringLiteral("1");
    QTest::newRow("Sweden") << QStringLiteral("+46701234567") << QStringLiteral("46");
    QTest::newRow("UK") << QStringLiteral("+447700900123") << QStringLiteral("44");
    QTest::newRow("Russia") << QStringLiteral("+74951234567") << QStringLiteral("7");
    QTest::newRow("Ireland (3 digits)") << QStringLiteral("+353851234567") << QStringLiteral("353");
    QTest::newRow("invalid") << QStringLiteral("206") << QString();
}

void TestPhoneNumber::countryCallingCode()
{
    QFETCH(QString, e164);
    QFETCH(QString, code);
    QCOMPARE(PhoneNumber::countryCallingCode(e164), code);
    if (!PhoneNumber::regionCode(e164).isEmpty()) {
        // The region's own code agrees with the number's.
        QCOMPARE(PhoneNumber::countryCallingCodeForRegion(PhoneNumber::regionCode(e164)), code);
    }
    QCOMPARE(PhoneNumber::countryCallingCodeForRegion(QStringLiteral("gb")), QStringLiteral("44"));
    QCOMPARE(PhoneNumber::countryCallingCodeForRegion(QStringLiteral("XX")), QString());
}

void TestPhoneNumber::projectIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uuid") << QStringLiteral("5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b") << true;
    QTest::newRow("underscore") << QStringLiteral("my_project") << true;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << QStringLiteral("p/../x") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("query") << QStringLiteral("p?x=1") << false;
    QTest::newRow("space") << QStringLiteral("p 1") << false;
    QTest::newRow("percent") << QStringLiteral("p%2F") << false;
    QTest::newRow("unicode") << QStringLiteral("pröject") << false;
}

void TestPhoneNumber::projectIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidProjectId(id), valid);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
