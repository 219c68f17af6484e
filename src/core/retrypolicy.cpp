// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace nd {

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502 ||
               error.httpStatus == 503 || error.httpStatus == 504;
    case ApiError::Kind::None:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Cancelled:
        break;
    }
    return false;
}

qint64 RetryPolicy::backoffCeilingMs(int retry) const
{
    const qint64 cap = std::max(0, maxDelayMs);
    qint64 ceiling = std::max(0, baseDelayMs);
    for (int i = 1; i < retry && ceiling < cap; ++i) {
        ceiling *= 2;
    }
    return std::min(ceiling, cap);
}

qint64 RetryPolicy::delayBeforeRetryMs(int retry, const ApiError &error) const
{
    if (honourRetryAfter && error.kind == ApiError::Kind::Http &&
        (error.httpStatus == 429 || error.httpStatus == 503) && error.retryAfterSeconds >= 0) {
        return qint64(error.retryAfterSeconds) * 1000;
    }
    const qint64 ceiling = backoffCeilingMs(retry);
    return ceiling > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1)) : 0;
}

} // namespace nd
