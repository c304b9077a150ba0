#pragma once

#include "core/common/groupeditemmodel.h"
#include "core/search/searchindex.h"

namespace Versus::Core {

/// Search hits grouped by kind (criteria, summary rows, FAQ, checklist questions),
/// best first within a group; groups in the order of their best hit.
class SearchResultsModel final : public GroupedItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 60, // QString: criterion, summary, faq, question; empty for a group
        IdRole,
        SnippetRole, // QString
        HighlightsRole, // QVariantList of QPoint(start, length) in the snippet
    };

    /// The hits asked of the index per query (and at most 50 shown per kind).
    static constexpr int maxHits = 200;

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// The index to search; the model does not own it.
    void setIndex(const SearchIndex *index);
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    /// "Did you mean …" for the query: SearchIndex::suggestion().
    QString suggestion() const { return m_suggestion; }
    int hitCount() const;
    QModelIndex firstHit() const;
    static QString groupTitle(SearchHit::Kind kind);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        SearchHit::Kind kind;
        QList<SearchHit> hits;
        mutable QList<std::optional<SearchSnippet>> snippets; // made when first shown
    };

    int groupCount() const override { return static_cast<int>(m_groups.size()); }
    int childCount(int group) const override { return static_cast<int>(m_groups[group].hits.size()); }

    const SearchIndex *m_index = nullptr;
    QString m_query;
    QString m_suggestion;
    QList<Group> m_groups;
};

} // namespace Versus::Core
