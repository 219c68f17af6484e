// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "cliconnection.h"
#include "commands.h"
#include "inventoryreport.h"
#include "inventoryreportformat.h"
#include "inventorystore.h"
#include "inventorysync.h"
#include "outputstream.h"
#include "recordprinter.h"
#include "records.h"
#include "textwidth.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

// `inventory sync | list | diff | status | report`: the local mirror of the connection's numbers (src/inventory). Only
// sync uses the network; the others read the mirror file.
namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::InventoryCommands)
};

// Opens the connection's mirror; ends the run (and returns nullptr) when that fails.
std::shared_ptr<InventoryStore> openMirror(CliApp &app, bool mustExist)
{
    const Result<QString, Failure> mirror = CliConnection::mirrorPath(app.options(), app.environment());
    if (!mirror) {
        app.usageError(mirror.error().message);
        return nullptr;
    }
    const QString path = mirror.value();
    if (mustExist && !QFileInfo::exists(path)) {
        app.fail(ExitCode::Failure, Text::tr("there is no local inventory yet at %1: run 'numberdesk-cli inventory "
                                             "sync' first (with the same connection options)")
                                        .arg(path));
        return nullptr;
    }
    auto store = std::make_shared<InventoryStore>(path);
    if (!store->open()) {
        app.fail(ExitCode::Failure, store->errorString());
        return nullptr;
    }
    return store;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// "EUR 12.50, USD 3.00"; "—" when there is nothing.
QString amountsText(const CurrencySums &sums)
{
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        parts << it.key() + QLatin1Char(' ') + it.value().toString(2);
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QLatin1String(", "));
}

// The report as aligned text for people: totals, groups, the 12 months, then the attention lists.
QByteArray reportTable(const InventoryReport &r)
{
    QString out;
    const auto line = [&out](const QStringList &cells, const QList<int> &widths) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? TextWidth::fitted(cells.at(i), widths.value(i)) + QLatin1String("  ")
                                         : TextWidth::sanitized(cells.at(i));
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        out += text + QLatin1Char('\n');
    };
    out += Text::tr("Inventory report of %1: %n number(s), %2 being released", nullptr, int(r.total))
               .arg(Records::dateTime(r.asOf))
               .arg(r.releasing)
           + QLatin1Char('\n');
    if (!r.currency.isEmpty()) {
        out += Text::tr("Only the numbers priced in %1.").arg(r.currency) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + Text::tr("Run-rate per month (numbers not being released): %1").arg(amountsText(r.runRate))
           + QLatin1Char('\n');
    out += Text::tr("Charges that stop with the releases (per month): %1").arg(amountsText(r.releasingRunRate))
           + QLatin1String("\n\n");

    const QList<int> groupWidths = {6, 10, 7};
    line({Text::tr("Region"), Text::tr("Type"), Text::tr("Numbers"), Text::tr("Run-rate per month")}, groupWidths);
    for (const InventoryReport::Group &g : r.groups) {
        line({g.regionCode, g.type.wire(), QString::number(g.count).rightJustified(7), amountsText(g.runRate)},
             groupWidths);
    }
    out += QLatin1Char('\n');
    line({Text::tr("Month"), Text::tr("Due")}, {7});
    for (const InventoryReport::Month &m : r.dueByMonth) {
        line({InventoryReportFormat::monthKey(m.month), amountsText(m.amount)}, {7});
    }

    const auto list = [&out, &line](const QString &title, const QStringList &numbers, const QStringList &details) {
        out += QLatin1Char('\n') + title + QLatin1Char('\n');
        if (numbers.isEmpty()) {
            out += QLatin1String("  ") + Text::tr("none") + QLatin1Char('\n');
        }
        for (int i = 0; i < numbers.size(); ++i) {
            line({QLatin1String("  ") + numbers.at(i), details.value(i)}, {18});
        }
    };
    QStringList failureWords;
    for (const InventoryReport::Failure &f : r.provisioningFailed) {
        failureWords << f.description();
    }
    list(Text::tr("Provisioning failed (%1)").arg(r.provisioningFailed.size()), r.failedNumbers(), failureWords);
    list(Text::tr("Provisioning pending for more than an hour (%1)").arg(r.provisioningPending.size()),
         r.provisioningPending, {});
    list(Text::tr("Neither SMS nor voice linked: paid for, doing nothing (%1)").arg(r.unconfigured.size()),
         r.unconfigured, {});
    list(Text::tr("Released within 7 days (%1)").arg(r.releasingSoon.size()), r.releasingSoon, {});
    if (!r.unpriced.isEmpty()) {
        list(Text::tr("Price or payment interval unreadable, left out of the amounts (%1)").arg(r.unpriced.size()),
             r.unpriced, {});
    }
    return out.toUtf8();
}

} // namespace

void run(CliApp &app, const InventorySyncRequest &request)
{
    const std::shared_ptr<InventoryStore> store = openMirror(app, false);
    if (!store) {
        return;
    }
    auto *sync = new InventorySync(app.client(), store.get(), &app);
    InventoryWalker::Options options;
    options.maxConcurrency = request.concurrency.value_or(app.syncConcurrency());
    sync->setOptions(options);
    app.setInterruptHandler([sync] { sync->cancel(); });
    QObject::connect(sync, &InventorySync::progress, &app, [&app](qint64 fetched, qint64 expected) {
        app.progress(expected >= 0 ? Text::tr("Syncing: %1 of %2 numbers...").arg(fetched).arg(expected)
                                   : Text::tr("Syncing: %1 numbers...").arg(fetched));
    });
    QObject::connect(sync, &InventorySync::finished, &app, [&app, sync, store, concurrency = options.maxConcurrency](
                                                                const InventorySyncResult &result) {
        sync->deleteLater();
        app.setInterruptHandler(nullptr);
        app.progress(QString());
        if (app.isFinished()) {
            return;
        }
        if (!result.ok()) {
            if (result.cancelled() && app.isInterrupted()) {
                app.fail(ExitCode::Interrupted, Text::tr("interrupted: the mirror keeps its previous sync"));
            } else if (!result.storeError.isEmpty()) {
                app.fail(ExitCode::Failure, result.storeError);
            } else {
                app.apiFailure(result.apiError);
            }
            return;
        }
        const InventorySyncInfo &info = *result.info;
        Record row;
        row.cells = {QString::number(info.total), QString::number(info.added), QString::number(info.removed),
                     QString::number(info.changed), seconds(info.elapsedMs), QString::number(info.requests)};
        QJsonObject json;
        json.insert(QStringLiteral("total"), info.total);
        json.insert(QStringLiteral("added"), info.added);
        json.insert(QStringLiteral("removed"), info.removed);
        json.insert(QStringLiteral("changed"), info.changed);
        json.insert(QStringLiteral("seconds"), double(info.elapsedMs) / 1000.0);
        json.insert(QStringLiteral("requests"), info.requests);
        json.insert(QStringLiteral("concurrency"), concurrency);
        json.insert(QStringLiteral("rateLimits"), result.stats.rateLimits);
        json.insert(QStringLiteral("mirror"), store->filePath());
        row.json = json;
        const QList<Column> columns = {{QStringLiteral("total"), Text::tr("Numbers")},
                                       {QStringLiteral("added"), Text::tr("Added")},
                                       {QStringLiteral("removed"), Text::tr("Removed")},
                                       {QStringLiteral("changed"), Text::tr("Changed")},
                                       {QStringLiteral("seconds"), Text::tr("Seconds")},
                                       {QStringLiteral("requests"), Text::tr("Requests")}};
        app.printer().printSingle(columns, row);
        if (result.stats.rateLimits > 0) {
            app.note(Text::tr("The server limited the request rate %n time(s); the sync slowed down and went on.",
                              nullptr, result.stats.rateLimits));
        }
        app.finish(ExitCode::Success);
    });
    sync->start();
}

void run(CliApp &app, const InventoryListRequest &request)
{
    const std::shared_ptr<InventoryStore> store = openMirror(app, true);
    if (!store) {
        return;
    }
    QList<ActiveNumber> numbers = store->numbers();
    if (!request.filter.isEmpty()) {
        numbers.erase(std::remove_if(numbers.begin(), numbers.end(),
                                     [&](const ActiveNumber &n) { return !request.filter.matches(n); }),
                      numbers.end());
    }
    sortInventory(numbers, request.sort);
    const bool json = app.format() == OutputFormat::Json;
    app.printer().beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), true);
    for (const ActiveNumber &n : std::as_const(numbers)) {
        app.printer().addRow(Records::activeNumber(n, json));
        if (app.outputFailed()) {
            return;
        }
    }
    app.printer().endList();
    if (numbers.isEmpty() && app.format() == OutputFormat::Table) {
        app.note(Text::tr("No number in the mirror matches."));
    }
    app.finish(ExitCode::Success);
}

void run(CliApp &app, const InventoryDiffRequest &)
{
    const std::shared_ptr<InventoryStore> store = openMirror(app, true);
    if (!store) {
        return;
    }
    const InventoryDiff diff = store->lastDiff();
    if (!diff.to) {
        app.fail(ExitCode::Failure, Text::tr("the mirror has not been synced yet: run 'numberdesk-cli inventory sync'"));
        return;
    }
    if (app.format() == OutputFormat::Json) {
        QJsonArray added;
        QJsonArray removed;
        QJsonArray changed;
        for (const InventoryChange &c : diff.changes) {
            switch (c.kind) {
            case InventoryChange::Kind::Added:
                added.append(c.phoneNumber);
                break;
            case InventoryChange::Kind::Removed:
                removed.append(c.phoneNumber);
                break;
            case InventoryChange::Kind::Changed:
                changed.append(QJsonObject{{QStringLiteral("phoneNumber"), c.phoneNumber},
                                           {QStringLiteral("fields"), QJsonArray::fromStringList(c.topLevelFields())}});
                break;
            }
        }
        QJsonObject out;
        out.insert(QStringLiteral("from"), diff.from ? QJsonValue(diff.from->finishedAt.toString(Qt::ISODateWithMs))
                                                     : QJsonValue(QJsonValue::Null));
        out.insert(QStringLiteral("to"), diff.to->finishedAt.toString(Qt::ISODateWithMs));
        out.insert(QStringLiteral("added"), added);
        out.insert(QStringLiteral("removed"), removed);
        out.insert(QStringLiteral("changed"), changed);
        app.printer().stream()->write(QJsonDocument(out).toJson(QJsonDocument::Indented));
        app.finish(ExitCode::Success);
        return;
    }
    // table and csv: one row per changed field (one for an added or removed number).
    const QList<Column> columns = {{QStringLiteral("phoneNumber"), Text::tr("Number"), 15},
                                   {QStringLiteral("change"), Text::tr("Change"), 8},
                                   {QStringLiteral("field"), Text::tr("Field"), 30},
                                   {QStringLiteral("from"), Text::tr("From"), 30},
                                   {QStringLiteral("to"), Text::tr("To"), 30}};
    app.printer().beginList(columns, QStringLiteral("changes"), false);
    for (const InventoryChange &c : diff.changes) {
        if (c.kind != InventoryChange::Kind::Changed) {
            Record row;
            row.cells = {c.phoneNumber, InventoryChange::kindKey(c.kind), QString(), QString(), QString()};
            app.printer().addRow(row);
            continue;
        }
        for (const FieldChange &f : c.fields) {
            Record row;
            row.cells = {c.phoneNumber, InventoryChange::kindKey(c.kind), f.field, f.from, f.to};
            app.printer().addRow(row);
        }
    }
    app.printer().endList();
    if (app.format() == OutputFormat::Table) {
        app.note(diff.from ? Text::tr("Changes between the syncs of %1 and %2.")
                                 .arg(Records::dateTime(diff.from->finishedAt), Records::dateTime(diff.to->finishedAt))
                           : Text::tr("The first sync (%1): every number is new.").arg(Records::dateTime(diff.to->finishedAt)));
    }
    app.finish(ExitCode::Success);
}

void run(CliApp &app, const InventoryStatusRequest &)
{
    const std::shared_ptr<InventoryStore> store = openMirror(app, true);
    if (!store) {
        return;
    }
    const auto last = store->lastSync();
    Record row;
    row.cells = {last ? last->finishedAt.toString(Qt::ISODateWithMs) : QString(), QString::number(store->count()),
                 last ? QString::number(last->added) : QString(), last ? QString::number(last->removed) : QString(),
                 last ? QString::number(last->changed) : QString(), store->filePath()};
    QJsonObject json;
    json.insert(QStringLiteral("lastSync"), last ? QJsonValue(last->finishedAt.toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("numbers"), store->count());
    json.insert(QStringLiteral("syncs"), int(store->syncs(InventoryStore::KeepSyncs).size()));
    json.insert(QStringLiteral("mirror"), store->filePath());
    row.json = json;
    app.printer().printSingle({{QStringLiteral("lastSync"), Text::tr("Last sync")},
                               {QStringLiteral("numbers"), Text::tr("Numbers")},
                               {QStringLiteral("added"), Text::tr("Added")},
                               {QStringLiteral("removed"), Text::tr("Removed")},
                               {QStringLiteral("changed"), Text::tr("Changed")},
                               {QStringLiteral("mirror"), Text::tr("Mirror file")}},
                              row);
    app.finish(ExitCode::Success);
}

void run(CliApp &app, const InventoryReportRequest &request)
{
    const std::shared_ptr<InventoryStore> store = openMirror(app, true);
    if (!store) {
        return;
    }
    const QList<ActiveNumber> numbers = store->numbers();
    if (numbers.isEmpty() && store->count() > 0) { // the rows could not be read
        app.fail(ExitCode::Failure, store->errorString());
        return;
    }
    const InventoryReport report =
        InventoryReport::compute(numbers, QDateTime::currentDateTimeUtc(), request.currency);
    if (!request.currency.isEmpty() && report.total == 0 && !numbers.isEmpty()) {
        QSet<QString> seen;
        for (const ActiveNumber &n : numbers) {
            seen.insert(n.money.currencyCode);
        }
        QStringList known(seen.cbegin(), seen.cend());
        known.sort();
        app.fail(ExitCode::Failure, Text::tr("no number in the mirror is priced in %1 (its currencies: %2)")
                                        .arg(request.currency, known.join(QLatin1String(", "))));
        return;
    }
    QByteArray bytes;
    switch (app.format()) {
    case OutputFormat::Json:
        bytes = QJsonDocument(InventoryReportFormat::toJson(report)).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv:
        bytes = InventoryReportFormat::toCsv(report);
        break;
    case OutputFormat::Table:
        bytes = reportTable(report);
        break;
    }
    app.printer().stream()->write(bytes);
    if (app.outputFailed()) {
        return;
    }
    if (app.format() == OutputFormat::Table && !store->lastSync()) {
        app.note(Text::tr("The mirror has not been synced yet: run 'numberdesk-cli inventory sync'."));
    }
    app.finish(ExitCode::Success);
}

} // namespace nd::cli
