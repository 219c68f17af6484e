// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace nd {

class CallbackSender;
class NumbersClient;

// The inspector's "Send test callback" tab: a sample event of the chosen type and status, signed with the
// project's secret (read from the API), POSTed to a URL the user gives (a customer's endpoint under
// development), and the answer shown. A host other than this computer is confirmed first.
class SendTestTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestTab)

public:
    explicit SendTestTab(std::function<NumbersClient *()> client, QWidget *parent = nullptr);
    ~SendTestTab() override;

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *eventCombo() const { return m_event; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *numberEdit() const { return m_number; }
    QPushButton *sendButton() const { return m_send; }
    QPlainTextEdit *resultView() const { return m_result; }

Q_SIGNALS:
    void answered();

private:
    void send();

    std::function<NumbersClient *()> m_client;
    CallbackSender *m_sender;
    QLineEdit *m_url;
    QComboBox *m_event;
    QComboBox *m_status;
    QLineEdit *m_number;
    QPushButton *m_send;
    QPlainTextEdit *m_result;
};

} // namespace nd
