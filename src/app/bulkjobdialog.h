// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobspec.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace nd {

class ActionPipeline;
class JobJournal;
class JobRunner;

// A bulk rent of the numbers selected in the Available tab (or of N numbers matching its search), or a bulk
// update or release of the numbers selected in the Active tab, as one journaled job (src/actions
// JobRunner, the same engine as `numberdesk-cli bulk`): it reads each number as it is now (a rent: whether it
// is still on offer, and at what price), previews per number what changes (old → new), the prices that start
// or the recurring price that stops, with totals per currency; over 10 numbers the
// count must be typed before Start is enabled. While running: progress, Pause / Resume / Cancel (the steps in
// flight always finish); afterwards the per-number results and "Retry the Ones Not Done". The job survives a
// crash: offerResume() lists interrupted jobs at start.
class BulkJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobDialog)

public:
    // kind: "update" or "release". The pipeline must outlive the dialog. `journal` (not owned) defaults to one
    // at $NUMBERDESK_JOBS_DB or JobJournal::defaultPath().
    BulkJobDialog(ActionPipeline *pipeline, const QString &kind, const QStringList &e164Numbers,
                  QWidget *parent = nullptr, JobJournal *journal = nullptr);
    // Rents these offers (each is checked again first: numbers gone or already ours are left out, and said so).
    BulkJobDialog(ActionPipeline *pipeline, const QList<AvailableNumber> &offers, QWidget *parent = nullptr,
                  JobJournal *journal = nullptr);
    // Rents target.count numbers matching target.query (`criteria` describes it to the user); the job searches
    // again when offers are taken by someone else.
    BulkJobDialog(ActionPipeline *pipeline, const RentTarget &target, const QString &criteria,
                  QWidget *parent = nullptr, JobJournal *journal = nullptr);
    // Resumes a job of the journal (an interrupted or paused one).
    BulkJobDialog(ActionPipeline *pipeline, JobJournal *journal, const QString &jobId, QWidget *parent = nullptr);
    ~BulkJobDialog() override;

    // For the Active tab's bulkActionRequested(kind, numbers): opens a dialog (deleted on close).
    static BulkJobDialog *open(ActionPipeline *pipeline, const QString &kind, const QStringList &e164Numbers,
                               QWidget *parent);
    // The same for a rent (deleted on close).
    static BulkJobDialog *openRent(ActionPipeline *pipeline, const QList<AvailableNumber> &offers, QWidget *parent);
    static BulkJobDialog *openRentMatching(ActionPipeline *pipeline, const RentTarget &target,
                                           const QString &criteria, QWidget *parent);
    // At start: asks whether to resume each interrupted job of the journal, and opens a dialog for those accepted.
    static void offerResume(ActionPipeline *pipeline, QWidget *parent);

    bool isLoaded() const { return m_loaded; }
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    QString jobId() const { return m_jobId; }
    int rowCount() const;
    QString stateText(int row) const;
    QString changeText(int row) const;
    QString totalText() const;
    QString introText() const;
    // The numbers of the job's steps, in order (a rent: as chosen, and found by searching again).
    QStringList stepNumbers() const;
    QLineEdit *countEdit() const { return m_countEdit; }
    QLineEdit *displayNameEdit() const { return m_nameEdit; }
    QLineEdit *servicePlanEdit() const { return m_planEdit; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *cancelButton() const { return m_cancelJobButton; }
    QPushButton *retryButton() const { return m_retryButton; }

    void reject() override;

Q_SIGNALS:
    void jobFinished(const QString &jobId);

private:
    // The preview table's columns (bulkjobdialog.cpp and bulkjobrent.cpp fill them).
    enum Column { NumberColumn, ChangeColumn, StateColumn, ColumnCount };

    void build();
    void useJournal(JobJournal *journal);
    void rentStepsReady(const QList<JobStep> &steps, const QStringList &leftOut, const QString &failure);
    void stepsAdded(int first, int count);
    QString previewText(const StepPreview &row) const;
    void loadNext();
    void loaded();
    JobSpec spec() const;
    void refreshPreview();
    void updateStartButton();
    void start();
    void attachRunner();
    void stepChanged(int index);
    void runnerFinished();
    void showCounts();

    QPointer<ActionPipeline> m_pipeline;
    std::unique_ptr<JobJournal> m_ownJournal;
    JobJournal *m_journal = nullptr;
    JobKind m_kind = JobKind::Release;
    std::optional<RentTarget> m_target;
    QString m_criteria;
    QStringList m_numbers;
    QList<JobStep> m_steps;
    QStringList m_loadErrors;
    int m_nextLoad = 0;
    int m_loading = 0;
    bool m_loaded = false;
    bool m_finished = false;
    QString m_jobId;
    JobRunner *m_runner = nullptr;

    QLabel *m_intro = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_planEdit = nullptr;
    QLineEdit *m_campaignEdit = nullptr;
    QLineEdit *m_callbackEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_countLabel = nullptr;
    QLineEdit *m_countEdit = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelJobButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace nd
