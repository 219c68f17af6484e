// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasedialog.h"
#include "ui_releasedialog.h"

#include "actionpipeline.h"
#include "dialogsizing.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "money.h"
#include "numbersclient.h"
#include "phonenumber.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace nd {

namespace {

enum Column { NumberColumn, NameColumn, PriceColumn, ResultColumn };

} // namespace

ReleaseDialog::ReleaseDialog(ActionPipeline *pipeline, const QList<ActiveNumber> &numbers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReleaseDialog>())
    , m_numbers(numbers)
{
    m_ui->setupUi(this);
    const int toRelease = countToRelease();
    setWindowTitle(tr("Release %n Number(s)", nullptr, toRelease));
    m_releaseButton = m_ui->buttonBox->addButton(tr("&Release %n Number(s)", nullptr, toRelease),
                                                 QDialogButtonBox::DestructiveRole);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setAutoDefault(false);
    m_retryButton = m_ui->buttonBox->addButton(tr("Retry the Ones &Not Done"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAutoDefault(false);
    m_retryButton->hide();
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_releaseButton, &QPushButton::clicked, this, &ReleaseDialog::start);
    connect(m_retryButton, &QPushButton::clicked, this, &ReleaseDialog::retryNotDone);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReleaseDialog::reject);

    // Rows, and the batch of releases for the numbers not already being released.
    QList<ActionRequest> requests;
    PriceTotals stopping;
    for (const ActiveNumber &n : m_numbers) {
        auto *item = new QTreeWidgetItem(m_ui->numbersTree);
        item->setText(NumberColumn, PhoneNumber::format(n.phoneNumber));
        item->setText(NameColumn, n.displayName);
        item->setText(PriceColumn, DisplayText::recurringPrice(n.money, n.paymentIntervalMonths));
        if (n.isReleased()) {
            m_rowItem << -1;
            item->setText(ResultColumn, tr("Already releasing on %1; skipped").arg(DisplayText::dateTime(n.expireAt)));
            continue;
        }
        m_rowItem << int(requests.size());
        m_itemRow << int(m_rowItem.size()) - 1;
        requests << ActionRequest::releaseNumber(n);
        stopping.add(n.money, n.paymentIntervalMonths);
    }
    m_batch = new BatchRun(pipeline, requests, this);
    connect(m_batch, &BatchRun::itemStarted, this, &ReleaseDialog::itemStarted);
    connect(m_batch, &BatchRun::itemFinished, this, &ReleaseDialog::itemFinished);
    connect(m_batch, &BatchRun::finished, this, &ReleaseDialog::runFinished);
    for (int c = 0; c < m_ui->numbersTree->columnCount(); ++c) {
        m_ui->numbersTree->resizeColumnToContents(c);
    }
    // A long display name is elided (full text in its tooltip) so the Result column stays in view.
    const int nameWidth = m_ui->numbersTree->fontMetrics().averageCharWidth() * 24;
    if (m_ui->numbersTree->columnWidth(NameColumn) > nameWidth) {
        m_ui->numbersTree->setColumnWidth(NameColumn, nameWidth);
    }
    for (int row = 0; row < m_ui->numbersTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->numbersTree->topLevelItem(row);
        item->setToolTip(NameColumn, item->text(NameColumn));
    }
    m_ui->numbersTree->header()->setStretchLastSection(true);
    m_ui->numbersTree->setMinimumWidth(m_ui->numbersTree->header()->sectionPosition(ResultColumn)
                                       + m_ui->numbersTree->fontMetrics().averageCharWidth() * 24);
    showTotals(stopping, false);

    m_ui->introLabel->setText(
        tr("Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to "
           "Sinch's inventory, where anyone can rent it.", nullptr, toRelease));
    m_ui->warningLabel->setText(tr("This cannot be undone: there is no way to cancel a release. Calls and messages "
                                   "to a released number will stop reaching you after its expiry date."));
    const bool typeCount = toRelease > 1;
    m_ui->confirmLabel->setText(tr("To confirm, type the number of numbers to release (%1):").arg(toRelease));
    m_ui->confirmLabel->setVisible(typeCount);
    m_ui->countEdit->setVisible(typeCount);
    connect(m_ui->countEdit, &QLineEdit::textChanged, this, &ReleaseDialog::updateReleaseButton);
    m_ui->progressBar->setRange(0, std::max(toRelease, 1));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    if (toRelease == 0) {
        m_ui->banner->showInfo(tr("Every selected number is already being released."));
    }
    m_emergencyLabel = new QLabel(this);
    m_emergencyLabel->setObjectName(QStringLiteral("emergencyLabel"));
    m_emergencyLabel->setWordWrap(true);
    m_emergencyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_emergencyLabel->setAccessibleName(tr("Emergency addresses"));
    m_emergencyLabel->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->warningLabel) + 1, m_emergencyLabel);
    checkEmergencyAddresses(pipeline);

    updateReleaseButton();
    cancel->setFocus();
}

void ReleaseDialog::checkEmergencyAddresses(ActionPipeline *pipeline)
{
    NumbersClient *client = pipeline ? pipeline->client() : nullptr;
    if (!client) {
        return;
    }
    for (const ActiveNumber &n : std::as_const(m_numbers)) {
        // Emergency addresses exist for US voice numbers only (docs/api.md §4.9).
        if (n.isReleased() || n.regionCode != QLatin1String("US")
            || !n.capabilities.contains(Capability(Capability::Value::Voice))) {
            continue;
        }
        const QString number = PhoneNumber::format(n.phoneNumber);
        ++m_emergencyChecks;
        client->getEmergencyAddress(n.phoneNumber, this, [this, number](const Result<EmergencyAddress> &r) {
            --m_emergencyChecks;
            if (r.ok()) {
                if (!r.value().isEmpty()) {
                    m_emergencyLines << tr("%1: %2").arg(number, DisplayText::emergencyAddress(r.value()));
                }
            } else if (!r.error().isNotFound() && !r.error().isCancelled()) {
                m_emergencyUnknown << number;
            }
            showEmergencyAddresses();
        });
    }
}

void ReleaseDialog::showEmergencyAddresses()
{
    QString text;
    if (m_emergencyLines.size() == 1 && m_numbers.size() == 1) {
        text = tr("This number has a provisioned emergency (E911) address, which goes with the number when it is "
                  "released:")
            + QLatin1Char('\n') + m_emergencyLines.first();
    } else if (!m_emergencyLines.isEmpty()) {
        text = tr("%n of these numbers have a provisioned emergency (E911) address, which goes with the number when "
                  "it is released:", nullptr, int(m_emergencyLines.size()))
            + QLatin1Char('\n') + m_emergencyLines.join(QLatin1Char('\n'));
    }
    if (!m_emergencyUnknown.isEmpty()) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += tr("Could not check whether %1 has an emergency address.")
                    .arg(QLocale().createSeparatedList(m_emergencyUnknown));
    }
    m_emergencyLabel->setText(text);
    m_emergencyLabel->setVisible(!text.isEmpty());
    growToContents(this);
}

ReleaseDialog::~ReleaseDialog() = default;

void ReleaseDialog::showTotals(const PriceTotals &totals, bool afterRun)
{
    QStringList parts;
    for (const PriceTotals::Entry &e : totals.entries()) {
        parts << DisplayText::recurringPrice(Money{e.currencyCode, e.sum.toString(2)}, e.paymentIntervalMonths);
    }
    QString text;
    if (!parts.isEmpty()) {
        const QString list = QLocale().createSeparatedList(parts);
        text = afterRun ? tr("Recurring charges that stopped: %1.").arg(list)
                        : tr("Recurring charges that stop: %1.").arg(list);
    } else if (afterRun) {
        text = tr("No recurring charge stopped.");
    }
    if (!totals.unparsed().isEmpty()) {
        text += QLatin1Char(' ') + tr("Not included (amount not understood): %1.").arg(totals.unparsed().join(tr(", ")));
    }
    m_ui->totalLabel->setText(text);
    m_ui->totalLabel->setVisible(!text.isEmpty());
}

QString ReleaseDialog::totalText() const
{
    return m_ui->totalLabel->text();
}

int ReleaseDialog::countToRelease() const
{
    return int(std::count_if(m_numbers.cbegin(), m_numbers.cend(),
                             [](const ActiveNumber &n) { return !n.isReleased(); }));
}

int ReleaseDialog::rowCount() const
{
    return m_ui->numbersTree->topLevelItemCount();
}

bool ReleaseDialog::isAlreadyReleasing(int row) const
{
    return m_rowItem.value(row, -1) < 0;
}

BatchRun::ItemState ReleaseDialog::state(int row) const
{
    const int item = m_rowItem.value(row, -1);
    return item < 0 ? BatchRun::ItemState::Pending : m_batch->item(item).state;
}

QString ReleaseDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_ui->numbersTree->topLevelItem(row);
    return item ? item->text(ResultColumn) : QString();
}

void ReleaseDialog::updateReleaseButton()
{
    const int count = countToRelease();
    bool confirmed = count == 1;
    if (count > 1) {
        bool ok = false;
        const int typed = m_ui->countEdit->text().trimmed().toInt(&ok);
        confirmed = ok && typed == count;
    }
    m_releaseButton->setEnabled(!isRunning() && !m_finished && count > 0 && confirmed);
}

void ReleaseDialog::start()
{
    if (isRunning() || m_finished || !m_releaseButton->isEnabled()) {
        return;
    }
    m_ui->countEdit->setEnabled(false);
    m_ui->banner->clear();
    m_ui->progressBar->show();
    m_ui->statusLabel->show();
    m_ui->statusLabel->setText(tr("Releasing…"));
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("&Stop"));
        cancel->setToolTip(tr("Stop after the numbers being released now; the others are not released"));
    }
    updateReleaseButton();
    m_batch->start();
}

void ReleaseDialog::itemStarted(int index)
{
    QTreeWidgetItem *item = m_ui->numbersTree->topLevelItem(m_itemRow.at(index));
    item->setText(ResultColumn, tr("Releasing…"));
    item->setToolTip(ResultColumn, QString());
    m_ui->numbersTree->scrollToItem(item);
}

void ReleaseDialog::itemFinished(int index)
{
    const BatchRun::Item &done = m_batch->item(index);
    const int row = m_itemRow.at(index);
    QTreeWidgetItem *item = m_ui->numbersTree->topLevelItem(row);
    QString text;
    switch (done.state) {
    case BatchRun::ItemState::Done:
        text = done.outcome.activeNumber && done.outcome.activeNumber->expireAt.isValid()
            ? tr("Released: stays active until %1").arg(DisplayText::dateTime(done.outcome.activeNumber->expireAt))
            : tr("Released");
        if (done.outcome.activeNumber) {
            m_numbers[row] = *done.outcome.activeNumber;
            Q_EMIT numberReleased(*done.outcome.activeNumber);
        }
        break;
    case BatchRun::ItemState::DoneByOther:
        text = ActionKinds::displayName(OutcomeKind::DoneByOther);
        if (done.outcome.activeNumber) {
            Q_EMIT numberReleased(*done.outcome.activeNumber);
        }
        break;
    case BatchRun::ItemState::NotDone:
        text = done.outcome.mayRetry ? tr("Not done (can be retried)") : ActionKinds::displayName(OutcomeKind::NotDone);
        break;
    case BatchRun::ItemState::Unknown:
        text = tr("Outcome unknown: check it");
        break;
    case BatchRun::ItemState::Skipped:
        text = tr("Not sent (stopped)");
        break;
    case BatchRun::ItemState::Pending:
    case BatchRun::ItemState::Running:
        break;
    }
    item->setText(ResultColumn, text);
    item->setToolTip(ResultColumn, done.outcome.explanation);
    m_ui->numbersTree->resizeColumnToContents(ResultColumn);
    m_ui->progressBar->setValue(m_batch->finishedCount());
}

void ReleaseDialog::runFinished()
{
    m_finished = true;
    m_releaseButton->hide();
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("&Close"));
        cancel->setToolTip({});
        cancel->setEnabled(true);
    }
    const int total = int(m_batch->items().size());
    const int released = m_batch->count(BatchRun::ItemState::Done);
    const int byOther = m_batch->count(BatchRun::ItemState::DoneByOther);
    const int unknown = m_batch->count(BatchRun::ItemState::Unknown);
    const int retryable = int(m_batch->retryableItems().size());
    m_ui->statusLabel->setText(tr("%1 of %n number(s) released by you.", nullptr, total).arg(released));
    showTotals(m_batch->recurringStopped(), true);
    m_retryButton->setVisible(retryable > 0);
    m_retryButton->setText(tr("Retry the %n Not Done", nullptr, retryable));

    QStringList lines;
    if (byOther > 0) {
        lines << tr("%n number(s) were already released or gone (not by you): nothing stopped for them.", nullptr,
                    byOther);
    }
    if (retryable > 0) {
        lines << tr("%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.",
                    nullptr, retryable);
    }
    if (unknown > 0) {
        QStringList numbers;
        for (const BatchRun::Item &i : m_batch->items()) {
            if (i.state == BatchRun::ItemState::Unknown) {
                numbers << PhoneNumber::format(i.request.phoneNumber);
            }
        }
        lines << tr("For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry "
                    "date (Active numbers, or Details) before releasing them again.",
                    nullptr, unknown)
                     .arg(QLocale().createSeparatedList(numbers));
    }
    const int notDone = m_batch->count(BatchRun::ItemState::NotDone) - retryable;
    if (notDone > 0) {
        lines << tr("%n number(s) were not released; hover over the Result column to see why.", nullptr, notDone);
    }
    if (lines.isEmpty()) {
        m_ui->banner->showInfo(tr("Done."));
    } else if (unknown > 0 || notDone > 0 || retryable > 0) {
        m_ui->banner->showWarning(lines.join(QLatin1Char('\n')));
    } else {
        m_ui->banner->showInfo(lines.join(QLatin1Char('\n')));
    }
}

void ReleaseDialog::retryNotDone()
{
    if (isRunning()) {
        return;
    }
    m_finished = false;
    m_ui->banner->clear();
    m_retryButton->hide();
    m_ui->statusLabel->setText(tr("Releasing…"));
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("&Stop"));
    }
    m_batch->retryNotDone();
}

void ReleaseDialog::reject()
{
    if (isRunning()) {
        // Never abort a release that is already out: that would only make its outcome unknown.
        m_batch->stop();
        m_ui->statusLabel->setText(tr("Stopping after the numbers being released now…"));
        if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
            cancel->setEnabled(false);
        }
        return;
    }
    QDialog::reject();
}

} // namespace nd
