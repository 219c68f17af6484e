// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkjob.h"
#include "cliapp.h"
#include "cliconnection.h"
#include "commands.h"
#include "inventorystore.h"
#include "jsonwriters.h"
#include "numberlist.h"
#include "numbersclient.h"
#include "rentsteps.h"
#include "outputstream.h"
#include "recordprinter.h"
#include "records.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

// `bulk rent | update | release | emergency-deprovision`: the selection (FILE, the mirror's filters, or a search), the preview with its
// totals, the confirmation, and the job (bulkjob.cpp runs it through the ActionPipeline).
namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::BulkCommands)
};

// The numbers of --from-file; false (the run ended, every unusable line listed) when a line is not a number.
bool readNumberFile(CliApp &app, const BulkStartRequest &request, QStringList *numbers)
{
    QFile file(request.fromFile);
    if (!file.open(QIODevice::ReadOnly)) {
        app.usageError(Text::tr("cannot read %1: %2").arg(request.fromFile, file.errorString()));
        return false;
    }
    const NumberList list = NumberList::parse(QString::fromUtf8(file.readAll()), request.fileRegion);
    if (!list.isOk()) {
        for (const NumberList::Problem &p : list.problems) {
            app.note(Text::tr("%1:%2: '%3': %4").arg(request.fromFile).arg(p.line).arg(p.text, p.reason));
        }
        app.usageError(Text::tr("%n line(s) of %1 are not usable phone numbers: nothing was started", nullptr,
                                int(list.problems.size()))
                           .arg(request.fromFile));
        return false;
    }
    if (list.numbers.isEmpty()) {
        app.usageError(Text::tr("%1 holds no phone numbers: nothing was started").arg(request.fromFile));
        return false;
    }
    *numbers = list.numbers;
    return true;
}

std::shared_ptr<InventoryStore> openMirror(CliApp &app)
{
    const Result<QString, Failure> mirror = CliConnection::mirrorPath(app.options(), app.environment());
    if (!mirror) {
        app.usageError(mirror.error().message);
        return nullptr;
    }
    const QString path = mirror.value();
    if (!QFileInfo::exists(path)) {
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

QString price(const Money &money, int months)
{
    if (money.isEmpty()) {
        return Text::tr("unknown");
    }
    return months > 0 ? Text::tr("%1 every %2").arg(money.toDisplayString(), Records::interval(months))
                      : money.toDisplayString();
}

QString changeText(JobKind kind, const StepPreview &row)
{
    switch (kind) {
    case JobKind::Update: {
        if (row.nothingToChange) {
            return Text::tr("already so: nothing to send");
        }
        QStringList parts;
        for (const FieldChange &change : row.changes) {
            parts << change.toDisplayText();
        }
        return parts.join(QStringLiteral("; "));
    }
    case JobKind::Release:
        return Text::tr("release: stops %1").arg(price(row.recurringPrice, row.paymentIntervalMonths));
    case JobKind::Rent:
        return Text::tr("rent: setup %1, then %2")
            .arg(row.setupPrice.isEmpty() ? Text::tr("unknown") : row.setupPrice.toDisplayString(),
                 price(row.recurringPrice, row.paymentIntervalMonths));
    case JobKind::EmergencyDeprovision:
        break;
    }
    return row.changes.isEmpty() ? Text::tr("remove the emergency address")
                                 : Text::tr("remove the emergency address: %1").arg(row.changes.constFirst().from);
}

QStringList totalLines(const JobPreview &preview)
{
    QStringList lines;
    if (!preview.setup.isEmpty()) {
        lines << Text::tr("  Setup prices: %1").arg(totalsText(preview.setup, true));
    }
    if (!preview.recurringStart.isEmpty()) {
        lines << Text::tr("  Recurring prices that start: %1").arg(totalsText(preview.recurringStart));
    }
    if (!preview.recurringStop.isEmpty()) {
        lines << Text::tr("  Recurring prices that stop: %1").arg(totalsText(preview.recurringStop));
    }
    if (preview.nothingToChange > 0) {
        lines << Text::tr("  %n number(s) already have these settings: nothing is sent for them.", nullptr,
                          preview.nothingToChange);
    }
    return lines;
}

QString headline(JobKind kind, int count)
{
    switch (kind) {
    case JobKind::Rent:
        return Text::tr("Renting %n number(s) (billable).", nullptr, count);
    case JobKind::Update:
        return Text::tr("Updating %n number(s).", nullptr, count);
    case JobKind::Release:
        return Text::tr("Releasing %n number(s) at the end of their paid periods. This cannot be undone.", nullptr,
                        count);
    case JobKind::EmergencyDeprovision:
        break;
    }
    return Text::tr("Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch "
                    "address.",
                    nullptr, count);
}

void printDryRun(CliApp &app, const JobSpec &spec, const QList<JobStep> &steps, const JobPreview &preview)
{
    const QList<Column> columns = {{QStringLiteral("phoneNumber"), Text::tr("Number"), 16},
                                   {QStringLiteral("change"), Text::tr("What happens"), 70}};
    app.printer().beginList(columns, QStringLiteral("items"), true);
    for (const StepPreview &row : preview.steps) {
        Record record;
        record.cells = {row.phoneNumber, changeText(spec.kind, row)};
        QJsonObject json{{QStringLiteral("phoneNumber"), row.phoneNumber},
                         {QStringLiteral("change"), changeText(spec.kind, row)}};
        if (!row.setupPrice.isEmpty()) {
            json.insert(QStringLiteral("setupPrice"), json::toJson(row.setupPrice));
        }
        if (!row.recurringPrice.isEmpty()) {
            json.insert(QStringLiteral("recurringPrice"), json::toJson(row.recurringPrice));
            json.insert(QStringLiteral("paymentIntervalMonths"), row.paymentIntervalMonths);
        }
        record.json = json;
        app.printer().addRow(record);
    }
    app.printer().endList();
    app.note(headline(spec.kind, int(steps.size())));
    for (const QString &line : totalLines(preview)) {
        app.note(line);
    }
    app.note(Text::tr("Dry run: nothing was sent."));
    app.finish(ExitCode::Success);
}

// Creates the job, prints its id first on standard error, asks for confirmation and runs it.
void startJob(CliApp &app, const BulkStartRequest &request, const QList<JobStep> &steps, const QStringList &notes)
{
    const JobPreview preview = previewJob(request.spec, steps);
    if (request.dryRun) {
        for (const QString &line : notes) {
            app.note(line);
        }
        printDryRun(app, request.spec, steps, preview);
        return;
    }
    const std::shared_ptr<JobJournal> journal = BulkJob::openJournal(app);
    if (!journal) {
        return;
    }
    const QString id = journal->create(request.spec, app.options().profileName, app.projectId(), steps);
    if (id.isEmpty() || !journal->lock(id)) {
        app.fail(ExitCode::Failure, journal->errorString());
        return;
    }
    app.note(Text::tr("Job ID: %1").arg(id));
    for (const QString &line : notes) {
        app.note(line);
    }
    QString text = headline(request.spec.kind, int(steps.size()));
    const int shown = qMin<int>(10, int(preview.steps.size()));
    for (int i = 0; i < shown; ++i) {
        text += QStringLiteral("\n  %1  %2").arg(preview.steps.at(i).phoneNumber,
                                                changeText(request.spec.kind, preview.steps.at(i)));
    }
    if (preview.steps.size() > shown) {
        text += QLatin1Char('\n') + Text::tr("  … and %n more ('--dry-run' lists them all).", nullptr,
                                             int(preview.steps.size()) - shown);
    }
    for (const QString &line : totalLines(preview)) {
        text += QLatin1Char('\n') + line;
    }
    if (!app.confirmCount(text, int(steps.size()))) {
        journal->setState(id, JobInfo::State::Cancelled);
        journal->unlock(id);
        return;
    }
    journal->unlock(id); // the runner takes it again
    BulkJob::run(app, journal, id, request.spec.concurrency);
}

// emergency-deprovision: each number's address is read first (4 at a time), so the preview shows what is
// removed and the activity log keeps it; numbers without one are listed and left out (nothing to remove), as
// are numbers whose address cannot be read.
struct AddressReads
{
    QList<JobStep> steps;
    QStringList notes;
    int next = 0;
    int inFlight = 0;
};

void readNextAddress(CliApp &app, const BulkStartRequest &request, const std::shared_ptr<AddressReads> &reads)
{
    while (reads->inFlight < 4 && reads->next < reads->steps.size()) {
        const int index = reads->next++;
        ++reads->inFlight;
        const QString number = reads->steps.at(index).phoneNumber;
        app.client()->getEmergencyAddress(number, &app, [&app, request, reads, index,
                                                         number](const Result<EmergencyAddress> &address) {
            --reads->inFlight;
            JobStep &step = reads->steps[index];
            step.subject = {};
            if (address && !address.value().isEmpty()) {
                step.subject = json::toJson(address.value());
            } else if (address || address.error().isNotFoundAbout(QStringLiteral("EmergencyAddress"))) {
                reads->notes << Text::tr("%1 has no emergency address: nothing to remove; left out.").arg(number);
            } else {
                reads->notes << Text::tr("%1: the emergency address could not be read (%2); left out.")
                                    .arg(number, address.error().userMessage);
            }
            readNextAddress(app, request, reads);
        });
    }
    if (reads->inFlight > 0 || reads->next < reads->steps.size()) {
        return;
    }
    app.progress(QString());
    QList<JobStep> steps;
    for (JobStep step : std::as_const(reads->steps)) {
        if (!step.subject.isEmpty()) {
            step.index = int(steps.size());
            steps.append(step);
        }
    }
    if (steps.isEmpty()) {
        for (const QString &line : std::as_const(reads->notes)) {
            app.note(line);
        }
        app.note(Text::tr("None of these numbers has an emergency address: nothing was started."));
        app.finish(ExitCode::DoneByOther);
        return;
    }
    startJob(app, request, steps, reads->notes);
}

// update, release, emergency-deprovision: the numbers come from the mirror (the last sync, plus NumberDesk's own changes since).
void startFromMirror(CliApp &app, const BulkStartRequest &request)
{
    QStringList wanted;
    if (!request.fromFile.isEmpty() && !readNumberFile(app, request, &wanted)) {
        return;
    }
    const std::shared_ptr<InventoryStore> mirror = openMirror(app);
    if (!mirror) {
        return;
    }
    const QList<ActiveNumber> all = mirror->numbers();
    QList<ActiveNumber> selected;
    if (request.fromFile.isEmpty()) {
        for (const ActiveNumber &n : all) {
            if (request.filter.matches(n)) {
                selected.append(n);
            }
        }
    } else {
        QHash<QString, int> byNumber;
        for (int i = 0; i < all.size(); ++i) {
            byNumber.insert(all.at(i).phoneNumber, i);
        }
        QStringList missing;
        for (const QString &n : std::as_const(wanted)) {
            const auto it = byNumber.constFind(n);
            if (it == byNumber.constEnd()) {
                missing.append(n);
            } else {
                selected.append(all.at(*it));
            }
        }
        if (!missing.isEmpty()) {
            for (const QString &n : std::as_const(missing)) {
                app.note(Text::tr("%1: not one of your numbers in the local inventory").arg(n));
            }
            app.usageError(Text::tr("%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run "
                                    "'numberdesk-cli inventory sync' if they were rented since the last sync.",
                                    nullptr, int(missing.size()))
                               .arg(request.fromFile, mirror->filePath()));
            return;
        }
    }
    if (selected.isEmpty()) {
        app.fail(ExitCode::Usage, Text::tr("no numbers of the local inventory match: nothing was started"));
        return;
    }
    QList<JobStep> steps;
    for (int i = 0; i < selected.size(); ++i) {
        JobStep step;
        step.index = i;
        step.phoneNumber = selected.at(i).phoneNumber;
        step.subject = json::toJson(selected.at(i));
        steps.append(step);
    }
    QStringList notes;
    if (const auto last = mirror->lastSync()) {
        notes << Text::tr("Selected from the local inventory synced %1.").arg(Records::dateTime(last->finishedAt));
    }
    if (request.spec.kind == JobKind::EmergencyDeprovision) {
        auto reads = std::make_shared<AddressReads>();
        reads->steps = steps;
        reads->notes = notes;
        app.progress(Text::tr("Reading the emergency addresses of %n number(s)...", nullptr, int(steps.size())));
        readNextAddress(app, request, reads);
        return;
    }
    startJob(app, request, steps, notes);
}

// `chosen`: the offers within the count and the cap; `leftOut`: offers the cap left out.
void startRent(CliApp &app, const BulkStartRequest &request, const QList<AvailableNumber> &chosen, int leftOut,
               QStringList notes)
{
    if (leftOut > 0) {
        if (!request.fromFile.isEmpty()) {
            app.fail(ExitCode::Usage, Text::tr("the numbers of %1 cost more than --max-recurring %2 in total: nothing "
                                               "was started")
                                          .arg(request.fromFile, request.maxRecurring->toString(2)));
            return;
        }
        notes << Text::tr("%n offer(s) left out to stay within --max-recurring %1.", nullptr, leftOut)
                     .arg(request.maxRecurring->toString(2));
    }
    if (chosen.isEmpty()) {
        app.fail(ExitCode::Usage, Text::tr("no number can be rented: nothing was started"));
        return;
    }
    if (request.fromFile.isEmpty() && chosen.size() < request.count) {
        notes << Text::tr("Only %1 of the %2 numbers asked for are on offer.").arg(chosen.size()).arg(request.count);
    }
    const QList<JobStep> steps = RentSteps::fromOffers(chosen);
    if (!request.fromFile.isEmpty()) {
        startJob(app, request, steps, notes);
        return;
    }
    // N matching numbers: the job searches again (same criteria, within the cap) when offers are taken.
    BulkStartRequest withTarget = request;
    withTarget.spec.rentTarget = RentTarget{request.search, request.count, request.maxRecurring};
    startJob(app, withTarget, steps, notes);
}

} // namespace

void run(CliApp &app, const BulkStartRequest &request)
{
    if (request.spec.kind != JobKind::Rent) {
        startFromMirror(app, request);
        return;
    }
    if (!request.fromFile.isEmpty()) {
        // Each number is checked first (still on offer, and at what price); those already gone or already ours
        // are listed and left out.
        QStringList numbers;
        if (!readNumberFile(app, request, &numbers)) {
            return;
        }
        RentSteps::check(app.client(), numbers, &app, [&app, request](const RentSteps &checked) {
            const OfferChoice choice = chooseOffers(checked.offers, 0, request.maxRecurring);
            startRent(app, request, choice.chosen, choice.leftOutByCap, checked.leftOut);
        });
        return;
    }
    RentSteps::search(app.client(), RentTarget{request.search, request.count, request.maxRecurring}, &app,
                      [&app, request](const RentSteps &found) {
                          if (found.error.isError()) {
                              app.apiFailure(found.error);
                              return;
                          }
                          startRent(app, request, found.offers, found.leftOutByCap, {});
                      });
}

} // namespace nd::cli
