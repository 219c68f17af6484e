// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How each API object becomes a row: column names for CSV (stable, untranslated identifiers), titles for
// the table (translated), cell texts, and the JSON object (the API object as received, unknown fields kept).
namespace nd::cli {

struct Column
{
    QString csvName;
    QString title;
    int width = 0;        // fixed width used when a table is streamed
    bool inTable = true;  // some detail columns appear in CSV only
};

struct Record
{
    QStringList cells;      // one per column, in CSV form (raw values)
    QStringList tableCells; // when not empty: one per inTable column, in display form
    QJsonObject json;
};

namespace Records {

QList<Column> activeNumberColumns();
// withJson = false skips building the JSON object (CSV/table listings of many numbers).
Record activeNumber(const ActiveNumber &number, bool withJson = true);

QList<Column> availableNumberColumns();
Record availableNumber(const AvailableNumber &number);

QList<Column> regionColumns();
Record region(const AvailableRegion &region);

QList<Column> emergencyAddressColumns();
Record emergencyAddress(const QString &phoneNumber, const EmergencyAddress &address);

QList<Column> validationColumns();
Record validation(const ValidateEmergencyAddressResponse &response);

QList<Column> callbackColumns(bool withSecret);
Record callbackConfiguration(const CallbackConfiguration &configuration, bool withSecret);

// Helpers shared with the confirmation texts.
QString capabilities(const QList<Capability> &capabilities);
QString dateTime(const QDateTime &dateTime);
QString interval(int months);
QString addressLine(const EmergencyAddress &address);

} // namespace Records

} // namespace nd::cli
