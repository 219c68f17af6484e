// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availablerent.h"

#include "availablenumbermodel.h"
#include "bulkjobdialog.h"
#include "itemroles.h"
#include "searchpanel.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>

namespace nd {

namespace {

// The box layout that holds `widget` directly (the Available tab's button row), or nullptr.
QBoxLayout *layoutHolding(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent) {
        return nullptr;
    }
    const QList<QBoxLayout *> layouts = parent->findChildren<QBoxLayout *>();
    for (QBoxLayout *layout : layouts) {
        if (layout->indexOf(widget) >= 0) {
            return layout;
        }
    }
    return nullptr;
}

} // namespace

AvailableRentActions::AvailableRentActions(Ui::MainWindow *ui, SearchPanel *search, AvailableNumberModel *available,
                                           std::function<ActionPipeline *()> pipeline, QWidget *window)
    : QObject(window)
    , m_ui(ui)
    , m_search(search)
    , m_available(available)
    , m_pipeline(std::move(pipeline))
    , m_window(window)
{
    // Several offers at once: Ctrl/Shift-click. Activate… still rents one (it needs exactly one row).
    m_ui->availableView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_rentSelected = new QAction(tr("Rent Selec&ted…"), this);
    m_rentSelected->setObjectName(QStringLiteral("actionRentSelected"));
    m_rentSelected->setStatusTip(tr("Rent the selected available numbers as one job, after a preview of the prices"));
    connect(m_rentSelected, &QAction::triggered, this, &AvailableRentActions::rentSelected);
    m_rentSeveral = new QAction(tr("Rent Several &Matching…"), this);
    m_rentSeveral->setObjectName(QStringLiteral("actionRentSeveral"));
    m_rentSeveral->setStatusTip(tr("Rent a number of numbers matching the current search criteria as one job"));
    connect(m_rentSeveral, &QAction::triggered, this, &AvailableRentActions::rentSeveral);

    m_ui->numbersMenu->addSeparator();
    m_ui->numbersMenu->addAction(m_rentSelected);
    m_ui->numbersMenu->addAction(m_rentSeveral);
    m_ui->availableView->addActions({m_rentSelected, m_rentSeveral});

    m_rentSelectedButton = new QPushButton(m_rentSelected->text(), m_ui->activateButton->parentWidget());
    m_rentSelectedButton->setObjectName(QStringLiteral("rentSelectedButton"));
    m_rentSelectedButton->setAccessibleName(tr("Rent the selected numbers"));
    m_rentSelectedButton->setAccessibleDescription(
        tr("Opens a rent job for the selected available numbers; nothing is billed before you confirm"));
    connect(m_rentSelectedButton, &QPushButton::clicked, m_rentSelected, &QAction::trigger);
    if (QBoxLayout *row = layoutHolding(m_ui->activateButton)) {
        row->insertWidget(row->indexOf(m_ui->activateButton) + 1, m_rentSelectedButton);
    }
    QWidget::setTabOrder(m_ui->activateButton, m_rentSelectedButton);

    connect(m_ui->availableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(m_connected); });
    connect(m_search, &SearchPanel::selectionChanged, this, [this] { updateActions(m_connected); });
    updateActions(false);
}

AvailableRentActions::~AvailableRentActions() = default;

void AvailableRentActions::updateActions(bool connected)
{
    m_connected = connected;
    const int selected = int(m_ui->availableView->selectionModel()->selectedRows().size());
    m_rentSelected->setEnabled(connected && selected > 0);
    m_rentSelected->setText(selected > 1 ? tr("Rent %n Selec&ted…", nullptr, selected) : tr("Rent Selec&ted…"));
    m_rentSelectedButton->setEnabled(m_rentSelected->isEnabled());
    m_rentSelectedButton->setText(m_rentSelected->text());
    m_rentSeveral->setEnabled(connected && !m_search->currentRegion().regionCode.isEmpty());
}

QList<AvailableNumber> AvailableRentActions::selectedOffers() const
{
    QModelIndexList rows = m_ui->availableView->selectionModel()->selectedRows();
    // In the table's order, not the order of clicking.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AvailableNumber> offers;
    for (const QModelIndex &row : std::as_const(rows)) {
        offers.append(row.data(RecordRole).value<AvailableNumber>());
    }
    return offers;
}

void AvailableRentActions::rentSelected()
{
    const QList<AvailableNumber> offers = selectedOffers();
    ActionPipeline *pipeline = m_pipeline();
    if (offers.isEmpty() || !pipeline) {
        return;
    }
    watch(BulkJobDialog::openRent(pipeline, offers, m_window));
}

void AvailableRentActions::rentSeveral()
{
    std::optional<AvailableNumberQuery> query = m_search->query();
    if (!query || !m_pipeline()) {
        return; // the search panel said what is missing
    }
    query->size.reset(); // the job searches with the API's largest page
    const QString criteria = m_search->criteriaText(*query);

    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("rentSeveralDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rent Several Matching Numbers"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Rent numbers matching the current search criteria: %1. The next step shows each "
                                "number with its prices and the totals; nothing is rented before you confirm.")
                                 .arg(criteria),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *count = new QSpinBox(dialog);
    count->setObjectName(QStringLiteral("countSpin"));
    count->setRange(1, 1000);
    count->setValue(10);
    auto *cap = new QLineEdit(dialog);
    cap->setObjectName(QStringLiteral("maxRecurringEdit"));
    cap->setPlaceholderText(tr("no cap"));
    cap->setToolTip(tr("The most the numbers rented may cost together per billing period, per currency (for "
                       "example 25 or 19.50)"));
    form->addRow(tr("&How many numbers:"), count);
    form->addRow(tr("At most this &recurring total:"), cap);
    layout->addLayout(form);
    auto *capNote = new QLabel(dialog);
    capNote->setObjectName(QStringLiteral("capNote"));
    capNote->setWordWrap(true);
    layout->addWidget(capNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Preview…"));
    layout->addWidget(buttons);
    connect(cap, &QLineEdit::textChanged, dialog, [cap, capNote, ok] {
        const QString text = cap->text().trimmed();
        const std::optional<Decimal> amount = Decimal::parse(text);
        const bool valid = text.isEmpty() || (amount && !(*amount < Decimal()));
        capNote->setText(valid ? QString() : tr("Type an amount such as 25 or 19.50, or leave it empty."));
        ok->setEnabled(valid);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, count, cap, query, criteria] {
        RentTarget target;
        target.query = *query;
        target.count = count->value();
        if (!cap->text().trimmed().isEmpty()) {
            target.maxRecurring = Decimal::parse(cap->text().trimmed());
        }
        dialog->accept();
        if (ActionPipeline *pipeline = m_pipeline()) {
            watch(BulkJobDialog::openRentMatching(pipeline, target, criteria, m_window));
        }
    });
    dialog->open();
}

// Numbers the job rented (or someone else did) are no longer on offer.
void AvailableRentActions::watch(QObject *object)
{
    auto *dialog = qobject_cast<BulkJobDialog *>(object);
    if (!dialog) {
        return;
    }
    connect(dialog, &BulkJobDialog::jobFinished, this, [this, dialog](const QString &jobId) {
        const QStringList numbers = dialog->stepNumbers();
        for (int i = 0; i < numbers.size(); ++i) {
            const QString state = dialog->stateText(i);
            if (state == JobKinds::displayName(JobStepState::Done)
                || state == JobKinds::displayName(JobStepState::DoneByOther)) {
                m_available->removeNumber(numbers.at(i));
            }
        }
        Q_EMIT jobFinished(jobId);
    });
}

} // namespace nd
