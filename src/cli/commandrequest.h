// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditrecord.h"
#include "commandline.h"
#include "connectionsettings.h"
#include "inventoryfilter.h"
#include "jobspec.h"
#include "recordprinter.h"
#include "requests.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <variant>

// The typed result of parsing numberdesk-cli's command line: the global options and one request per command,
// every value already validated (E.164 numbers, enums, ranges, URLs). Built by RequestParser without touching
// the network, the terminal or a file, so every rule is unit-tested without a subprocess.
namespace nd::cli {

// Where a secret comes from. Only `Argument` puts it in the process arguments (visible in ps): it is accepted
// with a warning. Stdin and File are read when the command runs.
struct SecretSource
{
    enum class Kind { None, Argument, Stdin, File };
    Kind kind = Kind::None;
    QString value; // Argument: the secret; File: the path
    bool isSet() const { return kind != Kind::None; }
};

struct SandboxSettings
{
    bool enabled = false;
    quint32 seed = 1;
    int activeCount = 25;
    QString statePath;
    QString faults;
    int latencyMs = 0;
};

struct GlobalOptions
{
    OutputFormat format = OutputFormat::Table;
    bool verbose = false;
    bool yes = false;
    QString profileName;
    SandboxSettings sandbox;
    std::optional<int> timeoutMs;
    int readAttempts = 4;
    std::optional<AuthMethod> auth;
    std::optional<QUrl> numbersUrl;
    std::optional<QUrl> authUrl;
    std::optional<QString> projectId;
    std::optional<QString> keyId;
    SecretSource keySecret;
    QString caBundle;  // option, else NUMBERDESK_CA_BUNDLE
    QString auditPath; // option, else NUMBERDESK_AUDIT_LOG
    QString inventoryPath; // --inventory-db; empty: InventoryStore::mirrorPath decides
};

struct RegionsRequest
{
    QList<NumberType> types;
};
struct SearchRequest
{
    AvailableNumberQuery query;
};
struct CheckRequest
{
    QString number;
};
struct RentRequest
{
    QString number;
    NumberConfiguration configuration;
};
struct RentAnyCommand
{
    RentAnyRequest request;
};
struct ListRequest
{
    ActiveNumberQuery query;
    bool all = false;
};
struct GetRequest
{
    QString number;
};
// The wanted settings as given; unset = unchanged. They become an update plan once the number's current
// settings are known (a campaign not given stays as it is when the service plan stays the same).
struct UpdateRequest
{
    QString number;
    std::optional<QString> displayName;
    std::optional<QString> servicePlanId;           // "" unlinks
    std::optional<QString> campaignId;              // "" unlinks
    std::optional<VoiceConfigurationRequest> voice; // id "" unlinks
    std::optional<QString> callbackUrl;             // "" removes
};
struct ReleaseRequest
{
    QString number;
};
struct EmergencyGetRequest
{
    QString number;
};
struct EmergencyProvisionRequest
{
    QString number;
    EmergencyAddressRequest address;
};
struct EmergencyValidateRequest
{
    QString number;
    EmergencyAddressRequest address;
};
struct EmergencyDeprovisionRequest
{
    QString number;
};
struct CallbacksGetRequest
{
};
struct CallbacksSetRequest
{
    SecretSource secret;
};
// callbacks verify: the raw body from a file, the header value, the secret (and the previous one during a rotation).
struct CallbacksVerifyRequest
{
    QString bodyFile;
    QString signature;
    SecretSource secret;
    SecretSource previousSecret; // File or None
};
// callbacks listen: a receiver on 127.0.0.1 (port 0: any free one); stops after `count` callbacks when set.
struct CallbacksListenRequest
{
    quint16 port = 0;
    std::optional<int> count;
};
// callbacks send-test: a signed sample event POSTed to `url`.
struct CallbacksSendTestRequest
{
    QUrl url;
    QString eventType;
    QString status;
    QString number;
};
struct ActivityRequest
{
    AuditFilter filter;
};
struct InventorySyncRequest
{
    std::optional<int> concurrency; // --concurrency; else the profile's setting
};
struct InventoryListRequest
{
    InventoryFilter filter;
    InventorySort sort = InventorySort::PhoneNumber;
};
struct InventoryDiffRequest
{
};
struct InventoryStatusRequest
{
};
struct InventoryReportRequest
{
    QString currency; // empty: every currency
};

// bulk rent | update | release: the selection (FILE, the mirror's filters, or a search for rent) and the job's
// parameters. FILE is read when the command runs.
struct BulkStartRequest
{
    JobSpec spec;
    QString fromFile;
    QString fileRegion;
    InventoryFilter filter;     // update, release: which numbers of the mirror
    AvailableNumberQuery search; // rent without FILE
    int count = 0;               // rent without FILE
    std::optional<Decimal> maxRecurring;
    bool dryRun = false;
};
struct BulkStatusRequest
{
    QString jobId; // empty: every job
};
struct BulkResumeRequest
{
    QString jobId;
    std::optional<int> concurrency;
};
struct BulkCancelRequest
{
    QString jobId;
};

using CommandRequest = std::variant<RegionsRequest, SearchRequest, CheckRequest, RentRequest, RentAnyCommand,
                                    ListRequest, GetRequest, UpdateRequest, ReleaseRequest, EmergencyGetRequest,
                                    EmergencyProvisionRequest, EmergencyValidateRequest, EmergencyDeprovisionRequest,
                                    CallbacksGetRequest, CallbacksSetRequest, CallbacksVerifyRequest,
                                    CallbacksListenRequest, CallbacksSendTestRequest, ActivityRequest, InventorySyncRequest,
                                    InventoryListRequest, InventoryDiffRequest, InventoryStatusRequest,
                                    InventoryReportRequest, BulkStartRequest, BulkStatusRequest, BulkResumeRequest,
                                    BulkCancelRequest>;

// Everything one run of numberdesk-cli was asked to do.
struct Invocation
{
    QString path; // "active list"
    GlobalOptions global;
    CommandRequest command;
    // Notes for standard error that do not stop the run ("--size 1000 is above the API's maximum of 100: …").
    QStringList notes;
    // Whether the command changes the account (billable or destructive): it asks for confirmation.
    bool confirms = false;
    // Whether the command needs the API (everything but `activity`).
    bool needsConnection = true;
};

struct ParsedRequest
{
    std::optional<Invocation> invocation;
    QString usageError; // translated; set when invocation is empty
};

class RequestParser final
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::RequestParser)

public:
    // `environment` supplies NUMBERDESK_CA_BUNDLE and NUMBERDESK_AUDIT_LOG (options win).
    static ParsedRequest parse(const ParsedCommandLine &commandLine, const QHash<QString, QString> &environment);
};

// Where the --NAME, --NAME-stdin, --NAME-file trio says a secret comes from (Kind::None when none is given).
using SecretSourceReader = std::function<Result<SecretSource, Failure>(const QString &name)>;

// The three callback tools (verify, listen, send-test), parsed in callbackrequests.cpp; fails with a translated
// usage error.
Result<void, Failure> parseCallbackTool(const ParsedCommandLine &commandLine, Invocation *invocation,
                                        const SecretSourceReader &secretSource);

} // namespace nd::cli
