// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemroles.h"
#include "regionfilterproxy.h"
#include "regionmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

class TestRegionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start(test::SandboxFixture::Options::asTheApp(5))); }

    void loadsRegionsFromTheServer()
    {
        RegionModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RegionModel::regionsLoaded);
        QSignalSpy loading(&model, &RegionModel::loadingChanged);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLoading());
        QVERIFY(model.rowCount() > 3);
        QCOMPARE(loaded.first().first().toInt(), model.rowCount());
        QCOMPARE(model.columnCount(), int(RegionModel::ColumnCount));
        const int us = model.rowOf(QStringLiteral("US"));
        QVERIFY(us >= 0);
        const QModelIndex code = model.index(us, RegionModel::CodeColumn);
        QCOMPARE(code.data().toString(), QStringLiteral("US"));
        QCOMPARE(code.data(KeyRole).toString(), QStringLiteral("US"));
        const auto region = code.data(RecordRole).value<AvailableRegion>();
        QCOMPARE(region.regionCode, QStringLiteral("US"));
        QVERIFY(!region.types.isEmpty());
        QVERIFY(!model.index(us, RegionModel::NameColumn).data().toString().isEmpty());
        QVERIFY(!model.index(us, RegionModel::TypesColumn).data().toString().isEmpty());
        QVERIFY(loading.count() >= 2);
    }

    void proxyShowsRegionsOfferingAnyCheckedType()
    {
        RegionModel model(m_sandbox.client.get());
        QSignalSpy loaded(&model, &RegionModel::regionsLoaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));

        RegionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), model.rowCount()); // all three types accepted by default

        const NumberType tollFree(NumberType::Value::TollFree);
        const NumberType mobile(NumberType::Value::Mobile);
        auto expected = [&](const QList<NumberType> &types) {
            int n = 0;
            for (const AvailableRegion &r : model.regions()) {
                n +=
                    std::any_of(types.cbegin(), types.cend(), [&](const NumberType &t) { return r.types.contains(t); });
            }
            return n;
        };

        proxy.setAcceptedTypes({tollFree});
        QCOMPARE(proxy.rowCount(), expected({tollFree}));
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row, 0).data(RecordRole).value<AvailableRegion>().types.contains(tollFree));
        }
        proxy.setAcceptedTypes({tollFree, mobile});
        QCOMPARE(proxy.rowCount(), expected({tollFree, mobile}));
        QVERIFY(proxy.rowCount() > expected({tollFree}));

        proxy.setAcceptedTypes({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void proxySortsByName()
    {
        RegionModel model(nullptr);
        AvailableRegion se{QStringLiteral("SE"), QStringLiteral("Sweden"), {NumberType(NumberType::Value::Mobile)}, {}};
        AvailableRegion br{QStringLiteral("BR"), QStringLiteral("brazil"), {NumberType(NumberType::Value::Local)}, {}};
        AvailableRegion us{
            QStringLiteral("US"), QStringLiteral("United States"), {NumberType(NumberType::Value::Local)}, {}};
        model.setRegions({se, us, br});
        RegionFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(RegionModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RegionModel::CodeColumn).data().toString(), QStringLiteral("US"));
        QCOMPARE(proxy.index(2, RegionModel::CodeColumn).data().toString(), QStringLiteral("BR"));
    }

    void wrongSecretReportsError()
    {
        NumbersClient client;
        client.setConnection(m_sandbox.connection(QStringLiteral("not-the-secret")));
        RegionModel model(&client);
        QSignalSpy failed(&model, &RegionModel::requestFailed);
        QSignalSpy loaded(&model, &RegionModel::regionsLoaded);
        model.refresh();
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY(error.isError());
        QVERIFY(!error.userMessage.isEmpty());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void cancelIgnoresTheReply()
    {
        RegionModel model(m_sandbox.client.get());
        QSignalSpy loaded(&model, &RegionModel::regionsLoaded);
        QSignalSpy failed(&model, &RegionModel::requestFailed);
        model.refresh();
        model.cancel();
        QVERIFY(!model.isLoading());
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

private:
    test::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestRegionModel)
#include "tst_regionmodel.moc"
