// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// numberdesk-cli inventory sync | list | diff | status, run as a user would against one in-process sandbox:
// the mirror's CSV equals `active list --all`, the diff's JSON after another client rents, releases and renames,
// the mirror file chosen by --inventory-db or NUMBERDESK_INVENTORY_DB (private), and a sync killed with SIGKILL
// half-way that leaves the previous sync intact.

#include "clirunner.h"
#include "sandboxfixture.h"

#include "profilestore.h"
#include "resultcheck.h"
#include "inventorywalker.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <signal.h>

using nd::test::CliRun;
using nd::test::SandboxFixture;

class TestCliInventory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mirrorCsvEqualsActiveList();
    void diffJsonSaysWhatAnotherClientDid();
    void mirrorFileFromEnvironmentIsPrivate();
    void listNeedsASync();
    void sigkillMidSyncKeepsThePreviousSync();
    void interruptingASyncSaysOnceThatThePreviousStays();
    void theProfilesSyncConcurrencyIsTheDefault();

private:
    QProcessEnvironment env() const;
    QStringList connectionArgs();
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QStringList serverNumbers() const;
    QJsonObject statusJson();

    std::unique_ptr<QTemporaryDir> m_home;
    SandboxFixture m_sb;
    QString m_db;
    QString m_secretFile;
};

void TestCliInventory::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_db = m_home->filePath(QStringLiteral("mirror.sqlite"));
    m_secretFile = m_home->filePath(QStringLiteral("secret"));
}

void TestCliInventory::cleanup()
{
    m_sb.client.reset();
    m_sb.server.reset();
}

QProcessEnvironment TestCliInventory::env() const
{
    QProcessEnvironment e = nd::test::cleanEnvironment(m_home->path());
    e.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), m_home->filePath(QStringLiteral("activity.log")));
    return e;
}

QStringList TestCliInventory::connectionArgs()
{
    return nd::test::connectionArgs(m_sb.server->baseUrl(), m_sb.server->projectId(), m_sb.server->keyId(), m_sb.server->keySecret(), m_secretFile);
}

CliRun TestCliInventory::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), arguments,
                            environment.isEmpty() ? env() : environment);
}

QStringList TestCliInventory::serverNumbers() const
{
    QStringList out;
    for (const auto &r : m_sb.state()->activeNumbers()) {
        out.append(r.phoneNumber);
    }
    return out; // sorted by number
}

QJsonObject TestCliInventory::statusJson()
{
    const CliRun r = cli(connectionArgs()
                         + QStringList{QStringLiteral("--inventory-db"), m_db, QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("inventory"), QStringLiteral("status")});
    if (r.exitCode != 0) {
        qWarning("inventory status failed: %s", qPrintable(r.errText()));
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

namespace {

QStringList sortedLines(const QByteArray &csv)
{
    QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty()) {
        const QString header = lines.takeFirst();
        std::sort(lines.begin(), lines.end());
        lines.prepend(header);
    }
    return lines;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray()) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

void TestCliInventory::mirrorCsvEqualsActiveList()
{
    QVERIFY(m_sb.start(QString(), 0, 2500, 5));
    const QStringList db{QStringLiteral("--inventory-db"), m_db};
    const CliRun sync = cli(connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.errText()));
    QVERIFY2(sync.outText().contains(QLatin1String("2500")), qPrintable(sync.outText()));

    const CliRun listed = cli(connectionArgs() + db
                              + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("inventory"),
                                            QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.errText()));
    const CliRun active = cli(connectionArgs()
                              + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("active"),
                                            QStringLiteral("list"), QStringLiteral("--all")});
    QVERIFY2(active.exitCode == 0, qPrintable(active.errText()));
    const QStringList mirror = sortedLines(listed.out);
    const QStringList api = sortedLines(active.out);
    QCOMPARE(mirror.size(), 2501);
    QCOMPARE(mirror.first(), api.first()); // the same columns
    QCOMPARE(mirror, api);

    // The default order is by number, and a local filter equals the API's own filter.
    const CliRun us = cli(connectionArgs() + db
                          + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("inventory"),
                                        QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("us"),
                                        QStringLiteral("--type"), QStringLiteral("LOCAL")});
    const CliRun usApi = cli(connectionArgs()
                             + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("active"),
                                           QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--region"),
                                           QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL")});
    QVERIFY2(us.exitCode == 0 && usApi.exitCode == 0, qPrintable(us.errText() + usApi.errText()));
    QStringList usLines = QString::fromUtf8(us.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(usLines.size() > 2);
    QStringList numbersInOrder;
    for (int i = 1; i < usLines.size(); ++i) {
        numbersInOrder.append(usLines.at(i).section(QLatin1Char(','), 0, 0));
    }
    QStringList sortedNumbers = numbersInOrder;
    std::sort(sortedNumbers.begin(), sortedNumbers.end());
    QCOMPARE(numbersInOrder, sortedNumbers);
    QCOMPARE(sortedLines(us.out), sortedLines(usApi.out));
}

void TestCliInventory::diffJsonSaysWhatAnotherClientDid()
{
    QVERIFY(m_sb.start(QString(), 0, 40, 11));
    const QStringList db{QStringLiteral("--inventory-db"), m_db};
    const QStringList sync{QStringLiteral("inventory"), QStringLiteral("sync")};
    CliRun r = cli(connectionArgs() + db + sync);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QStringList before = serverNumbers();

    QStringList rented;
    for (int i = 0; i < 3; ++i) {
        rented.append(m_sb.rentedNumber(i));
        QVERIFY(!rented.last().isEmpty());
    }
    QStringList released;
    QString renamed;
    for (const QString &n : before) {
        if (m_sb.state()->activeNumber(n)->expireAtMs != 0) {
            continue;
        }
        if (released.size() < 2) {
            released.append(n);
        } else if (renamed.isEmpty()) {
            renamed = n;
        }
    }
    for (const QString &n : std::as_const(released)) {
        QVERIFY(m_sb.wait<nd::ActiveNumber>([&](QObject *ctx, auto cb) { m_sb.client->releaseNumber(n, ctx, cb); }));
    }
    nd::ActiveNumberUpdate rename;
    rename.displayName = QStringLiteral("Renamed by a colleague");
    QVERIFY(m_sb.wait<nd::ActiveNumber>(
        [&](QObject *ctx, auto cb) { m_sb.client->updateActiveNumber(renamed, rename, ctx, cb); }));

    r = cli(connectionArgs() + db + sync);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    r = cli(connectionArgs() + db
            + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("inventory"),
                          QStringLiteral("diff")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QJsonParseError error{};
    const QJsonObject diff = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(QStringList(diff.keys()),
             (QStringList{QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("from"),
                          QStringLiteral("removed"), QStringLiteral("to")}));
    const QDateTime from = QDateTime::fromString(diff.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(diff.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
    QVERIFY(from.isValid() && to.isValid());
    QVERIFY(from < to);
    std::sort(rented.begin(), rented.end());
    QCOMPARE(strings(diff.value(QStringLiteral("added"))), rented);
    QCOMPARE(strings(diff.value(QStringLiteral("removed"))), QStringList());

    QStringList expectedChanged = released + QStringList{renamed};
    std::sort(expectedChanged.begin(), expectedChanged.end());
    QStringList changed;
    for (const QJsonValue &v : diff.value(QStringLiteral("changed")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString n = o.value(QStringLiteral("phoneNumber")).toString();
        changed.append(n);
        const QStringList fields = strings(o.value(QStringLiteral("fields")));
        QCOMPARE(fields, n == renamed ? QStringList{QStringLiteral("displayName")}
                                      : QStringList{QStringLiteral("expireAt")});
    }
    QCOMPARE(changed, expectedChanged); // sorted by number, as the output promises

    // The table form shows the rename old → new.
    r = cli(connectionArgs() + db
            + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("inventory"),
                          QStringLiteral("diff")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(r.outText().contains(renamed + QStringLiteral(",changed,displayName,")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QLatin1String(",Renamed by a colleague")), qPrintable(r.outText()));
}

void TestCliInventory::mirrorFileFromEnvironmentIsPrivate()
{
    QVERIFY(m_sb.start(QString(), 0, 30, 3));
    const QString folder = m_home->filePath(QStringLiteral("new-folder"));
    const QString file = folder + QStringLiteral("/inv.sqlite");
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("NUMBERDESK_INVENTORY_DB"), file);
    CliRun r = cli(connectionArgs() + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")}, e);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    r = cli(connectionArgs()
                + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("inventory"),
                              QStringLiteral("status")},
            e);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QStringLiteral("numbers")).toInt(), 30);
    QVERIFY2(r.outText().contains(QLatin1String("inv.sqlite")), qPrintable(r.outText()));
    QVERIFY(QDateTime::fromString(status.value(QStringLiteral("lastSync")).toString(), Qt::ISODateWithMs).isValid());
    // Nothing went to the default location.
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("data/numberdesk/inventory"))));
}

void TestCliInventory::listNeedsASync()
{
    QVERIFY(m_sb.start(QString(), 0, 5, 3));
    const CliRun r = cli(connectionArgs()
                         + QStringList{QStringLiteral("--inventory-db"), m_db, QStringLiteral("inventory"),
                                       QStringLiteral("diff")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("run 'numberdesk-cli inventory sync'")), qPrintable(r.errText()));
    QCOMPARE(r.out, QByteArray());
}

void TestCliInventory::sigkillMidSyncKeepsThePreviousSync()
{
    QVERIFY(m_sb.start(QString(), 0, 3000, 9));
    const QStringList db{QStringLiteral("--inventory-db"), m_db};
    CliRun r = cli(connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(statusJson().value(QStringLiteral("numbers")).toInt(), 3000);
    const QString firstSync = statusJson().value(QStringLiteral("lastSync")).toString();
    const QByteArray firstList = cli(connectionArgs() + db
                                     + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("inventory"), QStringLiteral("list")})
                                     .out;
    QCOMPARE(sortedLines(firstList).size(), 3001);

    // The server changes, then a slow sync is killed once some of its pages are written into the mirror's file.
    QStringList rented;
    for (int i = 0; i < 4; ++i) {
        rented.append(m_sb.rentedNumber(i));
        QVERIFY(!rented.last().isEmpty());
    }
    std::sort(rented.begin(), rented.end());
    m_sb.server->setLatency(400, 400);
    int pagesAnswered = 0;
    QObject context;
    connect(m_sb.server.get(), &nd::sandbox::SandboxServer::requestArrived, &context,
            [&](const QByteArray &, const QByteArray &path) {
                if (path.endsWith("/activeNumbers")) {
                    ++pagesAnswered;
                }
            });
    QProcess process;
    process.setProcessEnvironment(env());
    process.start(QStringLiteral(ND_CLI_BINARY),
                  connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync"),
                                                      QStringLiteral("--concurrency"), QStringLiteral("2")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(pagesAnswered >= 3, 30000);
    const auto syncRowsWritten = [this] {
        qint64 rows = 0;
        {
            QSqlDatabase mirror = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            mirror.setDatabaseName(m_db);
            QSqlQuery q(mirror);
            if (mirror.open() && q.exec(QStringLiteral("SELECT count(*) FROM incoming")) && q.next()) {
                rows = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    };
    QTRY_VERIFY_WITH_TIMEOUT(syncRowsWritten() > 0, 30000);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    m_sb.server->setLatency(0, 0);

    // The previous sync, exactly.
    const QJsonObject status = statusJson();
    QCOMPARE(status.value(QStringLiteral("numbers")).toInt(), 3000);
    QCOMPARE(status.value(QStringLiteral("lastSync")).toString(), firstSync);
    const QByteArray afterKill = cli(connectionArgs() + db
                                     + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("inventory"), QStringLiteral("list")})
                                     .out;
    QCOMPARE(sortedLines(afterKill), sortedLines(firstList));

    // And the next sync completes with the server's inventory.
    r = cli(connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(statusJson().value(QStringLiteral("numbers")).toInt(), 3004);
    QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral("^Added:\\s+4$"),
                                                                   QRegularExpression::MultilineOption)),
             r.out.constData());
    // What the killed sync had written (its table, its changes) left no trace: the diff is exactly the 4 numbers.
    r = cli(connectionArgs() + db
            + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("inventory"),
                          QStringLiteral("diff")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QJsonObject diff = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(strings(diff.value(QStringLiteral("added"))), rented);
    QCOMPARE(strings(diff.value(QStringLiteral("removed"))), QStringList());
    QCOMPARE(diff.value(QStringLiteral("changed")).toArray().size(), 0);
    QCOMPARE(syncRowsWritten(), 0); // the table is gone
}

// Ctrl+C during a sync: exit 130 and one line saying the previous sync stays (not that line and then a bare
// "interrupted" as well); the mirror keeps the previous sync.
void TestCliInventory::interruptingASyncSaysOnceThatThePreviousStays()
{
    QVERIFY(m_sb.start(QString(), 0, 800, 4));
    const QStringList db{QStringLiteral("--inventory-db"), m_db};
    const CliRun r = cli(connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QString firstSync = statusJson().value(QStringLiteral("lastSync")).toString();

    m_sb.server->setLatency(1000, 1000);
    int pagesAsked = 0;
    QObject context;
    connect(m_sb.server.get(), &nd::sandbox::SandboxServer::requestArrived, &context,
            [&](const QByteArray &, const QByteArray &path) { pagesAsked += path.endsWith("/activeNumbers") ? 1 : 0; });
    QProcess process;
    process.setProcessEnvironment(env());
    process.start(QStringLiteral(ND_CLI_BINARY),
                  connectionArgs() + db + QStringList{QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(pagesAsked > 0, 30000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("interrupted: the mirror keeps its previous sync")), qPrintable(err));
    QVERIFY2(err.count(QLatin1String("interrupted")) == 1, qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    m_sb.server->setLatency(0, 0);
    QCOMPARE(statusJson().value(QStringLiteral("lastSync")).toString(), firstSync);
    QCOMPARE(statusJson().value(QStringLiteral("numbers")).toInt(), 800);
}

void TestCliInventory::theProfilesSyncConcurrencyIsTheDefault()
{
    QVERIFY(m_sb.start(QString(), 0, 120));
    const QStringList plain = connectionArgs(); // writes the key secret into m_secretFile
    const QString profiles = m_home->filePath(QStringLiteral("profiles.json"));
    {
        nd::ProfileStore store(profiles);
        ND_VERIFY_OK(store.load());
        nd::Profile far;
        far.name = QStringLiteral("Far away");
        far.projectId = m_sb.server->projectId();
        far.keyId = m_sb.server->keyId();
        far.numbersUrl = m_sb.server->baseUrl();
        far.authUrl = m_sb.server->baseUrl();
        far.syncConcurrency = 12;
        ND_VERIFY_OK(store.upsert(far));
        ND_VERIFY_OK(store.save());
    }
    QProcessEnvironment environment = env();
    environment.insert(QStringLiteral("NUMBERDESK_PROFILES_FILE"), profiles);
    const auto sync = [&](const QStringList &connection, const QStringList &options) {
        const CliRun r = cli(connection
                                 + QStringList{QStringLiteral("--inventory-db"), m_db, QStringLiteral("--format"),
                                               QStringLiteral("json"), QStringLiteral("inventory"), QStringLiteral("sync")}
                                 + options,
                             environment);
        if (r.exitCode != 0) {
            qWarning("inventory sync failed: %s", qPrintable(r.errText()));
            return QJsonObject();
        }
        return QJsonDocument::fromJson(r.out).object();
    };
    const QStringList profile = {QStringLiteral("--profile"), QStringLiteral("Far away"), QStringLiteral("--key-secret-file"),
                                 m_secretFile};
    QJsonObject out = sync(profile, {});
    QCOMPARE(out.value(QStringLiteral("concurrency")).toInt(), 12);
    QCOMPARE(out.value(QStringLiteral("total")).toInt(), 120);
    out = sync(profile, {QStringLiteral("--concurrency"), QStringLiteral("3")});
    QCOMPARE(out.value(QStringLiteral("concurrency")).toInt(), 3);
    out = sync(plain, {});
    QCOMPARE(out.value(QStringLiteral("concurrency")).toInt(), nd::InventoryWalker::DefaultConcurrency);
    QCOMPARE(out.value(QStringLiteral("total")).toInt(), 120);
}

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cliinventory.moc"
