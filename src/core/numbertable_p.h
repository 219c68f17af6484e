// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The keys NumberTable derives from a number's fields, shared by its two halves (building rows, reading images).

#include "apitypes.h"

namespace nd::detail {

// Monthly price as a decimal at a fixed scale of 6 (micro-units), saturating; unparsable amounts sort first.
qint64 priceKeyOf(const Money &money);
// 1 SMS, 2 voice, 4 anything else.
int capabilityMask(const QList<Capability> &capabilities);
// 0 nothing pending, 1 waiting, 2 in progress, 3 failed: the worst of SMS and voice.
int provisioningRank(const std::optional<SmsConfiguration> &sms, const std::optional<VoiceConfiguration> &voice);
// "+" and 1 to 17 ASCII digits, as one integer that orders like the strings do; -1 for anything else.
qint64 numberKeyOf(QStringView e164);
// Dates as ms since the epoch; unset dates as NumberTable::noDate() (the minimum, sorting first).
qint64 msOf(const QDateTime &dateTime);
// Whether msOf() and QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) give the value back exactly.
bool isPlainUtc(const QDateTime &dateTime);

} // namespace nd::detail
