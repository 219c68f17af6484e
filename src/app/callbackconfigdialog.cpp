// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackconfigdialog.h"
#include "ui_callbackconfigdialog.h"

#include "actionpipeline.h"
#include "callbacksignature.h"
#include "confirmation.h"
#include "errorbanner.h"
#include "numbersclient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace nd {

CallbackConfigDialog::CallbackConfigDialog(ActionPipeline *pipeline, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CallbackConfigDialog>())
    , m_pipeline(pipeline)
    , m_client(pipeline ? pipeline->client() : nullptr)
{
    m_ui->setupUi(this);
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save…"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setDefault(true);
    }
    m_ui->projectLabel->setText(m_client ? m_client->connection().projectId : QString());
    // A generated secret (48 characters) is seen whole, in every language and font.
    // (The width of 56 characters of the secret alphabet: room for any 48 of them.)
    const int alphabetWidth = m_ui->secretEdit->fontMetrics().horizontalAdvance(
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"));
    m_ui->secretEdit->setMinimumWidth(alphabetWidth * 56 / 63 + 24);
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setAccessibleName(tr("Copy the secret to the clipboard"));
    m_ui->secretLayout->insertWidget(m_ui->secretLayout->indexOf(m_ui->generateButton), m_copyButton);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->secretEdit->text());
        m_ui->statusLabel->setText(tr("Secret copied to the clipboard."));
        m_ui->statusLabel->setVisible(true);
    });

    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &CallbackConfigDialog::askSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CallbackConfigDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &CallbackConfigDialog::revalidate);
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(shown ? tr("&Hide") : tr("S&how"));
        m_ui->revealButton->setAccessibleName(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this, [this] {
        m_ui->secretEdit->setText(generateSecret());
        m_ui->banner->showInfo(tr("A new random secret was generated. It is not saved until you press Save."));
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_call) {
            m_call->cancel();
        }
    });
    m_ui->secretEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-zA-Z0-9-]{0,64}")), this));
    setBusy(false);
    load();
}

CallbackConfigDialog::~CallbackConfigDialog()
{
    if (m_call) {
        m_call->cancel();
    }
}

QString CallbackConfigDialog::generateSecret()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString secret;
    secret.reserve(48);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 48; ++i) {
        secret += QLatin1Char(alphabet[rng->bounded(alphabetSize)]);
    }
    return secret;
}

bool CallbackConfigDialog::isValidSecret(const QString &secret)
{
    return CallbackSignature::isValidSecret(secret);
}

void CallbackConfigDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    m_ui->secretEdit->setEnabled(!busy);
    m_ui->generateButton->setEnabled(!busy);
    revalidate();
}

void CallbackConfigDialog::revalidate()
{
    const QString secret = m_ui->secretEdit->text();
    QString hint;
    if (!secret.isEmpty() && !isValidSecret(secret)) {
        hint = tr("The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).",
                  nullptr, int(secret.size()));
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    const bool changed = secret != m_savedSecret;
    m_saveButton->setEnabled(!m_busy && m_loaded && isValidSecret(secret) && changed);
    m_copyButton->setEnabled(!secret.isEmpty());
    // Nothing to cancel once what is shown is what is saved.
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(m_loaded && !changed ? tr("&Close") : tr("&Cancel"));
    }
}

void CallbackConfigDialog::load()
{
    setBusy(true, tr("Loading the callback configuration…"));
    m_call = m_client->getCallbackConfiguration(this, [this](const Result<CallbackConfiguration> &r) {
        m_loaded = true; // even on 404: saving then creates the configuration
        if (r.ok()) {
            m_savedSecret = r.value().hmacSecret;
            m_ui->secretEdit->setText(m_savedSecret);
            setBusy(false);
            if (m_savedSecret.isEmpty()) {
                m_ui->banner->showInfo(tr("No signing secret is set. Generate one and save it."));
            }
            return;
        }
        setBusy(false);
        if (r.error().isNotFound()) {
            m_ui->banner->showInfo(tr("This project has no callback configuration yet; saving a secret creates it."));
        } else if (r.error().isCancelled()) {
            m_loaded = false;
            m_ui->banner->showWarning(tr("Loading was stopped. Close and reopen the dialog to try again."));
        } else {
            m_loaded = false;
            m_ui->banner->showError(r.error());
        }
        revalidate();
    });
}

void CallbackConfigDialog::askSave()
{
    const QString secret = m_ui->secretEdit->text();
    if (!isValidSecret(secret) || m_busy) {
        return;
    }
    Confirmation::ask(this, QMessageBox::Warning, tr("Change Signing Secret"),
                      tr("Change the callback signing secret of project %1?").arg(m_client->connection().projectId),
                      tr("From now on, events are signed with the new secret. Receivers that still use the old "
                         "secret will reject them until you update them. Copy the new secret to your receivers."),
                      tr("&Change Secret"), [this, secret] { save(secret); });
}

void CallbackConfigDialog::save(const QString &secret)
{
    if (!m_pipeline) {
        return;
    }
    m_ui->banner->clear();
    setBusy(true, tr("Saving the new secret…"));
    m_action = m_pipeline->run(ActionRequest::changeCallbackSecret(secret), this,
                               [this](const Outcome &outcome) { saved(outcome); });
    if (m_action) {
        connect(m_action, &ActionCall::phaseChanged, this, [this](ActionCall::Phase phase) {
            if (phase == ActionCall::Phase::Checking) {
                setBusy(true, tr("No clear answer; reading the secret back to see whether it changed…"));
            } else if (phase == ActionCall::Phase::Waiting) {
                setBusy(true, tr("The server is busy (rate limit): waiting to send again…"));
            }
        });
    }
}

void CallbackConfigDialog::saved(const Outcome &outcome)
{
    m_action = nullptr;
    setBusy(false);
    switch (outcome.kind) {
    case OutcomeKind::Done:
    case OutcomeKind::DoneByOther:
        if (outcome.callbackConfiguration) {
            m_savedSecret = outcome.callbackConfiguration->hmacSecret;
        }
        setBusy(false, tr("Saved."));
        m_ui->banner->showInfo(outcome.reconciled ? outcome.explanation + QLatin1Char('\n')
                                       + tr("The new secret is active. Update your receivers now.")
                                                  : tr("The new secret is active. Update your receivers now."));
        Q_EMIT secretSaved();
        return;
    case OutcomeKind::NotDone:
        m_ui->banner->showError(outcome.explanation);
        return;
    case OutcomeKind::Unknown:
        m_ui->banner->showError(outcome.explanation + QLatin1Char('\n')
                                + tr("Reopen this dialog to see the current secret before saving again."));
        return;
    }
}

void CallbackConfigDialog::reject()
{
    if (m_action) {
        // Closing would hide the outcome of a change that is out: stop it instead; the outcome is then shown.
        m_action->cancel();
        return;
    }
    if (m_call) {
        m_call->cancel();
    }
    QDialog::reject();
}

} // namespace nd
