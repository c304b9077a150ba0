#include "core/search/searchindex.h"

#include "core/text/textfold.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

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

constexpr std::array<int, 3> titleScore{100, 60, 40}; // exact, prefix, typo
constexpr std::array<int, 3> bodyScore{10, 6, 4};

} // namespace

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
{
    m_items.reserve(static_cast<std::size_t>(pack.criteria.size() + pack.summary.size() + pack.faq.size()
                                             + pack.checklist.questions.size()));
    for (int i = 0; i < pack.criteria.size(); ++i) {
        const Criterion &c = pack.criteria[i];
        QString body = markdownToPlainText(c.explanation);
        for (const auto &v : c.values)
            body += u'\n' + v.text;
        addItem(SearchHit::Kind::Criterion, i, c.id, c.criterion, body);
    }
    for (int i = 0; i < pack.summary.size(); ++i) {
        const SummaryRow &r = pack.summary[i];
        addItem(SearchHit::Kind::Summary, i, r.id, r.criterion, r.values.join(u'\n') + u'\n' + r.note);
    }
    for (int i = 0; i < pack.faq.size(); ++i) {
        const FaqEntry &f = pack.faq[i];
        addItem(SearchHit::Kind::Faq, i, f.id, f.question, markdownToPlainText(f.answer) + u'\n' + f.tags.join(u' '));
    }
    for (int i = 0; i < pack.checklist.questions.size(); ++i) {
        const Question &q = pack.checklist.questions[i];
        QString body = q.help;
        for (const auto &o : q.options)
            body += u'\n' + o.label;
        addItem(SearchHit::Kind::Question, i, q.id, q.text, body);
    }

    // Vocabulary: the folded words of every title and body, with their postings.
    std::unordered_map<std::u16string_view, quint32> termIds;
    std::vector<std::vector<Posting>> postings;
    std::vector<QString> folded; // keeps the views valid while building
    folded.reserve(m_items.size() * 2);
    termIds.reserve(m_items.size() * 4);
    for (quint32 item = 0; item < m_items.size(); ++item) {
        for (quint8 field : {quint8(1), quint8(2)}) {
            folded.push_back(foldForMatching(field == 1 ? m_items[item].title : m_items[item].body));
            const QString &text = folded.back();
            forEachWord(text, [&](qsizetype start, qsizetype length) {
                const std::u16string_view word(reinterpret_cast<const char16_t *>(text.constData()) + start,
                                               static_cast<std::size_t>(length));
                auto [it, inserted] = termIds.try_emplace(word, static_cast<quint32>(postings.size()));
                if (inserted)
                    postings.emplace_back();
                auto &list = postings[it->second];
                if (!list.empty() && list.back().item == item)
                    list.back().fields |= field;
                else
                    list.push_back({item, field});
            });
        }
    }
    // Sorted, so that prefixes are a range.
    std::vector<std::pair<QString, quint32>> sorted;
    sorted.reserve(termIds.size());
    for (const auto &[word, id] : termIds)
        sorted.emplace_back(QString(reinterpret_cast<const QChar *>(word.data()), static_cast<qsizetype>(word.size())),
                            id);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_terms.reserve(sorted.size());
    m_postings.reserve(sorted.size());
    for (auto &[word, id] : sorted) {
        m_terms.push_back(std::move(word));
        m_postings.push_back(std::move(postings[id]));
    }
}

void SearchIndex::addItem(SearchHit::Kind kind, int index, const QString &id, const QString &title, const QString &body)
{
    m_items.push_back({kind, index, id, title, body});
}

QList<std::pair<int, SearchIndex::Match>> SearchIndex::matchingTerms(const QString &word) const
{
    QList<std::pair<int, Match>> out;
    const auto first = std::lower_bound(m_terms.begin(), m_terms.end(), word);
    for (auto it = first; it != m_terms.end() && it->startsWith(word); ++it)
        out.append({static_cast<int>(it - m_terms.begin()), *it == word ? Exact : Prefix});
    if (word.size() >= 5) {
        for (int t = 0; t < static_cast<int>(m_terms.size()); ++t) {
            const QString &term = m_terms[t];
            if (qAbs(term.size() - word.size()) <= 1 && !term.startsWith(word) && oneEditApart(term, word))
                out.append({t, Typo});
        }
    }
    return out;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty() || m_items.empty())
        return {};
    std::vector<int> total(m_items.size(), 0);
    std::vector<int> matched(m_items.size(), 0);
    std::vector<int> best(m_items.size(), 0);
    std::vector<quint32> touched;
    for (int w = 0; w < queryWords.size(); ++w) {
        touched.clear();
        for (const auto &[term, how] : matchingTerms(queryWords[w])) {
            for (const Posting &p : m_postings[term]) {
                const int score = std::max((p.fields & 1) ? titleScore[how] : 0, (p.fields & 2) ? bodyScore[how] : 0);
                if (best[p.item] == 0)
                    touched.push_back(p.item);
                best[p.item] = std::max(best[p.item], score);
            }
        }
        // Every word must match: an item counts only if it matched all the words before.
        for (const quint32 item : touched) {
            if (matched[item] == w) {
                matched[item] = w + 1;
                total[item] += best[item];
            }
            best[item] = 0;
        }
    }
    std::vector<quint32> hits;
    const int need = static_cast<int>(queryWords.size());
    for (quint32 i = 0; i < m_items.size(); ++i) {
        if (matched[i] == need)
            hits.push_back(i);
    }
    std::stable_sort(hits.begin(), hits.end(), [&](quint32 a, quint32 b) { return total[a] > total[b]; });
    if (limit >= 0 && hits.size() > static_cast<std::size_t>(limit))
        hits.resize(static_cast<std::size_t>(limit));
    QList<SearchHit> out;
    out.reserve(static_cast<qsizetype>(hits.size()));
    for (const quint32 i : hits) {
        const Item &item = m_items[i];
        out.append({item.kind, item.id, item.title, item.index, total[i]});
    }
    return out;
}

SearchSnippet SearchIndex::snippet(const SearchHit &hit, const QString &query, int width) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [&](const Item &i) { return i.kind == hit.kind && i.index == hit.item; });
    if (it == m_items.end())
        return {};
    // The vocabulary words this query matched: those are what gets marked.
    QList<QString> marked;
    for (const QString &word : words(query)) {
        for (const auto &[term, how] : matchingTerms(word))
            marked.append(m_terms[term]);
    }
    const auto markedRanges = [&](const QString &text) {
        QList<std::pair<int, int>> ranges;
        const FoldedText folded = foldWithOrigins(text);
        forEachWord(folded.text, [&](qsizetype start, qsizetype length) {
            const QStringView word = QStringView(folded.text).mid(start, length);
            for (const QString &m : std::as_const(marked)) {
                if (word.startsWith(m) || word == m) {
                    const int from = folded.origin[start];
                    const int to = folded.origin[start + std::min<qsizetype>(m.size(), length) - 1] + 1;
                    ranges.append({from, to - from});
                    break;
                }
            }
        });
        return ranges;
    };
    // The body when the words are there, else the title.
    QString text = it->body;
    text.replace(u'\n', u' ');
    QList<std::pair<int, int>> ranges = markedRanges(text);
    if (ranges.isEmpty()) {
        text = it->title;
        ranges = markedRanges(text);
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
