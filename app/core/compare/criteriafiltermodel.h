#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Versus::Core {

class CriteriaModel;

/// Filters and sorts the criteria tree: by categories, by edge and by text (every
/// word must appear in the criterion, a value or the explanation; case and accents
/// are ignored). A category row shows while one of its criteria does.
class CriteriaFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaFilterModel)

public:
    static constexpr int anyEdge = -2; // and tieEdge (-1) for ties, or a contender index

    explicit CriteriaFilterModel(CriteriaModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /// Only these categories; empty means all.
    void setCategories(const QList<int> &categories);
    QList<int> categories() const { return m_categories; }
    void setEdge(int edge);
    int edge() const { return m_edge; }
    void clearFilters();

    int shownCount() const { return m_shown; }
    int totalCount() const;
    /// The criteria shown, in the order the view shows them.
    QList<int> shownCriteria() const;

    /// Call after the source model was reset (a new pack).
    void sourceReset();

Q_SIGNALS:
    void countsChanged(int shown, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter(bool narrowing);
    bool matches(int criterion) const;

    CriteriaModel *m_source;
    QString m_text;
    QStringList m_terms;
    QList<int> m_categories;
    QBitArray m_categoryMask;
    int m_edge = anyEdge;
    QBitArray m_accepted; // per criterion
    int m_shown = 0;
};

} // namespace Versus::Core
