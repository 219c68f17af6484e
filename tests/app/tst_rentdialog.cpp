// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtesthelpers.h"

#include "errorbanner.h"
#include "offercheck.h"
#include "phonenumber.h"
#include "rentdialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace nd;

class TestRentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recheckShowsCosts();
    void goneNumberIsReported();
    void numberRentedByTheProjectIsAlreadyOurs();
    void cancelAtConfirmationRentsNothing();
    void confirmRentsWithConfiguration();
    void invalidInputDisablesRent();
    void rentAnyUsLocal();
    void rentAnyRefusesOtherRegions();
    void fieldsShowTheirPlaceholdersAndOnlyUsGetsACampaign();

private:
    AvailableNumber takeAvailable();

    std::unique_ptr<ndtest::Sandbox> m_sandbox;
    QList<AvailableNumber> m_available;
};

void TestRentDialog::initTestCase()
{
    m_sandbox = std::make_unique<ndtest::Sandbox>();
    QVERIFY(m_sandbox->start());
    m_available = m_sandbox->searchAvailable(QStringLiteral("US"), NumberType(NumberType::Value::Local), 10);
    QVERIFY(m_available.size() >= 4);
}

AvailableNumber TestRentDialog::takeAvailable()
{
    return m_available.takeFirst();
}

void TestRentDialog::recheckShowsCosts()
{
    const AvailableNumber number = takeAvailable();
    AvailableNumber stale = number;
    stale.setupPrice = Money{QStringLiteral("USD"), QStringLiteral("999.00")}; // the dialog must ask again
    RentDialog dialog(m_sandbox->pipeline(), stale);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);
    auto *setup = dialog.findChild<QLabel *>(QStringLiteral("setupPriceLabel"));
    auto *recurring = dialog.findChild<QLabel *>(QStringLiteral("recurringPriceLabel"));
    QVERIFY(setup && recurring);
    QCOMPARE(setup->text(), number.setupPrice.toDisplayString());
    QVERIFY2(recurring->text().startsWith(number.monthlyPrice.toDisplayString()), qPrintable(recurring->text()));
    QVERIFY2(recurring->text().contains(QLatin1String("every")), qPrintable(recurring->text()));
    QVERIFY(dialog.rentButton()->isEnabled());
}

static OfferCheck checkOfKind(OfferCheck::Kind kind)
{
    OfferCheck check;
    check.kind = kind;
    return check;
}
static OfferCheck goneCheck() { return checkOfKind(OfferCheck::Kind::Gone); }
static OfferCheck oursCheck() { return checkOfKind(OfferCheck::Kind::AlreadyOurs); }

void TestRentDialog::goneNumberIsReported()
{
    // Someone outside this project rented it between the search and the dialog: neither on offer nor ours.
    // The sandbox has one project, so take a number it has never offered.
    AvailableNumber number = takeAvailable();
    const QString subscriber = number.phoneNumber.mid(5); // +1 NPA NXX-XXXX: keep all but the area code
    for (int areaCode = 201; areaCode < 990; ++areaCode) {
        number.phoneNumber = QStringLiteral("+1%1").arg(areaCode) + subscriber;
        if (!m_sandbox->state()->availableNumber(number.phoneNumber) &&
            !m_sandbox->state()->activeNumber(number.phoneNumber)) {
            break;
        }
    }
    QVERIFY(!m_sandbox->state()->availableNumber(number.phoneNumber).has_value());
    const int rentsBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rent"));

    RentDialog dialog(m_sandbox->pipeline(), number);

    QSignalSpy gone(&dialog, &RentDialog::numberGone);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QVERIFY(gone.wait(10000));
    QCOMPARE(gone.first().first().toString(), number.phoneNumber);
    QCOMPARE(dialog.state(), RentDialog::State::Gone);
    QVERIFY(!dialog.rentButton()->isEnabled());
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), goneCheck().explanation(PhoneNumber::format(number.phoneNumber)));
    QCOMPARE(rented.count(), 0);
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rent")), rentsBefore);
}

void TestRentDialog::numberRentedByTheProjectIsAlreadyOurs()
{
    const AvailableNumber number = takeAvailable();
    // A colleague in the same project rents it between the search and the dialog.
    const auto inventory = m_sandbox->state()->availableNumber(number.phoneNumber);
    QVERIFY(inventory.has_value());
    m_sandbox->state()->rent(*inventory, {});
    const int rentsBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rent"));

    RentDialog dialog(m_sandbox->pipeline(), number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::AlreadyOurs);
    QVERIFY(!dialog.rentButton()->isEnabled());
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), oursCheck().explanation(PhoneNumber::format(number.phoneNumber)));
    // The active list learns of the number; nothing billable was sent.
    QCOMPARE(rented.count(), 1);
    QCOMPARE(rented.first().first().value<ActiveNumber>().phoneNumber, number.phoneNumber);
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rent")), rentsBefore);
}

void TestRentDialog::cancelAtConfirmationRentsNothing()
{
    const AvailableNumber number = takeAvailable();
    const int rentsBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rent"));
    RentDialog dialog(m_sandbox->pipeline(), number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);
    dialog.rentButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    // The confirmation states the cost, and Cancel is the default.
    QVERIFY2(box->informativeText().contains(number.setupPrice.toDisplayString()), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(number.monthlyPrice.toDisplayString()));
    QCOMPARE(box->defaultButton(), ndtest::boxButton(box, "cancelButton"));
    ndtest::boxButton(box, "cancelButton")->click();
    QTRY_VERIFY(ndtest::activeBox() == nullptr);
    QCOMPARE(dialog.state(), RentDialog::State::Ready);
    QCOMPARE(rented.count(), 0);
    QVERIFY(m_sandbox->state()->activeNumber(number.phoneNumber) == nullptr);
    QVERIFY(m_sandbox->state()->isAvailable(number.phoneNumber));
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rent")), rentsBefore);
}

void TestRentDialog::confirmRentsWithConfiguration()
{
    const AvailableNumber number = takeAvailable();
    RentDialog dialog(m_sandbox->pipeline(), number);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);

    dialog.findChild<QGroupBox *>(QStringLiteral("smsGroup"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("servicePlanEdit"))->setText(QStringLiteral("plan0001"));
    dialog.findChild<QGroupBox *>(QStringLiteral("voiceGroup"))->setChecked(true);
    auto *voiceType = dialog.findChild<QComboBox *>(QStringLiteral("voiceTypeCombo"));
    voiceType->setCurrentIndex(voiceType->findData(QStringLiteral("EST")));
    dialog.findChild<QLineEdit *>(QStringLiteral("voiceIdEdit"))->setText(QStringLiteral("trunk-42"));
    dialog.findChild<QLineEdit *>(QStringLiteral("callbackUrlEdit"))
        ->setText(QStringLiteral("https://hooks.example.com/numbers"));
    QVERIFY(dialog.rentButton()->isEnabled());

    dialog.rentButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    ndtest::boxButton(box, "confirmButton")->click();
    QVERIFY(rented.wait(10000));
    QCOMPARE(dialog.state(), RentDialog::State::Rented);

    const auto answer = rented.first().first().value<ActiveNumber>();
    QCOMPARE(answer.phoneNumber, number.phoneNumber);
    const auto *record = m_sandbox->state()->activeNumber(number.phoneNumber);
    QVERIFY(record);
    QVERIFY(record->scheduledSms.has_value());
    QCOMPARE(record->scheduledSms->servicePlanId, QStringLiteral("plan0001"));
    QVERIFY(record->scheduledVoice.has_value());
    QCOMPARE(record->scheduledVoice->type, nd::sandbox::VoiceType::Est);
    QCOMPARE(record->scheduledVoice->trunkId, QStringLiteral("trunk-42"));
    QCOMPARE(record->callbackUrl, QStringLiteral("https://hooks.example.com/numbers"));
    // The API's answer carries the pending provisioning too.
    QVERIFY(answer.smsConfiguration && answer.smsConfiguration->scheduledProvisioning);
    QVERIFY(!dialog.rentButton()->isVisible());
}

void TestRentDialog::invalidInputDisablesRent()
{
    const AvailableNumber number = takeAvailable();
    RentDialog dialog(m_sandbox->pipeline(), number);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);
    QVERIFY(dialog.rentButton()->isEnabled());

    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("callbackUrlEdit"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("callbackHint"));
    for (const char *bad : {"ftp://example.com/x", "https://", "hooks.example.com", "https://exa mple.com"}) {
        url->setText(QLatin1String(bad));
        QVERIFY2(!dialog.rentButton()->isEnabled(), bad);
        QVERIFY2(hint->isVisible() && !hint->text().isEmpty(), bad);
    }
    url->setText(QStringLiteral("http://127.0.0.1:8080/cb"));
    QVERIFY(dialog.rentButton()->isEnabled());
    QVERIFY(!hint->isVisible());

    // Voice: one type and the one id that goes with it. Switched on without an id: not allowed.
    auto *voice = dialog.findChild<QGroupBox *>(QStringLiteral("voiceGroup"));
    auto *voiceId = dialog.findChild<QLineEdit *>(QStringLiteral("voiceIdEdit"));
    voice->setChecked(true);
    QVERIFY(!dialog.rentButton()->isEnabled());
    voiceId->setText(QStringLiteral("app-1"));
    QVERIFY(dialog.rentButton()->isEnabled());
    // There is no way to give two voice ids: a single id field follows the selected type.
    QCOMPARE(voice->findChildren<QLineEdit *>().size(), 1);

    // SMS: a campaign without a service plan is refused.
    auto *sms = dialog.findChild<QGroupBox *>(QStringLiteral("smsGroup"));
    sms->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("campaignEdit"))->setText(QStringLiteral("CQ7RZ2M"));
    QVERIFY(!dialog.rentButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("smsHint"))->text().contains(QLatin1String("service plan")));
    dialog.findChild<QLineEdit *>(QStringLiteral("servicePlanEdit"))->setText(QStringLiteral("plan0002"));
    QVERIFY(dialog.rentButton()->isEnabled());
}

void TestRentDialog::rentAnyUsLocal()
{
    const int before = m_sandbox->state()->activeCount();
    RentAnyRequest request;
    request.regionCode = QStringLiteral("US");
    request.type = NumberType(NumberType::Value::Local);
    RentDialog dialog(m_sandbox->pipeline(), request);
    QSignalSpy rented(&dialog, &RentDialog::numberRented);
    dialog.show();
    QTRY_COMPARE(dialog.state(), RentDialog::State::Ready);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("setupPriceLabel"))->text().isEmpty());
    dialog.rentButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = ndtest::activeBox()) != nullptr);
    ndtest::boxButton(box, "confirmButton")->click();
    QVERIFY(rented.wait(20000));
    const auto number = rented.first().first().value<ActiveNumber>();
    QCOMPARE(m_sandbox->state()->activeCount(), before + 1);
    const auto *record = m_sandbox->state()->activeNumber(number.phoneNumber);
    QVERIFY(record);
    QCOMPARE(record->regionCode, QStringLiteral("US"));
    QCOMPARE(record->type, nd::sandbox::NumberType::Local);
}

void TestRentDialog::rentAnyRefusesOtherRegions()
{
    const int rentAnyBefore = m_sandbox->state()->requestCounts().value(QStringLiteral("rentAny"));
    RentAnyRequest request;
    request.regionCode = QStringLiteral("GB");
    request.type = NumberType(NumberType::Value::Mobile);
    RentDialog dialog(m_sandbox->pipeline(), request);
    dialog.show();
    QVERIFY(!dialog.rentButton()->isEnabled());
    auto *banner = dialog.findChild<ErrorBanner *>();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("US")));
    QCOMPARE(m_sandbox->state()->requestCounts().value(QStringLiteral("rentAny")), rentAnyBefore);
}

void TestRentDialog::fieldsShowTheirPlaceholdersAndOnlyUsGetsACampaign()
{
    const QList<AvailableNumber> gb
        = m_sandbox->searchAvailable(QStringLiteral("GB"), NumberType(NumberType::Value::Mobile), 1);
    QCOMPARE(gb.size(), 1);
    for (const AvailableNumber &number : {m_available.first(), gb.first()}) {
        RentDialog dialog(m_sandbox->pipeline(), number);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QGroupBox *>(QStringLiteral("smsGroup"))->setChecked(true);
        dialog.findChild<QGroupBox *>(QStringLiteral("voiceGroup"))->setChecked(true);
        const bool us = number.regionCode == QLatin1String("US");
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("campaignEdit"))->isVisible(), us);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("campaignLabel"))->isVisible(), us);
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty()) {
                continue;
            }
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(edit->width() >= needed + 8, qPrintable(QStringLiteral("%1: %2 px for %3 px of placeholder")
                                                                 .arg(edit->objectName())
                                                                 .arg(edit->width())
                                                                 .arg(needed)));
        }
    }
}

QTEST_MAIN(TestRentDialog)
#include "tst_rentdialog.moc"
