// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"
#include "resultcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using nd::AuthMethod;
using nd::Profile;
using nd::ProfileStore;

Q_DECLARE_METATYPE(nd::Profile)

namespace {

Profile makeProfile(const QString &name, const QString &projectId = QStringLiteral("proj-123_ABC"))
{
    Profile p;
    p.name = name;
    p.projectId = projectId;
    p.keyId = QStringLiteral("7c2d1e4f-5a6b-4c8d-9e0f-a1b2c3d4e5f6");
    p.authMethod = AuthMethod::Basic;
    p.numbersUrl = QUrl(QStringLiteral("https://numbers.example.test"));
    p.authUrl = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultPathIsSharedGenericConfig();
    void firstStartHasOnlySandboxAsCurrent();
    void roundTripsProfiles();
    void saveWritesValidJsonAndReplacesOldContent();
    void failedWriteKeepsOldFile();
    void unwritableDirectoryKeepsOldFile();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void neverWritesASecret();
    void sandboxAlwaysPresentAndProtected();
    void rejectsInvalidProfiles_data();
    void rejectsInvalidProfiles();
    void acceptsLoopbackHttp_data();
    void acceptsLoopbackHttp();
    void preservesUnknownKeys();
    void keepsNewerVersionNumber();
    void renameAndCurrent();
    void removingCurrentFallsBackToSandbox();
    void unusableEntriesAreKeptUntouched();
    void anUnusableSyncConcurrencyFallsBackToTheDefault();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("cfg/profiles.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::defaultPathIsSharedGenericConfig()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                             QStringLiteral("/numberdesk/profiles.json");
    QCOMPARE(ProfileStore::defaultFilePath(), expected);
    ProfileStore store;
    QCOMPARE(store.filePath(), expected);
}

void TestProfileStore::firstStartHasOnlySandboxAsCurrent()
{
    ProfileStore store(path());
    ND_VERIFY_OK(store.load());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("Sandbox"));
    QVERIFY(store.profiles().first().isSandbox);
    QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
    QVERIFY(store.currentProfile().isSandbox);
    QVERIFY(!QFile::exists(path())); // loading alone does not create the file
}

void TestProfileStore::roundTripsProfiles()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ProfileStore::changed);
    Profile a = makeProfile(QStringLiteral("Production EU"));
    Profile b = makeProfile(QStringLiteral("Staging"), QStringLiteral("other-project"));
    b.authMethod = AuthMethod::OAuth2;
    b.numbersUrl = QUrl(QStringLiteral("https://numbers.example.test:8443/base"));
    b.syncConcurrency = 12;
    ND_VERIFY_OK(store.upsert(a));
    ND_VERIFY_OK(store.upsert(b));
    QVERIFY(store.setCurrentProfileName(QStringLiteral("Staging")));
    QCOMPARE(changed.count(), 3);
    ND_VERIFY_OK(store.save());

    ProfileStore again(path());
    ND_VERIFY_OK(again.load());
    const QList<Profile> list = again.profiles();
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).isSandbox);
    QCOMPARE(list.at(1).name, a.name);
    QCOMPARE(list.at(1).projectId, a.projectId);
    QCOMPARE(list.at(1).keyId, a.keyId);
    QCOMPARE(list.at(1).authMethod, AuthMethod::Basic);
    QCOMPARE(list.at(1).numbersUrl, a.numbersUrl);
    QCOMPARE(list.at(1).authUrl, a.authUrl);
    QVERIFY(!list.at(1).isSandbox);
    QCOMPARE(list.at(2).name, b.name);
    QCOMPARE(list.at(2).authMethod, AuthMethod::OAuth2);
    QCOMPARE(list.at(2).numbersUrl, b.numbersUrl);
    QCOMPARE(list.at(1).syncConcurrency, nd::InventoryWalker::DefaultConcurrency);
    QCOMPARE(list.at(2).syncConcurrency, 12);
    QCOMPARE(again.currentProfileName(), QStringLiteral("Staging"));

    // Replacing by name keeps the position and changes the fields.
    Profile a2 = a;
    a2.projectId = QStringLiteral("changed");
    ND_VERIFY_OK(again.upsert(a2));
    QCOMPARE(again.profiles().size(), 3);
    QCOMPARE(again.profile(a.name).projectId, QStringLiteral("changed"));

    const nd::ConnectionSettings conn = again.profile(a.name).toConnection(QStringLiteral("s3cr3t"));
    QCOMPARE(conn.projectId, QStringLiteral("changed"));
    QCOMPARE(conn.keyId, a.keyId);
    QCOMPARE(conn.keySecret, QStringLiteral("s3cr3t"));
    QCOMPARE(conn.numbersUrl, a.numbersUrl);
    QCOMPARE(conn.authUrl, a.authUrl);
    QCOMPARE(conn.authMethod, AuthMethod::Basic);
}

void TestProfileStore::saveWritesValidJsonAndReplacesOldContent()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QVERIFY(writeAll(path(), QByteArrayLiteral("{\"version\":1,\"profiles\":[]}")));
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("One"))));
    ND_VERIFY_OK(store.save());

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path()), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("version")).toInt(), ProfileStore::CurrentVersion);
    const QJsonArray list = doc.object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(list.size(), 1); // the Sandbox profile is not written
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("One"));
    // No temporary files left next to it.
    const QStringList files = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("profiles.json")});
}

void TestProfileStore::failedWriteKeepsOldFile()
{
    // Works as root too: the file size limit makes every write past a few bytes fail (like a full disk).
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("Kept"))));
    QVERIFY(store.save());
    const QByteArray before = readAll(path());
    QVERIFY(before.size() > 64);

    QVERIFY(store.upsert(makeProfile(QStringLiteral("Lost in the write"))));
    struct rlimit old
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    struct rlimit small = old;
    small.rlim_cur = 16;
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const nd::Result<void, nd::Failure> saved = store.save();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY(saved.error().message.contains(path()));
    QCOMPARE(readAll(path()), before);
    const QStringList files = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("profiles.json")});
}

void TestProfileStore::unwritableDirectoryKeepsOldFile()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("Kept"))));
    QVERIFY(store.save());
    const QByteArray before = readAll(path());

    const QString dir = QFileInfo(path()).absolutePath();
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (::geteuid() == 0) {
        QSKIP("root ignores directory permissions; failedWriteKeepsOldFile covers the failure path");
    }
    QVERIFY(store.upsert(makeProfile(QStringLiteral("Other"))));
    const auto refused = store.save();
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(readAll(path()), before);
}

void TestProfileStore::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"version\":1,\"profiles\":[{\"name\":\"A\"");
    QTest::newRow("not json") << QByteArrayLiteral("\x00\x01garbage");
    QTest::newRow("array root") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("profiles not a list") << QByteArrayLiteral("{\"profiles\":{\"name\":\"A\"}}");
    QTest::newRow("empty") << QByteArray();
}

void TestProfileStore::corruptFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QVERIFY(writeAll(path(), content));

    ProfileStore store(path());
    const auto loaded = store.load();
    QVERIFY(!loaded);
    QVERIFY(!store.movedAsidePath().isEmpty());
    QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(store.movedAsidePath())));
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(readAll(store.movedAsidePath()), content); // the damaged data is kept byte for byte
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));

    // Saving afterwards writes a fresh file and leaves the kept copy alone.
    QVERIFY(store.upsert(makeProfile(QStringLiteral("Fresh"))));
    ND_VERIFY_OK(store.save());
    QCOMPARE(readAll(store.movedAsidePath()), content);
    ProfileStore again(path());
    QVERIFY(again.load());
    QVERIFY(again.contains(QStringLiteral("Fresh")));
}

void TestProfileStore::neverWritesASecret()
{
    // A hand-edited file with secret-like keys: they are dropped, never written back.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray json1(
        R"({"version":1,"accessToken":"TOPLEVEL-TOKEN-VALUE",)"
        R"("profiles":[{"name":"Hand","projectId":"p1","keyId":"k1","keySecret":"HANDWRITTEN-SECRET-VALUE",)"
        R"("authMethod":"basic","numbersUrl":"https://n.example.test","authUrl":"https://a.example.test"}]})");
    QVERIFY(writeAll(path(), json1));
    ProfileStore store(path());
    QVERIFY(store.load());
    Profile p = makeProfile(QStringLiteral("Production"));
    QVERIFY(store.upsert(p));
    // toConnection carries the secret, the stored profile never does.
    const nd::ConnectionSettings conn = p.toConnection(QStringLiteral("xYz-Example-Secret-123"));
    QCOMPARE(conn.keySecret, QStringLiteral("xYz-Example-Secret-123"));
    QVERIFY(store.save());

    const QByteArray bytes = readAll(path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("Production"));
    QVERIFY(bytes.contains("Hand"));
    QVERIFY(!bytes.contains("xYz-Example-Secret-123"));
    QVERIFY(!bytes.contains("HANDWRITTEN-SECRET-VALUE"));
    QVERIFY(!bytes.contains("TOPLEVEL-TOKEN-VALUE"));
    QVERIFY(!bytes.toLower().contains("secret"));
    QVERIFY(!bytes.toLower().contains("token"));
    QVERIFY(!bytes.toLower().contains("password"));
}

void TestProfileStore::sandboxAlwaysPresentAndProtected()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("A"))));
    QVERIFY(store.upsert(makeProfile(QStringLiteral("B"))));
    QCOMPARE(store.profiles().first().name, Profile::sandboxProfileName());

    QVERIFY(!store.remove(QStringLiteral("Sandbox")));
    const auto refusedMessage = [](const nd::Result<void, nd::Failure> &result) {
        return result.ok() ? QString() : result.error().message;
    };
    QVERIFY(!refusedMessage(store.rename(QStringLiteral("Sandbox"), QStringLiteral("Mine"))).isEmpty());
    Profile sandboxEdit = Profile::builtInSandbox();
    sandboxEdit.projectId = QStringLiteral("x");
    QVERIFY(!refusedMessage(store.upsert(sandboxEdit)).isEmpty());
    // reserved, any case
    QVERIFY(!refusedMessage(store.upsert(makeProfile(QStringLiteral("sandbox")))).isEmpty());
    QVERIFY(!refusedMessage(store.rename(QStringLiteral("A"), QStringLiteral("SANDBOX"))).isEmpty());

    QVERIFY(store.save());
    // Even a file that names a "Sandbox" entry cannot replace or duplicate the built-in one.
    const QByteArray json2(
        R"({"version":1,"profiles":[{"name":"Sandbox","projectId":"evil",)"
        R"("keyId":"k","numbersUrl":"https://evil.example.test","authUrl":"https://evil.example.test"}]})");
    QVERIFY(writeAll(path(), json2));
    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.profiles().size(), 1);
    QVERIFY(again.profiles().first().isSandbox);
    QVERIFY(again.profiles().first().projectId.isEmpty());
}

void TestProfileStore::rejectsInvalidProfiles_data()
{
    QTest::addColumn<Profile>("profile");

    QTest::newRow("empty name") << makeProfile(QString());
    QTest::newRow("blank name") << makeProfile(QStringLiteral("   "));
    QTest::newRow("untrimmed name") << makeProfile(QStringLiteral(" Prod"));
    QTest::newRow("name too long") << makeProfile(QString(ProfileStore::MaxNameLength + 1, QLatin1Char('x')));
    QTest::newRow("name with newline") << makeProfile(QStringLiteral("a\nb"));
    QTest::newRow("duplicate name other case") << makeProfile(QStringLiteral("EXISTING"));
    QTest::newRow("project id with slash") << makeProfile(QStringLiteral("P"), QStringLiteral("a/b"));
    QTest::newRow("project id with dots") << makeProfile(QStringLiteral("P"), QStringLiteral(".."));
    QTest::newRow("empty project id") << makeProfile(QStringLiteral("P"), QString());
    Profile p = makeProfile(QStringLiteral("P"));
    p.keyId.clear();
    QTest::newRow("empty key id") << p;
    p = makeProfile(QStringLiteral("P"));
    p.keyId = QStringLiteral("abc:def");
    QTest::newRow("key id with colon") << p;
    p = makeProfile(QStringLiteral("P"));
    p.numbersUrl = QUrl(QStringLiteral("http://numbers.example.test"));
    QTest::newRow("http non-loopback numbers url") << p;
    p = makeProfile(QStringLiteral("P"));
    p.authUrl = QUrl(QStringLiteral("http://10.0.0.1:8080"));
    QTest::newRow("http non-loopback auth url") << p;
    p = makeProfile(QStringLiteral("P"));
    p.numbersUrl = QUrl(QStringLiteral("ftp://numbers.example.test"));
    QTest::newRow("ftp url") << p;
    p = makeProfile(QStringLiteral("P"));
    p.numbersUrl = QUrl();
    QTest::newRow("empty url") << p;
    p = makeProfile(QStringLiteral("P"));
    p.numbersUrl = QUrl(QStringLiteral("https://user:pw@numbers.example.test"));
    QTest::newRow("url with credentials") << p;
    p = makeProfile(QStringLiteral("P"));
    p.syncConcurrency = 0;
    QTest::newRow("sync concurrency 0") << p;
    p.syncConcurrency = nd::InventoryWalker::MaxConcurrency + 1;
    QTest::newRow("sync concurrency above the maximum") << p;
}

void TestProfileStore::rejectsInvalidProfiles()
{
    QFETCH(Profile, profile);
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("Existing"))));
    QSignalSpy changed(&store, &ProfileStore::changed);

    const auto refused = store.upsert(profile);
    QVERIFY(!refused);
    const QString error = refused.error().message;
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!error.contains(QStringLiteral(":pw@"))); // credentials in a URL are not echoed back
}

void TestProfileStore::acceptsLoopbackHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:1234/base");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000");
    QTest::newRow("https anywhere") << QStringLiteral("https://numbers.api.sinch.com");
}

void TestProfileStore::acceptsLoopbackHttp()
{
    QFETCH(QString, url);
    ProfileStore store(path());
    Profile p = makeProfile(QStringLiteral("Local"));
    p.numbersUrl = QUrl(url);
    p.authUrl = QUrl(url);
    ND_VERIFY_OK(store.upsert(p));
}

void TestProfileStore::preservesUnknownKeys()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray json3(R"({"version":1,"current":"Future","theme":{"dark":true},)"
                           R"("profiles":[{"name":"Future","projectId":"p1","keyId":"k1","authMethod":"oauth2",)"
                           R"("numbersUrl":"https://n.example.test","authUrl":"https://a.example.test",)"
                           R"("region":"eu-1","flags":[1,2,3]}]})");
    QVERIFY(writeAll(path(), json3));
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.currentProfileName(), QStringLiteral("Future"));
    Profile p = store.profile(QStringLiteral("Future"));
    p.keyId = QStringLiteral("k2");
    QVERIFY(store.upsert(p));
    ND_VERIFY_OK(store.rename(QStringLiteral("Future"), QStringLiteral("Renamed")));
    QVERIFY(store.save());

    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(QStringLiteral("theme")).toObject().value(QStringLiteral("dark")).toBool(), true);
    const QJsonObject entry = root.value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(entry.value(QStringLiteral("keyId")).toString(), QStringLiteral("k2"));
    QCOMPARE(entry.value(QStringLiteral("region")).toString(), QStringLiteral("eu-1"));
    QCOMPARE(entry.value(QStringLiteral("flags")).toArray().size(), 3);
    QCOMPARE(root.value(QStringLiteral("current")).toString(), QStringLiteral("Renamed"));
}

void TestProfileStore::keepsNewerVersionNumber()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray json4(R"({"version":7,"profiles":[]})");
    QVERIFY(writeAll(path(), json4));
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.fileVersion(), 7);
    QVERIFY(store.save());
    QCOMPARE(QJsonDocument::fromJson(readAll(path())).object().value(QStringLiteral("version")).toInt(), 7);

    // No version field: treated as version 1 and written with it.
    const QByteArray json5(R"({"profiles":[]})");
    QVERIFY(writeAll(path(), json5));
    QVERIFY(store.load());
    QCOMPARE(store.fileVersion(), 1);
    QVERIFY(store.save());
    QCOMPARE(QJsonDocument::fromJson(readAll(path())).object().value(QStringLiteral("version")).toInt(), 1);
}

void TestProfileStore::renameAndCurrent()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("A"))));
    QVERIFY(store.upsert(makeProfile(QStringLiteral("B"))));
    QVERIFY(store.setCurrentProfileName(QStringLiteral("A")));
    QVERIFY(!store.setCurrentProfileName(QStringLiteral("Nope")));
    QCOMPARE(store.currentProfileName(), QStringLiteral("A"));

    const auto clash = store.rename(QStringLiteral("A"), QStringLiteral("b")); // clashes with B
    QVERIFY(!clash);
    QVERIFY(!clash.error().message.isEmpty());
    QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral(" C ")));
    QVERIFY(!store.rename(QStringLiteral("Missing"), QStringLiteral("C")));
    ND_VERIFY_OK(store.rename(QStringLiteral("A"), QStringLiteral("C")));
    QVERIFY(!store.contains(QStringLiteral("A")));
    QVERIFY(store.contains(QStringLiteral("C")));
    QCOMPARE(store.currentProfileName(), QStringLiteral("C"));
    QCOMPARE(store.profiles().at(1).name, QStringLiteral("C")); // keeps its position
    // Renaming to a different case of its own name is fine.
    ND_VERIFY_OK(store.rename(QStringLiteral("C"), QStringLiteral("c")));
    QVERIFY(store.save());

    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.currentProfileName(), QStringLiteral("c"));
}

void TestProfileStore::removingCurrentFallsBackToSandbox()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.upsert(makeProfile(QStringLiteral("A"))));
    QVERIFY(store.setCurrentProfileName(QStringLiteral("A")));
    QVERIFY(!store.remove(QStringLiteral("Missing")));
    QVERIFY(store.remove(QStringLiteral("A")));
    QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
    QCOMPARE(store.profiles().size(), 1);

    // A current name in the file that does not exist also falls back.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray json6(R"({"version":1,"current":"Gone","profiles":[]})");
    QVERIFY(writeAll(path(), json6));
    QVERIFY(store.load());
    QCOMPARE(store.currentProfileName(), QStringLiteral("Sandbox"));
}

void TestProfileStore::unusableEntriesAreKeptUntouched()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray json7(
        R"({"version":1,"profiles":[)"
        R"({"name":"Good","projectId":"p","keyId":"k","numbersUrl":"https://n.example.test","authUrl":"https://a.example.test"},)"
        R"({"name":"good","projectId":"dup"}, {"projectId":"nameless"}, 42]})");
    QVERIFY(writeAll(path(), json7));
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.save());
    const QJsonArray list =
        QJsonDocument::fromJson(readAll(path())).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("projectId")).toString(), QStringLiteral("dup"));
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("projectId")).toString(), QStringLiteral("nameless"));
    QCOMPARE(list.at(3).toInt(), 42);
}

void TestProfileStore::anUnusableSyncConcurrencyFallsBackToTheDefault()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "current": "Wide", "profiles": [
        {"name": "Wide", "projectId": "p1", "keyId": "k1", "syncConcurrency": 16},
        {"name": "Silly", "projectId": "p2", "keyId": "k2", "syncConcurrency": 500},
        {"name": "Text", "projectId": "p3", "keyId": "k3", "syncConcurrency": "twelve"}]})");
    file.close();
    ProfileStore store(path());
    ND_VERIFY_OK(store.load());
    QCOMPARE(store.profile(QStringLiteral("Wide")).syncConcurrency, 16);
    QCOMPARE(store.profile(QStringLiteral("Silly")).syncConcurrency, nd::InventoryWalker::DefaultConcurrency);
    QCOMPARE(store.profile(QStringLiteral("Text")).syncConcurrency, nd::InventoryWalker::DefaultConcurrency);

    // Saved again (a profile switch saves the file): a value refused here (a later version's, say) is kept as it
    // was, until the setting is changed here.
    ND_VERIFY_OK(store.save());
    const auto saved = [this](const QString &profile) {
        QFile in(path());
        if (!in.open(QIODevice::ReadOnly)) {
            return QJsonValue();
        }
        for (const QJsonValue &p : QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("profiles")).toArray()) {
            if (p.toObject().value(QStringLiteral("name")).toString() == profile) {
                return p.toObject().value(QStringLiteral("syncConcurrency"));
            }
        }
        return QJsonValue();
    };
    QCOMPARE(saved(QStringLiteral("Wide")), QJsonValue(16));
    QCOMPARE(saved(QStringLiteral("Silly")), QJsonValue(500));
    QCOMPARE(saved(QStringLiteral("Text")), QJsonValue(QStringLiteral("twelve")));
    Profile silly = store.profile(QStringLiteral("Silly"));
    silly.syncConcurrency = 8;
    ND_VERIFY_OK(store.upsert(silly));
    ND_VERIFY_OK(store.save());
    QCOMPARE(saved(QStringLiteral("Silly")), QJsonValue(8));
    ProfileStore again(path());
    ND_VERIFY_OK(again.load());
    QCOMPARE(again.profile(QStringLiteral("Silly")).syncConcurrency, 8);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
