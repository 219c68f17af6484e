// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Active numbers tab on the inventory mirror: the background sync fills it, an existing mirror opens with
// the server unreachable ("offline, as of …", read-only), local filters and find cover every number with the
// rules core defines (InventoryFilter, FindQuery), the Changes view after a second client's changes, totals,
// export content, showNumbers()/selectedNumbers()/bulkActionRequested, Ctrl+F, Ctrl+C on a cell, the sort order.

#include "activenumbercsv.h"
#include "activenumberfilterproxy.h"
#include "activepanel.h"
#include "changesview.h"
#include "errorbanner.h"
#include "findquery.h"
#include "inventoryexport.h"
#include "inventoryfilter.h"
#include "inventorystore.h"
#include "itemroles.h"
#include "jsonwriters.h"
#include "mainwindowfixture.h"
#include "money.h"
#include "numbersclient.h"
#include "resultcheck.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

namespace {

// A call from a second client, waited for.
template<typename T, typename Start> std::optional<T> call(Start start)
{
    std::optional<Result<T>> got;
    QObject context;
    start(&context, [&got](const Result<T> &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 15000) || !*got) {
        return std::nullopt;
    }
    return got->value();
}

QStringList shownNumbers(const QTableView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        out << view->model()->index(row, 0).data(KeyRole).toString();
    }
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestActivePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initApplication(); }
    void init() { QSettings().clear(); }
    // The saved layout (sort order, current tab) must not leak into the other GUI tests' windows.
    void cleanup() { QSettings().clear(); }

    void backgroundSyncFillsTheViewFromTheMirror()
    {
        MainWindowFixture f;
        QVERIFY(f.start(240));
        ActivePanel *panel = f.window->activePanel();
        QTRY_COMPARE(f.window->activeModel()->loadedCount(), f.state()->activeCount());
        InventoryStore store(f.dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY(store.open());
        QCOMPARE(store.count(), qint64(f.state()->activeCount()));
        QVERIFY(panel->lastSync().has_value());
        QCOMPARE(panel->syncLabel()->text(), QStringLiteral("Synced just now"));
        // One order for every type, as the header says (issue 12 items 8, 9).
        QHeaderView *header = panel->view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ActiveNumberModel::NumberColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        const QStringList shown = shownNumbers(panel->view());
        QCOMPARE(shown, sorted(shown));
        QCOMPARE(shown.size(), f.state()->activeCount());
    }

    void anotherMirrorNeverShowsThePreviousRows()
    {
        // Two connections' mirrors; switching shows nothing of the first while the second is read.
        QTemporaryDir dir;
        const auto mirrorOf = [&dir](const QString &name, const QStringList &numbers) {
            const QString path = dir.filePath(name);
            InventoryStore store(path);
            QList<ActiveNumber> list;
            for (const QString &e164 : numbers) {
                ActiveNumber n;
                n.phoneNumber = e164;
                n.displayName = name;
                n.regionCode = e164.startsWith(QStringLiteral("+1")) ? QStringLiteral("US") : QStringLiteral("SE");
                n.type = NumberType(NumberType::Value::Local);
                n.money = Money{QStringLiteral("USD"), QStringLiteral("1.00")};
                list << n;
            }
            const bool ok = store.open() && store.beginSync() && store.addNumbers(list)
                && store.commitSync(QDateTime::currentDateTimeUtc(), 1).has_value();
            return ok ? path : QString();
        };
        const QString first = mirrorOf(QStringLiteral("first.sqlite"), {QStringLiteral("+12025550101"),
                                                                          QStringLiteral("+12025550102"),
                                                                          QStringLiteral("+12025550103")});
        const QString second = mirrorOf(QStringLiteral("second.sqlite"), {QStringLiteral("+46701234501"),
                                                                            QStringLiteral("+46701234502")});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        ActivePanel panel;
        panel.openMirror(first);
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(shownNumbers(panel.view()).size(), 3);
        panel.openMirror(second);
        QVERIFY(panel.isLoading());
        QCOMPARE(panel.view()->model()->rowCount(), 0); // not the first mirror's rows under the second's name
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(shownNumbers(panel.view()), (QStringList{QStringLiteral("+46701234501"), QStringLiteral("+46701234502")}));
        // The same mirror again (after a sync, say): its rows stay until the new table replaces them.
        panel.reload();
        QVERIFY(panel.isLoading());
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.view()->model()->rowCount(), 2);
    }

    void offlineStartShowsTheMirrorReadOnly()
    {
        MainWindowFixture f;
        QVERIFY(f.start(150));
        const QStringList synced = shownNumbers(f.window->activePanel()->view());
        const ConnectionSettings gone = f.window->client()->connection();
        f.window.reset();
        f.session.reset(); // the sandbox goes with it: its port is closed now

        Profile offline;
        offline.name = QStringLiteral("Offline");
        offline.projectId = gone.projectId;
        offline.keyId = gone.keyId;
        offline.authMethod = gone.authMethod;
        offline.numbersUrl = gone.numbersUrl;
        offline.authUrl = gone.authUrl;
        ND_VERIFY_OK(f.profiles->upsert(offline));
        f.secrets->setSessionSecret(offline.name, gone.keySecret);
        MainWindow::Options options;
        options.profileName = offline.name;
        options.auditLogPath = f.dir.filePath(QStringLiteral("audit.sqlite"));
        options.inventoryPath = f.dir.filePath(QStringLiteral("inventory.sqlite"));
        MainWindow window(f.profiles.get(), f.secrets.get(), options);
        window.show();
        ActivePanel *panel = window.activePanel();
        // The last synced inventory, whatever the network does.
        QTRY_COMPARE(window.activeModel()->loadedCount(), int(synced.size()));
        QCOMPARE(shownNumbers(panel->view()), synced);
        QTRY_VERIFY_WITH_TIMEOUT(panel->syncLabel()->text().startsWith(QStringLiteral("Offline, as of ")), 60000);
        QCOMPARE(window.connectionState(), MainWindow::ConnectionState::Failed);
        QVERIFY(window.errorBanner()->isVisible());
        // Read-only: nothing that needs the server.
        panel->view()->selectRow(0);
        QCOMPARE(window.selectedNumbers(), QStringList{synced.first()});
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRelease"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionDetails"))->isEnabled());
        QCOMPARE(window.activeModel()->loadedCount(), int(synced.size()));
    }

    void localFiltersAndFindCoverEveryNumber()
    {
        MainWindowFixture f;
        QVERIFY(f.start(700));
        f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("activeTab"));
        ActivePanel *panel = f.window->activePanel();
        QTableView *view = panel->view();
        QTRY_COMPARE(view->model()->rowCount(), f.state()->activeCount());
        InventoryStore store(f.dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY(store.open());
        const QList<ActiveNumber> all = store.numbers();
        QCOMPARE(all.size(), 700);

        // Type and capability: the rule numberdesk-cli inventory list applies.
        auto *type = f.child<QComboBox>("activeTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("LOCAL")));
        auto *capability = f.child<QComboBox>("activeCapabilityCombo");
        capability->setCurrentIndex(capability->findData(QStringLiteral("VOICE")));
        f.child<QPushButton>("applyFilterButton")->click();
        QStringList expected;
        for (const ActiveNumber &n : all) {
            if (panel->filter().matches(n)) {
                expected << n.phoneNumber;
            }
        }
        QVERIFY(!expected.isEmpty() && expected.size() < all.size());
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(shownNumbers(view), expected);

        // Find over every row (not loaded pages): a name, then a number typed with punctuation.
        type->setCurrentIndex(0);
        capability->setCurrentIndex(0);
        f.child<QPushButton>("applyFilterButton")->click();
        QTRY_VERIFY(!panel->isLoading() && view->model()->rowCount() == all.size());
        const ActiveNumber last = *std::find_if(all.crbegin(), all.crend(),
                                                [](const ActiveNumber &n) { return n.displayName.size() >= 6; });
        const QStringList queries{last.displayName.left(6), QStringLiteral("+") + last.phoneNumber.mid(1, 2)
                                      + QLatin1Char(' ') + last.phoneNumber.mid(3, 4)};
        for (const QString &query : queries) {
            auto *find = f.child<QLineEdit>("localFilterEdit");
            find->clear();
            QTest::keyClicks(find, query);
            const FindQuery rule = FindQuery::parse(query);
            QStringList matching;
            for (const ActiveNumber &n : all) {
                if (rule.matches(n.phoneNumber, n.displayName)) {
                    matching << n.phoneNumber;
                }
            }
            QVERIFY(matching.contains(last.phoneNumber));
            QTRY_COMPARE(shownNumbers(view), matching);
            auto *count = f.child<QLabel>("activeCountLabel");
            QCOMPARE(count->text(), QStringLiteral("%1 of %2 match").arg(matching.size()).arg(all.size()));
            QTRY_VERIFY(count->width() >= count->sizeHint().width()); // never cut off
        }

        // Nothing found: the tab says what was searched and how to widen it.
        auto *find = f.child<QLineEdit>("localFilterEdit");
        find->setText(QStringLiteral("No such name anywhere"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QLabel *empty = panel->emptyLabel();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("“No such name anywhere”")));
        QVERIFY(empty->text().contains(QStringLiteral("Clear the find field")));
        find->clear();
        QTRY_VERIFY(!empty->isVisible());
    }

    void changesViewAfterASecondClient()
    {
        MainWindowFixture f;
        QVERIFY(f.start(60));
        ActivePanel *panel = f.window->activePanel();
        f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("activeTab"));
        NumbersClient second;
        second.setConnection(f.window->client()->connection());
        QStringList before = shownNumbers(panel->view());

        // Rent 3, release 2, rename 1 from another client.
        AvailableNumberQuery query;
        query.regionCode = QStringLiteral("US");
        query.type = NumberType(NumberType::Value::Local);
        query.size = 10;
        const auto offers = call<QList<AvailableNumber>>(
            [&](QObject *ctx, auto cb) { second.searchAvailableNumbers(query, ctx, cb); });
        QVERIFY(offers && offers->size() >= 3);
        QStringList rented;
        for (int i = 0; i < 3; ++i) {
            const QString n = offers->at(i).phoneNumber;
            QVERIFY(call<ActiveNumber>([&](QObject *ctx, auto cb) { second.rentNumber(n, {}, ctx, cb); }));
            rented << n;
        }
        QStringList released;
        for (const QString &n : std::as_const(before)) {
            if (released.size() < 2 && f.state()->activeNumber(n)->expireAtMs == 0) {
                released << n;
                QVERIFY(call<ActiveNumber>([&](QObject *ctx, auto cb) { second.releaseNumber(n, ctx, cb); }));
            }
        }
        QString renamed;
        for (const QString &n : std::as_const(before)) {
            if (!released.contains(n) && f.state()->activeNumber(n)->expireAtMs == 0) {
                renamed = n;
                break;
            }
        }
        ActiveNumberUpdate update;
        update.displayName = QStringLiteral("Renamed by a colleague");
        QVERIFY(call<ActiveNumber>([&](QObject *ctx, auto cb) { second.updateActiveNumber(renamed, update, ctx, cb); }));

        // F5 syncs again; the table and the Changes view follow.
        QSignalSpy synced(panel, &ActivePanel::syncFinished);
        f.child<QAction>("actionRefresh")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);
        QCOMPARE(synced.first().first().toBool(), true);
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(f.window->activeModel()->loadedCount(), int(before.size()) + 3);

        f.child<QPushButton>("changesButton")->click();
        QVERIFY(panel->changesView()->isVisible());
        QTableWidget *table = panel->changesView()->table();
        QHash<QString, QStringList> rows; // number -> "Change field" lines
        for (int row = 0; row < table->rowCount(); ++row) {
            rows[table->item(row, ChangesView::NumberColumn)->data(Qt::UserRole).toString()]
                << table->item(row, ChangesView::ChangeColumn)->text() + QLatin1Char(' ')
                       + table->item(row, ChangesView::FieldColumn)->text();
        }
        QCOMPARE(sorted(rows.keys()), sorted(rented + released + QStringList{renamed}));
        for (const QString &n : std::as_const(rented)) {
            QCOMPARE(rows.value(n), QStringList{QStringLiteral("Added ")});
        }
        for (const QString &n : std::as_const(released)) {
            QCOMPARE(rows.value(n), QStringList{QStringLiteral("Changed expireAt")});
        }
        QCOMPARE(rows.value(renamed), QStringList{QStringLiteral("Changed displayName")});
        QVERIFY(panel->changesView()->summaryLabel()->text().contains(QStringLiteral("3 added, 0 removed, 3 changed")));

        // "Show in the list" filters the table to them; "Show all" clears it.
        panel->changesView()->findChild<QPushButton *>(QStringLiteral("changesShowButton"))->click();
        QTRY_VERIFY(panel->view()->isVisible() && !panel->isLoading());
        QCOMPARE(sorted(shownNumbers(panel->view())), sorted(rented + released + QStringList{renamed}));
        QTest::mouseClick(f.child<QPushButton>("clearShownNumbersButton"), Qt::LeftButton);
        QTRY_COMPARE(panel->view()->model()->rowCount(), int(before.size()) + 3);
    }

    void totalsAndSelectionAndShowNumbers()
    {
        MainWindowFixture f;
        QVERIFY(f.start(90));
        ActivePanel *panel = f.window->activePanel();
        QTableView *view = panel->view();
        f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("activeTab"));

        const QStringList all = shownNumbers(view);
        const QStringList chosen{all.at(3), all.at(10), all.at(20)};
        QSignalSpy bulk(f.window.get(), &MainWindow::bulkActionRequested);
        f.window->showNumbers(QStringLiteral("Numbers of job 7"), chosen);
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(shownNumbers(view), chosen);
        QVERIFY(f.child<QLabel>("shownNumbersLabel")->text().contains(QStringLiteral("Numbers of job 7")));
        QVERIFY(f.child<QWidget>("shownNumbersBar")->isVisible());

        // Totals of the view and of the selection: exact sums per currency.
        PriceTotals viewTotals;
        for (int row = 0; row < 3; ++row) {
            const ActiveNumber n = view->model()->index(row, 0).data(RecordRole).value<ActiveNumber>();
            viewTotals.add(n.money, n.paymentIntervalMonths);
        }
        QVERIFY(!viewTotals.entries().isEmpty());
        const QString totals = panel->totalsLabel()->text();
        QVERIFY2(totals.startsWith(QStringLiteral("Shown: 3 number")), qPrintable(totals));
        for (const PriceTotals::Entry &e : viewTotals.entries()) {
            QVERIFY2(totals.contains(e.currencyCode + QLatin1Char(' ') + e.sum.toString(2)), qPrintable(totals));
        }
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(f.window->selectedNumbers(), chosen.mid(0, 2));
        QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("Selected: 2 number")));

        // The bulk actions hand the selection over.
        f.child<QAction>("actionBulkRelease")->trigger();
        f.child<QAction>("actionBulkUpdate")->trigger();
        QCOMPARE(bulk.size(), 2);
        QCOMPARE(bulk.at(0).at(0).toString(), QStringLiteral("release"));
        QCOMPARE(bulk.at(0).at(1).toStringList(), chosen.mid(0, 2));
        QCOMPARE(bulk.at(1).at(0).toString(), QStringLiteral("update"));

        QTest::mouseClick(f.child<QPushButton>("clearShownNumbersButton"), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), int(all.size()));
        QVERIFY(!f.child<QWidget>("shownNumbersBar")->isVisible());
    }

    void exportWritesTheViewAsTheCliDoes()
    {
        MainWindowFixture f;
        QVERIFY(f.start(80));
        ActivePanel *panel = f.window->activePanel();
        QTableView *view = panel->view();
        view->sortByColumn(ActiveNumberModel::DisplayNameColumn, Qt::DescendingOrder);
        f.child<QLineEdit>("localFilterEdit")->setText(QStringLiteral("1"));
        QTRY_VERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < 80);
        const QStringList shown = shownNumbers(view);

        InventoryStore store(f.dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY(store.open());
        QHash<QString, ActiveNumber> byNumber;
        for (const ActiveNumber &n : store.numbers()) {
            byNumber.insert(n.phoneNumber, n);
        }

        const QString csvPath = f.dir.filePath(QStringLiteral("view.csv"));
        ND_VERIFY_OK(panel->exportView(csvPath, InventoryExport::Format::Csv));
        QByteArray expectedCsv = ActiveNumberCsv::line(ActiveNumberCsv::columnNames());
        for (const QString &n : shown) {
            expectedCsv += ActiveNumberCsv::line(ActiveNumberCsv::cells(byNumber.value(n)));
        }
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), expectedCsv);
        QCOMPARE(csv.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // The CLI's columns (numberdesk-cli active list --format csv), in that order.
        QCOMPARE(expectedCsv.left(expectedCsv.indexOf('\n')),
                 QByteArray("phoneNumber,displayName,regionCode,type,capability,monthlyPrice,currency,"
                            "paymentIntervalMonths,nextChargeDate,expireAt,smsServicePlanId,smsCampaignId,"
                            "smsProvisioning,voiceType,voiceId,voiceProvisioning,callbackUrl"));

        const QString jsonPath = f.dir.filePath(QStringLiteral("view.json"));
        ND_VERIFY_OK(panel->exportView(jsonPath, InventoryExport::Format::Json));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray numbers = QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("activeNumbers")).toArray();
        QCOMPARE(numbers.size(), shown.size());
        for (int i = 0; i < numbers.size(); ++i) {
            QCOMPARE(numbers.at(i).toObject(), json::toJson(byNumber.value(shown.at(i))));
            QVERIFY(numbers.at(i).toObject().value(QStringLiteral("phoneNumber")).toString().startsWith(QLatin1Char('+')));
        }
    }

    // The profile's "Requests in flight when syncing" reaches the panel when the profile is chosen, and the panel's
    // sync sends that many pages at once.
    void theProfilesSyncConcurrencyIsWhatTheSyncSends()
    {
        MainWindowFixture f;
        QVERIFY(f.start(600));
        ActivePanel *panel = f.window->activePanel();
        QCOMPARE(panel->syncConcurrency(), InventoryWalker::DefaultConcurrency);
        Profile far;
        far.name = QStringLiteral("Far away");
        far.projectId = QStringLiteral("far-project");
        far.keyId = QStringLiteral("far-key");
        far.numbersUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        far.authUrl = far.numbersUrl;
        far.syncConcurrency = 12;
        ND_VERIFY_OK(f.profiles->upsert(far));
        f.session->activate(far.name); // its connection fails (no secret, nothing listening): the setting is there
        QCOMPARE(f.session->syncConcurrency(), 12);
        QCOMPARE(panel->syncConcurrency(), 12);
        f.session->activate(Profile::sandboxProfileName());
        QCOMPARE(panel->syncConcurrency(), InventoryWalker::DefaultConcurrency);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && !panel->isSyncing() && f.session->client(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(f.session->state() == SessionController::ConnectionState::Connected, 20000);

        // Pages at the server before the first answer (every answer waits 300 ms).
        for (const int concurrency : {12, InventoryWalker::DefaultConcurrency}) {
            panel->setSyncConcurrency(concurrency);
            f.window->sandboxServer()->setLatency(300, 300);
            int arrived = 0;
            int beforeTheFirstAnswer = -1;
            QMetaObject::Connection a = connect(
                f.window->sandboxServer(), &sandbox::SandboxServer::requestArrived, this,
                [&](const QByteArray &, const QByteArray &path) { arrived += path.contains("/activeNumbers") ? 1 : 0; });
            QMetaObject::Connection b =
                connect(f.session->client(), &NumbersClient::networkReplyFinished, this, [&](QNetworkReply *reply) {
                    if (beforeTheFirstAnswer < 0 && reply->url().path().endsWith(QLatin1String("/activeNumbers"))) {
                        beforeTheFirstAnswer = arrived;
                    }
                });
            panel->sync(f.session->client());
            QTRY_VERIFY_WITH_TIMEOUT(beforeTheFirstAnswer >= 0, 20000);
            disconnect(a);
            disconnect(b);
            QCOMPARE(beforeTheFirstAnswer, concurrency);
            f.window->sandboxServer()->setLatency(0, 0);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->isSyncing(), 60000);
        }
    }

    void keyboardAndSortOrderSurviveARestart()
    {
        {
            MainWindowFixture f;
            QVERIFY(f.start(50));
            ActivePanel *panel = f.window->activePanel();
            QTableView *view = panel->view();
            f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("activeTab"));
            QApplication::setActiveWindow(f.window.get());
            QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
            // Ctrl+F on the Active tab focuses its find field.
            view->setFocus();
            f.child<QAction>("actionFind")->trigger();
            QTRY_VERIFY(f.child<QLineEdit>("localFilterEdit")->hasFocus());
            // Ctrl+C on a cell copies that cell.
            view->setFocus();
            const QModelIndex cell = view->model()->index(2, ActiveNumberModel::RegionColumn);
            view->setCurrentIndex(cell);
            QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QGuiApplication::clipboard()->text(), cell.data().toString());
            const QModelIndex number = view->model()->index(4, ActiveNumberModel::NumberColumn);
            view->setCurrentIndex(number);
            QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QGuiApplication::clipboard()->text(), number.data(KeyRole).toString());

            view->sortByColumn(ActiveNumberModel::NumberColumn, Qt::DescendingOrder);
            f.window->close(); // saves the header
        }
        MainWindowFixture f;
        f.keepLayout = true; // the restart
        QVERIFY(f.start(50));
        QTableView *view = f.window->activePanel()->view();
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ActiveNumberModel::NumberColumn));
        const QStringList shown = shownNumbers(view);
        QStringList descending = sorted(shown);
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(shown, descending);
    }
};

QTEST_MAIN(TestActivePanel)
#include "tst_activepanel.moc"
