// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <utility>

namespace nd::sandbox {

JsonWriter::JsonWriter()
{
    m_hasItems.reserve(16);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out += ',';
        m_hasItems.back() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_hasItems.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_hasItems.pop_back();
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    separate();
    appendEscaped(m_out, name);
    m_out += ':';
    m_afterKey = true;
}

namespace {

// The escapes of RFC 8259 for one byte of UTF-8 (or Latin-1 below 0x80); false when the byte is written as is.
bool appendEscape(QByteArray &out, char c)
{
    static const char hex[] = "0123456789abcdef";
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
    case '"':
        out += "\\\"";
        return true;
    case '\\':
        out += "\\\\";
        return true;
    case '\n':
        out += "\\n";
        return true;
    case '\r':
        out += "\\r";
        return true;
    case '\t':
        out += "\\t";
        return true;
    default:
        if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
            return true;
        }
    }
    return false;
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\';
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, const QString &text)
{
    // Almost every value (numbers, codes, dates, ids, most names) is printable ASCII with nothing to escape: it
    // is copied in one step. A page of 1,000 numbers has about 20,000 of them, so this path matters.
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    qsizetype plain = 0;
    while (plain < size && !needsEscape(chars[plain].unicode()))
        ++plain;
    const qsizetype at = out.size();
    out.resize(at + plain + 1);
    char *p = out.data() + at;
    *p++ = '"';
    for (qsizetype i = 0; i < plain; ++i)
        p[i] = static_cast<char>(chars[i].unicode());
    if (plain < size) {
        const QByteArray utf8 = QStringView(text).mid(plain).toUtf8();
        for (const char c : utf8) {
            if (!appendEscape(out, c))
                out += c;
        }
    }
    out += '"';
}

void JsonWriter::appendEscapedLatin1(QByteArray &out, const char *text)
{
    const char *p = text;
    while (*p && !needsEscape(static_cast<unsigned char>(*p)))
        ++p;
    out += '"';
    out.append(text, p - text);
    for (; *p; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x80) {
            // Latin-1 above ASCII: two bytes of UTF-8.
            out += static_cast<char>(0xC0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else if (!appendEscape(out, *p)) {
            out += *p;
        }
    }
    out += '"';
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendEscaped(m_out, text);
}

void JsonWriter::value(const char *latin1Text)
{
    separate();
    appendEscapedLatin1(m_out, latin1Text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    separate();
    m_out += "null";
}

void JsonWriter::rawValue(const QByteArray &json)
{
    separate();
    m_out += json;
}

QByteArray JsonWriter::take()
{
    m_hasItems.clear();
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

} // namespace nd::sandbox
