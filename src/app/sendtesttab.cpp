// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendtesttab.h"

#include "callbackevent.h"
#include "callbacksender.h"
#include "displaytext.h"
#include "numbersclient.h"
#include "phonenumber.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace nd {

SendTestTab::SendTestTab(std::function<NumbersClient *()> client, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_sender(new CallbackSender(this))
    , m_url(new QLineEdit(this))
    , m_event(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_number(new QLineEdit(QStringLiteral("+12025550134"), this))
    , m_send(new QPushButton(tr("Se&nd"), this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sendTestTab"));
    m_url->setObjectName(QStringLiteral("sendUrl"));
    m_url->setPlaceholderText(tr("Your endpoint, e.g. http://127.0.0.1:8080/sinch/numbers"));
    for (const QString &type : CallbackEvent::sampleEventTypes())
        m_event->addItem(QStringLiteral("%1 (%2)").arg(DisplayText::callbackEventType(type), type), type);
    m_event->setObjectName(QStringLiteral("sendEvent"));
    for (const QString &status : CallbackEvent::sampleStatuses())
        m_status->addItem(status, status);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_number->setObjectName(QStringLiteral("sendNumber"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("N&umber:"), m_number);
    form->addRow(QString(), m_send);
    form->addRow(tr("Result:"), m_result);
    connect(m_send, &QPushButton::clicked, this, &SendTestTab::send);
}

SendTestTab::~SendTestTab() = default;

void SendTestTab::send()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (const QString problem = CallbackSender::checkUrl(url); !problem.isEmpty()) {
        m_result->setPlainText(problem);
        return;
    }
    const Result<QString> number = PhoneNumber::normalize(m_number->text());
    if (!number) {
        m_result->setPlainText(
            tr("'%1' is not a usable phone number: %2").arg(m_number->text(), number.error().userMessage));
        return;
    }
    if (!CallbackSender::isLoopback(url) &&
        QMessageBox::question(
            this, tr("Send a test callback?"),
            tr("Send a signed test event to %1? It is signed with the project's real secret.").arg(url.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    NumbersClient *client = m_client ? m_client() : nullptr;
    if (!client) {
        m_result->setPlainText(tr("Not connected: the project's secret cannot be read."));
        return;
    }
    m_send->setEnabled(false);
    m_result->setPlainText(tr("Reading the project's callback secret…"));
    const QString eventType = m_event->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString phoneNumber = number.value();
    client->getCallbackConfiguration(
        this, [this, url, eventType, status, phoneNumber](const Result<CallbackConfiguration> &config) {
            if (!config) {
                m_send->setEnabled(true);
                m_result->setPlainText(
                    tr("The project's callback secret could not be read: %1").arg(config.error().fullMessage()));
                return;
            }
            const QByteArray body = CallbackEvent::sampleBody(eventType, status, phoneNumber, config.value().projectId);
            m_result->setPlainText(tr("Sending…"));
            m_sender->send(url, body, config.value().hmacSecret, [this](const TestCallbackResult &r) {
                m_send->setEnabled(true);
                QString text = tr("Sent:") + QLatin1Char('\n') + QString::fromUtf8(r.body) + QLatin1Char('\n') +
                               QStringLiteral("X-Sinch-Signature: ") + QString::fromLatin1(r.signature) +
                               QStringLiteral("\n\n");
                if (r.statusCode == 0) {
                    text += tr("No answer: %1").arg(r.error);
                } else {
                    text += tr("Answer: HTTP %1 %2 in %3 ms")
                                .arg(r.statusCode)
                                .arg(QString::fromLatin1(r.reasonPhrase))
                                .arg(r.elapsedMs) +
                            QLatin1Char('\n');
                    for (const auto &h : r.responseHeaders)
                        text += QString::fromUtf8(h.first + ": " + h.second) + QLatin1Char('\n');
                    text += QLatin1Char('\n') + QString::fromUtf8(r.responseBody);
                    if (!r.isSuccess())
                        text += QLatin1Char('\n') + tr("A receiver should answer 2xx to a callback it accepts; Sinch "
                                                       "retries the others.");
                }
                m_result->setPlainText(text);
                Q_EMIT answered();
            });
        });
}

} // namespace nd
