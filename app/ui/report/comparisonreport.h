#pragma once

#include "core/compare/scoring.h"

#include "core/pack/pack.h"

#include <QList>

#include <memory>

class QTextDocument;

namespace Versus::Gui {

/// The detailed comparison as a printable document: the pack, the weights, the
/// scoreboard, the charts and the (filtered) table. Pack text is escaped.
/// board: the decision model's scores (the same as every other screen shows).
std::unique_ptr<QTextDocument> buildComparisonReport(const std::shared_ptr<const Core::Pack> &pack,
                                                     const QList<int> &criteria, const QList<int> &weights,
                                                     const Core::Scoreboard &board);

} // namespace Versus::Gui
