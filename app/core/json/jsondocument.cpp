#include "core/json/jsondocument.h"

#include "core/json/syntaxhint.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace od = simdjson::ondemand;

namespace {

constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The JSON number grammar (RFC 8259, section 6). simdjson rejects numbers it cannot
// represent, such as 1e999; this tells those apart from malformed ones such as "2.".
bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    return token;
}

QString describe(simdjson::error_code code)
{
    switch (code) {
    case simdjson::TAPE_ERROR:
    case simdjson::INCORRECT_TYPE: return JsonDocument::tr("unexpected character or missing separator");
    case simdjson::STRING_ERROR: return JsonDocument::tr("invalid string (bad escape or character)");
    case simdjson::UNESCAPED_CHARS:
        return JsonDocument::tr("control character inside a string (write it as an escape such as \\n)");
    case simdjson::UNCLOSED_STRING: return JsonDocument::tr("string is not closed");
    case simdjson::UTF8_ERROR: return JsonDocument::tr("the text is not valid UTF-8");
    case simdjson::NUMBER_ERROR: return JsonDocument::tr("invalid number");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR: return JsonDocument::tr("invalid literal (expected true, false or null)");
    case simdjson::EMPTY: return JsonDocument::tr("the document is empty");
    case simdjson::DEPTH_ERROR: return JsonDocument::tr("the document is nested too deeply");
    case simdjson::CAPACITY: return JsonDocument::tr("the document is too large");
    default: return JsonDocument::tr("invalid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(s[i]);
    };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = byte(i);
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            if (c == 0xF4)
                high = 0x8F; // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + length > s.size())
            return i;
        if (byte(i + 1) < low || byte(i + 1) > high)
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

// simdjson's first pass reports some errors without a place; find the place ourselves.
std::size_t locateStage1Error(std::string_view s, simdjson::error_code code)
{
    if (code == simdjson::UTF8_ERROR) {
        const auto at = firstInvalidUtf8(s);
        return at == std::string_view::npos ? 0 : at;
    }
    bool inString = false;
    std::size_t stringStart = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!inString) {
            if (c == '"') {
                inString = true;
                stringStart = i;
            }
        } else if (c == '\\') {
            if (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0x20 && code == simdjson::UNESCAPED_CHARS)
                return i + 1;
            ++i;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20 && code == simdjson::UNESCAPED_CHARS) {
            return i;
        }
    }
    return inString ? stringStart : 0;
}

bool isStage1Error(simdjson::error_code code)
{
    return code == simdjson::UTF8_ERROR || code == simdjson::UNESCAPED_CHARS || code == simdjson::UNCLOSED_STRING;
}

} // namespace

class JsonTreeBuilder final {
public:
    /// input is the text simdjson iterates (without the byte-order mark), base where its
    /// padded copy starts, shift the length of the skipped byte-order mark: offsets in
    /// the tree count from the start of the original text.
    JsonTreeBuilder(JsonDocument &doc, od::document &source, std::string_view input, const char *base,
                    std::size_t shift, int maxDepth)
        : m_doc(doc)
        , m_source(source)
        , m_input(input)
        , m_base(base)
        , m_shift(shift)
        , m_maxDepth(maxDepth)
    {
    }

    bool failed() const { return m_failed; }
    JsonDocument::SyntaxError error() const { return m_error; }

    std::uint32_t offsetOf(const char *p) const { return static_cast<std::uint32_t>(p - m_base + m_shift); }

    // Where the iterator stopped, or the end of the text.
    std::uint32_t here()
    {
        const char *p = nullptr;
        if (m_source.current_location().get(p) == simdjson::SUCCESS)
            return offsetOf(p);
        return static_cast<std::uint32_t>(m_input.size() + m_shift);
    }

    bool fail(std::uint32_t offset, simdjson::error_code code)
    {
        if (isStage1Error(code))
            offset = static_cast<std::uint32_t>(locateStage1Error(m_input, code) + m_shift);
        return fail(offset, describe(code));
    }

    bool fail(std::uint32_t offset, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {offset, message};
        }
        return false;
    }

    std::uint32_t store(std::string_view s)
    {
        const auto start = static_cast<std::uint32_t>(m_doc.m_strings.size());
        m_doc.m_strings.append(s);
        return start;
    }

    std::uint32_t newNode(JsonDocument::Type type, std::uint32_t offset)
    {
        JsonDocument::Node n;
        n.type = type;
        n.offset = offset;
        m_doc.m_nodes.push_back(n);
        return static_cast<std::uint32_t>(m_doc.m_nodes.size() - 1);
    }

    template <typename V>
    bool scalar(V &v, od::json_type type, std::uint32_t offset, std::string_view token, std::uint32_t &out)
    {
        using Type = JsonDocument::Type;
        switch (type) {
        case od::json_type::string: {
            std::string_view s;
            if (const auto e = v.get_string().get(s))
                return fail(offset, e);
            out = newNode(Type::String, offset);
            auto &n = m_doc.m_nodes[out];
            n.textStart = store(s);
            n.textSize = static_cast<std::uint32_t>(s.size());
            return true;
        }
        case od::json_type::number: {
            token = trimmed(token);
            od::number number;
            const auto e = v.get_number().get(number);
            if (e && !isJsonNumber(token))
                return fail(offset, simdjson::NUMBER_ERROR);
            out = newNode(Type::Number, offset);
            auto &n = m_doc.m_nodes[out];
            n.textStart = store(token);
            n.textSize = static_cast<std::uint32_t>(token.size());
            if (e) {
                n.outOfRange = true;
            } else if (number.is_int64()) {
                n.isInteger = true;
                n.integer = number.get_int64();
                n.real = static_cast<double>(n.integer);
            } else {
                n.real = number.as_double();
                n.outOfRange = number.is_uint64(); // an integer beyond int64
            }
            return true;
        }
        case od::json_type::boolean: {
            bool b = false;
            if (v.get_bool().get(b) != simdjson::SUCCESS)
                return fail(offset, simdjson::T_ATOM_ERROR);
            out = newNode(Type::Bool, offset);
            m_doc.m_nodes[out].boolean = b;
            return true;
        }
        case od::json_type::null: {
            bool isNull = false;
            if (const auto e = v.is_null().get(isNull); e || !isNull)
                return fail(offset, simdjson::N_ATOM_ERROR);
            out = newNode(Type::Null, offset);
            return true;
        }
        default: return fail(offset, simdjson::TAPE_ERROR);
        }
    }

    bool value(od::value v, int depth, std::uint32_t &out)
    {
        const std::string_view token = v.raw_json_token();
        const std::uint32_t offset = offsetOf(token.data());
        od::json_type type;
        if (const auto e = v.type().get(type))
            return fail(offset, e);
        if (type != od::json_type::array && type != od::json_type::object)
            return scalar(v, type, offset, token, out);
        if (depth >= m_maxDepth)
            return fail(offset, JsonDocument::tr("the document is nested deeper than %1 levels").arg(m_maxDepth));
        // The container's node comes before its children's, so that the root is node 0.
        out = newNode(type == od::json_type::array ? JsonDocument::Type::Array : JsonDocument::Type::Object, offset);
        return type == od::json_type::array ? array(v, depth, offset, out) : object(v, depth, offset, out);
    }

    bool array(od::value v, int depth, std::uint32_t offset, std::uint32_t out)
    {
        od::array arr;
        if (const auto e = v.get_array().get(arr))
            return fail(offset, e);
        const std::size_t start = m_scratch.size();
        for (auto element : arr) {
            if (const auto e = element.error())
                return fail(here(), e);
            od::value ev = element.value_unsafe();
            JsonDocument::Member m;
            if (!value(ev, depth + 1, m.node))
                return false;
            m_scratch.push_back(m);
        }
        if (m_failed)
            return false;
        return finish(start, out);
    }

    bool object(od::value v, int depth, std::uint32_t offset, std::uint32_t out)
    {
        od::object obj;
        if (const auto e = v.get_object().get(obj))
            return fail(offset, e);
        const std::size_t start = m_scratch.size();
        for (auto field : obj) {
            od::field f;
            if (const auto e = std::move(field).get(f))
                return fail(here(), e);
            JsonDocument::Member m;
            m.keyOffset = offsetOf(f.key().raw() - 1);
            std::string_view key;
            if (const auto e = f.unescaped_key().get(key))
                return fail(m.keyOffset, e);
            m.keyStart = store(key);
            m.keySize = static_cast<std::uint32_t>(key.size());
            if (!value(f.value(), depth + 1, m.node))
                return false;
            m_scratch.push_back(m);
        }
        if (m_failed)
            return false;
        return finish(start, out);
    }

    // Members of nested containers are collected on one scratch stack and moved into
    // place when their container ends, so that each container's members are contiguous.
    bool finish(std::size_t start, std::uint32_t out)
    {
        auto &n = m_doc.m_nodes[out];
        n.first = static_cast<std::uint32_t>(m_doc.m_members.size());
        n.count = static_cast<std::uint32_t>(m_scratch.size() - start);
        m_doc.m_members.insert(m_doc.m_members.end(), m_scratch.begin() + static_cast<std::ptrdiff_t>(start),
                               m_scratch.end());
        m_scratch.resize(start);
        return true;
    }

private:
    JsonDocument &m_doc;
    od::document &m_source;
    std::string_view m_input;
    const char *m_base;
    std::size_t m_shift;
    int m_maxDepth;
    std::vector<JsonDocument::Member> m_scratch;
    bool m_failed = false;
    JsonDocument::SyntaxError m_error;
};

std::variant<JsonDocument, JsonDocument::SyntaxError> JsonDocument::parse(const QByteArray &text, int maxDepth)
{
    auto result = parseStrictly(text, maxDepth);
    if (auto *error = std::get_if<SyntaxError>(&result)) {
        // The parser knows where it stopped; the hint says which rule of JSON was broken.
        const std::size_t start = text.startsWith(QByteArrayView(utf8Bom.data(), utf8Bom.size())) ? utf8Bom.size() : 0;
        if (auto hint = SyntaxHint::explain(text, start))
            *error = {hint->offset, hint->message};
    }
    return result;
}

std::variant<JsonDocument, JsonDocument::SyntaxError> JsonDocument::parseStrictly(const QByteArray &text, int maxDepth)
{
    using Error = JsonDocument::SyntaxError;
    std::string_view input(text.constData(), static_cast<std::size_t>(text.size()));
    std::size_t shift = 0;
    if (input.starts_with(utf8Bom)) {
        input.remove_prefix(utf8Bom.size());
        shift = utf8Bom.size();
    }
    const auto firstNonSpace = input.find_first_not_of(" \t\r\n");
    if (firstNonSpace == std::string_view::npos)
        return Error{text.size() == 0 ? 0 : static_cast<std::size_t>(text.size()), describe(simdjson::EMPTY)};

    const simdjson::padded_string padded(input);
    od::parser parser;
    od::document source;
    if (const auto e = parser.iterate(padded).get(source))
        return Error{(isStage1Error(e) ? locateStage1Error(input, e) : 0) + shift, describe(e)};

    JsonDocument doc;
    doc.m_text = text;
    doc.m_nodes.reserve(input.size() / 16 + 1);
    doc.m_strings.reserve(input.size() + 1); // unescaped strings and tokens never exceed the text
    JsonTreeBuilder builder(doc, source, input, padded.data(), shift, maxDepth);
    const auto rootOffset = static_cast<std::uint32_t>(shift + firstNonSpace);

    bool scalarRoot = false;
    const auto rootError = [&](simdjson::error_code e) {
        builder.fail(rootOffset, e);
        return builder.error();
    };
    if (const auto e = source.is_scalar().get(scalarRoot))
        return rootError(e);
    std::uint32_t root = 0;
    if (scalarRoot) {
        od::json_type type;
        if (const auto e = source.type().get(type))
            return rootError(e);
        std::string_view token;
        if (source.raw_json_token().get(token) != simdjson::SUCCESS)
            token = {};
        if (!builder.scalar(source, type, rootOffset, token, root))
            return builder.error();
    } else {
        od::value v;
        if (const auto e = source.get_value().get(v))
            return rootError(e);
        if (!builder.value(v, 0, root))
            return builder.error();
    }
    // Anything after the root value is an error ("[1] 2", "{}}").
    const char *rest = nullptr;
    if (source.current_location().get(rest) == simdjson::SUCCESS && rest < padded.data() + input.size())
        return Error{builder.offsetOf(rest), JsonDocument::tr("unexpected text after the end of the document")};
    Q_ASSERT(root == 0);
    return doc;
}

std::span<const JsonDocument::Member> JsonDocument::members(const Node &node) const
{
    if (node.type != Type::Array && node.type != Type::Object)
        return {};
    return {m_members.data() + node.first, node.count};
}

std::string_view JsonDocument::key(const Member &member) const
{
    return std::string_view(m_strings).substr(member.keyStart, member.keySize);
}

std::string_view JsonDocument::text(const Node &node) const
{
    return std::string_view(m_strings).substr(node.textStart, node.textSize);
}

QString JsonDocument::string(const Node &node) const
{
    const auto s = text(node);
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

const JsonDocument::Node *JsonDocument::find(const Node &object, std::string_view key) const
{
    if (object.type != Type::Object)
        return nullptr;
    for (const auto &m : members(object)) {
        if (this->key(m) == key)
            return &m_nodes[m.node];
    }
    return nullptr;
}

namespace {
bool startsCodePoint(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a UTF-8 continuation byte
}
} // namespace

LineIndex::LineIndex(const QByteArray &text)
    : m_text(text)
{
    std::size_t start = 0;
    if (std::string_view(text.constData(), static_cast<std::size_t>(text.size())).starts_with(utf8Bom))
        start = utf8Bom.size();
    m_lineStarts.push_back(start);
    const char *data = text.constData();
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(text.size()); ++i) {
        if (i % blockSize == 0)
            m_blockCodePoints.push_back(codePoints);
        codePoints += startsCodePoint(data[i]) ? 1 : 0;
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
    }
    if (text.size() % blockSize == 0)
        m_blockCodePoints.push_back(codePoints); // the block that starts at the end
}

std::size_t LineIndex::codePointsBefore(std::size_t offset) const
{
    const std::size_t block = offset / blockSize;
    std::size_t count = m_blockCodePoints[block];
    for (std::size_t i = block * blockSize; i < offset; ++i)
        count += startsCodePoint(m_text[static_cast<qsizetype>(i)]) ? 1 : 0;
    return count;
}

TextPosition LineIndex::position(std::size_t offset) const
{
    offset = std::min(offset, static_cast<std::size_t>(m_text.size()));
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t lineStart = it == m_lineStarts.begin() ? 0 : *(it - 1);
    TextPosition pos;
    pos.line = static_cast<int>(std::max<std::ptrdiff_t>(it - m_lineStarts.begin(), 1));
    // Count code points, not UTF-8 continuation bytes.
    pos.column = 1 + static_cast<int>(codePointsBefore(offset) - codePointsBefore(lineStart));
    return pos;
}

QString JsonDocument::typeName(Type type)
{
    switch (type) {
    //: The JSON literal, usually kept as it is.
    case Type::Null: return tr("null");
    case Type::Bool: return tr("a boolean");
    case Type::Number: return tr("a number");
    case Type::String: return tr("a string");
    case Type::Array: return tr("an array");
    case Type::Object: return tr("an object");
    }
    return u"?"_s;
}

} // namespace Versus::Core
