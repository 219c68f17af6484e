// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"

#include <QByteArray>
#include <QStringList>

namespace nd {

// The CSV form of active numbers, shared by `numberdesk-cli active list / inventory list --format csv` and the
// app's File → Export, so both write the same columns with the same values: stable, untranslated column names;
// raw values (E.164 numbers, amounts exactly as the API sent them, wire names, UTC ISO 8601 dates).
namespace ActiveNumberCsv {

QStringList columnNames();
QStringList cells(const ActiveNumber &number);
// RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. UTF-8.
QByteArray field(const QString &text);
// The fields joined by commas, ending in '\n'.
QByteArray line(const QStringList &fields);

// Helpers the CLI's other records use too.
QString capabilities(const QList<Capability> &capabilities); // wire names, space-separated
QString dateTime(const QDateTime &dateTime);                 // UTC ISO 8601, empty when invalid
QString smsStatus(const std::optional<SmsConfiguration> &sms);
QString voiceStatus(const std::optional<VoiceConfiguration> &voice);

} // namespace ActiveNumberCsv

} // namespace nd
