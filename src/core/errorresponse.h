// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

// Non-2xx answers (docs/api.md §3.10) and the Retry-After header.
namespace nd::json {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date, relative to `now`), or -1.
int parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// An Http ApiError from a non-2xx answer: every §3.10 envelope shape, string or number error.code,
// unknown details types, non-JSON or empty bodies (then the status alone), Retry-After.
ApiError parseErrorResponse(int httpStatus, const HeaderList &headers, const QByteArray &body);

} // namespace nd::json
