// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bulk jobs under chaos (issue 14): numberdesk-cli runs a bulk release, update and rent against a separately
// started numberdesk-sandbox with drop-after-commit, 5xx and 429 injected, is killed with SIGKILL about half-way,
// and `bulk resume` finishes the job. The sandbox's own request ledger (GET /_sandbox/requests) proves that no
// number was acted on twice, and the activity log must agree with the sandbox, number by number.
// Sizes: BULK_CHAOS_RELEASE (500), BULK_CHAOS_UPDATE (300), BULK_CHAOS_RENT (100). CHAOS_REPORT=FILE appends the
// figures as markdown (tools/chaos.sh).

#include "../cli/clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>


using nd::test::CliRun;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestBulkChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void releaseKilledAndResumed();
    void updateKilledAndResumed();
    void rentKilledAndResumed();

private:
    void startSandbox(int active);
    QJsonObject http(const QByteArray &method, const QString &path, const QByteArray &body = {});
    void setFaults(const QString &spec);
    CliRun cli(const QStringList &arguments);
    QJsonObject status(const QString &jobId);
    // Starts a bulk command, kills it (SIGKILL) once `killAt` steps finished; the job id.
    QString runAndKill(const QStringList &arguments, int killAt, int *finishedAtKill);
    QJsonObject ledger(const QString &operation);
    QList<QJsonObject> activity(const QString &jobId);
    void report(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_sandbox;
    QString m_url;
    QProcessEnvironment m_env;
    QNetworkAccessManager m_nam;
};

void TestBulkChaos::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("BULK_CHAOS_KEEP"));
    QVERIFY(m_dir->isValid());
    m_env = nd::test::cleanEnvironment(m_dir->path());
    m_env.insert(QStringLiteral("SINCH_PROJECT_ID"), QStringLiteral("chaos-project"));
    m_env.insert(QStringLiteral("SINCH_KEY_ID"), QStringLiteral("chaos-key"));
    m_env.insert(QStringLiteral("SINCH_KEY_SECRET"), QStringLiteral("chaos-secret"));
    m_env.insert(QStringLiteral("NUMBERDESK_INVENTORY_DB"), m_dir->filePath(QStringLiteral("mirror.sqlite")));
    m_env.insert(QStringLiteral("NUMBERDESK_AUDIT_LOG"), m_dir->filePath(QStringLiteral("audit.sqlite")));
    m_env.insert(QStringLiteral("NUMBERDESK_JOBS_DB"), m_dir->filePath(QStringLiteral("jobs.sqlite")));
    // About 7% of seeded numbers are being released already: seed enough to pick N that are not.
    startSandbox(envInt("BULK_CHAOS_RELEASE", 500) * 11 / 10 + 10);
    m_env.insert(QStringLiteral("NUMBERDESK_NUMBERS_URL"), m_url);
    m_env.insert(QStringLiteral("NUMBERDESK_AUTH_URL"), m_url);
}

void TestBulkChaos::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000)) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(5000);
        }
    }
}

void TestBulkChaos::startSandbox(int active)
{
    m_sandbox.setProcessEnvironment(m_env);
    m_sandbox.start(QStringLiteral(ND_SANDBOX_BINARY),
                    {QStringLiteral("--debug-endpoints"), QStringLiteral("--project"), QStringLiteral("chaos-project"),
                     QStringLiteral("--key-id"), QStringLiteral("chaos-key"), QStringLiteral("--key-secret"),
                     QStringLiteral("chaos-secret"), QStringLiteral("--active"), QString::number(active),
                     QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY(m_sandbox.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
    m_url = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(m_url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_url));
}

QJsonObject TestBulkChaos::http(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(30000);
    }
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(data).object();
}

void TestBulkChaos::setFaults(const QString &spec)
{
    http("POST", QStringLiteral("/_sandbox/faults?spec=") + QString::fromLatin1(QUrl::toPercentEncoding(spec)));
}

CliRun TestBulkChaos::cli(const QStringList &arguments)
{
    return nd::test::runCli(QStringLiteral(ND_CLI_BINARY), QStringList{QStringLiteral("--auth"), QStringLiteral("basic")} + arguments,
                            m_env, {}, 300000);
}

QJsonObject TestBulkChaos::status(const QString &jobId)
{
    const CliRun run = cli({QStringLiteral("bulk"), QStringLiteral("status"), jobId, QStringLiteral("--format"),
                            QStringLiteral("json")});
    return QJsonDocument::fromJson(run.out).object();
}

QString TestBulkChaos::runAndKill(const QStringList &arguments, int killAt, int *finishedAtKill)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(ND_CLI_BINARY), QStringList{QStringLiteral("--auth"), QStringLiteral("basic")} + arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.closeWriteChannel();
    QString jobId;
    QByteArray err;
    // The id is the first line of standard error.
    QElapsedTimer started;
    started.start();
    while (!err.contains('\n') && process.state() != QProcess::NotRunning && started.elapsed() < 60000) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    const QString first = QString::fromUtf8(err.left(err.indexOf('\n')));
    if (!first.startsWith(QLatin1String("Job ID: "))) {
        qWarning("first line of stderr: %s", qPrintable(first));
        return {};
    }
    jobId = first.mid(8).trimmed();
    *finishedAtKill = 0;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 240000) {
        const QJsonObject counts = status(jobId).value(QLatin1String("counts")).toObject();
        const int finished = counts.value(QLatin1String("done")).toInt() + counts.value(QLatin1String("notDone")).toInt()
            + counts.value(QLatin1String("doneByOther")).toInt() + counts.value(QLatin1String("unknown")).toInt();
        if (finished >= killAt) {
            process.kill(); // SIGKILL: no chance to pause or settle anything
            *finishedAtKill = finished;
            break;
        }
        QTest::qWait(50);
    }
    process.waitForFinished(10000);
    return jobId;
}

QJsonObject TestBulkChaos::ledger(const QString &operation)
{
    return http("GET", QStringLiteral("/_sandbox/requests?operation=") + operation)
        .value(QLatin1String("operations"))
        .toObject()
        .value(operation)
        .toObject();
}

QList<QJsonObject> TestBulkChaos::activity(const QString &jobId)
{
    const CliRun run = cli({QStringLiteral("activity"), QStringLiteral("--job"), jobId, QStringLiteral("--format"),
                            QStringLiteral("json")});
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
        out.append(v.toObject());
    }
    return out;
}

void TestBulkChaos::report(const QString &text)
{
    qInfo("%s", qPrintable(text));
    const QString path = qEnvironmentVariable("CHAOS_REPORT");
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        file.write(text.toUtf8() + '\n');
    }
}

// One job's activity records against the sandbox's ledger: per number exactly one record that says the change is
// in place (done or done by someone else), no record left pending or unknown, and what the ledger shows acted on.
#define QVERIFY_RET(cond, message) \
    do { \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, message, __FILE__, __LINE__)) \
            return false; \
    } while (false)
#define QCOMPARE_RET(a, b) \
    do { \
        if (!QTest::qCompare(a, b, #a, #b, __FILE__, __LINE__)) \
            return false; \
    } while (false)

static bool compareWithLedger(const QList<QJsonObject> &records, const QJsonObject &ledgerNumbers,
                              const QStringList &numbers, const QHash<QString, int> &expectedActs)
{
    QHash<QString, int> inPlace;
    for (const QJsonObject &r : records) {
        const QString outcome = r.value(QLatin1String("outcome")).toString();
        QVERIFY_RET(outcome != QLatin1String("pending") && outcome != QLatin1String("unknown"),
                 QJsonDocument(r).toJson().constData());
        if (outcome == QLatin1String("done") || outcome == QLatin1String("done_by_other")) {
            for (const QJsonValue &n : r.value(QLatin1String("numbers")).toArray()) {
                ++inPlace[n.toString()];
            }
        }
    }
    for (const QString &n : numbers) {
        QVERIFY_RET(inPlace.value(n) == 1, qPrintable(QStringLiteral("%1: %2 records in place").arg(n).arg(inPlace.value(n))));
        const QJsonObject tally = ledgerNumbers.value(n).toObject();
        const int acted = tally.value(QLatin1String("actedOn")).toInt();
        QVERIFY_RET(acted == expectedActs.value(n, 1),
                 qPrintable(QStringLiteral("%1 acted on %2 times: %3")
                                .arg(n)
                                .arg(acted)
                                .arg(QString::fromUtf8(QJsonDocument(tally).toJson(QJsonDocument::Compact)))));
        QCOMPARE_RET(tally.value(QLatin1String("changedState")).toInt(), expectedActs.value(n, 1));
    }
    return true;
}

static QString faultFigures(const QJsonObject &totals)
{
    const QJsonObject statuses = totals.value(QLatin1String("statuses")).toObject();
    return QStringLiteral("requests %1, faulted before acting %2 (429: %3), dropped after commit %4")
        .arg(totals.value(QLatin1String("received")).toInt())
        .arg(totals.value(QLatin1String("faultedBeforeActing")).toInt())
        .arg(statuses.value(QLatin1String("429")).toInt())
        .arg(totals.value(QLatin1String("droppedAfterCommit")).toInt());
}

void TestBulkChaos::releaseKilledAndResumed()
{
    QElapsedTimer timer;
    timer.start();
    CliRun sync = cli({QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const CliRun preview = cli({QStringLiteral("bulk"), QStringLiteral("release"), QStringLiteral("--releasing"),
                                QStringLiteral("no"), QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    // Exactly N numbers not being released, through --from-file in the formats people write.
    const int wanted = envInt("BULK_CHAOS_RELEASE", 500);
    QStringList numbers;
    QByteArray file("# numbers to release\n\n");
    for (const QJsonValue &v : QJsonDocument::fromJson(preview.out).object().value(QLatin1String("items")).toArray()) {
        if (numbers.size() == wanted) {
            break;
        }
        const QString e164 = v.toObject().value(QLatin1String("phoneNumber")).toString();
        numbers.append(e164);
        file += (numbers.size() % 3 == 0 ? QStringLiteral("00") + e164.mid(1) : e164).toUtf8() + '\n';
    }
    QCOMPARE(numbers.size(), wanted);
    const QString listPath = m_dir->filePath(QStringLiteral("release.txt"));
    {
        QFile out(listPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
    }
    // Nothing was sent by the dry run.
    QCOMPARE(ledger(QStringLiteral("release")).value(QLatin1String("totals")).toObject().value(QLatin1String("received")).toInt(), 0);

    setFaults(QStringLiteral("drop-after-commit@release=0.1,5xx=0.05,429=0.05"));
    int finishedAtKill = 0;
    const QString jobId = runAndKill({QStringLiteral("bulk"), QStringLiteral("release"), QStringLiteral("--from-file"),
                                      listPath, QStringLiteral("--yes")},
                                     int(numbers.size()) / 2, &finishedAtKill);
    QVERIFY(!jobId.isEmpty());
    QVERIFY2(finishedAtKill > 0 && finishedAtKill < numbers.size(), "the job was not killed half-way");
    const QJsonObject killed = status(jobId);
    QCOMPARE(killed.value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));
    int inFlight = 0;
    for (const QJsonValue &v : killed.value(QLatin1String("items")).toArray()) {
        inFlight += v.toObject().value(QLatin1String("state")).toString() == QLatin1String("running") ? 1 : 0;
    }

    const CliRun resume = cli({QStringLiteral("bulk"), QStringLiteral("resume"), jobId, QStringLiteral("--yes")});
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    const QJsonObject after = status(jobId);
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("done"));
    const QJsonObject counts = after.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("done")).toInt() + counts.value(QLatin1String("doneByOther")).toInt(),
             int(numbers.size()));

    const QJsonObject release = ledger(QStringLiteral("release"));
    QVERIFY2(compareWithLedger(activity(jobId), release.value(QLatin1String("numbers")).toObject(), numbers, {}), "the activity log does not agree with the sandbox");
    report(QStringLiteral("- bulk release of %1 numbers: killed (SIGKILL) at %2 finished with %3 in flight; resumed: "
                          "all released, each acted on exactly once; %4; %5 s in all")
               .arg(numbers.size())
               .arg(finishedAtKill)
               .arg(inFlight)
               .arg(faultFigures(release.value(QLatin1String("totals")).toObject()))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

void TestBulkChaos::updateKilledAndResumed()
{
    setFaults(QString());
    // About 70% of seeded numbers can do SMS: seed enough to pick N of them.
    const int wanted = envInt("BULK_CHAOS_UPDATE", 300);
    http("POST", QStringLiteral("/_sandbox/reset?seed=8&active=%1").arg(wanted * 3 / 2 + 20));
    QElapsedTimer timer;
    timer.start();
    CliRun sync = cli({QStringLiteral("inventory"), QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const CliRun list = cli({QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--releasing"),
                             QStringLiteral("no"), QStringLiteral("--capability"), QStringLiteral("SMS"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QString plan = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00");
    QStringList numbers;
    QHash<QString, int> steps; // unlink then link when another plan is linked; link only otherwise
    int twoSteps = 0;
    const QJsonDocument listed = QJsonDocument::fromJson(list.out);
    const QJsonArray items = listed.isArray() ? listed.array()
                                              : listed.object().value(QLatin1String("activeNumbers")).toArray();
    QByteArray file("phoneNumber,note\n");
    for (const QJsonValue &v : items) {
        if (numbers.size() == wanted) {
            break;
        }
        const QJsonObject n = v.toObject();
        const QString e164 = n.value(QLatin1String("phoneNumber")).toString();
        // The plan in effect, or being linked (docs/api.md §7.6): another plan is unlinked first.
        const QJsonObject sms = n.value(QLatin1String("smsConfiguration")).toObject();
        const QJsonObject scheduled = sms.value(QLatin1String("scheduledProvisioning")).toObject();
        const QString status = scheduled.value(QLatin1String("status")).toString();
        const QString current = (status == QLatin1String("WAITING") || status == QLatin1String("IN_PROGRESS"))
            ? scheduled.value(QLatin1String("servicePlanId")).toString()
            : sms.value(QLatin1String("servicePlanId")).toString();
        numbers.append(e164);
        file += e164.toUtf8() + ",\"a, quoted note\"\n";
        steps.insert(e164, current.isEmpty() ? 1 : 2);
        twoSteps += current.isEmpty() ? 0 : 1;
    }
    QVERIFY2(twoSteps > 0, list.out.left(400).constData());
    QCOMPARE(numbers.size(), wanted);
    // A CSV with a phoneNumber column this time.
    const QString listPath = m_dir->filePath(QStringLiteral("update.csv"));
    {
        QFile out(listPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
    }

    setFaults(QStringLiteral("drop-after-commit@update=0.1,5xx=0.05,429=0.05"));
    int finishedAtKill = 0;
    const QString jobId = runAndKill({QStringLiteral("bulk"), QStringLiteral("update"), QStringLiteral("--from-file"),
                                      listPath, QStringLiteral("--sms-service-plan"), plan,
                                      QStringLiteral("--yes")},
                                     int(numbers.size()) / 2, &finishedAtKill);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(status(jobId).value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));
    const CliRun resume = cli({QStringLiteral("bulk"), QStringLiteral("resume"), jobId, QStringLiteral("--yes")});
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    const QJsonObject counts = status(jobId).value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("done")).toInt() + counts.value(QLatin1String("doneByOther")).toInt(),
             int(numbers.size()));
    const QJsonObject update = ledger(QStringLiteral("update"));
    QVERIFY2(compareWithLedger(activity(jobId), update.value(QLatin1String("numbers")).toObject(), numbers, steps), "the activity log does not agree with the sandbox");
    report(QStringLiteral("- bulk update of %1 numbers (SMS plan; %2 need unlink then link): killed at %3 finished; "
                          "resumed: all updated, every PATCH acted on exactly once; %4; %5 s in all")
               .arg(numbers.size())
               .arg(twoSteps)
               .arg(finishedAtKill)
               .arg(faultFigures(update.value(QLatin1String("totals")).toObject()))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

void TestBulkChaos::rentKilledAndResumed()
{
    setFaults(QString());
    http("POST", QStringLiteral("/_sandbox/reset?seed=9&active=10"));
    const int count = envInt("BULK_CHAOS_RENT", 100);
    QElapsedTimer timer;
    timer.start();
    setFaults(QStringLiteral("drop-after-commit@rent=0.1,5xx@rent=0.05,429@rent=0.05"));
    int finishedAtKill = 0;
    const QString jobId = runAndKill({QStringLiteral("bulk"), QStringLiteral("rent"), QStringLiteral("--region"),
                                      QStringLiteral("US"), QStringLiteral("--type"), QStringLiteral("LOCAL"),
                                      QStringLiteral("--count"), QString::number(count), QStringLiteral("--yes")},
                                     count / 2, &finishedAtKill);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(status(jobId).value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));
    const CliRun resume = cli({QStringLiteral("bulk"), QStringLiteral("resume"), jobId, QStringLiteral("--yes")});
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    const QJsonObject after = status(jobId);
    QStringList numbers;
    for (const QJsonValue &v : after.value(QLatin1String("items")).toArray()) {
        numbers.append(v.toObject().value(QLatin1String("phoneNumber")).toString());
    }
    QCOMPARE(numbers.size(), count);
    const QJsonObject counts = after.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("done")).toInt(), count);
    const QJsonObject rent = ledger(QStringLiteral("rent"));
    QVERIFY2(compareWithLedger(activity(jobId), rent.value(QLatin1String("numbers")).toObject(), numbers, {}), "the activity log does not agree with the sandbox");
    report(QStringLiteral("- bulk rent of %1 numbers: killed at %2 finished; resumed: all rented, each acted on "
                          "exactly once; %3; %4 s in all")
               .arg(count)
               .arg(finishedAtKill)
               .arg(faultFigures(rent.value(QLatin1String("totals")).toObject()))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

QTEST_GUILESS_MAIN(TestBulkChaos)
#include "tst_bulkchaos.moc"
