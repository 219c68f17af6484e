// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commandrequest.h"
#include "recordprinter.h"

#include <QTest>

using nd::cli::CommandLine;
using nd::cli::ParsedCommandLine;
using namespace nd;
using namespace nd::cli;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void usageErrors_data();
    void usageErrors();
    void distinguishesAbsentFromEmpty();
    void repeatableOptionsCollect();
    void helpWinsOverMissingArguments();
    void helpTextListsEveryCommandAndExitCodes();
    void doubleDashEndsOptions();
    void bulkRequests();
    void callbackToolRequests_data();
    void callbackToolRequests();
    void csvQuoting_data();
    void csvQuoting();
};

void TestCommandLine::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("before") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all")};
    QTest::newRow("after") << QStringList{QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all"),
                                          QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("between") << QStringList{QStringLiteral("active"), QStringLiteral("--format=csv"),
                                            QStringLiteral("list"), QStringLiteral("--all")};
}

void TestCommandLine::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    const ParsedCommandLine p = CommandLine::parse(arguments);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.path(), QStringLiteral("active list"));
    QCOMPARE(p.value(QStringLiteral("format")), std::optional<QString>(QStringLiteral("csv")));
    QVERIFY(p.has(QStringLiteral("all")));
    QVERIFY(p.positionals.isEmpty());
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QStringList &args, const QString &message) {
        QTest::newRow(name) << args << message;
    };
    row("unknown option", {QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--foo")},
        QStringLiteral("unknown option --foo for 'active list'"));
    row("command option before command", {QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("regions")},
        QStringLiteral("unknown option --region (command options go after the command"));
    row("unknown command", {QStringLiteral("frobnicate")}, QStringLiteral("unknown command 'frobnicate'"));
    row("unknown subcommand", {QStringLiteral("active"), QStringLiteral("drop")},
        QStringLiteral("unknown subcommand 'drop' for 'active'"));
    row("missing subcommand", {QStringLiteral("emergency")},
        QStringLiteral("'emergency' needs a subcommand: get, provision, validate, deprovision"));
    row("missing number", {QStringLiteral("active"), QStringLiteral("get")},
        QStringLiteral("'active get' needs NUMBER"));
    row("extra argument", {QStringLiteral("active"), QStringLiteral("get"), QStringLiteral("+1"), QStringLiteral("+2")},
        QStringLiteral("unexpected argument '+2' for 'active get'"));
    row("no arguments allowed", {QStringLiteral("regions"), QStringLiteral("US")},
        QStringLiteral("'regions' takes no arguments, got 'US'"));
    row("missing value", {QStringLiteral("regions"), QStringLiteral("--type")},
        QStringLiteral("--type needs a value"));
    row("flag with value", {QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--all=yes")},
        QStringLiteral("--all takes no value"));
    row("not repeatable", {QStringLiteral("active"), QStringLiteral("list"), QStringLiteral("--type"),
                           QStringLiteral("LOCAL"), QStringLiteral("--type"), QStringLiteral("MOBILE")},
        QStringLiteral("--type given more than once"));
    row("single dash", {QStringLiteral("regions"), QStringLiteral("-x")}, QStringLiteral("unknown option -x"));
    row("nothing", {}, QStringLiteral("no command given"));
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ParsedCommandLine p = CommandLine::parse(arguments);
    QVERIFY2(p.error.contains(message), qPrintable(p.error));
}

void TestCommandLine::distinguishesAbsentFromEmpty()
{
    const ParsedCommandLine p = CommandLine::parse({QStringLiteral("active"), QStringLiteral("update"),
                                                    QStringLiteral("+12065550100"), QStringLiteral("--sms-service-plan"),
                                                    QString(), QStringLiteral("--callback-url=")});
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.value(QStringLiteral("sms-service-plan")), std::optional<QString>(QString()));
    QCOMPARE(p.value(QStringLiteral("callback-url")), std::optional<QString>(QString()));
    QCOMPARE(p.value(QStringLiteral("display-name")), std::optional<QString>());
    QCOMPARE(p.positionals, QStringList{QStringLiteral("+12065550100")});
}

void TestCommandLine::repeatableOptionsCollect()
{
    const ParsedCommandLine p = CommandLine::parse({QStringLiteral("regions"), QStringLiteral("--type"),
                                                    QStringLiteral("LOCAL"), QStringLiteral("--type=TOLL_FREE")});
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.values(QStringLiteral("type")), (QStringList{QStringLiteral("LOCAL"), QStringLiteral("TOLL_FREE")}));
}

void TestCommandLine::helpWinsOverMissingArguments()
{
    ParsedCommandLine p = CommandLine::parse({QStringLiteral("active"), QStringLiteral("get"), QStringLiteral("--help")});
    QVERIFY(p.help);
    QVERIFY(p.error.isEmpty());
    QCOMPARE(p.path(), QStringLiteral("active get"));
    p = CommandLine::parse({QStringLiteral("nonsense"), QStringLiteral("--help")});
    QVERIFY(!p.error.isEmpty());
}

void TestCommandLine::helpTextListsEveryCommandAndExitCodes()
{
    const QString help = CommandLine::helpText(QString());
    for (const char *command : {"regions", "available search", "available check", "available rent",
                                "available rent-any", "active list", "active get", "active update", "active release",
                                "emergency get", "emergency provision", "emergency validate", "emergency deprovision",
                                "callbacks get", "callbacks set", "callbacks verify", "callbacks listen",
                                "callbacks send-test"}) {
        QVERIFY2(help.contains(QLatin1String(command)), command);
        const QString sub = CommandLine::helpText(QString::fromLatin1(command));
        QVERIFY2(sub.contains(QLatin1String("Usage: numberdesk-cli ") + QLatin1String(command)), command);
        QVERIFY(sub.contains(QLatin1String("Exit codes")));
    }
    QVERIFY(help.contains(QLatin1String("5  not confirmed")));
    QVERIFY(help.contains(QLatin1String("9  callbacks verify: the signature is invalid")));
    QVERIFY(CommandLine::helpText(QStringLiteral("active list")).contains(QLatin1String("--page-size N")));
    QVERIFY(CommandLine::helpText(QStringLiteral("active")).contains(QLatin1String("release")));
}

void TestCommandLine::doubleDashEndsOptions()
{
    const ParsedCommandLine p = CommandLine::parse({QStringLiteral("active"), QStringLiteral("update"),
                                                    QStringLiteral("--display-name"), QStringLiteral("x"),
                                                    QStringLiteral("--"), QStringLiteral("+12065550100")});
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.positionals, QStringList{QStringLiteral("+12065550100")});
}

void TestCommandLine::callbackToolRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: accepted
    auto row = [](const char *name, const QStringList &args, const QString &error) {
        QStringList all{QStringLiteral("callbacks")};
        all += args;
        QTest::newRow(name) << all << error;
    };
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--body-file"), QStringLiteral("b.json"),
                             QStringLiteral("--signature"), QStringLiteral("ab")};
    row("verify", verify + QStringList{QStringLiteral("--hmac-secret-file"), QStringLiteral("s")}, QString());
    row("verify without a secret", verify, QStringLiteral("give the secret with --hmac-secret-stdin"));
    row("verify without a body", {QStringLiteral("verify"), QStringLiteral("--signature"), QStringLiteral("ab"),
                                  QStringLiteral("--hmac-secret-stdin")},
        QStringLiteral("--body-file FILE is required"));
    row("verify with two secrets on stdin",
        verify + QStringList{QStringLiteral("--hmac-secret-stdin"), QStringLiteral("--key-secret-stdin")},
        QStringLiteral("only one secret can be read from standard input"));
    row("listen", {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("9000"),
                   QStringLiteral("--count"), QStringLiteral("2")},
        QString());
    row("listen on a bad port", {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("70000")},
        QStringLiteral("--port must be a number from 1 to 65535 (got '70000')"));
    row("listen zero times", {QStringLiteral("listen"), QStringLiteral("--count"), QStringLiteral("0")},
        QStringLiteral("--count must be a positive number"));
    row("send-test", {QStringLiteral("send-test"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/h"),
                      QStringLiteral("--event"), QStringLiteral("deprovisioning_from_campaign")},
        QString());
    row("send-test without a URL", {QStringLiteral("send-test")}, QStringLiteral("--url URL is required"));
    row("send-test to ftp", {QStringLiteral("send-test"), QStringLiteral("--url"), QStringLiteral("ftp://h/x")},
        QStringLiteral("is not an http or https URL"));
    row("send-test of an unknown event", {QStringLiteral("send-test"), QStringLiteral("--url"),
                                          QStringLiteral("http://h/x"), QStringLiteral("--event"),
                                          QStringLiteral("NUMBER_ORDER_PROCESSING")},
        QStringLiteral("--event must be one of PROVISIONING_TO_SMS_PLATFORM"));
    row("send-test with a bad status", {QStringLiteral("send-test"), QStringLiteral("--url"),
                                        QStringLiteral("http://h/x"), QStringLiteral("--status"),
                                        QStringLiteral("DONE")},
        QStringLiteral("--status must be SUCCEEDED or FAILED (got 'DONE')"));
    row("send-test with a bad number", {QStringLiteral("send-test"), QStringLiteral("--url"),
                                        QStringLiteral("http://h/x"), QStringLiteral("--number"),
                                        QStringLiteral("+999123456")},
        QStringLiteral("'+999123456' is not a usable phone number"));
}

void TestCommandLine::callbackToolRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const ParsedCommandLine p = CommandLine::parse(arguments);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const nd::cli::ParsedRequest r = nd::cli::RequestParser::parse(p, {});
    if (error.isEmpty()) {
        QVERIFY2(r.invocation.has_value(), qPrintable(r.usageError));
        QCOMPARE(r.invocation->needsConnection, p.subcommand != QLatin1String("verify"));
    } else {
        QVERIFY(!r.invocation.has_value());
        QVERIFY2(r.usageError.contains(error), qPrintable(r.usageError));
    }
}

void TestCommandLine::csvQuoting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("utf8") << QStringLiteral("Malmö") << QByteArray("Malm\xc3\xb6");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCommandLine::csvQuoting()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(nd::cli::RecordPrinter::csvField(input), expected);
}

// `bulk …` (issue 14): the typed requests, and the rules that need no file or network.
void TestCommandLine::bulkRequests()
{
    const QHash<QString, QString> env;
    auto parse = [&env](const QStringList &args) { return RequestParser::parse(CommandLine::parse(args), env); };

    ParsedRequest r = parse({QStringLiteral("bulk"), QStringLiteral("update"), QStringLiteral("--type"),
                             QStringLiteral("LOCAL"), QStringLiteral("--display-name"), QStringLiteral("Store {n}"),
                             QStringLiteral("--sms-service-plan"), QStringLiteral("plan1"), QStringLiteral("--dry-run")});
    QVERIFY2(r.invocation, qPrintable(r.usageError));
    QVERIFY(!r.invocation->confirms); // a dry run asks nobody
    const auto &update = std::get<BulkStartRequest>(r.invocation->command);
    QCOMPARE(update.spec.kind, JobKind::Update);
    QCOMPARE(*update.spec.update.displayNameTemplate, QStringLiteral("Store {n}"));
    QCOMPARE(*update.spec.update.servicePlanId, QStringLiteral("plan1"));
    QCOMPARE(update.filter.type->wire(), QStringLiteral("LOCAL"));

    r = parse({QStringLiteral("bulk"), QStringLiteral("release"), QStringLiteral("--from-file"), QStringLiteral("x.txt"),
               QStringLiteral("--concurrency"), QStringLiteral("8")});
    QVERIFY2(r.invocation, qPrintable(r.usageError));
    QVERIFY(r.invocation->confirms);
    QCOMPARE(std::get<BulkStartRequest>(r.invocation->command).spec.concurrency, 8);

    r = parse({QStringLiteral("bulk"), QStringLiteral("rent"), QStringLiteral("--region"), QStringLiteral("US"),
               QStringLiteral("--type"), QStringLiteral("LOCAL"), QStringLiteral("--count"), QStringLiteral("100"),
               QStringLiteral("--max-recurring"), QStringLiteral("250.50")});
    QVERIFY2(r.invocation, qPrintable(r.usageError));
    const auto &rent = std::get<BulkStartRequest>(r.invocation->command);
    QCOMPARE(rent.count, 100);
    QCOMPARE(rent.maxRecurring->toString(2), QStringLiteral("250.50"));

    r = parse({QStringLiteral("bulk"), QStringLiteral("emergency-deprovision"), QStringLiteral("--region"),
               QStringLiteral("US"), QStringLiteral("--name"), QStringLiteral("lobby")});
    QVERIFY2(r.invocation, qPrintable(r.usageError));
    QVERIFY(r.invocation->confirms);
    const auto &deprovision = std::get<BulkStartRequest>(r.invocation->command);
    QCOMPARE(deprovision.spec.kind, JobKind::EmergencyDeprovision);
    QCOMPARE(deprovision.filter.regionCode, QStringLiteral("US"));
    QCOMPARE(deprovision.filter.nameContains, QStringLiteral("lobby"));

    r = parse({QStringLiteral("bulk"), QStringLiteral("status"), QStringLiteral("20261206-040107-70b4")});
    QVERIFY(r.invocation);
    QVERIFY(!r.invocation->needsConnection);
    QCOMPARE(std::get<BulkStatusRequest>(r.invocation->command).jobId, QStringLiteral("20261206-040107-70b4"));

    r = parse({QStringLiteral("activity"), QStringLiteral("--job"), QStringLiteral("J1")});
    QCOMPARE(std::get<ActivityRequest>(r.invocation->command).filter.jobId, QStringLiteral("J1"));

    const struct
    {
        QStringList args;
        const char *message;
    } errors[] = {
        {{QStringLiteral("bulk"), QStringLiteral("rent"), QStringLiteral("--region"), QStringLiteral("US"),
          QStringLiteral("--type"), QStringLiteral("LOCAL")},
         "needs --from-file FILE, or --region, --type and --count N"},
        {{QStringLiteral("bulk"), QStringLiteral("release"), QStringLiteral("--from-file"), QStringLiteral("x"),
          QStringLiteral("--type"), QStringLiteral("LOCAL")},
         "either --from-file or the selection options"},
        {{QStringLiteral("bulk"), QStringLiteral("update"), QStringLiteral("--type"), QStringLiteral("LOCAL")},
         "nothing to update"},
        {{QStringLiteral("bulk"), QStringLiteral("rent"), QStringLiteral("--from-file"), QStringLiteral("x"),
          QStringLiteral("--max-recurring"), QStringLiteral("ten")},
         "--max-recurring must be an amount"},
        {{QStringLiteral("bulk"), QStringLiteral("release"), QStringLiteral("--concurrency"), QStringLiteral("99")},
         "--concurrency"},
        {{QStringLiteral("bulk"), QStringLiteral("emergency-deprovision"), QStringLiteral("--from-file"),
          QStringLiteral("x"), QStringLiteral("--region"), QStringLiteral("US")},
         "either --from-file or the selection options"},
    };
    for (const auto &e : errors) {
        const ParsedRequest bad = parse(e.args);
        QVERIFY2(!bad.invocation && bad.usageError.contains(QLatin1String(e.message)), qPrintable(bad.usageError));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
