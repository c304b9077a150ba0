#include "core/compare/scoring.h"

#include "core/verdict/decisionmodel.h"

namespace Versus::Core {

ScoreTable::ScoreTable() = default;
ScoreTable::~ScoreTable() = default;
ScoreTable::ScoreTable(ScoreTable &&) noexcept = default;
ScoreTable &ScoreTable::operator=(ScoreTable &&) noexcept = default;

ScoreTable::ScoreTable(const Pack &pack)
    // The model keeps the pack: a copy, so that a table may outlive the caller's pack.
    : m_model(std::make_unique<DecisionModel>(std::make_shared<const Pack>(pack)))
    , m_categories(static_cast<int>(pack.categories.size()))
{
}

Scoreboard ScoreTable::score(const QList<int> &weights) const
{
    if (!m_model)
        return {};
    for (int k = 0; k < m_categories; ++k)
        m_model->setManualImportance(k, weights.value(k, 0));
    return m_model->decision().board;
}

} // namespace Versus::Core
