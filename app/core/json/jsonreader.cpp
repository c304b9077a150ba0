#include "core/json/jsonreader.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

bool isValidId(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// YYYY-MM-DD exactly, as a real date; QDate::fromString with a format is far slower.
QDate parseIsoDate(const QString &s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (!s[i].isDigit() || s[i].unicode() > u'9')
                return -1;
            value = value * 10 + (s[i].unicode() - u'0');
        }
        return value;
    };
    const int y = number(0, 4);
    const int m = number(5, 2);
    const int d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid (null) for 2026-02-30
}

qsizetype codePointCount(const QString &s)
{
    return s.size() - std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

// Control characters other than tab and line breaks have no place in the text of a file:
// C0, DEL and C1 (U+0080 to U+009F, which terminals take for escapes such as CSI).
std::optional<char16_t> controlCharacter(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F))
            return u;
    }
    return std::nullopt;
}

// Which members repeat an earlier key. Nearly every object is small and compares its
// keys directly; a large map (a workshop's answers) would be quadratic that way.
class RepeatedKeys final {
public:
    RepeatedKeys(const JsonDocument &doc, std::span<const JsonDocument::Member> members)
        : m_doc(doc)
        , m_members(members)
    {
        if (members.size() <= smallObject)
            return;
        std::unordered_set<std::string_view> seen;
        seen.reserve(members.size());
        m_repeated.reserve(members.size());
        for (const auto &m : members)
            m_repeated.push_back(!seen.insert(doc.key(m)).second);
    }

    bool operator()(std::size_t i) const
    {
        if (!m_repeated.empty())
            return m_repeated[i];
        const auto key = m_doc.key(m_members[i]);
        return std::any_of(m_members.begin(), m_members.begin() + static_cast<std::ptrdiff_t>(i),
                           [&](const JsonDocument::Member &m) { return m_doc.key(m) == key; });
    }

private:
    static constexpr std::size_t smallObject = 16;
    const JsonDocument &m_doc;
    std::span<const JsonDocument::Member> m_members;
    std::vector<bool> m_repeated;
};

// Optimal string alignment distance (a swap of two letters counts one), case-insensitive.
int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    std::vector<std::vector<int>> d(static_cast<std::size_t>(n + 1), std::vector<int>(static_cast<std::size_t>(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString JsonReader::closest(const QString &text, const QStringList &candidates)
{
    if (text.size() > 64)
        return {};
    // Only another case in a word of up to three letters, one edit up to five, two in a
    // longer one: more would suggest unrelated words.
    const int limit = text.size() <= 3 ? 0 : (text.size() <= 5 ? 1 : 2);
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        if (c == text || c.isEmpty())
            continue;
        const int distance = c.compare(text, Qt::CaseInsensitive) == 0 ? 0 : editDistance(text, c);
        if (distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

QString JsonReader::closest(std::string_view text, std::span<const std::string_view> candidates)
{
    QStringList list;
    for (const auto c : candidates)
        list.append(keyString(c));
    return closest(keyString(text), list);
}

JsonReader::JsonReader(const JsonDocument &doc, QString fileName, int maxErrors, int maxWarnings)
    : m_doc(doc)
    , m_fileName(std::move(fileName))
    , m_maxErrors(maxErrors)
    , m_maxWarnings(maxWarnings)
{
}

void JsonReader::finish()
{
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    // After the sort: this line has no place in the text, and closes the list.
    if (const int unlisted = m_warningCount - m_maxWarnings; unlisted > 0)
        m_diagnostics.append(
            {Diagnostic::Severity::Warning, m_fileName, 0, 0, QString(),
             unlisted == 1 ? tr("1 more warning not listed") : tr("%1 more warnings not listed").arg(unlisted)});
}

bool JsonReader::listsWarning()
{
    if (m_truncated)
        return false;
    if (m_warningCount < m_maxWarnings)
        return true;
    ++m_warningCount;
    return false;
}

void JsonReader::report(Diagnostic::Severity severity, std::size_t offset, const QString &pointer,
                        const QString &message)
{
    if (m_truncated)
        return;
    const bool isError = severity == Diagnostic::Severity::Error;
    if (!isError && !listsWarning())
        return;
    // Built once, and only when there is something to report: most files have nothing.
    if (!m_lines)
        m_lines.emplace(m_doc.sourceText());
    const TextPosition pos = m_lines->position(offset);
    if (isError && m_errorCount >= m_maxErrors) {
        m_truncated = true;
        m_diagnostics.append({Diagnostic::Severity::Error, m_fileName, pos.line, pos.column, QString(),
                              tr("too many problems; stopping after %1").arg(m_maxErrors)});
        ++m_errorCount;
        return;
    }
    ++(isError ? m_errorCount : m_warningCount);
    m_diagnostics.append({severity, m_fileName, pos.line, pos.column, pointer, message});
}

void JsonReader::error(const Node &node, const JsonPath &path, const QString &message)
{
    if (!m_truncated)
        report(Diagnostic::Severity::Error, node.offset, path.toString(), message);
}

void JsonReader::warning(const Node &node, const JsonPath &path, const QString &message)
{
    if (listsWarning())
        report(Diagnostic::Severity::Warning, node.offset, path.toString(), message);
}

QString JsonReader::got(const Node &node) const
{
    switch (node.type) {
    case Type::String: {
        // The first 200 bytes hold more than 40 UTF-16 units when there are more:
        // enough to show, without converting a text of megabytes.
        const auto text = m_doc.text(node).substr(0, 200);
        QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        if (s.size() > 40)
            s = s.left(37) + u"..."_s;
        return u'"' + s + u'"';
    }
    case Type::Number: {
        const QString s = keyString(m_doc.text(node));
        return s.size() > 40 ? s.left(37) + u"..."_s : s;
    }
    case Type::Bool: return node.boolean ? u"true"_s : u"false"_s;
    default: return JsonDocument::typeName(node.type);
    }
}

bool JsonReader::expect(const Node &node, const JsonPath &path, Type type)
{
    if (node.type == type)
        return true;
    error(node, path, tr("expected %1, got %2").arg(JsonDocument::typeName(type), got(node)));
    return false;
}

const JsonDocument::Node *JsonReader::member(const Node &object, const JsonPath &path, std::string_view key,
                                             Presence presence)
{
    const Node *n = m_doc.find(object, key);
    if (!n && presence == Required) {
        // A misspelt key is the likely cause: name it, so the error and the unknown-key
        // warning read as one problem.
        QStringList present;
        for (const auto &m : m_doc.members(object))
            present.append(keyString(m_doc.key(m)));
        const QString near = closest(keyString(key), present);
        error(object, path,
              near.isEmpty()
                  ? tr("missing required key \"%1\"").arg(keyString(key))
                  : tr("missing required key \"%1\" (is \"%2\" a misspelling of it?)").arg(keyString(key), near));
    }
    return n;
}

void JsonReader::checkKeys(const Node &object, const JsonPath &path, Keys known)
{
    const auto members = m_doc.members(object);
    const RepeatedKeys repeated(m_doc, members);
    for (std::size_t i = 0; i < members.size() && !m_truncated; ++i) {
        const auto key = m_doc.key(members[i]);
        if (repeated(i)) {
            error(keyNode(members[i]), JsonPath(path, key), tr("duplicate key \"%1\"").arg(keyString(key)));
        } else if (std::find(known.begin(), known.end(), key) == known.end() && key != m_commentKey && listsWarning()) {
            const QString near = closest(key, std::span<const std::string_view>(known.begin(), known.size()));
            warning(keyNode(members[i]), JsonPath(path, key),
                    near.isEmpty()
                        ? tr("unknown key \"%1\" (ignored)").arg(keyString(key))
                        : tr("unknown key \"%1\" (ignored); did you mean \"%2\"?").arg(keyString(key), near));
        }
    }
}

bool JsonReader::object(const Node &node, const JsonPath &path, Keys known)
{
    if (!expect(node, path, Type::Object))
        return false;
    checkKeys(node, path, known);
    return true;
}

void JsonReader::forEachMember(const Node &object, const JsonPath &path, const MemberFunction &each)
{
    if (!expect(object, path, Type::Object))
        return;
    const auto members = m_doc.members(object);
    const RepeatedKeys repeated(m_doc, members);
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto key = m_doc.key(members[i]);
        const JsonPath at(path, key);
        if (repeated(i))
            error(keyNode(members[i]), at, tr("duplicate key \"%1\"").arg(keyString(key)));
        else
            each(members[i], m_doc.node(members[i].node), at);
        if (m_truncated)
            return;
    }
}

QString JsonReader::string(const Node &node, const JsonPath &path, int maxLength)
{
    if (!expect(node, path, Type::String))
        return {};
    QString s = m_doc.string(node);
    if (const qsizetype length = codePointCount(s); length > maxLength) {
        error(node, path, tr("text is %1 characters long; the limit is %2").arg(length).arg(maxLength));
        return {};
    }
    if (const auto c = controlCharacter(s)) {
        error(node, path,
              tr("text contains the control character U+%1")
                  .arg(QString::number(static_cast<uint>(*c), 16).toUpper().rightJustified(4, u'0')));
        return {};
    }
    return s;
}

QString JsonReader::text(const Node &object, const JsonPath &path, std::string_view key, Presence presence,
                         int maxLength)
{
    const Node *n = member(object, path, key, presence);
    if (!n)
        return {};
    const JsonPath at(path, key);
    QString s = string(*n, at, maxLength);
    if (presence == Required && !s.isNull() && s.trimmed().isEmpty())
        error(*n, at, tr("must not be empty"));
    return s;
}

QString JsonReader::id(const Node &object, const JsonPath &path, std::string_view key)
{
    const Node *n = member(object, path, key, Required);
    const JsonPath at(path, key);
    if (!n || !expect(*n, at, Type::String))
        return {};
    const auto s = m_doc.text(*n);
    if (!isValidId(s)) {
        error(*n, at, tr("expected an id of 1 to 64 characters a-z, 0-9 and \"-\", got %1").arg(got(*n)));
        return {};
    }
    return keyString(s);
}

void JsonReader::uniqueId(QHash<QString, qsizetype> &seen, const QString &itemId, const Node &object,
                          const JsonPath &path)
{
    if (itemId.isEmpty())
        return;
    const auto it = seen.constFind(itemId);
    if (it == seen.cend()) {
        seen.insert(itemId, path.index());
        return;
    }
    const Node *idNode = m_doc.find(object, "id");
    const JsonPath first(*path.parent(), it.value());
    error(idNode ? *idNode : object, JsonPath(path, "id"),
          tr("duplicate id \"%1\" (first used at %2)").arg(itemId, first.toString()));
}

std::optional<int> JsonReader::integer(const Node &node, const JsonPath &path, int min, int max)
{
    if (node.type != Type::Number || !node.isInteger || node.integer < min || node.integer > max) {
        error(node, path, tr("expected an integer from %1 to %2, got %3").arg(min).arg(max).arg(got(node)));
        return std::nullopt;
    }
    return static_cast<int>(node.integer);
}

std::optional<double> JsonReader::number(const Node &node, const JsonPath &path, double min, double maxExclusive)
{
    if (node.type != Type::Number || node.outOfRange || node.real < min || node.real >= maxExclusive) {
        error(node, path,
              tr("expected a number from %1 up to (not including) %2, got %3")
                  .arg(QString::number(min), QString::number(maxExclusive), got(node)));
        return std::nullopt;
    }
    return node.real;
}

std::optional<bool> JsonReader::boolean(const Node &node, const JsonPath &path)
{
    if (!expect(node, path, Type::Bool))
        return std::nullopt;
    return node.boolean;
}

QUrl JsonReader::url(const Node &object, const JsonPath &path, std::string_view key, Presence presence)
{
    const Node *n = member(object, path, key, presence);
    if (!n)
        return {};
    const JsonPath at(path, key);
    const QString s = string(*n, at, 2048);
    if (s.isNull())
        return {};
    QUrl u(s, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || u.host().isEmpty()) {
        error(*n, at, tr("expected an absolute http or https URL, got %1").arg(got(*n)));
        return {};
    }
    return u;
}

QDate JsonReader::date(const Node &object, const JsonPath &path, std::string_view key, Presence presence, DayPart day,
                       QString *asWritten)
{
    const Node *n = member(object, path, key, presence);
    if (!n)
        return {};
    const JsonPath at(path, key);
    const QString s = string(*n, at, 10);
    if (s.isNull())
        return {};
    const bool dayOptional = day == DayPart::Optional;
    QDate d = parseIsoDate(s);
    if (!d.isValid() && dayOptional && s.size() == 7)
        d = parseIsoDate(s + u"-01"_s);
    if (!d.isValid()) {
        error(*n, at,
              (dayOptional ? tr("expected a date YYYY-MM-DD or YYYY-MM, got %1")
                           : tr("expected a date YYYY-MM-DD, got %1"))
                  .arg(got(*n)));
        return {};
    }
    if (asWritten)
        *asWritten = s;
    return d;
}

bool JsonReader::checkCount(const Node &array, const JsonPath &path, int min, int max)
{
    const auto count = static_cast<qint64>(array.count);
    if (count >= min && count <= max)
        return true;
    if (min == max)
        error(array, path, tr("expected exactly %1 items, got %2").arg(min).arg(count));
    else if (max == unlimited)
        error(array, path, tr("expected at least %1 items, got %2").arg(min).arg(count));
    else
        error(array, path, tr("expected %1 to %2 items, got %3").arg(min).arg(max).arg(count));
    return false;
}

void JsonReader::forEach(const Node *array, const JsonPath &path, int min, int max, const ObjectFunction &each)
{
    if (!array || !expect(*array, path, Type::Array))
        return;
    if (!checkCount(*array, path, min, max) && array->count > static_cast<std::uint32_t>(max))
        return;
    qsizetype i = 0;
    for (const auto &m : m_doc.members(*array)) {
        const Node &element = m_doc.node(m.node);
        const JsonPath at(path, i++);
        if (expect(element, at, Type::Object))
            each(element, at);
        if (m_truncated)
            return;
    }
}

void JsonReader::forEachString(const Node &array, const JsonPath &path, int min, int max, int maxLength,
                               const StringFunction &each)
{
    if (!expect(array, path, Type::Array))
        return;
    checkCount(array, path, min, max);
    qsizetype i = 0;
    for (const auto &m : m_doc.members(array)) {
        const Node &element = m_doc.node(m.node);
        const JsonPath at(path, i++);
        const QString s = string(element, at, maxLength);
        if (!s.isNull())
            each(s, element, at);
        if (m_truncated)
            return;
    }
}

QStringList JsonReader::stringArray(const Node &array, const JsonPath &path, int min, int max, int maxLength)
{
    QStringList list;
    forEachString(array, path, min, max, maxLength,
                  [&](const QString &s, const Node & /*element*/, const JsonPath & /*at*/) { list.append(s); });
    return list;
}

} // namespace Versus::Core
