// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A number event as a receiver gets it (docs/api.md §6.2): read from the raw body, and made up as a signed test
// sample. Every field is optional on the wire; unknown fields are ignored here (the raw body is kept by callers).
namespace nd {

struct CallbackEvent
{
    bool isJson = false; // the body is a JSON object
    QString eventId;
    QDateTime timestamp; // UTC; invalid when absent
    QString projectId;
    QString resourceId; // the E.164 number for number events
    QString resourceType;
    QString eventType;
    QString status;
    QString failureCode; // "" for null or absent
    QString internalFailureCode;

    static CallbackEvent parse(const QByteArray &body);

    // The event types and statuses a test sample can have (§6.2).
    static QStringList sampleEventTypes();
    static QStringList sampleStatuses();
    // The failure code Sinch puts in a FAILED event of this type: none for the SMS platform, the voice
    // platform's own code, a campaign code for campaign events.
    static QString sampleFailureCode(const QString &eventType);
    // A compact one-line event in the field order of §6.2, with a fresh ULID-like eventId and the time now.
    static QByteArray sampleBody(const QString &eventType, const QString &status, const QString &phoneNumber,
                                 const QString &projectId);
};

} // namespace nd
