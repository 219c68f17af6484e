// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nd::cli {

// Process exit codes (in --help, README, docs/cli.md and the man page).
enum class ExitCode : int {
    Success = 0,
    Failure = 1,          // anything else (sandbox failed to start, unreadable profile file, ...)
    Usage = 2,            // bad command line, bad number, missing credentials, insecure URL
    Api = 3,              // HTTP 4xx/5xx or an unparseable response
    Network = 4,          // connection, TLS or timeout
    NotConfirmed = 5,     // no --yes and no terminal, or the answer was not "yes"; nothing was changed
    Unknown = 6,          // a billable/destructive call's outcome could not be determined: check before retrying
    AuditUnavailable = 7, // the activity log cannot be written: the billable/destructive call was not sent
    DoneByOther = 8,      // the wanted state was already there, or someone else made it (nothing charged to this run)
    InvalidSignature = 9, // callbacks verify: the signature does not match
    OutputFailed = 10,    // standard output could not be written (disk full, closed, broken pipe)
    JobIncomplete = 11,   // a bulk job ended with numbers not done, or was paused or cancelled
    Interrupted = 130,    // SIGINT (Ctrl+C); an action in flight was settled first
};

} // namespace nd::cli
