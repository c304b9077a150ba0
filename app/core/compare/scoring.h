#pragma once

#include "core/pack/pack.h"

#include <QList>

#include <memory>

namespace Versus::Core {

class DecisionModel;

/// The weighted scores of a comparison (docs/scoring.md).
///
/// Every category has an importance w from 0 to 5. A category's score is the mean of its
/// criteria's ratings, as a share of 5; a contender's total is the mean of its category
/// scores weighted by importance:
///   category score = 100 × (Σ ratings in it / criteria in it) / 5
///   total = Σ over categories with criteria (w × category score) / Σ w
/// so a category counts by its importance, not by its number of rows. When every weight
/// is 0 nothing counts: all totals are 0 and there is no leader.
struct Scoreboard {
    QList<double> totals; // per contender, 0 to 100
    QList<QList<double>> categories; // [category][contender], 0 to 100
    int leader = tieEdge; // the contender with the highest total (and not ruled out), or tieEdge
};

/// The scores of a pack under given weights alone, without answers: the decision model
/// with every importance set by hand. For the table exports and `--export-table`.
class ScoreTable final {
public:
    ScoreTable();
    explicit ScoreTable(const Pack &pack);
    ~ScoreTable();
    ScoreTable(ScoreTable &&other) noexcept;
    ScoreTable &operator=(ScoreTable &&other) noexcept;

    Scoreboard score(const QList<int> &weights) const;
    int categoryCount() const { return m_categories; }

private:
    std::unique_ptr<DecisionModel> m_model;
    int m_categories = 0;
};

} // namespace Versus::Core
