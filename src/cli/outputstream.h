// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <cstdio>

namespace nd::cli {

// Standard output as the CLI writes it: every write and flush is checked, so a full disk, a closed descriptor
// or a reader that went away (EPIPE; SIGPIPE is ignored by main()) is noticed at once and never mistaken for
// success. After the first failure every write is dropped and hasFailed() stays true.
class OutputStream final
{
    Q_DECLARE_TR_FUNCTIONS(nd::cli::OutputStream)

public:
    explicit OutputStream(FILE *file);

    bool write(const QByteArray &bytes);
    bool flush();
    bool hasFailed() const { return m_errno != 0; }
    bool isBrokenPipe() const;
    // "standard output could not be written: No space left on device", translated.
    QString errorString() const;
    FILE *file() const { return m_file; }

private:
    bool failed();

    FILE *m_file;
    int m_errno = 0;
};

// The stream as a write-only QIODevice, for writers that take one (the activity log's CSV/JSON export).
class OutputStreamDevice final : public QIODevice
{
public:
    explicit OutputStreamDevice(OutputStream *stream);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    OutputStream *m_stream;
};

} // namespace nd::cli
