// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class CallbackConfigDialog;
}

namespace nd {

class ActionCall;
class ActionPipeline;
class NumbersClient;
class PendingCall;
struct Outcome;

// Shows and rotates the project's callback signing secret (docs/api.md §4.14, §4.15, §6.5).
// The secret is masked (with a reveal toggle), validated as typed against ^[a-zA-Z0-9-]{32,64}$ and only
// saved after a confirmation that says receivers on the old secret will reject events. Saving goes through
// the ActionPipeline (recorded without the secret; an unclear answer settled by reading it back).
class CallbackConfigDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackConfigDialog)

public:
    // The pipeline (and its client) must outlive the dialog.
    explicit CallbackConfigDialog(ActionPipeline *pipeline, QWidget *parent = nullptr);
    ~CallbackConfigDialog() override;

    // 48 characters of [A-Za-z0-9-] from QRandomGenerator::system().
    static QString generateSecret();
    static bool isValidSecret(const QString &secret);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    QPushButton *saveButton() const { return m_saveButton; }

    void reject() override;

Q_SIGNALS:
    void secretSaved();

private:
    void load();
    void askSave();
    void save(const QString &secret);
    void saved(const Outcome &outcome);
    void revalidate();
    void setBusy(bool busy, const QString &status = {});

    std::unique_ptr<Ui::CallbackConfigDialog> m_ui;
    QPointer<ActionPipeline> m_pipeline;
    QPointer<NumbersClient> m_client;
    QPointer<PendingCall> m_call;
    QPointer<ActionCall> m_action;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QString m_savedSecret;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace nd
