// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// 100,000 active numbers: listing them page by page returns each exactly once.
#include "rawhttp.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <QSet>
#include <QTest>

using namespace nd::sandbox;
using nd::sandbox::test::RawHttp;
using nd::sandbox::test::RawResponse;

class SandboxScaleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsHundredThousandNumbersExactly()
    {
        SandboxOptions options;
        options.activeCount = 100000;
        SandboxServer server;
        const auto started = server.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QCOMPARE(server.state()->activeCount(), 100000);
        RawHttp http(server.baseUrl(), RawHttp::basic(options.keyId, options.keySecret));

        QSet<QString> seen;
        int listed = 0;
        int totals = 0;
        for (const QByteArray &type : {QByteArray("MOBILE"), QByteArray("LOCAL"), QByteArray("TOLL_FREE")}) {
            QByteArray token;
            int pages = 0;
            do {
                QByteArray target = "/v1/projects/sandbox-project/activeNumbers?type=" + type + "&pageSize=1000";
                if (!token.isEmpty())
                    target += "&pageToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
                const RawResponse r = http.get(target);
                QCOMPARE(r.status, 200);
                const QJsonObject page = r.json();
                if (pages == 0)
                    totals += page.value(QLatin1String("totalSize")).toInt();
                const QJsonArray items = page.value(QLatin1String("activeNumbers")).toArray();
                QVERIFY(items.size() <= 1000);
                for (const QJsonValue &v : items) {
                    const QJsonObject o = v.toObject();
                    QCOMPARE(o.value(QLatin1String("type")).toString(), QString::fromLatin1(type));
                    seen.insert(o.value(QLatin1String("phoneNumber")).toString());
                    ++listed;
                }
                token = page.value(QLatin1String("nextPageToken")).toString().toLatin1();
                ++pages;
            } while (!token.isEmpty() && pages < 1000);
            QVERIFY(pages > 1);
        }
        QCOMPARE(totals, 100000);
        QCOMPARE(listed, 100000);
        QCOMPARE(seen.size(), 100000); // no duplicates
    }

    // What a parallel sync relies on: walks per type and per (type, region) at the largest page size are exact,
    // and totalSize is the number of matches for the query's filters on every page of the walk.
    void walksPerTypeAndRegionAreExact()
    {
        SandboxOptions options;
        options.activeCount = 20000;
        SandboxServer server;
        const auto started = server.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        RawHttp http(server.baseUrl(), RawHttp::basic(options.keyId, options.keySecret));

        // Walks one query to its end; every page must report the same totalSize, equal to what the walk found.
        auto walk = [&](const QByteArray &query, QStringList *numbers) {
            QByteArray token;
            int pages = 0;
            int total = -1;
            do {
                QByteArray target = "/v1/projects/sandbox-project/activeNumbers?" + query + "&pageSize=1000";
                if (!token.isEmpty())
                    target += "&pageToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
                const RawResponse r = http.get(target);
                if (r.status != 200)
                    return false;
                if (total >= 0 && r.totalSize() != total)
                    return false;
                total = r.totalSize();
                const QJsonArray items = r.array("activeNumbers");
                token = r.json().value(QLatin1String("nextPageToken")).toString().toLatin1();
                if (!token.isEmpty() && items.size() != 1000) // full pages until the last
                    return false;
                for (const QJsonValue &v : items)
                    numbers->append(v.toObject().value(QLatin1String("phoneNumber")).toString());
                ++pages;
            } while (!token.isEmpty() && pages < 1000);
            return total == numbers->size();
        };

        const QJsonArray regions = http.get("/v1/projects/sandbox-project/availableRegions").array("availableRegions");
        QCOMPARE(regions.size(), 20);
        QSet<QString> everything;
        for (const QByteArray &type : {QByteArray("MOBILE"), QByteArray("LOCAL"), QByteArray("TOLL_FREE")}) {
            QStringList byType;
            QVERIFY(walk("type=" + type, &byType));
            const QSet<QString> typeSet(byType.cbegin(), byType.cend());
            QCOMPARE(typeSet.size(), byType.size());
            QSet<QString> union_;
            int sum = 0;
            for (const QJsonValue &region : regions) {
                const QByteArray code = region.toObject().value(QLatin1String("regionCode")).toString().toLatin1();
                QStringList byRegion;
                QVERIFY2(walk("type=" + type + "&regionCode=" + code, &byRegion), code.constData());
                sum += static_cast<int>(byRegion.size());
                for (const QString &n : std::as_const(byRegion))
                    union_.insert(n);
            }
            QCOMPARE(sum, static_cast<int>(typeSet.size())); // regions partition the type: no overlap, no gap
            QCOMPARE(union_, typeSet);
            everything.unite(typeSet);
        }
        QCOMPARE(everything.size(), server.state()->activeCount());

        // With pattern and capability filters too, totalSize counts the matches.
        QStringList filtered;
        QVERIFY(
            walk("type=LOCAL&capability=SMS&numberPattern.pattern=%2B1&numberPattern.searchPattern=START", &filtered));
        QVERIFY(!filtered.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SandboxScaleTest)
#include "tst_sandboxscale.moc"
