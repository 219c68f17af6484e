// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-mirror: the Active numbers tab over a large inventory mirror.
//
//   nd-bench-mirror --prepare FILE --rows N [--seed S]
//       syncs an in-process sandbox seeded with N active numbers into the mirror FILE (InventorySync), once.
//   nd-bench-mirror --mirror FILE
//       starts the main window as src/app/main.cpp does, on a profile whose server is unreachable (so the run
//       only reads the mirror, never rewrites it), and reports as one JSON line: readyMs (main() to a painted
//       window showing every number of the mirror), firstPaintMs, rows, findMs (typing into the find field, one
//       keystroke each, until the rows shown are painted), sortMs (a header click on a column, until painted)
//       and peakRssMiB (VmHWM). bench/mirror-bench.sh times the process and runs the bare-window baseline.

#include "activenumberfilterproxy.h"
#include "activenumbermodel.h"
#include "activepanel.h"
#include "inventorystore.h"
#include "inventorysync.h"
#include "mainwindow.h"
#include "numbersclient.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

QString argAfter(const QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

int prepare(const QString &file, int rows, quint32 seed)
{
    nd::sandbox::SandboxServer server;
    nd::sandbox::SandboxOptions options;
    options.activeCount = rows;
    options.seed = seed;
    if (const nd::Result<void, nd::Failure> started = server.start(options); !started) {
        std::fprintf(stderr, "nd-bench-mirror: the sandbox did not start: %s\n", qPrintable(started.error().message));
        return 1;
    }
    nd::ConnectionSettings settings;
    settings.numbersUrl = server.baseUrl();
    settings.authUrl = server.baseUrl();
    settings.projectId = server.projectId();
    settings.keyId = server.keyId();
    settings.keySecret = server.keySecret();
    settings.authMethod = nd::AuthMethod::OAuth2;
    nd::NumbersClient client;
    client.setConnection(settings);
    QFile::remove(file);
    nd::InventoryStore store(file);
    if (!store.open()) {
        std::fprintf(stderr, "nd-bench-mirror: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    nd::InventorySync sync(&client, &store);
    int status = 1;
    // The longest the event loop went without turning during the sync (a 5 ms tick): what a window on this thread
    // would have frozen for. The in-process sandbox serves its pages on this thread too (a few ms each).
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });
    tick.start();
    QObject::connect(&sync, &nd::InventorySync::finished, &sync, [&](const nd::InventorySyncResult &result) {
        status = result.ok() ? 0 : 1;
        if (result.ok()) {
            longestStall = std::max(longestStall, clock.elapsed() - lastTick);
            std::fprintf(stderr, "nd-bench-mirror: mirror of %lld numbers written in %lld ms; longest event-loop stall "
                         "during the sync: %lld ms\n", result.info->total, clock.elapsed(), longestStall);
        } else {
            std::fprintf(stderr, "nd-bench-mirror: the sync failed: %s\n", qPrintable(result.apiError.fullMessage()));
        }
        QCoreApplication::quit();
    });
    sync.start();
    QCoreApplication::exec();
    return status;
}

// One measured GUI step: the change, then a synchronous repaint of the table (what the user sees).
template<typename Step> double timed(QTableView *view, Step step)
{
    QElapsedTimer t;
    t.start();
    step();
    view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk"));
    const QStringList args = QCoreApplication::arguments();

    if (args.contains(QStringLiteral("--prepare"))) {
        return prepare(argAfter(args, QStringLiteral("--prepare")), argAfter(args, QStringLiteral("--rows")).toInt(),
                       quint32(std::max(1, argAfter(args, QStringLiteral("--seed")).toInt())));
    }
    const QString mirror = argAfter(args, QStringLiteral("--mirror"));
    if (mirror.isEmpty() || !QFile::exists(mirror)) {
        std::fprintf(stderr, "usage: nd-bench-mirror --prepare FILE --rows N | --mirror FILE\n");
        return 2;
    }

    // A profile whose server refuses connections: the window shows the mirror and stays offline.
    QTemporaryDir dir;
    nd::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    profiles.load();
    nd::Profile offline;
    offline.name = QStringLiteral("Bench");
    offline.projectId = QStringLiteral("bench-project");
    offline.keyId = QStringLiteral("bench-key");
    offline.numbersUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    offline.authUrl = offline.numbersUrl;
    profiles.upsert(offline);
    nd::SecretStore secrets;
    secrets.setSessionSecret(offline.name, QStringLiteral("bench-secret"));
    nd::MainWindow::Options options;
    options.profileName = offline.name;
    options.inventoryPath = mirror;
    options.auditLogPath = dir.filePath(QStringLiteral("audit.sqlite"));
    nd::MainWindow window(&profiles, &secrets, options);
    nd::ActivePanel *panel = window.activePanel();
    QTableView *view = panel->view();

    double firstPaintMs = -1;
    bool measured = false;
    auto measure = [&] {
        if (measured || firstPaintMs < 0 || panel->isLoading() || window.activeModel()->loadedCount() == 0) {
            return;
        }
        measured = true;
        window.activePanel()->view()->viewport()->repaint();
        const double readyMs = double(sinceMain.nsecsElapsed()) / 1e6;
        const int rows = window.activeModel()->loadedCount();
        // Typing "+1 206 5" then a name, one keystroke at a time, as the find field applies them.
        QStringList findMs;
        auto *find = panel->findChild<QLineEdit *>(QStringLiteral("localFilterEdit"));
        QString typed;
        for (const QString &text : {QStringLiteral("+1 206 5"), QStringLiteral("desk 1")}) {
            typed.clear();
            find->clear();
            for (const QChar c : text) {
                typed.append(c);
                findMs << QString::number(timed(view, [&] { window.activeProxy()->setFilterText(typed); }), 'f', 1);
            }
        }
        find->clear();
        window.activeProxy()->setFilterText(QString());
        QStringList sortMs;
        for (const int column : {int(nd::ActiveNumberModel::DisplayNameColumn), int(nd::ActiveNumberModel::MonthlyPriceColumn),
                                 int(nd::ActiveNumberModel::NextChargeColumn), int(nd::ActiveNumberModel::NumberColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sortMs << QString::number(timed(view, [&] { view->sortByColumn(column, order); }), 'f', 1);
            }
        }
        std::printf("{\"readyMs\":%.1f,\"firstPaintMs\":%.1f,\"rows\":%d,\"findMs\":[%s],\"sortMs\":[%s],"
                    "\"peakRssMiB\":%.1f}\n",
                    readyMs, firstPaintMs, rows, qPrintable(findMs.join(QLatin1Char(','))),
                    qPrintable(sortMs.join(QLatin1Char(','))), peakRssMiB());
        std::fflush(stdout);
        std::_Exit(0);
    };
    QObject::connect(panel, &nd::ActivePanel::loaded, &window, [&] { QTimer::singleShot(0, &window, measure); });

    class PaintWatch final : public QObject
    {
    public:
        PaintWatch(double *at, const QElapsedTimer &since, std::function<void()> then)
            : m_at(at), m_since(since), m_then(std::move(then))
        {
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && *m_at < 0) {
                *m_at = double(m_since.nsecsElapsed()) / 1e6;
                QTimer::singleShot(0, this, m_then);
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        double *m_at;
        QElapsedTimer m_since;
        std::function<void()> m_then;
    };
    PaintWatch watch(&firstPaintMs, sinceMain, measure);
    window.installEventFilter(&watch);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
