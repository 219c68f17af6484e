// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QString>

// A strict HTTP/1.1 request parser (RFC 9112) with hard limits, fed from a connection's buffer. It decides
// from the headers alone whether a body is acceptable, so an oversized body is refused before it is read.
namespace nd::sandbox {

struct HttpLimits
{
    qsizetype maxRequestLine = 16 * 1024; // 414 above
    qsizetype maxHeaderBytes = 64 * 1024; // 431 above (all header lines together)
    int maxHeaderCount = 100;             // 431 above
    qsizetype maxBodyBytes = 1024 * 1024; // 413 above (Content-Length or the sum of the chunks)
};

class HttpRequestParser final
{
public:
    enum class Status { NeedMore, Complete, Error };

    explicit HttpRequestParser(const HttpLimits &limits = HttpLimits());

    // Consumes bytes from the front of buffer. After Complete, takeRequest() gives the request and the
    // parser is ready for the next one (bytes of a pipelined request stay in buffer). After Error, the
    // connection must be answered with errorStatus() and closed.
    Status feed(QByteArray &buffer);
    HttpRequest takeRequest();

    bool hasStarted() const { return m_stage != Stage::Idle; }      // a byte of a request was consumed
    bool headersComplete() const { return m_stage >= Stage::Body; } // the body (if any) is still to come
    bool expectsContinue() const { return m_expectContinue; }       // "Expect: 100-continue" and a body
    bool keepAlive() const { return m_keepAlive; }                  // valid once the headers are complete
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    const HttpRequest &current() const { return m_request; } // method and path as far as parsed

private:
    enum class Stage { Idle, Head, Body, Chunks, Trailers, Done };

    Status fail(int status, const QString &message);
    Status parseHead(QByteArray &buffer);
    Status parseRequestLine(const QByteArray &line);
    Status parseHeaderLines(const QList<QByteArray> &lines);
    Status parseChunks(QByteArray &buffer);

    HttpLimits m_limits;
    Stage m_stage = Stage::Idle;
    qsizetype m_lineStart = 0;   // head: where the next unscanned line starts in the buffer
    qsizetype m_headerStart = 0; // head: where the header lines start
    QList<QByteArray> m_headerLines;
    qsizetype m_trailerBytes = 0;
    HttpRequest m_request;
    qsizetype m_contentLength = 0;
    bool m_expectContinue = false;
    bool m_keepAlive = true;
    qsizetype m_chunkRemaining = -1; // -1: a chunk-size line comes next
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace nd::sandbox
