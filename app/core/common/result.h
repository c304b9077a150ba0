#pragma once

#include "core/common/diagnostic.h"

#include <optional>
#include <utility>

namespace Versus::Core {

/// A value, or the problem that stopped it. Core functions that can fail return one of
/// these instead of an empty-string-means-success message or an out-parameter.
/// (Not std::expected: clang 14, which the fuzz and lint builds use, cannot compile
/// libstdc++ 12's <expected>.)
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is the common case
        : m_value(std::move(value))
    {
    }
    Result(Diagnostic error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    /// The problem; a default Diagnostic when there is none.
    const Diagnostic &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Diagnostic m_error;
};

/// Success with nothing to return, or the problem.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Diagnostic error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Diagnostic &error() const { return m_error; }

private:
    bool m_failed = false;
    Diagnostic m_error;
};

/// An error with only a message (and, where it helps, the file it is about).
inline Diagnostic failure(QString message, QString file = {})
{
    Diagnostic d;
    d.file = std::move(file);
    d.message = std::move(message);
    return d;
}

} // namespace Versus::Core
