#pragma once

#include "core/common/itemkind.h"

#include <QString>
#include <QUrl>

namespace Versus::Core {

/// What may happen when a link in pack text is activated. Pack text is untrusted:
/// only links inside Versus and http(s) links (opened in the system browser) are followed.
class LinkPolicy final {
public:
    enum class Kind { Blocked, Internal, External };
    struct Target {
        Kind kind = Kind::Blocked;
        ItemKind item = ItemKind::Criterion; // internal links: a criterion or an FAQ entry
        QString id; // internal links: the item's id
    };

    static Target classify(const QUrl &url);
    static Target classify(const QString &href) { return classify(QUrl(href)); }
    static QUrl internalUrl(ItemKind item, const QString &id);
};

/// Pack text as a tooltip: escaped, so that it is never taken for rich text.
QString plainTextToolTip(const QString &text);

} // namespace Versus::Core
