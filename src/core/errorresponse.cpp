// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace nd::json {

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    }
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
        QString t = text;
        if (t.endsWith(QLatin1String(" GMT")) || t.endsWith(QLatin1String(" UTC"))) {
            t.chop(4);
        }
        when = QLocale::c().toDateTime(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid()) {
        return -1;
    }
    const qint64 delta = now.secsTo(when);
    return delta < 0 ? 0 : int(std::min<qint64>(delta, 24 * 3600));
}

ApiError parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    for (const auto &h : headers) {
        if (h.first.compare("retry-after", Qt::CaseInsensitive) == 0) {
            e.retryAfterSeconds = parseRetryAfter(h.second);
            break;
        }
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject eo = error.toObject();
            const QJsonValue code = eo.value(QLatin1String("code"));
            if (code.isDouble()) {
                // Only a finite whole number in range may be cast (1e300 would be undefined behaviour; found by
                // fuzzing); anything else is kept as its shortest text.
                const double d = code.toDouble();
                e.apiCode = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15
                                ? QString::number(qint64(d))
                                : QString::number(d, 'g', 17);
            } else if (code.isString()) {
                e.apiCode = code.toString();
            }
            e.apiMessage = eo.value(QLatin1String("message")).toString();
            e.apiStatus = eo.value(QLatin1String("status")).toString();
            const QJsonValue details = eo.value(QLatin1String("details"));
            if (details.isArray()) {
                e.rawDetails = details.toArray();
                for (const QJsonValue &item : std::as_const(e.rawDetails)) {
                    if (!item.isObject()) {
                        continue;
                    }
                    const QJsonObject d = item.toObject();
                    const QString type = d.value(QLatin1String("type")).toString();
                    const QJsonValue violations = d.value(QLatin1String("fieldViolations"));
                    if (violations.isArray()) {
                        for (const QJsonValue &fv : violations.toArray()) {
                            const QJsonObject fo = fv.toObject();
                            FieldViolation v{fo.value(QLatin1String("field")).toString(),
                                             fo.value(QLatin1String("description")).toString()};
                            if (!v.field.isEmpty() || !v.description.isEmpty()) {
                                e.fieldViolations.append(v);
                            }
                        }
                    }
                    if (type == QLatin1String("ResourceInfo") || d.contains(QLatin1String("resourceType")) ||
                        d.contains(QLatin1String("resourceName"))) {
                        ResourceInfo r;
                        r.type = type;
                        r.resourceType = d.value(QLatin1String("resourceType")).toString();
                        r.resourceName = d.value(QLatin1String("resourceName")).toString();
                        r.owner = d.value(QLatin1String("owner")).toString();
                        r.description = d.value(QLatin1String("description")).toString();
                        e.resources.append(r);
                    }
                }
            }
        } else if (error.isString()) {
            // OAuth2-style: {"error": "invalid_client", "error_description": "..."}
            e.apiStatus = error.toString();
            const QString description = root.value(QLatin1String("error_description")).toString();
            e.apiMessage = description.isEmpty() ? e.apiStatus : description;
        } else if (root.value(QLatin1String("message")).isString()) {
            e.apiMessage = root.value(QLatin1String("message")).toString();
        }
        e.detail = QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(e.apiStatus);
    } else {
        // Not JSON (a gateway page, plain text) or empty: fall back to the status; keep a snippet for logs.
        QString snippet = QString::fromUtf8(body.left(200)).simplified();
        e.detail = snippet.isEmpty() ? QStringLiteral("HTTP %1 (empty body)").arg(httpStatus)
                                     : QStringLiteral("HTTP %1 (non-JSON body: %2)").arg(httpStatus).arg(snippet);
    }
    e.updateHttpMessage();
    return e;
}

} // namespace nd::json
