// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"
#include "testkeychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using nd::Result;
using nd::SecretError;
using nd::SecretStore;

// Runs without a keychain: the test environment points DBUS_SESSION_BUS_ADDRESS at nothing, so every keychain
// job fails (QtKeychain error 7) or times out. The real keychain is covered by tst_secretstore_keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void keychainUnavailableEndsWithError();
    void keychainTimeoutReportsSecondsAndIgnoresLateResult();
    void openDesktopPromptExtendsTheTimeout();
    void cancelledPromptIsSaidSo();
    void sessionOnlyRoundTrip();
    void userFileRoundTripWithMode0600();
    void userFileTightensLoosePermissions();
    void readOrderSessionBeforeUserFile();
    void missingSecretWithoutKeychainSaysUnavailable();
    void deleteRemovesFromAllBackends();
    void callbacksAreAsynchronous();
    void destroyedContextGetsNoCallback();
    void destroyedContextGetsNoKeychainCallback();
    void corruptUserFileIsNotOverwritten();
    void renameMovesUserFileSecret();
    void probeReportsUnavailable();
    void keychainServiceIsInjectable();

private:
    std::unique_ptr<SecretStore> makeStore();
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Collects one result and counts how often a callback ran.
struct ReadProbe
{
    int calls = 0;
    std::optional<Result<QString, SecretError>> result;
    SecretStore::Callback callback()
    {
        return [this](const Result<QString, SecretError> &r) {
            ++calls;
            result = r;
        };
    }
};

struct DoneProbe
{
    int calls = 0;
    bool failed = false;
    SecretError error; // when failed
    SecretStore::DoneCallback callback()
    {
        return [this](const Result<void, SecretError> &r) {
            ++calls;
            failed = !r.ok();
            error = r.error();
        };
    }
};

} // namespace

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") == QLatin1String("unix:path=/nonexistent"),
             "run through ctest (nd_add_test) so no real session bus is reachable");
}

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SecretStore> TestSecretStore::makeStore()
{
    auto store = std::make_unique<SecretStore>();
    store->setKeychainService(nd::test::uniqueKeychainService());
    store->setFallbackFilePath(m_dir->filePath(QStringLiteral("conf/secrets.json")));
    store->setTimeoutMs(3000);
    return store;
}

void TestSecretStore::keychainUnavailableEndsWithError()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("s3cr3t"), SecretStore::Backend::Keychain, &context,
                       done.callback());
    // Generous bound: the store's own timeout (3 s) must end it long before.
    QTRY_COMPARE_WITH_TIMEOUT(done.calls, 1, 30000);
    QVERIFY(done.failed);
    QVERIFY(SecretStore::isKeychainUnavailable(done.error));
    QVERIFY(done.error.message.contains(QStringLiteral("keychain")));
    QVERIFY(!done.error.message.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!done.error.detail.contains(QStringLiteral("s3cr3t")));

    ReadProbe read;
    store->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 30000);
    QVERIFY(!read.result->ok());
    QVERIFY(SecretStore::isKeychainUnavailable(read.result->error()));
    QTest::qWait(50);
    QCOMPARE(done.calls, 1);
    QCOMPARE(read.calls, 1);
}

void TestSecretStore::keychainTimeoutReportsSecondsAndIgnoresLateResult()
{
    auto store = makeStore();
    store->setTimeoutMs(10);
    // The job starts long after its 10 ms timeout, so its (failing) answer always comes late.
    store->setKeychainStartDelayForTesting(300);
    QSignalSpy late(store.get(), &SecretStore::lateKeychainResultIgnored);
    QObject context;
    ReadProbe read;
    store->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 30000);
    QVERIFY(!read.result->ok());
    const SecretError error = read.result->error();
    QVERIFY(SecretStore::isKeychainUnavailable(error));
    QVERIFY(error.timedOut);
    QVERIFY2(error.message.contains(QStringLiteral("did not answer within 1 s")), qPrintable(error.message));

    QVERIFY(late.wait(30000)); // the job did answer, after the timeout...
    QTest::qWait(50);
    QCOMPARE(read.calls, 1); // ...and nobody was called a second time.

    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("x"), SecretStore::Backend::Keychain, &context,
                       done.callback());
    QTRY_COMPARE_WITH_TIMEOUT(done.calls, 1, 30000);
    QVERIFY(done.error.timedOut);
    QVERIFY(late.wait(30000));
    QTest::qWait(50);
    QCOMPARE(done.calls, 1);
}

void TestSecretStore::openDesktopPromptExtendsTheTimeout()
{
    auto store = makeStore();
    store->setTimeoutMs(10);
    // The job answers long after its 10 ms timeout; a prompt is "open" the whole time: no timeout, the job's
    // own answer arrives (here an error: there is no session bus in tests).
    store->setKeychainStartDelayForTesting(300);
    int asked = 0;
    store->setPromptProbeForTesting([&asked] {
        ++asked;
        return true;
    });
    QSignalSpy waiting(store.get(), &SecretStore::waitingForKeychainPrompt);
    QSignalSpy late(store.get(), &SecretStore::lateKeychainResultIgnored);
    QObject context;
    ReadProbe read;
    store->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 30000);
    QVERIFY(asked >= 2); // asked again at every timeout while waiting
    QCOMPARE(waiting.size(), 1); // announced once per job
    QCOMPARE(late.size(), 0);
    QVERIFY(!read.result->ok());
    QVERIFY(!read.result->error().timedOut);

    // Once the prompt is gone, the timeout applies again.
    store->setPromptProbeForTesting([] { return false; });
    ReadProbe again;
    store->readSecret(QStringLiteral("Prod"), &context, again.callback());
    QTRY_COMPARE_WITH_TIMEOUT(again.calls, 1, 30000);
    QVERIFY(again.result->error().timedOut);
}

void TestSecretStore::cancelledPromptIsSaidSo()
{
    // QtKeychain's AccessDeniedByUser (3), and libsecret's "Prompt dismissed" / "operation was cancelled".
    for (const auto &[code, text] : {std::pair{3, QString()}, std::pair{7, QStringLiteral("Prompt dismissed")},
                                     std::pair{7, QStringLiteral("The operation was cancelled")}}) {
        const SecretError error = SecretStore::keychainFailure(code, text);
        QVERIFY(SecretStore::isKeychainUnavailable(error));
        QVERIFY(SecretStore::isPromptCancelled(error));
        QVERIFY2(error.message.contains(QStringLiteral("prompt was cancelled")), qPrintable(error.message));
    }
    const SecretError other = SecretStore::keychainFailure(7, QStringLiteral("No such interface"));
    QVERIFY(SecretStore::isKeychainUnavailable(other));
    QVERIFY(!SecretStore::isPromptCancelled(other));
    QVERIFY(other.message.contains(QStringLiteral("No such interface")));
}

void TestSecretStore::sessionOnlyRoundTrip()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("session-secret"), SecretStore::Backend::SessionOnly,
                       &context, done.callback());
    QTRY_COMPARE(done.calls, 1);
    QVERIFY(!done.failed);
    QVERIFY(store->hasSessionSecret(QStringLiteral("Prod")));
    QVERIFY(!store->usesUserFile(QStringLiteral("Prod")));
    QVERIFY(!QFile::exists(store->fallbackFilePath())); // session only: nothing on disk

    ReadProbe read;
    store->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(read.result->ok());
    QCOMPARE(read.result->value(), QStringLiteral("session-secret"));

    // A new store (next run) does not know it.
    auto next = makeStore();
    QVERIFY(!next->hasSessionSecret(QStringLiteral("Prod")));
}

void TestSecretStore::userFileRoundTripWithMode0600()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("file-secret"), SecretStore::Backend::UserFile, &context,
                       done.callback());
    QTRY_COMPARE(done.calls, 1);
    QVERIFY2(!done.failed, qPrintable(done.error.message));
    // Checked before anything reads the file again (reading also tightens loose permissions).
    const QString path = store->fallbackFilePath();
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store->usesUserFile(QStringLiteral("Prod")));
    QVERIFY(!store->usesUserFile(QStringLiteral("Other")));

    DoneProbe second;
    store->writeSecret(QStringLiteral("Stage"), QStringLiteral("second-secret"), SecretStore::Backend::UserFile,
                       &context, second.callback());
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(!second.failed);
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A fresh store (next run) reads it back after the keychain fails.
    auto next = makeStore();
    ReadProbe read;
    next->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 30000);
    QVERIFY2(read.result->ok(), qPrintable(read.result->error().message));
    QCOMPARE(read.result->value(), QStringLiteral("file-secret"));
    ReadProbe read2;
    next->readSecret(QStringLiteral("Stage"), &context, read2.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read2.calls, 1, 30000);
    QVERIFY(read2.result->ok());
    QCOMPARE(read2.result->value(), QStringLiteral("second-secret"));
}

void TestSecretStore::userFileTightensLoosePermissions()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("s"), SecretStore::Backend::UserFile, &context,
                       done.callback());
    QTRY_COMPARE(done.calls, 1);
    const QString path = store->fallbackFilePath();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    QVERIFY(store->usesUserFile(QStringLiteral("Prod")));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestSecretStore::readOrderSessionBeforeUserFile()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("from-file"), SecretStore::Backend::UserFile, &context,
                       done.callback());
    QTRY_COMPARE(done.calls, 1);
    store->setSessionSecret(QStringLiteral("Prod"), QStringLiteral("from-session"));

    ReadProbe read;
    store->readSecret(QStringLiteral("Prod"), &context, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(read.result->ok());
    QCOMPARE(read.result->value(), QStringLiteral("from-session"));

    store->clearSessionSecret(QStringLiteral("Prod"));
    ReadProbe read2;
    store->readSecret(QStringLiteral("Prod"), &context, read2.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read2.calls, 1, 30000);
    QVERIFY(read2.result->ok());
    QCOMPARE(read2.result->value(), QStringLiteral("from-file"));
}

void TestSecretStore::missingSecretWithoutKeychainSaysUnavailable()
{
    auto store = makeStore();
    QObject context;
    ReadProbe read;
    store->readSecret(QStringLiteral("Nobody"), &context, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 30000);
    QVERIFY(!read.result->ok());
    // Without a keychain the store cannot know the keychain has nothing: it says the keychain is unavailable.
    QVERIFY(SecretStore::isKeychainUnavailable(read.result->error()));
    QVERIFY(!read.result->error().message.isEmpty());
}

void TestSecretStore::deleteRemovesFromAllBackends()
{
    auto store = makeStore();
    QObject context;
    DoneProbe written;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("file"), SecretStore::Backend::UserFile, &context,
                       written.callback());
    QTRY_COMPARE(written.calls, 1);
    DoneProbe writtenOther;
    store->writeSecret(QStringLiteral("Keep"), QStringLiteral("other"), SecretStore::Backend::UserFile, &context,
                       writtenOther.callback());
    QTRY_COMPARE(writtenOther.calls, 1);
    store->setSessionSecret(QStringLiteral("Prod"), QStringLiteral("session"));

    DoneProbe deleted;
    store->deleteSecret(QStringLiteral("Prod"), &context, deleted.callback());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.calls, 1, 30000);
    // The keychain part cannot be confirmed here, and the store says so.
    QVERIFY(SecretStore::isKeychainUnavailable(deleted.error));
    QVERIFY(!store->hasSessionSecret(QStringLiteral("Prod")));
    QVERIFY(!store->usesUserFile(QStringLiteral("Prod")));
    QVERIFY(store->usesUserFile(QStringLiteral("Keep")));

    QFile file(store->fallbackFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("\"file\""));
    QVERIFY(bytes.contains("\"other\""));
}

void TestSecretStore::callbacksAreAsynchronous()
{
    auto store = makeStore();
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("A"), QStringLiteral("x"), SecretStore::Backend::SessionOnly, &context,
                       done.callback());
    QCOMPARE(done.calls, 0);
    ReadProbe read;
    store->readSecret(QStringLiteral("A"), &context, read.callback());
    QCOMPARE(read.calls, 0);
    DoneProbe fileDone;
    store->writeSecret(QStringLiteral("A"), QStringLiteral("x"), SecretStore::Backend::UserFile, &context,
                       fileDone.callback());
    QCOMPARE(fileDone.calls, 0);
    QTRY_COMPARE(done.calls, 1);
    QTRY_COMPARE(read.calls, 1);
    QTRY_COMPARE(fileDone.calls, 1);
}

void TestSecretStore::destroyedContextGetsNoCallback()
{
    auto store = makeStore();
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store->writeSecret(QStringLiteral("A"), QStringLiteral("x"), SecretStore::Backend::SessionOnly, context.get(),
                       [&calls](const Result<void, SecretError> &) { ++calls; });
    store->readSecret(QStringLiteral("A"), context.get(), [&calls](const Result<QString, SecretError> &) { ++calls; });
    context.reset();
    // A control operation with a live context proves the event loop ran past the dropped ones.
    QObject alive;
    DoneProbe control;
    store->writeSecret(QStringLiteral("B"), QStringLiteral("y"), SecretStore::Backend::SessionOnly, &alive,
                       control.callback());
    QTRY_COMPARE(control.calls, 1);
    QTest::qWait(20);
    QCOMPARE(calls, 0);
    QVERIFY(store->hasSessionSecret(QStringLiteral("A"))); // the write itself happened
}

void TestSecretStore::destroyedContextGetsNoKeychainCallback()
{
    auto store = makeStore();
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store->readSecret(QStringLiteral("A"), context.get(), [&calls](const Result<QString, SecretError> &) { ++calls; });
    QObject alive;
    ReadProbe control;
    store->readSecret(QStringLiteral("A"), &alive, control.callback());
    context.reset();
    // Keychain jobs run one after the other, so the control read finishes after the first one.
    QTRY_COMPARE_WITH_TIMEOUT(control.calls, 1, 30000);
    QTest::qWait(20);
    QCOMPARE(calls, 0);

    // Destroying the store with a job in flight drops the callback too.
    auto other = makeStore();
    QObject ctx;
    int otherCalls = 0;
    other->readSecret(QStringLiteral("A"), &ctx, [&otherCalls](const Result<QString, SecretError> &) { ++otherCalls; });
    other.reset();
    QTest::qWait(200);
    QCOMPARE(otherCalls, 0);
}

void TestSecretStore::corruptUserFileIsNotOverwritten()
{
    auto store = makeStore();
    const QString path = store->fallbackFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    QObject context;
    DoneProbe done;
    store->writeSecret(QStringLiteral("Prod"), QStringLiteral("s"), SecretStore::Backend::UserFile, &context,
                       done.callback());
    QTRY_COMPARE(done.calls, 1);
    QVERIFY(SecretStore::isUserFileError(done.error));
    QVERIFY(done.error.message.contains(QDir::toNativeSeparators(path)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArrayLiteral("{ not json"));
}

void TestSecretStore::renameMovesUserFileSecret()
{
    auto store = makeStore();
    QObject context;
    DoneProbe written;
    store->writeSecret(QStringLiteral("Old"), QStringLiteral("moving"), SecretStore::Backend::UserFile, &context,
                       written.callback());
    QTRY_COMPARE(written.calls, 1);
    DoneProbe renamed;
    store->renameSecret(QStringLiteral("Old"), QStringLiteral("New"), &context, renamed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(renamed.calls, 1, 30000);
    QVERIFY(!store->usesUserFile(QStringLiteral("Old")));
    QVERIFY(store->usesUserFile(QStringLiteral("New")));
    // The old name's keychain entry cannot be confirmed gone without a keychain.
    QVERIFY(!renamed.failed || SecretStore::isKeychainUnavailable(renamed.error));
}

void TestSecretStore::probeReportsUnavailable()
{
    auto store = makeStore();
    QObject context;
    int calls = 0;
    bool available = true;
    QString why;
    store->probeKeychain(&context, [&](bool ok, const QString &reason) {
        ++calls;
        available = ok;
        why = reason;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QVERIFY(!available);
    QVERIFY(!why.isEmpty());
}

void TestSecretStore::keychainServiceIsInjectable()
{
    // The app and the CLI share the default service; a test's store never uses it.
    SecretStore plain;
    QCOMPARE(SecretStore::defaultKeychainService(), QStringLiteral("numberdesk"));
    QCOMPARE(plain.keychainService(), QStringLiteral("numberdesk"));
    const auto store = makeStore();
    QCOMPARE(store->keychainService(), nd::test::uniqueKeychainService());
    QVERIFY(store->keychainService().startsWith(QLatin1String("numberdesk-test-")));
    QVERIFY(store->keychainService() != SecretStore::defaultKeychainService());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
