// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace nd::fuzz {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

} // namespace

void initQt()
{
    static int argc = 1;
    static char name[] = "numberdesk-fuzz";
    static char *argv[] = {name, nullptr};
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietHandler);
    // Intentionally never destroyed: libFuzzer leaves through exit(), and Qt objects must not be torn
    // down from an atexit handler after the sanitizers have started reporting.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

void drainEvents()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "\n==numberdesk-fuzz== invariant broken: %s\n", what);
    if (!detail.isNull()) {
        QByteArray printable;
        for (const char c : detail) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f && c != '\\') {
                printable += c;
            } else {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", u);
                printable += buf;
            }
        }
        std::fprintf(stderr, "==numberdesk-fuzz== detail: %s\n", printable.constData());
    }
    std::fflush(stderr);
    std::abort();
}

std::optional<QByteArray> percentDecodeStrict(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '%') {
            out += c;
            continue;
        }
        if (i + 2 >= text.size())
            return std::nullopt;
        const int hi = hexValue(text.at(i + 1));
        const int lo = hexValue(text.at(i + 2));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

bool isPercentEncodedUnreserved(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (isUnreserved(c))
            continue;
        if (c != '%' || i + 2 >= text.size())
            return false;
        if (hexValue(text.at(i + 1)) < 0 || hexValue(text.at(i + 2)) < 0)
            return false;
        i += 2;
    }
    return true;
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString utf8String(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString utf16String(const uint8_t *data, size_t size)
{
    QString s(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
    if (size >= 2)
        std::memcpy(s.data(), data, (size / 2) * 2);
    return s;
}

} // namespace nd::fuzz
