// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/clirunner.h"
#include "callbackconfigdialog.h"
#include "dialogtesthelpers.h"
#include "numberdetailsdialog.h"
#include "releasedialog.h"
#include "rentdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace nd;

namespace {

const QString NewSecret = QStringLiteral("Abcdefgh-1234-5678-90ab-cdefghijklmn");

struct Address
{
    const char *field;
    const char *option;
    QString value;
};

const QList<Address> &address()
{
    static const QList<Address> a = {
        {"emergencyNameEdit", "--display-name", QStringLiteral("Seattle office")},
        {"streetNumberEdit", "--street-number", QStringLiteral("221")},
        {"streetInfoEdit", "--street-info", QStringLiteral("Pine St")},
        {"cityEdit", "--city", QStringLiteral("Seattle")},
        {"stateEdit", "--state", QStringLiteral("WA")},
        {"postalCodeEdit", "--postal-code", QStringLiteral("98101")},
    };
    return a;
}

// What must be identical between the app's record and the CLI's for the same action under the same fault.
QString essence(const AuditRecord &r)
{
    const CostEffect effect = r.costEffect();
    return QStringLiteral("%1 | %2 | %3 | %4 %5 %6/%7/%8/%9 | %10 | %11")
        .arg(r.operation, r.numbers.join(QLatin1Char(' ')), r.outcome, effect.key(), effect.cost.currencyCode,
             effect.cost.setupPrice, effect.cost.monthlyPrice, QString::number(effect.cost.paymentIntervalMonths),
             r.summary)
        .arg(FieldChange::describe(r.changes));
}

} // namespace

// Issue 10, "same fault, same record": for every billable or destructive action and each of drop-after-commit,
// reset and 5xx, the app's dialog and numberdesk-cli, each against its own sandbox in the same starting state
// with the same fault, write the same record: operation, numbers, outcome, cost effect, what changed.
class TestSameRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appAndCliWriteTheSameRecord_data();
    void appAndCliWriteTheSameRecord();

private:
    std::optional<AuditRecord> viaApp(const QString &action, const QString &fault);
    std::optional<AuditRecord> viaCli(const QString &action, const QString &fault);
    bool prepare(ndtest::Sandbox &sandbox, const QString &action);

    QTemporaryDir m_home;
    QString m_number;        // the active number the action is about (same in both sandboxes: same seed)
    AvailableNumber m_offer; // rent: the number to rent
};

void TestSameRecord::appAndCliWriteTheSameRecord_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("fault");
    for (const char *action : {"rent", "rentAny", "update", "release", "provisionEmergencyAddress",
                               "deprovisionEmergencyAddress", "updateCallbackConfiguration"}) {
        for (const char *fault : {"drop-after-commit", "reset", "503"}) {
            QTest::addRow("%s %s", action, fault) << QString::fromLatin1(action) << QString::fromLatin1(fault);
        }
    }
}

// Both sandboxes start alike; for deprovision the number first gets an address (without faults).
bool TestSameRecord::prepare(ndtest::Sandbox &sandbox, const QString &action)
{
    if (!sandbox.start(12)) {
        return false;
    }
    const auto offers = sandbox.searchAvailable(QStringLiteral("US"), NumberType(NumberType::Value::Local), 3);
    if (offers.size() < 3) {
        return false;
    }
    m_offer = offers.at(2);
    m_number.clear();
    for (const auto &r : sandbox.state()->activeNumbers()) {
        if (r.expireAtMs == 0 && r.phoneNumber.startsWith(QLatin1String("+1"))) {
            m_number = r.phoneNumber;
            break;
        }
    }
    if (m_number.isEmpty()) {
        return false;
    }
    if (action == QLatin1String("deprovisionEmergencyAddress")) {
        sandbox::EmergencyAddress a;
        a.streetNumber = QStringLiteral("221");
        a.streetInfo = QStringLiteral("Pine St");
        a.city = QStringLiteral("Seattle");
        a.state = QStringLiteral("WA");
        a.postalCode = QStringLiteral("98101");
        sandbox.state()->setEmergencyAddress(m_number, QStringLiteral("Seattle office"), a);
    }
    return true;
}

std::optional<AuditRecord> TestSameRecord::viaApp(const QString &action, const QString &fault)
{
    ndtest::Sandbox sandbox;
    if (!prepare(sandbox, action) ||
        !sandbox.server->setFaults(fault + QLatin1Char('@') + action + QStringLiteral("=1"))) {
        return std::nullopt;
    }
    const auto confirm = [] {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = ndtest::activeBox()) != nullptr; }, 10000)) {
            return false;
        }
        ndtest::boxButton(box, "confirmButton")->click();
        return true;
    };
    const auto settled = [&] { return sandbox.auditLog->count() == 1 && sandbox.auditLog->pendingRecords().isEmpty(); };
    if (action == QLatin1String("rent") || action == QLatin1String("rentAny")) {
        RentAnyRequest any;
        any.regionCode = QStringLiteral("US");
        any.type = NumberType(NumberType::Value::Local);
        auto dialog = action == QLatin1String("rent") ? std::make_unique<RentDialog>(sandbox.pipeline(), m_offer)
                                                      : std::make_unique<RentDialog>(sandbox.pipeline(), any);
        dialog->show();
        if (!QTest::qWaitFor([&] { return dialog->state() == RentDialog::State::Ready; }, 10000)) {
            return std::nullopt;
        }
        dialog->rentButton()->click();
        if (!confirm() || !QTest::qWaitFor(settled, 20000)) {
            return std::nullopt;
        }
    } else if (action == QLatin1String("update")) {
        NumberDetailsDialog dialog(sandbox.pipeline(), *sandbox.fetchActive(m_number));
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("Support line"));
        dialog.saveButton()->click();
        if (!QTest::qWaitFor(settled, 20000)) {
            return std::nullopt;
        }
    } else if (action == QLatin1String("release")) {
        ReleaseDialog dialog(sandbox.pipeline(), {*sandbox.fetchActive(m_number)});
        dialog.show();
        dialog.releaseButton()->click();
        if (!QTest::qWaitFor([&] { return dialog.isFinished(); }, 20000) || !settled()) {
            return std::nullopt;
        }
    } else if (action.endsWith(QLatin1String("EmergencyAddress"))) {
        NumberDetailsDialog dialog(sandbox.pipeline(), *sandbox.fetchActive(m_number));
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("emergencyTab")));
        if (!QTest::qWaitFor([&] { return dialog.isEmergencyLoaded() && !dialog.isBusy(); }, 10000)) {
            return std::nullopt;
        }
        if (action == QLatin1String("provisionEmergencyAddress")) {
            for (const Address &a : address()) {
                dialog.findChild<QLineEdit *>(QLatin1String(a.field))->setText(a.value);
            }
            dialog.findChild<QPushButton *>(QStringLiteral("provisionButton"))->click();
        } else {
            dialog.findChild<QPushButton *>(QStringLiteral("deprovisionButton"))->click();
        }
        if (!confirm() || !QTest::qWaitFor(settled, 20000)) {
            return std::nullopt;
        }
    } else {
        CallbackConfigDialog dialog(sandbox.pipeline());
        dialog.show();
        if (!QTest::qWaitFor([&] { return dialog.isLoaded() && !dialog.isBusy(); }, 10000)) {
            return std::nullopt;
        }
        dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(NewSecret);
        dialog.saveButton()->click();
        if (!confirm() || !QTest::qWaitFor(settled, 20000)) {
            return std::nullopt;
        }
    }
    return sandbox.auditLog->records().value(0);
}

std::optional<AuditRecord> TestSameRecord::viaCli(const QString &action, const QString &fault)
{
    ndtest::Sandbox sandbox;
    if (!prepare(sandbox, action) ||
        !sandbox.server->setFaults(fault + QLatin1Char('@') + action + QStringLiteral("=1"))) {
        return std::nullopt;
    }
    const QString secretFile = m_home.filePath(QStringLiteral("key-secret"));
    QFile secret(secretFile);
    if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return std::nullopt;
    }
    secret.write(sandbox.server->keySecret().toUtf8());
    secret.close();
    secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString url = sandbox.server->baseUrl().toString();
    const QString log = m_home.filePath(QStringLiteral("cli-%1-%2.sqlite").arg(action, fault));
    QStringList args{QStringLiteral("--numbers-url"),
                     url,
                     QStringLiteral("--auth-url"),
                     url,
                     QStringLiteral("--project"),
                     sandbox.server->projectId(),
                     QStringLiteral("--key-id"),
                     sandbox.server->keyId(),
                     QStringLiteral("--key-secret-file"),
                     secretFile,
                     QStringLiteral("--audit-log"),
                     log,
                     QStringLiteral("--yes")};
    QString hmacFile;
    if (action == QLatin1String("rent")) {
        args << QStringLiteral("available") << QStringLiteral("rent") << m_offer.phoneNumber;
    } else if (action == QLatin1String("rentAny")) {
        args << QStringLiteral("available") << QStringLiteral("rent-any") << QStringLiteral("--region")
             << QStringLiteral("US") << QStringLiteral("--type") << QStringLiteral("LOCAL");
    } else if (action == QLatin1String("update")) {
        args << QStringLiteral("active") << QStringLiteral("update") << m_number << QStringLiteral("--display-name")
             << QStringLiteral("Support line");
    } else if (action == QLatin1String("release")) {
        args << QStringLiteral("active") << QStringLiteral("release") << m_number;
    } else if (action == QLatin1String("provisionEmergencyAddress")) {
        args << QStringLiteral("emergency") << QStringLiteral("provision") << m_number;
        for (const Address &a : address()) {
            args << QLatin1String(a.option) << a.value;
        }
    } else if (action == QLatin1String("deprovisionEmergencyAddress")) {
        args << QStringLiteral("emergency") << QStringLiteral("deprovision") << m_number;
    } else {
        hmacFile = m_home.filePath(QStringLiteral("hmac"));
        QFile f(hmacFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return std::nullopt;
        }
        f.write(NewSecret.toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        args << QStringLiteral("callbacks") << QStringLiteral("set") << QStringLiteral("--hmac-secret-file")
             << hmacFile;
    }
    QProcessEnvironment env = nd::test::cleanEnvironment(m_home.path());
    const nd::test::CliRun run = nd::test::runCli(QStringLiteral(ND_CLI_BINARY), args, env);
    if (!run.finished) {
        qWarning("the CLI did not finish: %s", run.err.constData());
        return std::nullopt;
    }
    AuditLog records(log);
    if (!records.open()) {
        return std::nullopt;
    }
    return records.records().value(0);
}

void TestSameRecord::appAndCliWriteTheSameRecord()
{
    QFETCH(QString, action);
    QFETCH(QString, fault);
    const auto app = viaApp(action, fault);
    QVERIFY(app);
    const auto cli = viaCli(action, fault);
    QVERIFY(cli);
    QCOMPARE(app->client, QStringLiteral("app"));
    QCOMPARE(cli->client, QStringLiteral("cli"));
    QCOMPARE(essence(*cli), essence(*app));
    QVERIFY2(app->outcome != QLatin1String("pending") && app->outcome != QLatin1String("unknown"),
             qPrintable(essence(*app)));
}

QTEST_MAIN(TestSameRecord)
#include "tst_samerecord.moc"
