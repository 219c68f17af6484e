// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionaudit.h"
#include "models.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ReleaseDialog;
}

namespace nd {

class NumbersClient;
class PendingCall;

// Releases one or more active numbers (destructive, cannot be undone; numbers-api.md §4.8, §7.5).
// The dialog itself is the confirmation: it lists the numbers, the recurring charges that stop (summed
// exactly per currency and interval) and what happens; for more than one number the user must type the
// count before Release is enabled. Numbers are released one after another with a result per row; Stop
// lets the one in flight finish and skips the rest. An ambiguous failure is verified with
// GET activeNumbers/{n} (expireAt) and never retried blindly.
class ReleaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDialog)

public:
    enum class Outcome { Pending, Released, AlreadyReleased, NotReleased, Skipped, Gone, Unknown };

    ReleaseDialog(NumbersClient *client, const QList<ActiveNumber> &numbers, QWidget *parent = nullptr);
    ~ReleaseDialog() override;

    QPushButton *releaseButton() const { return m_releaseButton; }
    // Where each release is recorded (the activity log); without one, releasing is refused.
    void setAudit(const ActionAudit &audit) { m_audit = audit; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    Outcome outcome(int row) const;
    QString resultText(int row) const;
    int rowCount() const;

    void reject() override;

Q_SIGNALS:
    void numberReleased(const nd::ActiveNumber &number);

private:
    void updateReleaseButton();
    void start();
    void releaseNext();
    void finishOne(int row, Outcome outcome, const QString &text);
    void verify(int row, const ApiError &original);
    void finishAll();
    int countToRelease() const;
    void finishAudit(AuditOutcome outcome, const QString &detail);

    std::unique_ptr<Ui::ReleaseDialog> m_ui;
    QPointer<NumbersClient> m_client;
    QList<ActiveNumber> m_numbers;
    QList<Outcome> m_outcomes;
    QPushButton *m_releaseButton = nullptr;
    QPointer<PendingCall> m_call;
    int m_current = -1;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_finished = false;
    ActionAudit m_audit;
    qint64 m_auditId = -1; // the record of the release in flight
};

} // namespace nd
