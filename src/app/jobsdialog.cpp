// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsdialog.h"

#include "actionpipeline.h"
#include "bulkjobdialog.h"
#include "jobjournal.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

JobsDialog::JobsDialog(ActionPipeline *pipeline, QWidget *parent, JobJournal *journal)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_journal(journal)
{
    if (!m_journal) {
        const QString fromEnv = qEnvironmentVariable("NUMBERDESK_JOBS_DB");
        m_ownJournal = std::make_unique<JobJournal>(fromEnv.isEmpty() ? JobJournal::defaultPath() : fromEnv);
        m_journal = m_ownJournal.get();
    }
    setObjectName(QStringLiteral("jobsDialog"));
    setWindowTitle(tr("Bulk Jobs"));
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("Kind"), tr("State"), tr("Created"), tr("Numbers"), tr("Done"),
                                        tr("Not done"), tr("To do")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("&Open…"), QDialogButtonBox::ActionRole);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &JobsDialog::refresh);
    connect(m_openButton, &QPushButton::clicked, this, &JobsDialog::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_openButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &JobsDialog::openSelected);
    refresh();
}

JobsDialog::~JobsDialog()
{
    // The job dialogs opened from here use this window's journal: they go first.
    qDeleteAll(findChildren<BulkJobDialog *>(QString(), Qt::FindDirectChildrenOnly));
}

JobsDialog *JobsDialog::showFor(ActionPipeline *pipeline, QWidget *parent)
{
    auto *dialog = parent ? parent->findChild<JobsDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        // Kept when closed (the job dialogs opened from it live on); it goes with `parent`.
        dialog = new JobsDialog(pipeline, parent);
    }
    dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void JobsDialog::refresh()
{
    const QList<JobInfo> jobs = m_journal->jobs(200);
    m_table->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const JobInfo &info = jobs.at(row);
        const QStringList cells = {
            info.id,
            JobKinds::displayName(info.spec.kind),
            JobInfo::stateDisplayName(info.state),
            QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat),
            QLocale().toString(info.total),
            QLocale().toString(info.count(JobStepState::Done) + info.count(JobStepState::DoneByOther)),
            QLocale().toString(info.count(JobStepState::NotDone) + info.count(JobStepState::Unknown)),
            QLocale().toString(info.count(JobStepState::Pending) + info.count(JobStepState::Sending)),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2) {
                item->setData(Qt::UserRole, JobInfo::stateKey(info.state));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_openButton->setEnabled(!m_table->selectedItems().isEmpty());
}

int JobsDialog::rowCount() const
{
    return m_table->rowCount();
}

QString JobsDialog::jobIdAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->text() : QString();
}

QString JobsDialog::stateAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 2);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void JobsDialog::openSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_pipeline) {
        return;
    }
    auto *dialog = new BulkJobDialog(m_pipeline, m_journal, jobIdAt(selected.first()->row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkJobDialog::jobFinished, this, &JobsDialog::refresh);
    dialog->show();
}

} // namespace nd
