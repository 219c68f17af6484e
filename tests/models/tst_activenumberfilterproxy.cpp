// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace nd;

namespace {

ActiveNumber make(const QString &e164, const QString &name, const QString &region, const QString &price)
{
    ActiveNumber n;
    n.phoneNumber = e164;
    n.displayName = name;
    n.regionCode = region;
    n.type = NumberType(NumberType::Value::Mobile);
    n.money = Money{QStringLiteral("EUR"), price};
    return n;
}

QStringList column(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, 0).data(KeyRole).toString();
    }
    return out;
}

} // namespace

class TestActiveNumberFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ActiveNumberModel>(nullptr);
        m_model->upsertNumber(make(QStringLiteral("+46701234567"), QStringLiteral("Stockholm support"),
                                   QStringLiteral("SE"), QStringLiteral("2.00")));
        m_model->upsertNumber(make(QStringLiteral("+12065550100"), QStringLiteral("seattle FAX"), QStringLiteral("US"),
                                   QStringLiteral("10")));
        m_model->upsertNumber(make(QStringLiteral("+447700900123"), QString(), QStringLiteral("GB"),
                                   QStringLiteral("9.50")));
    }

    void filtersDigitsNameAndRegionCaseInsensitively()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("+1 (206) 555"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+12065550100")});
        proxy.setFilterText(QStringLiteral("SUPPORT"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+46701234567")});
        proxy.setFilterText(QStringLiteral("gb"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+447700900123")});
        proxy.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void newRowsAreFilteredToo()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("desk"));
        QCOMPARE(proxy.rowCount(), 0);
        m_model->upsertNumber(make(QStringLiteral("+33612345678"), QStringLiteral("Front Desk"), QStringLiteral("FR"),
                                   QStringLiteral("1")));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+33612345678")});
    }

    void sortsLocallyByRawValues()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActiveNumberModel::MonthlyPriceColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("+46701234567"), QStringLiteral("+447700900123"),
                                             QStringLiteral("+12065550100")}));
        proxy.sort(ActiveNumberModel::DisplayNameColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("+447700900123"), QStringLiteral("+12065550100"),
                                             QStringLiteral("+46701234567")}));
        proxy.sort(ActiveNumberModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy).first(), QStringLiteral("+46701234567"));
        proxy.sort(-1); // back to the server's order
        QCOMPARE(column(proxy).first(), QStringLiteral("+46701234567"));
    }

    void sortsAGenericModelBySortRole()
    {
        ActiveNumberFilterProxy proxy;
        ActiveNumberFilterProxy inner; // any non-ActiveNumberModel source goes through SortRole
        inner.setSourceModel(m_model.get());
        proxy.setSourceModel(&inner);
        proxy.sort(ActiveNumberModel::MonthlyPriceColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy).first(), QStringLiteral("+12065550100"));
        proxy.setFilterText(QStringLiteral("stockholm"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void staysConsistentAsRowsArriveAndChange()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActiveNumberModel::MonthlyPriceColumn, Qt::DescendingOrder);
        proxy.setFilterText(QStringLiteral("5"));
        QVERIFY(matchesBruteForce(proxy));
        // Pages of rows arrive while sorted and filtered (few and many insertion places).
        for (int batch = 0; batch < 3; ++batch) {
            for (int i = 0; i < 60; ++i) {
                const int n = batch * 100 + i;
                m_model->upsertNumber(make(QStringLiteral("+4670555%1").arg(n, 4, 10, QLatin1Char('0')),
                                           n % 3 ? QStringLiteral("Desk %1").arg(n) : QString(),
                                           n % 2 ? QStringLiteral("SE") : QStringLiteral("US"),
                                           QString::number(n % 7) + QStringLiteral(".5")));
            }
            QVERIFY(matchesBruteForce(proxy));
        }
        // Changes that move a row, hide it and show it again.
        ActiveNumber n = m_model->number(m_model->rowOf(QStringLiteral("+46705550005")));
        n.money.amount = QStringLiteral("99");
        m_model->updateNumber(n);
        QVERIFY(matchesBruteForce(proxy));
        QCOMPARE(proxy.index(0, 0).data(KeyRole).toString(), n.phoneNumber); // most expensive first
        proxy.setFilterText(QStringLiteral("desk 1"));
        QVERIFY(matchesBruteForce(proxy));
        n = m_model->number(m_model->rowOf(QStringLiteral("+46705550010")));
        n.displayName = QStringLiteral("gone");
        m_model->updateNumber(n);
        QVERIFY(matchesBruteForce(proxy));
        n.displayName = QStringLiteral("Desk 10 again");
        m_model->updateNumber(n);
        QVERIFY(matchesBruteForce(proxy));
        // Widening, unsorting and clearing.
        proxy.setFilterText(QStringLiteral("desk"));
        QVERIFY(matchesBruteForce(proxy));
        proxy.sort(-1);
        QVERIFY(matchesBruteForce(proxy));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), m_model->rowCount());
        QVERIFY(matchesBruteForce(proxy));
    }

    void persistentIndexesFollowTheirRows()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = proxy.mapFromSource(m_model->index(m_model->rowOf(QStringLiteral("+12065550100")), 0)).row();
        const QPersistentModelIndex seattle(proxy.index(row, 1));
        proxy.sort(ActiveNumberModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(seattle.data(KeyRole).toString(), QStringLiteral("+12065550100"));
        QCOMPARE(seattle.row(), 2);
        proxy.setFilterText(QStringLiteral("seattle"));
        QVERIFY(seattle.isValid());
        QCOMPARE(seattle.row(), 0);
        QCOMPARE(seattle.column(), 1);
        QCOMPARE(proxy.mapToSource(seattle).row(), m_model->rowOf(QStringLiteral("+12065550100")));
        proxy.setFilterText(QStringLiteral("stockholm"));
        QVERIFY(!seattle.isValid()); // filtered out
        QCOMPARE(proxy.mapFromSource(m_model->index(m_model->rowOf(QStringLiteral("+12065550100")), 0)), QModelIndex());
    }

    void sourceRemovalsAndResets()
    {
        // Any flat model works: a generic source exercises removals in the middle.
        ActiveNumberFilterProxy inner;
        inner.setSourceModel(m_model.get());
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(&inner);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActiveNumberModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("+12065550100"), QStringLiteral("+447700900123"),
                                             QStringLiteral("+46701234567")}));
        inner.setFilterText(QStringLiteral("+4")); // removes a row from the middle of the outer proxy's source
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("+447700900123"), QStringLiteral("+46701234567")}));
        inner.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        m_model->clear();
        QCOMPARE(proxy.rowCount(), 0);

        // Insertions and removals in the middle of a plain model, sorted descending by SortRole.
        QStandardItemModel plain;
        for (const int value : {5, 1, 4, 2, 3}) {
            auto *item = new QStandardItem(QStringLiteral("v%1").arg(value));
            item->setData(value, SortRole);
            plain.appendRow(item);
        }
        ActiveNumberFilterProxy sorted;
        sorted.setSourceModel(&plain);
        QAbstractItemModelTester plainTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(0, Qt::DescendingOrder);
        auto texts = [&sorted] {
            QStringList out;
            for (int row = 0; row < sorted.rowCount(); ++row) {
                out << sorted.index(row, 0).data().toString();
            }
            return out;
        };
        QCOMPARE(texts(), (QStringList{QStringLiteral("v5"), QStringLiteral("v4"), QStringLiteral("v3"),
                                       QStringLiteral("v2"), QStringLiteral("v1")}));
        const QPersistentModelIndex three(sorted.index(2, 0));
        plain.removeRows(0, 3); // v5, v1, v4: scattered in the proxy
        QCOMPARE(texts(), (QStringList{QStringLiteral("v3"), QStringLiteral("v2")}));
        QCOMPARE(three.data().toString(), QStringLiteral("v3"));
        auto *six = new QStandardItem(QStringLiteral("v6"));
        six->setData(6, SortRole);
        plain.insertRow(1, six);
        QCOMPARE(texts(), (QStringList{QStringLiteral("v6"), QStringLiteral("v3"), QStringLiteral("v2")}));
        plain.item(2)->setData(0, SortRole); // v3 drops to the end
        QCOMPARE(texts(), (QStringList{QStringLiteral("v6"), QStringLiteral("v2"), QStringLiteral("v3")}));
        sorted.setFilterText(QStringLiteral("v2"));
        QCOMPARE(texts(), QStringList{QStringLiteral("v2")});
        plain.removeRows(0, 1); // v2 itself
        QCOMPARE(sorted.rowCount(), 0);
        QVERIFY(!three.isValid());
    }

private:
    // The proxy shows exactly the model's matching rows, in lessThan() order.
    bool matchesBruteForce(const ActiveNumberFilterProxy &proxy) const
    {
        QString digits;
        for (const QChar c : proxy.filterText()) {
            if (c.isDigit()) {
                digits.append(c);
            }
        }
        QList<int> expected;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (proxy.filterText().isEmpty() || m_model->rowMatches(row, proxy.filterText(), digits)) {
                expected << row;
            }
        }
        if (proxy.sortColumn() >= 0) {
            std::sort(expected.begin(), expected.end(), [&](int a, int b) {
                return proxy.sortOrder() == Qt::AscendingOrder ? m_model->lessThan(a, b, proxy.sortColumn())
                                                               : m_model->lessThan(b, a, proxy.sortColumn());
            });
        }
        QList<int> shown;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            shown << proxy.mapToSource(proxy.index(row, 0)).row();
            if (proxy.mapFromSource(proxy.mapToSource(proxy.index(row, 3))) != proxy.index(row, 3)) {
                return false;
            }
        }
        if (shown != expected) {
            qWarning() << "shown" << shown << "expected" << expected;
        }
        return shown == expected;
    }

    std::unique_ptr<ActiveNumberModel> m_model;
};

QTEST_GUILESS_MAIN(TestActiveNumberFilterProxy)
#include "tst_activenumberfilterproxy.moc"
