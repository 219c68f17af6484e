// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "findquery.h"
#include "itemroles.h"
#include "testseed.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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

// What ActiveNumberFilterProxy promises, built on QSortFilterProxyModel's own machinery: the rows
// ActiveNumberModel::rowMatches() accepts (row by row, no pre-folded buffers), in ActiveNumberModel::lessThan()
// order (no precomputed keys), kept up to date by QSortFilterProxyModel as rows arrive and change.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(ActiveNumberModel *model)
        : m_model(model)
    {
        setSourceModel(model);
        setDynamicSortFilter(true);
    }

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        // Core's rule on the rebuilt number: the model's fast paths must agree with it.
        const ActiveNumber n = m_model->number(sourceRow);
        return m_text.isEmpty() || FindQuery::parse(m_text).matches(n.phoneNumber, n.displayName);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_model->lessThan(left.row(), right.row(), left.column());
    }

private:
    ActiveNumberModel *m_model;
    QString m_text;
};

// The source rows a proxy shows, top to bottom.
QList<int> shownSourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    }
    return rows;
}

// Random rows and filter texts for the comparison with QSortFilterProxyModel; one generator, so one seed
// replays a whole run.
class RandomNumbers
{
public:
    explicit RandomNumbers(quint32 seed)
        : m_random(seed)
    {}

    int bounded(int n) { return int(m_random.bounded(n)); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(bounded(int(list.size()))); }

    ActiveNumber number()
    {
        static const QList<QString> countries{QStringLiteral("1"), QStringLiteral("46"), QStringLiteral("44"),
                                              QStringLiteral("49"), QStringLiteral("33")};
        static const QList<QString> names{QString(),
                                          QStringLiteral("Desk"),
                                          QStringLiteral("desk 12"),
                                          QStringLiteral("Front DESK"),
                                          QStringLiteral("Straße 5"),
                                          QStringLiteral("Ünïcode line"),
                                          QStringLiteral("東京 office"),
                                          QStringLiteral("support"),
                                          QStringLiteral("Support 2"),
                                          QStringLiteral("fax 555"),
                                          QStringLiteral("ÉCOLE")};
        static const QList<QString> regions{QStringLiteral("US"), QStringLiteral("SE"), QStringLiteral("GB"),
                                            QStringLiteral("DE"), QStringLiteral("FR")};
        static const QList<QString> currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("SEK")};
        ActiveNumber n;
        QString digits;
        for (int i = 0; i < 9; ++i) {
            digits.append(QLatin1Char(char('0' + bounded(10))));
        }
        n.phoneNumber = QLatin1Char('+') + pick(countries) + digits;
        n.displayName = pick(names);
        if (bounded(3) == 0 && !n.displayName.isEmpty()) {
            n.displayName += QStringLiteral(" %1").arg(bounded(100));
        }
        n.regionCode = pick(regions);
        n.type = NumberType(NumberType::Value(bounded(3) + 1));
        n.capabilities = {Capability(Capability::Value::Voice)};
        if (bounded(2) == 0) {
            n.capabilities.prepend(Capability(Capability::Value::Sms));
        }
        n.money.currencyCode = pick(currencies);
        n.money.amount = bounded(10) == 0
                             ? QStringLiteral("n/a")
                             : QStringLiteral("%1.%2").arg(bounded(20)).arg(bounded(100), 2, 10, QLatin1Char('0'));
        n.paymentIntervalMonths = 1;
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        if (bounded(5) != 0) {
            n.nextChargeDate = base.addSecs(qint64(bounded(400)) * 86400);
        }
        if (bounded(6) == 0) {
            n.expireAt = n.nextChargeDate;
        }
        return n;
    }

    // Digits (with the punctuation people type), parts of names, regions, other case, or nothing.
    QString filterText(const ActiveNumberModel &model)
    {
        switch (bounded(6)) {
        case 0:
            return QString();
        case 1:
            return QString::number(bounded(100));
        case 2:
            return QStringLiteral("+%1 (%2)").arg(bounded(50)).arg(bounded(1000));
        case 3:
            return pick(QList<QString>{QStringLiteral("desk"), QStringLiteral("SUPPORT"), QStringLiteral("straße"),
                                       QStringLiteral("ü"), QStringLiteral("東京"), QStringLiteral("école"),
                                       QStringLiteral("se"), QStringLiteral("u"), QStringLiteral("  fax ")});
        default:
            break;
        }
        if (model.rowCount() == 0) {
            return QStringLiteral("x");
        }
        const ActiveNumber n = model.number(bounded(model.rowCount()));
        const QString whole = bounded(2) ? n.displayName : n.regionCode;
        if (whole.isEmpty()) {
            return n.phoneNumber.mid(1 + bounded(5), 3);
        }
        const int from = bounded(int(whole.size()));
        const QString part = whole.mid(from, 1 + bounded(int(whole.size()) - from));
        return bounded(2) ? part.toUpper() : part;
    }

private:
    QRandomGenerator m_random;
};

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
        m_model->upsertNumber(
            make(QStringLiteral("+447700900123"), QString(), QStringLiteral("GB"), QStringLiteral("9.50")));
    }

    void findsDigitsAndNamesCaseInsensitively()
    {
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("+1 (206) 555"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+12065550100")});
        proxy.setFilterText(QStringLiteral("SUPPORT"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+46701234567")});
        proxy.setFilterText(QStringLiteral("gb")); // regions are a filter of their own, not found by text
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("-0100"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+12065550100")});
        proxy.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 3);
    }

    // Issue 12 item 2: "Warehouse 73" is text; its digits do not match numbers that contain 7 and 3.
    void mixedTextIsSearchedAsTextOnly()
    {
        m_model->upsertNumber(make(QStringLiteral("+12065557300"), QStringLiteral("Alerts 93"), QStringLiteral("US"),
                                   QStringLiteral("1")));
        m_model->upsertNumber(make(QStringLiteral("+12065550173"), QStringLiteral("Warehouse 73"), QStringLiteral("US"),
                                   QStringLiteral("1")));
        m_model->upsertNumber(make(QStringLiteral("+12065550731"), QString(), QStringLiteral("US"), QStringLiteral("1")));
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setFilterText(QStringLiteral("Warehouse 73"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+12065550173")});
        proxy.setFilterText(QStringLiteral("warehouse"));
        QCOMPARE(column(proxy), QStringList{QStringLiteral("+12065550173")});
        // A number finds the numbers containing its digits and the names containing it as typed.
        proxy.setFilterText(QStringLiteral("73"));
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("+12065557300"), QStringLiteral("+12065550173"),
                                             QStringLiteral("+12065550731")}));
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

    void matchesQSortFilterProxyModel()
    {
        // Random rows, sorts, filters, arrivals and changes: the proxy shows exactly what a QSortFilterProxyModel
        // with the same rules shows, and persistent indexes end up on the same rows (or both lose them).
        const quint32 seed = nd::test::randomSeed("proxy against QSortFilterProxyModel");
        RandomNumbers random(seed);
        m_model->clear();
        ActiveNumberFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        ReferenceProxy reference(m_model.get());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList steps;
        QList<QPersistentModelIndex> held;
        QList<QPersistentModelIndex> heldByReference;
        auto step = [&](const QString &what) {
            steps << what;
            const QList<int> shown = shownSourceRows(proxy);
            const QList<int> expected = shownSourceRows(reference);
            if (shown != expected) {
                qWarning().noquote() << QStringLiteral("ND_TEST_SEED=%1").arg(seed)
                                     << "after:" << steps.join(QStringLiteral(" | "));
                qWarning() << "shown" << shown << "\nexpected" << expected;
                return false;
            }
            for (qsizetype i = 0; i < held.size(); ++i) {
                const QModelIndex mine = proxy.mapToSource(held.at(i));
                const QModelIndex theirs = reference.mapToSource(heldByReference.at(i));
                if (held.at(i).isValid() != heldByReference.at(i).isValid() || mine.row() != theirs.row() ||
                    held.at(i).column() != heldByReference.at(i).column()) {
                    qWarning().noquote() << QStringLiteral("ND_TEST_SEED=%1").arg(seed) << "persistent index" << i
                                         << "after:" << steps.join(QStringLiteral(" | "));
                    return false;
                }
            }
            return true;
        };

        for (int i = 0; i < 400; ++i) {
            const int op = random.bounded(100);
            if (op < 30) {
                const int count = 1 + random.bounded(op < 5 ? 60 : 4);
                for (int k = 0; k < count; ++k) {
                    m_model->upsertNumber(random.number());
                }
                QVERIFY(step(QStringLiteral("add %1").arg(count)));
            } else if (op < 50 && m_model->rowCount() > 0) {
                ActiveNumber changed = random.number();
                changed.phoneNumber = m_model->number(random.bounded(m_model->rowCount())).phoneNumber;
                QVERIFY(m_model->updateNumber(changed));
                QVERIFY(step(QStringLiteral("change %1").arg(changed.phoneNumber)));
            } else if (op < 70) {
                const QString text = random.filterText(*m_model);
                proxy.setFilterText(text);
                reference.setText(text);
                QVERIFY(step(QStringLiteral("filter '%1'").arg(text)));
            } else if (op < 90) {
                const int sortColumn = random.bounded(ActiveNumberModel::ColumnCount + 1) - 1;
                const Qt::SortOrder order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
                proxy.sort(sortColumn, order);
                reference.sort(sortColumn, order);
                QVERIFY(step(QStringLiteral("sort %1 %2")
                                 .arg(sortColumn)
                                 .arg(order == Qt::AscendingOrder ? QLatin1String("asc") : QLatin1String("desc"))));
            } else if (op < 98 && proxy.rowCount() > 0) {
                // Hold a cell of a shown row in both proxies.
                const int row = random.bounded(proxy.rowCount());
                const int col = random.bounded(ActiveNumberModel::ColumnCount);
                const QModelIndex source = proxy.mapToSource(proxy.index(row, col));
                held << QPersistentModelIndex(proxy.index(row, col));
                heldByReference << QPersistentModelIndex(reference.mapFromSource(source));
                QVERIFY(step(QStringLiteral("hold %1,%2").arg(row).arg(col)));
            } else if (op >= 98) {
                m_model->clear();
                QVERIFY(step(QStringLiteral("clear")));
            }
        }
        QVERIFY(!steps.isEmpty());
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
        QList<int> expected;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ActiveNumber n = m_model->number(row);
            if (proxy.filterText().isEmpty() || FindQuery::parse(proxy.filterText()).matches(n.phoneNumber, n.displayName)) {
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
