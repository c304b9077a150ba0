#pragma once

#include "core/pack/pack.h"

#include <QList>

namespace Versus::Core {

/// The weighted scores of a comparison.
///
/// Every category has an importance w from 0 to 5. A contender's total is
///   total = Σ over criteria (w of its category × rating) / Σ over criteria (w × 5)
/// as a percentage: 100 means rated 5 on every criterion that matters. A category's
/// weighted score is its share of the maximum, scaled by its importance:
///   category score = (Σ ratings in it / (5 × criteria in it)) × (w / 5), as a percentage.
/// When every weight is 0 nothing counts: all totals are 0 and there is no leader.
struct Scoreboard {
    QList<double> totals; // per contender, 0 to 100
    QList<QList<double>> categories; // [category][contender], 0 to 100
    int leader = tieEdge; // the contender with the highest total, or tieEdge
};

/// Rating sums per category and contender, computed once per pack so that a
/// weight change costs O(categories × contenders), not O(criteria).
class ScoreTable final {
public:
    ScoreTable() = default;
    explicit ScoreTable(const Pack &pack);

    Scoreboard score(const QList<int> &weights) const;
    int categoryCount() const { return static_cast<int>(m_counts.size()); }

private:
    QList<QList<qint64>> m_sums; // [category][contender]
    QList<qint64> m_counts; // criteria per category
    int m_contenders = 0;
};

} // namespace Versus::Core
