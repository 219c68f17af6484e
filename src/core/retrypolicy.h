// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QtGlobal>

namespace nd {

// How NumbersClient retries the requests the request builder lets be re-sent (the GET operations and :validate,
// docs/api.md §3.11).
// Billable or destructive calls (rent, rentAny, update, release, emergency provision/deprovision, callback
// secret update) are never retried: their failures go to the ActionPipeline (src/actions), which reads the
// state instead.
//
// A retry happens after a network error, a timeout, 429, 500, 502, 503 or 504; never after any other 4xx.
// The wait before retry n (n = 1, 2, ...) is "full jitter": uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))].
// A Retry-After on 429/503 (delta-seconds or HTTP date) replaces that wait when honourRetryAfter is set.
// No retry is scheduled when it would end after totalBudgetMs, counted from the first attempt.
struct RetryPolicy
{
    int maxAttempts = 4; // attempts in total, the first one included; 1 disables retries
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int totalBudgetMs = 30000;
    bool honourRetryAfter = true;

    // No retries at all (tests that want to see the first failure).
    static RetryPolicy none()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }

    // Whether `error` is worth another attempt of an idempotent request.
    static bool isRetryable(const ApiError &error);
    // The full-jitter ceiling for retry `retry` (1-based), in milliseconds.
    qint64 backoffCeilingMs(int retry) const;
    // The wait before retry `retry` (1-based) after `error`; random below the ceiling, or the server's Retry-After.
    qint64 delayBeforeRetryMs(int retry, const ApiError &error) const;
};

} // namespace nd
