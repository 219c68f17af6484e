// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <utility>

namespace nd::sandbox {

namespace {

// RFC 9110 §5.6.2 token characters (methods and header names).
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c != 0 && QByteArrayView("!#$%&'*+-.^_`|~").contains(c));
        if (!ok)
            return false;
    }
    return true;
}

bool hasControlCharacters(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QByteArray trimmedOws(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == ' ' || text.at(begin) == '\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return text.mid(begin, end - begin);
}

QByteArray chopCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_stage = Stage::Done;
    return Status::Error;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_stage = Stage::Idle;
    m_lineStart = 0;
    m_headerStart = 0;
    m_headerLines.clear();
    m_trailerBytes = 0;
    m_contentLength = 0;
    m_expectContinue = false;
    m_keepAlive = true;
    m_chunkRemaining = -1;
    return request;
}

HttpRequestParser::Status HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_errorStatus != 0)
        return Status::Error;
    if (m_stage == Stage::Idle) {
        // RFC 9112 §2.2: ignore empty lines before a request line.
        qsizetype skip = 0;
        while (skip < buffer.size() && (buffer.at(skip) == '\r' || buffer.at(skip) == '\n'))
            ++skip;
        buffer.remove(0, skip);
        if (buffer.isEmpty())
            return Status::NeedMore;
        m_stage = Stage::Head;
    }
    if (m_stage == Stage::Head) {
        const Status status = parseHead(buffer);
        if (status != Status::Complete)
            return status;
    }
    if (m_stage == Stage::Body) {
        if (buffer.size() < m_contentLength)
            return Status::NeedMore;
        m_request.body = buffer.left(m_contentLength);
        buffer.remove(0, m_contentLength);
        m_stage = Stage::Done;
        return Status::Complete;
    }
    if (m_stage == Stage::Chunks || m_stage == Stage::Trailers)
        return parseChunks(buffer);
    return m_stage == Stage::Done ? Status::Complete : Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &buffer)
{
    const bool haveRequestLine = !m_request.method.isEmpty();
    for (bool requestLineSeen = haveRequestLine;;) {
        const qsizetype nl = buffer.indexOf('\n', m_lineStart);
        if (nl < 0) {
            const qsizetype pending = buffer.size() - m_lineStart;
            if (!requestLineSeen && pending > m_limits.maxRequestLine + 1) // + 1: the line's CR may be in
                return fail(414,
                            QStringLiteral("the request line is longer than %1 bytes").arg(m_limits.maxRequestLine));
            if (requestLineSeen && buffer.size() - m_headerStart > m_limits.maxHeaderBytes)
                return fail(
                    431, QStringLiteral("the request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return Status::NeedMore;
        }
        const QByteArray line = chopCarriageReturn(buffer.mid(m_lineStart, nl - m_lineStart));
        m_lineStart = nl + 1;
        if (!requestLineSeen) {
            if (line.size() > m_limits.maxRequestLine)
                return fail(414,
                            QStringLiteral("the request line is longer than %1 bytes").arg(m_limits.maxRequestLine));
            if (parseRequestLine(line) == Status::Error)
                return Status::Error;
            requestLineSeen = true;
            m_headerStart = m_lineStart;
            continue;
        }
        if (m_lineStart - m_headerStart > m_limits.maxHeaderBytes)
            return fail(431,
                        QStringLiteral("the request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        if (line.isEmpty())
            break;
        if (m_headerLines.size() >= m_limits.maxHeaderCount)
            return fail(431, QStringLiteral("the request has more than %1 header fields").arg(m_limits.maxHeaderCount));
        m_headerLines.append(line);
    }
    buffer.remove(0, m_lineStart);
    m_lineStart = 0;
    return parseHeaderLines(m_headerLines);
}

HttpRequestParser::Status HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || hasControlCharacters(parts.at(1)))
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() == 8)
            return fail(505, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are supported"));
        return fail(400, QStringLiteral("malformed request line"));
    }
    m_keepAlive = version == "HTTP/1.1";
    QByteArray target = parts.at(1);
    if (!target.startsWith('/')) {
        // Absolute form (RFC 9112 §3.2.2): keep only the path and query.
        const qsizetype scheme = target.indexOf("://");
        const QByteArray lower = target.left(scheme).toLower();
        if (scheme < 0 || (lower != "http" && lower != "https")) {
            if (target != "*")
                return fail(400, QStringLiteral("malformed request target"));
        } else {
            const qsizetype slash = target.indexOf('/', scheme + 3);
            const qsizetype question = target.indexOf('?', scheme + 3);
            if (slash >= 0 && (question < 0 || slash < question))
                target = target.mid(slash);
            else
                target = '/' + (question >= 0 ? target.mid(question) : QByteArray());
        }
    }
    const qsizetype question = target.indexOf('?');
    m_request.method = parts.at(0);
    m_request.rawPath = question < 0 ? target : target.left(question);
    m_request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHeaderLines(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("obsolete header line folding is not accepted"));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
        if (!isToken(name))
            return fail(400, QStringLiteral("malformed header field"));
        const QByteArray value = trimmedOws(line.mid(colon + 1));
        if (hasControlCharacters(value))
            return fail(400, QStringLiteral("control characters in header field %1").arg(QString::fromLatin1(name)));
        m_request.headers.append({name, value});
    }

    QList<QByteArray> lengths;
    QList<QByteArray> encodings;
    QList<QByteArray> connection;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            lengths.append(h.second);
        } else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &e : h.second.split(','))
                encodings.append(trimmedOws(e).toLower());
        } else if (h.first.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &t : h.second.split(','))
                connection.append(trimmedOws(t).toLower());
        } else if (h.first.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_expectContinue = h.second.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    if (!encodings.isEmpty()) {
        // RFC 9112 §6.1: both framings at once is how requests are smuggled.
        if (!lengths.isEmpty())
            return fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
        if (encodings != QList<QByteArray>{"chunked"})
            return fail(501, QStringLiteral("only the chunked transfer coding is supported"));
        m_stage = Stage::Chunks;
        m_chunkRemaining = -1;
        return Status::Complete; // the head is complete; feed() goes on with the chunks
    }
    if (lengths.size() > 1)
        return fail(400, QStringLiteral("more than one Content-Length"));
    if (lengths.size() == 1) {
        // RFC 9110 §8.6: 1*DIGIT. Not "-1", "1e3", "+5", "5, 6" or "0x10".
        const QByteArray &text = lengths.first();
        bool digits = !text.isEmpty() && text.size() <= 18;
        for (const char c : text)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return fail(400, QStringLiteral("invalid Content-Length \"%1\"").arg(QString::fromLatin1(text.left(40))));
        m_contentLength = text.toLongLong();
        if (m_contentLength > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("the request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    }
    m_expectContinue = m_expectContinue && m_contentLength > 0;
    m_stage = Stage::Body;
    return Status::Complete; // the head is complete; feed() goes on with the body
}

HttpRequestParser::Status HttpRequestParser::parseChunks(QByteArray &buffer)
{
    constexpr qsizetype maxChunkLine = 1024;
    while (m_stage == Stage::Chunks) {
        if (m_chunkRemaining < 0) {
            const qsizetype nl = buffer.indexOf('\n');
            if (nl < 0) {
                if (buffer.size() > maxChunkLine + 1)
                    return fail(400, QStringLiteral("malformed chunk size"));
                return Status::NeedMore;
            }
            if (nl > maxChunkLine + 1)
                return fail(400, QStringLiteral("malformed chunk size"));
            const QByteArray line = chopCarriageReturn(buffer.left(nl));
            const QByteArray size = trimmedOws(line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')));
            bool ok = !size.isEmpty() && size.size() <= 15;
            for (const char c : size)
                ok = ok && QByteArrayView("0123456789abcdefABCDEF").contains(c);
            if (!ok)
                return fail(400, QStringLiteral("malformed chunk size"));
            const qsizetype n = size.toLongLong(nullptr, 16);
            if (m_request.body.size() + n > m_limits.maxBodyBytes)
                return fail(413, QStringLiteral("the request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
            buffer.remove(0, nl + 1);
            if (n == 0)
                m_stage = Stage::Trailers;
            else
                m_chunkRemaining = n;
            continue;
        }
        if (buffer.size() < m_chunkRemaining + 1)
            return Status::NeedMore;
        qsizetype end = m_chunkRemaining;
        if (buffer.at(end) == '\r') {
            if (buffer.size() < end + 2)
                return Status::NeedMore;
            ++end;
        }
        if (buffer.at(end) != '\n')
            return fail(400, QStringLiteral("chunk data not followed by CRLF"));
        m_request.body += buffer.left(m_chunkRemaining);
        buffer.remove(0, end + 1);
        m_chunkRemaining = -1;
    }
    while (m_stage == Stage::Trailers) {
        const qsizetype nl = buffer.indexOf('\n');
        if (nl < 0) {
            if (m_trailerBytes + buffer.size() > m_limits.maxHeaderBytes)
                return fail(
                    431, QStringLiteral("the request trailers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return Status::NeedMore;
        }
        m_trailerBytes += nl + 1;
        if (m_trailerBytes > m_limits.maxHeaderBytes)
            return fail(431,
                        QStringLiteral("the request trailers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        const bool last = chopCarriageReturn(buffer.left(nl)).isEmpty();
        buffer.remove(0, nl + 1); // trailer fields are read and ignored
        if (last)
            m_stage = Stage::Done;
    }
    return Status::Complete;
}

} // namespace nd::sandbox
