// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rentdialog.h"
#include "ui_rentdialog.h"

#include "actionpipeline.h"
#include "confirmation.h"
#include "offercheck.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "numbersclient.h"
#include "phonenumber.h"
#include "smsvoiceconfigwidget.h"

#include <QPushButton>

#include <map>

namespace nd {

RentDialog::RentDialog(ActionPipeline *pipeline, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RentDialog>())
    , m_pipeline(pipeline)
    , m_client(pipeline ? pipeline->client() : nullptr)
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

RentDialog::RentDialog(ActionPipeline *pipeline, const AvailableNumber &number, QWidget *parent)
    : RentDialog(pipeline, parent)
{
    m_number = number;
    m_ui->configWidget->setRegion(number.regionCode);
    setWindowTitle(tr("Rent %1").arg(PhoneNumber::format(number.phoneNumber)));
    m_ui->numberLabel->setText(PhoneNumber::format(number.phoneNumber));
    showPrices();
    recheck();
}

RentDialog::RentDialog(ActionPipeline *pipeline, const RentAnyRequest &rentAny, QWidget *parent)
    : RentDialog(pipeline, parent)
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

    // The API can rent "any number" only for US LOCAL (docs/api.md §7.2).
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
    // A rent in flight goes on in the pipeline, which settles its outcome and finishes its record.
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
    if (state == State::Rented || state == State::Gone || state == State::Unknown || state == State::AlreadyOurs) {
        if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
            cancel->setText(tr("&Close"));
        }
    }
    m_rentButton->setVisible(state != State::Rented && state != State::AlreadyOurs);
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
    m_call = OfferCheck::run(m_client, m_number.phoneNumber, this, [this](const OfferCheck &check) {
        switch (check.kind) {
        case OfferCheck::Kind::Available:
            m_number = check.offer;
            m_pricesKnown = true;
            showPrices();
            setState(State::Ready, tr("Available. Review the price and configuration, then press Rent."));
            return;
        case OfferCheck::Kind::AlreadyOurs:
            setState(State::AlreadyOurs, tr("Not rented by you: it already belongs to this project."));
            m_ui->banner->showWarning(check.explanation(numberText()));
            Q_EMIT numberGone(m_number.phoneNumber);
            Q_EMIT numberRented(check.active);
            return;
        case OfferCheck::Kind::Gone:
            setState(State::Gone);
            m_ui->banner->showError(check.explanation(numberText()));
            Q_EMIT numberGone(m_number.phoneNumber);
            return;
        case OfferCheck::Kind::Failed:
            break;
        }
        m_retry = [this] { recheck(); };
        if (check.error.isCancelled()) {
            setState(State::CheckFailed, tr("Stopped before the price was confirmed."));
            return;
        }
        m_ui->banner->showError(check.error);
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
                      [this] { startRent(); });
}

void RentDialog::startRent()
{
    if (!m_pipeline) {
        return;
    }
    m_ui->banner->clear();
    if (isRentAny()) {
        RentAnyRequest request = *m_rentAny;
        request.configuration = m_ui->configWidget->configuration();
        m_sent = ActionRequest::rentAnyNumber(request);
    } else {
        m_sent = ActionRequest::rentNumber(m_number, m_ui->configWidget->configuration());
    }
    follow(m_pipeline->run(m_sent, this, [this](const Outcome &outcome) { showOutcome(outcome); }));
}

// The dialog shows the pipeline's phases: it never decides itself what an answer meant.
void RentDialog::follow(ActionCall *call)
{
    m_action = call;
    const auto showPhase = [this](ActionCall::Phase phase) {
        switch (phase) {
        case ActionCall::Phase::Preparing:
            setState(State::Snapshot, tr("Preparing: listing your current numbers so the result can be verified…"));
            break;
        case ActionCall::Phase::Waiting:
            setState(State::Renting, tr("The server is busy (rate limit): waiting to send the rent again. Nothing "
                                        "has been rented yet."));
            break;
        case ActionCall::Phase::Sending:
            setState(State::Renting, isRentAny() ? tr("Renting a matching number…")
                                                 : tr("Renting %1…").arg(numberText()));
            break;
        case ActionCall::Phase::Checking:
            m_ui->banner->showWarning(tr("No clear answer from the server. Checking whether the rent went through; "
                                         "it will not be sent again."));
            setState(State::Verifying, tr("Checking whether %1 was rented…").arg(numberText()));
            break;
        case ActionCall::Phase::Finished:
            break;
        }
    };
    if (call) {
        m_lastRecordId = call->recordId();
        connect(call, &ActionCall::phaseChanged, this, showPhase);
        showPhase(call->phase());
    }
}

void RentDialog::showOutcome(const Outcome &outcome)
{
    m_action = nullptr;
    if (outcome.recordId >= 0) {
        m_lastRecordId = outcome.recordId;
    }
    switch (outcome.kind) {
    case OutcomeKind::Done:
        if (outcome.activeNumber) {
            succeeded(*outcome.activeNumber, outcome);
        }
        return;
    case OutcomeKind::DoneByOther:
        setState(State::AlreadyOurs, tr("Not rented by you: it already belongs to this project."));
        m_ui->banner->showWarning(outcome.explanation);
        if (outcome.activeNumber) {
            Q_EMIT numberRented(*outcome.activeNumber);
        }
        return;
    case OutcomeKind::NotDone:
        m_ui->banner->showError(outcome.explanation);
        if (!outcome.mayRetry && !outcome.notRecorded && !isRentAny()) {
            setState(State::Gone, tr("Nothing was rented."));
            Q_EMIT numberGone(m_number.phoneNumber);
            return;
        }
        setState(State::Ready, tr("Nothing was rented."));
        return;
    case OutcomeKind::Unknown:
        m_retry = [this] { checkAgain(); };
        setState(State::Unknown, tr("Unknown whether %1 was rented.").arg(numberText()));
        m_ui->banner->showError(outcome.explanation + QLatin1Char('\n')
                                + tr("Press “Check again” to read the state once more; nothing is sent."));
        return;
    }
}

void RentDialog::checkAgain()
{
    if (!m_pipeline || m_lastRecordId < 0) {
        return;
    }
    follow(m_pipeline->recheck(m_sent, m_lastRecordId, this, [this](const Outcome &outcome) { showOutcome(outcome); }));
}

void RentDialog::succeeded(const ActiveNumber &number, const Outcome &outcome)
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
    if (outcome.reconciled || outcome.needsReview) {
        outcome.needsReview ? m_ui->banner->showWarning(outcome.explanation)
                            : m_ui->banner->showInfo(outcome.explanation);
    } else {
        m_ui->banner->showInfo(tr("Rented %1.").arg(PhoneNumber::format(number.phoneNumber)));
    }
    for (const ActiveNumber &n : outcome.rentedNumbers.isEmpty() ? QList<ActiveNumber>{number} : outcome.rentedNumbers) {
        Q_EMIT numberRented(n);
    }
}

void RentDialog::stop()
{
    if (m_call) {
        m_call->cancel();
    }
    if (m_action) {
        m_action->cancel(); // before sending: nothing is sent; after: the pipeline reads the state back
    }
}

void RentDialog::reject()
{
    switch (m_state) {
    case State::Snapshot:
    case State::Renting:
        // Closing would hide the outcome of a billable call: stop instead, the result is then shown.
        stop();
        return;
    case State::Verifying:
        m_ui->banner->showWarning(tr("Please wait until the check finishes, or press Stop."));
        return;
    default:
        break;
    }
    stop();
    QDialog::reject();
}

} // namespace nd
