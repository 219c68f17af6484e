// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// nd-bench-parse: the two parsers of active-number pages on the same bytes. The pages are what the sandbox
// serves for N seeded numbers (1,000 per page, as the inventory sync asks for). Each parser reads every page
// R times; the best round of each is printed as JSON:
//   {"numbers":N,"pages":P,"megabytes":M,"qtJsonMs":..,"simdjsonMs":..,"speedup":..}
// The baseline (QJsonDocument, the reference parser) is measured in the same run, interleaved.

#include "jsonparsers.h"
#include "jsonwriter.h"
#include "sandboxstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <limits>

namespace {

QList<QByteArray> makePages(int numbers, quint64 seed)
{
    nd::sandbox::SandboxState state;
    state.setProjectId(QStringLiteral("bench-project"));
    state.reset(seed, numbers);
    const QList<nd::sandbox::ActiveNumberRecord> records = state.activeNumbers();
    QList<QByteArray> pages;
    for (qsizetype start = 0; start < records.size(); start += 1000) {
        nd::sandbox::JsonWriter w;
        w.reserve(600 * 1024);
        w.beginObject();
        w.key("activeNumbers");
        w.beginArray();
        const qsizetype end = qMin(records.size(), start + 1000);
        for (qsizetype i = start; i < end; ++i) {
            records.at(i).write(w, state.projectId());
        }
        w.endArray();
        w.field("nextPageToken", end < records.size() ? QStringLiteral("page-%1").arg(end) : QString());
        w.field("totalSize", qint64(records.size()));
        w.endObject();
        pages.append(w.take());
    }
    return pages;
}

template<typename Parse> qint64 roundMs(const QList<QByteArray> &pages, Parse parse, qint64 *parsed)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    for (const QByteArray &page : pages) {
        const auto result = parse(page);
        if (!result.ok()) {
            std::fprintf(stderr, "nd-bench-parse: a page did not parse: %s\n",
                         qPrintable(result.error().userMessage));
            return -1;
        }
        count += result.value().activeNumbers.size();
    }
    *parsed = count;
    return timer.nsecsElapsed() / 1000000;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Active-number page parsers: QJsonDocument vs simdjson."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Numbers (default 100000)."),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Sandbox seed."), QStringLiteral("N"),
                                        QStringLiteral("7"));
    parser.addOptions({rowsOption, roundsOption, seedOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    const QList<QByteArray> pages = makePages(rows, parser.value(seedOption).toULongLong());
    qint64 bytes = 0;
    for (const QByteArray &p : pages) {
        bytes += p.size();
    }
    qint64 bestQt = std::numeric_limits<qint64>::max();
    qint64 bestSimd = std::numeric_limits<qint64>::max();
    qint64 parsedQt = 0;
    qint64 parsedSimd = 0;
    for (int r = 0; r < rounds; ++r) {
        const qint64 qt = roundMs(pages, [](const QByteArray &b) { return nd::json::detail::parseActiveNumbersPageQt(b); },
                                  &parsedQt);
        const qint64 simd = roundMs(pages, [](const QByteArray &b) { return nd::json::parseActiveNumbersPage(b); },
                                    &parsedSimd);
        if (qt < 0 || simd < 0) {
            return 1;
        }
        bestQt = qMin(bestQt, qt);
        bestSimd = qMin(bestSimd, simd);
    }
    if (parsedQt != rows || parsedSimd != rows) {
        std::fprintf(stderr, "nd-bench-parse: parsed %lld and %lld numbers, expected %d\n",
                     static_cast<long long>(parsedQt), static_cast<long long>(parsedSimd), rows);
        return 1;
    }
    std::printf("{\"numbers\":%d,\"pages\":%lld,\"megabytes\":%.1f,\"qtJsonMs\":%lld,\"simdjsonMs\":%lld,"
                "\"speedup\":%.2f}\n",
                rows, static_cast<long long>(pages.size()), double(bytes) / 1e6, static_cast<long long>(bestQt),
                static_cast<long long>(bestSimd), double(bestQt) / double(qMax<qint64>(1, bestSimd)));
    return 0;
}
