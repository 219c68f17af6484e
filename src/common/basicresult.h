// SPDX-FileCopyrightText: NumberDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>

namespace nd {

// The one error convention of the project: a function that can fail returns Result<T, E>, a value or an error,
// never a bool with a QString * out-parameter. Core code uses Result<T> (E = ApiError, see src/core/result.h);
// code whose failures are not API failures names its own error type, most often Failure below.

// A failure told in one sentence: a file that cannot be written, a port that cannot be bound, a setting that is
// not valid. `message` is meant for the user (translated where the caller shows it translated).
struct Failure
{
    QString message;
};

// How a Result treats its error type. The default leaves the error as given; src/core/result.h specializes it
// for ApiError, whose "no error" kind must never travel as an error.
template<typename E> struct ResultErrorTraits
{
    static void normalize(E & /*error*/) {}
};

template<typename T, typename E> class Result
{
    static_assert(!std::is_same_v<std::decay_t<T>, std::decay_t<E>>, "a Result's value and error need distinct types");

public:
    using Value = T;
    using Error = E;

    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {}
    Result(E error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
        ResultErrorTraits<E>::normalize(m_error);
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
    // Only on a Result that holds an error (on a success it is a default-constructed E).
    const E &error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error;
};

// Success or an error, nothing else: `return {};` succeeds, `return Failure{...};` fails.
template<typename E> class Result<void, E>
{
public:
    using Value = void;
    using Error = E;

    Result() = default;
    Result(E error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {
        ResultErrorTraits<E>::normalize(m_error);
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    // Asserts success, like value() of a Result that carries one.
    void value() const { Q_ASSERT(!m_failed); }
    const E &error() const { return m_error; }

private:
    bool m_failed = false;
    E m_error;
};

} // namespace nd
