// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSet>

#include <memory>

class QTableWidget;

namespace Ui {
class ActivityDialog;
}

namespace nd {

class AuditLog;

// The activity log (notes/audit.md): every billable or destructive call, newest first, with a filter and
// CSV / JSON export. Records that were still pending when the app started were interrupted (the app or the
// machine stopped while the call was out): they are highlighted, and their outcome must be checked.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    enum Column { TimeColumn, ProfileColumn, ProjectColumn, OperationColumn, NumbersColumn, OutcomeColumn,
                  CostColumn, DetailColumn, ColumnCount };

    // `log` is not owned and must outlive the dialog. `interruptedIds`: records pending at app start.
    ActivityDialog(AuditLog *log, const QSet<qint64> &interruptedIds, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    QTableWidget *table() const;
    // Rows not hidden by the filter.
    int visibleRowCount() const;
    // The record id shown in a row.
    qint64 recordId(int row) const;
    bool isHighlighted(int row) const;

    void setFilterText(const QString &text);
    // Write the whole log; false with a message in the dialog's banner on failure.
    bool exportCsv(const QString &filePath);
    bool exportJson(const QString &filePath);

public Q_SLOTS:
    void refresh();

private:
    enum class Format { Csv, Json };
    void applyFilter();
    void askExport(Format format);
    bool exportTo(const QString &filePath, Format format);

    std::unique_ptr<Ui::ActivityDialog> m_ui;
    AuditLog *m_log;
    QSet<qint64> m_interrupted;
};

} // namespace nd
