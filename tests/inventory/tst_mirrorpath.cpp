// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorystore.h"

#include <QStandardPaths>
#include <QtTest>

using nd::InventoryStore;

// Which mirror file a connection uses: the one rule the app (SessionController) and numberdesk-cli
// (CliConnection::mirrorPath) both call.
class TestMirrorPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chosenPathWins()
    {
        const QHash<QString, QString> environment{
            {QStringLiteral("NUMBERDESK_INVENTORY_DB"), QStringLiteral("/env.db")}};
        QCOMPARE(InventoryStore::mirrorPath(QStringLiteral("/chosen.db"), environment, QStringLiteral("Prod"),
                                            QStringLiteral("p1")),
                 QStringLiteral("/chosen.db"));
        QCOMPARE(InventoryStore::mirrorPathOverride(QStringLiteral("/chosen.db"), environment),
                 QStringLiteral("/chosen.db"));
    }

    void environmentComesNext()
    {
        const QHash<QString, QString> environment{
            {QStringLiteral("NUMBERDESK_INVENTORY_DB"), QStringLiteral("/env.db")}};
        QCOMPARE(InventoryStore::mirrorPath(QString(), environment, QStringLiteral("Prod"), QStringLiteral("p1")),
                 QStringLiteral("/env.db"));
        QCOMPARE(InventoryStore::mirrorPathOverride(QString(), environment), QStringLiteral("/env.db"));
    }

    void otherwiseTheProfilesAndProjectsFile()
    {
        const QHash<QString, QString> environment{{QStringLiteral("NUMBERDESK_INVENTORY_DB"), QString()}};
        QCOMPARE(InventoryStore::mirrorPathOverride(QString(), environment), QString());
        QCOMPARE(InventoryStore::mirrorPath(QString(), environment, QStringLiteral("Prod EU"), QStringLiteral("p1")),
                 InventoryStore::defaultPath(QStringLiteral("Prod EU"), QStringLiteral("p1")));
        QCOMPARE(
            InventoryStore::mirrorPath(QString(), {}, QStringLiteral("Sandbox"), QStringLiteral("sandbox-project")),
            InventoryStore::defaultFolder() + QStringLiteral("/Sandbox-sandbox-project.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestMirrorPath)
#include "tst_mirrorpath.moc"
