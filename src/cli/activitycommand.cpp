// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"
#include "cliapp.h"
#include "commands.h"
#include "outputstream.h"
#include "recordprinter.h"

#include <QCoreApplication>

namespace nd::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::ActivityCommand)
};

} // namespace

// `activity`: the local activity log, no connection needed. CSV and JSON are the log's own exports (every
// field); the table shows what a person scans: when, what, on which numbers, what changed, the cost effect and
// the outcome.
void run(CliApp &app, const ActivityRequest &request)
{
    AuditLog *log = app.auditLog();
    if (!log->open()) {
        app.fail(ExitCode::Failure, Text::tr("the activity log cannot be read: %1").arg(log->errorString()));
        return;
    }
    if (app.format() == OutputFormat::Csv || app.format() == OutputFormat::Json) {
        app.printer().flush();
        OutputStreamDevice out(app.printer().stream());
        const bool ok = app.format() == OutputFormat::Csv ? log->exportCsv(&out, request.filter)
                                                          : log->exportJson(&out, request.filter);
        if (app.outputFailed()) {
            return;
        }
        if (!ok) {
            app.fail(ExitCode::Failure, Text::tr("the activity log could not be exported: %1").arg(log->errorString()));
            return;
        }
        app.finish(ExitCode::Success);
        return;
    }
    const QList<AuditRecord> records = log->records(request.filter);
    const QList<Column> columns = {
        {QStringLiteral("id"), Text::tr("Id"), 5},
        {QStringLiteral("startedAt"), Text::tr("Started"), 19},
        {QStringLiteral("operation"), Text::tr("Operation"), 16},
        {QStringLiteral("numbers"), Text::tr("Numbers"), 16},
        {QStringLiteral("changes"), Text::tr("Changes"), 32},
        {QStringLiteral("costEffect"), Text::tr("Cost effect"), 28},
        {QStringLiteral("outcome"), Text::tr("Outcome"), 14},
        {QStringLiteral("detail"), Text::tr("Reason"), 40},
    };
    app.printer().beginList(columns, QStringLiteral("activity"), false);
    for (const AuditRecord &r : records) {
        Record row;
        row.cells = {QString::number(r.id), r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     r.operationText(),     r.numbers.join(QLatin1Char(' ')),
                     r.changesText(),       r.costEffect().displayText(),
                     r.outcomeText(),       r.detail};
        app.printer().addRow(row);
    }
    app.printer().endList();
    if (records.isEmpty()) {
        app.note(Text::tr("No recorded actions match (activity log: %1).").arg(log->filePath()));
    }
    app.finish(ExitCode::Success);
}

} // namespace nd::cli
