// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rentdialog.h"
#include "ui_rentdialog.h"

#include "activenumberwalker.h"
#include "confirmation.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "smsvoiceconfigwidget.h"

#include <QPushButton>

#include <map>

namespace nd {

RentDialog::RentDialog(NumbersClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RentDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_rentButton = m_ui->buttonBox->addButton(tr("&Rent…"), QDialogButtonBox::AcceptRole);
    m_rentButton->setObjectName(QStringLiteral("rentButton"));
    m_rentButton->setAutoDefault(false);
    m_rentButton->setDefault(false);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setDefault(true);
    }
    m_ui->noteLabel->hide();
    m_ui->retryButton->hide();

    // accepted() would close the dialog: the Rent button only starts the confirmation.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_rentButton, &QPushButton::clicked, this, &RentDialog::askConfirmation);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RentDialog::reject);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &RentDialog::stop);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_retry) {
            m_retry();
        }
    });
    connect(m_ui->configWidget, &SmsVoiceConfigWidget::validityChanged, this, &RentDialog::updateRentButton);
}

RentDialog::RentDialog(NumbersClient *client, const AvailableNumber &number, QWidget *parent)
    : RentDialog(client, parent)
{
    m_number = number;
    setWindowTitle(tr("Rent %1").arg(PhoneNumber::format(number.phoneNumber)));
    m_ui->numberLabel->setText(PhoneNumber::format(number.phoneNumber));
    showPrices();
    recheck();
}

RentDialog::RentDialog(NumbersClient *client, const RentAnyRequest &rentAny, QWidget *parent)
    : RentDialog(client, parent)
{
    m_rentAny = rentAny;
    setWindowTitle(tr("Rent Any Matching Number"));
    m_ui->numberGroup->setTitle(tr("Any matching number"));
    QString what = tr("Any %1 number in %2").arg(DisplayText::numberType(rentAny.type), rentAny.regionCode);
    if (!rentAny.pattern.isEmpty()) {
        what += QLatin1Char(' ') + tr("matching “%1”").arg(rentAny.pattern.pattern);
    }
    m_ui->numberLabel->setText(what);
    m_ui->numberCaption->setText(tr("Number:"));
    m_ui->detailsLabel->setText(rentAny.capabilities.isEmpty()
                                    ? tr("Any capabilities")
                                    : tr("Must support: %1").arg(DisplayText::capabilities(rentAny.capabilities)));
    m_ui->configWidget->setSms(rentAny.configuration.sms.has_value(),
                               rentAny.configuration.sms ? rentAny.configuration.sms->servicePlanId : QString(),
                               rentAny.configuration.sms ? rentAny.configuration.sms->campaignId.value_or(QString())
                                                         : QString());
    if (rentAny.configuration.voice) {
        m_ui->configWidget->setVoice(true, rentAny.configuration.voice->type, rentAny.configuration.voice->id);
    }
    m_ui->configWidget->setCallbackUrl(rentAny.configuration.callbackUrl.value_or(QString()));

    // The API can rent "any number" only for US LOCAL (numbers-api.md §7.2).
    if (rentAny.regionCode != QLatin1String("US") || rentAny.type != NumberType::Value::Local) {
        m_ui->setupPriceLabel->setText(DisplayText::money({}));
        m_ui->recurringPriceLabel->setText(DisplayText::money({}));
        setState(State::Gone);
        m_ui->banner->showWarning(tr("“Rent any number” works only for local numbers in the United States (US). "
                                     "Search for a number in %1 and rent it instead.")
                                      .arg(rentAny.regionCode));
        return;
    }
    checkRentAnyPrices();
}

RentDialog::~RentDialog()
{
    if (m_call) {
        m_call->cancel();
    }
    if (m_auditId >= 0) {
        finishAudit(AuditOutcome::Unknown,
                    m_unknownDetail.isEmpty() ? tr("The dialog was closed before the outcome was known.")
                                              : m_unknownDetail);
    }
}

bool RentDialog::beginAudit()
{
    // No record, no billable call (numbers-api.md §7.4): the activity log must never miss money.
    QString summary;
    AuditCost cost;
    QStringList numbers;
    if (isRentAny()) {
        summary = QStringLiteral("regionCode=%1 type=%2").arg(m_rentAny->regionCode, m_rentAny->type.wire());
        if (!m_rentAny->pattern.isEmpty()) {
            summary += QStringLiteral(" pattern=") + m_rentAny->pattern.pattern;
        }
    } else {
        numbers << m_number.phoneNumber;
        cost = ActionAudit::cost(m_number.setupPrice, m_number.monthlyPrice, m_number.paymentIntervalMonths);
    }
    QString error;
    m_auditId = m_audit.begin(isRentAny() ? AuditOperation::RentAny : AuditOperation::Rent, numbers, summary, cost,
                              &error);
    m_unknownDetail.clear();
    if (m_auditId < 0) {
        m_ui->banner->showError(error);
        setState(State::Ready, tr("Nothing was rented."));
        return false;
    }
    m_lastAuditId = m_auditId;
    return true;
}

void RentDialog::finishAudit(AuditOutcome outcome, const QString &detail, const QStringList &numbers)
{
    QString error;
    if (!m_audit.finish(&m_auditId, outcome, detail, isRentAny() ? numbers : QStringList(), &error)) {
        m_ui->banner->showWarning(error);
    }
}

QString RentDialog::numberText() const
{
    return isRentAny() ? tr("a %1 number in %2").arg(DisplayText::numberType(m_rentAny->type), m_rentAny->regionCode)
                       : PhoneNumber::format(m_number.phoneNumber);
}

QString RentDialog::costText() const
{
    const QString setup = DisplayText::money(m_number.setupPrice);
    const QString recurring = DisplayText::recurringPrice(m_number.monthlyPrice, m_number.paymentIntervalMonths);
    QString text = tr("You will be charged a one-off setup fee of %1 and %2 until you release the number.")
                       .arg(setup, recurring);
    if (!m_priceRangeNote.isEmpty()) {
        text += QLatin1Char('\n') + m_priceRangeNote;
    }
    return text;
}

void RentDialog::showPrices()
{
    m_ui->setupPriceLabel->setText(DisplayText::money(m_number.setupPrice));
    m_ui->recurringPriceLabel->setText(
        DisplayText::recurringPrice(m_number.monthlyPrice, m_number.paymentIntervalMonths));
    if (!isRentAny()) {
        m_ui->detailsLabel->setText(tr("%1, %2 in %3")
                                        .arg(DisplayText::numberType(m_number.type),
                                             DisplayText::capabilities(m_number.capabilities),
                                             m_number.regionCode));
    }
    QStringList notes;
    if (m_number.supportingDocumentationRequired) {
        notes << tr("This number needs supporting (regulatory) documents before it can be used.");
    }
    if (!m_priceRangeNote.isEmpty()) {
        notes << m_priceRangeNote;
    }
    m_ui->noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->noteLabel->setVisible(!notes.isEmpty());
}

void RentDialog::setState(State state, const QString &status)
{
    m_state = state;
    const bool busy = state == State::Checking || state == State::Snapshot || state == State::Renting
        || state == State::Verifying;
    m_ui->progressBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    m_ui->stopButton->setEnabled(busy);
    m_ui->retryButton->setVisible(state == State::CheckFailed || state == State::Unknown);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    m_ui->configWidget->setEnabled(state == State::Ready || state == State::Checking
                                   || state == State::CheckFailed);
    if (state == State::Rented || state == State::Gone || state == State::Unknown) {
        if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
            cancel->setText(tr("&Close"));
        }
    }
    m_rentButton->setVisible(state != State::Rented);
    updateRentButton();
}

void RentDialog::updateRentButton()
{
    m_rentButton->setEnabled(m_state == State::Ready && m_pricesKnown && m_ui->configWidget->isValid());
}

void RentDialog::recheck()
{
    // Prices and availability may have changed since the search: always ask again (§7.4).
    m_ui->banner->clear();
    setState(State::Checking, tr("Checking that %1 is still available…").arg(numberText()));
    m_call = m_client->getAvailableNumber(m_number.phoneNumber, this, [this](const Result<AvailableNumber> &r) {
        if (r.ok()) {
            m_number = r.value();
            m_pricesKnown = true;
            showPrices();
            setState(State::Ready, tr("Available. Review the price and configuration, then press Rent."));
            return;
        }
        if (r.error().isCancelled()) {
            m_retry = [this] { recheck(); };
            setState(State::CheckFailed, tr("Stopped before the price was confirmed."));
            return;
        }
        if (r.error().isNotFound()) {
            setState(State::Gone);
            m_ui->banner->showError(tr("%1 is no longer available: someone else may have rented it. "
                                       "Search again for another number.")
                                        .arg(numberText()));
            Q_EMIT numberGone(m_number.phoneNumber);
            return;
        }
        m_ui->banner->showError(r.error());
        m_retry = [this] { recheck(); };
        setState(State::CheckFailed, tr("Could not confirm availability and price; the number cannot be rented "
                                        "until they are confirmed."));
    });
}

void RentDialog::checkRentAnyPrices()
{
    // rentAny does not say in advance what it will cost: look at what matching numbers cost right now.
    m_ui->banner->clear();
    setState(State::Checking, tr("Looking up the current price of matching numbers…"));
    AvailableNumberQuery query;
    query.regionCode = m_rentAny->regionCode;
    query.type = m_rentAny->type;
    query.pattern = m_rentAny->pattern;
    query.capabilities = m_rentAny->capabilities;
    query.size = 50;
    m_call = m_client->searchAvailableNumbers(query, this, [this](const Result<QList<AvailableNumber>> &r) {
        if (!r.ok()) {
            if (!r.error().isCancelled()) {
                m_ui->banner->showError(r.error());
            }
            m_retry = [this] { checkRentAnyPrices(); };
            setState(State::CheckFailed, tr("Could not look up the price; nothing can be rented until it is known."));
            return;
        }
        const QList<AvailableNumber> &numbers = r.value();
        if (numbers.isEmpty()) {
            setState(State::Gone);
            m_ui->banner->showWarning(tr("No matching number is available right now."));
            return;
        }
        // The highest setup and recurring prices among the matches, compared exactly (Decimal).
        AvailableNumber worst = numbers.first();
        bool differ = false;
        for (const AvailableNumber &n : numbers) {
            const auto better = [](const Money &a, const Money &b) {
                const auto da = a.decimal();
                const auto db = b.decimal();
                return a.currencyCode == b.currencyCode && da && db && *da < *db;
            };
            if (n.setupPrice != worst.setupPrice || n.monthlyPrice != worst.monthlyPrice
                || n.paymentIntervalMonths != worst.paymentIntervalMonths) {
                differ = true;
            }
            if (better(worst.setupPrice, n.setupPrice)) {
                worst.setupPrice = n.setupPrice;
            }
            if (better(worst.monthlyPrice, n.monthlyPrice)) {
                worst.monthlyPrice = n.monthlyPrice;
                worst.paymentIntervalMonths = n.paymentIntervalMonths;
            }
        }
        m_number.setupPrice = worst.setupPrice;
        m_number.monthlyPrice = worst.monthlyPrice;
        m_number.paymentIntervalMonths = worst.paymentIntervalMonths;
        m_number.supportingDocumentationRequired = false;
        m_priceRangeNote = differ ? tr("Matching numbers have different prices; the highest current price is shown. "
                                       "The number you get may cost less.")
                                  : QString();
        m_pricesKnown = true;
        showPrices();
        setState(State::Ready, tr("%n matching number(s) available. You cannot choose which one you get.", nullptr,
                                  int(numbers.size())));
    });
}

void RentDialog::askConfirmation()
{
    if (m_state != State::Ready || !m_ui->configWidget->isValid()) {
        return;
    }
    const QString text = isRentAny() ? tr("Rent any matching number?") : tr("Rent %1?").arg(numberText());
    QString info = costText();
    if (isRentAny()) {
        info += QLatin1Char('\n') + tr("You cannot choose which number you get.");
    }
    Confirmation::ask(this, QMessageBox::Question, tr("Confirm Rent"), text, info, tr("&Rent and Pay"),
                      [this] { isRentAny() ? startRentAny() : startRent(); });
}

void RentDialog::startRent()
{
    m_ui->banner->clear();
    if (!beginAudit()) {
        return;
    }
    setState(State::Renting, tr("Renting %1…").arg(numberText()));
    m_call = m_client->rentNumber(m_number.phoneNumber, m_ui->configWidget->configuration(), this,
                                  [this](const Result<ActiveNumber> &r) { rentFinished(r); });
}

void RentDialog::startRentAny()
{
    // Snapshot the project's numbers first: after an uncertain result, a new number in the list is the only
    // way to tell whether rentAny succeeded (§7.4).
    m_ui->banner->clear();
    setState(State::Snapshot, tr("Preparing: listing your current numbers so the result can be verified…"));
    m_before.clear();
    ActiveNumberQuery query;
    query.regionCode = m_rentAny->regionCode;
    query.type = m_rentAny->type;
    auto *walker = new ActiveNumberWalker(m_client, query, this);
    m_walker = walker;
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            m_before.insert(n.phoneNumber);
        }
    });
    connect(walker, &ActiveNumberWalker::finished, this, [this, walker](const ApiError &error) {
        walker->deleteLater();
        if (error.isError()) {
            setState(State::Ready, error.isCancelled() ? tr("Stopped. Nothing was rented.") : QString());
            if (!error.isCancelled()) {
                m_ui->banner->showError(tr("Nothing was rented: your current numbers could not be listed, so the "
                                           "result could not be verified.\n%1")
                                            .arg(error.fullMessage()));
            }
            return;
        }
        if (!beginAudit()) {
            return;
        }
        RentAnyRequest request = *m_rentAny;
        request.configuration = m_ui->configWidget->configuration();
        setState(State::Renting, tr("Renting a matching number…"));
        m_call = m_client->rentAnyNumber(request, this, [this](const Result<ActiveNumber> &r) { rentFinished(r); });
    });
    walker->start();
}

void RentDialog::rentFinished(const Result<ActiveNumber> &r)
{
    if (r.ok()) {
        succeeded(r.value(), false);
        return;
    }
    const ApiError &error = r.error();
    // Stopped while the request was out, or no clear answer: the server may have rented anyway.
    if (error.isCancelled() || error.isAmbiguous()) {
        m_ui->banner->showWarning(error.isCancelled()
                                      ? tr("The request was stopped after it was sent; checking whether it went "
                                           "through. It will not be sent again.")
                                      : tr("No clear answer from the server (%1). Checking whether the number was "
                                           "rented; the request will not be sent again.")
                                            .arg(error.userMessage));
        isRentAny() ? verifyRentAny() : verifyRent();
        return;
    }
    // A definite refusal: nothing was rented.
    finishAudit(AuditOutcome::Failed, error.fullMessage());
    m_ui->banner->showError(error);
    if (error.isNotFound() && !isRentAny()) {
        setState(State::Gone, tr("Nothing was rented."));
        Q_EMIT numberGone(m_number.phoneNumber);
        return;
    }
    setState(State::Ready, tr("Nothing was rented."));
}

void RentDialog::succeeded(const ActiveNumber &number, bool afterUncertainty)
{
    m_number.phoneNumber = number.phoneNumber;
    m_ui->numberLabel->setText(PhoneNumber::format(number.phoneNumber));
    QString status = tr("%1 is now rented. Next charge: %2.")
                         .arg(PhoneNumber::format(number.phoneNumber), DisplayText::dateTime(number.nextChargeDate));
    const QString provisioning = DisplayText::provisioningSummary(number);
    if (!provisioning.isEmpty()) {
        status += QLatin1Char('\n') + tr("The configuration is applied in the background:") + QLatin1Char('\n')
            + provisioning;
    }
    setState(State::Rented, status);
    finishAudit(AuditOutcome::Done,
                afterUncertainty ? tr("The answer was unclear; a check showed the number was rented.") : QString(),
                {number.phoneNumber});
    if (afterUncertainty) {
        m_ui->banner->showInfo(tr("The connection failed, but the check shows the rent went through: %1 is "
                                  "rented. It was not rented twice.")
                                   .arg(PhoneNumber::format(number.phoneNumber)));
    } else {
        m_ui->banner->showInfo(tr("Rented %1.").arg(PhoneNumber::format(number.phoneNumber)));
    }
    Q_EMIT numberRented(number);
}

void RentDialog::verifyRent()
{
    setState(State::Verifying, tr("Checking whether %1 was rented…").arg(numberText()));
    m_call = m_client->getActiveNumber(m_number.phoneNumber, this, [this](const Result<ActiveNumber> &r) {
        if (r.ok()) {
            succeeded(r.value(), true);
            return;
        }
        if (!r.error().isNotFound()) {
            m_retry = [this] { verifyRent(); };
            m_unknownDetail = tr("Unknown whether %1 was rented: the check failed too (%2).")
                                  .arg(numberText(), r.error().userMessage);
            setState(State::Unknown, tr("Unknown whether %1 was rented.").arg(numberText()));
            m_ui->banner->showError(tr("It could not be determined whether %1 was rented (the check failed too: "
                                       "%2). Do not rent it again before you have looked for %1 in your active "
                                       "numbers; press “Check again” to retry the check.")
                                        .arg(numberText(), r.error().userMessage));
            return;
        }
        finishAudit(AuditOutcome::NotDone, tr("The answer was unclear; a check showed %1 is not in your numbers.")
                                               .arg(numberText()));
        m_call = m_client->getAvailableNumber(m_number.phoneNumber, this, [this](const Result<AvailableNumber> &a) {
            if (a.ok()) {
                m_number = a.value();
                showPrices();
                setState(State::Ready, tr("Not rented."));
                m_ui->banner->showWarning(tr("%1 was NOT rented and nothing was charged for it. It is still "
                                             "available: you can press Rent to try again.")
                                              .arg(numberText()));
            } else if (a.error().isNotFound()) {
                setState(State::Gone, tr("Not rented."));
                m_ui->banner->showError(tr("%1 was NOT rented by you, and it is no longer available.")
                                            .arg(numberText()));
                Q_EMIT numberGone(m_number.phoneNumber);
            } else {
                // Not in the project: the rent did not happen. Whether it can be tried again is unknown.
                setState(State::Ready, tr("Not rented."));
                m_ui->banner->showWarning(tr("%1 was NOT rented (it is not in your numbers). Its availability "
                                             "could not be checked: %2")
                                              .arg(numberText(), a.error().userMessage));
            }
        });
    });
}

void RentDialog::verifyRentAny()
{
    setState(State::Verifying, tr("Checking whether a number was rented…"));
    ActiveNumberQuery query;
    query.regionCode = m_rentAny->regionCode;
    query.type = m_rentAny->type;
    auto *walker = new ActiveNumberWalker(m_client, query, this);
    m_walker = walker;
    auto added = std::make_shared<QList<ActiveNumber>>();
    connect(walker, &ActiveNumberWalker::pageReceived, this, [this, added](const QList<ActiveNumber> &numbers) {
        for (const ActiveNumber &n : numbers) {
            if (!m_before.contains(n.phoneNumber)) {
                added->append(n);
            }
        }
    });
    connect(walker, &ActiveNumberWalker::finished, this, [this, walker, added](const ApiError &error) {
        walker->deleteLater();
        if (error.isError()) {
            m_retry = [this] { verifyRentAny(); };
            m_unknownDetail = tr("Unknown whether a number was rented: listing your numbers failed (%1).")
                                  .arg(error.userMessage);
            setState(State::Unknown, tr("Unknown whether a number was rented."));
            m_ui->banner->showError(tr("It could not be determined whether a number was rented (listing your "
                                       "numbers failed: %1). Do not try again before you have checked your "
                                       "active US local numbers for a new one; press “Check again” to retry.")
                                        .arg(error.userMessage));
            return;
        }
        if (added->size() == 1) {
            succeeded(added->first(), true);
            return;
        }
        if (added->isEmpty()) {
            finishAudit(AuditOutcome::NotDone, tr("The answer was unclear; a check showed no new number."));
            setState(State::Ready, tr("Not rented."));
            m_ui->banner->showWarning(tr("No number was rented and nothing was charged. You can press Rent to try "
                                         "again."));
            return;
        }
        QStringList list;
        for (const ActiveNumber &n : *added) {
            list << PhoneNumber::format(n.phoneNumber);
        }
        QStringList e164s;
        for (const ActiveNumber &n : *added) {
            e164s << n.phoneNumber;
        }
        finishAudit(AuditOutcome::Unknown,
                    tr("The answer was unclear and %n new number(s) appeared meanwhile; check which one is this rent.",
                       nullptr, int(added->size())),
                    e164s);
        setState(State::Unknown, tr("Several new numbers appeared."));
        m_ui->banner->showWarning(tr("%n new number(s) appeared in your project meanwhile: %1. One of them is "
                                     "probably this rent, but someone else may have rented the others at the same "
                                     "time. Check them in the main window before renting again.",
                                     nullptr, int(added->size()))
                                      .arg(list.join(QLatin1String(", "))));
    });
    walker->start();
}

void RentDialog::stop()
{
    if (m_walker) {
        m_walker->cancel();
    }
    if (m_call) {
        m_call->cancel();
    }
}

void RentDialog::reject()
{
    switch (m_state) {
    case State::Renting:
    case State::Verifying:
        // Closing would hide the outcome of a billable call: stop instead, the result is then verified.
        if (m_state == State::Renting) {
            stop();
        } else {
            m_ui->banner->showWarning(tr("Please wait until the check finishes, or press Stop."));
        }
        return;
    default:
        break;
    }
    stop();
    QDialog::reject();
}

} // namespace nd
