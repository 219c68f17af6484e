// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialog.h"
#include "ui_activitydialog.h"

#include "auditlog.h"

#include <QBrush>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>

namespace nd {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int InterruptedRole = Qt::UserRole + 2;
// A soft amber that keeps dark text readable in light and dark themes alike.
const QColor InterruptedColor(255, 214, 120);

} // namespace

ActivityDialog::ActivityDialog(AuditLog *log, const QSet<qint64> &interruptedIds, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityDialog>())
    , m_log(log)
    , m_interrupted(interruptedIds)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Project"), tr("Operation"), tr("Numbers"),
                                            tr("Outcome"), tr("Cost effect"), tr("Detail")});
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->interruptedLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ActivityDialog::refresh);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ActivityDialog::applyFilter);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
    refresh();
}

ActivityDialog::~ActivityDialog() = default;

QTableWidget *ActivityDialog::table() const
{
    return m_ui->table;
}

int ActivityDialog::visibleRowCount() const
{
    int n = 0;
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        n += m_ui->table->isRowHidden(row) ? 0 : 1;
    }
    return n;
}

qint64 ActivityDialog::recordId(int row) const
{
    const QTableWidgetItem *item = m_ui->table->item(row, TimeColumn);
    return item ? item->data(IdRole).toLongLong() : -1;
}

bool ActivityDialog::isHighlighted(int row) const
{
    const QTableWidgetItem *item = m_ui->table->item(row, TimeColumn);
    return item && item->data(InterruptedRole).toBool();
}

void ActivityDialog::setFilterText(const QString &text)
{
    m_ui->filterEdit->setText(text);
}

void ActivityDialog::refresh()
{
    m_ui->table->setRowCount(0);
    if (!m_log || (!m_log->isOpen() && !m_log->open())) {
        m_ui->interruptedLabel->setText(tr("The activity log cannot be read: %1")
                                            .arg(m_log ? m_log->errorString() : tr("no activity log is open.")));
        m_ui->interruptedLabel->show();
        return;
    }
    const QList<AuditRecord> records = m_log->records(AuditFilter());
    m_ui->table->setRowCount(int(records.size()));
    int interrupted = 0;
    for (int row = 0; row < records.size(); ++row) {
        const AuditRecord &r = records.at(row);
        const bool wasInterrupted = r.isPending() && m_interrupted.contains(r.id);
        interrupted += wasInterrupted ? 1 : 0;
        QString outcome = r.outcomeText();
        if (wasInterrupted) {
            outcome = tr("Interrupted: check the outcome");
        }
        // Detail: what changed (field: old → new, the address, the secret rotated), else why it ended as it did.
        const QString changes = r.changesText();
        const QStringList texts = {QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                                   r.profile,
                                   r.projectId,
                                   r.operationText(),
                                   r.numbers.join(QLatin1Char(' ')),
                                   outcome,
                                   r.costEffect().displayText(),
                                   changes.isEmpty() ? r.detail : changes};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.value(column));
            if (wasInterrupted) {
                item->setBackground(InterruptedColor);
                item->setForeground(QBrush(Qt::black));
                item->setToolTip(tr("NumberDesk stopped while this action was being sent, so its outcome was never "
                                    "recorded. Look at the number in the main window before repeating it."));
            }
            if (!wasInterrupted && !r.detail.isEmpty()) {
                item->setToolTip(r.detail); // why it ended as it did, in full
            }
            m_ui->table->setItem(row, column, item);
        }
        m_ui->table->item(row, TimeColumn)->setData(IdRole, r.id);
        m_ui->table->item(row, TimeColumn)->setData(InterruptedRole, wasInterrupted);
    }
    m_ui->table->resizeColumnsToContents();
    if (interrupted > 0) {
        m_ui->interruptedLabel->setText(
            tr("%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are "
               "highlighted below. Check each number's state (for example, whether it is in your active numbers) "
               "before you try the action again.",
               nullptr, interrupted));
        m_ui->interruptedLabel->show();
    } else {
        m_ui->interruptedLabel->hide();
    }
    applyFilter();
}

void ActivityDialog::applyFilter()
{
    const QString needle = m_ui->filterEdit->text().trimmed();
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; column < ColumnCount && !match; ++column) {
            const QTableWidgetItem *item = m_ui->table->item(row, column);
            match = item && item->text().contains(needle, Qt::CaseInsensitive);
        }
        m_ui->table->setRowHidden(row, !match);
    }
}

bool ActivityDialog::exportCsv(const QString &filePath)
{
    return exportTo(filePath, Format::Csv);
}

bool ActivityDialog::exportJson(const QString &filePath)
{
    return exportTo(filePath, Format::Json);
}

void ActivityDialog::askExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Activity as CSV") : tr("Export Activity as JSON"),
        csv ? QStringLiteral("numberdesk-activity.csv") : QStringLiteral("numberdesk-activity.json"),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        exportTo(path, format);
    }
}

bool ActivityDialog::exportTo(const QString &filePath, Format format)
{
    QSaveFile file(filePath);
    QString error;
    if (!m_log || !file.open(QIODevice::WriteOnly)) {
        error = m_log ? file.errorString() : tr("no activity log is open.");
    } else {
        const bool ok = format == Format::Csv ? m_log->exportCsv(&file) : m_log->exportJson(&file);
        if (!ok) {
            error = m_log->errorString();
            file.cancelWriting();
        } else if (!file.commit()) {
            error = file.errorString();
        }
    }
    if (!error.isEmpty()) {
        m_ui->interruptedLabel->setText(tr("The activity could not be exported to %1: %2").arg(filePath, error));
        m_ui->interruptedLabel->show();
        return false;
    }
    return true;
}

} // namespace nd
