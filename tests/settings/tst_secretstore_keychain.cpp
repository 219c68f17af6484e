// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"
#include "testkeychain.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using nd::Result;
using nd::SecretError;
using nd::SecretStore;

using SecretRead = Result<QString, SecretError>;
using SecretDone = Result<void, SecretError>;

// The real keychain: run through run-with-keyring.sh (gnome-keyring on a private session bus, throw-away HOME).
class TestSecretStoreKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeFindsKeychain();
    void writeReadOverwriteDelete();
    void keychainWriteRemovesPlaintextCopy();
    void renameMovesKeychainSecret();

private:
    SecretRead read(const QString &name);
    SecretDone write(const QString &name, const QString &secret, SecretStore::Backend backend);
    SecretDone remove(const QString &name);
    // What the helpers above report when the store never answered.
    static SecretError noAnswer();
    // The entry as QtKeychain sees it, bypassing SecretStore: its text, "<not found>" or "<error N>".
    QString readRaw(const QString &service, const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_store;
};

void TestSecretStoreKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent"))) {
        QFAIL("needs a session bus with gnome-keyring: run through tests/settings/run-with-keyring.sh");
    }
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SecretStore>();
    m_store->setKeychainService(nd::test::uniqueKeychainService());
    m_store->setFallbackFilePath(m_dir.filePath(QStringLiteral("secrets.json")));
    m_store->setTimeoutMs(20000);
}

SecretError TestSecretStoreKeychain::noAnswer()
{
    SecretError e;
    e.timedOut = true;
    e.message = QStringLiteral("test: no answer");
    return e;
}

SecretRead TestSecretStoreKeychain::read(const QString &name)
{
    std::optional<SecretRead> result;
    QObject context;
    m_store->readSecret(name, &context, [&result](const SecretRead &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000)) {
        return noAnswer();
    }
    return *result;
}

SecretDone TestSecretStoreKeychain::write(const QString &name, const QString &secret, SecretStore::Backend backend)
{
    std::optional<SecretDone> result;
    QObject context;
    m_store->writeSecret(name, secret, backend, &context, [&result](const SecretDone &e) { result = e; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000)) {
        return noAnswer();
    }
    return *result;
}

SecretDone TestSecretStoreKeychain::remove(const QString &name)
{
    std::optional<SecretDone> result;
    QObject context;
    m_store->deleteSecret(name, &context, [&result](const SecretDone &e) { result = e; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000)) {
        return noAnswer();
    }
    return *result;
}

QString TestSecretStoreKeychain::readRaw(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    bool finished = false;
    connect(&job, &QKeychain::Job::finished, this, [&finished] { finished = true; });
    job.start();
    if (!QTest::qWaitFor([&finished] { return finished; }, 60000)) {
        return QStringLiteral("<no answer>");
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return QStringLiteral("<not found>");
    }
    if (job.error() != QKeychain::NoError) {
        return QStringLiteral("<error %1>").arg(int(job.error()));
    }
    return job.textData();
}

void TestSecretStoreKeychain::probeFindsKeychain()
{
    std::optional<bool> available;
    QString why;
    QObject context;
    m_store->probeKeychain(&context, [&](bool ok, const QString &reason) {
        available = ok;
        why = reason;
    });
    QVERIFY(QTest::qWaitFor([&available] { return available.has_value(); }, 60000));
    QVERIFY2(*available, qPrintable(why));
}

void TestSecretStoreKeychain::writeReadOverwriteDelete()
{
    const QString name = QStringLiteral("Production EU");
    SecretDone e = write(name, QStringLiteral("first-secret"), SecretStore::Backend::Keychain);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QVERIFY(!m_store->usesUserFile(name));
    QVERIFY(!m_store->hasSessionSecret(name));

    SecretRead r = read(name);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value(), QStringLiteral("first-secret"));

    e = write(name, QStringLiteral("second-secret ünïcødé"), SecretStore::Backend::Keychain);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    r = read(name);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value(), QStringLiteral("second-secret ünïcødé"));

    // A second store instance with the same service (like the CLI with the app) sees the same entry.
    {
        SecretStore other;
        other.setKeychainService(m_store->keychainService());
        other.setFallbackFilePath(m_dir.filePath(QStringLiteral("other.json")));
        std::optional<SecretRead> result;
        QObject context;
        other.readSecret(name, &context, [&result](const SecretRead &x) { result = x; });
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
        QVERIFY(result->ok());
        QCOMPARE(result->value(), QStringLiteral("second-secret ünïcødé"));
    }

    // Stored under the store's service, key = profile name; the real app's service "numberdesk" has no such entry.
    QCOMPARE(readRaw(m_store->keychainService(), name), QStringLiteral("second-secret ünïcødé"));
    QCOMPARE(readRaw(SecretStore::defaultKeychainService(), name), QStringLiteral("<not found>"));

    e = remove(name);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    r = read(name);
    QVERIFY(!r.ok());
    QVERIFY2(SecretStore::isSecretMissing(r.error()), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(name));

    // Deleting what is not there is fine.
    e = remove(name);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
}

void TestSecretStoreKeychain::keychainWriteRemovesPlaintextCopy()
{
    const QString name = QStringLiteral("Moved");
    SecretDone e = write(name, QStringLiteral("plain"), SecretStore::Backend::UserFile);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QVERIFY(m_store->usesUserFile(name));
    e = write(name, QStringLiteral("in-keychain"), SecretStore::Backend::Keychain);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QVERIFY(!m_store->usesUserFile(name));
    const SecretRead r = read(name);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QStringLiteral("in-keychain"));
    QVERIFY(remove(name).ok());
}

void TestSecretStoreKeychain::renameMovesKeychainSecret()
{
    QVERIFY(write(QStringLiteral("Before"), QStringLiteral("renamed-secret"), SecretStore::Backend::Keychain).ok());
    std::optional<SecretDone> done;
    QObject context;
    m_store->renameSecret(QStringLiteral("Before"), QStringLiteral("After"), &context,
                          [&done](const SecretDone &e) { done = e; });
    QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 60000));
    QVERIFY2(done->ok(), qPrintable(done->error().message));
    const SecretRead after = read(QStringLiteral("After"));
    QVERIFY(after.ok());
    QCOMPARE(after.value(), QStringLiteral("renamed-secret"));
    const SecretRead before = read(QStringLiteral("Before"));
    QVERIFY(!before.ok());
    QVERIFY(SecretStore::isSecretMissing(before.error()));
    QVERIFY(remove(QStringLiteral("After")).ok());
}

QTEST_GUILESS_MAIN(TestSecretStoreKeychain)
#include "tst_secretstore_keychain.moc"
