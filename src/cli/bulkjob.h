// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcode.h"
#include "jobjournal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// What the `bulk` commands share: the job journal, running a job with progress and Ctrl+C (pause), and printing
// a job's per-number states (table, CSV, or the JSON of `bulk status JOB --format json`).
namespace nd::cli {

class CliApp;

namespace BulkJob {

// NUMBERDESK_JOBS_DB, else JobJournal::defaultPath().
QString journalPath(const CliApp &app);
// Opens the journal; ends the run (and returns nullptr) when that fails.
std::shared_ptr<JobJournal> openJournal(CliApp &app);

// Runs (or resumes) the job through the app's pipeline, then prints its per-number results and ends the run with
// jobExitCode(). Ctrl+C pauses it (the steps in flight finish); `bulk resume JOB` goes on.
void run(CliApp &app, const std::shared_ptr<JobJournal> &journal, const QString &jobId,
         std::optional<int> concurrency, const QStringList &notesAfterStart = {});

// Prints one job's per-number states to standard output and a summary line on standard error.
void print(CliApp &app, const JobInfo &info, const QList<JobStep> &steps);

// 0 when every number is done (or was already so), 6 when an outcome is unknown, 11 when numbers are not done,
// or the job was paused, cancelled or interrupted. A rent of N matching numbers: 0 when N were rented.
ExitCode jobExitCode(const JobInfo &info);

QString summary(const JobInfo &info);

} // namespace BulkJob

} // namespace nd::cli
