#include "core/report/criterionhtml.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString CriterionHtml::header(const Pack &pack, const Criterion &criterion)
{
    QString html = u"<h2>"_s + criterion.criterion.toHtmlEscaped() + u"</h2>"_s;
    html += u"<p><i>"_s + pack.categories[criterion.category].name.toHtmlEscaped() + u"</i> · "_s
        + (tr("Edge: %1").arg(pack.edgeName(criterion.edge))).toHtmlEscaped() + u"</p><ul>"_s;
    for (int c = 0; c < pack.contenders.size(); ++c) {
        html += u"<li><b>"_s + pack.contenders[c].name.toHtmlEscaped() + u"</b> ("_s
            + (tr("%1 out of 5").arg(criterion.values[c].rating)).toHtmlEscaped() + u"): "_s
            + criterion.values[c].text.toHtmlEscaped() + u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

QString CriterionHtml::sources(const Criterion &criterion, int maxAgeMonths, const QDate &today)
{
    QString html = u"<h3>"_s + (tr("Sources")).toHtmlEscaped() + u"</h3><ul>"_s;
    for (const auto &s : criterion.sources) {
        const bool outdated = s.isOutdated(maxAgeMonths, today);
        html += u"<li><a href=\""_s + (QString::fromUtf8(s.url.toEncoded())).toHtmlEscaped() + u"\">"_s
            + s.title.toHtmlEscaped() + u"</a> — "_s + (tr("as of %1").arg(s.asOf)).toHtmlEscaped();
        if (outdated)
            html += u" — <b>"_s + (tr("may be outdated")).toHtmlEscaped() + u"</b>"_s;
        html += u"<br><small>"_s + s.url.toDisplayString().toHtmlEscaped() + u"</small></li>"_s;
    }
    return html + u"</ul>"_s;
}

} // namespace Versus::Core
