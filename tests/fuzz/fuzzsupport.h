// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

// Shared by the libFuzzer harnesses in tests/fuzz: Qt set-up and the checks that turn a broken invariant
// into a crash libFuzzer can report (abort() -> "deadly signal" with the input saved as an artifact).
namespace nd::fuzz {

// Creates the one QCoreApplication of the process (call from LLVMFuzzerInitialize) and silences Qt's
// qDebug/qWarning output, which would only slow the fuzzer down; qFatal still aborts.
void initQt();

// Drains posted events (deferred deletes, zero-length timers) so nothing piles up between inputs.
void drainEvents();

// Prints "<harness>: invariant broken: <what>" plus a printable rendering of `detail` and aborts.
[[noreturn]] void fail(const char *what, const QByteArray &detail = {});

inline void check(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// Strict RFC 3986 percent-decoding written independently of Qt and of src/core: every '%' must be
// followed by two hex digits. nullopt when the text is not well-formed.
std::optional<QByteArray> percentDecodeStrict(const QByteArray &text);

// True when every byte is an RFC 3986 unreserved character or part of a "%XX" escape.
bool isPercentEncodedUnreserved(const QByteArray &text);

// The fuzz input as bytes and as the two kinds of QString an attacker can produce: decoded from UTF-8
// (invalid sequences become U+FFFD) or taken raw as UTF-16 (lone surrogates included).
QByteArray bytes(const uint8_t *data, size_t size);
QString utf8String(const uint8_t *data, size_t size);
QString utf16String(const uint8_t *data, size_t size);

} // namespace nd::fuzz
