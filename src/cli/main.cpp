// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>
#include <QTranslator>

#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

nd::cli::CliApp *s_cli = nullptr;

#ifdef Q_OS_UNIX
int s_interruptPipe[2] = {-1, -1};

void onSigint(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_interruptPipe[1], &byte, 1);
}

// Ctrl+C reaches CliApp::interrupt() on the main thread, so an action in flight can be settled before the exit.
void watchInterrupts(QObject *parent)
{
    if (::pipe(s_interruptPipe) != 0) {
        return;
    }
    ::fcntl(s_interruptPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(s_interruptPipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(s_interruptPipe[1], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(s_interruptPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(s_interruptPipe[0], &byte, 1);
        if (s_cli) {
            s_cli->interrupt();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT || !s_cli) {
        return FALSE;
    }
    QMetaObject::invokeMethod(s_cli, &nd::cli::CliApp::interrupt, Qt::QueuedConnection);
    return TRUE;
}

void watchInterrupts(QObject *)
{
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
void watchInterrupts(QObject *)
{
}
#endif

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGPIPE
    // A reader that goes away (| head) makes writes fail with EPIPE, which the CLI reports and stops on.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
    // The libraries' logs are for developers: the CLI reports every problem itself, once (--verbose prints its
    // own request log).
    QLoggingCategory::setFilterRules(QStringLiteral("numberdesk.*.debug=false\nnumberdesk.*.info=false\n"
                                                    "numberdesk.*.warning=false"));

    // The language stored by the desktop app's settings, or the system locale (translations/README.md). Without a
    // translation for it the English source texts are shown, with their singular forms from numberdesk_en.qm.
    if (!nd::installTranslations(nd::storedLanguage())) {
        auto *english = new QTranslator(&app);
        if (english->load(QStringLiteral("numberdesk_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(english);
        }
    }

    QHash<QString, QString> environment;
    const QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : processEnvironment.keys()) {
        environment.insert(key, processEnvironment.value(key));
    }

    nd::cli::CliApp cli(QCoreApplication::arguments().mid(1), environment);
    s_cli = &cli;
    watchInterrupts(&app);
    int exitCode = 0;
    bool done = false;
    QObject::connect(&cli, &nd::cli::CliApp::finished, &app, [&exitCode, &done](int code) {
        exitCode = code;
        done = true;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &cli, &nd::cli::CliApp::start);
    const int loopResult = app.exec();
    s_cli = nullptr;
    return done ? exitCode : loopResult;
}
