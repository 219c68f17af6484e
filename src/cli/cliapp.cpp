// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "activenumberwalker.h"
#include "auditlog.h"
#include "faultinjector.h"
#include "numbersclient.h"
#include "outcome.h"
#include "safeoperations.h"
#include "phonenumber.h"
#include "profilestore.h"
#include "records.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <limits>

#ifdef Q_OS_WIN
#include <io.h>
#define ND_ISATTY _isatty
#else
#include <unistd.h>
#define ND_ISATTY isatty
#endif

namespace nd::cli {

namespace {

const QString kSandboxProfile = QStringLiteral("Sandbox");

QString upper(const QString &text)
{
    return text.trimmed().toUpper();
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

CliApp::CliApp(const QStringList &arguments, const QHash<QString, QString> &environment, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_environment(environment)
    , m_stdinIsTerminal(ND_ISATTY(0) != 0)
    , m_stderrIsTerminal(ND_ISATTY(2) != 0)
{
}

CliApp::~CliApp()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        m_sandbox->stop(); // writes --sandbox-state, if any
    }
}

void CliApp::setOutput(FILE *out, FILE *err)
{
    m_out = out;
    m_err = err;
}

void CliApp::setTerminal(bool stdinIsTerminal, bool stderrIsTerminal)
{
    m_stdinIsTerminal = stdinIsTerminal;
    m_stderrIsTerminal = stderrIsTerminal;
}

// ---------------------------------------------------------------------------------------------------------
// Messages and exit

void CliApp::printError(const QString &message)
{
    const QByteArray line = "numberdesk-cli: " + message.toUtf8() + '\n';
    std::fputs(line.constData(), m_err);
    std::fflush(m_err);
}

void CliApp::printNote(const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fputs(line.constData(), m_err);
    std::fflush(m_err);
}

void CliApp::finish(ExitCode code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_printer) {
        m_printer->flush();
    }
    m_exitCode = static_cast<int>(code);
    Q_EMIT finished(m_exitCode);
}

void CliApp::fail(ExitCode code, const QString &message)
{
    printError(message);
    finish(code);
}

void CliApp::usageError(const QString &message)
{
    printError(message);
    const QString path = m_cmd.path();
    printNote(path.isEmpty() || !CommandLine::command(path)
                  ? tr("Try 'numberdesk-cli --help'.")
                  : tr("Try 'numberdesk-cli %1 --help'.").arg(path));
    finish(ExitCode::Usage);
}

void CliApp::apiFailure(const ApiError &error)
{
    ExitCode code = ExitCode::Failure;
    switch (error.kind) {
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
        code = ExitCode::Api;
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        code = ExitCode::Network;
        break;
    case ApiError::Kind::Validation:
        code = ExitCode::Usage;
        break;
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        code = ExitCode::Failure;
        break;
    }
    QString message = error.fullMessage();
    if (error.kind == ApiError::Kind::Http) {
        // Whole messages with placeholders (multi-argument arg(): a '%' in the texts is never re-expanded).
        const QString status = QString::number(error.httpStatus);
        const bool hasCode = !error.apiCode.isEmpty() && error.apiCode != status;
        if (error.apiStatus.isEmpty()) {
            message = hasCode ? tr("HTTP %1 (code %2): %3").arg(status, error.apiCode, message)
                              : tr("HTTP %1: %2").arg(status, message);
        } else {
            message = hasCode ? tr("HTTP %1 %2 (code %3): %4").arg(status, error.apiStatus, error.apiCode, message)
                              : tr("HTTP %1 %2: %3").arg(status, error.apiStatus, message);
        }
    }
    if (error.isAmbiguous()) {
        message += QLatin1Char('\n')
            + tr("The request may have reached the server: check the current state (for example with "
                 "'active get') before trying again.");
    }
    fail(code, message);
}

std::optional<QString> CliApp::envValue(const char *name) const
{
    const auto it = m_environment.constFind(QString::fromLatin1(name));
    if (it == m_environment.constEnd() || it->isEmpty()) {
        return std::nullopt;
    }
    return *it;
}

// ---------------------------------------------------------------------------------------------------------
// Start-up

void CliApp::start()
{
    m_cmd = CommandLine::parse(m_arguments);
    if (!m_cmd.error.isEmpty()) {
        usageError(m_cmd.error);
        return;
    }
    if (m_cmd.help) {
        std::fputs(CommandLine::helpText(m_cmd.path()).toUtf8().constData(), m_out);
        std::fflush(m_out);
        finish(ExitCode::Success);
        return;
    }
    if (m_cmd.version) {
        std::fputs((CommandLine::versionText() + QLatin1Char('\n')).toUtf8().constData(), m_out);
        std::fflush(m_out);
        finish(ExitCode::Success);
        return;
    }
    if (!prepareGlobals() || !prepareCommand()) {
        return;
    }
    m_printer = std::make_unique<RecordPrinter>(m_format, m_out);
    if (m_cmd.path() == QLatin1String("activity")) {
        runActivity(); // local: no connection needed
        return;
    }

    const CommandSpec *spec = CommandLine::command(m_cmd.path());
    if (spec && spec->confirms && !m_yes && !m_stdinIsTerminal) {
        // Refuse before anything is sent: there is nobody to ask.
        fail(ExitCode::NotConfirmed,
             tr("'%1' changes your account and needs confirmation, but standard input is not a terminal. "
                "Nothing was sent. Re-run with --yes to proceed.")
                 .arg(m_cmd.path()));
        return;
    }
    connectAndRun();
}

bool CliApp::prepareGlobals()
{
    if (const auto format = m_cmd.value(QStringLiteral("format"))) {
        const QString f = format->trimmed().toLower();
        if (f == QLatin1String("table")) {
            m_format = OutputFormat::Table;
        } else if (f == QLatin1String("json")) {
            m_format = OutputFormat::Json;
        } else if (f == QLatin1String("csv")) {
            m_format = OutputFormat::Csv;
        } else {
            usageError(tr("--format must be table, json or csv (got '%1')").arg(*format));
            return false;
        }
    }
    m_verbose = m_cmd.has(QStringLiteral("verbose"));
    m_yes = m_cmd.has(QStringLiteral("yes"));
    m_profileName = m_cmd.value(QStringLiteral("profile")).value_or(QString());
    m_useSandbox = m_cmd.has(QStringLiteral("sandbox"))
        || m_profileName.compare(kSandboxProfile, Qt::CaseInsensitive) == 0;
    if (m_cmd.has(QStringLiteral("sandbox")) && !m_profileName.isEmpty() && !m_useSandbox) {
        usageError(tr("--sandbox cannot be combined with --profile %1").arg(m_profileName));
        return false;
    }
    if (!m_useSandbox && (m_cmd.has(QStringLiteral("sandbox-active")) || m_cmd.has(QStringLiteral("sandbox-seed"))
                          || m_cmd.has(QStringLiteral("sandbox-state")) || m_cmd.has(QStringLiteral("sandbox-faults"))
                          || m_cmd.has(QStringLiteral("sandbox-latency")))) {
        usageError(tr("--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency "
                      "need --sandbox"));
        return false;
    }
    if (const auto faults = m_cmd.value(QStringLiteral("sandbox-faults"))) {
        sandbox::FaultInjector injector;
        QString error;
        if (!injector.parse(*faults, &error)) {
            usageError(tr("--sandbox-faults: %1").arg(error));
            return false;
        }
        m_sandboxFaults = *faults;
    }
    if (const auto latency = m_cmd.value(QStringLiteral("sandbox-latency"))) {
        bool ok = false;
        const int ms = latency->toInt(&ok);
        if (!ok || ms < 0 || ms > 600000) {
            usageError(tr("--sandbox-latency must be a number of milliseconds from 0 to 600000 (got '%1')").arg(*latency));
            return false;
        }
        m_sandboxLatencyMs = ms;
    }
    // Transport and audit settings apply to every connection kind (options win over the environment).
    m_caBundle = m_cmd.value(QStringLiteral("ca-bundle")).value_or(envValue("NUMBERDESK_CA_BUNDLE").value_or(QString()));
    m_auditPath = m_cmd.value(QStringLiteral("audit-log")).value_or(envValue("NUMBERDESK_AUDIT_LOG").value_or(QString()));
    if (const auto active = m_cmd.value(QStringLiteral("sandbox-active"))) {
        bool ok = false;
        const int n = active->toInt(&ok);
        if (!ok || n < 0 || n > 1000000) {
            usageError(tr("--sandbox-active must be a number from 0 to 1000000 (got '%1')").arg(*active));
            return false;
        }
        m_sandboxActive = n;
    }
    if (const auto seed = m_cmd.value(QStringLiteral("sandbox-seed"))) {
        bool ok = false;
        const uint n = seed->toUInt(&ok);
        if (!ok) {
            usageError(tr("--sandbox-seed must be a non-negative number (got '%1')").arg(*seed));
            return false;
        }
        m_sandboxSeed = n;
    }
    if (const auto timeout = m_cmd.value(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = timeout->toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            usageError(tr("--timeout must be a number of seconds between 0 and 3600 (got '%1')").arg(*timeout));
            return false;
        }
        m_connection.transferTimeoutMs = qMax(1, static_cast<int>(seconds * 1000));
    }
    if (const auto retries = m_cmd.value(QStringLiteral("retries"))) {
        bool ok = false;
        const int n = retries->toInt(&ok);
        if (!ok || n < 0 || n > 10) {
            usageError(tr("--retries must be a number from 0 to 10 (got '%1')").arg(*retries));
            return false;
        }
        m_readAttempts = n + 1;
    }
    if (const auto auth = m_cmd.value(QStringLiteral("auth"))) {
        const QString a = auth->trimmed().toLower();
        if (a == QLatin1String("basic")) {
            m_connection.authMethod = AuthMethod::Basic;
        } else if (a == QLatin1String("oauth2")) {
            m_connection.authMethod = AuthMethod::OAuth2;
        } else {
            usageError(tr("--auth must be basic or oauth2 (got '%1')").arg(*auth));
            return false;
        }
    }
    for (const char *name : {"numbers-url", "auth-url"}) {
        if (const auto text = m_cmd.value(QString::fromLatin1(name))) {
            const QUrl url(*text, QUrl::StrictMode);
            if (!isHttpUrl(url)) {
                usageError(tr("--%1 must be an http(s) URL (got '%2')").arg(QString::fromLatin1(name), *text));
                return false;
            }
        }
    }
    return true;
}

bool CliApp::prepareNumber()
{
    const QString input = m_cmd.positionals.value(0);
    const Result<QString> number = PhoneNumber::normalize(input);
    if (!number) {
        usageError(tr("'%1' is not a usable phone number: %2").arg(input, number.error().userMessage));
        return false;
    }
    m_number = number.value();
    return true;
}

namespace {

std::optional<NumberType> parseType(const QString &text)
{
    const QString t = upper(text);
    for (const auto value : {NumberType::Value::Mobile, NumberType::Value::Local, NumberType::Value::TollFree}) {
        if (t == NumberType::wireName(value)) {
            return NumberType(value);
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

} // namespace

bool CliApp::preparePattern(NumberPattern *pattern)
{
    const auto digits = m_cmd.value(QStringLiteral("pattern"));
    const auto where = m_cmd.value(QStringLiteral("search-pattern"));
    if (where && !digits) {
        usageError(tr("--search-pattern needs --pattern"));
        return false;
    }
    if (!digits) {
        return true;
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^\\+?[0-9]{1,15}$"));
    if (!digitsOnly.match(*digits).hasMatch()) {
        usageError(tr("--pattern must be 1 to 15 digits, optionally after a leading + (got '%1')").arg(*digits));
        return false;
    }
    pattern->pattern = *digits;
    if (where) {
        const QString w = upper(*where);
        if (w == QLatin1String("START")) {
            pattern->searchPattern = SearchPattern(SearchPattern::Value::Start);
        } else if (w == QLatin1String("CONTAINS")) {
            pattern->searchPattern = SearchPattern(SearchPattern::Value::Contains);
        } else if (w == QLatin1String("END")) {
            pattern->searchPattern = SearchPattern(SearchPattern::Value::End);
        } else {
            usageError(tr("--search-pattern must be START, CONTAINS or END (got '%1')").arg(*where));
            return false;
        }
    }
    return true;
}

bool CliApp::prepareConfiguration(bool allowEmpty)
{
    auto emptyNotAllowed = [this](const QString &option) {
        usageError(tr("--%1 must not be empty (\"\" unlinks, which only 'active update' can do)").arg(option));
        return false;
    };
    const auto plan = m_cmd.value(QStringLiteral("sms-service-plan"));
    const auto campaign = m_cmd.value(QStringLiteral("sms-campaign"));
    if (campaign && !plan) {
        usageError(tr("--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS "
                      "settings are sent)"));
        return false;
    }
    if (plan) {
        if (plan->isEmpty() && !allowEmpty) {
            return emptyNotAllowed(QStringLiteral("sms-service-plan"));
        }
        if (campaign && campaign->isEmpty() && !allowEmpty) {
            return emptyNotAllowed(QStringLiteral("sms-campaign"));
        }
        m_config.sms = SmsConfigurationRequest{*plan, campaign};
    }

    const std::pair<const char *, VoiceType::Value> voiceOptions[] = {
        {"voice-rtc-app", VoiceType::Value::Rtc},
        {"voice-est-trunk", VoiceType::Value::Est},
        {"voice-fax-service", VoiceType::Value::Fax},
    };
    int voiceCount = 0;
    for (const auto &[name, type] : voiceOptions) {
        if (const auto id = m_cmd.value(QString::fromLatin1(name))) {
            ++voiceCount;
            if (id->isEmpty() && !allowEmpty) {
                return emptyNotAllowed(QString::fromLatin1(name));
            }
            m_config.voice = VoiceConfigurationRequest{VoiceType(type), *id};
        }
    }
    if (voiceCount > 1) {
        usageError(tr("--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive"));
        return false;
    }

    if (const auto url = m_cmd.value(QStringLiteral("callback-url"))) {
        if (url->isEmpty()) {
            if (!allowEmpty) {
                return emptyNotAllowed(QStringLiteral("callback-url"));
            }
        } else if (!isHttpUrl(QUrl(*url, QUrl::StrictMode))) {
            usageError(tr("--callback-url must be an http(s) URL (got '%1')").arg(*url));
            return false;
        }
        m_config.callbackUrl = *url;
    }
    return true;
}

bool CliApp::prepareAddress()
{
    const struct
    {
        const char *option;
        QString *field;
        bool required;
    } fields[] = {
        {"display-name", &m_address.displayName, true},
        {"street-number", &m_address.streetNumber, true},
        {"street-info", &m_address.streetInfo, true},
        {"location", &m_address.location, false},
        {"city", &m_address.city, true},
        {"state", &m_address.state, true},
        {"postal-code", &m_address.postalCode, true},
        {"postal-code-plus-four", &m_address.postalCodePlusFour, false},
    };
    for (const auto &f : fields) {
        const QString value = m_cmd.value(QString::fromLatin1(f.option)).value_or(QString()).trimmed();
        if (f.required && value.isEmpty()) {
            usageError(tr("--%1 is required for '%2'").arg(QString::fromLatin1(f.option), m_cmd.path()));
            return false;
        }
        *f.field = value;
    }
    return true;
}

bool CliApp::prepareCommand()
{
    const QString path = m_cmd.path();
    const CommandSpec *spec = CommandLine::command(path);
    if (spec && spec->maxPositionals > 0 && !prepareNumber()) {
        return false;
    }

    auto regionFrom = [this](QString *target, bool required) {
        const auto region = m_cmd.value(QStringLiteral("region"));
        if (!region) {
            if (required) {
                usageError(tr("--region is required for '%1'").arg(m_cmd.path()));
                return false;
            }
            return true;
        }
        static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
        if (!twoLetters.match(region->trimmed()).hasMatch()) {
            usageError(tr("--region must be a two-letter country code such as US (got '%1')").arg(*region));
            return false;
        }
        *target = upper(*region);
        return true;
    };
    auto typeFrom = [this](NumberType *target, bool required) {
        const auto text = m_cmd.value(QStringLiteral("type"));
        if (!text) {
            if (required) {
                usageError(tr("--type is required for '%1' (MOBILE, LOCAL or TOLL_FREE)").arg(m_cmd.path()));
                return false;
            }
            return true;
        }
        const auto type = parseType(*text);
        if (!type) {
            usageError(tr("--type must be MOBILE, LOCAL or TOLL_FREE (got '%1')").arg(*text));
            return false;
        }
        *target = *type;
        return true;
    };
    auto capabilitiesFrom = [this](QList<Capability> *target) {
        for (const QString &text : m_cmd.values(QStringLiteral("capability"))) {
            const auto capability = parseCapability(text);
            if (!capability) {
                usageError(tr("--capability must be SMS or VOICE (got '%1')").arg(text));
                return false;
            }
            if (!target->contains(*capability)) {
                target->append(*capability);
            }
        }
        return true;
    };
    auto intFrom = [this](const QString &option, std::optional<int> *target, int max) {
        const auto text = m_cmd.value(option);
        if (!text) {
            return true;
        }
        bool ok = false;
        const int n = text->toInt(&ok);
        if (!ok || n < 1 || n > max) {
            usageError(tr("--%1 must be a number from 1 to %2 (got '%3')").arg(option).arg(max).arg(*text));
            return false;
        }
        *target = n;
        return true;
    };

    if (path == QLatin1String("regions")) {
        for (const QString &text : m_cmd.values(QStringLiteral("type"))) {
            const auto type = parseType(text);
            if (!type) {
                usageError(tr("--type must be MOBILE, LOCAL or TOLL_FREE (got '%1')").arg(text));
                return false;
            }
            if (!m_regionTypes.contains(*type)) {
                m_regionTypes.append(*type);
            }
        }
        return true;
    }
    if (path == QLatin1String("available search")) {
        return regionFrom(&m_search.regionCode, true) && typeFrom(&m_search.type, true)
            && preparePattern(&m_search.pattern) && capabilitiesFrom(&m_search.capabilities)
            && intFrom(QStringLiteral("size"), &m_search.size, 1000);
    }
    if (path == QLatin1String("available rent")) {
        return prepareConfiguration(false);
    }
    if (path == QLatin1String("available rent-any")) {
        return regionFrom(&m_rentAny.regionCode, true) && typeFrom(&m_rentAny.type, true)
            && preparePattern(&m_rentAny.pattern) && capabilitiesFrom(&m_rentAny.capabilities)
            && prepareConfiguration(false);
    }
    if (path == QLatin1String("active list")) {
        m_all = m_cmd.has(QStringLiteral("all"));
        if (m_all && m_cmd.has(QStringLiteral("page-token"))) {
            usageError(tr("--page-token cannot be combined with --all (which walks every page itself)"));
            return false;
        }
        if (!regionFrom(&m_activeQuery.regionCode, false) || !typeFrom(&m_activeQuery.type, false)
            || !preparePattern(&m_activeQuery.pattern) || !capabilitiesFrom(&m_activeQuery.capabilities)
            || !intFrom(QStringLiteral("page-size"), &m_activeQuery.pageSize, ActiveNumberWalker::maxPageSize())) {
            return false;
        }
        m_activeQuery.pageToken = m_cmd.value(QStringLiteral("page-token")).value_or(QString());
        if (const auto order = m_cmd.value(QStringLiteral("order-by"))) {
            const QString o = upper(*order);
            if (o == QLatin1String("PHONE_NUMBER") || o == QLatin1String("PHONENUMBER")) {
                m_activeQuery.orderBy = OrderBy(OrderBy::Value::PhoneNumber);
            } else if (o == QLatin1String("DISPLAY_NAME") || o == QLatin1String("DISPLAYNAME")) {
                m_activeQuery.orderBy = OrderBy(OrderBy::Value::DisplayName);
            } else {
                usageError(tr("--order-by must be PHONE_NUMBER or DISPLAY_NAME (got '%1')").arg(*order));
                return false;
            }
        }
        return true;
    }
    if (path == QLatin1String("active update")) {
        if (!prepareConfiguration(true)) {
            return false;
        }
        m_update.displayName = m_cmd.value(QStringLiteral("display-name"));
        m_update.configuration = m_config;
        if (m_update.isEmpty()) {
            usageError(tr("nothing to update: give --display-name or a configuration option"));
            return false;
        }
        return true;
    }
    if (path == QLatin1String("emergency provision") || path == QLatin1String("emergency validate")) {
        return prepareAddress();
    }
    if (path == QLatin1String("activity")) {
        for (const char *name : {"since", "until"}) {
            if (const auto text = m_cmd.value(QString::fromLatin1(name))) {
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
                    usageError(tr("--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z "
                                  "(got '%2')")
                                   .arg(QString::fromLatin1(name), *text));
                    return false;
                }
                if (when.timeSpec() == Qt::LocalTime && !text->contains(QLatin1Char('T'))) {
                    when.setTimeSpec(Qt::UTC);
                }
                (name[0] == 's' ? m_activityFilter.since : m_activityFilter.until) = when.toUTC();
            }
        }
        if (const auto op = m_cmd.value(QStringLiteral("operation"))) {
            m_activityFilter.operation = AuditKeys::operationFromKey(op->trimmed());
            if (!m_activityFilter.operation) {
                usageError(tr("--operation must be one of rent, rentAny, update, release, emergencyProvision, "
                              "emergencyDeprovision, callbackSecretUpdate (got '%1')")
                               .arg(*op));
                return false;
            }
        }
        if (const auto outcome = m_cmd.value(QStringLiteral("outcome"))) {
            m_activityFilter.outcome = AuditKeys::outcomeFromKey(outcome->trimmed().toLower());
            if (!m_activityFilter.outcome) {
                usageError(tr("--outcome must be one of pending, done, not_done, unknown, failed, cancelled (got '%1')")
                               .arg(*outcome));
                return false;
            }
        }
        if (const auto number = m_cmd.value(QStringLiteral("number"))) {
            const Result<QString> n = PhoneNumber::normalize(*number);
            if (!n) {
                usageError(tr("'%1' is not a usable phone number: %2").arg(*number, n.error().userMessage));
                return false;
            }
            m_activityFilter.number = n.value();
        }
        std::optional<int> limit;
        if (!intFrom(QStringLiteral("limit"), &limit, 1000000)) {
            return false;
        }
        m_activityFilter.limit = limit.value_or(-1);
        return true;
    }
    if (path == QLatin1String("callbacks set")) {
        const bool fromStdin = m_cmd.has(QStringLiteral("hmac-secret-stdin"));
        const auto given = m_cmd.value(QStringLiteral("hmac-secret"));
        if (fromStdin == given.has_value()) {
            usageError(tr("give exactly one of --hmac-secret and --hmac-secret-stdin"));
            return false;
        }
        if (fromStdin) {
            char line[1024];
            if (!std::fgets(line, sizeof line, stdin)) {
                usageError(tr("--hmac-secret-stdin: nothing could be read from standard input"));
                return false;
            }
            m_hmacSecret = QString::fromUtf8(line).trimmed();
        } else {
            m_hmacSecret = *given;
        }
        static const QRegularExpression secretRule(QStringLiteral("^[a-zA-Z0-9-]{32,64}$"));
        if (!secretRule.match(m_hmacSecret).hasMatch()) {
            // Never echo the secret itself.
            usageError(tr("the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has "
                          "length %1)")
                           .arg(m_hmacSecret.size()));
            return false;
        }
        return true;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Connection

void CliApp::connectAndRun()
{
    if (m_useSandbox) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions options;
        options.seed = m_sandboxSeed;
        options.activeCount = m_sandboxActive;
        options.statePath = m_cmd.value(QStringLiteral("sandbox-state")).value_or(QString());
        options.faults = m_sandboxFaults;
        options.latencyMinMs = m_sandboxLatencyMs;
        options.latencyMaxMs = m_sandboxLatencyMs;
        QString error;
        if (!m_sandbox->start(options, &error)) {
            fail(ExitCode::Failure, tr("the embedded sandbox could not start: %1").arg(error));
            return;
        }
        m_connection.numbersUrl = m_sandbox->baseUrl();
        m_connection.authUrl = m_sandbox->baseUrl();
        m_connection.projectId = m_sandbox->projectId();
        m_connection.keyId = m_sandbox->keyId();
        m_connection.keySecret = m_sandbox->keySecret();
        if (m_verbose) {
            printNote(tr("Embedded sandbox at %1 (project %2)")
                          .arg(m_sandbox->baseUrl().toDisplayString(), m_sandbox->projectId()));
        }
        runWithConnection();
        return;
    }
    if (!m_profileName.isEmpty()) {
        connectWithProfile();
        return;
    }
    // Options win over the environment.
    if (const auto v = envValue("NUMBERDESK_NUMBERS_URL")) {
        m_connection.numbersUrl = QUrl(*v, QUrl::StrictMode);
    }
    if (const auto v = envValue("NUMBERDESK_AUTH_URL")) {
        m_connection.authUrl = QUrl(*v, QUrl::StrictMode);
    }
    m_connection.projectId = envValue("SINCH_PROJECT_ID").value_or(QString());
    m_connection.keyId = envValue("SINCH_KEY_ID").value_or(QString());
    m_connection.keySecret = envValue("SINCH_KEY_SECRET").value_or(QString());
    runWithConnection();
}

void CliApp::connectWithProfile()
{
    // NUMBERDESK_PROFILES_FILE points at another profiles file (tests, portable set-ups).
    const auto path = envValue("NUMBERDESK_PROFILES_FILE");
    ProfileStore store(path.value_or(ProfileStore::defaultFilePath()));
    QString error;
    if (!store.load(&error)) {
        fail(ExitCode::Failure, tr("the saved profiles could not be read (%1): %2").arg(store.filePath(), error));
        return;
    }
    if (!store.contains(m_profileName)) {
        QStringList names;
        for (const Profile &p : store.profiles()) {
            names.append(p.name);
        }
        usageError(tr("no saved profile named '%1' (saved profiles: %2)")
                       .arg(m_profileName, names.join(QStringLiteral(", "))));
        return;
    }
    const Profile profile = store.profile(m_profileName);
    if (profile.isSandbox) {
        m_useSandbox = true;
        connectAndRun();
        return;
    }
    // A profile is explicit: the SINCH_* environment is not mixed into it (only options override it).
    const int timeout = m_connection.transferTimeoutMs;
    const bool authGiven = m_cmd.has(QStringLiteral("auth"));
    const AuthMethod auth = m_connection.authMethod;
    m_connection = profile.toConnection(QString());
    m_connection.transferTimeoutMs = timeout;
    if (authGiven) {
        m_connection.authMethod = auth;
    }
    if (const auto secret = m_cmd.value(QStringLiteral("key-secret"))) {
        m_connection.keySecret = *secret;
        runWithConnection();
        return;
    }
    m_secrets = new SecretStore(this);
    m_secrets->readSecret(profile.name, this, [this](const Result<QString> &secret) {
        if (!secret) {
            usageError(tr("no key secret for profile '%1': %2 (pass --key-secret to give it)")
                           .arg(m_profileName, secret.error().userMessage));
            return;
        }
        m_connection.keySecret = secret.value();
        runWithConnection();
    });
}

void CliApp::runWithConnection()
{
    if (!m_useSandbox) {
        if (const auto v = m_cmd.value(QStringLiteral("numbers-url"))) {
            m_connection.numbersUrl = QUrl(*v, QUrl::StrictMode);
        }
        if (const auto v = m_cmd.value(QStringLiteral("auth-url"))) {
            m_connection.authUrl = QUrl(*v, QUrl::StrictMode);
        }
        if (const auto v = m_cmd.value(QStringLiteral("project"))) {
            m_connection.projectId = *v;
        }
        if (const auto v = m_cmd.value(QStringLiteral("key-id"))) {
            m_connection.keyId = *v;
        }
        if (const auto v = m_cmd.value(QStringLiteral("key-secret"))) {
            m_connection.keySecret = *v;
        }
        if (m_connection.projectId.isEmpty()) {
            usageError(tr("no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox"));
            return;
        }
        if (m_connection.keyId.isEmpty()) {
            usageError(tr("no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox"));
            return;
        }
        if (m_connection.keySecret.isEmpty()) {
            usageError(tr("no access key secret: give --key-secret, set SINCH_KEY_SECRET, or use --profile or "
                          "--sandbox"));
            return;
        }
        if (!isHttpUrl(m_connection.numbersUrl)) {
            usageError(tr("the Numbers API URL must be an http(s) URL (got '%1')")
                           .arg(m_connection.numbersUrl.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
        if (!isHttpUrl(m_connection.authUrl)) {
            usageError(tr("the auth URL must be an http(s) URL (got '%1')")
                           .arg(m_connection.authUrl.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
    }
    m_connection.caBundlePath = m_caBundle;
    const ApiError invalid = m_connection.validate();
    if (invalid.isError()) {
        usageError(invalid.userMessage.isEmpty() ? invalid.fullMessage() : invalid.userMessage);
        return;
    }

    m_client = new NumbersClient(this);
    m_client->setConnection(m_connection);
    RetryPolicy retry = m_client->retryPolicy();
    retry.maxAttempts = m_readAttempts;
    m_client->setRetryPolicy(retry);
    if (m_verbose) {
        // One line per finished request: method, URL (no user info), status. Never headers or bodies,
        // so no secret, token or Authorization value can appear.
        connect(m_client, &NumbersClient::retryScheduled, this,
                [this](const QByteArray &method, const QByteArray &path, int attempt, qint64 delayMs,
                       const ApiError &error) {
                    printNote(QStringLiteral("> retry %1 %2: attempt %3 in %4 ms (%5)")
                                  .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                                  .arg(attempt)
                                  .arg(delayMs)
                                  .arg(error.kind == ApiError::Kind::Http ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                                                         : error.userMessage));
                });
        connect(m_client, &NumbersClient::networkReplyFinished, this,
                [this](QNetworkReply *reply) {
                    QByteArray method;
                    switch (reply->operation()) {
                    case QNetworkAccessManager::GetOperation:
                        method = "GET";
                        break;
                    case QNetworkAccessManager::PostOperation:
                        method = "POST";
                        break;
                    case QNetworkAccessManager::PutOperation:
                        method = "PUT";
                        break;
                    case QNetworkAccessManager::DeleteOperation:
                        method = "DELETE";
                        break;
                    case QNetworkAccessManager::HeadOperation:
                        method = "HEAD";
                        break;
                    default:
                        method = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
                        break;
                    }
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    QString line = QStringLiteral("> %1 %2 -> ")
                                       .arg(QString::fromLatin1(method),
                                            reply->url().toDisplayString(QUrl::RemoveUserInfo));
                    if (status > 0) {
                        line += QString::number(status);
                    } else if (reply->error() == QNetworkReply::ContentReSendError) {
                        line += QStringLiteral("error: connection closed after sending (not sent again)");
                    } else {
                        line += QStringLiteral("error: ") + reply->errorString();
                    }
                    printNote(line);
                });
    }
    m_safe = new SafeOperations(m_client, this);
    execute();
}

void CliApp::execute()
{
    const QString path = m_cmd.path();
    const std::pair<const char *, void (CliApp::*)()> table[] = {
        {"regions", &CliApp::runRegions},
        {"available search", &CliApp::runSearch},
        {"available check", &CliApp::runCheck},
        {"available rent", &CliApp::runRent},
        {"available rent-any", &CliApp::runRentAny},
        {"active list", &CliApp::runList},
        {"active get", &CliApp::runGet},
        {"active update", &CliApp::runUpdate},
        {"active release", &CliApp::runRelease},
        {"emergency get", &CliApp::runEmergencyGet},
        {"emergency provision", &CliApp::runEmergencyProvision},
        {"emergency validate", &CliApp::runEmergencyValidate},
        {"emergency deprovision", &CliApp::runEmergencyDeprovision},
        {"callbacks get", &CliApp::runCallbacksGet},
        {"callbacks set", &CliApp::runCallbacksSet},
    };
    for (const auto &[name, run] : table) {
        if (path == QLatin1String(name)) {
            (this->*run)();
            return;
        }
    }
    fail(ExitCode::Failure, tr("'%1' is not implemented").arg(path));
}

// ---------------------------------------------------------------------------------------------------------
// Confirmation

bool CliApp::confirm(const QString &description)
{
    printNote(description);
    if (m_yes) {
        return true;
    }
    if (!m_stdinIsTerminal) {
        // start() refuses earlier; this keeps the rule in one more place in case of future callers.
        fail(ExitCode::NotConfirmed, tr("not confirmed: standard input is not a terminal (use --yes)"));
        return false;
    }
    std::fputs(tr("Type \"yes\" to continue: ").toUtf8().constData(), m_err);
    std::fflush(m_err);
    char line[256];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (!read || QString::fromUtf8(line).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
        fail(ExitCode::NotConfirmed, tr("not confirmed: nothing was changed"));
        return false;
    }
    return true;
}

QString CliApp::configurationText(const NumberConfiguration &c) const
{
    QStringList lines;
    if (c.sms) {
        lines.append(c.sms->servicePlanId.isEmpty()
                         ? tr("  SMS service plan: unlink")
                         : tr("  SMS service plan: %1").arg(c.sms->servicePlanId));
        if (c.sms->campaignId) {
            lines.append(c.sms->campaignId->isEmpty() ? tr("  10DLC campaign: unlink")
                                                      : tr("  10DLC campaign: %1").arg(*c.sms->campaignId));
        }
    }
    if (c.voice) {
        lines.append(c.voice->id.isEmpty() ? tr("  Voice (%1): unlink").arg(c.voice->type.wire())
                                           : tr("  Voice (%1): %2").arg(c.voice->type.wire(), c.voice->id));
    }
    if (c.callbackUrl) {
        lines.append(c.callbackUrl->isEmpty() ? tr("  Callback URL: remove")
                                              : tr("  Callback URL: %1").arg(*c.callbackUrl));
    }
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------------------------
// Commands

void CliApp::runRegions()
{
    m_client->listAvailableRegions(m_regionTypes, this, [this](const Result<QList<AvailableRegion>> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        m_printer->beginList(Records::regionColumns(), QStringLiteral("availableRegions"), false);
        for (const AvailableRegion &r : result.value()) {
            m_printer->addRow(Records::region(r));
        }
        m_printer->endList();
        finish(ExitCode::Success);
    });
}

void CliApp::runSearch()
{
    m_client->searchAvailableNumbers(m_search, this, [this](const Result<QList<AvailableNumber>> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        m_printer->beginList(Records::availableNumberColumns(), QStringLiteral("availableNumbers"), false);
        for (const AvailableNumber &n : result.value()) {
            m_printer->addRow(Records::availableNumber(n));
        }
        m_printer->endList();
        if (result.value().isEmpty() && m_format == OutputFormat::Table) {
            printNote(tr("No available numbers match."));
        }
        finish(ExitCode::Success);
    });
}

void CliApp::runCheck()
{
    m_client->getAvailableNumber(m_number, this, [this](const Result<AvailableNumber> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        m_printer->printSingle(Records::availableNumberColumns(), Records::availableNumber(result.value()));
        finish(ExitCode::Success);
    });
}

void CliApp::runRent()
{
    // Look the number up first: it shows the price and fails early when the number is gone.
    m_client->getAvailableNumber(m_number, this, [this](const Result<AvailableNumber> &available) {
        if (!available) {
            apiFailure(available.error());
            return;
        }
        const AvailableNumber &n = available.value();
        QString text = tr("Renting %1 (%2, %3, %4).\n  Setup price: %5\n  Then %6 every %7")
                           .arg(n.phoneNumber, n.type.wire(), n.regionCode, Records::capabilities(n.capabilities),
                                n.setupPrice.isEmpty() ? tr("unknown") : n.setupPrice.toDisplayString(),
                                n.monthlyPrice.isEmpty() ? tr("unknown") : n.monthlyPrice.toDisplayString(),
                                n.paymentIntervalMonths > 0 ? Records::interval(n.paymentIntervalMonths)
                                                            : tr("billing period"));
        if (n.supportingDocumentationRequired) {
            text += QLatin1Char('\n') + tr("  Supporting (regulatory) documentation is required for this number.");
        }
        const QString config = configurationText(m_config);
        if (!config.isEmpty()) {
            text += QLatin1Char('\n') + config;
        }
        if (!confirm(text)) {
            return;
        }
        AuditCost cost;
        cost.currencyCode = n.monthlyPrice.currencyCode.isEmpty() ? n.setupPrice.currencyCode
                                                                   : n.monthlyPrice.currencyCode;
        cost.setupPrice = n.setupPrice.amount;
        cost.monthlyPrice = n.monthlyPrice.amount;
        cost.paymentIntervalMonths = n.paymentIntervalMonths;
        if (!beginAudit(AuditOperation::Rent, {m_number}, configurationText(m_config).simplified(), cost)) {
            return;
        }
        m_safe->rent(m_number, m_config, this, [this](const Outcome &outcome) {
            reportOutcome(outcome, [this, outcome] {
                m_printer->printSingle(Records::activeNumberColumns(), Records::activeNumber(*outcome.activeNumber));
            });
        });
    });
}

void CliApp::runRentAny()
{
    // One whole sentence per line, so translators never see fragments.
    QString text = tr("Renting any %1 %2 number.").arg(m_rentAny.regionCode, m_rentAny.type.wire());
    if (!m_rentAny.pattern.isEmpty()) {
        text += QLatin1Char('\n')
            + (m_rentAny.pattern.searchPattern.isEmpty()
                   ? tr("  Pattern: %1 (any position)").arg(m_rentAny.pattern.pattern)
                   : tr("  Pattern: %1 (%2)").arg(m_rentAny.pattern.pattern, m_rentAny.pattern.searchPattern.wire()));
    }
    if (!m_rentAny.capabilities.isEmpty()) {
        text += QLatin1Char('\n') + tr("  Capabilities: %1").arg(Records::capabilities(m_rentAny.capabilities));
    }
    text += QLatin1Char('\n')
        + tr("  The number and its price are chosen by Sinch (see 'available search' for typical prices); you are "
             "billed its setup and recurring price.");
    m_rentAny.configuration = m_config;
    const QString config = configurationText(m_config);
    if (!config.isEmpty()) {
        text += QLatin1Char('\n') + config;
    }
    if (!confirm(text)) {
        return;
    }
    QString summary = QStringLiteral("regionCode=%1 type=%2").arg(m_rentAny.regionCode, m_rentAny.type.wire());
    if (!m_rentAny.pattern.isEmpty()) {
        summary += QStringLiteral(" pattern=%1").arg(m_rentAny.pattern.pattern);
    }
    if (!beginAudit(AuditOperation::RentAny, {}, summary, AuditCost())) {
        return;
    }
    m_safe->rentAny(m_rentAny, this, [this](const Outcome &outcome) {
        reportOutcome(outcome, [this, outcome] {
            if (outcome.rentedNumbers.size() > 1) {
                m_printer->beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), false);
                for (const ActiveNumber &n : outcome.rentedNumbers) {
                    m_printer->addRow(Records::activeNumber(n, m_format == OutputFormat::Json));
                }
                m_printer->endList();
                return;
            }
            m_printer->printSingle(Records::activeNumberColumns(), Records::activeNumber(*outcome.activeNumber));
        });
    });
}

void CliApp::runList()
{
    if (m_all) {
        runListAll();
        return;
    }
    m_client->listActiveNumbers(m_activeQuery, this, [this](const Result<ActiveNumbersPage> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        const ActiveNumbersPage &page = result.value();
        m_printer->beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), false);
        for (const ActiveNumber &n : page.activeNumbers) {
            m_printer->addRow(Records::activeNumber(n, m_format == OutputFormat::Json));
        }
        QJsonObject trailer;
        trailer.insert(QStringLiteral("nextPageToken"), page.nextPageToken);
        if (page.totalSize >= 0) {
            trailer.insert(QStringLiteral("totalSize"), page.totalSize);
        }
        m_printer->endList(trailer);
        if (page.hasNextPage() && m_format != OutputFormat::Json) {
            printNote(tr("More numbers follow: add --page-token %1 (or use --all).").arg(page.nextPageToken));
        }
        finish(ExitCode::Success);
    });
}

void CliApp::runListAll()
{
    auto *walker = new ActiveNumberWalker(m_client, m_activeQuery, this);
    m_printer->beginList(Records::activeNumberColumns(), QStringLiteral("activeNumbers"), true);
    m_printer->flush();
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            m_printer->addRow(Records::activeNumber(n, m_format == OutputFormat::Json));
        }
        m_printer->flush();
    });
    if (m_stderrIsTerminal) {
        connect(walker, &ActiveNumberWalker::progress, this, [this](qint64 fetched, qint64 total) {
            // %n is the total (or the count so far): the plural form follows the number it counts.
            const auto plural = [](qint64 n) { return int(qMin<qint64>(n, std::numeric_limits<int>::max())); };
            const QString text = total >= 0
                ? tr("Fetched %1 of %n numbers...", nullptr, plural(total)).arg(fetched)
                : tr("Fetched %n numbers...", nullptr, plural(fetched));
            std::fputs("\r", m_err);
            std::fputs(text.toUtf8().constData(), m_err);
            std::fflush(m_err);
        });
    }
    connect(walker, &ActiveNumberWalker::finished, this, [this](const ApiError &error) {
        if (m_stderrIsTerminal) {
            std::fputs("\r\033[K", m_err);
        }
        // Close the list either way so a JSON consumer sees a well-formed document; the exit code says
        // whether it is complete.
        m_printer->endList();
        if (error.isError()) {
            apiFailure(error);
            return;
        }
        finish(ExitCode::Success);
    });
    walker->start();
}

void CliApp::runGet()
{
    m_client->getActiveNumber(m_number, this, [this](const Result<ActiveNumber> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        m_printer->printSingle(Records::activeNumberColumns(), Records::activeNumber(result.value()));
        finish(ExitCode::Success);
    });
}

void CliApp::runUpdate()
{
    QString text = tr("Updating %1:").arg(m_number);
    if (m_update.displayName) {
        text += QLatin1Char('\n')
            + (m_update.displayName->isEmpty() ? tr("  Display name: remove")
                                               : tr("  Display name: %1").arg(*m_update.displayName));
    }
    const QString config = configurationText(m_update.configuration);
    if (!config.isEmpty()) {
        text += QLatin1Char('\n') + config;
    }
    if (!confirm(text)) {
        return;
    }
    QString summary = configurationText(m_update.configuration).simplified();
    if (m_update.displayName) {
        summary = QStringLiteral("displayName=\"%1\" ").arg(*m_update.displayName) + summary;
    }
    if (!beginAudit(AuditOperation::Update, {m_number}, summary.trimmed(), AuditCost())) {
        return;
    }
    m_safe->update(m_number, m_update, this, [this](const Outcome &outcome) {
        reportOutcome(outcome, [this, outcome] {
            m_printer->printSingle(Records::activeNumberColumns(), Records::activeNumber(*outcome.activeNumber));
        });
    });
}

void CliApp::runRelease()
{
    m_client->getActiveNumber(m_number, this, [this](const Result<ActiveNumber> &current) {
        if (!current) {
            apiFailure(current.error());
            return;
        }
        const ActiveNumber &n = current.value();
        QString text = tr("Releasing %1 (%2, %3%4).")
                           .arg(n.phoneNumber, n.type.wire(), n.regionCode,
                                n.displayName.isEmpty() ? QString() : QStringLiteral(", \"%1\"").arg(n.displayName));
        if (!n.money.isEmpty()) {
            text += QLatin1Char('\n')
                + tr("  You currently pay %1 every %2.")
                      .arg(n.money.toDisplayString(), n.paymentIntervalMonths > 0
                                                          ? Records::interval(n.paymentIntervalMonths)
                                                          : tr("billing period"));
        }
        text += QLatin1Char('\n')
            + (n.nextChargeDate.isValid()
                   ? tr("  The number stays yours until the end of the paid period (%1), then it is returned to "
                        "the inventory.")
                         .arg(Records::dateTime(n.nextChargeDate))
                   : tr("  The number stays yours until the end of the paid period, then it is returned to the "
                        "inventory."));
        text += QLatin1Char('\n') + tr("  This cannot be undone.");
        if (n.isReleased()) {
            text += QLatin1Char('\n') + tr("  Note: it is already being released (expires %1).")
                                            .arg(Records::dateTime(n.expireAt));
        }
        if (!confirm(text)) {
            return;
        }
        AuditCost cost;
        cost.currencyCode = n.money.currencyCode;
        cost.monthlyPrice = n.money.amount;
        cost.paymentIntervalMonths = n.paymentIntervalMonths;
        if (!beginAudit(AuditOperation::Release, {m_number}, QString(), cost)) {
            return;
        }
        m_safe->release(m_number, this, [this](const Outcome &outcome) {
            reportOutcome(outcome, [this, outcome] {
                if (outcome.activeNumber) {
                    m_printer->printSingle(Records::activeNumberColumns(),
                                           Records::activeNumber(*outcome.activeNumber));
                } else if (m_format == OutputFormat::Json) {
                    std::fputs("{}\n", m_out);
                }
            });
        });
    });
}

void CliApp::runEmergencyGet()
{
    m_client->getEmergencyAddress(m_number, this, [this](const Result<EmergencyAddress> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        m_printer->printSingle(Records::emergencyAddressColumns(), Records::emergencyAddress(m_number, result.value()));
        finish(ExitCode::Success);
    });
}

void CliApp::runEmergencyProvision()
{
    const EmergencyAddress a = m_address.address();
    const QString text =
        tr("Setting the emergency address of %1 to:\n  %2 (%3)\n  Emergency services will be sent to this address. "
           "Tip: run 'emergency validate' first.")
            .arg(m_number, Records::addressLine(a), m_address.displayName);
    if (!confirm(text)) {
        return;
    }
    if (!beginAudit(AuditOperation::EmergencyProvision, {m_number}, Records::addressLine(a), AuditCost())) {
        return;
    }
    m_safe->provisionEmergencyAddress(m_number, m_address, this, [this](const Outcome &outcome) {
        reportOutcome(outcome, [this, outcome] {
            if (outcome.emergencyAddress) {
                m_printer->printSingle(Records::emergencyAddressColumns(),
                                       Records::emergencyAddress(m_number, *outcome.emergencyAddress));
            }
        });
    });
}

void CliApp::runEmergencyValidate()
{
    m_client->validateEmergencyAddress(
        m_number, m_address, this, [this](const Result<ValidateEmergencyAddressResponse> &result) {
            if (!result) {
                apiFailure(result.error());
                return;
            }
            m_printer->printSingle(Records::validationColumns(), Records::validation(result.value()));
            finish(ExitCode::Success);
        });
}

void CliApp::runEmergencyDeprovision()
{
    const QString text = tr("Removing the emergency address of %1.\n  Emergency calls from this number will have no "
                            "dispatch address.")
                             .arg(m_number);
    if (!confirm(text)) {
        return;
    }
    if (!beginAudit(AuditOperation::EmergencyDeprovision, {m_number}, QString(), AuditCost())) {
        return;
    }
    m_safe->deprovisionEmergencyAddress(m_number, this, [this](const Outcome &outcome) {
        reportOutcome(outcome, [this] {
            if (m_format == OutputFormat::Json) {
                std::fputs("{}\n", m_out);
                std::fflush(m_out);
            }
        });
    });
}

void CliApp::runCallbacksGet()
{
    m_client->getCallbackConfiguration(this, [this](const Result<CallbackConfiguration> &result) {
        if (!result) {
            apiFailure(result.error());
            return;
        }
        // Printing the secret is this command's purpose; it is never logged.
        m_printer->printSingle(Records::callbackColumns(true), Records::callbackConfiguration(result.value(), true));
        finish(ExitCode::Success);
    });
}

void CliApp::runCallbacksSet()
{
    const QString text = tr("Replacing the callback HMAC secret of project %1.\n  Receivers still verifying "
                            "signatures with the old secret will reject new events until they are updated.")
                             .arg(m_connection.projectId);
    if (!confirm(text)) {
        return;
    }
    // The secret itself is never recorded.
    if (!beginAudit(AuditOperation::CallbackSecretUpdate, {}, QString(), AuditCost())) {
        return;
    }
    m_safe->updateCallbackSecret(m_hmacSecret, this, [this](const Outcome &outcome) {
        reportOutcome(outcome, [this, outcome] {
            if (outcome.callbackConfiguration) {
                m_printer->printSingle(Records::callbackColumns(false),
                                       Records::callbackConfiguration(*outcome.callbackConfiguration, false));
            }
        });
    });
}

// ---------------------------------------------------------------------------------------------------------
// Outcomes and the activity log

bool CliApp::beginAudit(AuditOperation operation, const QStringList &numbers, const QString &summary,
                        const AuditCost &cost)
{
    // No record, no billable call: the log must never silently miss money (numbers-api.md §7.4).
    m_audit = std::make_unique<AuditLog>(m_auditPath.isEmpty() ? AuditLog::defaultPath() : m_auditPath);
    auto refuse = [this](const QString &why) {
        fail(ExitCode::AuditUnavailable,
             tr("refusing to send '%1': the activity log %2 cannot be written (%3). Nothing was sent. Fix the log "
                "file or choose another one with --audit-log FILE.")
                 .arg(m_cmd.path(), m_audit->filePath(), why));
        return false;
    };
    if (!m_audit->open()) {
        return refuse(m_audit->errorString());
    }
    AuditAction action;
    action.operation = operation;
    action.client = AuditClient::Cli;
    action.profile = m_useSandbox ? kSandboxProfile : m_profileName;
    action.projectId = m_connection.projectId;
    action.numbers = numbers;
    action.summary = summary;
    action.cost = cost;
    m_auditId = m_audit->begin(action);
    if (m_auditId < 0) {
        return refuse(m_audit->errorString());
    }
    return true;
}

void CliApp::finishAudit(const Outcome &outcome)
{
    if (!m_audit || m_auditId < 0) {
        return;
    }
    AuditOutcome result = AuditOutcome::Unknown;
    switch (outcome.kind) {
    case Outcome::Kind::Done:
        result = AuditOutcome::Done;
        break;
    case Outcome::Kind::NotDone:
        if (outcome.reconciled) {
            result = AuditOutcome::NotDone;
        } else if (outcome.cancelled) {
            result = AuditOutcome::Cancelled;
        } else {
            result = AuditOutcome::Failed;
        }
        break;
    case Outcome::Kind::Unknown:
        result = AuditOutcome::Unknown;
        break;
    }
    QStringList numbers;
    if (outcome.operation == Outcome::Operation::RentAny) {
        for (const ActiveNumber &n : outcome.rentedNumbers) {
            numbers.append(n.phoneNumber);
        }
    }
    if (!m_audit->finish(m_auditId, result, outcome.explanation, numbers)) {
        printError(tr("warning: the outcome could not be written to the activity log %1: %2")
                       .arg(m_audit->filePath(), m_audit->errorString()));
    }
    m_auditId = -1;
}

void CliApp::reportOutcome(const Outcome &outcome, const std::function<void()> &printResult)
{
    finishAudit(outcome);
    switch (outcome.kind) {
    case Outcome::Kind::Done:
        printResult();
        if (outcome.needsReview) {
            printError(outcome.explanation);
        } else {
            printNote(outcome.explanation);
        }
        finish(ExitCode::Success);
        return;
    case Outcome::Kind::NotDone: {
        if (!outcome.reconciled) {
            // A plain refusal (or a cancel before sending): reported like any API error.
            if (outcome.originalError.isError() && !outcome.originalError.isCancelled()
                && !outcome.originalError.isNotFound()) {
                apiFailure(outcome.originalError);
                return;
            }
        }
        ExitCode code = ExitCode::Api;
        switch (outcome.originalError.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Tls:
            code = ExitCode::Network;
            break;
        case ApiError::Kind::Cancelled:
        case ApiError::Kind::None:
        case ApiError::Kind::Validation:
            code = ExitCode::Failure;
            break;
        case ApiError::Kind::Http:
        case ApiError::Kind::Parse:
            code = ExitCode::Api;
            break;
        }
        fail(code, outcome.explanation);
        return;
    }
    case Outcome::Kind::Unknown:
        fail(ExitCode::Unknown, outcome.explanation);
        return;
    }
}

void CliApp::runActivity()
{
    AuditLog log(m_auditPath.isEmpty() ? AuditLog::defaultPath() : m_auditPath);
    if (!log.open()) {
        fail(ExitCode::Failure, tr("the activity log cannot be read: %1").arg(log.errorString()));
        return;
    }
    if (m_format == OutputFormat::Csv || m_format == OutputFormat::Json) {
        m_printer->flush();
        QFile out;
        if (!out.open(m_out, QIODevice::WriteOnly)) {
            fail(ExitCode::Failure, tr("standard output cannot be written"));
            return;
        }
        const bool ok = m_format == OutputFormat::Csv ? log.exportCsv(&out, m_activityFilter)
                                                      : log.exportJson(&out, m_activityFilter);
        out.flush();
        if (!ok) {
            fail(ExitCode::Failure, tr("the activity log could not be exported: %1").arg(log.errorString()));
            return;
        }
        finish(ExitCode::Success);
        return;
    }
    const QList<AuditRecord> records = log.records(m_activityFilter);
    const QList<Column> columns = {
        {QStringLiteral("id"), tr("Id"), 5},
        {QStringLiteral("startedAt"), tr("Started"), 20},
        {QStringLiteral("operation"), tr("Operation"), 22},
        {QStringLiteral("numbers"), tr("Numbers"), 16},
        {QStringLiteral("cost"), tr("Cost"), 28},
        {QStringLiteral("outcome"), tr("Outcome"), 10},
        {QStringLiteral("detail"), tr("Detail"), 40},
    };
    m_printer->beginList(columns, QStringLiteral("activity"), false);
    for (const AuditRecord &r : records) {
        Record row;
        row.cells = {QString::number(r.id), r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     AuditKeys::operationDisplayName(r.operation), r.numbers.join(QLatin1Char(' ')),
                     AuditKeys::costDisplayText(r.cost), AuditKeys::outcomeDisplayName(r.outcome), r.detail};
        m_printer->addRow(row);
    }
    m_printer->endList();
    if (records.isEmpty()) {
        printNote(tr("No recorded actions match (activity log: %1).").arg(log.filePath()));
    }
    finish(ExitCode::Success);
}

} // namespace nd::cli
