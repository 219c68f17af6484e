// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// THE crash test: writers are killed with SIGKILL (QProcess::kill) in the middle of appending records, and
// afterwards every record a writer reported as committed must be present and intact, the database must pass
// PRAGMA integrity_check, and new records must still append.

#include "auditfixture.h"
#include "auditlog.h"
#include "testseed.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace nd;

namespace {

struct Begun
{
    QString tag;
    int seq = 0;
};

// What the writers said they committed.
struct Reports
{
    QHash<qint64, Begun> begun;
    QSet<qint64> finished;
    int processesKilled = 0;
};

} // namespace

class TestAuditCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void committedRecordsSurviveSigkill();

private:
    std::unique_ptr<QProcess> startWriter(const QString &path, const QString &tag);
    // Reads the writer's output until it has reported `beginLines` begun records.
    bool readUntil(QProcess &process, QByteArray &output, int beginLines);
    void collect(const QString &tag, const QByteArray &output, Reports &reports);

    QRandomGenerator m_random;
};

void TestAuditCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ND_AUDIT_WRITER)), ND_AUDIT_WRITER);
    m_random.seed(nd::test::randomSeed("kill schedule"));
}

std::unique_ptr<QProcess> TestAuditCrash::startWriter(const QString &path, const QString &tag)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(ND_AUDIT_WRITER));
    process->setArguments({QStringLiteral("write"), path, tag});
    process->start();
    return process;
}

bool TestAuditCrash::readUntil(QProcess &process, QByteArray &output, int beginLines)
{
    while (output.count("B ") < beginLines) {
        if (!process.waitForReadyRead(60000)) {
            return false;
        }
        output += process.readAllStandardOutput();
    }
    return true;
}

void TestAuditCrash::collect(const QString &tag, const QByteArray &output, Reports &reports)
{
    // Only complete lines count: a line cut off by the kill was never fully reported.
    const int end = int(output.lastIndexOf('\n'));
    if (end < 0) {
        return;
    }
    const QList<QByteArray> lines = output.left(end).split('\n');
    qint64 previous = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        QVERIFY2(ok && id > 0, line.constData());
        if (parts.at(0) == "B") {
            QCOMPARE(parts.size(), 3);
            const int seq = parts.at(2).toInt(&ok);
            QVERIFY(ok);
            QVERIFY2(!reports.begun.contains(id), qPrintable(QStringLiteral("id %1 reported twice").arg(id)));
            QVERIFY2(id > previous, "ids of one writer must increase");
            previous = id;
            reports.begun.insert(id, {tag, seq});
        } else {
            QCOMPARE(parts.at(0), QByteArray("F"));
            QVERIFY(reports.begun.contains(id));
            reports.finished.insert(id);
        }
    }
}

void TestAuditCrash::committedRecordsSurviveSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    Reports reports;

    // Round 0: killed at a random moment right after start, possibly while it creates the schema.
    {
        auto process = startWriter(path, QStringLiteral("early"));
        QVERIFY(process->waitForStarted());
        QThread::msleep(m_random.bounded(60));
        process->kill();
        QVERIFY(process->waitForFinished(30000));
        collect(QStringLiteral("early"), process->readAllStandardOutput(), reports);
        ++reports.processesKilled;
    }

    // Rounds 1-4: one writer, killed after a random number of committed records plus a random delay.
    for (int round = 1; round <= 4; ++round) {
        const QString tag = QStringLiteral("round%1").arg(round);
        auto process = startWriter(path, tag);
        QVERIFY(process->waitForStarted());
        QByteArray output;
        const int target = 3 + int(m_random.bounded(40));
        QVERIFY2(readUntil(*process, output, target), process->readAllStandardError().constData());
        QThread::usleep(m_random.bounded(5000));
        process->kill();
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        output += process->readAllStandardOutput();
        collect(tag, output, reports);
        ++reports.processesKilled;
    }

    // Round 5: two writers at once (the app and the CLI sharing the file), both killed.
    {
        auto first = startWriter(path, QStringLiteral("concurrentA"));
        auto second = startWriter(path, QStringLiteral("concurrentB"));
        QVERIFY(first->waitForStarted());
        QVERIFY(second->waitForStarted());
        QByteArray firstOutput;
        QByteArray secondOutput;
        QVERIFY2(readUntil(*first, firstOutput, 5 + int(m_random.bounded(20))),
                 first->readAllStandardError().constData());
        QVERIFY2(readUntil(*second, secondOutput, 5), second->readAllStandardError().constData());
        QThread::usleep(m_random.bounded(5000));
        second->kill();
        first->kill();
        QVERIFY(first->waitForFinished(30000));
        QVERIFY(second->waitForFinished(30000));
        firstOutput += first->readAllStandardOutput();
        secondOutput += second->readAllStandardOutput();
        collect(QStringLiteral("concurrentA"), firstOutput, reports);
        collect(QStringLiteral("concurrentB"), secondOutput, reports);
        reports.processesKilled += 2;
    }
    QVERIFY(reports.begun.size() >= 4 * 3 + 10);
    qInfo("%lld records reported begun, %lld finished, %d writers killed", qint64(reports.begun.size()),
          qint64(reports.finished.size()), reports.processesKilled);

    // The database is sound: checked on a plain connection, independent of AuditLog.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!query.next());
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("verify"));

    AuditLog log(path);
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    QString report;
    QVERIFY2(log.checkIntegrity(&report), qPrintable(report));

    // Every reported record is present and intact.
    QSet<qint64> expectedPending;
    for (auto it = reports.begun.cbegin(); it != reports.begun.cend(); ++it) {
        const qint64 id = it.key();
        const Begun &begun = it.value();
        const auto record = log.record(id);
        QVERIFY2(record, qPrintable(QStringLiteral("committed record %1 is missing").arg(id)));
        const AuditAction expected = AuditFixture::actionFor(begun.tag, begun.seq);
        QCOMPARE(record->operationType(), expected.operation);
        QCOMPARE(record->clientType(), expected.client);
        QCOMPARE(record->profile, expected.profile);
        QCOMPARE(record->projectId, expected.projectId);
        QCOMPARE(record->numbers, expected.numbers);
        QCOMPARE(record->summary, expected.summary);
        QCOMPARE(record->cost, expected.cost);
        QVERIFY(record->startedAt.isValid());
        if (reports.finished.contains(id)) {
            QCOMPARE(record->outcome, QStringLiteral("done"));
            QCOMPARE(record->detail, AuditFixture::detailFor(begun.tag, begun.seq));
            QVERIFY(record->finishedAt.isValid());
        } else if (AuditFixture::finishes(begun.seq)) {
            // Killed between begin and finish, or between finish's commit and its report: either is fine.
            QVERIFY2(record->isPending() || record->outcome == QLatin1String("done"), qPrintable(record->outcome));
            if (record->isPending()) {
                expectedPending.insert(id);
            } else {
                QCOMPARE(record->detail, AuditFixture::detailFor(begun.tag, begun.seq));
            }
        } else {
            QVERIFY(record->isPending());
            expectedPending.insert(id);
        }
    }

    // Nothing beyond what was reported, except at most one unreported begin per killed writer (committed,
    // then killed before it could print the id).
    const qint64 total = log.count();
    QVERIFY2(total >= reports.begun.size() && total <= reports.begun.size() + reports.processesKilled,
             qPrintable(QStringLiteral("%1 records stored, %2 reported").arg(total).arg(reports.begun.size())));

    // The crash leftovers show up for reconciliation.
    const QList<AuditRecord> pending = log.pendingRecords();
    QSet<qint64> pendingIds;
    for (const AuditRecord &record : pending) {
        pendingIds.insert(record.id);
        QVERIFY(record.summary.startsWith(QLatin1String("tag=")));
    }
    QVERIFY(pendingIds.contains(expectedPending));
    QVERIFY(pendingIds.size() - expectedPending.size() <= reports.processesKilled);

    // And the log keeps working.
    qint64 maxId = 0;
    for (auto it = reports.begun.cbegin(); it != reports.begun.cend(); ++it) {
        maxId = qMax(maxId, it.key());
    }
    const qint64 id = log.begin(AuditFixture::actionFor(QStringLiteral("after"), 1));
    QVERIFY2(id > maxId, qPrintable(log.errorString()));
    QVERIFY(log.finish(id, OutcomeKind::Done, QStringLiteral("after the crashes")));
    QCOMPARE(log.record(id)->outcome, QStringLiteral("done"));
    for (const AuditRecord &record : pending) {
        QVERIFY2(log.finish(record.id, OutcomeKind::Unknown, QStringLiteral("reconciled in test")),
                 qPrintable(log.errorString()));
    }
    QVERIFY(log.pendingRecords().isEmpty());
    QVERIFY(log.checkIntegrity(&report));
}

QTEST_GUILESS_MAIN(TestAuditCrash)
#include "tst_auditcrash.moc"
