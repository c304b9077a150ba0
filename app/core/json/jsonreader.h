#pragma once

#include "core/common/diagnostic.h"
#include "core/json/jsondocument.h"
#include "core/json/jsonpath.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

namespace Versus::Core {

/// Typed reads over a JsonDocument for the schema readers (packs, workshop files): each
/// read checks the type and the limits, and reports what is wrong with the file, line,
/// column and JSON pointer of the offending value, in one set of messages. A read that
/// fails returns a null or empty value, so a reader goes on and reports every problem.
/// The schema readers derive from it privately and add their own sections on top.
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::JsonReader)

public:
    using Node = JsonDocument::Node;
    using Member = JsonDocument::Member;
    using Type = JsonDocument::Type;
    using Keys = std::initializer_list<std::string_view>;
    using ObjectFunction = std::function<void(const Node &element, const JsonPath &path)>;
    using StringFunction = std::function<void(const QString &value, const Node &element, const JsonPath &path)>;
    using MemberFunction = std::function<void(const Member &member, const Node &value, const JsonPath &path)>;

    enum Presence : std::uint8_t { Optional, Required };
    enum class DayPart : std::uint8_t { Required, Optional }; // "2026-01" is a date when the day is optional

    static constexpr int defaultMaxErrors = 200;
    static constexpr int defaultMaxWarnings = 200;
    static constexpr int defaultMaxTextLength = 8000;
    static constexpr int unlimited = std::numeric_limits<int>::max();

    /// maxErrors caps the errors: past it, one "too many problems" error ends the reading.
    /// maxWarnings caps the warnings listed: the others are only counted, and never end
    /// the reading nor refuse the file (a file from a newer Versus may have any number).
    JsonReader(const JsonDocument &doc, QString fileName, int maxErrors = defaultMaxErrors,
               int maxWarnings = defaultMaxWarnings);

    const JsonDocument &document() const { return m_doc; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const { return m_errorCount; }
    /// Every warning, listed or not.
    int warningCount() const { return m_warningCount; }
    /// True once the cap of errors was reached; nothing more is reported.
    bool truncated() const { return m_truncated; }
    /// Call once the reading is done: orders the diagnostics by line and column (stable),
    /// as a reader of the file meets them, and ends them with a line that says how many
    /// warnings were not listed, if any.
    void finish();

    void report(Diagnostic::Severity severity, std::size_t offset, const QString &pointer, const QString &message);
    void error(const Node &node, const JsonPath &path, const QString &message);
    void warning(const Node &node, const JsonPath &path, const QString &message);
    /// The node to report a problem with an object member's key at (its opening quote).
    static Node keyNode(const Member &member) { return Node{.offset = member.keyOffset}; }

    /// How a value reads in a message: a short quoted string, the number, true/false, or its type.
    QString got(const Node &node) const;

    /// Reports "expected <type>, got <value>" unless node has that type.
    bool expect(const Node &node, const JsonPath &path, Type type);
    /// The value of key, or nullptr; a missing Required key is reported at the object.
    const Node *member(const Node &object, const JsonPath &path, std::string_view key, Presence presence);
    /// Reports repeated keys (errors) and keys not in known (warnings: newer files may add keys),
    /// with the known key an unknown one is likely a misspelling of.
    void checkKeys(const Node &object, const JsonPath &path, Keys known);
    /// expect(Object), then checkKeys(known); true when node is an object.
    bool object(const Node &node, const JsonPath &path, Keys known);
    /// An object used as a map (any key): calls each(member, value, path) for every key,
    /// reporting a repeated key as an error and skipping it.
    void forEachMember(const Node &object, const JsonPath &path, const MemberFunction &each);

    /// A string of at most maxLength code points and no control character but tab and
    /// line breaks; null when it is not.
    QString string(const Node &node, const JsonPath &path, int maxLength = defaultMaxTextLength);
    /// string() of a member; a Required text must not be blank either.
    QString text(const Node &object, const JsonPath &path, std::string_view key, Presence presence,
                 int maxLength = defaultMaxTextLength);
    /// A Required id of 1 to 64 characters a-z, 0-9 and "-".
    QString id(const Node &object, const JsonPath &path, std::string_view key = "id");
    /// Reports an id already in seen (with where it was first used), else records it.
    void uniqueId(QHash<QString, qsizetype> &seen, const QString &itemId, const Node &object, const JsonPath &path);
    /// An integer written without fraction or exponent, from min to max.
    std::optional<int> integer(const Node &node, const JsonPath &path, int min, int max);
    /// A number from min up to, not including, maxExclusive.
    std::optional<double> number(const Node &node, const JsonPath &path, double min, double maxExclusive);
    std::optional<bool> boolean(const Node &node, const JsonPath &path);
    /// An absolute http or https URL of at most 2048 characters.
    QUrl url(const Node &object, const JsonPath &path, std::string_view key, Presence presence);
    /// A date YYYY-MM-DD (or YYYY-MM when the day is optional, as the first of the month);
    /// asWritten, if given, receives the text as written.
    QDate date(const Node &object, const JsonPath &path, std::string_view key, Presence presence,
               DayPart day = DayPart::Required, QString *asWritten = nullptr);

    /// An array of min to max objects: calls each(element, path) for each element that is
    /// an object. A longer array is reported and not read.
    void forEach(const Node *array, const JsonPath &path, int min, int max, const ObjectFunction &each);
    /// An array of min to max strings (each read with string()): calls each(value, element,
    /// path) for every valid one. A count out of range is reported, and the strings are read anyway.
    void forEachString(const Node &array, const JsonPath &path, int min, int max, int maxLength,
                       const StringFunction &each);
    /// forEachString() collected into a list.
    QStringList stringArray(const Node &array, const JsonPath &path, int min, int max, int maxLength);

    /// A key that every object may carry and that is never read (such as "$comment").
    void acceptCommentKey(std::string_view key) { m_commentKey = key; }
    /// The candidate that text is most likely a misspelling of (a letter or two off, or
    /// another case), or an empty string.
    static QString closest(std::string_view text, std::span<const std::string_view> candidates);
    static QString closest(const QString &text, const QStringList &candidates);

private:
    /// Reports a count out of range; true when it is in range.
    bool checkCount(const Node &array, const JsonPath &path, int min, int max);
    /// False when a warning would not be listed: it is then only counted, and the caller
    /// need not build its message.
    bool listsWarning();

    const JsonDocument &m_doc;
    std::string_view m_commentKey;
    std::optional<LineIndex> m_lines; // built on the first problem: most files have none
    QString m_fileName;
    QList<Diagnostic> m_diagnostics;
    int m_maxErrors;
    int m_maxWarnings;
    int m_errorCount = 0;
    int m_warningCount = 0;
    bool m_truncated = false;
};

} // namespace Versus::Core
