#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace Versus::Core {

/// A line and a column, both counted from 1; the column counts Unicode code points.
struct TextPosition {
    int line = 1;
    int column = 1;
};

/// Turns byte offsets into lines and columns; built once per text, in one pass. A
/// position then costs a binary search and at most one block of bytes, however long
/// the line (a minified file is a single line of megabytes).
class LineIndex final {
public:
    explicit LineIndex(const QByteArray &text);
    TextPosition position(std::size_t offset) const;

private:
    static constexpr std::size_t blockSize = 4096;
    /// Code points that start before offset.
    std::size_t codePointsBefore(std::size_t offset) const;

    QByteArray m_text;
    std::vector<std::size_t> m_lineStarts;
    std::vector<std::size_t> m_blockCodePoints; // code points before each block of blockSize bytes
};

/// A read-only JSON tree that remembers where every key and value starts in the text.
/// Built with simdjson's on-demand parser, which validates the syntax strictly and
/// tells where it stopped; the tree then gives the validator random access.
class JsonDocument final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::JsonDocument)

public:
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

    struct Node {
        Type type = Type::Null;
        bool boolean = false;
        bool isInteger = false; // written without fraction or exponent and fits in 64 bits
        bool outOfRange = false; // valid JSON, but too large for a double
        std::int64_t integer = 0;
        double real = 0;
        std::uint32_t offset = 0; // byte offset of the value in the text
        std::uint32_t textStart = 0; // strings: the unescaped value; numbers: the token
        std::uint32_t textSize = 0;
        std::uint32_t first = 0; // arrays and objects: their members in members()
        std::uint32_t count = 0;
    };
    struct Member {
        std::uint32_t keyStart = 0; // object members: the unescaped key
        std::uint32_t keySize = 0;
        std::uint32_t keyOffset = 0; // byte offset of the key's opening quote
        std::uint32_t node = 0;
    };
    struct SyntaxError {
        std::size_t offset = 0;
        QString message;
    };

    static constexpr int defaultMaxDepth = 64;

    /// Parses UTF-8 text (a leading byte-order mark is skipped). Never throws.
    static std::variant<JsonDocument, SyntaxError> parse(const QByteArray &text, int maxDepth = defaultMaxDepth);

    const Node &root() const { return m_nodes.front(); }
    const Node &node(std::uint32_t index) const { return m_nodes[index]; }
    std::span<const Member> members(const Node &node) const;
    std::string_view key(const Member &member) const;
    std::string_view text(const Node &node) const;
    QString string(const Node &node) const;
    /// The value of key in an object node, or nullptr (the first one if the key repeats).
    const Node *find(const Node &object, std::string_view key) const;

    const QByteArray &sourceText() const { return m_text; }

    /// "a string", "an object", ..., translated: it goes into sentences such as "expected %1, got %2".
    static QString typeName(Type type);

private:
    friend class JsonTreeBuilder;
    JsonDocument() = default;
    /// parse() without the hint that names the broken rule.
    static std::variant<JsonDocument, SyntaxError> parseStrictly(const QByteArray &text, int maxDepth);

    QByteArray m_text;
    std::vector<Node> m_nodes;
    std::vector<Member> m_members;
    std::string m_strings;
};

} // namespace Versus::Core
