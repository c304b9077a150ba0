#include "core/common/itemkind.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Criterion: return u"criterion"_s;
    case ItemKind::Summary: return u"summary"_s;
    case ItemKind::Faq: return u"faq"_s;
    case ItemKind::Question: return u"question"_s;
    }
    return {};
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    for (const ItemKind k : {ItemKind::Criterion, ItemKind::Summary, ItemKind::Faq, ItemKind::Question}) {
        if (name == itemKindName(k))
            return k;
    }
    return std::nullopt;
}

} // namespace Versus::Core
