// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkjobdialog.h"

#include "actionpipeline.h"
#include "activityrecorder.h"
#include "confirmation.h"
#include "jobjournal.h"
#include "jobrunner.h"
#include "jsonwriters.h"
#include "numbersclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

namespace {

QString journalPath()
{
    const QString fromEnv = qEnvironmentVariable("NUMBERDESK_JOBS_DB");
    return fromEnv.isEmpty() ? JobJournal::defaultPath() : fromEnv;
}

std::optional<QString> textOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    return text;
}

} // namespace

BulkJobDialog::BulkJobDialog(ActionPipeline *pipeline, const QString &kind, const QStringList &e164Numbers,
                             QWidget *parent, JobJournal *journal)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_kind(kind == QLatin1String("update") ? JobKind::Update : JobKind::Release)
    , m_numbers(e164Numbers)
{
    useJournal(journal);
    build();
    m_steps.resize(m_numbers.size());
    m_intro->setText(tr("Reading %n number(s) as they are now…", nullptr, int(m_numbers.size())));
    loadNext();
}

void BulkJobDialog::useJournal(JobJournal *journal)
{
    m_journal = journal;
    if (!m_journal) {
        m_ownJournal = std::make_unique<JobJournal>(journalPath());
        m_journal = m_ownJournal.get();
    }
}

BulkJobDialog::BulkJobDialog(ActionPipeline *pipeline, JobJournal *journal, const QString &jobId, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_journal(journal)
    , m_jobId(jobId)
{
    const auto info = m_journal->job(jobId);
    m_kind = info ? info->spec.kind : JobKind::Release;
    build();
    m_steps = m_journal->steps(jobId);
    for (const JobStep &step : std::as_const(m_steps)) {
        m_numbers.append(step.phoneNumber);
    }
    m_loaded = true;
    refreshPreview();
    m_startButton->setText(tr("Resume"));
    const JobInfo::State state = info ? info->state : JobInfo::State::Done;
    if (state == JobInfo::State::Done || state == JobInfo::State::Cancelled) {
        // Results only; the ones not done can be tried again.
        m_intro->setText(state == JobInfo::State::Done ? tr("Job %1 finished.").arg(jobId)
                                                       : tr("Job %1 was cancelled.").arg(jobId));
        m_finished = true;
        attachRunner();
        m_retryButton->setEnabled(state == JobInfo::State::Done
                                  && std::any_of(m_steps.cbegin(), m_steps.cend(), [](const JobStep &s) {
                                         return s.state == JobStepState::NotDone && s.mayRetry;
                                     }));
        return;
    }
    m_intro->setText(state == JobInfo::State::Paused
                         ? tr("Job %1 is paused.").arg(jobId)
                         : tr("Job %1 was interrupted. The steps that were in flight are read back first: nothing "
                              "is sent twice.")
                               .arg(jobId));
    updateStartButton();
}

BulkJobDialog::~BulkJobDialog()
{
    // The runner unlocks its job in the journal when it goes: before the journal this dialog may own (members
    // die before the QObject children would).
    delete m_runner;
}

BulkJobDialog *BulkJobDialog::open(ActionPipeline *pipeline, const QString &kind, const QStringList &e164Numbers,
                                   QWidget *parent)
{
    auto *dialog = new BulkJobDialog(pipeline, kind, e164Numbers, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void BulkJobDialog::offerResume(ActionPipeline *pipeline, QWidget *parent)
{
    auto journal = std::make_shared<JobJournal>(journalPath());
    // Only the jobs of the connection in use: their steps were planned for its project.
    const QString project = pipeline && pipeline->recorder() ? pipeline->recorder()->identity().projectId : QString();
    for (const JobInfo &info : journal->interruptedJobs()) {
        if (info.projectId != project) {
            continue;
        }
        Confirmation::ask(
            parent, QMessageBox::Question, tr("Resume Interrupted Job"),
            tr("Job %1 (%2 of %n number(s)) was interrupted.", nullptr, info.total)
                .arg(info.id, JobKinds::displayName(info.spec.kind)),
            tr("%1 done, %2 still to do. Resuming reads back what was in flight first.")
                .arg(info.count(JobStepState::Done) + info.count(JobStepState::DoneByOther))
                .arg(info.count(JobStepState::Pending) + info.count(JobStepState::Sending)),
            tr("Resume…"), [pipeline, parent, journal, id = info.id] {
                auto *dialog = new BulkJobDialog(pipeline, journal.get(), id, parent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                // The journal lives as long as the dialog.
                connect(dialog, &QObject::destroyed, [journal] {});
                dialog->show();
            });
    }
}

void BulkJobDialog::build()
{
    setObjectName(QStringLiteral("bulkJobDialog"));
    switch (m_kind) {
    case JobKind::Rent:
        setWindowTitle(tr("Rent Numbers"));
        break;
    case JobKind::Update:
        setWindowTitle(tr("Update Numbers"));
        break;
    case JobKind::Release:
        setWindowTitle(tr("Release Numbers"));
        break;
    case JobKind::EmergencyDeprovision:
        setWindowTitle(tr("Remove Emergency Addresses"));
        break;
    }
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    if (m_kind == JobKind::Update && m_jobId.isEmpty()) {
        auto *form = new QFormLayout;
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(QStringLiteral("displayNameEdit"));
        m_nameEdit->setPlaceholderText(tr("unchanged; {n} = 1, 2, 3…, {number} = the number"));
        m_planEdit = new QLineEdit(this);
        m_planEdit->setObjectName(QStringLiteral("servicePlanEdit"));
        m_planEdit->setPlaceholderText(tr("unchanged"));
        m_campaignEdit = new QLineEdit(this);
        m_campaignEdit->setPlaceholderText(tr("unchanged"));
        m_callbackEdit = new QLineEdit(this);
        m_callbackEdit->setPlaceholderText(tr("unchanged"));
        form->addRow(tr("Display &name:"), m_nameEdit);
        form->addRow(tr("SMS service &plan:"), m_planEdit);
        form->addRow(tr("10DLC &campaign:"), m_campaignEdit);
        form->addRow(tr("Callback &URL:"), m_callbackEdit);
        layout->addLayout(form);
        for (QLineEdit *edit : {m_nameEdit, m_planEdit, m_campaignEdit, m_callbackEdit}) {
            connect(edit, &QLineEdit::textChanged, this, &BulkJobDialog::refreshPreview);
        }
    }
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("What happens"), tr("Result")});
    // Whole numbers and results; the change takes the rest and wraps (rows fit it: resizeRowsToContents()).
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    auto *confirm = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countEdit = new QLineEdit(this);
    m_countEdit->setObjectName(QStringLiteral("countEdit"));
    m_countEdit->setMaximumWidth(100);
    m_countLabel->setBuddy(m_countEdit);
    confirm->addWidget(m_countLabel);
    confirm->addWidget(m_countEdit);
    confirm->addStretch();
    layout->addLayout(confirm);
    connect(m_countEdit, &QLineEdit::textChanged, this, &BulkJobDialog::updateStartButton);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    const QString startText = m_kind == JobKind::Rent ? tr("&Rent")
        : m_kind == JobKind::Update                   ? tr("&Update")
        : m_kind == JobKind::Release                  ? tr("&Release")
                                                      : tr("&Remove");
    m_startButton = buttons->addButton(startText, QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_pauseButton = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_cancelJobButton = buttons->addButton(tr("Cancel &Job"), QDialogButtonBox::ActionRole);
    m_cancelJobButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_retryButton = buttons->addButton(tr("Retry the Ones &Not Done"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    for (QPushButton *b : {m_pauseButton, m_cancelJobButton, m_retryButton}) {
        b->setEnabled(false);
    }
    m_startButton->setEnabled(false);
    m_startButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &BulkJobDialog::start);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->isRunning()) {
            m_pauseButton->setEnabled(false);
            m_intro->setText(tr("Pausing: the numbers in flight finish first…"));
            m_runner->pause();
        }
    });
    connect(m_cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_cancelJobButton->setEnabled(false);
            m_intro->setText(tr("Cancelling: the numbers in flight finish first…"));
            m_runner->cancel();
        }
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_runner && !m_runner->isRunning()) {
            m_finished = false;
            m_retryButton->setEnabled(false);
            m_runner->retryNotDone();
            m_pauseButton->setEnabled(m_runner->isRunning());
        }
    });
    connect(m_closeButton, &QPushButton::clicked, this, &BulkJobDialog::reject);
}

void BulkJobDialog::loadNext()
{
    NumbersClient *client = m_pipeline ? m_pipeline->client() : nullptr;
    while (client && m_loading < 4 && m_nextLoad < m_numbers.size()) {
        const int index = m_nextLoad++;
        ++m_loading;
        client->getActiveNumber(m_numbers.at(index), this, [this, index](const Result<ActiveNumber> &r) {
            --m_loading;
            JobStep &step = m_steps[index];
            step.phoneNumber = m_numbers.at(index);
            if (r) {
                step.subject = json::toJson(r.value());
            } else {
                m_loadErrors << tr("%1: %2").arg(m_numbers.at(index), r.error().userMessage);
            }
            loadNext();
        });
    }
    if (m_loading == 0 && m_nextLoad >= m_numbers.size()) {
        loaded();
    }
}

void BulkJobDialog::loaded()
{
    // Numbers that could not be read are left out (and said so): the job plans from what each number is now.
    QList<JobStep> steps;
    QStringList numbers;
    for (JobStep step : std::as_const(m_steps)) {
        if (!step.subject.isEmpty()) {
            step.index = int(steps.size());
            steps.append(step);
            numbers.append(step.phoneNumber);
        }
    }
    m_steps = steps;
    m_numbers = numbers;
    m_loaded = true;
    QString text;
    if (m_kind == JobKind::Rent && m_target) {
        text = tr("Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job "
                  "reaches it, the job searches again for another.",
                  nullptr, m_target->count)
                   .arg(m_criteria);
    } else if (m_kind == JobKind::Rent) {
        text = tr("Rent %n number(s) (billable).", nullptr, int(m_steps.size()));
    } else if (m_kind == JobKind::Update) {
        text = tr("Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new "
                  "one is linked.",
                  nullptr, int(m_steps.size()));
    } else {
        text = tr("Release %n number(s) at the end of their paid periods. This cannot be undone.", nullptr,
                  int(m_steps.size()));
    }
    if (!m_loadErrors.isEmpty()) {
        text += QLatin1Char('\n')
            + (m_kind == JobKind::Rent ? m_loadErrors.join(QLatin1Char('\n'))
                                       : tr("Left out, could not be read: %1").arg(m_loadErrors.join(QStringLiteral("; "))));
    }
    m_intro->setText(text);
    refreshPreview();
}

JobSpec BulkJobDialog::spec() const
{
    JobSpec spec;
    spec.kind = m_kind;
    spec.rentTarget = m_target;
    if (m_kind == JobKind::Update && m_nameEdit) {
        spec.update.displayNameTemplate = textOf(m_nameEdit);
        spec.update.servicePlanId = textOf(m_planEdit);
        spec.update.campaignId = textOf(m_campaignEdit);
        spec.update.callbackUrl = textOf(m_callbackEdit);
    }
    return spec;
}

void BulkJobDialog::refreshPreview()
{
    if (!m_loaded || !m_jobId.isEmpty()) {
        if (!m_jobId.isEmpty() && m_table->rowCount() == 0) {
            const auto info = m_journal->job(m_jobId);
            const JobPreview preview = previewJob(info ? info->spec : spec(), m_steps);
            m_table->setRowCount(int(m_steps.size()));
            for (int row = 0; row < m_steps.size(); ++row) {
                m_table->setItem(row, NumberColumn, new QTableWidgetItem(m_steps.at(row).phoneNumber));
                m_table->setItem(row, ChangeColumn, new QTableWidgetItem(previewText(preview.steps.at(row))));
                m_table->setItem(row, StateColumn, new QTableWidgetItem());
                stepChanged(row);
            }
            m_table->resizeRowsToContents();
        }
        return;
    }
    const JobPreview preview = previewJob(spec(), m_steps);
    m_table->setRowCount(int(m_steps.size()));
    for (int row = 0; row < m_steps.size(); ++row) {
        const StepPreview &p = preview.steps.at(row);
        m_table->setItem(row, NumberColumn, new QTableWidgetItem(p.phoneNumber));
        m_table->setItem(row, ChangeColumn, new QTableWidgetItem(previewText(p)));
        m_table->setItem(row, StateColumn, new QTableWidgetItem());
    }
    QStringList totals;
    if (!preview.setup.isEmpty()) {
        totals << tr("Setup prices: %1").arg(totalsText(preview.setup, true));
    }
    if (!preview.recurringStart.isEmpty()) {
        totals << tr("Recurring prices that start: %1").arg(totalsText(preview.recurringStart));
    }
    if (!preview.recurringStop.isEmpty()) {
        totals << tr("Recurring prices that stop: %1").arg(totalsText(preview.recurringStop));
    }
    if (m_kind == JobKind::Update) {
        totals << tr("No price changes.");
        if (preview.nothingToChange > 0) {
            totals << tr("%n number(s) already have these settings: nothing is sent for them.", nullptr,
                         preview.nothingToChange);
        }
    }
    m_totals->setText(totals.join(QLatin1Char('\n')));
    m_table->resizeRowsToContents();
    updateStartButton();
}

void BulkJobDialog::updateStartButton()
{
    const int count = int(m_steps.size());
    const bool typeCount = count > 10 && m_jobId.isEmpty();
    m_countLabel->setVisible(typeCount);
    m_countEdit->setVisible(typeCount);
    m_countLabel->setText(tr("To confirm, type the number of numbers (%1):").arg(count));
    bool ok = m_loaded && count > 0 && !isRunning() && !m_finished && !m_runner;
    if (ok && typeCount) {
        ok = m_countEdit->text().trimmed() == QString::number(count);
    }
    if (ok && m_kind == JobKind::Update && m_jobId.isEmpty()) {
        ok = !spec().update.isEmpty();
    }
    if (!m_jobId.isEmpty()) {
        ok = m_loaded && !m_runner;
    }
    m_startButton->setEnabled(ok);
}

bool BulkJobDialog::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void BulkJobDialog::start()
{
    if (!m_pipeline || m_runner) {
        return;
    }
    if (m_jobId.isEmpty()) {
        const ActivityRecorder::Identity identity =
            m_pipeline->recorder() ? m_pipeline->recorder()->identity() : ActivityRecorder::Identity();
        m_jobId = m_journal->create(spec(), identity.profile, identity.projectId, m_steps);
        if (m_jobId.isEmpty()) {
            m_intro->setText(m_journal->errorString());
            return;
        }
    }
    for (QLineEdit *edit : {m_nameEdit, m_planEdit, m_campaignEdit, m_callbackEdit, m_countEdit}) {
        if (edit) {
            edit->setEnabled(false);
        }
    }
    m_startButton->setEnabled(false);
    attachRunner();
    m_progress->setRange(0, int(m_steps.size()));
    m_progress->setVisible(true);
    m_pauseButton->setEnabled(true);
    m_cancelJobButton->setEnabled(true);
    m_intro->setText(tr("Job %1 is running.").arg(m_jobId));
    m_runner->start();
}

void BulkJobDialog::attachRunner()
{
    m_runner = new JobRunner(m_pipeline, m_journal, m_jobId, this);
    m_runner->load();
    connect(m_runner, &JobRunner::stepChanged, this, &BulkJobDialog::stepChanged);
    connect(m_runner, &JobRunner::progressChanged, this, [this](int finished, int) {
        m_progress->setValue(finished);
        showCounts();
    });
    connect(m_runner, &JobRunner::finished, this, &BulkJobDialog::runnerFinished);
    connect(m_runner, &JobRunner::stepsAdded, this, &BulkJobDialog::stepsAdded);
    connect(m_runner, &JobRunner::searchingAgain, this, [this](int wanted) {
        m_intro->setText(tr("Job %1: offers were taken by someone else; searching again for %n more number(s)…",
                            nullptr, wanted)
                             .arg(m_jobId));
    });
}

void BulkJobDialog::stepChanged(int index)
{
    if (index < 0 || index >= m_table->rowCount()) {
        return;
    }
    const JobStep &step = m_runner ? m_runner->steps().at(index) : m_steps.at(index);
    QTableWidgetItem *item = m_table->item(index, StateColumn);
    if (item) {
        item->setText(JobKinds::displayName(step.state));
        item->setToolTip(step.detail);
    }
}

void BulkJobDialog::showCounts()
{
    if (!m_runner) {
        return;
    }
    const qint64 left = m_runner->estimatedRemainingMs();
    QString text = tr("%1 done, %2 not done, %3 unknown, %4 to go.")
                       .arg(m_runner->count(JobStepState::Done) + m_runner->count(JobStepState::DoneByOther))
                       .arg(m_runner->count(JobStepState::NotDone))
                       .arg(m_runner->count(JobStepState::Unknown))
                       .arg(m_runner->count(JobStepState::Pending) + m_runner->count(JobStepState::Sending));
    if (left >= 0 && m_runner->isRunning()) {
        text += QLatin1Char(' ') + tr("About %n second(s) left.", nullptr, int((left + 999) / 1000));
    }
    m_totals->setText(text);
}

void BulkJobDialog::runnerFinished()
{
    m_pauseButton->setEnabled(false);
    showCounts();
    const JobInfo::State state = m_runner->info().state;
    if (!m_runner->errorString().isEmpty()) {
        m_intro->setText(tr("Job %1 stopped: %2").arg(m_jobId, m_runner->errorString()));
    } else if (state == JobInfo::State::Paused) {
        m_intro->setText(tr("Job %1 is paused.").arg(m_jobId));
        m_startButton->setText(tr("Resume"));
        m_startButton->setEnabled(true);
        disconnect(m_startButton, &QPushButton::clicked, this, nullptr);
        connect(m_startButton, &QPushButton::clicked, this, [this] {
            m_startButton->setEnabled(false);
            m_pauseButton->setEnabled(true);
            m_runner->start();
        });
        return;
    } else {
        QString text = state == JobInfo::State::Cancelled ? tr("Job %1 was cancelled.").arg(m_jobId)
                                                          : tr("Job %1 finished.").arg(m_jobId);
        if (!m_runner->shortfall().isEmpty()) {
            text += QLatin1Char(' ') + m_runner->shortfall();
        }
        m_intro->setText(text);
    }
    m_finished = true;
    m_cancelJobButton->setEnabled(false);
    const bool retry = std::any_of(m_runner->steps().cbegin(), m_runner->steps().cend(), [](const JobStep &s) {
        return s.state == JobStepState::NotDone && s.mayRetry;
    });
    m_retryButton->setEnabled(retry && state != JobInfo::State::Cancelled);
    Q_EMIT jobFinished(m_jobId);
}

QString BulkJobDialog::previewText(const StepPreview &p) const
{
    switch (m_kind) {
    case JobKind::Rent:
        return tr("rent: setup %1, then %2 every %n month(s)", nullptr, p.paymentIntervalMonths)
            .arg(p.setupPrice.isEmpty() ? tr("unknown") : p.setupPrice.toDisplayString(),
                 p.recurringPrice.isEmpty() ? tr("unknown") : p.recurringPrice.toDisplayString());
    case JobKind::Release:
        return p.recurringPrice.isEmpty() ? tr("release")
                                          : tr("release: %1 every %n month(s) stops", nullptr, p.paymentIntervalMonths)
                                                .arg(p.recurringPrice.toDisplayString());
    case JobKind::Update:
        if (p.nothingToChange) {
            return tr("nothing to change");
        }
        break;
    case JobKind::EmergencyDeprovision:
        break;
    }
    return FieldChange::describe(p.changes);
}

QString BulkJobDialog::introText() const
{
    return m_intro->text();
}

QStringList BulkJobDialog::stepNumbers() const
{
    QStringList out;
    for (const JobStep &step : m_runner ? m_runner->steps() : m_steps) {
        out.append(step.phoneNumber);
    }
    return out;
}

int BulkJobDialog::rowCount() const
{
    return m_table->rowCount();
}

QString BulkJobDialog::stateText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, StateColumn);
    return item ? item->text() : QString();
}

QString BulkJobDialog::changeText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ChangeColumn);
    return item ? item->text() : QString();
}

QString BulkJobDialog::totalText() const
{
    return m_totals->text();
}

void BulkJobDialog::reject()
{
    if (isRunning()) {
        // Closing pauses the job; it can be resumed later (the steps in flight finish first).
        m_runner->pause();
        return;
    }
    QDialog::reject();
}

} // namespace nd
