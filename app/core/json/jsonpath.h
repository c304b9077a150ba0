#pragma once

#include <QString>

#include <string_view>

namespace Versus::Core {

/// Where a value sits in a JSON document, as a chain of keys and indexes that lives
/// on the stack; it becomes a JSON pointer string (RFC 6901) only when a problem is reported.
class JsonPath final {
public:
    JsonPath() = default; // the root
    JsonPath(const JsonPath &parent, std::string_view key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    JsonPath(const JsonPath &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }

    const JsonPath *parent() const { return m_parent; }
    qsizetype index() const { return m_index; }
    /// "" for the root, "/criteria/12/values/django/rating" otherwise.
    QString toString() const;

private:
    const JsonPath *m_parent = nullptr;
    std::string_view m_key;
    qsizetype m_index = -1;
};

} // namespace Versus::Core
