// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-gui-model: loads N active numbers (default 100,000) from an in-process sandbox into
// ActiveNumberModel behind ActiveNumberFilterProxy and a QTableView (offscreen), the way the main window
// shows them, and measures:
//   - the longest event-loop stall while loading (a 1 ms timer records the largest gap between ticks),
//     against the same meter on an idle loop;
//   - sorting by number and by monthly price (QTableView::sortByColumn, as a header click does) and
//     filter keystrokes (ActiveNumberFilterProxy::setFilterText for successive prefixes, then backspaces),
//     against a QSortFilterProxyModel over a QStandardItemModel holding the same rows as display text;
//   - the resident set size with every row loaded, with and without the sandbox's own share.
// Prints one JSON object on stdout (and into --json FILE). Timings are reported, never asserted.

#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "benchutil.h"
#include "numbersclient.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>

#include <cstdio>
#include <functional>

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Lets the view react (layout, repaint) as it would before the next user input.
void settle()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Times one user action plus the event processing that follows it.
double timeAction(const std::function<void()> &action)
{
    QElapsedTimer t;
    t.start();
    action();
    settle();
    return msSince(t);
}

// The filter prefixes a user types: the digits of a number one by one, then backspaces back to empty.
QStringList keystrokes(const QString &number)
{
    QStringList typed;
    for (int i = 1; i <= number.size(); ++i)
        typed << number.left(i);
    for (int i = number.size() - 1; i >= 0; --i)
        typed << number.left(i);
    return typed;
}

struct SortFilterTimes
{
    double sortNumberAsc = 0;
    double sortPriceAsc = 0;
    double sortPriceDesc = 0;
    double sortNumberDesc = 0;
    QJsonArray keystrokeMs;
    double keystrokeMax = 0;
    double keystrokeMaxNarrowing = 0;
    double keystrokeMaxWidening = 0;
    int matchesAtFullNumber = -1;

    double sortMax() const { return qMax(qMax(sortNumberAsc, sortPriceAsc), qMax(sortPriceDesc, sortNumberDesc)); }
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("sortNumberAscMs"), sortNumberAsc},
                           {QStringLiteral("sortPriceAscMs"), sortPriceAsc},
                           {QStringLiteral("sortPriceDescMs"), sortPriceDesc},
                           {QStringLiteral("sortNumberDescMs"), sortNumberDesc},
                           {QStringLiteral("sortMaxMs"), sortMax()},
                           {QStringLiteral("keystrokeMs"), keystrokeMs},
                           {QStringLiteral("keystrokeMaxMs"), keystrokeMax},
                           {QStringLiteral("keystrokeMaxNarrowingMs"), keystrokeMaxNarrowing},
                           {QStringLiteral("keystrokeMaxWideningMs"), keystrokeMaxWidening},
                           {QStringLiteral("matchesAtFullNumber"), matchesAtFullNumber}};
    }
};

// Same sequence for both models: sort by number, by price (both orders), then type a number with the
// view sorted by price.
SortFilterTimes measureSortFilter(QTableView *view, QAbstractItemModel *proxy, int numberColumn, int priceColumn,
                                  const QString &typedNumber, const std::function<void(const QString &)> &setFilter)
{
    SortFilterTimes r;
    r.sortNumberAsc = timeAction([&] { view->sortByColumn(numberColumn, Qt::AscendingOrder); });
    r.sortPriceAsc = timeAction([&] { view->sortByColumn(priceColumn, Qt::AscendingOrder); });
    r.sortPriceDesc = timeAction([&] { view->sortByColumn(priceColumn, Qt::DescendingOrder); });
    r.sortNumberDesc = timeAction([&] { view->sortByColumn(numberColumn, Qt::DescendingOrder); });
    view->sortByColumn(priceColumn, Qt::AscendingOrder);
    settle();
    const QStringList typed = keystrokes(typedNumber);
    for (int i = 0; i < typed.size(); ++i) {
        const double ms = timeAction([&] { setFilter(typed.at(i)); });
        r.keystrokeMs.append(ms);
        r.keystrokeMax = qMax(r.keystrokeMax, ms);
        if (i < typedNumber.size())
            r.keystrokeMaxNarrowing = qMax(r.keystrokeMaxNarrowing, ms);
        else
            r.keystrokeMaxWidening = qMax(r.keystrokeMaxWidening, ms);
        if (i == typedNumber.size() - 1)
            r.matchesAtFullNumber = proxy->rowCount();
    }
    setFilter(QString());
    settle();
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nd-bench-gui-model"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Active numbers to load."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Sandbox seed."), QStringLiteral("N"),
                                        QStringLiteral("7"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QStringLiteral("Model page size (0 = the model's default, as the app)."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sameThreadOption(
        QStringLiteral("sandbox-on-gui-thread"),
        QStringLiteral("Serve from the GUI thread, as the app's embedded sandbox does (default: a worker thread, "
                       "so the stall is the model's and the view's own)."));
    const QCommandLineOption loadOnlyOption(QStringLiteral("load-only"), QStringLiteral("Skip sort, filter and baseline."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the JSON into FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({rowsOption, seedOption, pageSizeOption, sameThreadOption, loadOnlyOption, jsonOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const bool sameThread = parser.isSet(sameThreadOption);

    QJsonObject out;
    out.insert(QStringLiteral("rowsRequested"), rows);
    out.insert(QStringLiteral("sandboxThread"), sameThread ? QStringLiteral("gui") : QStringLiteral("worker"));
    const qint64 rssStartKiB = nd::bench::residentKiB();

    // Baseline stall: the same meter on an idle event loop for one second.
    nd::bench::StallMeter meter;
    {
        QEventLoop idle;
        meter.start();
        QTimer::singleShot(1000, &idle, &QEventLoop::quit);
        idle.exec();
        meter.stop();
        out.insert(QStringLiteral("idleStallMs"), meter.maxGapMs());
    }

    // The sandbox, seeded with `rows` numbers.
    QThread sandboxThread;
    QObject sandboxContext;
    nd::sandbox::SandboxServer *sandbox = nullptr;
    nd::sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.activeCount = rows;
    sandboxOptions.seed = parser.value(seedOption).toUInt();
    nd::Result<void, nd::Failure> sandboxStarted = nd::Failure{};
    QElapsedTimer seedTimer;
    seedTimer.start();
    auto startSandbox = [&] {
        sandbox = new nd::sandbox::SandboxServer;
        sandboxStarted = sandbox->start(sandboxOptions);
    };
    if (sameThread) {
        startSandbox();
    } else {
        sandboxThread.setObjectName(QStringLiteral("sandbox"));
        sandboxThread.start();
        sandboxContext.moveToThread(&sandboxThread);
        QMetaObject::invokeMethod(&sandboxContext, startSandbox, Qt::BlockingQueuedConnection);
    }
    if (!sandboxStarted) {
        std::fprintf(stderr, "nd-bench-gui-model: sandbox did not start: %s\n",
                     qPrintable(sandboxStarted.error().message));
        return 1;
    }
    out.insert(QStringLiteral("sandboxSeedMs"), msSince(seedTimer));
    const qint64 rssWithSandboxKiB = nd::bench::residentKiB();

    nd::ConnectionSettings settings;
    settings.numbersUrl = sandbox->baseUrl();
    settings.authUrl = sandbox->baseUrl();
    settings.projectId = sandbox->projectId();
    settings.keyId = sandbox->keyId();
    settings.keySecret = sandbox->keySecret();
    settings.authMethod = nd::AuthMethod::OAuth2;
    settings.transferTimeoutMs = 120000;
    nd::NumbersClient client;
    client.setConnection(settings);

    // Model, proxy and view wired as in MainWindow.
    nd::ActiveNumberModel model(&client);
    if (const int pageSize = parser.value(pageSizeOption).toInt(); pageSize > 0)
        model.setPageSize(pageSize);
    out.insert(QStringLiteral("pageSize"), model.pageSize());
    nd::ActiveNumberFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    view.resize(1200, 800);
    view.show();
    settle();

    // Load everything: whenever a page has arrived, scroll to the bottom (the view then asks for more on
    // its own) and ask for the next page if the view did not.
    QEventLoop loadLoop;
    bool failed = false;
    QString failure;
    int pages = 0;
    auto next = [&] {
        view.scrollToBottom();
        if (proxy.canFetchMore({}))
            proxy.fetchMore({});
        else if (!model.isLoading())
            loadLoop.quit();
    };
    QObject::connect(&model, &nd::ActiveNumberModel::pageLoaded, &loadLoop, [&] {
        ++pages;
        QTimer::singleShot(0, &loadLoop, next);
    });
    QObject::connect(&model, &nd::ActiveNumberModel::requestFailed, &loadLoop, [&](const nd::ApiError &error) {
        failed = true;
        failure = error.fullMessage();
        loadLoop.quit();
    });
    QElapsedTimer loadTimer;
    meter.start();
    loadTimer.start();
    model.setQuery(nd::ActiveNumberQuery());
    loadLoop.exec();
    meter.stop();
    const double loadMs = msSince(loadTimer);
    if (failed) {
        std::fprintf(stderr, "nd-bench-gui-model: loading failed: %s\n", qPrintable(failure));
        return 1;
    }
    settle();
    const qint64 rssLoadedKiB = nd::bench::residentKiB();
    out.insert(QStringLiteral("rowsLoaded"), model.rowCount());
    out.insert(QStringLiteral("pages"), pages);
    out.insert(QStringLiteral("loadMs"), loadMs);
    out.insert(QStringLiteral("loadStallMs"), meter.maxGapMs());
    out.insert(QStringLiteral("loadGapsOver50Ms"), meter.gapsOver50Ms());
    out.insert(QStringLiteral("loadGapsOver16Ms"), meter.gapsOver16Ms());
    out.insert(QStringLiteral("rssStartKiB"), rssStartKiB);
    out.insert(QStringLiteral("rssWithSandboxKiB"), rssWithSandboxKiB);
    out.insert(QStringLiteral("rssLoadedKiB"), rssLoadedKiB);
    // The sandbox's own memory (its 100k records) is not the GUI's: subtract what starting it added.
    out.insert(QStringLiteral("rssLoadedWithoutSandboxKiB"), rssLoadedKiB - (rssWithSandboxKiB - rssStartKiB));
    out.insert(QStringLiteral("rssModelDeltaKiB"), rssLoadedKiB - rssWithSandboxKiB);

    if (!parser.isSet(loadOnlyOption) && model.rowCount() > 0) {
        // Type a number from the middle of the inventory, as a user looking for it would.
        const QString typed = model.number(model.rowCount() / 2).phoneNumber;
        out.insert(QStringLiteral("typedNumber"), typed);
        const SortFilterTimes mine = measureSortFilter(
            &view, &proxy, nd::ActiveNumberModel::NumberColumn, nd::ActiveNumberModel::MonthlyPriceColumn, typed,
            [&](const QString &text) { proxy.setFilterText(text); });
        out.insert(QStringLiteral("activeNumberModel"), mine.toJson());

        // Baseline: the same rows as display text in a QStandardItemModel behind a plain proxy.
        const qint64 rssBeforeStandardKiB = nd::bench::residentKiB();
        QElapsedTimer buildTimer;
        buildTimer.start();
        auto *standard = new QStandardItemModel(0, model.columnCount());
        {
            const int columns = model.columnCount();
            for (int c = 0; c < columns; ++c)
                standard->setHorizontalHeaderItem(c, new QStandardItem(model.headerData(c, Qt::Horizontal).toString()));
            const int n = model.rowCount();
            for (int r = 0; r < n; ++r) {
                QList<QStandardItem *> items;
                items.reserve(columns);
                for (int c = 0; c < columns; ++c)
                    items << new QStandardItem(model.index(r, c).data(Qt::DisplayRole).toString());
                standard->appendRow(items);
            }
        }
        const double buildMs = msSince(buildTimer);
        const qint64 rssStandardKiB = nd::bench::residentKiB();
        QSortFilterProxyModel plainProxy;
        plainProxy.setSourceModel(standard);
        plainProxy.setFilterKeyColumn(nd::ActiveNumberModel::NumberColumn);
        plainProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QTableView plainView;
        plainView.setModel(&plainProxy);
        plainView.setSortingEnabled(true);
        plainView.sortByColumn(-1, Qt::AscendingOrder);
        plainView.resize(1200, 800);
        view.hide();
        plainView.show();
        settle();
        const SortFilterTimes base = measureSortFilter(
            &plainView, &plainProxy, nd::ActiveNumberModel::NumberColumn, nd::ActiveNumberModel::MonthlyPriceColumn,
            typed, [&](const QString &text) { plainProxy.setFilterFixedString(text); });
        QJsonObject baseJson = base.toJson();
        baseJson.insert(QStringLiteral("buildMs"), buildMs);
        baseJson.insert(QStringLiteral("rssDeltaKiB"), rssStandardKiB - rssBeforeStandardKiB);
        out.insert(QStringLiteral("standardItemModel"), baseJson);
        plainView.setModel(nullptr);
        plainProxy.setSourceModel(nullptr);
        delete standard;
    }

    if (sameThread) {
        delete sandbox;
    } else {
        QMetaObject::invokeMethod(&sandboxContext, [&] { delete sandbox; }, Qt::BlockingQueuedConnection);
        sandboxThread.quit();
        sandboxThread.wait();
    }
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    std::printf("%s\n", json.constData());
    std::fflush(stdout);
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(json + '\n');
    }
    return 0;
}
