#include "core/search/searchindex.h"

#include "core/common/logging.h"
#include "core/text/stemmer.h"
#include "core/text/textfold.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// Bounds on what a query costs, whatever is typed or pasted.
constexpr qsizetype maxQueryWords = 16;
constexpr qsizetype maxWordLength = 64;
constexpr qsizetype maxExpansions = 24; // pack words a prefix or a typo stands for
constexpr qsizetype typoMinLength = 5;

QAtomicInt connectionCount;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Calls f(start, length) for each word of an already folded text.
template <typename F> void forEachWord(const QString &folded, F &&f)
{
    const qsizetype n = folded.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(folded[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(folded[i]))
            ++i;
        if (i > start)
            f(start, i - start);
    }
}

// True when a and b differ by one edit: a letter added, missing or changed, or two
// neighbouring letters swapped (Damerau-Levenshtein distance 1).
bool oneEditApart(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == lb) {
        qsizetype i = 0;
        while (i < la && a[i] == b[i])
            ++i;
        if (i == la)
            return false; // equal
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // one change
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
    }
    if (la + 1 == lb)
        return oneEditApart(b, a);
    if (la != lb + 1)
        return false;
    qsizetype i = 0;
    while (i < lb && a[i] == b[i])
        ++i;
    return a.mid(i + 1) == b.mid(i); // a has one letter more
}

// The pack's words while the index is built: open addressing on FNV-1a, since every
// word of every text is looked up here.
class WordTable final {
public:
    static quint64 hash(QStringView word)
    {
        quint64 h = 14695981039346656037ULL;
        for (const QChar c : word) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return h;
    }
    /// The id of word, or -1.
    int find(QStringView word, quint64 h, const std::vector<QStringView> &texts) const
    {
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const int id = m_slots[i];
            if (id < 0)
                return -1;
            const QStringView text = texts[static_cast<std::size_t>(id)];
            if (m_hashes[static_cast<std::size_t>(id)] == h && text.size() == word.size()
                && std::equal(text.begin(), text.end(), word.begin()))
                return id;
        }
    }
    void insert(quint64 h)
    {
        const int id = static_cast<int>(m_hashes.size());
        m_hashes.push_back(h);
        if (m_hashes.size() * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        else
            place(id);
    }

private:
    void place(int id)
    {
        std::size_t i = m_hashes[static_cast<std::size_t>(id)] & m_mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = id;
    }
    void rehash(std::size_t size)
    {
        m_slots.assign(size, -1);
        m_mask = size - 1;
        for (int id = 0; id < static_cast<int>(m_hashes.size()); ++id)
            place(id);
    }

    std::vector<int> m_slots = std::vector<int>(8192, -1);
    std::size_t m_mask = 8191;
    std::vector<quint64> m_hashes;
};

// A term of an FTS5 expression: always a quoted string, so that nothing typed is syntax.
QString quoted(const QString &term)
{
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

QString anyOf(const QStringList &terms)
{
    return u'(' + terms.join(u" OR "_s) + u')';
}

} // namespace

SearchIndex::SearchIndex() = default;

SearchIndex::~SearchIndex()
{
    m_select.reset();
    m_selectUnranked.reset();
    if (!m_connection.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SearchIndex::kindName(SearchHit::Kind kind)
{
    return itemKindName(kind);
}

QStringList SearchIndex::words(const QString &text)
{
    QStringList out;
    const QString folded = foldForMatching(text);
    forEachWord(folded, [&](qsizetype start, qsizetype length) { out.append(folded.mid(start, length)); });
    return out;
}

SearchIndex::SearchIndex(const Pack &pack)
    : m_stemmer(std::make_unique<Stemmer>(pack.language))
{
    m_items.reserve(static_cast<std::size_t>(pack.criteria.size() + pack.summary.size() + pack.faq.size()
                                             + pack.checklist.questions.size()));
    for (int i = 0; i < pack.criteria.size(); ++i) {
        const Criterion &c = pack.criteria[i];
        QString body = c.explanation; // Markdown: see Item::body
        body.reserve(body.size() + 256);
        for (const auto &v : c.values)
            body += u'\n' + v.text;
        addItem(SearchHit::Kind::Criterion, i, c.id, c.criterion, c.aliases, body);
    }
    for (int i = 0; i < pack.summary.size(); ++i) {
        const SummaryRow &r = pack.summary[i];
        addItem(SearchHit::Kind::Summary, i, r.id, r.criterion, {}, r.values.join(u'\n') + u'\n' + r.note);
    }
    for (int i = 0; i < pack.faq.size(); ++i) {
        const FaqEntry &f = pack.faq[i];
        addItem(SearchHit::Kind::Faq, i, f.id, f.question, f.aliases, f.answer + u'\n' + f.tags.join(u' '));
    }
    for (int i = 0; i < pack.checklist.questions.size(); ++i) {
        const Question &q = pack.checklist.questions[i];
        QString body = q.help;
        for (const auto &o : q.options)
            body += u'\n' + o.label;
        addItem(SearchHit::Kind::Question, i, q.id, q.text, {}, body);
    }
    for (const QStringList &group : pack.synonyms) {
        QList<QStringList> terms;
        for (const QString &term : group) {
            QStringList stems;
            for (const QString &word : words(term))
                stems.append(stemOf(word));
            if (!stems.isEmpty() && !terms.contains(stems))
                terms.append(stems);
        }
        if (terms.size() > 1)
            m_synonyms.append(terms);
    }
    build();
}

void SearchIndex::addItem(SearchHit::Kind kind, int index, const QString &id, const QString &title,
                          const QStringList &aliases, const QString &body)
{
    m_items.push_back({kind, index, id, title, aliases.join(u", "_s), body});
}

QString SearchIndex::stemOf(const QString &folded) const
{
    return m_stemmer ? m_stemmer->stem(folded) : folded;
}

// Each item becomes one row of an FTS5 table (title, aliases, body) holding its stems; the
// words as written stay here, for prefixes, typos and snippets. The table keeps no copy of
// the text (content=''): FTS5 is the inverted index and the ranking, nothing else.
void SearchIndex::build()
{
    m_connection = u"versus-search-%1"_s.arg(connectionCount.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(u":memory:"_s);
    QSqlQuery sql(m_db);
    if (!m_db.open()
        || !sql.exec(u"CREATE VIRTUAL TABLE doc USING fts5(title, aliases, body, content='', tokenize='ascii')"_s)) {
        qCWarning(lcSearch).noquote() << "cannot make the search index:"
                                      << (m_db.isOpen() ? sql.lastError() : m_db.lastError()).text();
        m_items.clear();
        return;
    }

    struct StemCount {
        int documents = 0;
        int lastItem = -1;
        int titles = 0;
        int lastTitle = -1;
    };
    WordTable wordIds;
    std::vector<QStringView> wordTexts; // views into m_words[].text
    std::vector<int> wordLastItem;
    std::vector<std::size_t> wordStem; // index in stemCounts
    std::vector<QByteArray> wordStemUtf8; // what goes into the table, as SQLite keeps text
    std::vector<StemCount> stemCounts;
    QHash<QString, std::size_t> stemIds;
    const auto stemmedText = [&](const QString &text, int item, bool title) {
        QByteArray out;
        out.reserve(text.size() + 16);
        forEachFoldedWord(text, [&](QStringView view) {
            const quint64 h = WordTable::hash(view);
            int found = wordIds.find(view, h, wordTexts);
            if (found < 0) {
                Word word{view.toString(), {}, 0};
                word.stem = stemOf(word.text);
                auto stem = stemIds.constFind(word.stem);
                if (stem == stemIds.cend()) {
                    stem = stemIds.insert(word.stem, stemCounts.size());
                    stemCounts.emplace_back();
                }
                wordStem.push_back(*stem);
                wordStemUtf8.push_back(word.stem.toUtf8() + ' ');
                m_words.push_back(std::move(word));
                wordLastItem.push_back(-1);
                // QString's data does not move with the vector: the view stays valid.
                wordTexts.emplace_back(m_words.back().text);
                found = static_cast<int>(m_words.size() - 1);
                wordIds.insert(h);
            }
            const auto id = static_cast<std::size_t>(found);
            if (wordLastItem[id] != item) {
                wordLastItem[id] = item;
                ++m_words[id].documents;
            }
            StemCount &s = stemCounts[wordStem[id]];
            if (s.lastItem != item) {
                s.lastItem = item;
                ++s.documents;
            }
            if (title && s.lastTitle != item) {
                s.lastTitle = item;
                ++s.titles;
            }
            out += wordStemUtf8[id];
        });
        return out; // bound as a blob: FTS5 reads its bytes as UTF-8 text
    };

    m_db.transaction();
    sql.prepare(u"INSERT INTO doc(rowid, title, aliases, body) VALUES (?, ?, ?, ?)"_s);
    bool ok = true;
    for (int i = 0; ok && i < static_cast<int>(m_items.size()); ++i) {
        const Item &item = m_items[static_cast<std::size_t>(i)];
        sql.bindValue(0, i);
        sql.bindValue(1, stemmedText(item.title, i, true));
        sql.bindValue(2, stemmedText(item.aliases, i, true));
        sql.bindValue(3, stemmedText(withoutLinkTargets(item.body), i, false));
        ok = sql.exec();
    }
    if (!ok || !m_db.commit()) {
        qCWarning(lcSearch).noquote() << "cannot fill the search index:" << sql.lastError().text();
        m_items.clear();
        return;
    }
    m_stemDocuments.reserve(stemIds.size());
    for (auto it = stemIds.cbegin(); it != stemIds.cend(); ++it) {
        m_stemDocuments.insert(it.key(), stemCounts[*it].documents);
        m_stemTitles.insert(it.key(), stemCounts[*it].titles);
    }
    std::sort(m_words.begin(), m_words.end(), [](const Word &a, const Word &b) { return a.text < b.text; });

    m_select = std::make_unique<QSqlQuery>(m_db);
    m_select->setForwardOnly(true);
    // Title ten times the body, aliases eight: a hit in what an item is called ranks first.
    m_select->prepare(u"SELECT rowid, bm25(doc, 10.0, 8.0, 1.0) FROM doc WHERE doc MATCH ?"_s);
    m_selectUnranked = std::make_unique<QSqlQuery>(m_db);
    m_selectUnranked->setForwardOnly(true);
    m_selectUnranked->prepare(u"SELECT rowid FROM doc WHERE doc MATCH ? LIMIT ?"_s);
}

QList<const SearchIndex::Word *> SearchIndex::wordsWithPrefix(const QString &prefix) const
{
    QList<const Word *> out;
    auto it = std::lower_bound(m_words.begin(), m_words.end(), prefix,
                               [](const Word &w, const QString &text) { return w.text < text; });
    for (; it != m_words.end() && it->text.startsWith(prefix); ++it)
        out.append(&*it);
    return out;
}

QList<const SearchIndex::Word *> SearchIndex::nearWords(const QString &folded) const
{
    QList<const Word *> out;
    if (folded.size() < typoMinLength)
        return out;
    for (const Word &w : m_words) {
        if (qAbs(w.text.size() - folded.size()) <= 1 && oneEditApart(w.text, folded))
            out.append(&w);
    }
    return out;
}

const SearchIndex::Plan &SearchIndex::plan(const QString &query) const
{
    if (m_lastPlan && m_lastPlan->first == query)
        return m_lastPlan->second;
    Plan plan;
    QStringList queryWords = words(query);
    if (queryWords.size() > maxQueryWords)
        queryWords.resize(maxQueryWords);
    QStringList stems;
    for (QString &w : queryWords) {
        w.truncate(maxWordLength);
        stems.append(stemOf(w));
    }
    // The last word is still being typed unless a space follows it.
    const bool typing = !query.isEmpty() && isWordChar(query.back());
    const auto mostUsedFirst = [](QList<const Word *> &list) {
        std::stable_sort(list.begin(), list.end(),
                         [](const Word *a, const Word *b) { return a->documents > b->documents; });
        if (list.size() > maxExpansions)
            list.resize(maxExpansions);
    };
    for (qsizetype i = 0; i < queryWords.size();) {
        // A synonym: the longest of the pack's terms that starts here stands for all of its group.
        const QList<QStringList> *group = nullptr;
        qsizetype length = 0;
        for (const QList<QStringList> &g : m_synonyms) {
            for (const QStringList &term : g) {
                if (term.size() > length && i + term.size() <= stems.size()
                    && std::equal(term.cbegin(), term.cend(), stems.cbegin() + i)) {
                    group = &g;
                    length = term.size();
                }
            }
        }
        if (group) {
            QStringList alternatives;
            int documents = 0;
            int titles = 0;
            for (const QStringList &term : *group) {
                alternatives.append(quoted(term.join(u' '))); // several words: a phrase
                int phrase = std::numeric_limits<int>::max();
                int phraseInTitles = std::numeric_limits<int>::max();
                for (const QString &s : term) {
                    plan.stems.insert(s);
                    phrase = std::min(phrase, m_stemDocuments.value(s));
                    phraseInTitles = std::min(phraseInTitles, m_stemTitles.value(s));
                }
                documents = std::max(documents, phrase);
                titles = std::max(titles, phraseInTitles);
            }
            plan.expressions.append(anyOf(alternatives));
            plan.documents.append(documents);
            plan.titles.append(titles);
            plan.corrected.append(queryWords.mid(i, length));
            i += length;
            continue;
        }
        const QString &word = queryWords[i];
        QSet<QString> terms;
        const bool known = m_stemDocuments.contains(stems[i]);
        if (known)
            terms.insert(stems[i]);
        if (!known || (typing && i == queryWords.size() - 1)) {
            QList<const Word *> prefixed = wordsWithPrefix(word);
            mostUsedFirst(prefixed);
            for (const Word *w : std::as_const(prefixed))
                terms.insert(w->stem);
        }
        QString corrected = word;
        if (terms.isEmpty()) {
            QList<const Word *> near = nearWords(word);
            mostUsedFirst(near);
            for (const Word *w : std::as_const(near))
                terms.insert(w->stem);
            if (!near.isEmpty()) {
                corrected = near.first()->text;
                plan.anyCorrected = true;
            }
        }
        plan.corrected.append(corrected);
        if (!terms.isEmpty()) {
            QStringList sorted(terms.cbegin(), terms.cend());
            sorted.sort(); // the same query, the same expression
            int documents = 0;
            int titles = 0;
            for (QString &t : sorted) {
                plan.stems.insert(t);
                documents = std::max(documents, m_stemDocuments.value(t));
                titles = std::max(titles, m_stemTitles.value(t));
                t = quoted(t);
            }
            plan.expressions.append(anyOf(sorted));
            plan.documents.append(documents);
            plan.titles.append(titles);
        }
        ++i;
    }
    m_lastPlan.emplace(query, std::move(plan));
    return m_lastPlan->second;
}

QHash<int, double> SearchIndex::run(const QString &expression) const
{
    QHash<int, double> out;
    m_select->bindValue(0, expression);
    if (!m_select->exec()) {
        qCWarning(lcSearch).noquote() << "search failed:" << m_select->lastError().text() << expression;
        return out;
    }
    while (m_select->next())
        out.insert(m_select->value(0).toInt(), -m_select->value(1).toDouble()); // bm25(): lower is better
    m_select->finish();
    return out;
}

QList<int> SearchIndex::runUnranked(const QString &expression, int limit) const
{
    QList<int> out;
    m_selectUnranked->bindValue(0, expression);
    m_selectUnranked->bindValue(1, limit);
    if (!m_selectUnranked->exec()) {
        qCWarning(lcSearch).noquote() << "search failed:" << m_selectUnranked->lastError().text() << expression;
        return out;
    }
    while (m_selectUnranked->next())
        out.append(m_selectUnranked->value(0).toInt());
    m_selectUnranked->finish();
    return out;
}

QString SearchIndex::suggestion(const QString &query) const
{
    if (m_items.empty())
        return {};
    const Plan &p = plan(query);
    return p.anyCorrected ? p.corrected.join(u' ') : QString();
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    if (m_items.empty() || !m_select || limit == 0)
        return {};
    const Plan &p = plan(query);
    if (p.expressions.isEmpty())
        return {};
    // BM25 adds up over the query's terms; each part of the query is run alone so that
    // what share of the query an item has (weighed by how rare each part is) scales it:
    // the items with more of the query's words come first.
    struct Score {
        double bm25 = 0;
        double covered = 0;
    };
    std::vector<Score> scores(m_items.size());
    std::vector<int> found;
    double weightOfAll = 0;
    const auto itemCount = static_cast<int>(m_items.size());
    const auto add = [&](const QHash<int, double> &hits) {
        if (hits.isEmpty())
            return;
        const double weight = std::log(1.0 + itemCount / static_cast<double>(hits.size()));
        weightOfAll += weight;
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            Score &s = scores[static_cast<std::size_t>(it.key())];
            if (s.covered == 0)
                found.push_back(it.key());
            s.bm25 += it.value();
            s.covered += weight;
        }
    };
    // FTS5's BM25 gives a term in more than half the items no weight (its idf is clamped
    // to nearly zero): with a limit, such a part is not scored over every item that has it.
    QList<qsizetype> common;
    for (qsizetype i = 0; i < p.expressions.size(); ++i) {
        if (limit > 0 && p.documents[i] * 2 > itemCount)
            common.append(i);
        else
            add(run(p.expressions[i]));
    }
    if (!common.isEmpty()) {
        if (found.empty()) {
            // Only common words: ranked among the titles and aliases that have them, unless
            // they are common there too.
            for (const qsizetype i : std::as_const(common)) {
                if (p.titles[i] * 2 <= itemCount)
                    add(run(u"{title aliases} : "_s + p.expressions[i]));
            }
        }
        QStringList expressions;
        for (const qsizetype i : std::as_const(common))
            expressions.append(p.expressions[i]);
        if (found.size() < static_cast<std::size_t>(limit)) {
            // Then the other items that have them, in pack order.
            const int wanted = limit + static_cast<int>(found.size());
            for (const int item : runUnranked(expressions.join(u" OR "_s), wanted)) {
                if (scores[static_cast<std::size_t>(item)].covered == 0) {
                    scores[static_cast<std::size_t>(item)].covered = -1; // found, with no score
                    found.push_back(item);
                }
            }
        }
    }
    const auto rank = [&](int item) {
        const Score &s = scores[static_cast<std::size_t>(item)];
        if (s.covered <= 0 || weightOfAll <= 0)
            return 0.0;
        const double share = s.covered / weightOfAll;
        return s.bm25 * share * share;
    };
    std::vector<double> ranks(m_items.size());
    for (const int i : found)
        ranks[static_cast<std::size_t>(i)] = rank(i);
    const auto byRank = [&](int a, int b) {
        const double ra = ranks[static_cast<std::size_t>(a)];
        const double rb = ranks[static_cast<std::size_t>(b)];
        return ra != rb ? ra > rb : a < b;
    };
    if (limit >= 0 && found.size() > static_cast<std::size_t>(limit)) {
        std::partial_sort(found.begin(), found.begin() + limit, found.end(), byRank);
        found.resize(static_cast<std::size_t>(limit));
    } else {
        std::sort(found.begin(), found.end(), byRank);
    }
    QList<SearchHit> out;
    out.reserve(static_cast<qsizetype>(found.size()));
    for (const int i : found) {
        const Item &item = m_items[static_cast<std::size_t>(i)];
        out.append({item.kind, item.id, item.title, item.index, ranks[static_cast<std::size_t>(i)]});
    }
    return out;
}

SearchSnippet SearchIndex::snippet(const SearchHit &hit, const QString &query, int width) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [&](const Item &i) { return i.kind == hit.kind && i.index == hit.item; });
    if (it == m_items.end())
        return {};
    // The words whose stem the query matched: those are what gets marked.
    const QSet<QString> marked = plan(query).stems;
    const auto markedRanges = [&](const QString &text) {
        QList<std::pair<int, int>> ranges;
        const FoldedText folded = foldWithOrigins(text);
        forEachWord(folded.text, [&](qsizetype start, qsizetype length) {
            if (marked.contains(stemOf(folded.text.mid(start, length)))) {
                const int from = folded.origin[start];
                const int to = folded.origin[start + length - 1] + 1;
                ranges.append({from, to - from});
            }
        });
        return ranges;
    };
    // The body when the words are there, else the title, else the aliases.
    QString text = markdownToPlainText(it->body);
    text.replace(u'\n', u' ');
    QList<std::pair<int, int>> ranges = markedRanges(text);
    if (ranges.isEmpty()) {
        text = it->title;
        ranges = markedRanges(text);
    }
    if (ranges.isEmpty() && !it->aliases.isEmpty()) {
        if (auto aliases = markedRanges(it->aliases); !aliases.isEmpty()) {
            text = it->aliases;
            ranges = std::move(aliases);
        }
    }
    SearchSnippet snip;
    int from = 0;
    if (!ranges.isEmpty() && text.size() > width) {
        from = std::max(0, ranges.first().first - width / 3);
        // Start at a word, unless that is far away.
        int back = from;
        while (back > 0 && from - back < 20 && !text[back - 1].isSpace())
            --back;
        if (back == 0 || text[back - 1].isSpace())
            from = back;
    }
    const int to = std::min(static_cast<int>(text.size()), from + width);
    int lead = 0;
    while (from + lead < to && text[from + lead].isSpace())
        ++lead;
    const QString ellipsis = u"…"_s;
    const QString prefix = from > 0 ? ellipsis : QString();
    snip.text = prefix + text.mid(from + lead, to - from - lead) + (to < text.size() ? ellipsis : QString());
    const int shift = static_cast<int>(prefix.size()) - from - lead;
    for (const auto &[start, length] : ranges) {
        if (start >= from + lead && start + length <= to)
            snip.highlights.append({start + shift, length});
    }
    return snip;
}

} // namespace Versus::Core
