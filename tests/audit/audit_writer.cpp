// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test helper, not shipped.
//   nd_audit_writer write <log> <tag> [count]  appends records (auditfixture.h) and prints, after each commit,
//                                              "B <id> <seq>" (begun) or "F <id>" (finished); count 0 = forever
//   nd_audit_writer open <log>                 prints "OK" or "ERROR <message>" (exit 0 / 1)
//   nd_audit_writer bench <log> <count>        times <count> begin+finish pairs

#include "auditfixture.h"
#include "auditlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QStringList>

#include <cstdio>

namespace {

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const nd::AuditLog &log)
{
    std::fprintf(stderr, "ERROR %s\n", log.errorString().toUtf8().constData());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: nd_audit_writer write|open|bench <log> [tag|count] [count]\n");
        return 64;
    }
    const QString mode = args.at(1);
    nd::AuditLog log(args.at(2));
    if (mode == QLatin1String("open")) {
        if (!log.open()) {
            printLine("ERROR " + log.errorString().toUtf8());
            return 1;
        }
        printLine("OK");
        return 0;
    }
    if (!log.open()) {
        return fail(log);
    }

    if (mode == QLatin1String("write")) {
        const QString tag = args.value(3, QStringLiteral("writer"));
        const int count = args.value(4, QStringLiteral("0")).toInt();
        for (int seq = 1; count == 0 || seq <= count; ++seq) {
            const qint64 id = log.begin(nd::AuditFixture::actionFor(tag, seq));
            if (id <= 0) {
                return fail(log);
            }
            printLine("B " + QByteArray::number(id) + ' ' + QByteArray::number(seq));
            if (nd::AuditFixture::finishes(seq)) {
                if (!log.finish(id, nd::OutcomeKind::Done, nd::AuditFixture::detailFor(tag, seq))) {
                    return fail(log);
                }
                printLine("F " + QByteArray::number(id));
            }
            // A real writer waits for the network between records; a loop without any pause would keep the
            // write lock so busy that another process could wait for it longer than its 10 s timeout.
            QThread::msleep(1);
        }
        return 0;
    }

    if (mode == QLatin1String("bench")) {
        const int count = args.value(3, QStringLiteral("200")).toInt();
        QElapsedTimer timer;
        timer.start();
        for (int seq = 1; seq <= count; ++seq) {
            const qint64 id = log.begin(nd::AuditFixture::actionFor(QStringLiteral("bench"), seq));
            if (id <= 0 || !log.finish(id, nd::OutcomeKind::Done)) {
                return fail(log);
            }
        }
        const qint64 elapsed = timer.elapsed();
        std::printf("%d begin+finish pairs in %lld ms (%.2f ms per pair)\n", count, static_cast<long long>(elapsed),
                    count > 0 ? static_cast<double>(elapsed) / count : 0.0);
        return 0;
    }
    std::fprintf(stderr, "unknown mode\n");
    return 64;
}
