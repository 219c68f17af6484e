// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumberwalker.h"
#include "cliapp.h"
#include "commands.h"
#include "numbersclient.h"
#include "recordprinter.h"
#include "records.h"

#include <QCoreApplication>

#include <limits>

namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::ReadCommands)
};

void listAll(CliApp &app, const ListRequest &request)
{
    auto *walker = new ActiveNumberWalker(app.client(), request.query, &app);
    const bool json = app.format() == OutputFormat::Json;
    app.printer().beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), true);
    app.printer().flush();
    app.setInterruptHandler([walker] { walker->cancel(); });
    QObject::connect(walker, &ActiveNumberWalker::pageReceived, &app,
                     [&app, walker, json](const QList<ActiveNumber> &numbers) {
                         for (const ActiveNumber &n : numbers) {
                             app.printer().addRow(Records::activeNumber(n, json));
                         }
                         // A reader that went away (| head) or a full disk stops the walk at once.
                         if (!app.printer().flush() && app.outputFailed()) {
                             walker->cancel();
                         }
                     });
    if (app.stderrIsTerminal()) {
        QObject::connect(walker, &ActiveNumberWalker::progress, &app, [&app](qint64 fetched, qint64 total) {
            // %n is the total (or the count so far): the plural form follows the number it counts.
            const auto plural = [](qint64 n) { return int(qMin<qint64>(n, std::numeric_limits<int>::max())); };
            app.progress(total >= 0 ? Text::tr("Fetched %1 of %n numbers...", nullptr, plural(total)).arg(fetched)
                                    : Text::tr("Fetched %n numbers...", nullptr, plural(fetched)));
        });
    }
    QObject::connect(walker, &ActiveNumberWalker::finished, &app, [&app, walker](const ApiError &error) {
        walker->deleteLater();
        app.setInterruptHandler(nullptr);
        if (app.isFinished()) {
            return;
        }
        app.progress(QString());
        // Close the list either way so a JSON consumer sees a well-formed document; the exit code says whether
        // it is complete.
        app.printer().endList();
        if (error.isError()) {
            app.apiFailure(error);
            return;
        }
        app.finish(ExitCode::Success);
    });
    walker->start();
}

} // namespace

void runCommand(CliApp &app, const CommandRequest &request)
{
    std::visit([&app](const auto &r) { run(app, r); }, request);
}

void run(CliApp &app, const RegionsRequest &request)
{
    app.client()->listAvailableRegions(request.types, &app, [&app](const Result<QList<AvailableRegion>> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        app.printer().beginList(Records::regionColumns(), QStringLiteral("availableRegions"), false);
        for (const AvailableRegion &r : result.value()) {
            app.printer().addRow(Records::region(r));
        }
        app.printer().endList();
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const SearchRequest &request)
{
    app.client()->searchAvailableNumbers(request.query, &app, [&app](const Result<QList<AvailableNumber>> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        app.printer().beginList(Records::availableNumberColumns(), QStringLiteral("availableNumbers"), false);
        for (const AvailableNumber &n : result.value()) {
            app.printer().addRow(Records::availableNumber(n));
        }
        app.printer().endList();
        if (result.value().isEmpty() && app.format() == OutputFormat::Table) {
            app.note(Text::tr("No available numbers match."));
        }
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const CheckRequest &request)
{
    app.client()->getAvailableNumber(request.number, &app, [&app](const Result<AvailableNumber> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        app.printer().printSingle(Records::availableNumberColumns(), Records::availableNumber(result.value()));
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const ListRequest &request)
{
    if (request.all) {
        listAll(app, request);
        return;
    }
    app.client()->listActiveNumbers(request.query, &app, [&app](const Result<ActiveNumbersPage> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        const ActiveNumbersPage &page = result.value();
        app.printer().beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), false);
        for (const ActiveNumber &n : page.activeNumbers) {
            app.printer().addRow(Records::activeNumber(n, app.format() == OutputFormat::Json));
        }
        QJsonObject trailer;
        trailer.insert(QStringLiteral("nextPageToken"), page.nextPageToken);
        if (page.totalSize >= 0) {
            trailer.insert(QStringLiteral("totalSize"), page.totalSize);
        }
        app.printer().endList(trailer);
        if (page.hasNextPage() && app.format() != OutputFormat::Json) {
            app.note(Text::tr("More numbers follow: add --page-token %1 (or use --all).").arg(page.nextPageToken));
        }
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const GetRequest &request)
{
    app.client()->getActiveNumber(request.number, &app, [&app](const Result<ActiveNumber> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        app.printer().printSingle(Records::activeNumberColumns(), Records::activeNumber(result.value()));
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const EmergencyGetRequest &request)
{
    const QString number = request.number;
    app.client()->getEmergencyAddress(number, &app, [&app, number](const Result<EmergencyAddress> &result) {
        // docs/api.md §4.9: "none provisioned" comes as a 404 about the address, or as an all-empty object.
        const bool none =
            result ? result.value().isEmpty() : result.error().isNotFoundAbout(QStringLiteral("EmergencyAddress"));
        if (none) {
            if (app.format() == OutputFormat::Json) {
                app.printer().printSingle(Records::emergencyAddressColumns(),
                                          Records::emergencyAddress(number, EmergencyAddress()));
            }
            app.note(Text::tr("No emergency address is provisioned for %1.").arg(number));
            app.finish(ExitCode::Success);
            return;
        }
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        app.printer().printSingle(Records::emergencyAddressColumns(),
                                  Records::emergencyAddress(number, result.value()));
        app.finish(ExitCode::Success);
    });
}

void run(CliApp &app, const EmergencyValidateRequest &request)
{
    app.client()->validateEmergencyAddress(
        request.number, request.address, &app, [&app](const Result<ValidateEmergencyAddressResponse> &result) {
            if (!result) {
                app.apiFailure(result.error());
                return;
            }
            app.printer().printSingle(Records::validationColumns(), Records::validation(result.value()));
            app.finish(ExitCode::Success);
        });
}

void run(CliApp &app, const CallbacksGetRequest &)
{
    app.client()->getCallbackConfiguration(&app, [&app](const Result<CallbackConfiguration> &result) {
        if (!result) {
            app.apiFailure(result.error());
            return;
        }
        // Printing the secret is this command's purpose; it is never logged.
        app.printer().printSingle(Records::callbackColumns(true), Records::callbackConfiguration(result.value(), true));
        app.finish(ExitCode::Success);
    });
}

} // namespace nd::cli
