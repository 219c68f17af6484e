// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackinspector.h"

#include "actionpipeline.h"
#include "actionrequest.h"
#include "batchrun.h"
#include "confirmation.h"
#include "displaytext.h"
#include "numbersclient.h"
#include "sendtesttab.h"
#include "signaturechecktab.h"
#include "updateplan.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nd {

namespace {

enum Column { TimeColumn, NumberColumn, EventColumn, StatusColumn, FailureColumn, SignatureColumn, ColumnCount };

} // namespace

CallbackInspector::CallbackInspector(const Context &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_listener(new CallbackListener(this))
{
    setObjectName(QStringLiteral("callbackInspector"));
    setWindowTitle(tr("Callback Inspector"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(buildReceivedTab(), tr("&Received"));
    m_checkTab = new SignatureCheckTab(this);
    m_tabs->addTab(m_checkTab, tr("&Check a signature"));
    m_sendTab = new SendTestTab(m_context.client, this);
    m_tabs->addTab(m_sendTab, tr("&Send test callback"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(980, 620);

    connect(m_listener, &CallbackListener::callbackChecked, this, &CallbackInspector::add);
    connect(m_listener, &CallbackListener::secretUnavailable, this, [this](const ApiError &error) {
        m_status->setText(tr("The project's callback secret could not be read, so signatures cannot be checked: %1")
                              .arg(error.fullMessage()));
    });
    startReceiver(0);
}

CallbackInspector::~CallbackInspector() = default;

QWidget *CallbackInspector::buildReceivedTab()
{
    auto *page = new QWidget(this);
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Automatic"));
    m_port->setToolTip(tr("The port on 127.0.0.1 to receive callbacks on; Automatic picks a free one"));
    m_startStop = new QPushButton(page);
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_listener->receiver()->isListening())
            stopReceiver();
        else
            startReceiver(static_cast<quint16>(m_port->value()));
    });
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("receiverUrl"));
    m_url->setReadOnly(true);
    auto *copy = new QPushButton(tr("Cop&y URL"), page);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url->text()); });
    m_useButton = new QPushButton(tr("&Use as Callback URL of Selected Numbers…"), page);
    m_useButton->setObjectName(QStringLiteral("useForSelectedButton"));
    m_useButton->setToolTip(tr("Set this receiver as the callback URL of the numbers selected in the main window"));
    connect(m_useButton, &QPushButton::clicked, this, &CallbackInspector::useForSelectedNumbers);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Port:"), page));
    top->addWidget(m_port);
    top->addWidget(m_startStop);
    top->addWidget(new QLabel(tr("Receiver URL:"), page));
    top->addWidget(m_url, 1);
    top->addWidget(copy);
    top->addWidget(m_useButton);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->setWordWrap(true);

    m_list = new QTreeWidget(page);
    m_list->setObjectName(QStringLiteral("callbackList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Time"), tr("Number"), tr("Event"), tr("Status"), tr("Failure"), tr("Signature")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CallbackInspector::showDetails);

    m_details = new QPlainTextEdit(page);
    m_details->setObjectName(QStringLiteral("callbackDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Click a callback to see its headers, raw body and signature check."));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    return page;
}

bool CallbackInspector::startReceiver(quint16 port)
{
    m_listener->setClient(m_context.client ? m_context.client() : nullptr);
    m_listener->setSecrets(QString()); // the profile may have changed: read the secret afresh
    const Result<void, Failure> listening = m_listener->listen(port);
    if (!listening) {
        m_status->setText(listening.error().message);
    } else {
        m_status->setText(tr("Reading the project's callback secret…"));
        m_listener->loadSecret([this](const std::optional<ApiError> &failure) {
            if (!failure)
                m_status->setText(tr("Listening. Signatures are checked against the project's current secret (and "
                                     "the previous one after a rotation)."));
        });
    }
    updateReceiverState();
    return listening.ok();
}

void CallbackInspector::stopReceiver()
{
    m_listener->close();
    m_status->setText(tr("Stopped: callbacks sent to the URL now fail."));
    updateReceiverState();
}

QUrl CallbackInspector::receiverUrl() const
{
    return m_listener->receiver()->isListening() ? m_listener->receiver()->url() : QUrl();
}

void CallbackInspector::updateReceiverState()
{
    const bool listening = m_listener->receiver()->isListening();
    m_startStop->setText(listening ? tr("S&top") : tr("S&tart"));
    m_port->setEnabled(!listening);
    m_url->setText(listening ? m_listener->receiver()->url().toString() : QString());
    m_useButton->setEnabled(listening);
}

void CallbackInspector::add(const CheckedCallback &c)
{
    m_callbacks.append(c);
    const CallbackEvent &e = c.event;
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, c.request.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    item->setText(NumberColumn, e.resourceId);
    item->setText(EventColumn, e.isJson ? DisplayText::callbackEventType(e.eventType) : tr("(not JSON)"));
    item->setToolTip(EventColumn, e.eventType);
    item->setText(StatusColumn, e.status);
    const QString failure = DisplayText::callbackFailureCode(e.failureCode);
    item->setText(FailureColumn, failure.isEmpty() ? e.internalFailureCode : failure);
    item->setToolTip(FailureColumn,
                     e.failureCode +
                         (e.internalFailureCode.isEmpty() ? QString() : QStringLiteral(" / ") + e.internalFailureCode));
    item->setText(SignatureColumn, c.verdict.valid ? tr("Valid") : tr("Invalid"));
    item->setToolTip(SignatureColumn, c.verdict.summary());
    item->setForeground(SignatureColumn, c.verdict.valid ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x1c, 0x1c));
    if (e.status == QLatin1String("FAILED"))
        item->setForeground(StatusColumn, QColor(0xb0, 0x1c, 0x1c));
    m_list->addTopLevelItem(item);
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    Q_EMIT callbackReceived(int(m_callbacks.size()) - 1);
}

void CallbackInspector::showDetails()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_callbacks.size()) {
        m_details->clear();
        return;
    }
    const CheckedCallback &c = m_callbacks.at(row);
    QString text = tr("Signature: %1").arg(c.verdict.summary()) + QLatin1Char('\n');
    text += tr("Expected X-Sinch-Signature: %1").arg(QString::fromLatin1(c.verdict.expected)) + QLatin1Char('\n');
    if (!c.event.failureCode.isEmpty())
        text += tr("Failure: %1 (%2)").arg(DisplayText::callbackFailureCode(c.event.failureCode), c.event.failureCode) +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + c.request.headerText() + QLatin1Char('\n') + QString::fromUtf8(c.request.body);
    m_details->setPlainText(text);
}

void CallbackInspector::useForSelectedNumbers()
{
    const QList<ActiveNumber> numbers = m_context.selectedNumbers ? m_context.selectedNumbers() : QList<ActiveNumber>();
    const QString url = receiverUrl().toString();
    if (numbers.isEmpty() || url.isEmpty()) {
        m_status->setText(tr("Select one or more numbers in the main window's list of your numbers first."));
        return;
    }
    if (m_context.isSandbox && m_context.isSandbox()) {
        setCallbackUrl(numbers, url);
        return;
    }
    Confirmation::ask(this, QMessageBox::Warning, tr("Use a local callback URL on a real account?"),
                      tr("Set %1 as the callback URL of %n number(s)?", nullptr, int(numbers.size())).arg(url),
                      tr("This profile is not the sandbox. Sinch's servers cannot reach this computer, so events for "
                         "these numbers will be lost until you set their callback URL back."),
                      tr("Set Callback URL"), [this, numbers, url] { setCallbackUrl(numbers, url); });
}

void CallbackInspector::setCallbackUrl(const QList<ActiveNumber> &numbers, const QString &url)
{
    QList<ActionRequest> requests;
    for (const ActiveNumber &n : numbers) {
        DesiredSettings want;
        want.callbackUrl = url;
        const QList<UpdateStep> steps = planUpdate(n, want);
        if (!steps.isEmpty())
            requests.append(ActionRequest::updateNumber(n, steps));
    }
    if (requests.isEmpty()) {
        m_status->setText(tr("The selected numbers already use this callback URL."));
        return;
    }
    auto *batch = new BatchRun(m_context.pipeline(), requests, this);
    m_useButton->setEnabled(false);
    m_status->setText(tr("Setting the callback URL of %n number(s)…", nullptr, int(requests.size())));
    connect(batch, &BatchRun::itemFinished, this, [this, batch](int index) {
        const Outcome &outcome = batch->item(index).outcome;
        if (outcome.activeNumber && m_context.numberUpdated)
            m_context.numberUpdated(*outcome.activeNumber);
    });
    connect(batch, &BatchRun::finished, this, [this, batch] {
        const int done = batch->count(BatchRun::ItemState::Done) + batch->count(BatchRun::ItemState::DoneByOther);
        m_status->setText(tr("Callback URL set on %1 of %n number(s). Their next provisioning events come here.",
                             nullptr, int(batch->items().size()))
                              .arg(done));
        m_useButton->setEnabled(m_listener->receiver()->isListening());
        batch->deleteLater();
    });
    batch->start();
}

} // namespace nd
