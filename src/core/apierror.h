// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace nd {

struct FieldViolation
{
    QString field;
    QString description;
};

// ResourceInfo detail of a 403/404 (docs/api.md §3.10).
struct ResourceInfo
{
    QString type;
    QString resourceType;
    QString resourceName;
    QString owner;
    QString description;
};

// One problem found with the server's certificate during a TLS handshake (from QSslError). Shown to the
// user with the failure: the error text, and who the certificate was for, who issued it and until when.
struct TlsIssue
{
    QString error;   // QSslError::errorString(), e.g. "The certificate is self-signed, and untrusted"
    QString subject; // certificate subject (CN, O), empty when the error has no certificate
    QString issuer;
    QDateTime expiresAt; // UTC; invalid when unknown

    // "error (certificate: subject; issued by: issuer; valid until: date)", translated.
    QString toString() const;
};

// The one error type of the core. `message()` is translated and meant for users; `detail` is for logs
// and must never contain secrets.
struct ApiError
{
    enum class Kind {
        None,        // no error
        Network,     // connection refused, reset, DNS, closed without a response
        Timeout,     // the transfer timeout expired
        Tls,         // certificate or handshake failure
        Http,        // the server answered with a non-2xx status
        Parse,       // a 2xx answer whose body is not what the spec says
        Validation,  // refused locally before sending (bad E.164, insecure URL, missing credentials, ...)
        Cancelled,   // cancelled by the caller; not shown as an error
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // From the API's error envelope: error.code (number or numeric string), error.status, error.message.
    QString apiCode;
    QString apiStatus;
    QString apiMessage;
    QList<FieldViolation> fieldViolations;
    QList<ResourceInfo> resources;
    QJsonArray rawDetails; // every details[] item as received, unknown types included
    // Retry-After in seconds when the server sent one (429/503), else -1.
    int retryAfterSeconds = -1;
    // Network failures only: false when the request certainly never left (connection refused, host not
    // found), which makes the failure unambiguous.
    bool requestMayHaveBeenSent = true;
    // Tls only: every certificate problem the handshake reported (never ignored, see NumbersClient).
    QList<TlsIssue> tlsIssues;
    // How many times the request was sent before this error was reported (retries of idempotent calls).
    int attempts = 1;
    // Translated, user-facing explanation of the failure ("Number +1206... is not available", ...).
    QString userMessage;
    // Technical detail for logs (URL path without secrets, Qt error string, ...).
    QString detail;

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    // For a 404: the resource type its ResourceInfo names ("AvailableNumber", "ActiveNumber", "EmergencyAddress",
    // ...), empty for a bare 404 or any other error.
    QString notFoundResource() const;
    bool isNotFoundAbout(const QString &resourceType) const
    {
        return isNotFound() && notFoundResource() == resourceType;
    }
    // True when the request may have reached the server and been acted on without us seeing the answer:
    // timeouts, connections closed after sending, and 5xx (docs/api.md §7.4).
    bool isAmbiguous() const;
    // The user-facing message with the API's message, field violations and TLS issues appended, one per line.
    QString fullMessage() const;

    static ApiError validation(const QString &userMessage, const QString &detail = {});
    static ApiError cancelled();
    static ApiError network(const QString &userMessage, const QString &detail, bool mayHaveBeenSent);
    static ApiError timeout(int timeoutMs, const QString &detail = {});
    static ApiError tls(const QString &detail, const QList<TlsIssue> &issues = {});
    static ApiError parse(const QString &userMessage, const QString &detail = {});
    // An Http error for `status`; userMessage is filled from the status and whatever envelope fields are
    // already set (call updateHttpMessage() again after filling them).
    static ApiError http(int status);
    // Recomputes userMessage of an Http error from httpStatus, apiMessage, resources and retryAfterSeconds.
    void updateHttpMessage();
};

} // namespace nd
