#pragma once

#include "core/common/itemkind.h"

#include "core/pack/pack.h"

#include <QList>
#include <QString>

#include <vector>

namespace Versus::Core {

/// One hit of a search.
struct SearchHit {
    using Kind = ItemKind;
    Kind kind = Kind::Criterion;
    QString id;
    QString title;
    int item = 0; // index in the pack's list of that kind
    int score = 0; // higher is better
};

/// A short piece of a hit's text around the match, with the matched words marked.
struct SearchSnippet {
    QString text;
    QList<std::pair<int, int>> highlights; // (start, length) in text
};

/// One search over everything a pack says: criteria (with their values and
/// explanations), summary rows, FAQ questions and answers, checklist questions.
/// Matching ignores case, accents and punctuation; every word of the query must
/// match; a title match ranks above a body match, a whole word above a prefix, and a
/// word of five letters or more also matches with one typo (one letter added,
/// missing, changed, or two swapped).
class SearchIndex final {
public:
    SearchIndex() = default;
    explicit SearchIndex(const Pack &pack);

    /// Best first; ties keep a stable order (kind, then pack order).
    QList<SearchHit> search(const QString &query, int limit = -1) const;
    SearchSnippet snippet(const SearchHit &hit, const QString &query, int width = 110) const;

    int itemCount() const { return static_cast<int>(m_items.size()); }
    int termCount() const { return static_cast<int>(m_terms.size()); }
    static QString kindName(SearchHit::Kind kind);
    /// The folded words of a text, as the index sees them.
    static QStringList words(const QString &text);

private:
    struct Item {
        SearchHit::Kind kind;
        int index;
        QString id;
        QString title;
        QString body;
    };
    struct Posting {
        quint32 item;
        quint8 fields; // 1: title, 2: body
    };
    enum Match { Exact, Prefix, Typo };

    void addItem(SearchHit::Kind kind, int index, const QString &id, const QString &title, const QString &body);
    /// Terms of the vocabulary a query word matches, with how.
    QList<std::pair<int, Match>> matchingTerms(const QString &word) const;

    std::vector<Item> m_items;
    std::vector<QString> m_terms; // sorted
    std::vector<std::vector<Posting>> m_postings;
};

} // namespace Versus::Core
