// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchrun.h"
#include "apitypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class ReleaseDialog;
}

namespace nd {

class ActionPipeline;
class PriceTotals;

// Releases one or more active numbers (destructive, cannot be undone; docs/api.md §4.8, §7.5).
// The dialog itself is the confirmation: it lists the numbers, the recurring charges that stop (summed
// exactly per currency and interval) and what happens; for more than one number the user must type the
// count before Release is enabled. The releases run as a BatchRun through the ActionPipeline (a few at a
// time; a 429 holds them all back and they are sent again; an unclear answer is settled by reading the number
// back), with the outcome per row. Stop lets the ones in flight finish and skips the rest. Afterwards the
// totals say what really stopped, "Retry the Ones Not Done" runs exactly the numbers certainly not released,
// and numbers whose outcome is unknown are listed with what to check.
class ReleaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDialog)

public:
    // The pipeline (and its client) must outlive the dialog.
    ReleaseDialog(ActionPipeline *pipeline, const QList<ActiveNumber> &numbers, QWidget *parent = nullptr);
    ~ReleaseDialog() override;

    QPushButton *releaseButton() const { return m_releaseButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    bool isRunning() const { return m_batch && m_batch->isRunning(); }
    bool isFinished() const { return m_finished; }
    // The warning about numbers with an emergency address (hidden while there is none).
    QLabel *emergencyLabel() const { return m_emergencyLabel; }
    bool emergencyChecksDone() const { return m_emergencyChecks == 0; }
    int rowCount() const;
    // A row skipped because the number was already being released (never part of the run).
    bool isAlreadyReleasing(int row) const;
    // The row's state in the run (Pending for rows not part of it).
    BatchRun::ItemState state(int row) const;
    QString resultText(int row) const;
    QString totalText() const;

    void reject() override;

Q_SIGNALS:
    void numberReleased(const nd::ActiveNumber &number);

private:
    void updateReleaseButton();
    void start();
    void itemStarted(int index);
    void itemFinished(int index);
    void runFinished();
    void retryNotDone();
    int countToRelease() const;
    void showTotals(const PriceTotals &totals, bool afterRun);
    // Asks which of the numbers carry a provisioned emergency (E911) address, and says so above the buttons.
    void checkEmergencyAddresses(ActionPipeline *pipeline);
    void showEmergencyAddresses();

    std::unique_ptr<Ui::ReleaseDialog> m_ui;
    QList<ActiveNumber> m_numbers;
    QList<int> m_itemRow; // batch item -> row
    QList<int> m_rowItem; // row -> batch item, -1 for numbers already releasing
    BatchRun *m_batch = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    bool m_finished = false;
    QLabel *m_emergencyLabel = nullptr;
    int m_emergencyChecks = 0; // still unanswered
    QStringList m_emergencyLines; // "+1 206-555-0100: 221 Pine St, Seattle, WA 98101"
    QStringList m_emergencyUnknown; // numbers whose address could not be checked
};

} // namespace nd
