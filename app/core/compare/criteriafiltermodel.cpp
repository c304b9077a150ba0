#include "core/compare/criteriafiltermodel.h"

#include "core/compare/criteriamodel.h"
#include "core/text/textfold.h"

namespace Versus::Core {

CriteriaFilterModel::CriteriaFilterModel(CriteriaModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, &CriteriaFilterModel::sourceReset);
    sourceReset();
}

int CriteriaFilterModel::totalCount() const
{
    return m_source->pack() ? static_cast<int>(m_source->pack()->criteria.size()) : 0;
}

void CriteriaFilterModel::sourceReset()
{
    m_categoryMask.clear();
    m_categories.clear();
    refilter(false);
}

void CriteriaFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList terms = matchTerms(text);
    // Typing more of the same query can only narrow the result: test only what is shown.
    bool narrowing = !m_terms.isEmpty() && terms.size() >= m_terms.size();
    for (int i = 0; narrowing && i < m_terms.size(); ++i)
        narrowing = terms[i].contains(m_terms[i]);
    m_text = text;
    m_terms = terms;
    refilter(narrowing);
}

void CriteriaFilterModel::setCategories(const QList<int> &categories)
{
    m_categories = categories;
    m_categoryMask.clear();
    if (!categories.isEmpty() && m_source->pack()) {
        m_categoryMask.resize(static_cast<qsizetype>(m_source->pack()->categories.size()));
        for (const int c : categories) {
            if (c >= 0 && c < m_categoryMask.size())
                m_categoryMask.setBit(c);
        }
    }
    refilter(false);
}

void CriteriaFilterModel::setEdge(int edge)
{
    if (edge == m_edge)
        return;
    m_edge = edge;
    refilter(false);
}

void CriteriaFilterModel::clearFilters()
{
    m_text.clear();
    m_terms.clear();
    m_categories.clear();
    m_categoryMask.clear();
    m_edge = anyEdge;
    refilter(false);
}

bool CriteriaFilterModel::matches(int criterion) const
{
    const Criterion &c = m_source->pack()->criteria[criterion];
    if (!m_categoryMask.isEmpty() && !m_categoryMask.testBit(c.category))
        return false;
    if (m_edge == tieEdge ? !c.edge.isTie() : m_edge != anyEdge && !c.edge.leads(m_edge))
        return false;
    return m_terms.isEmpty() || containsAllTerms(m_source->foldedText(criterion), m_terms);
}

void CriteriaFilterModel::refilter(bool narrowing)
{
    const int total = totalCount();
    if (m_accepted.size() != total) {
        m_accepted = QBitArray(total, true);
        narrowing = false;
    }
    int shown = 0;
    for (int i = 0; i < total; ++i) {
        if (narrowing && !m_accepted.testBit(i))
            continue;
        const bool ok = matches(i);
        m_accepted.setBit(i, ok);
        shown += ok ? 1 : 0;
    }
    m_shown = shown;
    invalidateFilter();
    Q_EMIT countsChanged(m_shown, total);
}

bool CriteriaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // a category shows through its criteria (recursive filtering)
    const int criterion = m_source->criterionAt(m_source->index(sourceRow, 0, sourceParent));
    return criterion >= 0 && criterion < m_accepted.size() && m_accepted.testBit(criterion);
}

QList<int> CriteriaFilterModel::shownCriteria() const
{
    QList<int> out;
    out.reserve(m_shown);
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex category = index(c, 0);
        for (int r = 0; r < rowCount(category); ++r)
            out.append(m_source->criterionAt(mapToSource(index(r, 0, category))));
    }
    return out;
}

} // namespace Versus::Core
