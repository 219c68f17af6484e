// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "numberdetailsdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace nd;

class TestNumberDetailsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renameIsSaved();
    void smsPlanChangeUnlinksThenLinks();
    void emergencyValidateProvisionDeprovision();

private:
    // A US number with SMS and VOICE that no earlier test touched.
    QString takeUsNumber();

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QStringList m_used;
};

void TestNumberDetailsDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start(40));
}

QString TestNumberDetailsDialog::takeUsNumber()
{
    const auto records = m_sandbox->state()->activeNumbers();
    for (const auto &r : records) {
        if (r.regionCode == QLatin1String("US") && (r.capabilities & nd::sandbox::Capability::Sms)
            && (r.capabilities & nd::sandbox::Capability::Voice) && r.expireAtMs == 0 && !m_used.contains(r.phoneNumber)) {
            m_used << r.phoneNumber;
            return r.phoneNumber;
        }
    }
    // Not enough seeded: rent one directly in the sandbox.
    const auto available = m_sandbox->searchAvailable(QStringLiteral("US"), NumberType(NumberType::Value::Local), 1);
    if (available.isEmpty()) {
        return {};
    }
    const auto inventory = m_sandbox->state()->availableNumber(available.first().phoneNumber);
    m_sandbox->state()->rent(*inventory, {});
    m_used << available.first().phoneNumber;
    return available.first().phoneNumber;
}

void TestNumberDetailsDialog::renameIsSaved()
{
    const QString e164 = takeUsNumber();
    QVERIFY(!e164.isEmpty());
    const auto number = m_sandbox->fetchActive(e164);
    QVERIFY(number);
    NumberDetailsDialog dialog(m_sandbox->pipeline(), *number);
    QSignalSpy updated(&dialog, &NumberDetailsDialog::numberUpdated);
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Seattle support line"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.plannedSteps().size(), 1);
    dialog.saveButton()->click();
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(m_sandbox->state()->activeNumber(e164)->displayName, QStringLiteral("Seattle support line"));
    QCOMPARE(updated.last().first().value<ActiveNumber>().displayName, QStringLiteral("Seattle support line"));
    QVERIFY(!dialog.saveButton()->isEnabled()); // saved: nothing left to save
}

void TestNumberDetailsDialog::smsPlanChangeUnlinksThenLinks()
{
    const QString e164 = takeUsNumber();
    QVERIFY(!e164.isEmpty());
    // Link plan A first (it stays WAITING: provisioning steps are slow in this sandbox).
    nd::sandbox::ConfigChange link;
    link.sms = nd::sandbox::SmsChange{QStringLiteral("planAAAA"), std::nullopt};
    m_sandbox->state()->update(e164, link);
    const auto number = m_sandbox->fetchActive(e164);
    QVERIFY(number);

    NumberDetailsDialog dialog(m_sandbox->pipeline(), *number);

    QSignalSpy updated(&dialog, &NumberDetailsDialog::numberUpdated);
    dialog.show();
    auto *plan = dialog.findChild<QLineEdit *>(QStringLiteral("servicePlanEdit"));
    QCOMPARE(plan->text(), QStringLiteral("planAAAA")); // the pending plan counts as linked
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("smsGroup"))->isChecked());
    // The provisioning state is shown in words.
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("provisioningLabel"))->text().contains(QLatin1String("Waiting")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("provisioningLabel"))->text()));

    plan->setText(QStringLiteral("planBBBB"));
    const auto steps = dialog.plannedSteps();
    QCOMPARE(steps.size(), 2);
    QVERIFY(steps.at(0).update.configuration.sms);
    QCOMPARE(steps.at(0).update.configuration.sms->servicePlanId, QString()); // unlink with ""
    QCOMPARE(steps.at(1).update.configuration.sms->servicePlanId, QStringLiteral("planBBBB"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("changeNoteLabel"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QLatin1String("unlink")), qPrintable(note->text()));

    const int updatesBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("update"));
    dialog.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && updated.count() == 1, 10000); // one save, the final state
    QCOMPARE(updated.constFirst().constFirst().value<ActiveNumber>().smsConfiguration->scheduledProvisioning->servicePlanId,
             QStringLiteral("planBBBB"));
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("update")), updatesBefore + 2);
    const auto *record = m_sandbox->state()->activeNumber(e164);
    QVERIFY(record->scheduledSms.has_value());
    QCOMPARE(record->scheduledSms->servicePlanId, QStringLiteral("planBBBB"));
    QCOMPARE(nd::sandbox::SandboxState::effectiveServicePlanId(*record), QStringLiteral("planBBBB"));
    QVERIFY(dialog.plannedSteps().isEmpty());
}

void TestNumberDetailsDialog::emergencyValidateProvisionDeprovision()
{
    const QString e164 = takeUsNumber();
    QVERIFY(!e164.isEmpty());
    const auto number = m_sandbox->fetchActive(e164);
    QVERIFY(number);
    NumberDetailsDialog dialog(m_sandbox->pipeline(), *number);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("emergencyTab")));
    QTRY_VERIFY(dialog.isEmergencyLoaded());
    QVERIFY(!dialog.provisionedAddress().has_value()); // 404: none provisioned, shown as such
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("emergencyStatusLabel"))->text().contains(QLatin1String("No ")));
    auto *validate = dialog.findChild<QPushButton *>(QStringLiteral("validateButton"));
    QVERIFY(!validate->isEnabled()); // required fields are empty

    const auto set = [&dialog](const char *name, const QString &text) {
        dialog.findChild<QLineEdit *>(QLatin1String(name))->setText(text);
    };
    set("emergencyNameEdit", QStringLiteral("Seattle office"));
    set("streetNumberEdit", QStringLiteral("221"));
    set("streetInfoEdit", QStringLiteral("Pine Street"));
    set("cityEdit", QStringLiteral("Seattle"));
    set("stateEdit", QStringLiteral("WA"));
    set("postalCodeEdit", QStringLiteral("98101"));
    QVERIFY(validate->isEnabled());
    validate->click();
    auto *useCorrected = dialog.findChild<QPushButton *>(QStringLiteral("useCorrectedButton"));
    QTRY_VERIFY(useCorrected->isEnabled());
    const QString result = dialog.findChild<QLabel *>(QStringLiteral("validationResultLabel"))->text();
    QVERIFY2(result.contains(QLatin1String("Near match")), qPrintable(result));
    useCorrected->click();
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("streetInfoEdit"))->text(), QStringLiteral("Pine St"));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("plusFourEdit"))->text().isEmpty());

    // Provision, confirmed.
    dialog.findChild<QPushButton *>(QStringLiteral("provisionButton"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    QVERIFY(box->informativeText().contains(QLatin1String("221 Pine St")));
    ndtest::boxButton(box, "confirmButton")->click();
    QTRY_VERIFY(dialog.provisionedAddress().has_value());
    const auto *record = m_sandbox->state()->activeNumber(e164);
    QVERIFY(record->emergencyAddress.has_value());
    QCOMPARE(record->emergencyAddress->streetInfo, QStringLiteral("Pine St"));

    // Deprovision: a warning about 911, Cancel first (nothing changes), then confirmed.
    auto *deprovision = dialog.findChild<QPushButton *>(QStringLiteral("deprovisionButton"));
    QVERIFY(deprovision->isEnabled());
    deprovision->click();
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    QVERIFY2(box->informativeText().contains(QLatin1String("911")), qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), ndtest::boxButton(box, "cancelButton"));
    ndtest::boxButton(box, "cancelButton")->click();
    QTRY_VERIFY(ndtest::activeBox() == nullptr);
    QVERIFY(m_sandbox->state()->activeNumber(e164)->emergencyAddress.has_value());

    deprovision->click();
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    ndtest::boxButton(box, "confirmButton")->click();
    QTRY_VERIFY(!dialog.provisionedAddress().has_value() && !dialog.isBusy());
    QVERIFY(!m_sandbox->state()->activeNumber(e164)->emergencyAddress.has_value());
}

QTEST_MAIN(TestNumberDetailsDialog)
#include "tst_numberdetailsdialog.moc"
