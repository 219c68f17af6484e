// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordprinter.h"

#include "activenumbercsv.h"

#include "outputstream.h"
#include "textwidth.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nd::cli {

namespace {

constexpr int kBufferLimit = 256 * 1024;

QByteArray compactValue(const QJsonValue &value)
{
    // QJsonDocument only holds arrays and objects: serialise inside an array and strip the brackets.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

RecordPrinter::RecordPrinter(OutputFormat format, OutputStream *out)
    : m_format(format)
    , m_out(out)
{
    m_buffer.reserve(kBufferLimit + 4096);
}

RecordPrinter::~RecordPrinter()
{
    flush();
}

QByteArray RecordPrinter::csvField(const QString &text)
{
    return ActiveNumberCsv::field(text);
}

void RecordPrinter::write(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= kBufferLimit) {
        m_out->write(m_buffer);
        m_buffer.clear();
    }
}

bool RecordPrinter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_out->write(m_buffer);
        m_buffer.clear();
    }
    return m_out->flush();
}

QStringList RecordPrinter::tableTitles() const
{
    QStringList titles;
    for (const Column &c : m_columns) {
        if (c.inTable) {
            titles.append(c.title);
        }
    }
    return titles;
}

QStringList RecordPrinter::tableCells(const Record &record) const
{
    if (!record.tableCells.isEmpty()) {
        return record.tableCells;
    }
    QStringList cells;
    for (int i = 0; i < m_columns.size() && i < record.cells.size(); ++i) {
        if (m_columns.at(i).inTable) {
            cells.append(record.cells.at(i));
        }
    }
    return cells;
}

void RecordPrinter::writeTableRow(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i + 1 == cells.size()) {
            line += TextWidth::sanitized(cells.at(i)); // nothing after it to keep aligned
        } else {
            line += TextWidth::fitted(cells.at(i), i < widths.size() ? widths.at(i) : 0) + QStringLiteral("  ");
        }
    }
    // Trailing blanks come from empty last columns.
    while (line.endsWith(QLatin1Char(' '))) {
        line.chop(1);
    }
    line += QLatin1Char('\n');
    write(line.toUtf8());
}

void RecordPrinter::beginList(const QList<Column> &columns, const QString &jsonKey, bool streaming)
{
    m_columns = columns;
    m_streaming = streaming;
    m_rows = 0;
    m_pendingTable.clear();
    switch (m_format) {
    case OutputFormat::Json:
        write("{\n\"" + jsonKey.toUtf8() + "\": [");
        break;
    case OutputFormat::Csv: {
        QByteArray header;
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                header += ',';
            }
            header += csvField(columns.at(i).csvName);
        }
        write(header + '\n');
        break;
    }
    case OutputFormat::Table:
        if (streaming) {
            QList<int> widths;
            for (const Column &c : columns) {
                if (c.inTable) {
                    widths.append(qMax(c.width, TextWidth::columns(c.title)));
                }
            }
            writeTableRow(tableTitles(), widths);
        }
        break;
    }
}

void RecordPrinter::addRow(const Record &record)
{
    ++m_rows;
    switch (m_format) {
    case OutputFormat::Json:
        write((m_rows == 1 ? QByteArrayLiteral("\n  ") : QByteArrayLiteral(",\n  "))
              + QJsonDocument(record.json).toJson(QJsonDocument::Compact));
        break;
    case OutputFormat::Csv: {
        QByteArray line;
        for (int i = 0; i < record.cells.size(); ++i) {
            if (i > 0) {
                line += ',';
            }
            line += csvField(record.cells.at(i));
        }
        line += '\n';
        write(line);
        break;
    }
    case OutputFormat::Table:
        if (m_streaming) {
            QList<int> widths;
            for (const Column &c : m_columns) {
                if (c.inTable) {
                    widths.append(qMax(c.width, TextWidth::columns(c.title)));
                }
            }
            writeTableRow(tableCells(record), widths);
        } else {
            m_pendingTable.append(tableCells(record));
        }
        break;
    }
}

void RecordPrinter::endList(const QJsonObject &trailer)
{
    switch (m_format) {
    case OutputFormat::Json: {
        QByteArray tail = m_rows > 0 ? QByteArrayLiteral("\n]") : QByteArrayLiteral("]");
        for (auto it = trailer.constBegin(); it != trailer.constEnd(); ++it) {
            tail += ",\n\"" + it.key().toUtf8() + "\": " + compactValue(it.value());
        }
        write(tail + "\n}\n");
        break;
    }
    case OutputFormat::Csv:
        break;
    case OutputFormat::Table:
        if (!m_streaming) {
            const QStringList titles = tableTitles();
            QList<int> widths;
            for (const QString &t : titles) {
                widths.append(TextWidth::columns(t));
            }
            for (const QStringList &row : std::as_const(m_pendingTable)) {
                for (int i = 0; i < row.size() && i < widths.size(); ++i) {
                    widths[i] = qMax(widths.at(i), qMin(MaxColumnWidth, TextWidth::columns(row.at(i))));
                }
            }
            writeTableRow(titles, widths);
            for (const QStringList &row : std::as_const(m_pendingTable)) {
                writeTableRow(row, widths);
            }
            m_pendingTable.clear();
        }
        break;
    }
    flush();
}

void RecordPrinter::printSingle(const QList<Column> &columns, const Record &record)
{
    m_columns = columns;
    switch (m_format) {
    case OutputFormat::Json:
        write(QJsonDocument(record.json).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv:
        beginList(columns, QString(), true);
        addRow(record);
        break;
    case OutputFormat::Table: {
        // Vertical layout: every column (CSV-only details included), since there is room for them.
        int width = 0;
        for (const Column &c : columns) {
            width = qMax(width, TextWidth::columns(c.title));
        }
        // Table columns show their display form (e.g. "USD 1.25"), the others their raw value.
        int display = 0;
        for (int i = 0; i < columns.size() && i < record.cells.size(); ++i) {
            QString value = record.cells.at(i);
            if (columns.at(i).inTable && !record.tableCells.isEmpty()) {
                value = record.tableCells.value(display);
            }
            if (columns.at(i).inTable) {
                ++display;
            }
            writeTableRow({columns.at(i).title + QLatin1Char(':'), value}, {width + 1});
        }
        break;
    }
    }
    flush();
}

} // namespace nd::cli
