// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callbacklistener.h"
#include "apitypes.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace nd {

class ActionPipeline;
class NumbersClient;
class SignatureCheckTab;
class SendTestTab;

// View → Callback Inspector: a receiver on 127.0.0.1 that lists each callback as it arrives (time, number, event,
// status, failure code in words, signature verdict against the project's secret) with its headers and raw body a
// click away; a button that makes the receiver the callback URL of the numbers selected in the main window
// (through the ActionPipeline; a real profile asks first); a "Check a signature" tab and a "Send test callback"
// tab. The receiver and the verdicts are CallbackListener's (src/core), shared with `numberdesk-cli callbacks`.
class CallbackInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackInspector)

public:
    // What the inspector needs from the main window, read each time it is used (the profile can change).
    struct Context
    {
        std::function<NumbersClient *()> client;
        std::function<ActionPipeline *()> pipeline;
        std::function<QList<ActiveNumber>()> selectedNumbers;
        std::function<bool()> isSandbox;
        std::function<void(const ActiveNumber &)> numberUpdated;
    };

    explicit CallbackInspector(const Context &context, QWidget *parent = nullptr);
    ~CallbackInspector() override;

    // Starts the receiver (port 0: any free port) and reads the project's secret; false when the port is taken.
    bool startReceiver(quint16 port = 0);
    void stopReceiver();
    QUrl receiverUrl() const;
    const QList<CheckedCallback> &callbacks() const { return m_callbacks; }

    QTreeWidget *callbackList() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    SignatureCheckTab *checkTab() const { return m_checkTab; }
    SendTestTab *sendTab() const { return m_sendTab; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QPushButton *useButton() const { return m_useButton; }

Q_SIGNALS:
    void callbackReceived(int row);

private:
    QWidget *buildReceivedTab();
    void add(const CheckedCallback &callback);
    void showDetails();
    void useForSelectedNumbers();
    void setCallbackUrl(const QList<ActiveNumber> &numbers, const QString &url);
    void updateReceiverState();

    Context m_context;
    CallbackListener *m_listener;
    QList<CheckedCallback> m_callbacks;

    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_startStop = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_useButton = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_details = nullptr;
    SignatureCheckTab *m_checkTab = nullptr;
    SendTestTab *m_sendTab = nullptr;
};

} // namespace nd
