#include "ui/report/comparisonreport.h"

#include "core/compare/scoreboardmodel.h"
#include "core/compare/scoring.h"
#include "core/compare/tableexport.h"
#include "ui/comparison/scorecharts.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {
// The report's strings keep the context they have always had in the translations.
class ComparisonReport final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Gui::ComparisonReport)
};
} // namespace

std::unique_ptr<QTextDocument> buildComparisonReport(const std::shared_ptr<const Core::Pack> &packPtr,
                                                     const QList<int> &criteria, const QList<int> &weights,
                                                     const Core::Scoreboard &board)
{
    const Core::Pack &pack = *packPtr;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);

    // The charts, drawn into an image the document holds as a resource.
    doc->addResource(QTextDocument::ImageResource, QUrl(u"versus-report:charts"_s),
                     ScoreCharts::renderImage(packPtr, board));

    QString html = u"<html><body><h1>"_s + pack.title.toHtmlEscaped() + u"</h1><p>"_s
        + (ComparisonReport::tr("Detailed comparison · pack %1, version %2, updated %3 · printed %4")
               .arg(pack.id, pack.version, QLocale().toString(pack.updated, QLocale::ShortFormat),
                    QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)))
              .toHtmlEscaped()
        + u"</p><h2>"_s + (ComparisonReport::tr("Scoreboard")).toHtmlEscaped()
        + u"</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s;
    for (int i = 0; i < pack.contenders.size(); ++i) {
        const bool leads = board.leader == i;
        html += u"<tr><td>"_s + (leads ? u"<b>"_s : QString()) + pack.contenders[i].name.toHtmlEscaped()
            + (leads ? (ComparisonReport::tr(" (leads)")).toHtmlEscaped() + u"</b>"_s : QString())
            + u"</td><td align=\"right\">"_s + (Core::formatPercent(board.totals[i])).toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table><p><img src=\"versus-report:charts\" width=\"620\"></p><h2>"_s
        + (ComparisonReport::tr("Weights")).toHtmlEscaped()
        + u"</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"_s;
    for (int k = 0; k < pack.categories.size(); ++k)
        html += u"<tr><td>"_s + pack.categories[k].name.toHtmlEscaped() + u"</td><td align=\"right\">"_s
            + QString::number(weights.value(k)) + u"</td></tr>"_s;
    html += u"</table><h2>"_s
        + (ComparisonReport::tr("Criteria (%1 of %2)").arg(criteria.size()).arg(pack.criteria.size())).toHtmlEscaped()
        + u"</h2>"_s;
    QString table = Core::TableExport(pack, criteria, weights, board).html();
    table.replace(u"<table>"_s, u"<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">"_s);
    html += table + u"</body></html>"_s;
    doc->setHtml(html);
    return doc;
}

} // namespace Versus::Gui
