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
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
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
};

QTEST_GUILESS_MAIN(SandboxScaleTest)
#include "tst_sandboxscale.moc"
