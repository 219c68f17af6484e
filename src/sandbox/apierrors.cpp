// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierrors.h"

#include "jsonwriter.h"

namespace nd::sandbox {

namespace {

void writeResourceInfo(JsonWriter &w, const char *resourceType, const QString &resourceName)
{
    w.beginObject();
    w.field("type", "ResourceInfo");
    w.field("resourceType", resourceType);
    w.field("resourceName", resourceName);
    w.field("owner", "");
    w.field("description", "");
    w.endObject();
}

} // namespace

HttpResponse jsonResponse(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse errorResponse(int code, const char *status, const QString &message,
                           const std::function<void(JsonWriter &)> &details)
{
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", code);
    w.field("message", message);
    w.field("status", status);
    w.key("details");
    w.beginArray();
    if (details)
        details(w);
    w.endArray();
    w.endObject();
    w.endObject();
    return jsonResponse(code, w.take());
}

HttpResponse invalidArgument(const QString &message, const Violations &violations)
{
    return errorResponse(400, "INVALID_ARGUMENT", message, [&](JsonWriter &w) {
        if (violations.isEmpty())
            return;
        w.beginObject();
        w.field("type", "BadRequest");
        w.key("fieldViolations");
        w.beginArray();
        for (const Violation &v : violations) {
            w.beginObject();
            w.field("field", v.field);
            w.field("description", v.description);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    });
}

HttpResponse invalidArgument(const Violations &violations)
{
    const QString message =
        violations.size() == 1
            ? QStringLiteral("Invalid argument: %1: %2").arg(violations.first().field, violations.first().description)
            : QStringLiteral("Invalid argument");
    return invalidArgument(message, violations);
}

HttpResponse invalidArgument(const QString &field, const QString &description)
{
    return invalidArgument({{field, description}});
}

HttpResponse notFound(const QString &message, const char *resourceType, const QString &resourceName)
{
    return errorResponse(404, "NOT_FOUND", message,
                         [&](JsonWriter &w) { writeResourceInfo(w, resourceType, resourceName); });
}

HttpResponse numberNotFound(const QString &number)
{
    return notFound(QStringLiteral("Number %1 not found").arg(number), "ActiveNumber", number);
}

HttpResponse unknownPath(const QByteArray &rawPath)
{
    return errorResponse(404, "NOT_FOUND", QStringLiteral("No such resource: %1").arg(QString::fromUtf8(rawPath)));
}

HttpResponse unauthenticated(const QString &message, const QByteArray &wwwAuthenticate)
{
    HttpResponse r = errorResponse(401, "UNAUTHENTICATED", message);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), wwwAuthenticate});
    return r;
}

HttpResponse methodNotAllowed(const QByteArray &method, const QByteArray &allowed)
{
    HttpResponse r = errorResponse(405, "METHOD_NOT_ALLOWED",
                                   QStringLiteral("Method %1 is not allowed here; allowed: %2")
                                       .arg(QString::fromLatin1(method), QString::fromLatin1(allowed)));
    r.headers.append({QByteArrayLiteral("Allow"), allowed});
    return r;
}

HttpResponse injectedServerError(int status, const QString &message)
{
    return errorResponse(status, status == 503 ? "UNAVAILABLE" : "INTERNAL", message);
}

HttpResponse injectedTooManyRequests(const QString &message, bool retryAfter)
{
    HttpResponse r = errorResponse(429, "RESOURCE_EXHAUSTED", message);
    if (retryAfter)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return r;
}

} // namespace nd::sandbox
