// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputstream.h"

#include <cerrno>
#include <cstring>

namespace nd::cli {

OutputStream::OutputStream(FILE *file)
    : m_file(file)
{}

bool OutputStream::failed()
{
    m_errno = errno != 0 ? errno : EIO;
    return false;
}

bool OutputStream::write(const QByteArray &bytes)
{
    if (hasFailed()) {
        return false;
    }
    if (bytes.isEmpty()) {
        return true;
    }
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_file) !=
            static_cast<size_t>(bytes.size()) ||
        std::ferror(m_file)) {
        return failed();
    }
    return true;
}

bool OutputStream::flush()
{
    if (hasFailed()) {
        return false;
    }
    errno = 0;
    if (std::fflush(m_file) != 0 || std::ferror(m_file)) {
        return failed();
    }
    return true;
}

bool OutputStream::isBrokenPipe() const
{
    return m_errno == EPIPE;
}

QString OutputStream::errorString() const
{
    if (isBrokenPipe()) {
        return tr("standard output was closed by the program reading it (broken pipe); stopped");
    }
    return tr("standard output could not be written: %1").arg(QString::fromLocal8Bit(std::strerror(m_errno)));
}

OutputStreamDevice::OutputStreamDevice(OutputStream *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 OutputStreamDevice::readData(char *, qint64)
{
    return -1;
}

qint64 OutputStreamDevice::writeData(const char *data, qint64 size)
{
    if (!m_stream->write(QByteArray::fromRawData(data, static_cast<qsizetype>(size)))) {
        setErrorString(m_stream->errorString());
        return -1;
    }
    return size;
}

} // namespace nd::cli
