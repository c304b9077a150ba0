#include "core/search/searchresultsmodel.h"

#include <QPoint>

namespace Versus::Core {

namespace {
constexpr int maxHitsPerGroup = 50;
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : GroupedItemModel(parent)
{
}

QString SearchResultsModel::groupTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Criterion: return tr("Criteria");
    case SearchHit::Kind::Summary: return tr("Summary");
    case SearchHit::Kind::Faq: return tr("FAQ");
    case SearchHit::Kind::Question: return tr("Checklist questions");
    }
    return {};
}

void SearchResultsModel::setIndex(const SearchIndex *index)
{
    beginResetModel();
    m_index = index;
    m_groups.clear();
    m_suggestion.clear();
    endResetModel();
    if (!m_query.isEmpty())
        setQuery(std::exchange(m_query, QString()));
}

void SearchResultsModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_groups.clear();
    m_suggestion = m_index ? m_index->suggestion(query) : QString();
    if (m_index) {
        for (const SearchHit &hit : m_index->search(query, maxHits)) {
            auto it
                = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.kind == hit.kind; });
            if (it == m_groups.end()) {
                m_groups.append({hit.kind, {}, {}});
                it = m_groups.end() - 1;
            }
            if (it->hits.size() < maxHitsPerGroup)
                it->hits.append(hit);
        }
        for (Group &g : m_groups)
            g.snippets.resize(g.hits.size());
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += static_cast<int>(g.hits.size());
    return n;
}

QModelIndex SearchResultsModel::firstHit() const
{
    return childIndex(0, 0);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const Group &g = m_groups[index.row()];
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 (%2)").arg(groupTitle(g.kind)).arg(g.hits.size());
        return {};
    }
    const Group &g = m_groups[groupOf(index)];
    const SearchHit &hit = g.hits[index.row()];
    const auto snippet = [&]() -> const SearchSnippet & {
        auto &s = g.snippets[index.row()];
        if (!s)
            s = m_index->snippet(hit, m_query);
        return *s;
    };
    switch (role) {
    case Qt::DisplayRole: return hit.title;
    case Qt::AccessibleTextRole: return tr("%1: %2").arg(groupTitle(hit.kind), hit.title);
    case Qt::AccessibleDescriptionRole:
    case SnippetRole: return snippet().text;
    case KindRole: return SearchIndex::kindName(hit.kind);
    case IdRole: return hit.id;
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto &[start, length] : snippet().highlights)
            ranges.append(QPoint(start, length));
        return ranges;
    }
    default: return {};
    }
}

} // namespace Versus::Core
