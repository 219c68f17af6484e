// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// BulkJobDialog for rents from the Available tab: the offers chosen (each checked again first) or N numbers
// matching a search, and the rows a rent searching again adds. The rest of the dialog is in bulkjobdialog.cpp.
#include "bulkjobdialog.h"

#include "actionpipeline.h"
#include "jobjournal.h"
#include "jobrunner.h"
#include "numbersclient.h"
#include "rentsteps.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>

namespace nd {

BulkJobDialog::BulkJobDialog(ActionPipeline *pipeline, const QList<AvailableNumber> &offers, QWidget *parent,
                             JobJournal *journal)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_kind(JobKind::Rent)
{
    useJournal(journal);
    build();
    for (const AvailableNumber &offer : offers) {
        m_numbers.append(offer.phoneNumber);
    }
    m_intro->setText(tr("Checking that %n number(s) are still on offer, and at what price…", nullptr,
                        int(m_numbers.size())));
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    if (!client) {
        rentStepsReady({}, {}, tr("There is no connection."));
        return;
    }
    RentSteps::check(client, m_numbers, this, [this](const RentSteps &checked) {
        rentStepsReady(checked.steps, checked.leftOut, QString());
    });
}

BulkJobDialog::BulkJobDialog(ActionPipeline *pipeline, const RentTarget &target, const QString &criteria,
                             QWidget *parent, JobJournal *journal)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_kind(JobKind::Rent)
    , m_target(target)
    , m_criteria(criteria)
{
    useJournal(journal);
    build();
    m_intro->setText(tr("Searching for %n number(s) matching %1…", nullptr, target.count).arg(criteria));
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    if (!client) {
        rentStepsReady({}, {}, tr("There is no connection."));
        return;
    }
    RentSteps::search(client, target, this, [this](const RentSteps &found) {
        QStringList notes;
        if (found.leftOutByCap > 0) {
            notes << tr("%n offer(s) left out to stay within the recurring cap of %1.", nullptr, found.leftOutByCap)
                         .arg(m_target->maxRecurring->toString(2));
        }
        if (!found.error.isError() && found.steps.size() < m_target->count) {
            notes << tr("Only %1 of the %2 numbers asked for can be rented now.")
                         .arg(found.steps.size())
                         .arg(m_target->count);
        }
        rentStepsReady(found.steps, notes, found.error.isError() ? found.error.userMessage : QString());
    });
}

void BulkJobDialog::rentStepsReady(const QList<JobStep> &steps, const QStringList &leftOut, const QString &failure)
{
    m_steps = steps;
    m_numbers.clear();
    for (const JobStep &step : steps) {
        m_numbers.append(step.phoneNumber);
    }
    m_loadErrors = leftOut;
    if (!failure.isEmpty()) {
        m_loadErrors.prepend(tr("The search failed: %1").arg(failure));
    }
    loaded();
}

BulkJobDialog *BulkJobDialog::openRent(ActionPipeline *pipeline, const QList<AvailableNumber> &offers,
                                       QWidget *parent)
{
    auto *dialog = new BulkJobDialog(pipeline, offers, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

BulkJobDialog *BulkJobDialog::openRentMatching(ActionPipeline *pipeline, const RentTarget &target,
                                               const QString &criteria, QWidget *parent)
{
    auto *dialog = new BulkJobDialog(pipeline, target, criteria, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

// A rent searching again: the new steps get rows of their own.
void BulkJobDialog::stepsAdded(int first, int count)
{
    const QList<JobStep> &steps = m_runner->steps();
    const auto info = m_journal->job(m_jobId);
    const JobPreview preview = previewJob(info ? info->spec : spec(), steps.mid(first, count));
    m_table->setRowCount(int(steps.size()));
    for (int i = 0; i < count && first + i < steps.size(); ++i) {
        const int row = first + i;
        m_table->setItem(row, NumberColumn, new QTableWidgetItem(steps.at(row).phoneNumber));
        m_table->setItem(row, ChangeColumn, new QTableWidgetItem(previewText(preview.steps.value(i))));
        m_table->setItem(row, StateColumn, new QTableWidgetItem());
        stepChanged(row);
    }
    m_progress->setRange(0, int(steps.size()));
    m_table->resizeRowsToContents();
}

} // namespace nd
