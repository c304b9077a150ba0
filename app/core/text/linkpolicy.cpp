#include "core/text/linkpolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Versus::Core {

LinkPolicy::Target LinkPolicy::classify(const QUrl &url)
{
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s || scheme == u"https"_s) {
        if (url.host().isEmpty() || !url.userInfo().isEmpty())
            return {};
        return {Kind::External, {}, {}};
    }
    if (scheme == u"versus"_s) {
        static const QRegularExpression pattern(u"^(criterion|faq)/([a-z0-9-]{1,64})$"_s);
        const auto match = pattern.match(url.path());
        if (!match.hasMatch() || url.hasQuery() || url.hasFragment() || !url.host().isEmpty())
            return {};
        return {Kind::Internal, *itemKindFromName(match.captured(1)), match.captured(2)};
    }
    return {};
}

QUrl LinkPolicy::internalUrl(ItemKind item, const QString &id)
{
    QUrl url;
    url.setScheme(u"versus"_s);
    url.setPath(itemKindName(item) + u'/' + id);
    return url;
}

QString plainTextToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace Versus::Core
