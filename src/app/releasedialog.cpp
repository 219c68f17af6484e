// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasedialog.h"
#include "ui_releasedialog.h"

#include "displaytext.h"
#include "errorbanner.h"
#include "money.h"
#include "numbersclient.h"
#include "phonenumber.h"

#include <QLocale>
#include <QPushButton>
#include <QTreeWidgetItem>

#include <map>

namespace nd {

namespace {

enum Column { NumberColumn, NameColumn, PriceColumn, ResultColumn };

} // namespace

ReleaseDialog::ReleaseDialog(NumbersClient *client, const QList<ActiveNumber> &numbers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReleaseDialog>())
    , m_client(client)
    , m_numbers(numbers)
{
    m_ui->setupUi(this);
    const int toRelease = countToRelease();
    setWindowTitle(tr("Release %n Number(s)", nullptr, toRelease));

    m_releaseButton = m_ui->buttonBox->addButton(tr("&Release %n Number(s)", nullptr, toRelease),
                                                 QDialogButtonBox::DestructiveRole);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_releaseButton, &QPushButton::clicked, this, &ReleaseDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReleaseDialog::reject);

    // Rows, and the recurring charges that stop, summed exactly per currency and payment interval.
    std::map<std::pair<QString, int>, Decimal> totals;
    QStringList unparsed;
    for (const ActiveNumber &n : m_numbers) {
        auto *item = new QTreeWidgetItem(m_ui->numbersTree);
        item->setText(NumberColumn, PhoneNumber::format(n.phoneNumber));
        item->setText(NameColumn, n.displayName);
        item->setText(PriceColumn, DisplayText::recurringPrice(n.money, n.paymentIntervalMonths));
        if (n.isReleased()) {
            m_outcomes << Outcome::AlreadyReleased;
            item->setText(ResultColumn, tr("Already releasing on %1; skipped").arg(DisplayText::dateTime(n.expireAt)));
            continue;
        }
        m_outcomes << Outcome::Pending;
        if (n.money.isEmpty()) {
            continue;
        }
        if (const auto amount = n.money.decimal()) {
            auto &sum = totals[{n.money.currencyCode, n.paymentIntervalMonths}];
            sum = sum + *amount;
        } else {
            unparsed << n.money.toDisplayString();
        }
    }
    for (int c = 0; c < m_ui->numbersTree->columnCount(); ++c) {
        m_ui->numbersTree->resizeColumnToContents(c);
    }

    QStringList totalParts;
    for (const auto &[key, sum] : totals) {
        totalParts << DisplayText::recurringPrice(Money{key.first, sum.toString(2)}, key.second);
    }
    QString total = totalParts.isEmpty() ? QString()
                                         : tr("Recurring charges that stop: %1.").arg(QLocale().createSeparatedList(totalParts));
    if (!unparsed.isEmpty()) {
        total += QLatin1Char(' ') + tr("Not included (amount not understood): %1.").arg(unparsed.join(tr(", ")));
    }
    m_ui->totalLabel->setText(total);
    m_ui->totalLabel->setVisible(!total.isEmpty());

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
    updateReleaseButton();
    cancel->setFocus();
}

ReleaseDialog::~ReleaseDialog()
{
    finishAudit(AuditOutcome::Unknown, tr("The dialog was closed before the outcome was known."));
}

void ReleaseDialog::finishAudit(AuditOutcome outcome, const QString &detail)
{
    QString error;
    if (!m_audit.finish(&m_auditId, outcome, detail, {}, &error)) {
        m_ui->banner->showWarning(error);
    }
}

int ReleaseDialog::countToRelease() const
{
    return int(std::count_if(m_numbers.cbegin(), m_numbers.cend(),
                             [](const ActiveNumber &n) { return !n.isReleased(); }));
}

ReleaseDialog::Outcome ReleaseDialog::outcome(int row) const
{
    return m_outcomes.value(row, Outcome::Pending);
}

QString ReleaseDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_ui->numbersTree->topLevelItem(row);
    return item ? item->text(ResultColumn) : QString();
}

int ReleaseDialog::rowCount() const
{
    return m_ui->numbersTree->topLevelItemCount();
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
    m_releaseButton->setEnabled(!m_running && !m_finished && count > 0 && confirmed);
}

void ReleaseDialog::start()
{
    if (m_running || m_finished || !m_releaseButton->isEnabled()) {
        return;
    }
    m_running = true;
    m_total = countToRelease();
    m_ui->countEdit->setEnabled(false);
    m_ui->banner->clear();
    m_ui->progressBar->show();
    m_ui->statusLabel->show();
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("&Stop"));
        cancel->setToolTip(tr("Stop after the number being released now; the others are not released"));
    }
    updateReleaseButton();
    releaseNext();
}

void ReleaseDialog::releaseNext()
{
    m_current = -1;
    for (int row = 0; row < m_outcomes.size(); ++row) {
        if (m_outcomes[row] == Outcome::Pending) {
            m_current = row;
            break;
        }
    }
    if (m_current < 0) {
        finishAll();
        return;
    }
    if (m_stopRequested) {
        for (int row = 0; row < m_outcomes.size(); ++row) {
            if (m_outcomes[row] == Outcome::Pending) {
                m_outcomes[row] = Outcome::Skipped;
                m_ui->numbersTree->topLevelItem(row)->setText(ResultColumn, tr("Not released (stopped)"));
            }
        }
        finishAll();
        return;
    }
    const int row = m_current;
    const ActiveNumber &number = m_numbers.at(row);
    // One record per number, begun right before its request; the rest of a stopped batch is never begun.
    QString auditError;
    m_auditId = m_audit.begin(AuditOperation::Release, {number.phoneNumber}, QString(),
                              ActionAudit::cost({}, number.money, number.paymentIntervalMonths), &auditError);
    if (m_auditId < 0) {
        for (int r = row; r < m_outcomes.size(); ++r) {
            if (m_outcomes[r] == Outcome::Pending) {
                m_outcomes[r] = Outcome::Skipped;
                m_ui->numbersTree->topLevelItem(r)->setText(ResultColumn, tr("Not released (nothing was sent)"));
            }
        }
        finishAll();
        m_ui->banner->showError(auditError);
        return;
    }
    m_ui->numbersTree->topLevelItem(row)->setText(ResultColumn, tr("Releasing…"));
    m_ui->numbersTree->scrollToItem(m_ui->numbersTree->topLevelItem(row));
    m_ui->statusLabel->setText(tr("Releasing %1 (%2 of %3)…")
                                   .arg(PhoneNumber::format(number.phoneNumber))
                                   .arg(m_done + 1)
                                   .arg(m_total));
    m_call = m_client->releaseNumber(number.phoneNumber, this, [this, row](const Result<ActiveNumber> &r) {
        if (r.ok()) {
            m_numbers[row] = r.value();
            finishOne(row, Outcome::Released,
                      tr("Released: stays active until %1").arg(DisplayText::dateTime(r.value().expireAt)));
            finishAudit(AuditOutcome::Done, QString());
            Q_EMIT numberReleased(r.value());
        } else if (r.error().isAmbiguous() || r.error().isCancelled()) {
            verify(row, r.error());
            return;
        } else if (r.error().isNotFound()) {
            finishOne(row, Outcome::Gone, tr("Not in this project any more; nothing to release"));
            finishAudit(AuditOutcome::Failed, r.error().fullMessage());
        } else {
            finishOne(row, Outcome::NotReleased, tr("Not released: %1").arg(r.error().fullMessage()));
            finishAudit(AuditOutcome::Failed, r.error().fullMessage());
        }
        releaseNext();
    });
}

void ReleaseDialog::verify(int row, const ApiError &original)
{
    // The release may have been registered without us seeing the answer: read expireAt (§7.4).
    const QString e164 = m_numbers.at(row).phoneNumber;
    m_ui->numbersTree->topLevelItem(row)->setText(ResultColumn, tr("No clear answer; checking…"));
    m_call = m_client->getActiveNumber(e164, this, [this, row, original](const Result<ActiveNumber> &r) {
        if (r.ok() && r.value().isReleased()) {
            m_numbers[row] = r.value();
            finishOne(row, Outcome::Released,
                      tr("Released (confirmed by a check after “%1”): stays active until %2")
                          .arg(original.userMessage, DisplayText::dateTime(r.value().expireAt)));
            finishAudit(AuditOutcome::Done, resultText(row));
            Q_EMIT numberReleased(r.value());
        } else if (r.ok()) {
            finishOne(row, Outcome::NotReleased,
                      tr("Not released (“%1”; a check shows the number is still active with no expiry date)")
                          .arg(original.userMessage));
            finishAudit(AuditOutcome::NotDone, resultText(row));
        } else if (r.error().isNotFound()) {
            finishOne(row, Outcome::Gone, tr("Not in this project any more"));
            // Gone from the project after the release was sent: the release is done (numbers-api.md §7.4).
            finishAudit(AuditOutcome::Done, resultText(row));
        } else {
            finishOne(row, Outcome::Unknown,
                      tr("Unknown: “%1”, and the check failed too (%2). Look at the number's expiry date "
                         "before releasing it again.")
                          .arg(original.userMessage, r.error().userMessage));
            finishAudit(AuditOutcome::Unknown, resultText(row));
        }
        releaseNext();
    });
}

void ReleaseDialog::finishOne(int row, Outcome outcome, const QString &text)
{
    m_outcomes[row] = outcome;
    m_ui->numbersTree->topLevelItem(row)->setText(ResultColumn, text);
    m_ui->numbersTree->resizeColumnToContents(ResultColumn);
    ++m_done;
    m_ui->progressBar->setValue(m_done);
}

void ReleaseDialog::finishAll()
{
    m_running = false;
    m_finished = true;
    m_releaseButton->hide();
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("&Close"));
        cancel->setToolTip({});
        cancel->setEnabled(true);
    }
    const int released = int(std::count(m_outcomes.cbegin(), m_outcomes.cend(), Outcome::Released));
    const int unknown = int(std::count(m_outcomes.cbegin(), m_outcomes.cend(), Outcome::Unknown));
    const int attempted = m_total;
    m_ui->statusLabel->setText(tr("%1 of %n number(s) released.", nullptr, attempted).arg(released));
    if (unknown > 0) {
        m_ui->banner->showWarning(tr("For %n number(s) the outcome could not be determined; see the Result column.",
                                     nullptr, unknown));
    } else if (released < attempted) {
        m_ui->banner->showWarning(tr("Some numbers were not released; see the Result column."));
    } else {
        m_ui->banner->showInfo(tr("Done."));
    }
}

void ReleaseDialog::reject()
{
    if (m_running) {
        // Never abort a release that is already out: that would only make its outcome unknown.
        m_stopRequested = true;
        m_ui->statusLabel->setText(tr("Stopping after the current number…"));
        if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
            cancel->setEnabled(false);
        }
        return;
    }
    QDialog::reject();
}

} // namespace nd
