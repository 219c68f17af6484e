// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace nd::sandbox {

// Compact JSON straight into a QByteArray. The sandbox lists up to 1000 numbers per page and walks
// 100,000 numbers in a test, so building QJsonObjects for every record would dominate the time.
// Keys are ASCII literals; string values are escaped per RFC 8259.
class JsonWriter final
{
public:
    JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    void key(const char *name);    // an ASCII literal, written as is
    void key(const QString &name); // any text (escaped), e.g. a phone number from a request path
    void value(const QString &text);
    void value(const char *latin1Text);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag);
    void nullValue();
    void rawValue(const QByteArray &json); // already serialized JSON

    void field(const char *name, const QString &text)
    {
        key(name);
        value(text);
    }
    void field(const char *name, const char *latin1Text)
    {
        key(name);
        value(latin1Text);
    }
    void field(const char *name, qint64 number)
    {
        key(name);
        value(number);
    }
    void field(const char *name, int number)
    {
        key(name);
        value(number);
    }
    void field(const char *name, bool flag)
    {
        key(name);
        value(flag);
    }
    void nullField(const char *name)
    {
        key(name);
        nullValue();
    }

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    const QByteArray &data() const { return m_out; }
    QByteArray take();

    static void appendEscaped(QByteArray &out, const QString &text);
    static void appendEscapedLatin1(QByteArray &out, const char *text);

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_hasItems; // one entry per open container
    bool m_afterKey = false;
};

} // namespace nd::sandbox
