#pragma once

#include "core/common/itemkind.h"

#include "core/pack/pack.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace Versus::Core {

class Stemmer;

/// One hit of a search.
struct SearchHit {
    using Kind = ItemKind;
    Kind kind = Kind::Criterion;
    QString id;
    QString title;
    int item = 0; // index in the pack's list of that kind
    double score = 0; // higher is better
};

/// A short piece of a hit's text around the match, with the matched words marked.
struct SearchSnippet {
    QString text;
    QList<std::pair<int, int>> highlights; // (start, length) in text
};

/// One search over everything a pack says: criteria (with their values, explanations and
/// aliases), summary rows, FAQ questions, answers and aliases, checklist questions. The
/// engine is SQLite FTS5 in a database in memory (docs/search.md says why): documents are
/// ranked by BM25, a title or alias above the body, and the more of the query's words a
/// document has the higher it ranks; a document with some of the words is still found.
///
/// Words are folded (case, accents, punctuation) and stemmed in the pack's language
/// (Snowball: "migrations" finds "migration"), the pack's synonyms and aliases lead to
/// the items that use other words, a word being typed matches as a prefix, and a word of
/// five letters or more that the pack does not use matches the pack's words one typo away
/// (a letter added, missing, changed, or two swapped), which suggestion() offers.
///
/// Use an index from the thread that built it (a Qt SQL connection belongs to its thread),
/// and destroy it before the QCoreApplication.
class SearchIndex final {
public:
    SearchIndex();
    explicit SearchIndex(const Pack &pack);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// Best first; ties keep a stable order (kind, then pack order). With a limit, a word
    /// that more than half of the items have (which BM25 gives no weight) is not ranked
    /// over all of them: the items with it in the title come first, then the others in pack
    /// order, which keeps each query within milliseconds on a pack of 12,000 items.
    QList<SearchHit> search(const QString &query, int limit = -1) const;
    /// "Did you mean …": the query with each word the pack does not know replaced by the
    /// nearest word it uses; empty when no word needs it.
    QString suggestion(const QString &query) const;
    SearchSnippet snippet(const SearchHit &hit, const QString &query, int width = 110) const;

    int itemCount() const { return static_cast<int>(m_items.size()); }
    static QString kindName(SearchHit::Kind kind);
    /// The folded words of a text, as the index sees them.
    static QStringList words(const QString &text);

private:
    struct Item {
        SearchHit::Kind kind;
        int index;
        QString id;
        QString title;
        QString aliases;
        QString body; // may hold Markdown: indexed without link targets, shown as plain text
    };
    struct Word {
        QString text; // folded
        QString stem;
        int documents = 0; // how many items use it
    };
    /// A query, as the engine runs it: one FTS5 expression per unit (a word with its
    /// prefixes and near words, or a synonym), and what to mark and to suggest.
    struct Plan {
        QStringList expressions;
        QList<int> documents; // for each expression, about how many items it matches
        QList<int> titles; // the same, in titles and aliases
        QSet<QString> stems; // every stem the query matches: marked in snippets
        QStringList corrected; // the query's words, unknown ones replaced by a near word
        bool anyCorrected = false;
    };

    void addItem(SearchHit::Kind kind, int index, const QString &id, const QString &title, const QStringList &aliases,
                 const QString &body);
    void build();
    const Plan &plan(const QString &query) const;
    QList<const Word *> wordsWithPrefix(const QString &prefix) const;
    /// The pack's words one typo away, the most used first.
    QList<const Word *> nearWords(const QString &folded) const;
    QString stemOf(const QString &folded) const;
    /// Runs one FTS5 expression: item → BM25 score (higher is better).
    QHash<int, double> run(const QString &expression) const;
    /// The first items an expression matches, in pack order, unranked.
    QList<int> runUnranked(const QString &expression, int limit) const;

    std::unique_ptr<Stemmer> m_stemmer;
    std::vector<Item> m_items;
    std::vector<Word> m_words; // sorted by text, so that prefixes are a range
    QHash<QString, int> m_stemDocuments; // stem → items that use it
    QHash<QString, int> m_stemTitles; // stem → items that use it in the title or aliases
    QList<QList<QStringList>> m_synonyms; // groups of equivalent terms, each term as its stems
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_select;
    std::unique_ptr<QSqlQuery> m_selectUnranked;
    mutable std::optional<std::pair<QString, Plan>> m_lastPlan;
};

} // namespace Versus::Core
