// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QTest>

using namespace nd;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableErrors_data();
    void retryableErrors();
    void backoffGrowsAndIsCapped();
    void jitterStaysBelowCeiling();
    void retryAfterReplacesBackoffOn429And503();
};

void TestRetryPolicy::retryableErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("timeout") << ApiError::timeout(1000) << true;
    QTest::newRow("reset") << ApiError::network(QStringLiteral("x"), {}, true) << true;
    QTest::newRow("refused") << ApiError::network(QStringLiteral("x"), {}, false) << true;
    for (int status : {429, 500, 502, 503, 504}) {
        QTest::addRow("%d", status) << ApiError::http(status) << true;
    }
    for (int status : {400, 401, 403, 404, 409, 501, 505}) {
        QTest::addRow("%d", status) << ApiError::http(status) << false;
    }
    QTest::newRow("tls") << ApiError::tls(QStringLiteral("x")) << false;
    QTest::newRow("parse") << ApiError::parse(QStringLiteral("x")) << false;
    QTest::newRow("validation") << ApiError::validation(QStringLiteral("x")) << false;
    QTest::newRow("cancelled") << ApiError::cancelled() << false;
}

void TestRetryPolicy::retryableErrors()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(error), retryable);
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 500;
    QCOMPARE(p.backoffCeilingMs(1), 100);
    QCOMPARE(p.backoffCeilingMs(2), 200);
    QCOMPARE(p.backoffCeilingMs(3), 400);
    QCOMPARE(p.backoffCeilingMs(4), 500);
    QCOMPARE(p.backoffCeilingMs(40), 500); // no overflow
}

void TestRetryPolicy::jitterStaysBelowCeiling()
{
    RetryPolicy p;
    p.baseDelayMs = 50;
    p.maxDelayMs = 1000;
    bool sawDifferent = false;
    qint64 first = -1;
    for (int i = 0; i < 200; ++i) {
        const qint64 d = p.delayBeforeRetryMs(2, ApiError::http(500));
        QVERIFY(d >= 0);
        QVERIFY(d <= 100);
        if (first >= 0 && d != first) {
            sawDifferent = true;
        }
        first = d;
    }
    QVERIFY(sawDifferent); // full jitter: random, not a fixed schedule
}

void TestRetryPolicy::retryAfterReplacesBackoffOn429And503()
{
    RetryPolicy p;
    ApiError limited = ApiError::http(429);
    limited.retryAfterSeconds = 3;
    QCOMPARE(p.delayBeforeRetryMs(1, limited), 3000);
    ApiError unavailable = ApiError::http(503);
    unavailable.retryAfterSeconds = 2;
    QCOMPARE(p.delayBeforeRetryMs(1, unavailable), 2000);
    ApiError internal = ApiError::http(500);
    internal.retryAfterSeconds = 60; // only 429/503 carry a meaningful Retry-After
    QVERIFY(p.delayBeforeRetryMs(1, internal) <= p.backoffCeilingMs(1));
    p.honourRetryAfter = false;
    QVERIFY(p.delayBeforeRetryMs(1, limited) <= p.backoffCeilingMs(1));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
