// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandrequest.h"

// The commands of numberdesk-cli, one function per request type. Each runs asynchronously and ends the run
// through CliApp (finish, fail, reportOutcome). Reads live in readcommands.cpp, the activity log in
// activitycommand.cpp, the callback tools (verify, listen, send-test) in callbackcommands.cpp, billable and
// destructive actions (all through the ActionPipeline) in billablecommands.cpp, bulk jobs in bulkcommands.cpp and
// bulkjob.cpp.
namespace nd::cli {

class CliApp;

void runCommand(CliApp &app, const CommandRequest &request);

void run(CliApp &app, const RegionsRequest &request);
void run(CliApp &app, const SearchRequest &request);
void run(CliApp &app, const CheckRequest &request);
void run(CliApp &app, const ListRequest &request);
void run(CliApp &app, const GetRequest &request);
void run(CliApp &app, const EmergencyGetRequest &request);
void run(CliApp &app, const EmergencyValidateRequest &request);
void run(CliApp &app, const CallbacksGetRequest &request);
void run(CliApp &app, const CallbacksVerifyRequest &request);
void run(CliApp &app, const CallbacksListenRequest &request);
void run(CliApp &app, const CallbacksSendTestRequest &request);
void run(CliApp &app, const ActivityRequest &request);
void run(CliApp &app, const InventorySyncRequest &request);
void run(CliApp &app, const InventoryListRequest &request);
void run(CliApp &app, const InventoryDiffRequest &request);
void run(CliApp &app, const InventoryStatusRequest &request);
void run(CliApp &app, const InventoryReportRequest &request);

void run(CliApp &app, const RentRequest &request);
void run(CliApp &app, const RentAnyCommand &request);
void run(CliApp &app, const UpdateRequest &request);
void run(CliApp &app, const ReleaseRequest &request);
void run(CliApp &app, const EmergencyProvisionRequest &request);
void run(CliApp &app, const EmergencyDeprovisionRequest &request);
void run(CliApp &app, const CallbacksSetRequest &request);

void run(CliApp &app, const BulkStartRequest &request);
void run(CliApp &app, const BulkStatusRequest &request);
void run(CliApp &app, const BulkResumeRequest &request);
void run(CliApp &app, const BulkCancelRequest &request);

} // namespace nd::cli
