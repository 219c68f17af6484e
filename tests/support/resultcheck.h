// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basicresult.h"

#include <QTest>

// QVERIFY for a Result whose error is a Failure: evaluates `expression` once and, when it failed, reports the
// failure's message as the reason.
#define ND_VERIFY_OK(expression)                                                                                     \
    do {                                                                                                             \
        const auto &ndCheckedResult = (expression);                                                                  \
        QVERIFY2(ndCheckedResult.ok(), qPrintable(ndCheckedResult.error().message));                                 \
    } while (false)
