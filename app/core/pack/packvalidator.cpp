#include "core/pack/packvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Versus::Core::PackValidator", text);
}

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

// Control characters other than tab and line feed have no place in pack text.
std::optional<char32_t> controlCharacter(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F)
            return u;
    }
    return std::nullopt;
}

} // namespace

PackValidator::PackValidator(const JsonDocument &doc, QString fileName)
    : m_doc(doc)
    , m_fileName(std::move(fileName))
{
}

void PackValidator::report(Diagnostic::Severity severity, std::size_t offset, const QString &pointer,
                           const QString &message)
{
    if (m_truncated)
        return;
    if (!m_lines)
        m_lines.emplace(m_doc.sourceText()); // only once there is something to report
    const TextPosition pos = m_lines->position(offset);
    if (m_diagnostics.size() >= maxDiagnostics) {
        m_truncated = true;
        m_diagnostics.append({Diagnostic::Severity::Error, m_fileName, pos.line, pos.column, QString(),
                              tr("too many problems; stopping after %1").arg(maxDiagnostics)});
        ++m_errorCount;
        return;
    }
    if (severity == Diagnostic::Severity::Error)
        ++m_errorCount;
    m_diagnostics.append({severity, m_fileName, pos.line, pos.column, pointer, message});
}

void PackValidator::error(const Node &node, const JsonPath &path, const QString &message)
{
    report(Diagnostic::Severity::Error, node.offset, path.toString(), message);
}

void PackValidator::warning(const Node &node, const JsonPath &path, const QString &message)
{
    report(Diagnostic::Severity::Warning, node.offset, path.toString(), message);
}

void PackValidator::noteMarkdown(const Node &node, const JsonPath &path, const QString &text)
{
    // Only texts with internal links need checking once every id is known.
    if (text.contains(u"versus:"_s))
        m_markdown.append({&node, path.toString(), text});
}

QString PackValidator::got(const Node &node) const
{
    switch (node.type) {
    case Type::String: {
        QString s = m_doc.string(node);
        if (s.size() > 40)
            s = s.left(37) + u"..."_s;
        return u'"' + s + u'"';
    }
    case Type::Number: {
        const QString s = keyString(m_doc.text(node));
        return s.size() > 40 ? s.left(37) + u"..."_s : s;
    }
    case Type::Bool: return node.boolean ? u"true"_s : u"false"_s;
    default: return QString::fromLatin1(JsonDocument::typeName(node.type));
    }
}

bool PackValidator::expect(const Node &node, const JsonPath &path, Type type)
{
    if (node.type == type)
        return true;
    error(node, path, tr("expected %1, got %2").arg(QString::fromLatin1(JsonDocument::typeName(type)), got(node)));
    return false;
}

void PackValidator::checkKeys(const Node &object, const JsonPath &path, Keys known)
{
    const auto members = m_doc.members(object);
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto key = m_doc.key(members[i]);
        const Node keyNode{.offset = members[i].keyOffset};
        const bool repeated = std::any_of(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(i),
                                          [&](const JsonDocument::Member &m) { return m_doc.key(m) == key; });
        if (repeated)
            error(keyNode, JsonPath(path, key), tr("duplicate key \"%1\"").arg(keyString(key)));
        else if (std::find(known.begin(), known.end(), key) == known.end())
            warning(keyNode, JsonPath(path, key), tr("unknown key \"%1\" (ignored)").arg(keyString(key)));
    }
}

const JsonDocument::Node *PackValidator::member(const Node &object, const JsonPath &path, std::string_view key,
                                                bool required)
{
    const Node *n = m_doc.find(object, key);
    if (!n && required)
        error(object, path, tr("missing required key \"%1\"").arg(keyString(key)));
    return n;
}

QString PackValidator::textValue(const Node &node, const JsonPath &path, int maxLength)
{
    if (!expect(node, path, Type::String))
        return {};
    QString s = m_doc.string(node);
    if (codePointCount(s) > maxLength) {
        error(node, path, tr("text is %1 characters long; the limit is %2").arg(codePointCount(s)).arg(maxLength));
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

QString PackValidator::text(const Node &object, const JsonPath &path, std::string_view key, bool required,
                            int maxLength)
{
    const Node *n = member(object, path, key, required);
    if (!n)
        return {};
    QString s = textValue(*n, JsonPath(path, key), maxLength);
    if (required && !s.isNull() && s.trimmed().isEmpty())
        error(*n, JsonPath(path, key), tr("must not be empty"));
    return s;
}

QString PackValidator::id(const Node &object, const JsonPath &path, std::string_view key)
{
    const Node *n = member(object, path, key, true);
    if (!n || !expect(*n, JsonPath(path, key), Type::String))
        return {};
    const auto s = m_doc.text(*n);
    if (!isValidId(s)) {
        error(*n, JsonPath(path, key),
              tr("expected an id of 1 to 64 characters a-z, 0-9 and \"-\", got %1").arg(got(*n)));
        return {};
    }
    return keyString(s);
}

std::optional<int> PackValidator::integer(const Node &node, const JsonPath &path, int min, int max)
{
    if (node.type != Type::Number || !node.isInteger || node.integer < min || node.integer > max) {
        error(node, path, tr("expected an integer from %1 to %2, got %3").arg(min).arg(max).arg(got(node)));
        return std::nullopt;
    }
    return static_cast<int>(node.integer);
}

QUrl PackValidator::url(const Node &object, const JsonPath &path, std::string_view key, bool required)
{
    const Node *n = member(object, path, key, required);
    if (!n)
        return {};
    const QString s = textValue(*n, JsonPath(path, key), 2048);
    if (s.isNull())
        return {};
    QUrl u(s, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || u.host().isEmpty()) {
        error(*n, JsonPath(path, key), tr("expected an absolute http or https URL, got %1").arg(got(*n)));
        return {};
    }
    return u;
}

QDate PackValidator::date(const Node &object, const JsonPath &path, std::string_view key, bool required,
                          bool dayOptional, QString *asWritten)
{
    const Node *n = member(object, path, key, required);
    if (!n)
        return {};
    const JsonPath at(path, key);
    const QString s = textValue(*n, at, 10);
    if (s.isNull())
        return {};
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

void PackValidator::forEach(const Node *array, const JsonPath &path, int min, int max,
                            const std::function<void(const Node &, const JsonPath &)> &each)
{
    if (!array || !expect(*array, path, Type::Array))
        return;
    const int count = static_cast<int>(array->count);
    if (count < min || count > max) {
        error(*array, path,
              min == max ? tr("expected exactly %1 items, got %2").arg(min).arg(count)
                         : tr("expected %1 to %2 items, got %3").arg(min).arg(max).arg(count));
        if (count > max)
            return;
    }
    qsizetype i = 0;
    for (const auto &m : m_doc.members(*array)) {
        const Node &element = m_doc.node(m.node);
        const JsonPath p(path, i++);
        if (expect(element, p, Type::Object))
            each(element, p);
        if (m_truncated)
            return;
    }
}

void PackValidator::uniqueId(QHash<QString, qsizetype> &seen, const QString &itemId, const Node &node,
                             const JsonPath &path)
{
    if (itemId.isEmpty())
        return;
    const auto it = seen.constFind(itemId);
    if (it == seen.cend()) {
        seen.insert(itemId, path.index());
        return;
    }
    const Node *idNode = m_doc.find(node, "id");
    const JsonPath first(*path.parent(), it.value());
    error(idNode ? *idNode : node, JsonPath(path, "id"),
          tr("duplicate id \"%1\" (first used at %2)").arg(itemId, first.toString()));
}

void PackValidator::contenderMap(const Node &object, const JsonPath &path, std::string_view key,
                                 const ContenderValue &each)
{
    const Node *map = member(object, path, key, true);
    const JsonPath p(path, key);
    if (!map || !expect(*map, p, Type::Object))
        return;
    QList<bool> present(m_contenderIds.size(), false);
    for (const auto &m : m_doc.members(*map)) {
        const QString name = keyString(m_doc.key(m));
        const int index = static_cast<int>(m_contenderIds.indexOf(name));
        const JsonPath vp(p, m_doc.key(m));
        if (index < 0) {
            error(Node{.offset = m.keyOffset}, vp, tr("\"%1\" is not a contender of this pack").arg(name));
            continue;
        }
        if (present[index]) {
            error(Node{.offset = m.keyOffset}, vp, tr("duplicate key \"%1\"").arg(name));
            continue;
        }
        present[index] = true;
        each(index, m_doc.node(m.node), vp);
    }
    for (int i = 0; i < m_contenderIds.size(); ++i) {
        if (!present[i] && !m_contenderIds[i].isEmpty())
            error(*map, p, tr("missing a value for contender \"%1\"").arg(m_contenderIds[i]));
    }
}

int PackValidator::edge(const Node &object, const JsonPath &path)
{
    const Node *n = member(object, path, "edge", true);
    if (!n || !expect(*n, JsonPath(path, "edge"), Type::String))
        return tieEdge;
    const QString s = m_doc.string(*n);
    if (s == u"tie"_s)
        return tieEdge;
    const int index = static_cast<int>(m_contenderIds.indexOf(s));
    if (index < 0 || s.isEmpty())
        error(*n, JsonPath(path, "edge"), tr("expected a contender id or \"tie\", got %1").arg(got(*n)));
    return std::max(index, tieEdge);
}

std::optional<Pack> PackValidator::validate()
{
    const Node &root = m_doc.root();
    if (!expect(root, m_root, Type::Object))
        return std::nullopt;
    checkKeys(root, m_root,
              {"format", "id", "title", "subtitle", "version", "updated", "language", "author", "contenders",
               "categories", "summary", "criteria", "verdict", "checklist", "faq", "inquiry"});
    Pack pack;
    readHeader(root, pack);
    // A pack of another format would only produce noise past this point.
    if (m_errorCount == 0 || m_doc.find(root, "format")) {
        readContenders(root, pack);
        readCategories(root, pack);
        readSummary(root, pack);
        readCriteria(root, pack);
        readVerdict(root, pack);
        readChecklist(root, pack);
        readFaq(root, pack);
        readInquiry(root, pack);
        checkInternalLinks(pack);
    }
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    if (m_errorCount > 0)
        return std::nullopt;
    return pack;
}

void PackValidator::readHeader(const Node &root, Pack &pack)
{
    if (const Node *format = member(root, m_root, "format", true)) {
        if (format->type != Type::String || m_doc.text(*format) != "versus-pack/1") {
            error(*format, JsonPath(m_root, "format"),
                  tr("expected \"versus-pack/1\", got %1: this version of Versus reads versus-pack/1 packs")
                      .arg(got(*format)));
        }
    }
    pack.id = id(root, m_root);
    pack.title = text(root, m_root, "title", true, 200);
    pack.subtitle = text(root, m_root, "subtitle", false, 400);
    pack.version = text(root, m_root, "version", true, 64);
    pack.updated = date(root, m_root, "updated", true, false);
    pack.language = text(root, m_root, "language", true, 35);
    static const QRegularExpression languageTag(u"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    if (!pack.language.isEmpty() && !languageTag.match(pack.language).hasMatch())
        error(*m_doc.find(root, "language"), JsonPath(m_root, "language"),
              tr("expected a language tag such as \"en\" or \"pt-BR\", got \"%1\"").arg(pack.language));
    pack.author = text(root, m_root, "author", false, 200);
}

void PackValidator::readContenders(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "contenders", true), JsonPath(m_root, "contenders"), 2, 4,
            [&](const Node &c, const JsonPath &p) {
                checkKeys(c, p, {"id", "name", "tagline", "homepage", "licence", "firstRelease"});
                Contender contender;
                contender.id = id(c, p);
                uniqueId(seen, contender.id, c, p);
                contender.name = text(c, p, "name", true, 80);
                contender.tagline = text(c, p, "tagline", false, 400);
                contender.homepage = url(c, p, "homepage", false);
                contender.licence = text(c, p, "licence", false, 120);
                if (const Node *first = member(c, p, "firstRelease", false)) {
                    const QString s = textValue(*first, JsonPath(p, "firstRelease"), 10);
                    const bool ok = QDate::fromString(s, u"yyyy-MM-dd"_s).isValid()
                        || QDate::fromString(s, u"yyyy-MM"_s).isValid() || QDate::fromString(s, u"yyyy"_s).isValid();
                    if (!s.isNull() && !ok)
                        error(*first, JsonPath(p, "firstRelease"),
                              tr("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got %1").arg(got(*first)));
                    contender.firstRelease = s;
                }
                pack.contenders.append(contender);
            });
    for (const auto &c : std::as_const(pack.contenders))
        m_contenderIds.append(c.id);
}

void PackValidator::readCategories(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "categories", true), JsonPath(m_root, "categories"), 1, 200,
            [&](const Node &c, const JsonPath &p) {
                checkKeys(c, p, {"id", "name", "description"});
                Category category;
                category.id = id(c, p);
                uniqueId(seen, category.id, c, p);
                category.name = text(c, p, "name", true, 120);
                category.description = text(c, p, "description", false);
                pack.categories.append(category);
            });
}

void PackValidator::readSummary(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "summary", true), JsonPath(m_root, "summary"), 1, 1000,
            [&](const Node &r, const JsonPath &p) {
                checkKeys(r, p, {"id", "criterion", "values", "edge", "note"});
                SummaryRow row;
                row.id = id(r, p);
                uniqueId(seen, row.id, r, p);
                row.criterion = text(r, p, "criterion", true, 200);
                row.values.resize(m_contenderIds.size());
                contenderMap(r, p, "values", [&](int contender, const Node &value, const JsonPath &vp) {
                    row.values[contender] = textValue(value, vp);
                });
                row.edge = edge(r, p);
                row.note = text(r, p, "note", false);
                pack.summary.append(row);
            });
}

void PackValidator::readCriteria(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    const Node *criteria = member(root, m_root, "criteria", true);
    if (criteria)
        pack.criteria.reserve(criteria->count);
    forEach(criteria, JsonPath(m_root, "criteria"), 1, 20000, [&](const Node &c, const JsonPath &p) {
        checkKeys(c, p, {"id", "category", "criterion", "values", "edge", "explanation", "sources"});
        Criterion criterion;
        criterion.id = id(c, p);
        uniqueId(seen, criterion.id, c, p);
        if (const Node *cat = member(c, p, "category", true)) {
            const QString catId = textValue(*cat, JsonPath(p, "category"), 64);
            criterion.category = pack.categoryIndex(catId);
            if (!catId.isNull() && criterion.category < 0)
                error(*cat, JsonPath(p, "category"), tr("no category has the id \"%1\"").arg(catId));
        }
        criterion.criterion = text(c, p, "criterion", true, 200);
        criterion.values.resize(m_contenderIds.size());
        contenderMap(c, p, "values", [&](int contender, const Node &value, const JsonPath &vp) {
            if (!expect(value, vp, Type::Object))
                return;
            checkKeys(value, vp, {"text", "rating"});
            criterion.values[contender].text = text(value, vp, "text", true);
            if (const Node *rating = member(value, vp, "rating", true))
                criterion.values[contender].rating = integer(*rating, JsonPath(vp, "rating"), 0, 5).value_or(-1);
        });
        criterion.edge = edge(c, p);
        const bool ratingsValid = std::all_of(criterion.values.cbegin(), criterion.values.cend(),
                                              [](const RatedValue &v) { return v.rating >= 0; });
        if (const Node *e = m_doc.find(c, "edge"); e && ratingsValid) {
            const auto best
                = std::max_element(criterion.values.cbegin(), criterion.values.cend(),
                                   [](const RatedValue &a, const RatedValue &b) { return a.rating < b.rating; });
            if (criterion.edge >= 0 && best->rating > criterion.values[criterion.edge].rating)
                warning(*e, JsonPath(p, "edge"),
                        tr("the edge goes to \"%1\" although another contender has a higher rating")
                            .arg(m_contenderIds[criterion.edge]));
        }
        criterion.explanation = text(c, p, "explanation", true);
        if (const Node *ex = m_doc.find(c, "explanation"); ex && !criterion.explanation.isEmpty())
            noteMarkdown(*ex, JsonPath(p, "explanation"), criterion.explanation);
        forEach(member(c, p, "sources", true), JsonPath(p, "sources"), 1, 50, [&](const Node &s, const JsonPath &sp) {
            checkKeys(s, sp, {"title", "url", "asOf"});
            Source source;
            source.title = text(s, sp, "title", true, 300);
            source.url = url(s, sp, "url", true);
            source.asOfDate = date(s, sp, "asOf", true, true, &source.asOf);
            criterion.sources.append(source);
        });
        if (criterion.category < 0)
            criterion.category = 0;
        pack.criterionIndex.insert(criterion.id, static_cast<int>(pack.criteria.size()));
        pack.criteria.append(criterion);
    });
}

void PackValidator::readVerdict(const Node &root, Pack &pack)
{
    const Node *v = member(root, m_root, "verdict", true);
    const JsonPath vpath(m_root, "verdict");
    if (!v || !expect(*v, vpath, Type::Object))
        return;
    checkKeys(*v, vpath, {"summary", "chooseWhen"});
    pack.verdict.summary = text(*v, vpath, "summary", true);
    pack.verdict.chooseWhen.resize(m_contenderIds.size());
    contenderMap(*v, vpath, "chooseWhen", [&](int contender, const Node &list, const JsonPath &lp) {
        if (!expect(list, lp, Type::Array))
            return;
        if (list.count < 1 || list.count > 50)
            error(list, lp, tr("expected %1 to %2 items, got %3").arg(1).arg(50).arg(list.count));
        qsizetype i = 0;
        for (const auto &m : m_doc.members(list)) {
            const QString item = textValue(m_doc.node(m.node), JsonPath(lp, i++), 1000);
            if (!item.isNull())
                pack.verdict.chooseWhen[contender].append(item);
        }
    });
}

void PackValidator::readChecklist(const Node &root, Pack &pack)
{
    const Node *cl = member(root, m_root, "checklist", true);
    const JsonPath checklistPath(m_root, "checklist");
    if (!cl || !expect(*cl, checklistPath, Type::Object))
        return;
    checkKeys(*cl, checklistPath, {"tieMargin", "questions"});
    if (const Node *tie = member(*cl, checklistPath, "tieMargin", false)) {
        if (tie->type != Type::Number || tie->outOfRange || tie->real < 0 || tie->real >= 1)
            error(*tie, JsonPath(checklistPath, "tieMargin"),
                  tr("expected a number from 0 up to (not including) 1, got %1").arg(got(*tie)));
        else
            pack.checklist.tieMargin = tie->real;
    }
    QHash<QString, qsizetype> seen;
    forEach(
        member(*cl, checklistPath, "questions", true), JsonPath(checklistPath, "questions"), 1, 500,
        [&](const Node &q, const JsonPath &p) {
            checkKeys(q, p, {"id", "text", "help", "kind", "options", "showIf"});
            Question question;
            question.id = id(q, p);
            uniqueId(seen, question.id, q, p);
            question.text = text(q, p, "text", true, 500);
            question.help = text(q, p, "help", false);
            if (const Node *kind = member(q, p, "kind", true)) {
                const auto k = kind->type == Type::String ? m_doc.text(*kind) : std::string_view();
                if (k != "single" && k != "multi")
                    error(*kind, JsonPath(p, "kind"), tr("expected \"single\" or \"multi\", got %1").arg(got(*kind)));
                question.multi = k == "multi";
            }
            QHash<QString, qsizetype> optionIds;
            forEach(member(q, p, "options", true), JsonPath(p, "options"), 2, 20,
                    [&](const Node &o, const JsonPath &op) {
                        checkKeys(o, op, {"id", "label", "weights", "criteria"});
                        Option option;
                        option.id = id(o, op);
                        uniqueId(optionIds, option.id, o, op);
                        option.label = text(o, op, "label", true, 300);
                        option.weights.fill(0, m_contenderIds.size());
                        const JsonPath weightsPath(op, "weights");
                        const JsonPath criteriaPath(op, "criteria");
                        if (const Node *w = member(o, op, "weights", true);
                            w && expect(*w, JsonPath(op, "weights"), Type::Object)) {
                            // A contender left out of the weights counts 0.
                            for (const auto &m : m_doc.members(*w)) {
                                const QString name = keyString(m_doc.key(m));
                                const int index = static_cast<int>(m_contenderIds.indexOf(name));
                                const JsonPath wp(weightsPath, m_doc.key(m));
                                if (index < 0)
                                    error(Node{.offset = m.keyOffset}, wp,
                                          tr("\"%1\" is not a contender of this pack").arg(name));
                                else
                                    option.weights[index] = integer(m_doc.node(m.node), wp, -3, 3).value_or(0);
                            }
                        }
                        if (const Node *refs = member(o, op, "criteria", false);
                            refs && expect(*refs, JsonPath(op, "criteria"), Type::Array)) {
                            qsizetype i = 0;
                            for (const auto &m : m_doc.members(*refs)) {
                                const JsonPath rp(criteriaPath, i++);
                                const QString ref = textValue(m_doc.node(m.node), rp, 64);
                                const int index = pack.criterionIndex.value(ref, -1);
                                if (index < 0 && !ref.isNull())
                                    error(m_doc.node(m.node), rp, tr("no criterion has the id \"%1\"").arg(ref));
                                else if (index >= 0)
                                    option.criteria.append(index);
                            }
                        }
                        question.options.append(option);
                    });
            if (const Node *si = member(q, p, "showIf", false);
                si && expect(*si, JsonPath(p, "showIf"), Type::Object)) {
                const JsonPath sp(p, "showIf");
                checkKeys(*si, sp, {"question", "answer"});
                const QString qid = text(*si, sp, "question", true, 64);
                const QString aid = text(*si, sp, "answer", true, 64);
                const int qi = pack.questionIndex.value(qid, -1);
                if (!qid.isEmpty() && qi < 0) {
                    error(*m_doc.find(*si, "question"), JsonPath(sp, "question"),
                          tr("no earlier question has the id \"%1\" (showIf may only refer to questions before it)")
                              .arg(qid));
                } else if (qi >= 0) {
                    const auto &options = pack.checklist.questions[qi].options;
                    const auto it
                        = std::find_if(options.cbegin(), options.cend(), [&](const Option &o) { return o.id == aid; });
                    if (it == options.cend() && !aid.isEmpty())
                        error(*m_doc.find(*si, "answer"), JsonPath(sp, "answer"),
                              tr("question \"%1\" has no option \"%2\"").arg(qid, aid));
                    else if (it != options.cend())
                        question.showIf = ShowIf{qi, static_cast<int>(it - options.cbegin())};
                }
            }
            if (!question.id.isEmpty() && !pack.questionIndex.contains(question.id))
                pack.questionIndex.insert(question.id, static_cast<int>(pack.checklist.questions.size()));
            pack.checklist.questions.append(question);
        });
}

void PackValidator::readFaq(const Node &root, Pack &pack)
{
    QHash<QString, qsizetype> seen;
    forEach(member(root, m_root, "faq", true), JsonPath(m_root, "faq"), 0, 5000, [&](const Node &f, const JsonPath &p) {
        checkKeys(f, p, {"id", "question", "answer", "tags"});
        FaqEntry entry;
        entry.id = id(f, p);
        uniqueId(seen, entry.id, f, p);
        entry.question = text(f, p, "question", true, 500);
        entry.answer = text(f, p, "answer", true);
        if (const Node *a = m_doc.find(f, "answer"); a && !entry.answer.isEmpty())
            noteMarkdown(*a, JsonPath(p, "answer"), entry.answer);
        const JsonPath tagsPath(p, "tags");
        if (const Node *tags = member(f, p, "tags", false); tags && expect(*tags, tagsPath, Type::Array)) {
            if (tags->count > 20)
                error(*tags, JsonPath(p, "tags"),
                      tr("expected %1 to %2 items, got %3").arg(0).arg(20).arg(tags->count));
            qsizetype i = 0;
            for (const auto &m : m_doc.members(*tags)) {
                const QString tag = textValue(m_doc.node(m.node), JsonPath(tagsPath, i++), 40);
                if (!tag.isEmpty() && !entry.tags.contains(tag))
                    entry.tags.append(tag);
            }
        }
        if (!entry.id.isEmpty())
            pack.faqIndex.insert(entry.id, static_cast<int>(pack.faq.size()));
        pack.faq.append(entry);
    });
}

void PackValidator::readInquiry(const Node &root, Pack &pack)
{
    const Node *inq = member(root, m_root, "inquiry", true);
    const JsonPath ip(m_root, "inquiry");
    if (!inq || !expect(*inq, ip, Type::Object))
        return;
    checkKeys(*inq, ip, {"title", "intro", "endpoint", "consent", "fields"});
    auto &form = pack.inquiry;
    form.title = text(*inq, ip, "title", true, 200);
    form.intro = text(*inq, ip, "intro", false);
    form.endpoint = url(*inq, ip, "endpoint", false);
    form.consent = text(*inq, ip, "consent", false);
    QHash<QString, qsizetype> seen;
    forEach(member(*inq, ip, "fields", true), JsonPath(ip, "fields"), 1, 50, [&](const Node &f, const JsonPath &p) {
        checkKeys(f, p, {"id", "label", "help", "type", "required", "maxLength", "options"});
        InquiryField field;
        field.id = id(f, p);
        uniqueId(seen, field.id, f, p);
        // A web-form body also carries the inquiry's id and the verdict under these names.
        if (field.id == u"id"_s || field.id == u"verdict"_s)
            error(*member(f, p, "id", false), JsonPath(p, "id"),
                  tr("\"%1\" is reserved for the inquiry itself; choose another id").arg(field.id));
        field.label = text(f, p, "label", true, 1000);
        field.help = text(f, p, "help", false, 1000);
        if (const Node *type = member(f, p, "type", true)) {
            static const QHash<QString, InquiryField::Type> types{{u"text"_s, InquiryField::Type::Text},
                                                                  {u"email"_s, InquiryField::Type::Email},
                                                                  {u"multiline"_s, InquiryField::Type::Multiline},
                                                                  {u"choice"_s, InquiryField::Type::Choice},
                                                                  {u"checkbox"_s, InquiryField::Type::Checkbox}};
            const QString t = type->type == Type::String ? m_doc.string(*type) : QString();
            if (!types.contains(t))
                error(*type, JsonPath(p, "type"),
                      tr("expected one of \"text\", \"email\", \"multiline\", \"choice\", \"checkbox\", got %1")
                          .arg(got(*type)));
            field.type = types.value(t, InquiryField::Type::Text);
        }
        if (const Node *req = member(f, p, "required", false)) {
            if (expect(*req, JsonPath(p, "required"), Type::Bool))
                field.required = req->boolean;
        }
        const bool multiline = field.type == InquiryField::Type::Multiline;
        field.maxLength = multiline ? maxTextLength : 200;
        if (const Node *max = member(f, p, "maxLength", false))
            field.maxLength = integer(*max, JsonPath(p, "maxLength"), 1, maxTextLength).value_or(field.maxLength);
        const Node *options = member(f, p, "options", false);
        if (field.type == InquiryField::Type::Choice) {
            QHash<QString, qsizetype> optionIds;
            if (!options)
                error(f, p, tr("missing required key \"options\" (a choice field needs options)"));
            forEach(options, JsonPath(p, "options"), 1, 50, [&](const Node &o, const JsonPath &op) {
                checkKeys(o, op, {"id", "label"});
                FieldOption option{id(o, op), text(o, op, "label", true, 300)};
                uniqueId(optionIds, option.id, o, op);
                field.options.append(option);
            });
        } else if (options) {
            error(*options, JsonPath(p, "options"), tr("only a field of type \"choice\" has options"));
        }
        form.fields.append(field);
    });
}

void PackValidator::checkInternalLinks(const Pack &pack)
{
    static const QRegularExpression link(u"versus:([a-z]*)/([^)\\s\"'>]*)"_s);
    for (const auto &md : std::as_const(m_markdown)) {
        for (auto it = link.globalMatch(md.text); it.hasNext();) {
            const auto m = it.next();
            const QString kind = m.captured(1);
            const QString target = m.captured(2);
            const bool ok = (kind == u"criterion"_s && pack.criterionIndex.contains(target))
                || (kind == u"faq"_s && pack.faqIndex.contains(target));
            if (!ok)
                report(
                    Diagnostic::Severity::Error, md.node->offset, md.pointer,
                    tr("the link \"%1\" leads nowhere (use versus:criterion/ID or versus:faq/ID with an existing id)")
                        .arg(m.captured(0)));
        }
    }
}

} // namespace Versus::Core
