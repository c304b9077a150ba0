#include "core/report/prosandcons.h"

#include <algorithm>

namespace Versus::Core {

ProsAndCons::Ratings ProsAndCons::packRatings(const Pack &pack)
{
    Ratings ratings;
    ratings.reserve(pack.criteria.size());
    for (const Criterion &criterion : pack.criteria) {
        QList<int> row;
        row.reserve(criterion.values.size());
        for (const RatedValue &v : criterion.values)
            row.append(v.rating);
        ratings.append(row);
    }
    return ratings;
}

QList<ProsAndCons::Selection> ProsAndCons::select(const Pack &pack, const QList<int> &weights, const Ratings &ratings,
                                                  int maxEach)
{
    const auto contenders = static_cast<int>(pack.contenders.size());
    QList<Selection> selections(contenders);
    for (int i = 0; i < pack.criteria.size() && i < ratings.size(); ++i) {
        const QList<int> &row = ratings[i];
        if (weights.value(pack.criteria[i].category) <= 0 || row.size() != contenders)
            continue;
        for (int c = 0; c < contenders; ++c) {
            int bestOther = -1;
            int worstOther = 6;
            for (int o = 0; o < contenders; ++o) {
                if (o == c)
                    continue;
                bestOther = std::max(bestOther, row[o]);
                worstOther = std::min(worstOther, row[o]);
            }
            if (bestOther < 0)
                continue;
            // Among the best and ahead of someone is a pro, even when it shares the lead:
            // with three contenders a row where one is clearly weaker is no tie.
            if (row[c] >= bestOther && row[c] > worstOther)
                selections[c].pros.append({i, row[c] - worstOther});
            else if (row[c] < bestOther)
                selections[c].cons.append({i, bestOther - row[c]});
        }
    }
    const auto byImportance = [&](const Point &a, const Point &b) {
        const int wa = weights.value(pack.criteria[a.criterion].category);
        const int wb = weights.value(pack.criteria[b.criterion].category);
        if (wa != wb)
            return wa > wb;
        if (a.gap != b.gap)
            return a.gap > b.gap;
        return a.criterion < b.criterion;
    };
    for (Selection &s : selections) {
        for (QList<Point> *points : {&s.pros, &s.cons}) {
            std::sort(points->begin(), points->end(), byImportance);
            if (points->size() > maxEach)
                points->resize(maxEach);
        }
    }
    return selections;
}

} // namespace Versus::Core
