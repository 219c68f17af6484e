// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activenumbermodel.h"
#include "activepanel.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "regionmodel.h"
#include "screenshottour.h"
#include "secretstore.h"
#include "sessioncontroller.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// The translation context of the command line and start-up messages.
struct AppMain
{
    Q_DECLARE_TR_FUNCTIONS(nd::AppMain)
};

// The packaged desktop entry / AppStream id; also the icon's name in the hicolor theme.
constexpr char appId[] = "io.github.numberdesk.NumberDesk";

// How long --smoke-test waits for the first regions and the first page of active numbers.
constexpr int smokeTestTimeoutMs = 20000;

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               AppMain::tr("Start with the profile <name>."),
                               AppMain::tr("name")};
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        AppMain::tr("Start on the built-in Sandbox profile (local emulator, nothing is billed).")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshot-dir"),
        AppMain::tr("Save screenshots of the main views and dialogs into <dir>, then quit."),
        AppMain::tr("dir")};
    QCommandLineOption smokeTest{
        QStringLiteral("smoke-test"),
        AppMain::tr("Start, wait until the main window shows the first regions and active numbers, "
                                    "then quit (exit status 0; 1 on an error or after 20 seconds).")};
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
}

// Translations first: the option descriptions are translated when the options are created.
void setupParser(QCommandLineParser *parser, const Options &options)
{
    parser->setApplicationDescription(
        AppMain::tr("Find, rent, configure and release phone numbers (Sinch Numbers API)."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption(options.profile);
    parser->addOption(options.sandbox);
    parser->addOption(options.screenshots);
    parser->addOption(options.smokeTest);
}

// The stored language (Settings) or the system locale. Without a translation for it the English source texts
// are shown: numberdesk_en.qm then still supplies their singular forms ("1 number", not "1 number(s)").
void installTranslations(QCoreApplication *app)
{
    if (!nd::installTranslations(nd::storedLanguage())) {
        auto *english = new QTranslator(app);
        if (english->load(QStringLiteral("numberdesk_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(english);
        } else {
            delete english;
        }
    }
}

// --help and --version print and exit; they must work without a display (packaging checks, CI, man-page
// tools), so they are answered by a QCoreApplication before any QGuiApplication exists.
bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") {
            break;
        }
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version"
            || arg == "-v") {
            return true;
        }
    }
    return false;
}

// NUMBERDESK_DARK=1: Fusion with a dark palette, to check the app in dark mode without a dark desktop
// (screenshots, testing). Not a user setting: the desktop's own palette is used otherwise.
void applyDarkPaletteForTesting()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x65, 0xca);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    QApplication::setPalette(p);
}

// --smoke-test: exits 0 once the window is shown and the first regions and active page arrived; 1 with a
// message on stderr on the first error or after smokeTestTimeoutMs.
void startSmokeTest(nd::MainWindow *window)
{
    struct State
    {
        bool regions = false;
        bool active = false;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    const auto finish = [state](int code, const QString &message) {
        if (state->done) {
            return;
        }
        state->done = true;
        std::fprintf(code == 0 ? stdout : stderr, "numberdesk --smoke-test: %s\n", qPrintable(message));
        std::fflush(code == 0 ? stdout : stderr);
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    };
    const auto check = [state, window, finish] {
        if (state->regions && state->active && window->isVisible()) {
            finish(0, QStringLiteral("main window shown with %1 regions and %2 active numbers")
                          .arg(window->regionModel()->rowCount())
                          .arg(window->activeModel()->rowCount()));
        }
    };
    const auto failed = [finish](const QString &what, const nd::ApiError &error) {
        finish(1, what + QStringLiteral(": ") + error.fullMessage());
    };
    QObject::connect(window->regionModel(), &nd::RegionModel::regionsLoaded, window, [state, check](int) {
        state->regions = true;
        check();
    });
    // The Active tab shows the mirror after a sync of it from the server.
    QObject::connect(window->activePanel(), &nd::ActivePanel::loaded, window, [state, check, window] {
        if (window->activePanel()->lastSync() && !window->activePanel()->isSyncing()) {
            state->active = true;
            check();
        }
    });
    QObject::connect(window->regionModel(), &nd::RegionModel::requestFailed, window,
                     [failed](const nd::ApiError &error) { failed(QStringLiteral("loading the regions failed"), error); });
    QObject::connect(window->activePanel(), &nd::ActivePanel::syncFailed, window,
                     [failed](const nd::ApiError &error) {
                         failed(QStringLiteral("syncing the active numbers failed"), error);
                     });
    QObject::connect(window, &nd::MainWindow::connectionStateChanged, window,
                     [finish, window](nd::MainWindow::ConnectionState connection) {
                         if (connection == nd::MainWindow::ConnectionState::Failed) {
                             finish(1, QStringLiteral("connecting failed: ") + window->errorBanner()->text());
                         }
                     });
    QTimer::singleShot(smokeTestTimeoutMs, window, [finish, state] {
        finish(1, QStringLiteral("timed out after %1 s (regions %2, active numbers %3)")
                      .arg(smokeTestTimeoutMs / 1000)
                      .arg(state->regions ? QStringLiteral("loaded") : QStringLiteral("missing"),
                           state->active ? QStringLiteral("loaded") : QStringLiteral("missing")));
    });
    // An error shown before the test started (e.g. unreadable profiles) counts as a failure too.
    if (window->errorBanner()->kind() == nd::ErrorBanner::Kind::Error) {
        finish(1, window->errorBanner()->text());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(&app);
        QCommandLineParser parser;
        const Options options;
        setupParser(&parser, options);
        parser.process(app); // prints the help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("NumberDesk"));
    QGuiApplication::setDesktopFileName(QLatin1String(appId));
    // The packaged hicolor icon when installed; the same drawing from the resources otherwise.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QLatin1String(appId), QIcon(QStringLiteral(":/icons/numberdesk.svg"))));
    if (qEnvironmentVariableIntValue("NUMBERDESK_DARK") == 1) {
        applyDarkPaletteForTesting();
    }
    installTranslations(&app);

    QCommandLineParser parser;
    const Options options;
    setupParser(&parser, options);
    parser.process(app);

    nd::ProfileStore profiles;
    const nd::Result<void, nd::Failure> loaded = profiles.load();
    nd::SecretStore secrets;

    nd::SessionController session(&profiles, &secrets, nd::SessionController::Options());
    nd::MainWindow::Options windowOptions;
    windowOptions.profileName = parser.value(options.profile);
    windowOptions.forceSandbox = parser.isSet(options.sandbox) || parser.isSet(options.screenshots);
    nd::MainWindow window(&session, windowOptions);
    if (!loaded) {
        window.errorBanner()->showWarning(
            AppMain::tr("The saved profiles could not be read: %1").arg(loaded.error().message));
    }
    if (parser.isSet(options.smokeTest)) {
        startSmokeTest(&window);
    }
    window.show();

    if (parser.isSet(options.screenshots)) {
        window.resize(1400, 900); // the size the documentation's screenshots are reviewed at
        auto *tour = new nd::ScreenshotTour(&window, parser.value(options.screenshots), &window);
        QObject::connect(tour, &nd::ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return QApplication::exec();
}
