// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumbermodel.h"
#include "findquery.h"
#include "itemroles.h"
#include "numbertable.h"
#include "sandboxfixture.h"
#include "sandboxstate.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace nd;

namespace {

constexpr int seeded = 137;
constexpr int pageSize = 20;

// Loads pages the way a view does, until none remain. Returns false on timeout.
bool loadAll(ActiveNumberModel &model)
{
    for (int guard = 0; guard < 200; ++guard) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000)) {
            return false;
        }
        if (!model.canFetchMore({})) {
            return true;
        }
        model.fetchMore({});
    }
    return false;
}

} // namespace

class TestActiveNumberModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start(test::SandboxFixture::Options::asTheApp(seeded))); }

    void fetchMoreLoadsFurtherPagesAcrossAllTypes()
    {
        // No QAbstractItemModelTester here: it calls fetchMore() itself on every change, which would hide
        // the page-by-page steps (fullLoadUnderTester covers the model under the tester).
        ActiveNumberModel model(m_sandbox.client.get());
        model.setPageSize(pageSize);
        QSignalSpy counts(&model, &ActiveNumberModel::countsChanged);
        model.setQuery({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // a request is in flight
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), pageSize);
        QVERIFY(model.canFetchMore({}));
        // Without a type the walk starts with MOBILE (the API's default, docs/api.md §4.5).
        QVERIFY(model.number(0).type == NumberType::Value::Mobile);
        // The other types' totals come from one-row probes, before their pages are walked.
        QTRY_VERIFY_WITH_TIMEOUT(model.isTotalExact(), 10000);
        QCOMPARE(model.totalCount(), qint64(m_sandbox.server->state()->activeCount()));
        QCOMPARE(model.rowCount(), pageSize); // probes add no rows

        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 2 * pageSize);

        QVERIFY(loadAll(model));
        const auto *state = m_sandbox.server->state();
        QCOMPARE(model.rowCount(), state->activeCount());
        QCOMPARE(model.totalCount(), qint64(state->activeCount()));
        QVERIFY(model.isTotalExact());
        QVERIFY(!model.hasMorePages());
        QSet<QString> numbers;
        QSet<QString> types;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ActiveNumber n = model.number(row);
            numbers.insert(n.phoneNumber);
            types.insert(n.type.wire());
            QVERIFY(state->activeNumber(n.phoneNumber));
            QCOMPARE(model.rowOf(n.phoneNumber), row);
        }
        QCOMPARE(numbers.size(), state->activeCount());
        QCOMPARE(types.size(), 3); // MOBILE, LOCAL and TOLL_FREE were all walked
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), state->activeCount());
    }

    void aWholeTableIsShownInOneResetAndUpdatesItsRows()
    {
        // The app's start: the mirror's image read into a NumberTable on a worker, swapped in whole.
        ActiveNumberModel paged(m_sandbox.client.get());
        paged.setQuery({});
        QVERIFY(loadAll(paged));
        NumberTable written;
        for (int row = paged.rowCount() - 1; row >= 0; --row) { // out of number order
            written.append(paged.number(row));
        }
        std::optional<NumberTable> table = NumberTable::fromImage(written.toImage(NumberTable::ImageOrder::ByNumber));
        QVERIFY(table);

        ActiveNumberModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setLocalTable(std::move(*table));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserts.size(), 0);
        QVERIFY(model.isLocal());
        QVERIFY(!model.canFetchMore({})); // never pages over the API
        QCOMPARE(model.rowCount(), paged.rowCount());
        QCOMPARE(model.totalCount(), qint64(paged.rowCount()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOf(model.phoneNumber(row)), row);
            QCOMPARE(model.number(row).phoneNumber, paged.number(paged.rowOf(model.phoneNumber(row))).phoneNumber);
        }

        // NumberDesk's own actions update the row they act on; a new number is added once.
        ActiveNumber renamed = model.number(5);
        renamed.displayName = QStringLiteral("Renamed Reception");
        QVERIFY(model.upsertNumber(renamed));
        QCOMPARE(model.rowCount(), paged.rowCount());
        QCOMPARE(model.number(5).displayName, renamed.displayName);
        std::vector<quint8> accepted;
        model.matchRows(QStringLiteral("renamed reception"), QString(), accepted);
        QCOMPARE(std::count(accepted.cbegin(), accepted.cend(), quint8(1)), 1);
        QCOMPARE(accepted[5], quint8(1));
        ActiveNumber fresh = model.number(0);
        fresh.phoneNumber = QStringLiteral("+15550001234");
        QVERIFY(model.upsertNumber(fresh));
        QCOMPARE(model.rowCount(), paged.rowCount() + 1);
        QCOMPARE(model.rowOf(fresh.phoneNumber), paged.rowCount());
        QVERIFY(model.upsertNumber(fresh));
        QCOMPARE(model.rowCount(), paged.rowCount() + 1);
    }

    void setQueryResetsPagingAndFilters()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        model.setPageSize(pageSize);
        model.setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 2 * pageSize);

        ActiveNumberQuery query;
        query.type = NumberType(NumberType::Value::Local);
        query.regionCode = QStringLiteral("US");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0); // reset at once
        QVERIFY(loadAll(model));

        int expected = 0;
        for (const auto &r : m_sandbox.server->state()->activeNumbers()) {
            expected += r.regionCode == QLatin1String("US") && r.type == sandbox::NumberType::Local;
        }
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.totalCount(), qint64(expected));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.number(row).regionCode, QStringLiteral("US"));
            QVERIFY(model.number(row).type == NumberType::Value::Local);
        }
    }

    void fullLoadUnderTester()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(pageSize);
        model.setQuery({});
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), m_sandbox.server->state()->activeCount());
        ActiveNumberQuery local;
        local.type = NumberType(NumberType::Value::Local);
        model.setQuery(local);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < m_sandbox.server->state()->activeCount());
    }

    void staleRepliesAreIgnored()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        model.setPageSize(pageSize);
        ActiveNumberQuery tollFree;
        tollFree.type = NumberType(NumberType::Value::TollFree);
        model.setQuery({});       // MOBILE page in flight...
        model.setQuery(tollFree); // ...replaced at once
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QTest::qWait(200);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.number(row).type == NumberType::Value::TollFree);
        }
    }

    void patternCapabilityAndOrder()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        model.setPageSize(50);
        ActiveNumberQuery query;
        query.type = NumberType(NumberType::Value::Mobile);
        query.capabilities << Capability(Capability::Value::Sms);
        query.orderBy = OrderBy(OrderBy::Value::PhoneNumber);
        model.setQuery(query);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 1);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.number(row).capabilities.contains(Capability(Capability::Value::Sms)));
            QVERIFY(model.number(row - 1).phoneNumber < model.number(row).phoneNumber);
        }

        const QString end = model.number(0).phoneNumber.right(3);
        query.pattern.pattern = end;
        query.pattern.searchPattern = SearchPattern(SearchPattern::Value::End);
        model.setQuery(query);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.number(row).phoneNumber.endsWith(end));
        }
    }

    void wrongSecretStopsPagingWithAnError()
    {
        NumbersClient client;
        client.setConnection(m_sandbox.connection(QStringLiteral("wrong-secret")));
        ActiveNumberModel model(&client);
        QSignalSpy failed(&model, &ActiveNumberModel::requestFailed);
        model.setQuery({});
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY(error.isError());
        QVERIFY(!error.isCancelled());
        QVERIFY(!error.userMessage.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // no retry loop from the view
        QVERIFY(!model.isLoading());
    }

    void upsertUpdateAndRelease()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActiveNumberQuery query;
        query.type = NumberType(NumberType::Value::Local);
        query.regionCode = QStringLiteral("US");
        model.setPageSize(pageSize);
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        const int before = model.rowCount();
        const qint64 totalBefore = model.totalCount();

        ActiveNumber rented;
        rented.phoneNumber = QStringLiteral("+12065550999");
        rented.regionCode = QStringLiteral("US");
        rented.type = NumberType(NumberType::Value::Local);
        rented.money = Money{QStringLiteral("USD"), QStringLiteral("1.00")};
        QVERIFY(model.upsertNumber(rented));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.totalCount(), totalBefore + 1);
        const int row = model.rowOf(rented.phoneNumber);
        QCOMPARE(row, before);

        ActiveNumber mobile = rented;
        mobile.phoneNumber = QStringLiteral("+46701234567");
        mobile.type = NumberType(NumberType::Value::Mobile);
        QVERIFY(!model.upsertNumber(mobile)); // does not match the LOCAL/US query
        QCOMPARE(model.rowCount(), before + 1);

        rented.displayName = QStringLiteral("Front desk");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateNumber(rented));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, ActiveNumberModel::DisplayNameColumn).data().toString(),
                 QStringLiteral("Front desk"));

        rented.expireAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4), Qt::UTC);
        QVERIFY(model.markReleased(rented));
        QCOMPARE(model.rowCount(), before + 1); // stays listed until expireAt (§7.5)
        QVERIFY(model.index(row, ActiveNumberModel::ExpiryColumn).data().toString().contains(QStringLiteral("2030")));
        QVERIFY(model.number(row).isReleased());
        QVERIFY(!model.updateNumber(mobile));
    }

    void sortKeysAreRaw()
    {
        ActiveNumberModel model(nullptr);
        ActiveNumber a;
        a.phoneNumber = QStringLiteral("+12065550001");
        a.money = Money{QStringLiteral("USD"), QStringLiteral("10.00")};
        ActiveNumber b = a;
        b.phoneNumber = QStringLiteral("+12065550002");
        b.money = Money{QStringLiteral("USD"), QStringLiteral("9.9")};
        QVERIFY(model.upsertNumber(a));
        QVERIFY(model.upsertNumber(b));
        QVERIFY(model.lessThan(1, 0, ActiveNumberModel::MonthlyPriceColumn));
        QVERIFY(!model.lessThan(0, 1, ActiveNumberModel::MonthlyPriceColumn));
        QVERIFY(model.lessThan(0, 1, ActiveNumberModel::NumberColumn));
        QCOMPARE(model.index(0, 0).data(SortRole).toString(), a.phoneNumber);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), a.phoneNumber);
        QVERIFY(!model.canFetchMore({})); // no client: nothing to fetch
    }

    void recordsRoundTripFromCompactRows()
    {
        ActiveNumberModel model(nullptr);
        ActiveNumber a;
        a.phoneNumber = QStringLiteral("+12065550001");
        a.projectId = QStringLiteral("project-1");
        a.displayName = QStringLiteral("Front desk");
        a.regionCode = QStringLiteral("US");
        a.type = NumberType(NumberType::Value::Local);
        a.capabilities = {Capability(Capability::Value::Voice), Capability(Capability::Value::Sms)};
        a.money = Money{QStringLiteral("USD"), QStringLiteral("1.50")};
        a.paymentIntervalMonths = 1;
        a.nextChargeDate = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
        a.callbackUrl = QStringLiteral("https://hooks.example.com/x");
        SmsConfiguration sms;
        sms.servicePlanId = QStringLiteral("plan-a");
        ScheduledProvisioning sp;
        sp.servicePlanId = QStringLiteral("plan-b");
        sp.status = ProvisioningStatus(ProvisioningStatus::Value::Waiting);
        sp.lastUpdatedTime = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        sp.errorCodes << SmsErrorCode::fromWire(QStringLiteral("SOMETHING_NEW"));
        sms.scheduledProvisioning = sp;
        a.smsConfiguration = sms;
        VoiceConfiguration voice;
        voice.type = VoiceType::fromWire(QStringLiteral("RTC"));
        voice.appId = QStringLiteral("app-1");
        a.voiceConfiguration = voice;
        QVERIFY(model.upsertNumber(a));

        // A second row sharing most values, with rare fields: unknown keys, an offset date, odd capabilities.
        ActiveNumber b = a;
        b.phoneNumber = QStringLiteral("+12065550002");
        b.displayName.clear();
        b.capabilities = {Capability::fromWire(QStringLiteral("FAX"))};
        b.expireAt = QDateTime(QDate(2032, 2, 3), QTime(4, 5), Qt::OffsetFromUTC, 3600);
        b.extra.insert(QStringLiteral("newField"), 42);
        b.smsConfiguration.reset();
        QVERIFY(model.upsertNumber(b));

        for (const ActiveNumber &expected : {a, b}) {
            const int row = model.rowOf(expected.phoneNumber);
            QVERIFY(row >= 0);
            const auto got = model.index(row, 0).data(RecordRole).value<ActiveNumber>();
            QCOMPARE(got.phoneNumber, expected.phoneNumber);
            QCOMPARE(got.projectId, expected.projectId);
            QCOMPARE(got.displayName, expected.displayName);
            QCOMPARE(got.regionCode, expected.regionCode);
            QCOMPARE(got.type.wire(), expected.type.wire());
            QCOMPARE(got.capabilities.size(), expected.capabilities.size());
            for (int i = 0; i < got.capabilities.size(); ++i) {
                QCOMPARE(got.capabilities.at(i).wire(), expected.capabilities.at(i).wire());
            }
            QVERIFY(got.money == expected.money);
            QCOMPARE(got.paymentIntervalMonths, expected.paymentIntervalMonths);
            QCOMPARE(got.nextChargeDate, expected.nextChargeDate);
            QCOMPARE(got.nextChargeDate.timeSpec(), expected.nextChargeDate.timeSpec());
            QCOMPARE(got.expireAt, expected.expireAt);
            QCOMPARE(got.expireAt.offsetFromUtc(), expected.expireAt.offsetFromUtc());
            QCOMPARE(got.callbackUrl, expected.callbackUrl);
            QCOMPARE(got.extra, expected.extra);
            QCOMPARE(got.smsConfiguration.has_value(), expected.smsConfiguration.has_value());
            if (expected.smsConfiguration) {
                QCOMPARE(got.smsConfiguration->servicePlanId, expected.smsConfiguration->servicePlanId);
                QVERIFY(got.smsConfiguration->scheduledProvisioning.has_value());
                QCOMPARE(got.smsConfiguration->scheduledProvisioning->servicePlanId, QStringLiteral("plan-b"));
                QCOMPARE(got.smsConfiguration->scheduledProvisioning->errorCodes.size(), 1);
                QCOMPARE(got.smsConfiguration->scheduledProvisioning->errorCodes.first().wire(),
                         QStringLiteral("SOMETHING_NEW"));
            }
            QVERIFY(got.voiceConfiguration.has_value());
            QCOMPARE(got.voiceConfiguration->appId, QStringLiteral("app-1"));
            QCOMPARE(model.number(row).phoneNumber, expected.phoneNumber);
        }
        // Pending provisioning shows and sorts: only the first row has any.
        const int rowA = model.rowOf(a.phoneNumber);
        const int rowB = model.rowOf(b.phoneNumber);
        QVERIFY(!model.index(rowA, ActiveNumberModel::ProvisioningColumn).data().toString().isEmpty());
        QVERIFY(model.index(rowB, ActiveNumberModel::ProvisioningColumn).data().toString().isEmpty());
        QVERIFY(model.lessThan(rowB, rowA, ActiveNumberModel::ProvisioningColumn));
        QVERIFY(model.index(rowB, ActiveNumberModel::ExpiryColumn).data().toString().contains(QStringLiteral("2032")));
    }

    void sortRowsAgreesWithLessThanAndStringOrder()
    {
        ActiveNumberModel model(nullptr);
        // Numbers of different lengths (a prefix sorts first, as strings do) and a few irregular ones.
        const QStringList numbers = {QStringLiteral("+46701234567"), QStringLiteral("+447700900123"),
                                     QStringLiteral("+12"),          QStringLiteral("+120"),
                                     QStringLiteral("+1200"),        QStringLiteral("+119"),
                                     QStringLiteral("+12065550100"), QStringLiteral("+99999999999999999")};
        const QStringList names = {QStringLiteral("b"), QStringLiteral("A"), QString(),           QStringLiteral("a"),
                                   QStringLiteral("c"), QStringLiteral("B"), QStringLiteral("a"), QString()};
        const QStringList prices = {QStringLiteral("2"),    QStringLiteral("1.5"), QStringLiteral("x"),
                                    QStringLiteral("2.00"), QStringLiteral("10"),  QStringLiteral("2"),
                                    QStringLiteral("0.1"),  QStringLiteral("1.50")};
        for (int i = 0; i < numbers.size(); ++i) {
            ActiveNumber n;
            n.phoneNumber = numbers.at(i);
            n.displayName = names.at(i);
            n.regionCode = i % 2 ? QStringLiteral("US") : QStringLiteral("SE");
            n.money = Money{i % 3 ? QStringLiteral("USD") : QStringLiteral("EUR"), prices.at(i)};
            if (i % 4 == 1) {
                n.nextChargeDate = QDateTime(QDate(2030, 1, 1 + i), QTime(0, 0), Qt::UTC);
            }
            QVERIFY(model.upsertNumber(n));
        }
        auto check = [&model] {
            for (int column = 0; column < ActiveNumberModel::ColumnCount; ++column) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    std::vector<int> rows(size_t(model.rowCount()));
                    for (int i = 0; i < model.rowCount(); ++i) {
                        rows[size_t(i)] = i;
                    }
                    model.sortRows(rows, column, order);
                    for (size_t i = 1; i < rows.size(); ++i) {
                        const bool less = order == Qt::AscendingOrder ? model.lessThan(rows[i - 1], rows[i], column)
                                                                      : model.lessThan(rows[i], rows[i - 1], column);
                        QVERIFY2(less,
                                 qPrintable(QStringLiteral("column %1 order %2 at %3").arg(column).arg(order).arg(i)));
                    }
                }
            }
            // By number: exactly the string order.
            std::vector<int> rows(size_t(model.rowCount()));
            for (int i = 0; i < model.rowCount(); ++i) {
                rows[size_t(i)] = i;
            }
            model.sortRows(rows, ActiveNumberModel::NumberColumn, Qt::AscendingOrder);
            QStringList sorted;
            for (const int row : rows) {
                sorted << model.number(row).phoneNumber;
            }
            QStringList expected = sorted;
            std::sort(expected.begin(), expected.end());
            QCOMPARE(sorted, expected);
        };
        check();
        // With an irregular number the ties fall back to comparing strings; the order stays the same rule.
        ActiveNumber odd;
        odd.phoneNumber = QStringLiteral("+1 206 555");
        QVERIFY(model.upsertNumber(odd));
        check();
    }

    void matchRowsAgreesWithRowMatches()
    {
        ActiveNumberModel model(m_sandbox.client.get());
        model.setPageSize(50);
        model.setQuery({});
        QVERIFY(loadAll(model));
        // An edit after loading: the search text is rebuilt.
        ActiveNumber edited = model.number(3);
        edited.displayName = QStringLiteral("Ünïcode Désk");
        QVERIFY(model.updateNumber(edited));
        const QStringList filters = {QStringLiteral("+1"),        QStringLiteral("55"),
                                     QStringLiteral("désk"),      QStringLiteral("ÜNÏ"),
                                     QStringLiteral("us"),        QStringLiteral("zz-none"),
                                     model.number(7).phoneNumber, model.number(9).displayName.left(3)};
        for (const QString &text : filters) {
            const QString digits = FindQuery::parse(text).digits;
            std::vector<quint8> accepted;
            model.matchRows(text, digits, accepted);
            QCOMPARE(int(accepted.size()), model.rowCount());
            int matches = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(bool(accepted[size_t(row)]), model.rowMatches(row, text, digits));
                matches += accepted[size_t(row)];
            }
            if (text == QLatin1String("désk")) {
                QCOMPARE(matches, 1);
            }
        }
    }

private:
    test::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestActiveNumberModel)
#include "tst_activenumbermodel.moc"
