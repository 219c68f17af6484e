// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "inventorywalker.h"

#include <QCoreApplication>

namespace nd::cli {

namespace {

// lupdate sees Text::tr() with the context "nd::cli::CommandLine".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::CommandLine)
};

QList<OptionSpec> patternOptions()
{
    return {
        {QStringLiteral("pattern"), QStringLiteral("DIGITS"),
         Text::tr("Digits to look for (START patterns may begin with +country code)")},
        {QStringLiteral("search-pattern"), QStringLiteral("START|CONTAINS|END"),
         Text::tr("Where the digits must appear (needs --pattern)")},
    };
}

QList<OptionSpec> configOptions()
{
    return {
        {QStringLiteral("sms-service-plan"), QStringLiteral("ID"),
         Text::tr("Link the SMS service plan (\"\" unlinks, update only)")},
        {QStringLiteral("sms-campaign"), QStringLiteral("ID"),
         Text::tr("Link the US 10DLC campaign (needs --sms-service-plan; \"\" unlinks)")},
        {QStringLiteral("voice-rtc-app"), QStringLiteral("ID"), Text::tr("Route voice to a Voice API app (RTC)")},
        {QStringLiteral("voice-est-trunk"), QStringLiteral("ID"), Text::tr("Route voice to an Elastic SIP trunk (EST)")},
        {QStringLiteral("voice-fax-service"), QStringLiteral("ID"), Text::tr("Route voice to a Fax service (FAX)")},
        {QStringLiteral("callback-url"), QStringLiteral("URL"), Text::tr("Where provisioning events for the number go")},
    };
}

OptionSpec yesOption()
{
    return {QStringLiteral("yes"), QString(),
            Text::tr("Do not ask for confirmation (accepted, and ignored, by commands that need none)")};
}

OptionSpec regionOption(const QString &help)
{
    return {QStringLiteral("region"), QStringLiteral("CC"), help};
}

OptionSpec typeOption(const QString &help, bool repeatable = false)
{
    return {QStringLiteral("type"), QStringLiteral("MOBILE|LOCAL|TOLL_FREE"), help, repeatable};
}

OptionSpec capabilityOption(bool repeatable)
{
    return {QStringLiteral("capability"), QStringLiteral("SMS|VOICE"),
            repeatable ? Text::tr("Required capability (repeatable: all must be supported)") : Text::tr("Required capability"),
            repeatable};
}

QList<OptionSpec> addressOptions()
{
    return {
        {QStringLiteral("display-name"), QStringLiteral("TEXT"), Text::tr("Name shown to emergency services")},
        {QStringLiteral("street-number"), QStringLiteral("S"), Text::tr("Street number")},
        {QStringLiteral("street-info"), QStringLiteral("S"), Text::tr("Street name")},
        {QStringLiteral("location"), QStringLiteral("S"), Text::tr("Suite, floor, building (optional)")},
        {QStringLiteral("city"), QStringLiteral("S"), Text::tr("City")},
        {QStringLiteral("state"), QStringLiteral("S"), Text::tr("State or province (two letters in the US)")},
        {QStringLiteral("postal-code"), QStringLiteral("S"), Text::tr("Postal code")},
        {QStringLiteral("postal-code-plus-four"), QStringLiteral("S"), Text::tr("ZIP+4 suffix (optional)")},
    };
}

QList<CommandSpec> buildCommands()
{
    QList<CommandSpec> list;

    list.append({QStringLiteral("regions"), QString(), Text::tr("List the regions where numbers can be obtained"),
                 {typeOption(Text::tr("Only regions offering this type (repeatable)"), true)}});

    list.append({QStringLiteral("available"), QString(), Text::tr("Search, check and rent numbers from the inventory"), {}});
    {
        CommandSpec search{QStringLiteral("available search"), QString(), Text::tr("Search numbers you could rent"),
                           {regionOption(Text::tr("Region code, e.g. US (required)")),
                            typeOption(Text::tr("Number type (required)"))}};
        search.options += patternOptions();
        search.options.append(capabilityOption(true));
        search.options.append({QStringLiteral("size"), QStringLiteral("N"), Text::tr("At most N results")});
        list.append(search);
    }
    list.append({QStringLiteral("available check"), QStringLiteral("NUMBER"),
                 Text::tr("Check whether one number can be rented, and its price"), {}, 1, 1});
    {
        CommandSpec rent{QStringLiteral("available rent"), QStringLiteral("NUMBER"),
                         Text::tr("Rent a specific number (billable)"), configOptions(), 1, 1, true};
        list.append(rent);
    }
    {
        CommandSpec rentAny{QStringLiteral("available rent-any"), QString(),
                            Text::tr("Rent any number matching the criteria (billable; US LOCAL only)"),
                            {regionOption(Text::tr("Region code (required)")), typeOption(Text::tr("Number type (required)"))},
                            0, 0, true};
        rentAny.options += patternOptions();
        rentAny.options.append(capabilityOption(true));
        rentAny.options += configOptions();
        list.append(rentAny);
    }

    list.append({QStringLiteral("active"), QString(), Text::tr("List, inspect, update and release your numbers"), {}});
    {
        CommandSpec lst{QStringLiteral("active list"), QString(), Text::tr("List the numbers you have rented"),
                        {regionOption(Text::tr("Only this region")), typeOption(Text::tr("Only this type"))}};
        lst.options += patternOptions();
        lst.options.append(capabilityOption(false));
        lst.options.append({QStringLiteral("page-size"), QStringLiteral("N"), Text::tr("Numbers per page")});
        lst.options.append({QStringLiteral("page-token"), QStringLiteral("TOKEN"),
                            Text::tr("Continue from a previous page")});
        lst.options.append({QStringLiteral("order-by"), QStringLiteral("PHONE_NUMBER|DISPLAY_NAME"),
                            Text::tr("Sort order")});
        lst.options.append({QStringLiteral("all"), QString(),
                            Text::tr("Fetch every page (all three types unless --type is given), streaming rows")});
        list.append(lst);
    }
    list.append({QStringLiteral("active get"), QStringLiteral("NUMBER"), Text::tr("Show one rented number"), {}, 1, 1});
    {
        CommandSpec update{QStringLiteral("active update"), QStringLiteral("NUMBER"),
                           Text::tr("Change a number's name and configuration"),
                           {{QStringLiteral("display-name"), QStringLiteral("TEXT"), Text::tr("Friendly name")}},
                           1, 1, true};
        update.options += configOptions();
        list.append(update);
    }
    list.append({QStringLiteral("active release"), QStringLiteral("NUMBER"),
                 Text::tr("Release a number at the end of its paid period (cannot be undone)"), {}, 1, 1, true});

    list.append({QStringLiteral("emergency"), QString(), Text::tr("Emergency (E911) address of a number"), {}});
    list.append({QStringLiteral("emergency get"), QStringLiteral("NUMBER"), Text::tr("Show the emergency address"), {},
                 1, 1});
    {
        CommandSpec provision{QStringLiteral("emergency provision"), QStringLiteral("NUMBER"),
                              Text::tr("Store the emergency address"), addressOptions(), 1, 1, true};
        list.append(provision);
        list.append({QStringLiteral("emergency validate"), QStringLiteral("NUMBER"),
                     Text::tr("Check an address without storing it"), addressOptions(), 1, 1});
    }
    list.append({QStringLiteral("emergency deprovision"), QStringLiteral("NUMBER"),
                 Text::tr("Remove the emergency address"), {}, 1, 1, true});

    list.append({QStringLiteral("callbacks"), QString(), Text::tr("Callback (webhook) signing: the secret, and tools to receive, check and send callbacks"), {}});
    list.append({QStringLiteral("callbacks get"), QString(), Text::tr("Show the project's HMAC secret"), {}});
    list.append({QStringLiteral("callbacks set"), QString(), Text::tr("Replace the project's HMAC secret"),
                 {{QStringLiteral("hmac-secret"), QStringLiteral("SECRET"),
                   Text::tr("New secret: 32-64 characters of A-Z a-z 0-9 - (visible to other users in ps: prefer the "
                            "next two)")},
                  {QStringLiteral("hmac-secret-stdin"), QString(), Text::tr("Read the new secret from standard input")},
                  {QStringLiteral("hmac-secret-file"), QStringLiteral("FILE"),
                   Text::tr("Read the new secret from the first line of FILE (must not be readable by others)")}},
                 0, 0, true});
    list.append({QStringLiteral("callbacks verify"), QString(),
                 Text::tr("Check a callback's X-Sinch-Signature against its raw body (exit 0 valid, 9 invalid)"),
                 {{QStringLiteral("body-file"), QStringLiteral("FILE"),
                   Text::tr("The request body exactly as received (required)")},
                  {QStringLiteral("signature"), QStringLiteral("HEX"),
                   Text::tr("The X-Sinch-Signature header value (required)")},
                  {QStringLiteral("hmac-secret-stdin"), QString(), Text::tr("Read the secret from standard input")},
                  {QStringLiteral("hmac-secret-file"), QStringLiteral("FILE"),
                   Text::tr("Read the secret from the first line of FILE (must not be readable by others)")},
                  {QStringLiteral("previous-hmac-secret-file"), QStringLiteral("FILE"),
                   Text::tr("During a rotation, also accept the previous secret read from FILE")}}});
    list.append({QStringLiteral("callbacks listen"), QString(),
                 Text::tr("Receive callbacks on 127.0.0.1 and print them as JSON lines, each with its signature "
                          "verdict against the project's secret"),
                 {{QStringLiteral("port"), QStringLiteral("N"), Text::tr("Port to listen on (default: any free port)")},
                  {QStringLiteral("count"), QStringLiteral("N"), Text::tr("Stop after N callbacks")}}});
    list.append({QStringLiteral("callbacks send-test"), QString(),
                 Text::tr("POST a sample event signed with the project's secret to your endpoint and show its answer"),
                 {{QStringLiteral("url"), QStringLiteral("URL"), Text::tr("The endpoint (http or https; required)")},
                  {QStringLiteral("event"), QStringLiteral("TYPE"),
                   Text::tr("Event type (default PROVISIONING_TO_SMS_PLATFORM)")},
                  {QStringLiteral("status"), QStringLiteral("SUCCEEDED|FAILED"), Text::tr("Event status (default SUCCEEDED)")},
                  {QStringLiteral("number"), QStringLiteral("E164"), Text::tr("The number in the event (default +12025550134)")}}});
    list.append({QStringLiteral("inventory"), QString(),
                 Text::tr("The local mirror of all your numbers: sync it, then list, compare and count without the "
                          "network"),
                 {}});
    list.append({QStringLiteral("inventory sync"), QString(),
                 Text::tr("Fetch every active number into the local mirror (parallel, all types)"),
                 {{QStringLiteral("concurrency"), QStringLiteral("N"),
                   Text::tr("Requests in flight at once (1 to %1; default: the profile's setting, else %2)")
                       .arg(InventoryWalker::MaxConcurrency)
                       .arg(InventoryWalker::DefaultConcurrency)}}});
    {
        CommandSpec lst{QStringLiteral("inventory list"), QString(),
                        Text::tr("List numbers from the mirror (no network)"),
                        {regionOption(Text::tr("Only this region")), typeOption(Text::tr("Only this type"))}};
        lst.options.append(capabilityOption(true));
        lst.options += patternOptions();
        lst.options.append({QStringLiteral("name"), QStringLiteral("TEXT"),
                            Text::tr("Only numbers whose display name contains TEXT (any case)")});
        lst.options.append({QStringLiteral("releasing"), QStringLiteral("yes|no"),
                            Text::tr("Only numbers being released (yes) or not (no)")});
        lst.options.append({QStringLiteral("sort"), QStringLiteral("number|name|price|next-charge"),
                            Text::tr("Order (default number)")});
        list.append(lst);
    }
    list.append({QStringLiteral("inventory diff"), QString(),
                 Text::tr("What changed between the last two syncs: numbers added, removed and changed, field by "
                          "field"),
                 {}});
    list.append({QStringLiteral("inventory status"), QString(),
                 Text::tr("When the mirror was last synced, how many numbers it holds, and where it is"), {}});
    list.append({QStringLiteral("inventory report"), QString(),
                 Text::tr("What the numbers cost per month, by region and type, what falls due in the next 12 "
                          "months and what needs attention (from the mirror, no network)"),
                 {{QStringLiteral("currency"), QStringLiteral("CUR"),
                   Text::tr("Only the numbers priced in this currency (USD, EUR, ...)")}}});
    list.append({QStringLiteral("bulk"), QString(),
                 Text::tr("Rent, update, release or remove the emergency address of many numbers as one job: "
                          "previewed, journaled, resumable"),
                 {}});
    {
        const QList<OptionSpec> jobOptions = {
            {QStringLiteral("from-file"), QStringLiteral("FILE"),
             Text::tr("The numbers: one a line (any usual format; # comments), or a CSV with a phoneNumber column")},
            {QStringLiteral("file-region"), QStringLiteral("CC"),
             Text::tr("Country of national numbers in FILE (without it they must start with + or 00)")},
            {QStringLiteral("dry-run"), QString(), Text::tr("Show the preview and totals; send nothing")},
            {QStringLiteral("concurrency"), QStringLiteral("N"), Text::tr("Steps in flight at once (1 to 16, default 4)")},
        };
        QList<OptionSpec> selection = {regionOption(Text::tr("Only numbers of this region (from the mirror)")),
                                       typeOption(Text::tr("Only numbers of this type"))};
        selection.append(capabilityOption(true));
        selection += patternOptions();
        selection.append({QStringLiteral("name"), QStringLiteral("TEXT"),
                          Text::tr("Only numbers whose display name contains TEXT (any case)")});
        selection.append({QStringLiteral("releasing"), QStringLiteral("yes|no"),
                          Text::tr("Only numbers being released (yes) or not (no)")});

        CommandSpec rent{QStringLiteral("bulk rent"), QString(),
                         Text::tr("Rent the numbers in FILE, or N numbers matching a search (billable)"),
                         {regionOption(Text::tr("Region code of the search")),
                          typeOption(Text::tr("Number type of the search"))},
                         0, 0, true};
        rent.options += patternOptions();
        rent.options.append(capabilityOption(true));
        rent.options.append({QStringLiteral("count"), QStringLiteral("N"), Text::tr("How many numbers to rent (1 to 1000)")});
        rent.options.append({QStringLiteral("max-recurring"), QStringLiteral("AMOUNT"),
                             Text::tr("Cap on the total recurring price of the numbers rented (per currency)")});
        rent.options += configOptions();
        rent.options += jobOptions;
        list.append(rent);

        CommandSpec update{QStringLiteral("bulk update"), QString(),
                           Text::tr("Change the name and configuration of the numbers in FILE or matching the filters"),
                           {{QStringLiteral("display-name"), QStringLiteral("TEMPLATE"),
                             Text::tr("New name; {n} becomes 1, 2, 3… and {number} the number")}},
                           0, 0, true};
        update.options += configOptions();
        update.options += selection;
        update.options += jobOptions;
        list.append(update);

        CommandSpec release{QStringLiteral("bulk release"), QString(),
                            Text::tr("Release the numbers in FILE or matching the filters (cannot be undone)"),
                            selection, 0, 0, true};
        release.options += jobOptions;
        list.append(release);

        CommandSpec deprovision{QStringLiteral("bulk emergency-deprovision"), QString(),
                                Text::tr("Remove the emergency (911) address of the numbers in FILE or matching the "
                                         "filters"),
                                selection, 0, 0, true};
        deprovision.options += jobOptions;
        list.append(deprovision);
    }
    list.append({QStringLiteral("bulk status"), QStringLiteral("[JOB]"),
                 Text::tr("List jobs, or show one job's per-number states"), {}, 0, 1});
    list.append({QStringLiteral("bulk resume"), QStringLiteral("JOB"),
                 Text::tr("Resume an interrupted or paused job: steps in flight are settled first, then the rest run"),
                 {{QStringLiteral("concurrency"), QStringLiteral("N"), Text::tr("Steps in flight at once (1 to 16)")}},
                 1, 1, true});
    list.append({QStringLiteral("bulk cancel"), QStringLiteral("JOB"),
                 Text::tr("Cancel a job that is not running (a step left in flight is settled first)"), {}, 1, 1});
    list.append({QStringLiteral("activity"), QString(),
                 Text::tr("Show or export the activity log of billable and destructive actions"),
                 {{QStringLiteral("since"), QStringLiteral("ISO"), Text::tr("Only actions started at or after this time")},
                  {QStringLiteral("until"), QStringLiteral("ISO"), Text::tr("Only actions started before this time")},
                  {QStringLiteral("operation"), QStringLiteral("OP"),
                   Text::tr("Only this operation: rent, rentAny, update, release, emergencyProvision, "
                            "emergencyDeprovision, callbackSecretUpdate")},
                  {QStringLiteral("outcome"), QStringLiteral("OUTCOME"),
                   Text::tr("Only this outcome: pending, done, not_done, done_by_other, unknown")},
                  {QStringLiteral("number"), QStringLiteral("NUMBER"), Text::tr("Only actions on this number")},
                  {QStringLiteral("job"), QStringLiteral("ID"), Text::tr("Only the steps of this bulk job")},
                  {QStringLiteral("limit"), QStringLiteral("N"), Text::tr("At most N actions (newest first)")}}});
    return list;
}

QList<OptionSpec> buildGlobalOptions()
{
    return {
        {QStringLiteral("numbers-url"), QStringLiteral("URL"),
         Text::tr("Numbers API base URL [NUMBERDESK_NUMBERS_URL] (default https://numbers.api.sinch.com)")},
        {QStringLiteral("auth-url"), QStringLiteral("URL"),
         Text::tr("OAuth2 server base URL [NUMBERDESK_AUTH_URL] (default https://auth.sinch.com)")},
        {QStringLiteral("project"), QStringLiteral("ID"), Text::tr("Project id [SINCH_PROJECT_ID]")},
        {QStringLiteral("key-id"), QStringLiteral("ID"), Text::tr("Access key id [SINCH_KEY_ID]")},
        {QStringLiteral("key-secret"), QStringLiteral("S"),
         Text::tr("Access key secret [SINCH_KEY_SECRET] (visible to other users in ps: prefer the next two)")},
        {QStringLiteral("key-secret-stdin"), QString(), Text::tr("Read the access key secret from standard input")},
        {QStringLiteral("key-secret-file"), QStringLiteral("FILE"),
         Text::tr("Read the access key secret from the first line of FILE (must not be readable by others)")},
        {QStringLiteral("auth"), QStringLiteral("basic|oauth2"), Text::tr("Authentication (default oauth2)")},
        {QStringLiteral("profile"), QStringLiteral("NAME"),
         Text::tr("Use a profile saved by the NumberDesk app (secret from the keychain); \"Sandbox\" = --sandbox")},
        {QStringLiteral("sandbox"), QString(),
         Text::tr("Run against an embedded sandbox with a seeded inventory (no credentials needed)")},
        {QStringLiteral("sandbox-active"), QStringLiteral("N"), Text::tr("Active numbers the sandbox starts with")},
        {QStringLiteral("sandbox-seed"), QStringLiteral("N"), Text::tr("Seed of the sandbox inventory")},
        {QStringLiteral("sandbox-state"), QStringLiteral("FILE"),
         Text::tr("Keep the sandbox state in FILE, so changes survive between runs")},
        {QStringLiteral("sandbox-faults"), QStringLiteral("SPEC"),
         Text::tr("Inject faults into the sandbox, e.g. \"5xx=0.1,drop-after-commit@rent=1\" (testing)")},
        {QStringLiteral("sandbox-latency"), QStringLiteral("MS"), Text::tr("Delay every sandbox answer by MS milliseconds")},
        {QStringLiteral("ca-bundle"), QStringLiteral("FILE"),
         Text::tr("PEM file of extra CA certificates to trust [NUMBERDESK_CA_BUNDLE]")},
        {QStringLiteral("inventory-db"), QStringLiteral("FILE"),
         Text::tr("The local mirror of the connection's numbers [NUMBERDESK_INVENTORY_DB]")},
        {QStringLiteral("audit-log"), QStringLiteral("FILE"),
         Text::tr("Activity (audit) log of billable and destructive actions [NUMBERDESK_AUDIT_LOG]")},
        {QStringLiteral("format"), QStringLiteral("table|json|csv"), Text::tr("Output format (default table)")},
        {QStringLiteral("timeout"), QStringLiteral("SECONDS"), Text::tr("Transfer timeout per request (default 30)")},
        {QStringLiteral("retries"), QStringLiteral("N"),
         Text::tr("Retries of a failed read (5xx, 429, network) before giving up (default 3; billable calls are "
                  "never retried)")},
        {QStringLiteral("verbose"), QString(), Text::tr("Log each request on standard error (never secrets)")},
        yesOption(),
        {QStringLiteral("help"), QString(), Text::tr("Show help for the command")},
        {QStringLiteral("version"), QString(), Text::tr("Show the version")},
    };
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name) {
            return &o;
        }
    }
    return nullptr;
}

QString joinWords(const QStringList &words)
{
    return words.join(QStringLiteral(", "));
}

} // namespace

QString ParsedCommandLine::path() const
{
    return subcommand.isEmpty() ? command : command + QLatin1Char(' ') + subcommand;
}

std::optional<QString> ParsedCommandLine::value(const QString &name) const
{
    const auto it = options.constFind(name);
    if (it == options.constEnd() || it->isEmpty()) {
        return std::nullopt;
    }
    return it->constLast();
}

const QList<OptionSpec> &CommandLine::globalOptions()
{
    static const QList<OptionSpec> options = buildGlobalOptions();
    return options;
}

const QList<CommandSpec> &CommandLine::commands()
{
    static const QList<CommandSpec> list = buildCommands();
    return list;
}

const CommandSpec *CommandLine::command(const QString &path)
{
    for (const CommandSpec &c : commands()) {
        if (c.path == path) {
            return &c;
        }
    }
    return nullptr;
}

QStringList CommandLine::subcommandsOf(const QString &command)
{
    QStringList result;
    const QString prefix = command + QLatin1Char(' ');
    for (const CommandSpec &c : commands()) {
        if (c.path.startsWith(prefix)) {
            result.append(c.path.mid(prefix.size()));
        }
    }
    return result;
}

ParsedCommandLine CommandLine::parse(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    const CommandSpec *current = nullptr; // the deepest command recognised so far
    bool optionsEnded = false;
    QString firstError;
    auto fail = [&firstError](const QString &message) {
        if (firstError.isEmpty()) {
            firstError = message;
        }
    };
    auto where = [&parsed]() {
        return parsed.path().isEmpty() ? QStringLiteral("numberdesk-cli") : parsed.path();
    };

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool looksLikeOption = !optionsEnded && arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (looksLikeOption) {
            if (arg == QLatin1String("-h")) {
                parsed.help = true;
                continue;
            }
            if (!arg.startsWith(QLatin1String("--"))) {
                fail(QCoreApplication::translate("nd::cli::CommandLine",
                                                 "unknown option %1 for '%2' (options start with --)")
                         .arg(arg, where()));
                continue;
            }
            QString name = arg.mid(2);
            std::optional<QString> inlineValue;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
            }
            if (name == QLatin1String("help")) {
                parsed.help = true;
                continue;
            }
            const OptionSpec *spec = findOption(globalOptions(), name);
            if (!spec && current) {
                spec = findOption(current->options, name);
            }
            if (!spec) {
                if (current && !current->options.isEmpty()) {
                    fail(QCoreApplication::translate("nd::cli::CommandLine", "unknown option --%1 for '%2'")
                             .arg(name, current->path));
                } else if (current) {
                    fail(QCoreApplication::translate("nd::cli::CommandLine",
                                                     "unknown option --%1 for '%2' (it takes no options)")
                             .arg(name, current->path));
                } else {
                    fail(QCoreApplication::translate(
                             "nd::cli::CommandLine",
                             "unknown option --%1 (command options go after the command, e.g. "
                             "'numberdesk-cli active list --%1')")
                             .arg(name));
                }
                continue;
            }
            QString value;
            if (spec->takesValue()) {
                if (inlineValue) {
                    value = *inlineValue;
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    fail(QCoreApplication::translate("nd::cli::CommandLine", "--%1 needs a value (%2)")
                             .arg(name, spec->valueName));
                    continue;
                }
            } else if (inlineValue) {
                fail(QCoreApplication::translate("nd::cli::CommandLine", "--%1 takes no value").arg(name));
                continue;
            }
            QStringList &values = parsed.options[name];
            if (!values.isEmpty() && !spec->repeatable) {
                fail(QCoreApplication::translate("nd::cli::CommandLine", "--%1 given more than once").arg(name));
                continue;
            }
            values.append(value);
            continue;
        }

        // A word: the command, then the subcommand, then positional arguments.
        if (parsed.command.isEmpty()) {
            parsed.command = arg;
            current = command(arg);
            if (!current || arg.contains(QLatin1Char(' '))) {
                QStringList tops;
                for (const CommandSpec &c : commands()) {
                    if (!c.path.contains(QLatin1Char(' '))) {
                        tops.append(c.path);
                    }
                }
                fail(QCoreApplication::translate("nd::cli::CommandLine", "unknown command '%1' (commands: %2)")
                         .arg(arg, joinWords(tops)));
                current = nullptr;
                // Nothing after an unknown command can be interpreted.
                break;
            }
            continue;
        }
        const QStringList subs = subcommandsOf(parsed.command);
        if (!subs.isEmpty() && parsed.subcommand.isEmpty()) {
            parsed.subcommand = arg;
            current = command(parsed.path());
            if (!current || !subs.contains(arg)) {
                fail(QCoreApplication::translate("nd::cli::CommandLine",
                                                 "unknown subcommand '%1' for '%2' (choose one of: %3)")
                         .arg(arg, parsed.command, joinWords(subs)));
                parsed.subcommand.clear();
                current = command(parsed.command);
                break;
            }
            continue;
        }
        parsed.positionals.append(arg);
    }

    if (parsed.options.contains(QStringLiteral("version"))) {
        parsed.version = true;
    }
    if (parsed.help || parsed.version) {
        // Help and version win over everything but an unknown command (whose help cannot be shown).
        if (!parsed.command.isEmpty() && !current) {
            parsed.error = firstError;
        }
        return parsed;
    }
    if (!firstError.isEmpty()) {
        parsed.error = firstError;
        return parsed;
    }
    if (parsed.command.isEmpty()) {
        parsed.error = QCoreApplication::translate("nd::cli::CommandLine",
                                                   "no command given (try 'numberdesk-cli --help')");
        return parsed;
    }
    const QStringList subs = subcommandsOf(parsed.command);
    if (!subs.isEmpty() && parsed.subcommand.isEmpty()) {
        parsed.error = QCoreApplication::translate("nd::cli::CommandLine", "'%1' needs a subcommand: %2")
                           .arg(parsed.command, joinWords(subs));
        return parsed;
    }
    if (current) {
        if (parsed.positionals.size() < current->minPositionals) {
            parsed.error = QCoreApplication::translate("nd::cli::CommandLine", "'%1' needs %2")
                               .arg(current->path, current->arguments);
        } else if (parsed.positionals.size() > current->maxPositionals) {
            parsed.error = current->maxPositionals == 0
                ? QCoreApplication::translate("nd::cli::CommandLine", "'%1' takes no arguments, got '%2'")
                      .arg(current->path, parsed.positionals.constFirst())
                : QCoreApplication::translate("nd::cli::CommandLine", "unexpected argument '%1' for '%2'")
                      .arg(parsed.positionals.at(current->maxPositionals), current->path);
        }
    }
    return parsed;
}

QString CommandLine::versionText()
{
    return QStringLiteral("numberdesk-cli %1").arg(QStringLiteral(NUMBERDESK_VERSION));
}

namespace {

QString optionLines(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        QString left = QStringLiteral("  --") + o.name;
        if (o.takesValue()) {
            left += QLatin1Char(' ') + o.valueName;
        }
        if (o.repeatable) {
            left += QStringLiteral(" ...");
        }
        if (left.size() < 34) {
            left = left.leftJustified(34);
        } else {
            left += QStringLiteral("\n") + QString(34, QLatin1Char(' '));
        }
        out += left + o.help + QLatin1Char('\n');
    }
    return out;
}

QString exitCodeText()
{
    return Text::tr("Exit codes:\n"
              "  0  success\n"
              "  1  other failure\n"
              "  2  usage error (bad option, bad number, missing credentials, insecure URL)\n"
              "  3  API error (HTTP 4xx/5xx or an unparseable response)\n"
              "  4  network, TLS or timeout error\n"
              "  5  not confirmed (no --yes and no terminal, or the answer was not \"yes\")\n"
              "  6  outcome unknown: the answer was lost and checking failed; check before trying again\n"
              "  7  refused: the activity log cannot be written, so nothing billable was sent\n"
              "  8  done by someone else, or already so: nothing was changed or charged by this run\n"
              "  9  callbacks verify: the signature is invalid\n"
              " 10  standard output could not be written (disk full, closed, broken pipe)\n"
              " 11  bulk job not complete: numbers not done, or it was paused or cancelled ('bulk status JOB')\n"
              "130  interrupted (Ctrl+C); an action in flight was settled and recorded first\n");
}

} // namespace

QString CommandLine::helpText(const QString &path)
{
    QString out;
    const CommandSpec *spec = path.isEmpty() ? nullptr : command(path);
    if (!spec) {
        out += Text::tr("Usage: numberdesk-cli [options] COMMAND [SUBCOMMAND] [arguments] [options]\n\n");
        out += Text::tr("Manage Sinch phone numbers from the command line.\n\nCommands:\n");
        for (const CommandSpec &c : commands()) {
            if (!subcommandsOf(c.path).isEmpty()) {
                continue;
            }
            QString left = QStringLiteral("  ") + c.path;
            if (!c.arguments.isEmpty()) {
                left += QLatin1Char(' ') + c.arguments;
            }
            out += left.leftJustified(34) + c.summary + QLatin1Char('\n');
        }
        out += Text::tr("\nOptions (accepted anywhere on the command line):\n");
        out += optionLines(globalOptions());
        out += QLatin1Char('\n') + exitCodeText();
        out += Text::tr("\nRun 'numberdesk-cli COMMAND --help' for the options of a command.\n");
        return out;
    }
    const QStringList subs = subcommandsOf(spec->path);
    if (!subs.isEmpty()) {
        out += Text::tr("Usage: numberdesk-cli %1 SUBCOMMAND [options]\n\n%2\n\nSubcommands:\n")
                   .arg(spec->path, spec->summary);
        for (const QString &sub : subs) {
            const CommandSpec *child = command(spec->path + QLatin1Char(' ') + sub);
            QString left = QStringLiteral("  ") + sub;
            if (!child->arguments.isEmpty()) {
                left += QLatin1Char(' ') + child->arguments;
            }
            out += left.leftJustified(28) + child->summary + QLatin1Char('\n');
        }
        out += Text::tr("\nRun 'numberdesk-cli %1 SUBCOMMAND --help' for details.\n").arg(spec->path);
        return out;
    }
    QString usage = QStringLiteral("numberdesk-cli ") + spec->path;
    if (!spec->arguments.isEmpty()) {
        usage += QLatin1Char(' ') + spec->arguments;
    }
    out += Text::tr("Usage: %1 [options]\n\n%2\n").arg(usage, spec->summary);
    if (spec->confirms) {
        out += Text::tr("\nThis command changes your account: it shows what will happen and asks you to type \"yes\". "
                  "Without a terminal it refuses unless --yes is given (exit code 5).\n");
    }
    if (!spec->options.isEmpty()) {
        out += Text::tr("\nOptions:\n") + optionLines(spec->options);
    }
    out += Text::tr("\nGlobal options:\n") + optionLines(globalOptions());
    out += QLatin1Char('\n') + exitCodeText();
    return out;
}

} // namespace nd::cli
