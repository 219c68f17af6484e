// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfrontend.h"

#include <QList>
#include <QString>

#include <functional>

// The error envelopes of docs/api.md §3.10 / §5.16: {"error": {"code", "message", "status", "details"}},
// with `code` a number equal to the HTTP status. Every error the sandbox answers is built here.
namespace nd::sandbox {

class JsonWriter;

struct Violation
{
    QString field;
    QString description;
};
using Violations = QList<Violation>;

HttpResponse jsonResponse(int status, QByteArray body);

// details writes the elements of the `details` array (nothing = []).
HttpResponse errorResponse(int code, const char *status, const QString &message,
                           const std::function<void(JsonWriter &)> &details = {});

// 400 INVALID_ARGUMENT with one BadRequest detail listing every violation (none = no detail).
HttpResponse invalidArgument(const QString &message, const Violations &violations);
HttpResponse invalidArgument(const Violations &violations); // message from the violations
HttpResponse invalidArgument(const QString &field, const QString &description);

// 404 NOT_FOUND with a ResourceInfo detail.
HttpResponse notFound(const QString &message, const char *resourceType, const QString &resourceName);
HttpResponse numberNotFound(const QString &number); // ActiveNumber
HttpResponse unknownPath(const QByteArray &rawPath);

HttpResponse unauthenticated(const QString &message, const QByteArray &wwwAuthenticate);
HttpResponse methodNotAllowed(const QByteArray &method, const QByteArray &allowed);

// Injected faults (FaultInjector): 500 INTERNAL / 503 UNAVAILABLE, 429 RESOURCE_EXHAUSTED.
HttpResponse injectedServerError(int status, const QString &message);
HttpResponse injectedTooManyRequests(const QString &message, bool retryAfter);

} // namespace nd::sandbox
