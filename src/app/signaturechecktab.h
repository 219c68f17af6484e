// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nd {

// The inspector's "Check a signature" tab: paste a raw body, the X-Sinch-Signature value and the secret (and the
// previous secret during a rotation) and see the verdict and the expected signature. Nothing is sent or stored;
// the secret fields are masked.
class SignatureCheckTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignatureCheckTab)

public:
    explicit SignatureCheckTab(QWidget *parent = nullptr);
    ~SignatureCheckTab() override;

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *signatureEdit() const { return m_signature; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *previousSecretEdit() const { return m_previous; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLineEdit *expectedEdit() const { return m_expected; }

private:
    void check();

    QPlainTextEdit *m_body;
    QLineEdit *m_signature;
    QLineEdit *m_secret;
    QLineEdit *m_previous;
    QLabel *m_verdict;
    QLineEdit *m_expected;
};

} // namespace nd
