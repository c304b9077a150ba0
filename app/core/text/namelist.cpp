#include "core/text/namelist.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {
QString joined(const QStringList &names, const QString &last)
{
    if (names.size() < 2)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(NameList::tr(", ")) + last + names.constLast();
}
} // namespace

QString NameList::either(const QStringList &names)
{
    return joined(names, tr(" or "));
}

QString NameList::both(const QStringList &names)
{
    return joined(names, tr(" and "));
}

} // namespace Versus::Core
