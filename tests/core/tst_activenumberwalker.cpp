// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberwalker.h"
#include "numbersclient.h"
#include "recordingserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace nd;
using nd::test::CannedResponse;
using nd::test::RecordingServer;

namespace {

QByteArray page(const QList<int> &suffixes, const QByteArray &nextToken, int totalSize = -1)
{
    // Plain string literals here: moc 6.4 loses track of the file after some raw-string/char-literal mixes.
    QByteArray numbers;
    for (int s : suffixes) {
        if (!numbers.isEmpty()) {
            numbers += ',';
        }
        numbers +=
            "{\"phoneNumber\":\"+1206555" + QByteArray::number(s).rightJustified(4, '0') + "\",\"type\":\"LOCAL\"}";
    }
    QByteArray body = "{\"activeNumbers\":[" + numbers + "],\"nextPageToken\":\"" + nextToken + "\"";
    if (totalSize >= 0) {
        body += ",\"totalSize\":" + QByteArray::number(totalSize);
    }
    return body + "}";
}

} // namespace

class TestActiveNumberWalker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walksAllPagesWithSameQuery();
    void walksEveryTypeWhenNoneGiven();
    void usesGivenPageSize();
    void cancelStopsTheWalk();
    void errorMidWalkFinishesWithIt();
    void transientErrorMidWalkIsRetried();
    void repeatedTokenStopsInsteadOfLooping();

private:
    std::unique_ptr<RecordingServer> m_server;
    std::unique_ptr<NumbersClient> m_client;
};

void TestActiveNumberWalker::init()
{
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, R"({"activeNumbers":[],"nextPageToken":""})"));
    m_client = std::make_unique<NumbersClient>();
    ConnectionSettings s;
    s.numbersUrl = m_server->baseUrl();
    s.projectId = QStringLiteral("p1");
    s.keyId = QStringLiteral("id");
    s.keySecret = QStringLiteral("secret");
    s.authMethod = AuthMethod::Basic;
    m_client->setConnection(s);
}

void TestActiveNumberWalker::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestActiveNumberWalker::walksAllPagesWithSameQuery()
{
    m_server->enqueueJson(200, page({1, 2}, "tok+1/=", 5));
    m_server->enqueueJson(200, page({3, 4}, "tok2"));
    m_server->enqueueJson(200, page({5}, ""));
    ActiveNumberQuery q;
    q.regionCode = QStringLiteral("US");
    q.type = NumberType::Value::Local;
    q.orderBy = OrderBy::Value::PhoneNumber;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy pages(&walker, &ActiveNumberWalker::pageReceived);
    QSignalSpy progress(&walker, &ActiveNumberWalker::progress);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(walker.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::None);
    QVERIFY(!walker.isRunning());
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).at(0).value<QList<ActiveNumber>>().size(), 2);
    QCOMPARE(pages.at(2).at(0).value<QList<ActiveNumber>>().at(0).phoneNumber, QStringLiteral("+12065550005"));
    QCOMPARE(walker.numbersFetched(), 5);
    QCOMPARE(walker.pagesFetched(), 3);
    QCOMPARE(progress.last().at(0).toLongLong(), 5);
    QCOMPARE(progress.last().at(1).toLongLong(), 5);
    QCOMPARE(m_server->requestCount(), 3);
    const QByteArray base = "regionCode=US&type=LOCAL&pageSize=1000";
    QCOMPARE(m_server->requests().at(0).rawQuery, base + "&orderBy=phoneNumber");
    QCOMPARE(m_server->requests().at(1).rawQuery, base + "&pageToken=tok%2B1%2F%3D&orderBy=phoneNumber");
    QCOMPARE(m_server->requests().at(2).rawQuery, base + "&pageToken=tok2&orderBy=phoneNumber");
}

void TestActiveNumberWalker::walksEveryTypeWhenNoneGiven()
{
    m_server->enqueueJson(200, page({1}, "m2", 2));
    m_server->enqueueJson(200, page({2}, ""));
    m_server->enqueueJson(200, page({3}, "", 1));
    m_server->enqueueJson(200, R"({})"); // no toll-free numbers at all: the field is absent
    ActiveNumberWalker walker(m_client.get(), ActiveNumberQuery{});
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    QSignalSpy progress(&walker, &ActiveNumberWalker::progress);
    walker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::None);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requests().at(0).rawQuery, QByteArray("type=MOBILE&pageSize=1000"));
    QCOMPARE(m_server->requests().at(1).rawQuery, QByteArray("type=MOBILE&pageSize=1000&pageToken=m2"));
    QCOMPARE(m_server->requests().at(2).rawQuery, QByteArray("type=LOCAL&pageSize=1000"));
    QCOMPARE(m_server->requests().at(3).rawQuery, QByteArray("type=TOLL_FREE&pageSize=1000"));
    QCOMPARE(walker.numbersFetched(), 3);
    QCOMPARE(progress.last().at(1).toLongLong(), -1); // toll-free sent no totalSize
}

void TestActiveNumberWalker::usesGivenPageSize()
{
    ActiveNumberQuery q;
    q.type = NumberType::Value::TollFree;
    q.pageSize = 2;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).rawQuery, QByteArray("type=TOLL_FREE&pageSize=2"));
}

void TestActiveNumberWalker::cancelStopsTheWalk()
{
    m_server->enqueueJson(200, page({1}, "next"));
    CannedResponse slow = CannedResponse::json(200, page({2}, ""));
    slow.delayMs = 5000;
    m_server->enqueue(slow);
    ActiveNumberQuery q;
    q.type = NumberType::Value::Local;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy pages(&walker, &ActiveNumberWalker::pageReceived);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QTRY_COMPARE(m_server->requestCount(), 2);
    walker.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!walker.isRunning());
    QCOMPARE(pages.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestActiveNumberWalker::errorMidWalkFinishesWithIt()
{
    // A 5xx would be retried (see transientErrorMidWalkIsRetried); a 400 on the page token is final.
    m_server->enqueueJson(200, page({1, 2}, "next"));
    m_server->enqueueJson(400, R"({"error":{"code":400,"message":"bad token","status":"INVALID_ARGUMENT","details":[]}})");
    ActiveNumberQuery q;
    q.type = NumberType::Value::Mobile;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy pages(&walker, &ActiveNumberWalker::pageReceived);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(finished.wait(10000));
    const ApiError e = finished.at(0).at(0).value<ApiError>();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(walker.numbersFetched(), 2);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestActiveNumberWalker::transientErrorMidWalkIsRetried()
{
    RetryPolicy p;
    p.baseDelayMs = 1;
    p.maxDelayMs = 5;
    m_client->setRetryPolicy(p);
    m_server->enqueueJson(200, page({1, 2}, "next"));
    m_server->enqueueJson(500, R"({"error":{"code":500,"message":"Internal error","status":"INTERNAL","details":[]}})");
    m_server->enqueueJson(200, page({3}, ""));
    ActiveNumberQuery q;
    q.type = NumberType::Value::Mobile;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy pages(&walker, &ActiveNumberWalker::pageReceived);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(walker.numbersFetched(), 3);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_server->requests().at(1).target, m_server->requests().at(2).target); // the same page again
}

void TestActiveNumberWalker::repeatedTokenStopsInsteadOfLooping()
{
    m_server->setDefaultResponse(CannedResponse::json(200, page({1}, "same")));
    ActiveNumberQuery q;
    q.type = NumberType::Value::Mobile;
    ActiveNumberWalker walker(m_client.get(), q);
    QSignalSpy finished(&walker, &ActiveNumberWalker::finished);
    walker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Parse);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestActiveNumberWalker)
#include "tst_activenumberwalker.moc"
