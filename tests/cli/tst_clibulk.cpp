// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// numberdesk-cli bulk emergency-deprovision against one in-process sandbox, run as a user would: the dry run's
// preview (each number's address, the numbers without one left out, nothing sent), the job with its id first on
// standard error, `bulk status JOB --format json` and `activity --job`, and a run killed with SIGKILL half-way
// whose `bulk resume` sends exactly the steps whose address is still there.

#include "clirunner.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using nd::test::CliRun;
using nd::test::SandboxFixture;

class TestCliBulk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emergencyDeprovisionPreviewJobAndStatus();
    void emergencyDeprovisionKilledAndResumed();

private:
    QProcessEnvironment env() const;
    QStringList connectionArgs();
    CliRun cli(const QStringList &arguments);
    // US voice numbers not being released; the first `withAddress` get an emergency address, the others none.
    QStringList prepare(int count, int withAddress);
    QString writeNumberFile(const QStringList &numbers);
    int addressesLeft(const QStringList &numbers) const;
    QJsonObject status(const QString &jobId);

    std::unique_ptr<QTemporaryDir> m_home;
    SandboxFixture m_sb;
    QString m_secretFile;
};

void TestCliBulk::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_secretFile = m_home->filePath(QStringLiteral("secret"));
    QVERIFY(m_sb.start(QString(), 0, 80));
}

void TestCliBulk::cleanup()
{
    m_sb.client.reset();
    m_sb.server.reset();
}

QProcessEnvironment TestCliBulk::env() const
{
    QProcessEnvironment e = nd::test::cleanEnvironment(m_home->path());
    e.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), m_home->filePath(QStringLiteral("activity.sqlite")));
    e.insert(QStringLiteral("NUMBERDESK_JOBS_DB"), m_home->filePath(QStringLiteral("jobs.sqlite")));
    e.insert(QStringLiteral("NUMBERDESK_INVENTORY_DB"), m_home->filePath(QStringLiteral("mirror.sqlite")));
    return e;
}

QStringList TestCliBulk::connectionArgs()
{
    return nd::test::connectionArgs(m_sb.server->baseUrl(), m_sb.server->projectId(), m_sb.server->keyId(), m_sb.server->keySecret(), m_secretFile);
}

CliRun TestCliBulk::cli(const QStringList &arguments)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), connectionArgs() + arguments, env());
}

QStringList TestCliBulk::prepare(int count, int withAddress)
{
    QStringList numbers;
    for (const auto &r : m_sb.state()->activeNumbers()) {
        // Emergency addresses are for US numbers with voice only.
        if (r.expireAtMs == 0 && r.regionCode == QLatin1String("US") && (r.capabilities & nd::sandbox::Capability::Voice)
            && numbers.size() < count) {
            numbers.append(r.phoneNumber);
        }
    }
    nd::sandbox::EmergencyAddress address;
    address.streetNumber = QStringLiteral("221");
    address.streetInfo = QStringLiteral("Pine St");
    address.city = QStringLiteral("Seattle");
    address.state = QStringLiteral("WA");
    address.postalCode = QStringLiteral("98101");
    for (int i = 0; i < numbers.size(); ++i) {
        if (i < withAddress) {
            m_sb.state()->setEmergencyAddress(numbers.at(i), QStringLiteral("Desk"), address);
        } else {
            m_sb.state()->clearEmergencyAddress(numbers.at(i));
        }
    }
    // The selection comes from the mirror.
    const CliRun sync = cli({QStringLiteral("inventory"), QStringLiteral("sync")});
    if (sync.exitCode != 0) {
        qWarning("inventory sync failed: %s", qPrintable(sync.errText()));
        return {};
    }
    return numbers;
}

QString TestCliBulk::writeNumberFile(const QStringList &numbers)
{
    const QString path = m_home->filePath(QStringLiteral("numbers.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write("# numbers whose 911 address goes\n\n");
    for (const QString &n : numbers) {
        file.write(n.toUtf8() + '\n');
    }
    return path;
}

int TestCliBulk::addressesLeft(const QStringList &numbers) const
{
    int left = 0;
    for (const QString &n : numbers) {
        const auto *r = m_sb.state()->activeNumber(n);
        left += r && r->emergencyAddress ? 1 : 0;
    }
    return left;
}

QJsonObject TestCliBulk::status(const QString &jobId)
{
    const CliRun r = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("bulk"),
                          QStringLiteral("status"), jobId});
    if (r.exitCode != 0) {
        qWarning("bulk status failed: %s", qPrintable(r.errText()));
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

void TestCliBulk::emergencyDeprovisionPreviewJobAndStatus()
{
    const QStringList numbers = prepare(14, 12);
    QCOMPARE(numbers.size(), 14);
    const QString file = writeNumberFile(numbers);
    QVERIFY(!file.isEmpty());

    // The dry run: each address that goes, the two numbers without one left out, nothing sent.
    const CliRun dry = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("bulk"),
                            QStringLiteral("emergency-deprovision"), QStringLiteral("--from-file"), file,
                            QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.errText()));
    const QJsonArray items = QJsonDocument::fromJson(dry.out).object().value(QLatin1String("items")).toArray();
    QVERIFY2(items.size() == 12, qPrintable(dry.errText()));
    for (int i = 0; i < 12; ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QLatin1String("phoneNumber")).toString(), numbers.at(i));
        QCOMPARE(item.value(QLatin1String("change")).toString(),
                 QStringLiteral("remove the emergency address: 221 Pine St, Seattle, WA 98101"));
    }
    QCOMPARE(dry.errText().count(QLatin1String("has no emergency address: nothing to remove; left out.")), 2);
    QVERIFY(dry.errText().contains(numbers.at(12)));
    QVERIFY2(dry.errText().contains(QLatin1String("Removing the emergency address of 12 number")), qPrintable(dry.errText()));
    QVERIFY(dry.errText().contains(QLatin1String("Dry run: nothing was sent.")));
    QCOMPARE(m_sb.receivedCount("deprovision"), 0);
    QCOMPARE(addressesLeft(numbers), 12);

    // Without --yes and without a terminal: not confirmed, nothing sent.
    const CliRun refused = cli({QStringLiteral("bulk"), QStringLiteral("emergency-deprovision"),
                                QStringLiteral("--from-file"), file});
    QCOMPARE(refused.exitCode, 5);
    QCOMPARE(m_sb.receivedCount("deprovision"), 0);

    const CliRun run = cli({QStringLiteral("--yes"), QStringLiteral("bulk"), QStringLiteral("emergency-deprovision"),
                            QStringLiteral("--from-file"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString firstLine = run.errText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(QLatin1String("Job ID: ")), qPrintable(firstLine));
    const QString jobId = firstLine.mid(8).trimmed();
    QCOMPARE(m_sb.receivedCount("deprovision"), 12);
    QCOMPARE(addressesLeft(numbers), 0);

    const QJsonObject job = status(jobId);
    QCOMPARE(job.value(QLatin1String("id")).toString(), jobId);
    QCOMPARE(job.value(QLatin1String("kind")).toString(), QStringLiteral("emergencyDeprovision"));
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("done"));
    const QJsonObject counts = job.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("done")).toInt(), 12);
    QCOMPARE(counts.value(QLatin1String("notDone")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("pending")).toInt(), 0);
    QCOMPARE(job.value(QLatin1String("items")).toArray().size(), 12);

    // One activity record per number, with the address that was removed.
    const CliRun activity = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("activity"),
                                 QStringLiteral("--job"), jobId});
    QVERIFY2(activity.exitCode == 0, qPrintable(activity.errText()));
    // The activity log's own JSON export: an array of records.
    const QJsonArray records = QJsonDocument::fromJson(activity.out).array();
    QCOMPARE(records.size(), 12);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(QLatin1String("operation")).toString(), QStringLiteral("emergencyDeprovision"));
        QCOMPARE(record.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        const QJsonObject change = record.value(QLatin1String("changes")).toArray().first().toObject();
        QCOMPARE(change.value(QLatin1String("from")).toString(), QStringLiteral("221 Pine St, Seattle, WA 98101"));
        QCOMPARE(change.value(QLatin1String("to")).toString(), QString());
    }

    // Nothing left to remove: the same file starts no job.
    const CliRun again = cli({QStringLiteral("--yes"), QStringLiteral("bulk"), QStringLiteral("emergency-deprovision"),
                              QStringLiteral("--from-file"), file});
    QCOMPARE(again.exitCode, 8);
    QVERIFY(again.errText().contains(QLatin1String("nothing was started")));
    QCOMPARE(m_sb.receivedCount("deprovision"), 12);
}

void TestCliBulk::emergencyDeprovisionKilledAndResumed()
{
    const QStringList numbers = prepare(8, 8);
    QCOMPARE(numbers.size(), 8);
    m_sb.server->setLatency(300, 300);
    QProcess process;
    process.setProcessEnvironment(env());
    process.start(QStringLiteral(ND_CLI_BINARY),
                  connectionArgs()
                      + QStringList{QStringLiteral("--yes"), QStringLiteral("bulk"),
                                    QStringLiteral("emergency-deprovision"), QStringLiteral("--from-file"),
                                    writeNumberFile(numbers), QStringLiteral("--concurrency"), QStringLiteral("2")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_sb.receivedCount("deprovision") >= 3, 30000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    const QString jobId =
        QString::fromUtf8(process.readAllStandardError()).section(QLatin1Char('\n'), 0, 0).mid(8).trimmed();
    QVERIFY(!jobId.isEmpty());
    // The requests in flight at the kill still reach the sandbox's handler (after its latency).
    QTRY_COMPARE_WITH_TIMEOUT(m_sb.count("deprovisionEmergencyAddress"), m_sb.receivedCount("deprovision"), 10000);
    m_sb.server->setLatency(0, 0);
    QCOMPARE(status(jobId).value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));

    const int sentBefore = m_sb.receivedCount("deprovision");
    const int left = addressesLeft(numbers);
    QVERIFY(left > 0 && left < 8);
    const CliRun resumed = cli({QStringLiteral("--yes"), QStringLiteral("bulk"), QStringLiteral("resume"), jobId});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.errText()));
    // The steps in flight at the kill were read back: only the numbers whose address was still there were sent.
    QCOMPARE(m_sb.receivedCount("deprovision") - sentBefore, left);
    QCOMPARE(addressesLeft(numbers), 0);
    const QJsonObject job = status(jobId);
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QLatin1String("counts")).toObject().value(QLatin1String("done")).toInt(), 8);
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_clibulk.moc"
