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

void JsonWriter::appendEscaped(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
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
    value(QString::fromLatin1(latin1Text));
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
