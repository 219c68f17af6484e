// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturechecktab.h"

#include "callbacksignature.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace nd {

SignatureCheckTab::SignatureCheckTab(QWidget *parent)
    : QWidget(parent)
    , m_body(new QPlainTextEdit(this))
    , m_signature(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_previous(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_expected(new QLineEdit(this))
{
    setObjectName(QStringLiteral("signatureCheckTab"));
    m_body->setObjectName(QStringLiteral("checkBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("The request body exactly as received: every byte counts, even a final newline"));
    m_signature->setObjectName(QStringLiteral("checkSignature"));
    m_signature->setPlaceholderText(tr("The X-Sinch-Signature header value (40 hexadecimal digits)"));
    m_secret->setObjectName(QStringLiteral("checkSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("The project's HMAC secret"));
    m_previous->setObjectName(QStringLiteral("checkPreviousSecret"));
    m_previous->setEchoMode(QLineEdit::Password);
    m_previous->setPlaceholderText(tr("Optional: the previous secret, during a rotation"));
    m_verdict->setObjectName(QStringLiteral("checkVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expected->setObjectName(QStringLiteral("checkExpected"));
    m_expected->setReadOnly(true);
    m_expected->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Raw &body:"), m_body);
    form->addRow(tr("&Signature header:"), m_signature);
    form->addRow(tr("S&ecret:"), m_secret);
    form->addRow(tr("&Previous secret:"), m_previous);
    form->addRow(tr("Verdict:"), m_verdict);
    form->addRow(tr("Expected signature:"), m_expected);

    connect(m_body, &QPlainTextEdit::textChanged, this, &SignatureCheckTab::check);
    for (QLineEdit *edit : {m_signature, m_secret, m_previous})
        connect(edit, &QLineEdit::textChanged, this, &SignatureCheckTab::check);
    check();
}

SignatureCheckTab::~SignatureCheckTab() = default;

void SignatureCheckTab::check()
{
    // A pasted body is taken as typed: QPlainTextEdit holds \n line ends, as a receiver's raw bytes normally do.
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (m_secret->text().isEmpty()) {
        m_verdict->setText(tr("Enter the secret to check the signature."));
        m_expected->clear();
        return;
    }
    const CallbackSignature::Verdict v =
        CallbackSignature::verify(body, m_signature->text().toLatin1(), m_secret->text(), m_previous->text());
    m_verdict->setText(v.summary());
    m_verdict->setStyleSheet(v.valid ? QStringLiteral("color: #1b7f3b; font-weight: bold")
                                     : QStringLiteral("color: #b01c1c; font-weight: bold"));
    m_expected->setText(QString::fromLatin1(v.expected));
}

} // namespace nd
