// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// nd_chaos: drives the real client against a faulty numberdesk-sandbox (started with --debug-endpoints)
// and checks the results against the sandbox's own state.
//   nd_chaos list --url URL                 walk every active number (all types) through 5xx/429/resets
//   nd_chaos rent --url URL --attempts N [--rent-any M] [--faults SPEC]
//                                           N rents and M rentAnys under drop-after-commit; every outcome
//                                           must be certain and match the sandbox; no double rentals
// --report FILE appends a markdown section with the figures. Exit code 0 when every check held.
#include "actionpipeline.h"
#include "activenumberwalker.h"
#include "activityrecorder.h"
#include "auditlog.h"
#include "numbersclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace nd;

namespace {

QTextStream out(stdout);

void say(const QString &line)
{
    out << line << Qt::endl;
}

// The sandbox's debug endpoints: never faulted, never counted.
class Debug final
{
public:
    explicit Debug(const QUrl &base)
        : m_base(base)
    {}

    QJsonObject request(const QByteArray &method, const QString &path, const QString &faultSpec = QString())
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!faultSpec.isNull()) {
            url.setQuery(QStringLiteral("spec=") + QString::fromLatin1(QUrl::toPercentEncoding(faultSpec)));
        }
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QNetworkReply *reply = method == "POST" ? m_nam.post(req, QByteArray()) : m_nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    int lastStatus() const { return m_lastStatus; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    int m_lastStatus = 0;
};

template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Result<T> &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

Outcome awaitOutcome(const std::function<void(QObject *, ActionCall::Callback)> &start)
{
    std::optional<Outcome> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Outcome &o) {
        result = o;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

struct Report
{
    QStringList lines;
    bool ok = true;
    void add(const QString &line)
    {
        say(line);
        lines.append(line);
    }
    void check(bool condition, const QString &what)
    {
        add(QStringLiteral("- %1: **%2**").arg(what, condition ? QStringLiteral("OK") : QStringLiteral("FAILED")));
        ok = ok && condition;
    }
};

int runList(NumbersClient &client, Debug &debug, Report &report)
{
    const QJsonObject state = debug.request("GET", QStringLiteral("/_sandbox/state"));
    const int expected = state.value(QLatin1String("activeNumbers")).toInt(-1);
    const QString faults = state.value(QLatin1String("faults")).toString();
    int retries = 0;
    QObject::connect(&client, &NumbersClient::retryScheduled, &client, [&retries] { ++retries; });
    ActiveNumberWalker walker(&client, ActiveNumberQuery());
    QSet<QString> seen;
    qint64 rows = 0;
    QObject::connect(&walker, &ActiveNumberWalker::pageReceived, &walker, [&](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            seen.insert(n.phoneNumber);
        }
        rows += numbers.size();
    });
    ApiError error;
    QEventLoop loop;
    QObject::connect(&walker, &ActiveNumberWalker::finished, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    walker.start();
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    const QJsonObject stats = debug.request("GET", QStringLiteral("/_sandbox/stats"));
    const QJsonObject statuses = stats.value(QLatin1String("statuses")).toObject();

    report.add(QStringLiteral("### Listing %1 active numbers through faults `%2`").arg(expected).arg(faults));
    report.add(QString());
    report.add(QStringLiteral("- pages: %1 (page size %2, every type walked), time: %3 s")
                   .arg(walker.pagesFetched())
                   .arg(ActiveNumberWalker::maxPageSize())
                   .arg(seconds, 0, 'f', 1));
    report.add(QStringLiteral("- list requests seen by the sandbox: %1; answered 429: %2, 500: %3, 503: %4, dropped "
                              "(reset): %5")
                   .arg(stats.value(QLatin1String("operations")).toObject().value(QLatin1String("list")).toInt())
                   .arg(statuses.value(QLatin1String("429")).toInt())
                   .arg(statuses.value(QLatin1String("500")).toInt())
                   .arg(statuses.value(QLatin1String("503")).toInt())
                   .arg(statuses.value(QLatin1String("0")).toInt()));
    report.add(QStringLiteral("- client retries: %1").arg(retries));
    report.add(QStringLiteral("- rows received: %1, distinct numbers: %2").arg(rows).arg(seen.size()));
    report.check(!error.isError(), QStringLiteral("the walk finished without error%1")
                                       .arg(error.isError() ? QStringLiteral(" (%1)").arg(error.fullMessage()) : QString()));
    report.check(rows == expected, QStringLiteral("exact count (%1 expected)").arg(expected));
    report.check(seen.size() == rows, QStringLiteral("no duplicates"));
    return report.ok ? 0 : 1;
}

int runRent(NumbersClient &client, Debug &debug, Report &report, int attempts, int rentAnyAttempts, const QString &faults)
{
    // Every action goes through the pipeline, recorded in a throw-away activity log.
    QTemporaryDir logDir;
    AuditLog log(logDir.filePath(QStringLiteral("audit.sqlite")));
    ActivityRecorder recorder(&log, {AuditClient::Cli, QStringLiteral("chaos"), client.connection().projectId});
    ActionPipeline ops(&client, &recorder);
    debug.request("POST", QStringLiteral("/_sandbox/faults"), faults);
    if (debug.lastStatus() != 200) {
        say(QStringLiteral("nd_chaos: the sandbox refused the fault spec"));
        return 2;
    }
    const QJsonObject statsBefore = debug.request("GET", QStringLiteral("/_sandbox/stats"));
    const auto opCount = [](const QJsonObject &stats, const char *op) {
        return stats.value(QLatin1String("operations")).toObject().value(QLatin1String(op)).toInt();
    };
    const int activeBefore = debug.request("GET", QStringLiteral("/_sandbox/state")).value(QLatin1String("activeNumbers")).toInt();
    int done = 0, notDone = 0, unknown = 0, reconciled = 0, mismatches = 0, searchFailures = 0, reviews = 0;
    int anyDone = 0, anyNotDone = 0, anyUnknown = 0, anyReconciled = 0, anyDouble = 0, anyMismatch = 0;
    QElapsedTimer clock;
    clock.start();
    AvailableNumberQuery q;
    q.regionCode = QStringLiteral("US");
    q.type = NumberType(NumberType::Value::Local);
    q.size = 100;
    QList<AvailableNumber> pool;
    for (int i = 0; i < attempts; ++i) {
        if (pool.isEmpty()) {
            const auto found = await<QList<AvailableNumber>>([&](QObject *ctx, auto cb) {
                client.searchAvailableNumbers(q, ctx, cb);
            });
            if (!found || found.value().isEmpty()) {
                ++searchFailures;
                continue;
            }
            pool = found.value();
        }
        const QString n = pool.takeFirst().phoneNumber;
        const Outcome o = awaitOutcome([&](QObject *ctx, ActionCall::Callback cb) {
            ops.run(ActionRequest::rentNumber(AvailableNumber{n, {}, {}, {}, {}, {}, 0, false, {}}), ctx, cb);
        });
        debug.request("GET", QStringLiteral("/_sandbox/activeNumbers/") + n);
        const bool isActive = debug.lastStatus() == 200;
        reconciled += o.reconciled;
        switch (o.kind) {
        case OutcomeKind::Done:
        case OutcomeKind::DoneByOther:
            ++done;
            mismatches += !isActive;
            break;
        case OutcomeKind::NotDone:
            ++notDone;
            mismatches += isActive;
            if (o.mayRetry) {
                pool.prepend(AvailableNumber{n, {}, {}, {}, {}, {}, 0, false, {}}); // still available: try it again
            }
            break;
        case OutcomeKind::Unknown:
            ++unknown;
            break;
        }
    }
    for (int i = 0; i < rentAnyAttempts; ++i) {
        RentAnyRequest r;
        r.regionCode = QStringLiteral("US");
        r.type = NumberType(NumberType::Value::Local);
        const int before = debug.request("GET", QStringLiteral("/_sandbox/state")).value(QLatin1String("activeNumbers")).toInt();
        const Outcome o = awaitOutcome([&](QObject *ctx, ActionCall::Callback cb) {
            ops.run(ActionRequest::rentAnyNumber(r), ctx, cb);
        });
        const int after = debug.request("GET", QStringLiteral("/_sandbox/state")).value(QLatin1String("activeNumbers")).toInt();
        anyReconciled += o.reconciled;
        reviews += o.needsReview;
        anyDouble += after - before > 1;
        switch (o.kind) {
        case OutcomeKind::Done:
        case OutcomeKind::DoneByOther:
            ++anyDone;
            anyMismatch += after - before != o.rentedNumbers.size();
            break;
        case OutcomeKind::NotDone:
            ++anyNotDone;
            anyMismatch += after != before;
            break;
        case OutcomeKind::Unknown:
            ++anyUnknown;
            break;
        }
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const QJsonObject statsAfter = debug.request("GET", QStringLiteral("/_sandbox/stats"));
    const int activeAfter = debug.request("GET", QStringLiteral("/_sandbox/state")).value(QLatin1String("activeNumbers")).toInt();
    const int rentsSent = opCount(statsAfter, "rent") - opCount(statsBefore, "rent");
    const int rentAnysSent = opCount(statsAfter, "rentAny") - opCount(statsBefore, "rentAny");
    debug.request("POST", QStringLiteral("/_sandbox/faults"), QLatin1String(""));

    report.add(QStringLiteral("### %1 rent + %2 rentAny attempts through faults `%3`").arg(attempts).arg(rentAnyAttempts).arg(faults));
    report.add(QString());
    report.add(QStringLiteral("- time: %1 s").arg(seconds, 0, 'f', 1));
    report.add(QStringLiteral("- rent: %1 done, %2 not done, %3 unknown; %4 settled by reading the state back")
                   .arg(done).arg(notDone).arg(unknown).arg(reconciled));
    report.add(QStringLiteral("- rent requests seen by the sandbox: %1 for %2 attempts").arg(rentsSent).arg(attempts - searchFailures));
    report.add(QStringLiteral("- rentAny: %1 done, %2 not done, %3 unknown; %4 settled by reading the state back; "
                              "%5 flagged for review")
                   .arg(anyDone).arg(anyNotDone).arg(anyUnknown).arg(anyReconciled).arg(reviews));
    report.add(QStringLiteral("- rentAny requests seen by the sandbox: %1 for %2 attempts").arg(rentAnysSent).arg(rentAnyAttempts));
    report.add(QStringLiteral("- active numbers: %1 before, %2 after (+%3; outcomes say +%4)")
                   .arg(activeBefore).arg(activeAfter).arg(activeAfter - activeBefore).arg(done + anyDone));
    report.check(searchFailures == 0, QStringLiteral("every search for a number to rent worked"));
    report.check(unknown == 0 && anyUnknown == 0, QStringLiteral("every attempt reconciled to a certain outcome"));
    report.check(mismatches == 0 && anyMismatch == 0,
                 QStringLiteral("every outcome matches the sandbox's own state (%1 mismatches)").arg(mismatches + anyMismatch));
    report.check(rentsSent == attempts - searchFailures && rentAnysSent == rentAnyAttempts,
                 QStringLiteral("each billable request sent exactly once (no silent re-send)"));
    report.check(anyDouble == 0 && reviews == 0 && activeAfter - activeBefore == done + anyDone,
                 QStringLiteral("zero double rentals"));
    return report.ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("list | rent"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Sandbox base URL"), QStringLiteral("URL"));
    const QCommandLineOption attemptsOption(QStringLiteral("attempts"), QStringLiteral("Rent attempts"),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption rentAnyOption(QStringLiteral("rent-any"), QStringLiteral("rentAny attempts"),
                                           QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"), QStringLiteral("Fault spec for the rent phase"),
                                          QStringLiteral("SPEC"), QStringLiteral("drop-after-commit=0.1"));
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("Append markdown figures to FILE"),
                                          QStringLiteral("FILE"));
    parser.addOptions({urlOption, attemptsOption, rentAnyOption, faultsOption, reportOption});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QUrl url(parser.value(urlOption));
    if ((mode != QLatin1String("list") && mode != QLatin1String("rent")) || !url.isValid()) {
        parser.showHelp(2);
    }

    NumbersClient client;
    ConnectionSettings s;
    s.numbersUrl = url;
    s.authUrl = url;
    s.projectId = QStringLiteral("sandbox-project");
    s.keyId = QStringLiteral("sandbox-key");
    s.keySecret = QStringLiteral("sandbox-secret");
    s.transferTimeoutMs = 30000;
    client.setConnection(s);
    RetryPolicy policy;
    policy.maxAttempts = 6; // 10% faults per request: six attempts make a lost page ~1e-6
    policy.baseDelayMs = 50;
    policy.maxDelayMs = 1000;
    client.setRetryPolicy(policy);
    Debug debug(url);
    Report report;
    const int rc = mode == QLatin1String("list")
                       ? runList(client, debug, report)
                       : runRent(client, debug, report, parser.value(attemptsOption).toInt(),
                                 parser.value(rentAnyOption).toInt(), parser.value(faultsOption));
    if (parser.isSet(reportOption)) {
        QFile file(parser.value(reportOption));
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            file.write((report.lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")).toUtf8());
        }
    }
    return rc;
}
