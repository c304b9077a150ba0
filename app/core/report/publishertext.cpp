#include "core/report/publishertext.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString PublisherText::html(const Publisher &p, const QString &logoSource)
{
    if (p.name.isEmpty())
        return {};
    // The accent is a checked #rrggbb; every other value is escaped pack text.
    const QString accent = p.accent.isEmpty() ? u"#999999"_s : p.accent;
    QString h = u"<table class=\"publisher\" style=\"border:none;border-left:4px solid "_s + accent
        + u";margin:0 0 .8em 0\"><tr>"_s;
    if (!logoSource.isEmpty())
        h += u"<td style=\"border:none;padding:2px 8px\"><img src=\""_s + logoSource.toHtmlEscaped()
            + u"\" alt=\"\" height=\"40\"></td>"_s;
    h += u"<td style=\"border:none;padding:2px 8px\"><b>"_s + p.name.toHtmlEscaped() + u"</b>"_s;
    if (p.website.isValid())
        h += u" · "_s + QString::fromUtf8(p.website.toEncoded()).toHtmlEscaped();
    if (!p.contact.isEmpty())
        h += u"<br>"_s + p.contact.toHtmlEscaped();
    return h + u"</td></tr></table>"_s;
}

QString PublisherText::line(const Publisher &p, const std::function<QString(const QString &)> &escape)
{
    if (p.name.isEmpty())
        return {};
    QString s = tr("Prepared by: %1").arg(escape(p.name));
    if (p.website.isValid())
        s += u" (<"_s + QString::fromUtf8(p.website.toEncoded()) + u">)"_s;
    if (!p.contact.isEmpty())
        s += u" — "_s + escape(p.contact);
    return s;
}

} // namespace Versus::Core
