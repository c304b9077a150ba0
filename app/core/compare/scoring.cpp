#include "core/compare/scoring.h"

#include <cmath>

namespace Versus::Core {

ScoreTable::ScoreTable(const Pack &pack)
    : m_sums(pack.categories.size(), QList<qint64>(pack.contenders.size(), 0))
    , m_counts(pack.categories.size(), 0)
    , m_contenders(static_cast<int>(pack.contenders.size()))
{
    for (const auto &c : pack.criteria) {
        ++m_counts[c.category];
        for (int i = 0; i < m_contenders; ++i)
            m_sums[c.category][i] += c.values[i].rating;
    }
}

Scoreboard ScoreTable::score(const QList<int> &weights) const
{
    Scoreboard board;
    board.totals.fill(0.0, m_contenders);
    board.categories.fill(QList<double>(m_contenders, 0.0), m_counts.size());
    qint64 denominator = 0;
    QList<qint64> numerators(m_contenders, 0);
    for (int k = 0; k < m_counts.size(); ++k) {
        const int w = weights.value(k, 0);
        if (m_counts[k] == 0)
            continue;
        denominator += qint64(w) * 5 * m_counts[k];
        for (int i = 0; i < m_contenders; ++i) {
            numerators[i] += w * m_sums[k][i];
            board.categories[k][i]
                = 100.0 * static_cast<double>(m_sums[k][i]) / static_cast<double>(5 * m_counts[k]) * w / 5.0;
        }
    }
    if (denominator == 0)
        return board;
    for (int i = 0; i < m_contenders; ++i)
        board.totals[i] = 100.0 * static_cast<double>(numerators[i]) / static_cast<double>(denominator);
    // Integer numerators decide the leader exactly; ties have no leader.
    int best = 0;
    bool tie = false;
    for (int i = 1; i < m_contenders; ++i) {
        if (numerators[i] > numerators[best]) {
            best = i;
            tie = false;
        } else if (numerators[i] == numerators[best]) {
            tie = true;
        }
    }
    board.leader = tie ? tieEdge : best;
    return board;
}

} // namespace Versus::Core
