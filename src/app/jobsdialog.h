// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;
class QTableWidget;

namespace nd {

class ActionPipeline;
class JobJournal;

// The Jobs window: every bulk job of the journal with its state and counts (done, not done, unknown, to do).
// Open shows a job's per-number results in a BulkJobDialog, where an interrupted or paused job is resumed and
// the numbers not done are tried again.
class JobsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDialog)

public:
    // The pipeline must outlive the dialog; `journal` (not owned) defaults to $NUMBERDESK_JOBS_DB or the default.
    JobsDialog(ActionPipeline *pipeline, QWidget *parent = nullptr, JobJournal *journal = nullptr);
    ~JobsDialog() override;

    // View → Bulk Jobs…: the window of `parent` (created on first use), refreshed and raised.
    static JobsDialog *showFor(ActionPipeline *pipeline, QWidget *parent);

    void refresh();
    int rowCount() const;
    QString jobIdAt(int row) const;
    QString stateAt(int row) const;
    QPushButton *openButton() const { return m_openButton; }

private:
    void openSelected();

    QPointer<ActionPipeline> m_pipeline;
    std::unique_ptr<JobJournal> m_ownJournal;
    JobJournal *m_journal = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace nd
