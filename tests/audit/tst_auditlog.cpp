// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditfixture.h"
#include "auditlog.h"
#include "testseed.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace nd;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(minute * 60);
}

AuditAction rentAction(const QString &number)
{
    AuditAction action;
    action.operation = Operation::Rent;
    action.client = AuditClient::App;
    action.profile = QStringLiteral("Production");
    action.projectId = QStringLiteral("0f2c7e1a-project");
    action.numbers = {number};
    action.summary = QStringLiteral("smsConfiguration.servicePlanId=abc");
    action.cost = {QStringLiteral("USD"), QStringLiteral("1.00"), QStringLiteral("0.80"), 1};
    return action;
}

// A minimal RFC 4180 reader, to prove exportCsv() output parses back into the same fields.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty()) {
                *ok = false; // a quote inside an unquoted field is not RFC 4180
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *ok = false; // records end with CRLF; a bare CR must be quoted
            }
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *ok = false; // a bare LF must be quoted
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty()) {
        *ok = false; // unterminated last record
    }
    return rows;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on the file directly, bypassing AuditLog. Returns the error text, empty on success.
QString rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList rawColumnNames(const QString &path)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    QStringList columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA table_info(actions)"))) {
                while (query.next()) {
                    columns.append(query.value(1).toString());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return columns;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultPathIsSharedByAppAndCli();
    void beginWritesPendingRecord();
    void finishSetsOutcomeOnce();
    void finishRefusesPendingOutcomeAndUnknownIds();
    void finishFillsInRentAnyNumber();
    void historyCannotBeEditedBehindTheApi();
    void notOpenFailsCleanly();
    void recordsFilterAndOrder();
    void csvField_data();
    void csvField();
    void exportCsvQuotesAndParsesBack();
    void exportJsonParsesBack();
    void exportToReadOnlyDeviceFails();
    void pendingRecordsSurviveReopen();
    void severalInstancesShareOneFile();
    void costDisplayText();
    void secretsAreNeverStored();
    void corruptFileIsReportedAndLeftUntouched();
    void foreignDatabaseIsRefused();
    void newerSchemaIsRefused();
    void readOnlyDirectoryIsReported();
    void uncreatableFolderIsReported();
    void concurrentFirstUseOfANewLogWorks();
    void logAndFolderArePrivate();
    void settleAnUnknownOutcomeOnce();
    void version1LogsAreMigrated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("audit.sqlite"));
}

void TestAuditLog::defaultPathIsSharedByAppAndCli()
{
    const QString path = AuditLog::defaultPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                       QStringLiteral("/numberdesk/audit.sqlite"));
    // The default constructor uses it.
    AuditLog log;
    QCOMPARE(log.filePath(), path);
}

void TestAuditLog::beginWritesPendingRecord()
{
    AuditLog log(m_path);
    log.setClock([] { return at(3); });
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    QVERIFY(log.isOpen());

    const qint64 id = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY2(id > 0, qPrintable(log.errorString()));

    const auto record = log.record(id);
    QVERIFY(record);
    QCOMPARE(record->id, id);
    QVERIFY(record->isPending());
    QCOMPARE(record->outcome, QStringLiteral("pending"));
    QCOMPARE(record->outcomeType(), std::nullopt);
    QCOMPARE(record->startedAt, at(3));
    QCOMPARE(record->startedAt.timeSpec(), Qt::UTC);
    QVERIFY(!record->finishedAt.isValid());
    QCOMPARE(record->operation, QStringLiteral("rent"));
    QCOMPARE(record->operationType(), Operation::Rent);
    QCOMPARE(record->client, QStringLiteral("app"));
    QCOMPARE(record->profile, QStringLiteral("Production"));
    QCOMPARE(record->projectId, QStringLiteral("0f2c7e1a-project"));
    QCOMPARE(record->numbers, QStringList{QStringLiteral("+12025550123")});
    QCOMPARE(record->summary, QStringLiteral("smsConfiguration.servicePlanId=abc"));
    QCOMPARE(record->cost, (AuditCost{QStringLiteral("USD"), QStringLiteral("1.00"), QStringLiteral("0.80"), 1}));
    QCOMPARE(record->detail, QString());
    QCOMPARE(log.pendingRecords().size(), 1);
    QCOMPARE(log.pendingRecords().constFirst().id, id);

    // Empty texts (no profile, no cost) are stored fine too.
    AuditAction bare;
    bare.operation = Operation::CallbackSecretUpdate;
    bare.client = AuditClient::Cli;
    const qint64 bareId = log.begin(bare);
    QVERIFY2(bareId > id, qPrintable(log.errorString()));
    const auto bareRecord = log.record(bareId);
    QVERIFY(bareRecord);
    QCOMPARE(bareRecord->operation, QStringLiteral("callbackSecretUpdate"));
    QCOMPARE(bareRecord->client, QStringLiteral("cli"));
    QVERIFY(bareRecord->numbers.isEmpty());
    QVERIFY(bareRecord->cost.isEmpty());
    QVERIFY(bareRecord->profile.isEmpty());
}

void TestAuditLog::finishSetsOutcomeOnce()
{
    AuditLog log(m_path);
    int minute = 0;
    log.setClock([&minute] { return at(minute); });
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    const qint64 id = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY(id > 0);

    minute = 2;
    QVERIFY2(log.finish(id, OutcomeKind::NotDone, QStringLiteral("400 INVALID_ARGUMENT: number not available")),
             qPrintable(log.errorString()));
    auto record = log.record(id);
    QVERIFY(record);
    QCOMPARE(record->outcome, QStringLiteral("not_done"));
    QCOMPARE(record->detail, QStringLiteral("400 INVALID_ARGUMENT: number not available"));
    QCOMPARE(record->startedAt, at(0));
    QCOMPARE(record->finishedAt, at(2));
    QVERIFY(log.pendingRecords().isEmpty());

    // A finished record never changes again.
    minute = 5;
    QVERIFY(!log.finish(id, OutcomeKind::Done, QStringLiteral("retry")));
    QVERIFY2(log.errorString().contains(QString::number(id)), qPrintable(log.errorString()));
    QVERIFY2(log.errorString().contains(QStringLiteral("already finished")), qPrintable(log.errorString()));
    record = log.record(id);
    QVERIFY(record);
    QCOMPARE(record->outcome, QStringLiteral("not_done"));
    QCOMPARE(record->detail, QStringLiteral("400 INVALID_ARGUMENT: number not available"));
    QCOMPARE(record->finishedAt, at(2));

    // Every final outcome is stored under its key.
    const QList<QPair<OutcomeKind, QString>> outcomes = {
        {OutcomeKind::Done, QStringLiteral("done")},
        {OutcomeKind::NotDone, QStringLiteral("not_done")},
        {OutcomeKind::DoneByOther, QStringLiteral("done_by_other")},
        {OutcomeKind::Unknown, QStringLiteral("unknown")},
    };
    for (const auto &[outcome, key] : outcomes) {
        const qint64 other = log.begin(rentAction(QStringLiteral("+12025550124")));
        QVERIFY(log.finish(other, outcome));
        QCOMPARE(log.record(other)->outcome, key);
        QCOMPARE(log.record(other)->outcomeType(), outcome);
    }
}

void TestAuditLog::finishRefusesPendingOutcomeAndUnknownIds()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    const qint64 id = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY(id > 0);
    QVERIFY(!log.finish(id + 1000, OutcomeKind::Done));
    QVERIFY2(log.errorString().contains(QString::number(id + 1000)), qPrintable(log.errorString()));
    QVERIFY(!log.record(id + 1000));

    // The failed attempts left the transaction state clean: normal writes still work.
    QVERIFY(log.finish(id, OutcomeKind::Done));
    QVERIFY(log.begin(rentAction(QStringLiteral("+12025550125"))) > id);
}

void TestAuditLog::finishFillsInRentAnyNumber()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    AuditAction rentAny;
    rentAny.operation = Operation::RentAny;
    rentAny.summary = QStringLiteral("regionCode=US type=LOCAL numberPattern=206 START");
    const qint64 id = log.begin(rentAny);
    QVERIFY(id > 0);
    QVERIFY(log.record(id)->numbers.isEmpty());
    QVERIFY(log.finish(id, OutcomeKind::Done, QString(), {QStringLiteral("+12065550100")}));
    QCOMPARE(log.record(id)->numbers, QStringList{QStringLiteral("+12065550100")});

    // A record that already names its number cannot be re-pointed at another one.
    const qint64 rent = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY(!log.finish(rent, OutcomeKind::Done, QString(), {QStringLiteral("+19999999999")}));
    QVERIFY(log.record(rent)->isPending());
    QCOMPARE(log.record(rent)->numbers, QStringList{QStringLiteral("+12025550123")});
    // Passing the same numbers is harmless.
    QVERIFY(log.finish(rent, OutcomeKind::Done, QString(), {QStringLiteral("+12025550123")}));
}

void TestAuditLog::historyCannotBeEditedBehindTheApi()
{
    qint64 finished = 0;
    qint64 pending = 0;
    {
        AuditLog log(m_path);
        QVERIFY(log.open());
        finished = log.begin(rentAction(QStringLiteral("+12025550123")));
        QVERIFY(log.finish(finished, OutcomeKind::NotDone, QStringLiteral("boom")));
        pending = log.begin(rentAction(QStringLiteral("+12025550124")));
        QVERIFY(pending > 0);
    }
    // Even with direct SQL, history cannot be rewritten or deleted: the database itself refuses.
    QString error =
        rawExec(m_path, {QStringLiteral("UPDATE actions SET outcome = 'done' WHERE id = %1").arg(finished)});
    QVERIFY2(error.contains(QStringLiteral("cannot change")), qPrintable(error));
    error = rawExec(m_path, {QStringLiteral("DELETE FROM actions WHERE id = %1").arg(finished)});
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    error = rawExec(m_path, {QStringLiteral("DELETE FROM actions")});
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    error = rawExec(m_path, {QStringLiteral("UPDATE actions SET operation = 'update' WHERE id = %1").arg(pending)});
    QVERIFY2(error.contains(QStringLiteral("cannot change")), qPrintable(error));
    error = rawExec(m_path, {QStringLiteral("UPDATE actions SET numbers = '[\"+1\"]' WHERE id = %1").arg(pending)});
    QVERIFY2(!error.isEmpty(), "re-pointing a pending record's numbers must be refused");

    AuditLog log(m_path);
    QVERIFY(log.open());
    QCOMPARE(log.count(), 2);
    QCOMPARE(log.record(finished)->outcome, QStringLiteral("not_done"));
    QCOMPARE(log.record(pending)->operation, QStringLiteral("rent"));
    QCOMPARE(log.record(pending)->numbers, QStringList{QStringLiteral("+12025550124")});
}

void TestAuditLog::notOpenFailsCleanly()
{
    AuditLog log(m_path);
    QCOMPARE(log.begin(rentAction(QStringLiteral("+12025550123"))), qint64(-1));
    QVERIFY(!log.errorString().isEmpty());
    QVERIFY(!log.finish(1, OutcomeKind::Done));
    QVERIFY(log.records().isEmpty());
    QCOMPARE(log.count(), qint64(-1));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!log.exportCsv(&buffer));
    QVERIFY(!QFile::exists(m_path)); // nothing was created either
}

void TestAuditLog::recordsFilterAndOrder()
{
    AuditLog log(m_path);
    int minute = 0;
    log.setClock([&minute] { return at(minute); });
    QVERIFY(log.open());

    struct Row
    {
        int minute;
        Operation operation;
        QStringList numbers;
        QString profile;
        std::optional<OutcomeKind> outcome; // nullopt: left pending
    };
    const QList<Row> rows = {
        {0, Operation::Rent, {QStringLiteral("+15550001")}, QStringLiteral("A"), OutcomeKind::Done},
        {10, Operation::Update, {QStringLiteral("+15550001")}, QStringLiteral("A"), OutcomeKind::Done},
        {20, Operation::Rent, {QStringLiteral("+155500011")}, QStringLiteral("B"), OutcomeKind::NotDone},
        {30,
         Operation::Release,
         {QStringLiteral("+15550002"), QStringLiteral("+15550001")},
         QStringLiteral("A"),
         OutcomeKind::Done},
        {40,
         Operation::EmergencyProvision,
         {QStringLiteral("+15550003")},
         QStringLiteral("B"),
         std::nullopt},
        {50, Operation::Rent, {QStringLiteral("+1555_0001")}, QStringLiteral("A"), OutcomeKind::Unknown},
    };
    QList<qint64> ids;
    for (const Row &row : rows) {
        minute = row.minute;
        AuditAction action;
        action.operation = row.operation;
        action.numbers = row.numbers;
        action.profile = row.profile;
        const qint64 id = log.begin(action);
        QVERIFY(id > 0);
        if (row.outcome) {
            QVERIFY(log.finish(id, *row.outcome));
        }
        ids.append(id);
    }
    const auto idsOf = [](const QList<AuditRecord> &records) {
        QList<qint64> result;
        for (const AuditRecord &record : records) {
            result.append(record.id);
        }
        return result;
    };

    // Default: everything, newest first.
    QCOMPARE(idsOf(log.records()), (QList<qint64>{ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}));
    AuditFilter filter;
    filter.newestFirst = false;
    QCOMPARE(idsOf(log.records(filter)), ids);

    // since is inclusive, until exclusive.
    filter = {};
    filter.since = at(10);
    filter.until = at(40);
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[3], ids[2], ids[1]}));
    QCOMPARE(log.count(filter), 3);
    // Local-time bounds mean the same instant.
    filter.since = at(10).toOffsetFromUtc(3600);
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[3], ids[2], ids[1]}));

    filter = {};
    filter.operation = Operation::Rent;
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[5], ids[2], ids[0]}));

    // Number: exact match on any of the record's numbers, not a prefix; LIKE wildcards are literal.
    filter = {};
    filter.number = QStringLiteral("+15550001");
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[3], ids[1], ids[0]}));
    filter.number = QStringLiteral("+1555_0001");
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[5]}));
    filter.number = QStringLiteral("+1555%");
    QVERIFY(log.records(filter).isEmpty());

    filter = {};
    filter.outcome = OutcomeKind::Done;
    filter.profile = QStringLiteral("A");
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[3], ids[1], ids[0]}));

    filter = {};
    filter.operation = Operation::Rent;
    filter.since = at(5);
    filter.number = QStringLiteral("+155500011");
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[2]}));

    // Paging.
    filter = {};
    filter.limit = 2;
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[5], ids[4]}));
    filter.offset = 2;
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[3], ids[2]}));
    filter.offset = 5;
    QCOMPARE(idsOf(log.records(filter)), (QList<qint64>{ids[0]}));
    filter.offset = 6;
    QVERIFY(log.records(filter).isEmpty());
    QCOMPARE(log.count(filter), 6); // count ignores paging

    QCOMPARE(idsOf(log.pendingRecords()), (QList<qint64>{ids[4]}));
}

void TestAuditLog::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("+12025550123") << QStringLiteral("+12025550123");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("unicode") << QStringLiteral("Z\u00fcrich \u2713 \u65e5\u672c")
                             << QStringLiteral("Z\u00fcrich \u2713 \u65e5\u672c");
    QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
}

void TestAuditLog::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(auditCsvField(value), expected);
}

void TestAuditLog::exportCsvQuotesAndParsesBack()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    const QStringList details = {
        QStringLiteral("plain"),
        QStringLiteral("comma, inside"),
        QStringLiteral("a \"quoted\" word"),
        QStringLiteral("line one\nline two\r\nline three"),
        QStringLiteral("Unicode: Z\u00fcrich \u2713 \u65e5\u672c \U0001F4DE"),
        QStringLiteral("\"\",,\n"),
    };
    for (const QString &detail : details) {
        AuditAction action = rentAction(QStringLiteral("+12025550123"));
        action.profile = QStringLiteral("Profile, \"quoted\"");
        const qint64 id = log.begin(action);
        QVERIFY(log.finish(id, OutcomeKind::NotDone, detail));
    }
    AuditAction pending;
    pending.operation = Operation::Release;
    pending.numbers = {QStringLiteral("+12025550123"), QStringLiteral("+12025550124")};
    QVERIFY(log.begin(pending) > 0);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(log.exportCsv(&buffer), qPrintable(log.errorString()));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.startsWith("id,started_at,finished_at,"));

    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), &ok);
    QVERIFY2(ok, bytes.constData());
    const QList<AuditRecord> records = log.records();
    QCOMPARE(rows.size(), records.size() + 1);
    QCOMPARE(rows.at(0), AuditRecord::csvHeader());
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(rows.at(i + 1), records.at(i).toCsvFields());
    }
    // Spot-check a few cells against what was written.
    const int detailColumn = int(AuditRecord::csvHeader().indexOf(QStringLiteral("detail")));
    const int numbersColumn = int(AuditRecord::csvHeader().indexOf(QStringLiteral("numbers")));
    const int setupColumn = int(AuditRecord::csvHeader().indexOf(QStringLiteral("setup_price")));
    QCOMPARE(rows.at(1).at(numbersColumn), QStringLiteral("+12025550123 +12025550124"));
    QCOMPARE(rows.at(1).at(detailColumn), QString());
    QCOMPARE(rows.at(2).at(detailColumn), details.last());
    QCOMPARE(rows.at(3).at(detailColumn), details.at(4));
    QCOMPARE(rows.at(4).at(detailColumn), details.at(3));
    QCOMPARE(rows.at(2).at(setupColumn), QStringLiteral("1.00"));

    // The filter applies to exports too.
    AuditFilter filter;
    filter.operation = Operation::Release;
    QBuffer filtered;
    QVERIFY(filtered.open(QIODevice::WriteOnly));
    QVERIFY(log.exportCsv(&filtered, filter));
    QCOMPARE(parseCsv(QString::fromUtf8(filtered.data()), &ok).size(), 2);
}

void TestAuditLog::exportJsonParsesBack()
{
    AuditLog log(m_path);
    log.setClock([] { return at(7); });
    QVERIFY(log.open());

    // An empty log exports an empty array.
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::WriteOnly));
    QVERIFY(log.exportJson(&empty));
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(empty.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QVERIFY(document.array().isEmpty());

    const qint64 done = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY(log.finish(done, OutcomeKind::Done, QStringLiteral("\"quoted\", \u2713\nnext")));
    AuditAction release;
    release.operation = Operation::Release;
    release.client = AuditClient::Cli;
    release.numbers = {QStringLiteral("+12025550123"), QStringLiteral("+12025550124")};
    const qint64 pending = log.begin(release);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(log.exportJson(&buffer));
    document = QJsonDocument::fromJson(buffer.data(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);

    const QJsonObject first = array.at(0).toObject(); // newest first
    QCOMPARE(first.value(QLatin1String("id")).toInteger(), pending);
    QCOMPARE(first.value(QLatin1String("operation")).toString(), QStringLiteral("release"));
    QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("pending"));
    QCOMPARE(first.value(QLatin1String("client")).toString(), QStringLiteral("cli"));
    QVERIFY(first.value(QLatin1String("finishedAt")).isNull());
    QVERIFY(first.value(QLatin1String("cost")).isNull());
    QCOMPARE(first.value(QLatin1String("numbers")).toArray(),
             QJsonArray({QStringLiteral("+12025550123"), QStringLiteral("+12025550124")}));

    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("id")).toInteger(), done);
    QCOMPARE(second.value(QLatin1String("startedAt")).toString(), QStringLiteral("2024-05-01T10:07:00.000Z"));
    QCOMPARE(second.value(QLatin1String("finishedAt")).toString(), QStringLiteral("2024-05-01T10:07:00.000Z"));
    QCOMPARE(second.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(second.value(QLatin1String("detail")).toString(), QStringLiteral("\"quoted\", \u2713\nnext"));
    const QJsonObject cost = second.value(QLatin1String("cost")).toObject();
    // Prices stay exact strings, never numbers.
    QVERIFY(cost.value(QLatin1String("setupPrice")).isString());
    QCOMPARE(cost.value(QLatin1String("setupPrice")).toString(), QStringLiteral("1.00"));
    QCOMPARE(cost.value(QLatin1String("monthlyPrice")).toString(), QStringLiteral("0.80"));
    QCOMPARE(cost.value(QLatin1String("currencyCode")).toString(), QStringLiteral("USD"));
    QCOMPARE(cost.value(QLatin1String("paymentIntervalMonths")).toInt(), 1);
}

void TestAuditLog::exportToReadOnlyDeviceFails()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(!log.exportCsv(&buffer));
    QVERIFY(!log.errorString().isEmpty());
    QVERIFY(!log.exportJson(&buffer));
    QVERIFY(!log.exportJson(nullptr));
}

void TestAuditLog::pendingRecordsSurviveReopen()
{
    QList<qint64> ids;
    {
        AuditLog log(m_path);
        QVERIFY(log.open());
        for (int i = 0; i < 4; ++i) {
            ids.append(log.begin(rentAction(QStringLiteral("+1202555012%1").arg(i))));
        }
        QVERIFY(log.finish(ids[1], OutcomeKind::Done));
        // Destroyed without finishing the others, as a crash would leave them.
    }
    AuditLog reopened(m_path);
    QVERIFY2(reopened.open(), qPrintable(reopened.errorString()));
    QList<AuditRecord> pending = reopened.pendingRecords();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending.at(0).id, ids[0]); // oldest first
    QCOMPARE(pending.at(1).id, ids[2]);
    QCOMPARE(pending.at(2).id, ids[3]);
    QCOMPARE(pending.at(1).numbers, QStringList{QStringLiteral("+12025550122")});

    // Reconciliation finishes them.
    QVERIFY(reopened.finish(ids[0], OutcomeKind::Done, QStringLiteral("reconciled: the number is active")));
    QVERIFY(reopened.finish(ids[2], OutcomeKind::NotDone, QStringLiteral("reconciled: the number is available")));
    pending = reopened.pendingRecords();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).id, ids[3]);
}

void TestAuditLog::severalInstancesShareOneFile()
{
    AuditLog first(m_path);
    AuditLog second(m_path);
    QVERIFY(first.open());
    QVERIFY(second.open());
    const qint64 a = first.begin(rentAction(QStringLiteral("+12025550123")));
    const qint64 b = second.begin(rentAction(QStringLiteral("+12025550124")));
    QVERIFY(a > 0);
    QVERIFY(b > a);
    QVERIFY(second.finish(a, OutcomeKind::Done));
    QVERIFY(!first.finish(a, OutcomeKind::NotDone)); // already finished through the other instance
    QCOMPARE(first.record(a)->outcome, QStringLiteral("done"));
    QCOMPARE(first.count(), 2);
    first.close();
    QVERIFY(!first.isOpen());
    QCOMPARE(second.count(), 2);
    QVERIFY(first.open()); // reopening an instance works
    QCOMPARE(first.count(), 2);
}

void TestAuditLog::costDisplayText()
{
    const AuditCost rent{QStringLiteral("USD"), QStringLiteral("1.00"), QStringLiteral("2.50"), 1};
    QCOMPARE((CostEffect{CostEffect::Kind::Charge, AuditCost()}).displayText(), QString());
    QCOMPARE((CostEffect{CostEffect::Kind::Charge, rent}).displayText(),
             QStringLiteral("USD 1.00 setup + USD 2.50 every 1 month(s)"));
    QCOMPARE((CostEffect{CostEffect::Kind::PossibleCharge, rent}).displayText(),
             QStringLiteral("possibly USD 1.00 setup + USD 2.50 every 1 month(s)"));
    const AuditCost release{QStringLiteral("EUR"), QString(), QStringLiteral("3.00"), 3};
    QCOMPARE((CostEffect{CostEffect::Kind::Saving, release}).displayText(), QStringLiteral("stops EUR 3.00 every 3 month(s)"));
    QCOMPARE((CostEffect{CostEffect::Kind::None, release}).displayText(), QString());
    QCOMPARE(AuditKeys::operationDisplayName(QStringLiteral("rentAny")), QStringLiteral("Rent any"));
    QCOMPARE(AuditKeys::operationDisplayName(QStringLiteral("futureThing")), QStringLiteral("futureThing"));
    QCOMPARE(AuditKeys::outcomeDisplayName(QStringLiteral("not_done")), QStringLiteral("Not done"));
    // Logs written before outcomes had one vocabulary read as "not done".
    QCOMPARE(AuditKeys::outcomeDisplayName(QStringLiteral("failed")), QStringLiteral("Not done"));
    QCOMPARE(AuditKeys::outcomeDisplayName(QStringLiteral("cancelled")), QStringLiteral("Not done"));
    QCOMPARE(AuditKeys::outcomeDisplayName(QStringLiteral("done_by_other")), QStringLiteral("Done by someone else"));
    for (auto operation : {Operation::Rent, Operation::RentAny, Operation::Update, Operation::Release,
                           Operation::EmergencyProvision, Operation::EmergencyDeprovision,
                           Operation::CallbackSecretUpdate}) {
        QCOMPARE(ActionKinds::operationFromKey(ActionKinds::key(operation)), operation);
    }
}

void TestAuditLog::secretsAreNeverStored()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    // No column may hold a secret.
    const QStringList columns = rawColumnNames(m_path);
    QVERIFY(columns.contains(QStringLiteral("detail")));
    for (const QString &column : columns) {
        QVERIFY2(!column.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(column));
        QVERIFY2(!column.contains(QStringLiteral("token"), Qt::CaseInsensitive), qPrintable(column));
    }

    // Free text that looks like a credential is masked before it is written.
    const QString secret = QStringLiteral("s3cr3t-0123456789abcdef0123456789abcdef");
    AuditAction action;
    action.operation = Operation::CallbackSecretUpdate;
    action.summary = QStringLiteral("hmacSecret=%1").arg(secret);
    const qint64 id = log.begin(action);
    QVERIFY(log.finish(id, OutcomeKind::NotDone,
                       QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def; {\"hmacSecret\":\"%1\"}; "
                                      "Basic a2V5OnNlY3JldHNlY3JldA==")
                           .arg(secret)));
    const auto record = log.record(id);
    QVERIFY(record);
    QVERIFY2(!record->summary.contains(secret), qPrintable(record->summary));
    QVERIFY2(!record->detail.contains(secret), qPrintable(record->detail));
    QVERIFY2(!record->detail.contains(QStringLiteral("eyJhbGciOiJIUzI1NiJ9")), qPrintable(record->detail));
    QVERIFY2(!record->detail.contains(QStringLiteral("a2V5OnNlY3JldHNlY3JldA==")), qPrintable(record->detail));
    QVERIFY(record->detail.contains(QStringLiteral("[redacted]")));
    // Ordinary error messages pass unchanged.
    QCOMPARE(AuditLog::redacted(QStringLiteral("400 INVALID_ARGUMENT: hmacSecret must match the pattern")),
             QStringLiteral("400 INVALID_ARGUMENT: hmacSecret must match the pattern"));
    QCOMPARE(AuditLog::redacted(QStringLiteral("Token expired, retry")), QStringLiteral("Token expired, retry"));
}

void TestAuditLog::corruptFileIsReportedAndLeftUntouched()
{
    QByteArray garbage(8192, Qt::Uninitialized);
    QRandomGenerator(nd::test::randomSeed("garbage file"))
        .fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    const QByteArray before = fileDigest(m_path);

    AuditLog log(m_path);
    QVERIFY(!log.open());
    QVERIFY(!log.isOpen());
    QVERIFY2(log.errorString().contains(QDir::toNativeSeparators(m_path)), qPrintable(log.errorString()));
    QVERIFY2(log.errorString().contains(QStringLiteral("not a NumberDesk activity log")),
             qPrintable(log.errorString()));
    QCOMPARE(fileDigest(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    QCOMPARE(log.begin(rentAction(QStringLiteral("+12025550123"))), qint64(-1));
    QCOMPARE(fileDigest(m_path), before);

    // A file with a valid SQLite header but a damaged body is reported and left alone too.
    QByteArray damaged = QByteArrayLiteral("SQLite format 3\0") + garbage;
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(damaged), damaged.size());
    }
    const QByteArray damagedBefore = fileDigest(m_path);
    AuditLog second(m_path);
    QVERIFY(!second.open());
    QVERIFY2(!second.errorString().isEmpty(), "a damaged file needs a message");
    QVERIFY2(second.errorString().contains(QStringLiteral("left unchanged")), qPrintable(second.errorString()));
    QCOMPARE(fileDigest(m_path), damagedBefore);
}

void TestAuditLog::foreignDatabaseIsRefused()
{
    QCOMPARE(rawExec(m_path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                              QStringLiteral("INSERT INTO contacts VALUES ('Ada')")}),
             QString());
    const QByteArray before = fileDigest(m_path);
    AuditLog log(m_path);
    QVERIFY(!log.open());
    QVERIFY2(log.errorString().contains(QStringLiteral("another program")), qPrintable(log.errorString()));
    QCOMPARE(fileDigest(m_path), before);
}

void TestAuditLog::newerSchemaIsRefused()
{
    {
        AuditLog log(m_path);
        QVERIFY(log.open());
        QVERIFY(log.begin(rentAction(QStringLiteral("+12025550123"))) > 0);
    }
    QCOMPARE(rawExec(m_path, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    AuditLog log(m_path);
    QVERIFY(!log.open());
    QVERIFY2(log.errorString().contains(QStringLiteral("newer version")), qPrintable(log.errorString()));
    QVERIFY2(log.errorString().contains(QStringLiteral("99")), qPrintable(log.errorString()));
}

void TestAuditLog::readOnlyDirectoryIsReported()
{
#ifdef Q_OS_UNIX
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/audit.sqlite");
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });

    if (::geteuid() != 0) {
        AuditLog log(path);
        QVERIFY(!log.open());
        QVERIFY2(log.errorString().contains(QStringLiteral("read-only")), qPrintable(log.errorString()));
        QVERIFY2(log.errorString().contains(QDir::toNativeSeparators(folder)), qPrintable(log.errorString()));
        QVERIFY(!QFile::exists(path));
        return;
    }

    // Root ignores permission bits, so run the open as an unprivileged user in the helper process.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther));
    // The build tree may sit in a folder "nobody" cannot enter (mktemp -d is 0700): run a copy from the test folder.
    const QString helper = m_dir->filePath(QStringLiteral("audit_writer"));
    QVERIFY(QFile::copy(QStringLiteral(ND_AUDIT_WRITER), helper));
    QVERIFY(QFile::setPermissions(helper, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther));
    QProcess process;
    process.setProgram(helper);
    process.setArguments({QStringLiteral("open"), path});
    process.setChildProcessModifier([] {
        // nobody/nogroup; the return values cannot be reported from here, the output check below catches it.
        [[maybe_unused]] const int groupResult = ::setgid(65534);
        [[maybe_unused]] const int userResult = ::setuid(65534);
    });
    process.start();
    const bool finished = process.waitForFinished(30000);
    if (!finished && process.error() == QProcess::FailedToStart) {
        QSKIP("cannot start the helper as an unprivileged user here");
    }
    QVERIFY(finished);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || output.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("cannot run the helper as an unprivileged user: %1").arg(errors)));
    }
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(output.startsWith(QStringLiteral("ERROR ")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("read-only")), qPrintable(output));
    QVERIFY2(output.contains(QDir::toNativeSeparators(folder)), qPrintable(output));
    QVERIFY(!QFile::exists(path));
#else
    QSKIP("permission bits are a Unix test");
#endif
}

void TestAuditLog::uncreatableFolderIsReported()
{
    // The folder cannot be created because a plain file is in the way.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    AuditLog log(blocker + QStringLiteral("/numberdesk/audit.sqlite"));
    QVERIFY(!log.open());
    QVERIFY2(log.errorString().contains(QStringLiteral("Cannot create the folder")), qPrintable(log.errorString()));

    // A folder where the file should be.
    AuditLog folder(m_dir->path());
    QVERIFY(!folder.open());
    QVERIFY2(folder.errorString().contains(QStringLiteral("is a folder")), qPrintable(folder.errorString()));
}

// Issue 10: four CLIs started at once with a fresh shared --audit-log sometimes got "cannot be written".
// Several processes creating, migrating and writing one new log at the same moment must all succeed.
void TestAuditLog::concurrentFirstUseOfANewLogWorks()
{
    constexpr int Rounds = 6;
    constexpr int Writers = 5;
    constexpr int PerWriter = 3;
    for (int round = 0; round < Rounds; ++round) {
        const QString path = m_dir->filePath(QStringLiteral("fresh-%1/audit.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < Writers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(ND_AUDIT_WRITER),
                           {QStringLiteral("write"), path, QStringLiteral("w%1").arg(w), QString::number(PerWriter)});
            writers.push_back(std::move(process));
        }
        for (auto &process : writers) {
            QVERIFY(process->waitForFinished(30000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        AuditLog log(path);
        QVERIFY(log.open());
        QCOMPARE(log.count(), qint64(Writers * PerWriter));
    }
}

void TestAuditLog::logAndFolderArePrivate()
{
    const QString folder = m_dir->filePath(QStringLiteral("new/numberdesk"));
    AuditLog log(folder + QStringLiteral("/audit.sqlite"));
    QVERIFY(log.open());
    QVERIFY(log.begin(AuditAction()) > 0);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0700));
    QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(QStringLiteral("new"))).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0700));
    for (const char *suffix : {"", "-wal"}) {
        const QByteArray file = QFile::encodeName(folder + QStringLiteral("/audit.sqlite")) + suffix;
        QCOMPARE(::stat(file.constData(), &info), 0);
        QVERIFY2((info.st_mode & 0077) == 0, file.constData());
    }
}

void TestAuditLog::settleAnUnknownOutcomeOnce()
{
    AuditLog log(m_path);
    QVERIFY(log.open());
    const qint64 unknown = log.begin(rentAction(QStringLiteral("+12025550123")));
    QVERIFY(log.finish(unknown, OutcomeKind::Unknown, QStringLiteral("the check failed")));
    const QDateTime finishedAt = log.record(unknown)->finishedAt;
    const qint64 done = log.begin(rentAction(QStringLiteral("+12025550124")));
    QVERIFY(log.finish(done, OutcomeKind::Done));
    // Only an unknown outcome can be settled, once, and only as a known one.
    QVERIFY(!log.settle(done, OutcomeKind::NotDone, QStringLiteral("no")));
    QVERIFY(!log.settle(unknown, OutcomeKind::Unknown, QStringLiteral("still")));
    QVERIFY(log.settle(unknown, OutcomeKind::Done, QStringLiteral("a later check found it rented")));
    QVERIFY(!log.settle(unknown, OutcomeKind::NotDone, QStringLiteral("again")));
    const auto record = log.record(unknown);
    QCOMPARE(record->outcome, QStringLiteral("done"));
    QCOMPARE(record->detail, QStringLiteral("a later check found it rented"));
    QVERIFY(record->settledAt.isValid());
    QCOMPARE(record->finishedAt, finishedAt);
    // The database itself refuses any other change to the settled record.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-settle"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE actions SET outcome = 'not_done' WHERE id = %1").arg(unknown)));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-settle"));
}

// A log written by the previous version (schema 1, "failed"/"cancelled" outcomes) opens, keeps every record and
// reads the old outcomes as "not done".
void TestAuditLog::version1LogsAreMigrated()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"PRAGMA application_id = 1313096012",
              "CREATE TABLE actions (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,"
              " client TEXT NOT NULL, app_version TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '',"
              " project_id TEXT NOT NULL DEFAULT '', operation TEXT NOT NULL, numbers TEXT NOT NULL DEFAULT '[]',"
              " summary TEXT NOT NULL DEFAULT '', currency TEXT, setup_price TEXT, monthly_price TEXT,"
              " payment_interval_months INTEGER, outcome TEXT NOT NULL DEFAULT 'pending', detail TEXT NOT NULL DEFAULT '',"
              " CHECK ((outcome = 'pending') = (finished_at IS NULL)))",
              "CREATE TRIGGER actions_finish_once BEFORE UPDATE ON actions WHEN OLD.outcome <> 'pending'"
              " BEGIN SELECT RAISE(ABORT, 'no'); END",
              "INSERT INTO actions (started_at, finished_at, client, operation, numbers, outcome, detail) VALUES"
              " ('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:01.000Z', 'cli', 'rent', '[\"+12025550123\"]', 'failed', 'boom')",
              "INSERT INTO actions (started_at, finished_at, client, operation, numbers, outcome) VALUES"
              " ('2025-01-01T00:00:02.000Z', '2025-01-01T00:00:03.000Z', 'app', 'release', '[\"+12025550124\"]', 'cancelled')",
              "PRAGMA user_version = 1"}) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    AuditLog log(m_path);
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    QCOMPARE(log.count(), qint64(2));
    AuditFilter notDone;
    notDone.outcome = OutcomeKind::NotDone;
    QCOMPARE(log.count(notDone), qint64(2));
    const QList<AuditRecord> records = log.records();
    QCOMPARE(records.at(1).outcomeText(), QStringLiteral("Not done"));
    QCOMPARE(records.at(1).changes, QList<FieldChange>());
    // New records carry the new columns.
    AuditAction action = rentAction(QStringLiteral("+12025550125"));
    action.jobId = QStringLiteral("job-1");
    action.changes = {FieldChange{QStringLiteral("displayName"), QStringLiteral("a"), QStringLiteral("b")}};
    const qint64 id = log.begin(action);
    QVERIFY(id > 0);
    QCOMPARE(log.record(id)->jobId, QStringLiteral("job-1"));
    QCOMPARE(log.record(id)->changes, action.changes);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
