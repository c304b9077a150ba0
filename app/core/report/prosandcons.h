#pragma once

#include "core/pack/pack.h"

#include <QList>

namespace Versus::Core {

/// The few pros and cons of each contender that a decision report shows: the
/// criteria on which it is strongest or weakest, in the categories that matter most
/// to this client, not every criterion. See docs/workshop-format.md#pros-and-cons-in-the-report.
class ProsAndCons final {
public:
    struct Point {
        int criterion = 0; // index into Pack::criteria
        int gap = 0; // rating points ahead of the weakest other (a pro) or behind the best other (a con)
        friend bool operator==(const Point &, const Point &) = default;
    };
    struct Selection {
        QList<Point> pros; // most important category first, then the largest gap, then pack order
        QList<Point> cons;
    };
    /// ratings[criterion][contender], 0 to 5.
    using Ratings = QList<QList<int>>;

    static constexpr int defaultMaxEach = 5;

    ProsAndCons() = delete;
    /// One selection per contender. weights: per category, 0 to 5; a category of weight 0
    /// gives nothing. A contender's pro is a criterion where it is rated highest and some
    /// other contender lower; its con, one where another is rated higher.
    static QList<Selection> select(const Pack &pack, const QList<int> &weights, const Ratings &ratings,
                                   int maxEach = defaultMaxEach);
    /// The ratings as the pack gives them.
    static Ratings packRatings(const Pack &pack);
};

} // namespace Versus::Core
