#pragma once

#include "core/common/groupeditemmodel.h"
#include "core/pack/pack.h"

#include <memory>

namespace Versus::Core {

/// The detailed comparison as a tree: categories, each with its criteria.
/// Columns: criterion, then for each contender its text and its rating, then the edge.
class CriteriaModel final : public GroupedItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaModel)

public:
    explicit CriteriaModel(QObject *parent = nullptr);

    void setPack(std::shared_ptr<const Pack> pack);
    const Pack *pack() const { return m_pack.get(); }

    static int textColumn(int contender) { return 1 + 2 * contender; }
    static int ratingColumn(int contender) { return 2 + 2 * contender; }
    int edgeColumn() const;
    /// The contender a column shows, or -1.
    static int contenderOfColumn(int column) { return column >= 1 ? (column - 1) / 2 : -1; }
    static bool isRatingColumn(int column) { return column >= 2 && column % 2 == 0; }

    /// Criterion, values and explanation, folded for matching (see textfold.h); built on first use.
    const QString &foldedText(int criterion) const;

    /// The criterion at a row, or -1 for a category row.
    int criterionAt(const QModelIndex &index) const;
    QModelIndex indexOfCriterion(int criterion, int column = 0) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int groupCount() const override { return static_cast<int>(m_byCategory.size()); }
    int childCount(int category) const override { return static_cast<int>(m_byCategory[category].size()); }

    std::shared_ptr<const Pack> m_pack;
    QList<QList<int>> m_byCategory; // criterion indexes per category, in pack order
    QList<int> m_rowInCategory; // per criterion
    mutable QStringList m_folded; // per criterion, filled on first use
};

} // namespace Versus::Core
