#include "core/pack/pack.h"

#include <QSet>

namespace Versus::Core {

int Pack::contenderIndex(const QString &contenderId) const
{
    for (int i = 0; i < contenders.size(); ++i) {
        if (contenders[i].id == contenderId)
            return i;
    }
    return -1;
}

int Pack::categoryIndex(const QString &categoryId) const
{
    for (int i = 0; i < categories.size(); ++i) {
        if (categories[i].id == categoryId)
            return i;
    }
    return -1;
}

QString Pack::edgeName(int edge) const
{
    if (edge < 0 || edge >= contenders.size())
        return tr("Tie");
    return contenders[edge].name;
}

QString Pack::edgeName(const Edge &edge) const
{
    QStringList names;
    for (const int c : edge.leaders) {
        if (c >= 0 && c < contenders.size())
            names.append(contenders[c].name);
    }
    if (names.isEmpty())
        return tr("Tie");
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    //: Contenders that share the lead on a row: "Tea, Coffee and Cocoa"
    return tr("%1 and %2").arg(names.join(tr(", ")), last);
}

bool Source::isOutdated(int maxAgeMonths, const QDate &today) const
{
    const QDate last = asOf.size() == 7 ? asOfDate.addMonths(1).addDays(-1) : asOfDate;
    return last.addMonths(maxAgeMonths) < today;
}

int Pack::distinctSourceCount() const
{
    QSet<QUrl> urls;
    for (const auto &c : criteria) {
        for (const auto &s : c.sources)
            urls.insert(s.url.adjusted(QUrl::StripTrailingSlash));
    }
    return static_cast<int>(urls.size());
}

} // namespace Versus::Core
