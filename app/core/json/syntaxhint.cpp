#include "core/json/syntaxhint.h"

#include "core/json/jsondocument.h"

#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// What the grammar allows next.
enum class Want : std::uint8_t { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, End };

struct Open {
    char kind; // '{' or '['
    std::size_t offset;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
        || c == '.' || c == '_';
}

class Scanner final {
public:
    Scanner(const QByteArray &text, std::size_t start)
        : m_text(text)
        , m_s(text.constData(), static_cast<std::size_t>(text.size()))
        , m_i(start)
    {
    }

    std::optional<SyntaxHint::Hint> run()
    {
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (isSpace(c)) {
                ++m_i;
                continue;
            }
            if (m_want == Want::End)
                return std::nullopt; // text after the end: the parser says so itself
            std::optional<SyntaxHint::Hint> hint;
            bool stop = false;
            if (c == '/' && m_i + 1 < m_s.size() && (m_s[m_i + 1] == '/' || m_s[m_i + 1] == '*'))
                return at(m_i, SyntaxHint::tr("comments are not allowed in JSON"));
            if (c == '\'')
                return at(m_i, SyntaxHint::tr("strings and keys take double quotes (\"), not single quotes"));
            switch (c) {
            case '"': hint = string(stop); break;
            case '{':
            case '[': hint = open(c); break;
            case '}':
            case ']': hint = close(c, stop); break;
            case ',': hint = comma(); break;
            case ':': hint = colon(); break;
            default: hint = word(stop); break;
            }
            if (hint || stop)
                return hint;
        }
        if (!m_stack.empty())
            return at(m_s.size(), notClosed(m_stack.back()));
        return std::nullopt;
    }

private:
    SyntaxHint::Hint at(std::size_t offset, const QString &message) const { return {offset, message}; }

    QString where(std::size_t offset)
    {
        if (!m_lines)
            m_lines.emplace(m_text);
        const TextPosition pos = m_lines->position(offset);
        return u"%1:%2"_s.arg(pos.line).arg(pos.column);
    }

    QString notClosed(const Open &open)
    {
        return open.kind == '[' ? SyntaxHint::tr("the array opened at %1 is not closed").arg(where(open.offset))
                                : SyntaxHint::tr("the object opened at %1 is not closed").arg(where(open.offset));
    }

    bool wantsValue() const { return m_want == Want::Value || m_want == Want::ValueOrClose; }
    bool wantsKey() const { return m_want == Want::Key || m_want == Want::KeyOrClose; }

    // A value or a key where the grammar wants something else: which rule was broken.
    std::optional<SyntaxHint::Hint> misplaced(std::size_t offset)
    {
        if (m_want == Want::CommaOrClose) {
            // "a "quoted" word": the stray quote ended the string just before this.
            if (m_lastStringEnd == offset)
                return at(offset - 1,
                          SyntaxHint::tr("a double quote inside a string must be written \\\" (or the comma "
                                         "before this is missing)"));
            return at(offset, SyntaxHint::tr("missing comma between two items"));
        }
        if (m_want == Want::Colon)
            return at(offset, SyntaxHint::tr("missing ':' after the key"));
        return std::nullopt;
    }

    void valueDone() { m_want = m_stack.empty() ? Want::End : Want::CommaOrClose; }

    std::optional<SyntaxHint::Hint> string(bool &stop)
    {
        const std::size_t start = m_i;
        if (!wantsValue() && !wantsKey())
            return misplaced(start);
        std::size_t j = start + 1;
        while (j < m_s.size() && m_s[j] != '"') {
            if (static_cast<unsigned char>(m_s[j]) < 0x20) {
                stop = true; // a control character: the parser's message is the right one
                return std::nullopt;
            }
            j += m_s[j] == '\\' ? 2 : 1;
        }
        if (j >= m_s.size()) {
            stop = true; // an unclosed string: likewise
            return std::nullopt;
        }
        m_i = j + 1;
        m_lastStringEnd = m_i;
        if (wantsKey())
            m_want = Want::Colon;
        else
            valueDone();
        return std::nullopt;
    }

    std::optional<SyntaxHint::Hint> open(char c)
    {
        if (!wantsValue()) {
            if (auto hint = misplaced(m_i))
                return hint;
            return at(m_i, SyntaxHint::tr("expected a key in double quotes"));
        }
        m_stack.push_back({c, m_i});
        m_want = c == '{' ? Want::KeyOrClose : Want::ValueOrClose;
        ++m_i;
        return std::nullopt;
    }

    std::optional<SyntaxHint::Hint> close(char c, bool &stop)
    {
        if (m_stack.empty()) {
            stop = true;
            return std::nullopt;
        }
        const Open top = m_stack.back();
        if ((c == '}') != (top.kind == '{'))
            return at(m_i, notClosed(top));
        if (m_want == Want::Value && top.kind == '[')
            return at(m_lastComma, SyntaxHint::tr("trailing comma: remove the comma after the last item"));
        if (m_want == Want::Key)
            return at(m_lastComma, SyntaxHint::tr("trailing comma: remove the comma after the last item"));
        if (m_want == Want::Colon)
            return at(m_i, SyntaxHint::tr("missing ':' and a value after the key"));
        if (m_want == Want::Value)
            return at(m_i, SyntaxHint::tr("missing a value after ':'"));
        m_stack.pop_back();
        ++m_i;
        valueDone();
        return std::nullopt;
    }

    std::optional<SyntaxHint::Hint> comma()
    {
        if (m_want == Want::CommaOrClose) {
            m_want = m_stack.back().kind == '{' ? Want::Key : Want::Value;
            m_lastComma = m_i++;
            return std::nullopt;
        }
        if (m_want == Want::Value || m_want == Want::Key)
            return at(m_i, SyntaxHint::tr("two commas in a row"));
        if (m_want == Want::Colon)
            return at(m_i, SyntaxHint::tr("missing ':' after the key"));
        return at(m_i, SyntaxHint::tr("a comma cannot come first"));
    }

    std::optional<SyntaxHint::Hint> colon()
    {
        if (m_want == Want::Colon) {
            m_want = Want::Value;
            ++m_i;
            return std::nullopt;
        }
        if (!m_stack.empty() && m_stack.back().kind == '[')
            return at(m_i,
                      SyntaxHint::tr("the array opened at %1 is not closed (or a '{' is missing)")
                          .arg(where(m_stack.back().offset)));
        return at(m_i, SyntaxHint::tr("unexpected ':'"));
    }

    std::optional<SyntaxHint::Hint> word(bool &stop)
    {
        const std::size_t start = m_i;
        std::size_t j = start;
        while (j < m_s.size() && isWordChar(m_s[j]))
            ++j;
        if (j == start) {
            stop = true; // a character this does not know: the parser's message stands
            return std::nullopt;
        }
        const std::string_view w = m_s.substr(start, j - start);
        if (w == "NaN" || w == "Infinity" || w == "-Infinity" || w == "+Infinity" || w == "-NaN")
            return at(start, SyntaxHint::tr("NaN and Infinity are not JSON numbers (write a number or null)"));
        if (wantsKey())
            return at(start, SyntaxHint::tr("keys take double quotes: \"%1\"").arg(QString::fromUtf8(w)));
        if (!wantsValue())
            return misplaced(start);
        m_i = j;
        valueDone();
        return std::nullopt;
    }

    const QByteArray &m_text;
    std::string_view m_s;
    std::size_t m_i;
    Want m_want = Want::Value;
    std::vector<Open> m_stack;
    std::size_t m_lastComma = 0;
    std::size_t m_lastStringEnd = std::string_view::npos;
    std::optional<LineIndex> m_lines;
};

} // namespace

std::optional<SyntaxHint::Hint> SyntaxHint::explain(const QByteArray &text, std::size_t start)
{
    return Scanner(text, start).run();
}

} // namespace Versus::Core
