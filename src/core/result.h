// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace nd {

// Either a value or an ApiError.
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {}
    Result(ApiError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
        if (m_error.kind == ApiError::Kind::None) {
            m_error.kind = ApiError::Kind::Parse; // an error without a kind is still an error
        }
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only on a Result that holds a value: ok() is checked first.
    const T &value() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T &value()
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T takeValue()
    {
        Q_ASSERT(m_value.has_value());
        return std::move(*m_value);
    }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace nd
