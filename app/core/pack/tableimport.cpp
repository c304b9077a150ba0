#include "core/pack/tableimport.h"

#include "core/json/jsondocument.h"
#include "core/json/jsonwrite.h"
#include "core/pack/packloader.h"
#include "core/pack/packscaffold.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// Where the value that starts at offset ends (one past its last byte).
std::size_t valueEnd(const QByteArray &text, std::size_t offset)
{
    const auto size = static_cast<std::size_t>(text.size());
    std::size_t i = offset;
    const auto skipString = [&] {
        for (++i; i < size && text[static_cast<qsizetype>(i)] != '"'; ++i) {
            if (text[static_cast<qsizetype>(i)] == '\\')
                ++i;
        }
        ++i;
    };
    const char first = text[static_cast<qsizetype>(offset)];
    if (first == '"') {
        skipString();
        return i;
    }
    if (first != '{' && first != '[') {
        while (i < size && !QByteArrayView(",]} \t\r\n").contains(text[static_cast<qsizetype>(i)]))
            ++i;
        return i;
    }
    int depth = 0;
    while (i < size) {
        const char c = text[static_cast<qsizetype>(i)];
        if (c == '"') {
            skipString();
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return size;
}

// "tie", "tea", or ["tea", "coffee"].
QString edgeJson(const Pack &pack, const Edge &edge)
{
    if (edge.isTie())
        return u"\"tie\""_s;
    QStringList ids;
    for (const int c : edge.leaders)
        ids.append(jsonQuoted(pack.contenders[c].id));
    return ids.size() == 1 ? ids.first() : u'[' + ids.join(u", "_s) + u']';
}

struct Edit {
    std::size_t start;
    std::size_t end;
    QByteArray text;
};

// The export keeps spreadsheets from running a cell as a formula with a leading '; undo it.
QString unguarded(const QString &cell)
{
    if (!cell.startsWith(u'\''))
        return cell;
    const QString rest = cell.mid(1);
    const auto *const start = std::find_if(rest.cbegin(), rest.cend(), [](QChar c) { return !c.isSpace(); });
    const bool formula = start != rest.cend() && QStringLiteral("=+-@").contains(*start);
    return formula || rest.startsWith(u'\t') || rest.startsWith(u'\r') ? rest : cell;
}

QString sourceJson(const Source &s)
{
    return u"{\"title\": "_s + jsonQuoted(s.title) + u", \"url\": "_s + jsonQuoted(QString::fromUtf8(s.url.toEncoded()))
        + u", \"asOf\": "_s + jsonQuoted(s.asOf) + u"}"_s;
}

QString sourcesJson(const QList<Source> &sources)
{
    QStringList items;
    for (const Source &s : sources)
        items.append(sourceJson(s));
    return u"["_s + items.join(u", "_s) + u"]"_s;
}

QStringList urlsOf(const QList<Source> &sources)
{
    QStringList urls;
    for (const Source &s : sources)
        urls.append(QString::fromUtf8(s.url.toEncoded()));
    return urls;
}

// One row of the table, read into a criterion's values; the problems go to the outcome.
class RowReader final {
public:
    RowReader(const Pack &pack, const QStringList &header, const QString &file, int row, QList<Diagnostic> &problems)
        : m_pack(pack)
        , m_header(header)
        , m_file(file)
        , m_row(row)
        , m_problems(problems)
    {
    }

    void problem(int column, const QString &message)
    {
        m_problems.append({Diagnostic::Severity::Error, m_file, m_row, column + 1, QString(),
                           TableImport::tr("column %1 (%2): %3")
                               .arg(TableImport::columnName(column), m_header.value(column), message)});
    }

    QString text(const QStringList &cells, int column)
    {
        QString s = unguarded(cells.value(column));
        if (s.trimmed().isEmpty())
            problem(column, TableImport::tr("must not be empty"));
        return s;
    }

    int category(const QStringList &cells, int column)
    {
        const QString s = cells.value(column).trimmed();
        for (int k = 0; k < m_pack.categories.size(); ++k) {
            if (m_pack.categories[k].name == s || m_pack.categories[k].id == s)
                return k;
        }
        problem(column, TableImport::tr("no category is named \"%1\"").arg(s));
        return -1;
    }

    int rating(const QStringList &cells, int column)
    {
        bool ok = false;
        const int r = cells.value(column).trimmed().toInt(&ok);
        if (!ok || r < 0 || r > 5) {
            problem(column, TableImport::tr("expected an integer from 0 to 5, got \"%1\"").arg(cells.value(column)));
            return -1;
        }
        return r;
    }

    // A tie, one contender, or contenders that share the lead: as the export writes them
    // ("Tea and Coffee"), or names or ids separated by commas.
    std::optional<Edge> edge(const QStringList &cells, int column)
    {
        const QString s = cells.value(column).trimmed();
        if (s.compare(u"tie"_s, Qt::CaseInsensitive) == 0 || s == m_pack.edgeName(Edge::tie()))
            return Edge::tie();
        const auto n = static_cast<int>(m_pack.contenders.size());
        for (int subset = 1; subset < (1 << n); ++subset) {
            Edge e;
            for (int i = 0; i < n; ++i) {
                if (subset & (1 << i))
                    e.leaders.append(i);
            }
            if (s == m_pack.edgeName(e))
                return e.leaders.size() == n ? Edge::tie() : e;
        }
        Edge listed;
        for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            const auto found = std::find_if(m_pack.contenders.cbegin(), m_pack.contenders.cend(),
                                            [&](const Contender &c) { return c.name == name || c.id == name; });
            const auto i = static_cast<int>(found - m_pack.contenders.cbegin());
            if (found == m_pack.contenders.cend() || listed.leads(i)) {
                listed = Edge::tie();
                break;
            }
            listed.leaders.append(i);
        }
        if (!listed.isTie()) {
            std::sort(listed.leaders.begin(), listed.leaders.end());
            return listed.leaders.size() == n ? Edge::tie() : listed;
        }
        QStringList names;
        for (const auto &c : m_pack.contenders)
            names.append(c.name);
        problem(column,
                TableImport::tr("expected %1 (or several of them, separated by commas) or \"%2\", got \"%3\"")
                    .arg(u"\""_s + names.join(u"\", \""_s) + u"\""_s, m_pack.edgeName(Edge::tie()), s));
        return std::nullopt;
    }

    // minimum is 0 for a context criterion, which rates the client's situation and needs no source.
    std::optional<QStringList> urls(const QStringList &cells, int column, int minimum)
    {
        static const QRegularExpression space(u"\\s+"_s);
        const QStringList urls = cells.value(column).split(space, Qt::SkipEmptyParts);
        if (urls.size() < minimum || urls.size() > 50) {
            problem(column,
                    TableImport::tr("expected %1 to 50 source addresses separated by spaces, got %2")
                        .arg(minimum)
                        .arg(urls.size()));
            return std::nullopt;
        }
        for (const QString &u : urls) {
            const QUrl url(u, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty()) {
                problem(column, TableImport::tr("expected an absolute http or https URL, got \"%1\"").arg(u));
                return std::nullopt;
            }
        }
        return urls;
    }

private:
    const Pack &m_pack;
    const QStringList &m_header;
    const QString &m_file;
    int m_row;
    QList<Diagnostic> &m_problems;
};

} // namespace

QString TableImport::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QList<QStringList> TableImport::parseCsv(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // The separator: whichever of , ; and tab the first line (outside quotes) has most of.
    QChar separator = u',';
    {
        int best = -1;
        for (const QChar candidate : {u',', u';', u'\t'}) {
            int count = 0;
            bool quoted = false;
            for (const QChar c : text) {
                if (c == u'"')
                    quoted = !quoted;
                else if (!quoted && (c == u'\n' || c == u'\r'))
                    break;
                else if (!quoted && c == candidate)
                    ++count;
            }
            if (count > best) {
                best = count;
                separator = candidate;
            }
        }
    }
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

TableImport::Outcome TableImport::apply(const QByteArray &packText, const Pack &pack, const QString &table,
                                        const QString &tableFile, const QString &month)
{
    Outcome outcome;
    auto &problems = outcome.problems;
    const auto fail = [&](int row, const QString &message) {
        problems.append({Diagnostic::Severity::Error, tableFile, row, 0, QString(), message});
        return outcome;
    };
    const QList<QStringList> rows = parseCsv(table);
    if (rows.isEmpty())
        return fail(0, tr("the table is empty"));
    const QStringList &header = rows.first();
    const int n = static_cast<int>(pack.contenders.size());
    // Category, Weight, Criterion, a text and a rating per contender, Edge, Sources, Id.
    const int edgeColumn = 3 + 2 * n;
    const int sourcesColumn = edgeColumn + 1;
    const int idColumn = sourcesColumn + 1;
    if (header.size() != idColumn + 1)
        return fail(1,
                    tr("expected %1 columns (the table of this pack, as --export-table writes it), got %2")
                        .arg(idColumn + 1)
                        .arg(header.size()));
    for (int i = 0; i < n; ++i) {
        if (header[3 + 2 * i] != pack.contenders[i].name)
            return fail(1,
                        tr("column %1 should be the contender \"%2\", got \"%3\"")
                            .arg(columnName(3 + 2 * i), pack.contenders[i].name, header[3 + 2 * i]));
    }

    auto parsed = JsonDocument::parse(packText);
    if (!std::holds_alternative<JsonDocument>(parsed))
        return fail(0, tr("the pack's text does not parse"));
    const JsonDocument &doc = std::get<JsonDocument>(parsed);
    const auto *criteriaNode = doc.find(doc.root(), "criteria");
    if (!criteriaNode || criteriaNode->count != static_cast<std::uint32_t>(pack.criteria.size()))
        return fail(0, tr("the pack's text is not the pack that was loaded"));
    const auto criteriaMembers = doc.members(*criteriaNode);

    // Every source the pack cites, by address: a row may cite one another criterion has.
    QHash<QString, Source> knownSources;
    for (const Criterion &c : pack.criteria) {
        for (const Source &s : c.sources)
            knownSources.insert(QString::fromUtf8(s.url.toEncoded()), s);
    }

    QList<Edit> edits;
    const auto replace = [&](const JsonDocument::Node &node, const QString &json) {
        edits.append({node.offset, valueEnd(packText, node.offset), json.toUtf8()});
    };
    QSet<QString> seenIds;
    QSet<QString> newIds;
    QStringList added;
    for (int r = 1; r < rows.size(); ++r) {
        QStringList cells = rows[r];
        const int rowNumber = r + 1;
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        if (cells.size() == idColumn) // a spreadsheet may drop an empty last cell
            cells.append(QString());
        if (cells.size() != header.size()) {
            fail(rowNumber, tr("the row has %1 cells; the header has %2").arg(cells.size()).arg(header.size()));
            continue;
        }
        RowReader read(pack, header, tableFile, rowNumber, problems);
        const QString id = cells[idColumn].trimmed();
        const int index = id.isEmpty() ? -1 : pack.criterionIndex.value(id, -1);
        // Every cell of the row is read, whatever its id: each bad one is reported.
        if (!id.isEmpty() && index < 0)
            read.problem(idColumn,
                         tr("no criterion has the id \"%1\" (leave the cell empty to add a criterion)").arg(id));
        else if (!id.isEmpty() && seenIds.contains(id))
            read.problem(idColumn, tr("the criterion \"%1\" has an earlier row already").arg(id));
        seenIds.insert(id);
        const int category = read.category(cells, 0);
        const QString name = read.text(cells, 2);
        QList<RatedValue> values(n);
        for (int i = 0; i < n; ++i) {
            values[i].text = read.text(cells, 3 + 2 * i);
            values[i].rating = read.rating(cells, 4 + 2 * i);
        }
        const auto edge = read.edge(cells, edgeColumn);
        const auto urls = read.urls(cells, sourcesColumn, index >= 0 && pack.criteria[index].context ? 0 : 1);
        if (!problems.isEmpty())
            continue; // nothing is written once a cell is wrong; go on to report the others
        const Criterion *old = index >= 0 ? &pack.criteria[index] : nullptr;
        QList<Source> sources;
        const QStringList oldUrls = old ? urlsOf(old->sources) : QStringList();
        for (const QString &u : *urls) {
            if (const auto own = oldUrls.indexOf(u); own >= 0) {
                sources.append(old->sources[own]);
            } else if (knownSources.contains(u)) {
                sources.append(knownSources.value(u));
            } else {
                sources.append({u"TODO: the title of "_s + u, QUrl(u), month, {}});
                ++outcome.newSources;
            }
        }
        if (!old) {
            QString newId = PackScaffold::idFor(name);
            if (newId.isEmpty())
                newId = u"criterion"_s;
            const QString base = newId.left(60);
            for (int k = 2; pack.criterionIndex.contains(newId) || newIds.contains(newId); ++k)
                newId = base + u'-' + QString::number(k);
            newIds.insert(newId);
            QStringList valueItems;
            for (int i = 0; i < n; ++i)
                valueItems.append(jsonQuoted(pack.contenders[i].id) + u": {\"text\": "_s + jsonQuoted(values[i].text)
                                  + u", \"rating\": "_s + QString::number(values[i].rating) + u"}"_s);
            added.append(u"{\n      \"id\": "_s + jsonQuoted(newId) + u",\n      \"category\": "_s
                         + jsonQuoted(pack.categories[category].id) + u",\n      \"criterion\": "_s + jsonQuoted(name)
                         + u",\n      \"values\": {"_s + valueItems.join(u", "_s) + u"},\n      \"edge\": "_s
                         + edgeJson(pack, *edge) + u",\n      \"explanation\": "_s
                         + jsonQuoted(u"TODO: why they differ"_s) + u",\n      \"sources\": "_s + sourcesJson(sources)
                         + u"\n    }"_s);
            continue;
        }
        const auto &node = doc.node(criteriaMembers[static_cast<std::size_t>(index)].node);
        const int before = static_cast<int>(edits.size());
        if (category != old->category)
            replace(*doc.find(node, "category"), jsonQuoted(pack.categories[category].id));
        if (name != old->criterion)
            replace(*doc.find(node, "criterion"), jsonQuoted(name));
        const auto &valuesNode = *doc.find(node, "values");
        for (int i = 0; i < n; ++i) {
            const auto &value = *doc.find(valuesNode, pack.contenders[i].id.toStdString());
            if (values[i].text != old->values[i].text)
                replace(*doc.find(value, "text"), jsonQuoted(values[i].text));
            if (values[i].rating != old->values[i].rating)
                replace(*doc.find(value, "rating"), QString::number(values[i].rating));
        }
        if (*edge != old->edge)
            replace(*doc.find(node, "edge"), edgeJson(pack, *edge));
        if (*urls != oldUrls)
            replace(*doc.find(node, "sources"), sourcesJson(sources));
        if (edits.size() > before)
            ++outcome.changed;
    }
    if (!problems.isEmpty())
        return outcome;

    QByteArray text = packText;
    if (!added.isEmpty()) {
        // After the last criterion, before the array's closing bracket.
        std::size_t close = valueEnd(packText, criteriaNode->offset) - 1;
        std::size_t last = close;
        while (last > criteriaNode->offset
               && QByteArrayView(" \t\r\n").contains(packText[static_cast<qsizetype>(last - 1)]))
            --last;
        edits.append({last, last, (u",\n    "_s + added.join(u",\n    "_s)).toUtf8()});
        outcome.added = static_cast<int>(added.size());
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &e : std::as_const(edits))
        text.replace(static_cast<qsizetype>(e.start), static_cast<qsizetype>(e.end - e.start), e.text);
    outcome.pack = text;
    return outcome;
}

} // namespace Versus::Core
