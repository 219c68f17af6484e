// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "basicresult.h"

namespace nd {

// In core a Result's error is an ApiError unless named otherwise: Result<T> is either a value or an ApiError
// (the template itself is in src/common/basicresult.h, shared with the sandbox).
template<typename T, typename E = ApiError> class Result;

template<> struct ResultErrorTraits<ApiError>
{
    static void normalize(ApiError &error)
    {
        if (error.kind == ApiError::Kind::None) {
            error.kind = ApiError::Kind::Parse; // an error without a kind is still an error
        }
    }
};

} // namespace nd
