// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's hand-written JSON (jsonwriter.cpp) and timestamps (sandboxtypes.cpp): what QJsonDocument and
// QDateTime make of the same values.
#include "jsonwriter.h"
#include "sandboxtypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nd::sandbox;

class SandboxJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A page of 1,000 numbers has thousands of timestamps and strings, written by hand for speed.
    void writesTimestampsAndStringsLikeQt()
    {
        // What the sandbox wrote before (and still writes outside the years 1970-9999): "…Z", not "+00:00".
        const auto qtForm = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        const QList<qint64> times = {1,
                                     999,
                                     86399999,
                                     951782400000,     // 2000-02-29
                                     1709164800123,    // 2024-02-29T00:00:00.123
                                     1798761599999,    // 2026-12-31T23:59:59.999
                                     4107542400000,    // 2100-03-01 (2100 is not a leap year)
                                     253402300799999}; // 9999-12-31T23:59:59.999
        for (qint64 ms = 7; ms < 253402300799999; ms = ms * 3 + 12345) {
            char text[TimestampBufferSize];
            QCOMPARE(formatTimestamp(ms, text), 24);
            QCOMPARE(QString::fromLatin1(text), qtForm(ms));
        }
        for (qint64 ms : times) {
            QCOMPARE(formatTimestamp(ms), qtForm(ms));
        }
        char outside[TimestampBufferSize];
        QCOMPARE(formatTimestamp(-1, outside), 0); // outside the four-digit years: the QDateTime form
        QCOMPARE(formatTimestamp(-1), qtForm(-1));

        const QStringList strings = {QString(), QStringLiteral("+12065550100"), QStringLiteral("a \"quoted\" \\ name"),
                                     QStringLiteral("tab\tnew\nline\r\x01\x1f end"), QStringLiteral("Zoë · 東京 😀"),
                                     QStringLiteral("ascii first, then é")};
        for (const QString &text : strings) {
            JsonWriter w;
            w.beginObject();
            w.field("s", text);
            w.field("l", "caf\xe9 \"x\"");
            w.endObject();
            const QJsonObject o = QJsonDocument::fromJson(w.data()).object();
            QCOMPARE(o.value(QLatin1String("s")).toString(), text);
            QCOMPARE(o.value(QLatin1String("l")).toString(), QStringLiteral("café \"x\""));
        }
    }
};

QTEST_GUILESS_MAIN(SandboxJsonTest)
#include "tst_sandboxjson.moc"
