// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackevent.h"

#include "apidatetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace nd {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

// A JSON string literal, quotes included.
QByteArray quoted(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// §6.2: ULID-like and lower case: 10 characters of time, 16 of randomness, Crockford's base 32.
QString newEventId(qint64 ms)
{
    static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QString id(26, QLatin1Char('0'));
    auto t = static_cast<quint64>(ms);
    for (int i = 9; i >= 0; --i, t >>= 5)
        id[i] = QLatin1Char(alphabet[t & 31]);
    for (int i = 10; i < 26; ++i)
        id[i] = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

} // namespace

CallbackEvent CallbackEvent::parse(const QByteArray &body)
{
    CallbackEvent e;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.isJson = true;
    e.eventId = text(o, "eventId");
    e.timestamp = json::parseDateTime(text(o, "timestamp"));
    e.projectId = text(o, "projectId");
    e.resourceId = text(o, "resourceId");
    e.resourceType = text(o, "resourceType");
    e.eventType = text(o, "eventType");
    e.status = text(o, "status");
    e.failureCode = text(o, "failureCode");
    e.internalFailureCode = text(o, "internalFailureCode");
    return e;
}

QStringList CallbackEvent::sampleEventTypes()
{
    return {QStringLiteral("PROVISIONING_TO_SMS_PLATFORM"),   QStringLiteral("DEPROVISIONING_FROM_SMS_PLATFORM"),
            QStringLiteral("PROVISIONING_TO_CAMPAIGN"),       QStringLiteral("DEPROVISIONING_FROM_CAMPAIGN"),
            QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM"), QStringLiteral("DEPROVISIONING_FROM_VOICE_PLATFORM")};
}

QStringList CallbackEvent::sampleStatuses()
{
    return {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED")};
}

QString CallbackEvent::sampleFailureCode(const QString &eventType)
{
    if (eventType.contains(QLatin1String("CAMPAIGN")))
        return QStringLiteral("CAMPAIGN_PENDING_ACCEPTANCE");
    if (eventType == QLatin1String("PROVISIONING_TO_VOICE_PLATFORM"))
        return QStringLiteral("PROVISIONING_TO_VOICE_PLATFORM_FAILED");
    return QString();
}

QByteArray CallbackEvent::sampleBody(const QString &eventType, const QString &status, const QString &phoneNumber,
                                     const QString &projectId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString timestamp =
        now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000"); // no zone, like Sinch
    const bool failed = status == QLatin1String("FAILED");
    const QString failure = failed ? sampleFailureCode(eventType) : QString();
    QByteArray body =
        "{\"eventId\":" + quoted(newEventId(now.toMSecsSinceEpoch())) + ",\"timestamp\":" + quoted(timestamp) +
        ",\"projectId\":" + quoted(projectId) + ",\"resourceId\":" + quoted(phoneNumber) +
        ",\"resourceType\":\"ACTIVE_NUMBER\",\"eventType\":" + quoted(eventType) + ",\"status\":" + quoted(status) +
        ",\"failureCode\":" + (failure.isEmpty() ? QByteArray("null") : quoted(failure));
    if (failed && eventType.contains(QLatin1String("CAMPAIGN")))
        body += ",\"internalFailureCode\":\"TEST0001\"";
    return body + '}';
}

} // namespace nd
