// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The translation context of the command line and its messages.
struct SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(nd::sandbox::SandboxMain)
};
int g_signalFd[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

// Self-pipe: the handler only writes a byte; the event loop quits, so the state is saved normally.
void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
} // namespace
#endif

namespace {

QString firstLine(const QByteArray &text)
{
    QByteArray line = text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// The first line of FILE, refused when group or others may read it (the secret would not be a secret).
nd::Result<QString, nd::Failure> readSecretFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return nd::Failure{QStringLiteral("cannot read --key-secret-file %1: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (info.st_mode & (S_IRGRP | S_IROTH)) {
        return nd::Failure{QStringLiteral("refusing --key-secret-file %1: it is readable by group or others (mode %2); "
                                          "make it private with: chmod 600 %1")
                               .arg(path)
                               .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'))};
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return nd::Failure{QStringLiteral("cannot read --key-secret-file %1: %2").arg(path, file.errorString())};
    }
    return firstLine(file.read(64 * 1024));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));

    const nd::sandbox::SandboxOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(SandboxMain::tr(
        "Local, stateful emulator of the Sinch Numbers API (and its OAuth2 token endpoint)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        SandboxMain::tr("TCP port on 127.0.0.1 (0 = any free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           SandboxMain::tr("Project ID."),
                                           QStringLiteral("ID"), defaults.projectId);
    const QCommandLineOption keyIdOption(QStringLiteral("key-id"),
                                         SandboxMain::tr("Access key ID."),
                                         QStringLiteral("ID"), defaults.keyId);
    const QCommandLineOption keySecretOption(
        QStringLiteral("key-secret"),
        SandboxMain::tr("Access key secret (visible to other users in the process list: prefer "
                                    "--key-secret-stdin or --key-secret-file)."),
        QStringLiteral("S"), defaults.keySecret);
    const QCommandLineOption keySecretStdinOption(
        QStringLiteral("key-secret-stdin"),
        SandboxMain::tr("Read the access key secret from the first line of standard input."));
    const QCommandLineOption keySecretFileOption(
        QStringLiteral("key-secret-file"),
        SandboxMain::tr("Read the access key secret from the first line of FILE (which must not be "
                                    "readable by group or others)."),
        QStringLiteral("FILE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), SandboxMain::tr("Seed for generated data and faults."),
        QStringLiteral("N"), QString::number(defaults.seed));
    const QCommandLineOption activeOption(QStringLiteral("active"),
                                          SandboxMain::tr("Active numbers seeded at start."),
                                          QStringLiteral("N"), QString::number(defaults.activeCount));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"),
        SandboxMain::tr("Delay every reply by MS or by MIN-MAX ms."),
        QStringLiteral("MS[-MS]"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        SandboxMain::tr("Fault probabilities, e.g. \"5xx=0.1,429=0.05,reset=0.02,drop-after-commit=0.05,"
                                    "malformed=0.01,provisioning-fail=0.1,reset@rent=1\"."),
        QStringLiteral("SPEC"));
    const QCommandLineOption noRetryAfterOption(
        QStringLiteral("no-retry-after"),
        SandboxMain::tr("Injected 429s carry no Retry-After."));
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("token-lifetime"),
        SandboxMain::tr("Access token lifetime in seconds."), QStringLiteral("S"),
        QString::number(defaults.tokenLifetimeSeconds));
    const QCommandLineOption stepOption(
        QStringLiteral("provisioning-step"),
        SandboxMain::tr("Duration of each provisioning step in ms."), QStringLiteral("MS"),
        QString::number(defaults.provisioningStepMs));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         SandboxMain::tr("Load and save the state in FILE."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), SandboxMain::tr("Log one line per request on stderr."));
    const QCommandLineOption debugOption(
        QStringLiteral("debug-endpoints"),
        SandboxMain::tr("Enable the /_sandbox/... inspection endpoints."));
    parser.addOptions({portOption, projectOption, keyIdOption, keySecretOption, keySecretStdinOption,
                       keySecretFileOption, seedOption, activeOption, latencyOption, faultsOption, noRetryAfterOption,
                       tokenLifetimeOption, stepOption, stateOption, verboseOption, debugOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "numberdesk-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    auto toInt = [](const QString &text, int min, int max, bool *ok) {
        const int value = text.toInt(ok);
        *ok = *ok && value >= min && value <= max;
        return value;
    };

    nd::sandbox::SandboxOptions options;
    bool ok = false;
    options.port = static_cast<quint16>(toInt(parser.value(portOption), 0, 65535, &ok));
    if (!ok)
        return fail(QStringLiteral("--port must be 0 to 65535"));
    options.projectId = parser.value(projectOption);
    options.keyId = parser.value(keyIdOption);
    const int secretSources = int(parser.isSet(keySecretOption)) + int(parser.isSet(keySecretStdinOption)) +
                              int(parser.isSet(keySecretFileOption));
    if (secretSources > 1)
        return fail(QStringLiteral("use only one of --key-secret, --key-secret-stdin and --key-secret-file"));
    options.keySecret = parser.value(keySecretOption);
    if (parser.isSet(keySecretOption)) {
        std::fprintf(stderr, "numberdesk-sandbox: warning: --key-secret is visible to other users of this machine "
                             "(ps, /proc/PID/cmdline); prefer --key-secret-stdin or --key-secret-file\n");
    } else if (parser.isSet(keySecretStdinOption)) {
        std::string line;
        std::getline(std::cin, line);
        options.keySecret = firstLine(QByteArray::fromStdString(line));
    } else if (parser.isSet(keySecretFileOption)) {
        const nd::Result<QString, nd::Failure> secret = readSecretFile(parser.value(keySecretFileOption));
        if (!secret)
            return fail(secret.error().message);
        options.keySecret = secret.value();
    }
    if (options.projectId.isEmpty() || options.keyId.isEmpty() || options.keySecret.isEmpty())
        return fail(QStringLiteral("the project, the key id and the key secret must not be empty"));
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    options.activeCount = toInt(parser.value(activeOption), 0, 10000000, &ok);
    if (!ok)
        return fail(QStringLiteral("--active must be a non-negative integer"));
    if (parser.isSet(latencyOption)) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
        const QRegularExpressionMatch m = re.match(parser.value(latencyOption));
        if (!m.hasMatch())
            return fail(QStringLiteral("--latency must be MS or MIN-MAX"));
        options.latencyMinMs = m.captured(1).toInt();
        options.latencyMaxMs = m.captured(2).isEmpty() ? options.latencyMinMs : m.captured(2).toInt();
        if (options.latencyMaxMs < options.latencyMinMs)
            return fail(QStringLiteral("--latency: MAX must not be below MIN"));
    }
    options.faults = parser.value(faultsOption);
    options.retryAfterOn429 = !parser.isSet(noRetryAfterOption);
    options.tokenLifetimeSeconds = toInt(parser.value(tokenLifetimeOption), 1, 86400 * 365, &ok);
    if (!ok)
        return fail(QStringLiteral("--token-lifetime must be a positive number of seconds"));
    options.provisioningStepMs = toInt(parser.value(stepOption), 0, 3600000, &ok);
    if (!ok)
        return fail(QStringLiteral("--provisioning-step must be a non-negative number of ms"));
    options.statePath = parser.value(stateOption);
    options.verbose = parser.isSet(verboseOption);
    options.debugEndpoints = parser.isSet(debugOption);

    nd::sandbox::SandboxServer server;
    if (const nd::Result<void, nd::Failure> started = server.start(options); !started)
        return fail(started.error().message);

#ifdef Q_OS_UNIX
    installSignalHandlers(&app);
#endif
    // The first line on stdout is the base URL, flushed at once: scripts and tests wait for it.
    std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    std::fprintf(stderr, "numberdesk-sandbox: project %s, key %s, %d active numbers%s\n",
                 qPrintable(server.projectId()), qPrintable(server.keyId()), options.activeCount,
                 options.statePath.isEmpty() ? "" : ", persistent state");

    const int rc = QCoreApplication::exec();
    server.stop(); // saves the state
    return rc;
}
