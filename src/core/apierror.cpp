// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>
#include <QStringList>

namespace nd {

namespace {

QString notFoundMessage(const ApiError &e)
{
    for (const ResourceInfo &r : e.resources) {
        if (r.resourceType.isEmpty() && r.resourceName.isEmpty()) {
            continue;
        }
        if (r.resourceType == QLatin1String("ActiveNumber")) {
            return r.resourceName.isEmpty()
                       ? QCoreApplication::translate("nd::ApiError",
                                                     "The number is not an active number of this project.")
                       : QCoreApplication::translate("nd::ApiError",
                                                     "The number %1 is not an active number of this project.")
                             .arg(r.resourceName);
        }
        if (r.resourceType == QLatin1String("AvailableNumber")) {
            return r.resourceName.isEmpty()
                       ? QCoreApplication::translate("nd::ApiError", "The number is not available.")
                       : QCoreApplication::translate("nd::ApiError", "The number %1 is not available.")
                             .arg(r.resourceName);
        }
        if (r.resourceType == QLatin1String("CallbackConfiguration")) {
            return r.resourceName.isEmpty()
                       ? QCoreApplication::translate("nd::ApiError",
                                                     "No callback configuration was found for this project.")
                       : QCoreApplication::translate("nd::ApiError",
                                                     "No callback configuration was found for project %1.")
                             .arg(r.resourceName);
        }
        if (r.resourceName.isEmpty()) {
            return QCoreApplication::translate("nd::ApiError", "The %1 was not found.").arg(r.resourceType);
        }
        if (r.resourceType.isEmpty()) {
            return QCoreApplication::translate("nd::ApiError", "%1 was not found.").arg(r.resourceName);
        }
        return QCoreApplication::translate("nd::ApiError", "The %1 %2 was not found.")
            .arg(r.resourceType, r.resourceName);
    }
    if (!e.apiMessage.isEmpty()) {
        return QCoreApplication::translate("nd::ApiError", "Not found (HTTP 404): %1").arg(e.apiMessage);
    }
    return QCoreApplication::translate("nd::ApiError", "Not found (HTTP 404).");
}

} // namespace

QString TlsIssue::toString() const
{
    QStringList parts;
    if (!subject.isEmpty()) {
        parts.append(QCoreApplication::translate("nd::ApiError", "certificate: %1").arg(subject));
    }
    if (!issuer.isEmpty()) {
        parts.append(QCoreApplication::translate("nd::ApiError", "issued by: %1").arg(issuer));
    }
    if (expiresAt.isValid()) {
        parts.append(QCoreApplication::translate("nd::ApiError", "valid until: %1")
                         .arg(expiresAt.toUTC().toString(Qt::ISODate)));
    }
    if (parts.isEmpty()) {
        return error;
    }
    return QCoreApplication::translate("nd::ApiError", "%1 (%2)").arg(error, parts.join(QStringLiteral("; ")));
}

bool ApiError::isAmbiguous() const
{
    switch (kind) {
    case Kind::Timeout:
        return true;
    case Kind::Network:
        return requestMayHaveBeenSent;
    case Kind::Http:
        return httpStatus >= 500;
    case Kind::None:
    case Kind::Tls:
    case Kind::Parse:
    case Kind::Validation:
    case Kind::Cancelled:
        break;
    }
    return false;
}

QString ApiError::fullMessage() const
{
    QString text = userMessage;
    if (!apiMessage.isEmpty() && !text.contains(apiMessage)) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += apiMessage;
    }
    for (const FieldViolation &v : fieldViolations) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += v.field.isEmpty() ? v.description
                                  : QCoreApplication::translate("nd::ApiError", "%1: %2").arg(v.field, v.description);
    }
    for (const TlsIssue &issue : tlsIssues) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("- ") + issue.toString();
    }
    return text;
}

ApiError ApiError::validation(const QString &userMessage, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Validation;
    e.userMessage = userMessage;
    e.detail = detail;
    e.requestMayHaveBeenSent = false;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.userMessage = QCoreApplication::translate("nd::ApiError", "The request was cancelled.");
    return e;
}

ApiError ApiError::network(const QString &userMessage, const QString &detail, bool mayHaveBeenSent)
{
    ApiError e;
    e.kind = Kind::Network;
    e.userMessage = userMessage;
    e.detail = detail;
    e.requestMayHaveBeenSent = mayHaveBeenSent;
    return e;
}

ApiError ApiError::timeout(int timeoutMs, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Timeout;
    const int seconds = (timeoutMs + 999) / 1000;
    e.userMessage = QCoreApplication::translate(
        "nd::ApiError",
        "The server did not answer within %n second(s). The request may still have been carried "
        "out: check the current state before retrying.",
        nullptr, seconds);
    e.detail = detail;
    return e;
}

ApiError ApiError::tls(const QString &detail, const QList<TlsIssue> &issues)
{
    ApiError e;
    e.kind = Kind::Tls;
    e.userMessage = issues.isEmpty()
                        ? QCoreApplication::translate(
                              "nd::ApiError",
                              "A secure connection to the server could not be established (TLS error). Check the URL, "
                              "the system clock and any proxy in between.")
                        : QCoreApplication::translate(
                              "nd::ApiError",
                              "A secure connection to the server could not be established: its certificate was not "
                              "accepted. Check the URL, the system clock, any proxy in between, and whether a company "
                              "CA certificate must be added (CA bundle setting).");
    e.tlsIssues = issues;
    e.detail = detail;
    e.requestMayHaveBeenSent = false;
    return e;
}

ApiError ApiError::parse(const QString &userMessage, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.userMessage = userMessage;
    e.detail = detail;
    return e;
}

ApiError ApiError::http(int status)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.updateHttpMessage();
    return e;
}

void ApiError::updateHttpMessage()
{
    const int status = httpStatus;
    if (status == 400) {
        userMessage =
            apiMessage.isEmpty()
                ? QCoreApplication::translate("nd::ApiError", "The request was rejected as invalid (HTTP 400).")
                : QCoreApplication::translate("nd::ApiError", "The request was rejected: %1").arg(apiMessage);
    } else if (status == 401) {
        userMessage = QCoreApplication::translate(
            "nd::ApiError", "The credentials were rejected (HTTP 401). Check the key id and key secret.");
    } else if (status == 403) {
        userMessage =
            apiMessage.isEmpty()
                ? QCoreApplication::translate(
                      "nd::ApiError",
                      "Permission denied (HTTP 403): this access key or project may not perform this operation.")
                : QCoreApplication::translate("nd::ApiError", "Permission denied (HTTP 403): %1").arg(apiMessage);
    } else if (status == 404) {
        userMessage = notFoundMessage(*this);
    } else if (status == 429) {
        userMessage =
            retryAfterSeconds >= 0
                ? QCoreApplication::translate(
                      "nd::ApiError",
                      "Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).", nullptr,
                      retryAfterSeconds)
                : QCoreApplication::translate(
                      "nd::ApiError", "Too many requests: the server is rate limiting (HTTP 429). Try again later.");
    } else if (status >= 500 && status <= 599) {
        const QString what =
            apiMessage.isEmpty() ? QCoreApplication::translate("nd::ApiError", "no details") : apiMessage;
        userMessage =
            QCoreApplication::translate(
                "nd::ApiError", "Server error (HTTP %1): %2. The operation may or may not have been carried out; check "
                                "the current state before retrying.")
                .arg(status)
                .arg(what);
    } else {
        userMessage = apiMessage.isEmpty()
                          ? QCoreApplication::translate("nd::ApiError", "The server answered with HTTP %1.").arg(status)
                          : QCoreApplication::translate("nd::ApiError", "The server answered with HTTP %1: %2")
                                .arg(status)
                                .arg(apiMessage);
    }
}

QString ApiError::notFoundResource() const
{
    if (!isNotFound()) {
        return {};
    }
    for (const ResourceInfo &r : resources) {
        if (!r.resourceType.isEmpty()) {
            return r.resourceType;
        }
    }
    return {};
}

} // namespace nd
