// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nd::cli {

class OutputStream;

enum class OutputFormat { Table, Json, Csv };

// Writes records to standard output through a buffer, in one of three formats:
//   table: aligned text in terminal columns (widths from the content up to a cap, or fixed widths when
//          streaming; longer cells are cut with "…", control and bidi characters are neutralised);
//   csv:   a header row and one row per record, RFC 4180 quoting, LF line ends;
//   json:  the API objects; a list is written as {"<key>": [ ... ]} plus optional trailer members.
// Lists can be streamed: addRow() never holds more than the rows since the last flush() (except for
// a non-streamed table, which needs every row to size its columns).
class RecordPrinter final
{
    Q_DISABLE_COPY_MOVE(RecordPrinter)

public:
    // The stream is not owned. After a write fails, output stops (the stream says why).
    RecordPrinter(OutputFormat format, OutputStream *out);
    ~RecordPrinter();

    void beginList(const QList<Column> &columns, const QString &jsonKey, bool streaming);
    void addRow(const Record &record);
    void endList(const QJsonObject &trailer = {});
    // One object: table as "Title  value" lines, csv as header + one row, json as the indented object.
    void printSingle(const QList<Column> &columns, const Record &record);

    // Writes the buffer out and flushes the stream; false when that failed.
    bool flush();
    // The widest a table column may be before its cells are cut (the last column is never cut).
    static constexpr int MaxColumnWidth = 40;
    qint64 rowCount() const { return m_rows; }
    OutputStream *stream() const { return m_out; }

    static QByteArray csvField(const QString &text);

private:
    void write(const QByteArray &bytes);
    void writeTableRow(const QStringList &cells, const QList<int> &widths);
    QStringList tableCells(const Record &record) const;
    QStringList tableTitles() const;

    OutputFormat m_format;
    OutputStream *m_out;
    QByteArray m_buffer;
    QList<Column> m_columns;
    bool m_streaming = false;
    qint64 m_rows = 0;
    QList<QStringList> m_pendingTable; // non-streamed table rows
};

} // namespace nd::cli
