// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionaudit.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class CallbackConfigDialog;
}

namespace nd {

class NumbersClient;
class PendingCall;

// Shows and rotates the project's callback signing secret (numbers-api.md §4.14, §4.15, §6.5).
// The secret is masked (with a reveal toggle), validated as typed against ^[a-zA-Z0-9-]{32,64}$ and only
// saved after a confirmation that says receivers on the old secret will reject events.
class CallbackConfigDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackConfigDialog)

public:
    explicit CallbackConfigDialog(NumbersClient *client, QWidget *parent = nullptr);
    ~CallbackConfigDialog() override;

    // 48 characters of [A-Za-z0-9-] from QRandomGenerator::system().
    static QString generateSecret();
    static bool isValidSecret(const QString &secret);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    QPushButton *saveButton() const { return m_saveButton; }
    // Where secret changes are recorded (never the secret itself); without one, saving is refused.
    void setAudit(const ActionAudit &audit) { m_audit = audit; }

    void reject() override;

Q_SIGNALS:
    void secretSaved();

private:
    void load();
    void askSave();
    void save(const QString &secret);
    void revalidate();
    void setBusy(bool busy, const QString &status = {});

    std::unique_ptr<Ui::CallbackConfigDialog> m_ui;
    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QPushButton *m_saveButton = nullptr;
    QString m_savedSecret;
    bool m_loaded = false;
    bool m_busy = false;
    ActionAudit m_audit;
    qint64 m_auditId = -1;
};

} // namespace nd
