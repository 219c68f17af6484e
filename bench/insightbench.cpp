// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-insight: the Insight tab over a mirror of N active numbers (default 100,000), seeded like the sandbox's
// project and written into a real InventoryStore file first (not timed). Then, best of --runs rounds:
//   - baseline: reading every number of the mirror (InventoryStore::numbers()), the floor any report pays;
//   - the report alone (InventoryReport::compute over the numbers read);
//   - the whole tab: InsightPanel::refresh() (read + report + charts + attention lists) and one paint of the
//     panel (grab()), which is what a person waits for. Target: ≤ 500 ms.
// Prints a line per figure; --json FILE writes them for bench/summarize.py.
#include "insightpanel.h"
#include "inventoryreport.h"
#include "inventorystore.h"
#include "jsonparsers.h"
#include "jsonwriter.h"
#include "sandboxstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace nd;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool fillMirror(InventoryStore *store, int rows, quint32 seed)
{
    sandbox::SandboxState state;
    state.reset(seed, rows);
    QList<ActiveNumber> numbers;
    QList<QByteArray> raw;
    numbers.reserve(rows);
    raw.reserve(rows);
    for (const sandbox::ActiveNumberRecord &r : state.activeNumbers()) {
        sandbox::JsonWriter w;
        r.write(w, state.projectId());
        const Result<ActiveNumber> parsed = json::parseActiveNumber(w.data());
        if (!parsed) {
            return false;
        }
        numbers.append(parsed.value());
        raw.append(w.data());
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    return store->beginSync() && store->addNumbers(numbers, raw) && store->commitSync(started, 1).has_value();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Numbers in the mirror"),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the inventory"),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Rounds (best is kept)"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures to FILE"),
                                        QStringLiteral("FILE"));
    parser.addOptions({rowsOption, seedOption, runsOption, jsonOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mirror.sqlite"));
    {
        InventoryStore store(path);
        if (!store.open() || !fillMirror(&store, rows, parser.value(seedOption).toUInt())) {
            std::fprintf(stderr, "nd-bench-insight: could not fill the mirror: %s\n", qPrintable(store.errorString()));
            return 1;
        }
    }

    InsightPanel panel;
    panel.resize(1280, 800);
    panel.setSource(path);
    panel.show();
    QCoreApplication::processEvents();

    QJsonArray rounds;
    double bestRead = 1e300, bestReport = 1e300, bestPanel = 1e300;
    qint64 total = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QList<ActiveNumber> numbers;
        {
            InventoryStore store(path);
            store.open();
            numbers = store.numbers();
        }
        const double readMs = msSince(timer);
        timer.restart();
        const InventoryReport report = InventoryReport::compute(numbers, QDateTime::currentDateTimeUtc());
        const double reportMs = msSince(timer);
        total = report.total;

        timer.restart();
        panel.refresh();
        const QPixmap shot = panel.grab();
        const double panelMs = msSince(timer);
        if (shot.isNull() || panel.report()->total != rows) {
            std::fprintf(stderr, "nd-bench-insight: the panel did not show %d numbers\n", rows);
            return 1;
        }
        bestRead = std::min(bestRead, readMs);
        bestReport = std::min(bestReport, reportMs);
        bestPanel = std::min(bestPanel, panelMs);
        rounds.append(QJsonObject{{QStringLiteral("readMs"), readMs},
                                  {QStringLiteral("reportMs"), reportMs},
                                  {QStringLiteral("panelMs"), panelMs}});
        std::printf("round %d: read %.1f ms, report %.1f ms, refresh + paint %.1f ms\n", i + 1, readMs, reportMs,
                    panelMs);
    }
    std::printf("best of %d over %lld numbers: read %.1f ms (baseline), report %.1f ms, Insight tab %.1f ms "
                "(target <= 500 ms)\n",
                runs, static_cast<long long>(total), bestRead, bestReport, bestPanel);
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly)) {
            return 1;
        }
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                            {QStringLiteral("readMs"), bestRead},
                                            {QStringLiteral("reportMs"), bestReport},
                                            {QStringLiteral("panelMs"), bestPanel},
                                            {QStringLiteral("rounds"), rounds}})
                      .toJson());
    }
    return 0;
}
