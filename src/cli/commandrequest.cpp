// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command-line parser's second half: from the parsed options of every command to its typed request
// (commandrequest.h), with each command's checks. Long because there are many commands; the bulk and callback
// parts could move to their own files, but they use the parser's private helpers (noted in issue 17).
#include "commandrequest.h"

#include "inventorywalker.h"

#include "numbertypes.h"

#include "activenumberwalker.h"
#include "callbacksignature.h"
#include "faultinjector.h"
#include "phonenumber.h"

#include <QRegularExpression>

namespace nd::cli {

namespace {

// The API's largest `size` for a search (the sandbox's too); docs/api.md §4.1 leaves it undocumented.
constexpr int MaxSearchSize = 100;

QString upper(const QString &text)
{
    return text.trimmed().toUpper();
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

std::optional<NumberType> parseType(const QString &text)
{
    const QString t = upper(text);
    for (const NumberType &type : everyNumberType()) {
        if (t == type.wire()) {
            return type;
        }
    }
    return std::nullopt;
}

std::optional<Capability> parseCapability(const QString &text)
{
    const QString t = upper(text);
    for (const auto value : {Capability::Value::Sms, Capability::Value::Voice}) {
        if (t == Capability::wireName(value)) {
            return Capability(value);
        }
    }
    return std::nullopt;
}

// Parses one command line into an Invocation; the first problem found becomes the usage error.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::RequestParser)

public:
    Parser(const ParsedCommandLine &cmd, const QHash<QString, QString> &environment)
        : m_cmd(cmd)
        , m_environment(environment)
    {}

    ParsedRequest run();

private:
    bool error(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
        return false;
    }
    std::optional<QString> env(const char *name) const
    {
        const auto it = m_environment.constFind(QString::fromLatin1(name));
        if (it == m_environment.constEnd() || it->isEmpty()) {
            return std::nullopt;
        }
        return *it;
    }

    bool globals(GlobalOptions *g);
    bool secretSource(const QString &option, SecretSource *source);
    bool number(QString *target);
    bool region(QString *target, bool required);
    bool type(NumberType *target, bool required);
    bool capabilities(QList<Capability> *target);
    bool count(const QString &option, std::optional<int> *target, int max);
    bool pattern(NumberPattern *target);
    bool configuration(NumberConfiguration *target);
    bool address(EmergencyAddressRequest *target);
    bool activityFilter(AuditFilter *filter);
    bool inventoryFilter(InventoryFilter *filter);
    bool bulk(Invocation *invocation);
    bool command(Invocation *invocation);

    const ParsedCommandLine &m_cmd;
    const QHash<QString, QString> &m_environment;
    QString m_error;
    QStringList m_notes;
};

ParsedRequest Parser::run()
{
    Invocation invocation;
    invocation.path = m_cmd.path();
    const CommandSpec *spec = CommandLine::command(invocation.path);
    invocation.confirms = spec && spec->confirms;
    // The activity log and the mirror are local: only `inventory sync` of them needs the API.
    invocation.needsConnection = invocation.path != QLatin1String("activity")
        && invocation.path != QLatin1String("bulk status")
        && invocation.path != QLatin1String("callbacks verify")
        && (!invocation.path.startsWith(QLatin1String("inventory ")) || invocation.path == QLatin1String("inventory sync"));
    if (!globals(&invocation.global) || !command(&invocation)) {
        return {std::nullopt, m_error};
    }
    invocation.notes = m_notes;
    return {invocation, QString()};
}

bool Parser::secretSource(const QString &option, SecretSource *source)
{
    const auto given = m_cmd.value(option);
    const bool fromStdin = m_cmd.has(option + QStringLiteral("-stdin"));
    const auto file = m_cmd.value(option + QStringLiteral("-file"));
    if (int(given.has_value()) + int(fromStdin) + int(file.has_value()) > 1) {
        return error(tr("give only one of --%1, --%1-stdin and --%1-file").arg(option));
    }
    if (given) {
        *source = SecretSource{SecretSource::Kind::Argument, *given};
        m_notes << tr("warning: --%1 puts the secret in the process arguments, where other users of this computer "
                      "can see it (ps); prefer --%1-stdin or --%1-file")
                       .arg(option);
    } else if (fromStdin) {
        *source = SecretSource{SecretSource::Kind::Stdin, QString()};
    } else if (file) {
        if (file->isEmpty()) {
            return error(tr("--%1-file needs a file name").arg(option));
        }
        *source = SecretSource{SecretSource::Kind::File, *file};
    }
    return true;
}

bool Parser::globals(GlobalOptions *g)
{
    if (const auto format = m_cmd.value(QStringLiteral("format"))) {
        const QString f = format->trimmed().toLower();
        if (f == QLatin1String("table")) {
            g->format = OutputFormat::Table;
        } else if (f == QLatin1String("json")) {
            g->format = OutputFormat::Json;
        } else if (f == QLatin1String("csv")) {
            g->format = OutputFormat::Csv;
        } else {
            return error(tr("--format must be table, json or csv (got '%1')").arg(*format));
        }
    }
    g->verbose = m_cmd.has(QStringLiteral("verbose"));
    g->yes = m_cmd.has(QStringLiteral("yes"));
    g->profileName = m_cmd.value(QStringLiteral("profile")).value_or(QString());
    const bool sandboxOption = m_cmd.has(QStringLiteral("sandbox"));
    g->sandbox.enabled = sandboxOption || g->profileName.compare(QLatin1String("Sandbox"), Qt::CaseInsensitive) == 0;
    if (sandboxOption && !g->profileName.isEmpty() && !g->sandbox.enabled) {
        return error(tr("--sandbox cannot be combined with --profile %1").arg(g->profileName));
    }
    if (!g->sandbox.enabled &&
        (m_cmd.has(QStringLiteral("sandbox-active")) || m_cmd.has(QStringLiteral("sandbox-seed")) ||
         m_cmd.has(QStringLiteral("sandbox-state")) || m_cmd.has(QStringLiteral("sandbox-faults")) ||
         m_cmd.has(QStringLiteral("sandbox-latency")))) {
        return error(tr("--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency "
                        "need --sandbox"));
    }
    g->sandbox.faults = m_cmd.value(QStringLiteral("sandbox-faults")).value_or(QString());
    if (!g->sandbox.faults.isEmpty()) {
        sandbox::FaultInjector injector;
        if (const Result<void, Failure> parsed = injector.parse(g->sandbox.faults); !parsed) {
            return error(tr("--sandbox-faults: %1").arg(parsed.error().message));
        }
    }
    g->sandbox.statePath = m_cmd.value(QStringLiteral("sandbox-state")).value_or(QString());
    if (const auto latency = m_cmd.value(QStringLiteral("sandbox-latency"))) {
        bool ok = false;
        const int ms = latency->toInt(&ok);
        if (!ok || ms < 0 || ms > 600000) {
            return error(
                tr("--sandbox-latency must be a number of milliseconds from 0 to 600000 (got '%1')").arg(*latency));
        }
        g->sandbox.latencyMs = ms;
    }
    if (const auto active = m_cmd.value(QStringLiteral("sandbox-active"))) {
        bool ok = false;
        const int n = active->toInt(&ok);
        if (!ok || n < 0 || n > 1000000) {
            return error(tr("--sandbox-active must be a number from 0 to 1000000 (got '%1')").arg(*active));
        }
        g->sandbox.activeCount = n;
    }
    if (const auto seed = m_cmd.value(QStringLiteral("sandbox-seed"))) {
        bool ok = false;
        const uint n = seed->toUInt(&ok);
        if (!ok) {
            return error(tr("--sandbox-seed must be a non-negative number (got '%1')").arg(*seed));
        }
        g->sandbox.seed = n;
    }
    g->caBundle = m_cmd.value(QStringLiteral("ca-bundle")).value_or(env("NUMBERDESK_CA_BUNDLE").value_or(QString()));
    g->auditPath = m_cmd.value(QStringLiteral("audit-log")).value_or(env("NUMBERDESK_AUDIT_LOG").value_or(QString()));
    // NUMBERDESK_INVENTORY_DB is applied where the mirror is chosen (InventoryStore::mirrorPath), as in the app.
    g->inventoryPath = m_cmd.value(QStringLiteral("inventory-db")).value_or(QString());
    if (const auto timeout = m_cmd.value(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = timeout->toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 3600) {
            return error(
                tr("--timeout must be a number of seconds greater than 0 and at most 3600 (got '%1')").arg(*timeout));
        }
        g->timeoutMs = qMax(1, static_cast<int>(seconds * 1000));
    }
    if (const auto retries = m_cmd.value(QStringLiteral("retries"))) {
        bool ok = false;
        const int n = retries->toInt(&ok);
        if (!ok || n < 0 || n > 10) {
            return error(tr("--retries must be a number from 0 to 10 (got '%1')").arg(*retries));
        }
        g->readAttempts = n + 1;
    }
    if (const auto auth = m_cmd.value(QStringLiteral("auth"))) {
        const QString a = auth->trimmed().toLower();
        if (a == QLatin1String("basic")) {
            g->auth = AuthMethod::Basic;
        } else if (a == QLatin1String("oauth2")) {
            g->auth = AuthMethod::OAuth2;
        } else {
            return error(tr("--auth must be basic or oauth2 (got '%1')").arg(*auth));
        }
    }
    for (const char *name : {"numbers-url", "auth-url"}) {
        if (const auto text = m_cmd.value(QString::fromLatin1(name))) {
            const QUrl url(*text, QUrl::StrictMode);
            if (!isHttpUrl(url)) {
                return error(tr("--%1 must be an http(s) URL (got '%2')").arg(QString::fromLatin1(name), *text));
            }
            (name[0] == 'n' ? g->numbersUrl : g->authUrl) = url;
        }
    }
    g->projectId = m_cmd.value(QStringLiteral("project"));
    g->keyId = m_cmd.value(QStringLiteral("key-id"));
    return secretSource(QStringLiteral("key-secret"), &g->keySecret);
}

bool Parser::number(QString *target)
{
    const QString input = m_cmd.positionals.value(0);
    const Result<QString> n = PhoneNumber::normalize(input);
    if (!n) {
        return error(tr("'%1' is not a usable phone number: %2").arg(input, n.error().userMessage));
    }
    *target = n.value();
    return true;
}

bool Parser::region(QString *target, bool required)
{
    const auto text = m_cmd.value(QStringLiteral("region"));
    if (!text) {
        return !required || error(tr("--region is required for '%1'").arg(m_cmd.path()));
    }
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!twoLetters.match(text->trimmed()).hasMatch()) {
        return error(tr("--region must be a two-letter country code such as US (got '%1')").arg(*text));
    }
    *target = upper(*text);
    return true;
}

bool Parser::type(NumberType *target, bool required)
{
    const auto text = m_cmd.value(QStringLiteral("type"));
    if (!text) {
        return !required || error(tr("--type is required for '%1' (MOBILE, LOCAL or TOLL_FREE)").arg(m_cmd.path()));
    }
    const auto t = parseType(*text);
    if (!t) {
        return error(tr("--type must be MOBILE, LOCAL or TOLL_FREE (got '%1')").arg(*text));
    }
    *target = *t;
    return true;
}

bool Parser::capabilities(QList<Capability> *target)
{
    for (const QString &text : m_cmd.values(QStringLiteral("capability"))) {
        const auto capability = parseCapability(text);
        if (!capability) {
            return error(tr("--capability must be SMS or VOICE (got '%1')").arg(text));
        }
        if (!target->contains(*capability)) {
            target->append(*capability);
        }
    }
    return true;
}

bool Parser::count(const QString &option, std::optional<int> *target, int max)
{
    const auto text = m_cmd.value(option);
    if (!text) {
        return true;
    }
    bool ok = false;
    const int n = text->toInt(&ok);
    if (!ok || n < 1 || n > max) {
        return error(tr("--%1 must be a number from 1 to %2 (got '%3')").arg(option).arg(max).arg(*text));
    }
    *target = n;
    return true;
}

bool Parser::pattern(NumberPattern *target)
{
    const auto digits = m_cmd.value(QStringLiteral("pattern"));
    const auto where = m_cmd.value(QStringLiteral("search-pattern"));
    if (where && !digits) {
        return error(tr("--search-pattern needs --pattern"));
    }
    if (!digits) {
        return true;
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^\\+?[0-9]{1,15}$"));
    if (!digitsOnly.match(*digits).hasMatch()) {
        return error(tr("--pattern must be 1 to 15 digits, optionally after a leading + (got '%1')").arg(*digits));
    }
    target->pattern = *digits;
    // Without a position the API applies START; it is sent explicitly so that what is shown is what is sent.
    target->searchPattern = SearchPattern(SearchPattern::Value::Start);
    if (where) {
        const QString w = upper(*where);
        if (w == QLatin1String("START")) {
            target->searchPattern = SearchPattern(SearchPattern::Value::Start);
        } else if (w == QLatin1String("CONTAINS")) {
            target->searchPattern = SearchPattern(SearchPattern::Value::Contains);
        } else if (w == QLatin1String("END")) {
            target->searchPattern = SearchPattern(SearchPattern::Value::End);
        } else {
            return error(tr("--search-pattern must be START, CONTAINS or END (got '%1')").arg(*where));
        }
    }
    if (target->pattern.startsWith(QLatin1Char('+')) && target->searchPattern != SearchPattern::Value::Start) {
        return error(tr("--pattern may start with + only with --search-pattern START (got '%1')").arg(*digits));
    }
    return true;
}

// Rent and rent-any: everything given must link something ("" unlinks, which only 'active update' can do).
bool Parser::configuration(NumberConfiguration *target)
{
    auto emptyNotAllowed = [this](const QString &option) {
        return error(tr("--%1 must not be empty (\"\" unlinks, which only 'active update' can do)").arg(option));
    };
    const auto plan = m_cmd.value(QStringLiteral("sms-service-plan"));
    const auto campaign = m_cmd.value(QStringLiteral("sms-campaign"));
    const bool updating = m_cmd.path() == QLatin1String("active update") || m_cmd.path() == QLatin1String("bulk update");
    if (campaign && !plan && !updating) {
        return error(tr("--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS "
                        "settings are sent)"));
    }
    if (plan) {
        if (plan->isEmpty() && !updating) {
            return emptyNotAllowed(QStringLiteral("sms-service-plan"));
        }
        if (campaign && campaign->isEmpty() && !updating) {
            return emptyNotAllowed(QStringLiteral("sms-campaign"));
        }
        target->sms = SmsConfigurationRequest{*plan, campaign};
    } else if (campaign) {
        // update only: the current service plan is sent with the new campaign (it is required with it).
        target->sms = SmsConfigurationRequest{QString(), campaign};
    }
    const std::pair<const char *, VoiceType::Value> voiceOptions[] = {
        {"voice-rtc-app", VoiceType::Value::Rtc},
        {"voice-est-trunk", VoiceType::Value::Est},
        {"voice-fax-service", VoiceType::Value::Fax},
    };
    int voiceCount = 0;
    for (const auto &[name, voiceType] : voiceOptions) {
        if (const auto id = m_cmd.value(QString::fromLatin1(name))) {
            ++voiceCount;
            if (id->isEmpty() && !updating) {
                return emptyNotAllowed(QString::fromLatin1(name));
            }
            target->voice = VoiceConfigurationRequest{VoiceType(voiceType), *id};
        }
    }
    if (voiceCount > 1) {
        return error(tr("--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive"));
    }
    if (const auto url = m_cmd.value(QStringLiteral("callback-url"))) {
        if (url->isEmpty()) {
            if (!updating) {
                return emptyNotAllowed(QStringLiteral("callback-url"));
            }
        } else if (!isHttpUrl(QUrl(*url, QUrl::StrictMode))) {
            return error(tr("--callback-url must be an http(s) URL (got '%1')").arg(*url));
        }
        target->callbackUrl = *url;
    }
    return true;
}

bool Parser::address(EmergencyAddressRequest *target)
{
    const struct
    {
        const char *option;
        QString *field;
        bool required;
    } fields[] = {
        {"display-name", &target->displayName, true},
        {"street-number", &target->streetNumber, true},
        {"street-info", &target->streetInfo, true},
        {"location", &target->location, false},
        {"city", &target->city, true},
        {"state", &target->state, true},
        {"postal-code", &target->postalCode, true},
        {"postal-code-plus-four", &target->postalCodePlusFour, false},
    };
    for (const auto &f : fields) {
        const QString value = m_cmd.value(QString::fromLatin1(f.option)).value_or(QString()).trimmed();
        if (f.required && value.isEmpty()) {
            return error(tr("--%1 is required for '%2'").arg(QString::fromLatin1(f.option), m_cmd.path()));
        }
        *f.field = value;
    }
    return true;
}

bool Parser::activityFilter(AuditFilter *filter)
{
    for (const char *name : {"since", "until"}) {
        const auto text = m_cmd.value(QString::fromLatin1(name));
        if (!text) {
            continue;
        }
        QDateTime when = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!when.isValid()) {
            when = QDateTime::fromString(*text, Qt::ISODate);
        }
        if (!when.isValid()) {
            const QDate day = QDate::fromString(*text, Qt::ISODate);
            if (day.isValid()) {
                when = day.startOfDay(Qt::UTC);
            }
        }
        if (!when.isValid()) {
            return error(tr("--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z "
                            "(got '%2')")
                             .arg(QString::fromLatin1(name), *text));
        }
        if (when.timeSpec() == Qt::LocalTime && !text->contains(QLatin1Char('T'))) {
            when.setTimeSpec(Qt::UTC);
        }
        (name[0] == 's' ? filter->since : filter->until) = when.toUTC();
    }
    if (const auto op = m_cmd.value(QStringLiteral("operation"))) {
        filter->operation = ActionKinds::operationFromKey(op->trimmed());
        if (!filter->operation) {
            return error(tr("--operation must be one of rent, rentAny, update, release, emergencyProvision, "
                            "emergencyDeprovision, callbackSecretUpdate (got '%1')")
                             .arg(*op));
        }
    }
    if (const auto outcome = m_cmd.value(QStringLiteral("outcome"))) {
        const QString key = outcome->trimmed().toLower();
        if (key == QLatin1String("pending")) {
            filter->pendingOnly = true;
        } else {
            filter->outcome = ActionKinds::outcomeFromKey(key);
            if (!filter->outcome) {
                return error(tr("--outcome must be one of pending, done, not_done, done_by_other, unknown (got '%1')")
                                 .arg(*outcome));
            }
        }
    }
    if (const auto n = m_cmd.value(QStringLiteral("number"))) {
        const Result<QString> e164 = PhoneNumber::normalize(*n);
        if (!e164) {
            return error(tr("'%1' is not a usable phone number: %2").arg(*n, e164.error().userMessage));
        }
        filter->number = e164.value();
    }
    filter->jobId = m_cmd.value(QStringLiteral("job")).value_or(QString()).trimmed();
    std::optional<int> limit;
    if (!count(QStringLiteral("limit"), &limit, 1000000)) {
        return false;
    }
    filter->limit = limit.value_or(-1);
    return true;
}

// The mirror's filters, as `inventory list` takes them (also the selection of `bulk update` and `bulk release`).
bool Parser::inventoryFilter(InventoryFilter *filter)
{
    NumberType t;
    if (!region(&filter->regionCode, false) || !type(&t, false) || !capabilities(&filter->capabilities)
        || !pattern(&filter->pattern)) {
        return false;
    }
    if (!t.isEmpty()) {
        filter->type = t;
    }
    filter->nameContains = m_cmd.value(QStringLiteral("name")).value_or(QString());
    if (const auto releasing = m_cmd.value(QStringLiteral("releasing"))) {
        const QString v = releasing->trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no")) {
            return error(tr("--releasing must be yes or no (got '%1')").arg(*releasing));
        }
        filter->releasing = v == QLatin1String("yes");
    }
    return true;
}

bool Parser::bulk(Invocation *invocation)
{
    const QString &path = invocation->path;
    if (path == QLatin1String("bulk status")) {
        invocation->command = BulkStatusRequest{m_cmd.positionals.value(0)};
        return true;
    }
    if (path == QLatin1String("bulk cancel")) {
        invocation->command = BulkCancelRequest{m_cmd.positionals.value(0)};
        return true;
    }
    std::optional<int> concurrency;
    if (!count(QStringLiteral("concurrency"), &concurrency, 16)) {
        return false;
    }
    if (path == QLatin1String("bulk resume")) {
        invocation->command = BulkResumeRequest{m_cmd.positionals.value(0), concurrency};
        return true;
    }
    BulkStartRequest r;
    r.spec.concurrency = concurrency.value_or(4);
    r.dryRun = m_cmd.has(QStringLiteral("dry-run"));
    r.fromFile = m_cmd.value(QStringLiteral("from-file")).value_or(QString());
    if (m_cmd.has(QStringLiteral("from-file")) && r.fromFile.isEmpty()) {
        return error(tr("--from-file needs a file name"));
    }
    if (const auto fileRegion = m_cmd.value(QStringLiteral("file-region"))) {
        r.fileRegion = upper(*fileRegion);
        if (!QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(r.fileRegion).hasMatch()) {
            return error(tr("--file-region must be a two-letter country code such as US (got '%1')").arg(*fileRegion));
        }
    }
    // A dry run asks nobody: it sends nothing.
    invocation->confirms = !r.dryRun;
    const bool hasSelection = m_cmd.has(QStringLiteral("region")) || m_cmd.has(QStringLiteral("type"))
        || m_cmd.has(QStringLiteral("capability")) || m_cmd.has(QStringLiteral("pattern"))
        || m_cmd.has(QStringLiteral("name")) || m_cmd.has(QStringLiteral("releasing"));
    if (!r.fromFile.isEmpty() && hasSelection) {
        return error(tr("give either --from-file or the selection options, not both"));
    }
    if (path == QLatin1String("bulk rent")) {
        r.spec.kind = JobKind::Rent;
        if (!configuration(&r.spec.configuration)) {
            return false;
        }
        if (const auto cap = m_cmd.value(QStringLiteral("max-recurring"))) {
            r.maxRecurring = Decimal::parse(cap->trimmed());
            if (!r.maxRecurring || r.maxRecurring->compare(Decimal()) < 0) {
                return error(tr("--max-recurring must be an amount such as 25 or 19.50 (got '%1')").arg(*cap));
            }
        }
        if (r.fromFile.isEmpty()) {
            std::optional<int> n;
            if (!region(&r.search.regionCode, true) || !type(&r.search.type, true) || !pattern(&r.search.pattern)
                || !capabilities(&r.search.capabilities) || !count(QStringLiteral("count"), &n, 1000)) {
                return false;
            }
            if (!n) {
                return error(tr("'bulk rent' needs --from-file FILE, or --region, --type and --count N"));
            }
            r.count = *n;
        } else if (m_cmd.has(QStringLiteral("count"))) {
            return error(tr("--count goes with a search (--region, --type), not with --from-file"));
        }
        invocation->command = r;
        return true;
    }
    if (r.fromFile.isEmpty() && !inventoryFilter(&r.filter)) {
        return false;
    }
    if (path == QLatin1String("bulk update")) {
        r.spec.kind = JobKind::Update;
        NumberConfiguration c;
        if (!configuration(&c)) {
            return false;
        }
        UpdateWish &w = r.spec.update;
        w.displayNameTemplate = m_cmd.value(QStringLiteral("display-name"));
        if (m_cmd.has(QStringLiteral("display-name")) && !w.displayNameTemplate) {
            w.displayNameTemplate = QString(); // "" removes the names
        }
        if (c.sms) {
            if (m_cmd.has(QStringLiteral("sms-service-plan"))) {
                w.servicePlanId = c.sms->servicePlanId;
            }
            w.campaignId = c.sms->campaignId;
        }
        if (c.voice) {
            w.voice = VoiceLink{c.voice->type, c.voice->id};
        }
        w.callbackUrl = c.callbackUrl;
        if (w.isEmpty()) {
            return error(tr("nothing to update: give --display-name or a configuration option"));
        }
        invocation->command = r;
        return true;
    }
    r.spec.kind = path == QLatin1String("bulk emergency-deprovision") ? JobKind::EmergencyDeprovision
                                                                      : JobKind::Release;
    invocation->command = r;
    return true;
}

bool Parser::command(Invocation *invocation)
{
    const QString &path = invocation->path;
    if (path.startsWith(QLatin1String("bulk "))) {
        return bulk(invocation);
    }
    if (path == QLatin1String("regions")) {
        RegionsRequest r;
        for (const QString &text : m_cmd.values(QStringLiteral("type"))) {
            const auto t = parseType(text);
            if (!t) {
                return error(tr("--type must be MOBILE, LOCAL or TOLL_FREE (got '%1')").arg(text));
            }
            if (!r.types.contains(*t)) {
                r.types.append(*t);
            }
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("available search")) {
        SearchRequest r;
        if (!region(&r.query.regionCode, true) || !type(&r.query.type, true) || !pattern(&r.query.pattern) ||
            !capabilities(&r.query.capabilities)) {
            return false;
        }
        if (const auto text = m_cmd.value(QStringLiteral("size"))) {
            bool ok = false;
            const int n = text->toInt(&ok);
            if (!ok || n < 1) {
                return error(tr("--size must be a number from 1 to %1 (got '%2')").arg(MaxSearchSize).arg(*text));
            }
            if (n > MaxSearchSize) {
                m_notes << tr("note: --size %1 is more than the API returns in one search; asking for %2.")
                               .arg(n)
                               .arg(MaxSearchSize);
            }
            r.query.size = qMin(n, MaxSearchSize);
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("available check")) {
        CheckRequest r;
        invocation->command = r;
        return number(&std::get<CheckRequest>(invocation->command).number);
    }
    if (path == QLatin1String("available rent")) {
        RentRequest r;
        if (!number(&r.number) || !configuration(&r.configuration)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("available rent-any")) {
        RentAnyCommand r;
        if (!region(&r.request.regionCode, true) || !type(&r.request.type, true) || !pattern(&r.request.pattern) ||
            !capabilities(&r.request.capabilities) || !configuration(&r.request.configuration)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("active list")) {
        ListRequest r;
        r.all = m_cmd.has(QStringLiteral("all"));
        if (r.all && m_cmd.has(QStringLiteral("page-token"))) {
            return error(tr("--page-token cannot be combined with --all (which walks every page itself)"));
        }
        if (!region(&r.query.regionCode, false) || !type(&r.query.type, false) || !pattern(&r.query.pattern) ||
            !capabilities(&r.query.capabilities) ||
            !count(QStringLiteral("page-size"), &r.query.pageSize, ActiveNumberWalker::maxPageSize())) {
            return false;
        }
        r.query.pageToken = m_cmd.value(QStringLiteral("page-token")).value_or(QString());
        if (const auto order = m_cmd.value(QStringLiteral("order-by"))) {
            const QString o = upper(*order);
            if (o == QLatin1String("PHONE_NUMBER") || o == QLatin1String("PHONENUMBER")) {
                r.query.orderBy = OrderBy(OrderBy::Value::PhoneNumber);
            } else if (o == QLatin1String("DISPLAY_NAME") || o == QLatin1String("DISPLAYNAME")) {
                r.query.orderBy = OrderBy(OrderBy::Value::DisplayName);
            } else {
                return error(tr("--order-by must be PHONE_NUMBER or DISPLAY_NAME (got '%1')").arg(*order));
            }
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("active get")) {
        GetRequest r;
        if (!number(&r.number)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("active update")) {
        UpdateRequest r;
        NumberConfiguration c;
        if (!number(&r.number) || !configuration(&c)) {
            return false;
        }
        r.displayName = m_cmd.value(QStringLiteral("display-name")); // "" removes the name
        if (c.sms) {
            if (m_cmd.has(QStringLiteral("sms-service-plan"))) {
                r.servicePlanId = c.sms->servicePlanId;
            }
            r.campaignId = c.sms->campaignId;
        }
        r.voice = c.voice;
        r.callbackUrl = c.callbackUrl;
        if (!r.displayName && !r.servicePlanId && !r.campaignId && !r.voice && !r.callbackUrl) {
            return error(tr("nothing to update: give --display-name or a configuration option"));
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("active release")) {
        ReleaseRequest r;
        if (!number(&r.number)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("emergency get")) {
        EmergencyGetRequest r;
        if (!number(&r.number)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("emergency provision")) {
        EmergencyProvisionRequest r;
        if (!number(&r.number) || !address(&r.address)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("emergency validate")) {
        EmergencyValidateRequest r;
        if (!number(&r.number) || !address(&r.address)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("emergency deprovision")) {
        EmergencyDeprovisionRequest r;
        if (!number(&r.number)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("callbacks get")) {
        invocation->command = CallbacksGetRequest();
        return true;
    }
    if (path == QLatin1String("callbacks set")) {
        CallbacksSetRequest r;
        if (!secretSource(QStringLiteral("hmac-secret"), &r.secret)) {
            return false;
        }
        if (!r.secret.isSet()) {
            return error(tr("give the new secret with --hmac-secret-stdin or --hmac-secret-file FILE"));
        }
        if (r.secret.kind == SecretSource::Kind::Argument && !CallbackSignature::isValidSecret(r.secret.value)) {
            // Never echo the secret itself.
            return error(tr("the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has "
                            "length %1)")
                             .arg(r.secret.value.size()));
        }
        if (r.secret.kind == SecretSource::Kind::Stdin &&
            invocation->global.keySecret.kind == SecretSource::Kind::Stdin) {
            return error(tr("only one secret can be read from standard input: give the other with a -file option"));
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("callbacks verify") || path == QLatin1String("callbacks listen")
        || path == QLatin1String("callbacks send-test")) {
        const auto secrets = [this](const QString &option) -> Result<SecretSource, Failure> {
            SecretSource source;
            if (!secretSource(option, &source)) {
                return Failure{m_error};
            }
            return source;
        };
        if (const Result<void, Failure> parsed = parseCallbackTool(m_cmd, invocation, secrets); !parsed) {
            return error(parsed.error().message);
        }
        return true;
    }
    if (path == QLatin1String("inventory sync")) {
        InventorySyncRequest r;
        std::optional<int> concurrency;
        if (!count(QStringLiteral("concurrency"), &concurrency, InventoryWalker::MaxConcurrency)) {
            return false;
        }
        r.concurrency = concurrency;
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("inventory list")) {
        InventoryListRequest r;
        if (!inventoryFilter(&r.filter)) {
            return false;
        }
        if (const auto sort = m_cmd.value(QStringLiteral("sort"))) {
            const QString v = sort->trimmed().toLower();
            if (v == QLatin1String("number")) {
                r.sort = InventorySort::PhoneNumber;
            } else if (v == QLatin1String("name")) {
                r.sort = InventorySort::DisplayName;
            } else if (v == QLatin1String("price")) {
                r.sort = InventorySort::Price;
            } else if (v == QLatin1String("next-charge")) {
                r.sort = InventorySort::NextCharge;
            } else {
                return error(tr("--sort must be number, name, price or next-charge (got '%1')").arg(*sort));
            }
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("inventory diff")) {
        invocation->command = InventoryDiffRequest();
        return true;
    }
    if (path == QLatin1String("inventory status")) {
        invocation->command = InventoryStatusRequest();
        return true;
    }
    if (path == QLatin1String("inventory report")) {
        InventoryReportRequest r;
        if (const auto currency = m_cmd.value(QStringLiteral("currency"))) {
            r.currency = currency->trimmed().toUpper();
            static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
            if (!code.match(r.currency).hasMatch()) {
                return error(tr("--currency must be a 3-letter currency code such as USD (got '%1')").arg(*currency));
            }
        }
        invocation->command = r;
        return true;
    }
    if (path == QLatin1String("activity")) {
        ActivityRequest r;
        if (!activityFilter(&r.filter)) {
            return false;
        }
        invocation->command = r;
        return true;
    }
    return error(tr("'%1' is not implemented").arg(path));
}

} // namespace

ParsedRequest RequestParser::parse(const ParsedCommandLine &commandLine, const QHash<QString, QString> &environment)
{
    return Parser(commandLine, environment).run();
}

} // namespace nd::cli
