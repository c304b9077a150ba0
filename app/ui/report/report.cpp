#include "ui/report/report.h"

#include "core/commands/commands.h"
#include "core/common/fileformat.h"
#include "core/common/logging.h"
#include "core/compare/scoring.h"
#include "core/compare/weights.h"
#include "core/report/htmlreport.h"
#include "core/report/markdownreport.h"
#include "core/workshop/workshop.h"
#include "core/workshop/workshopsession.h"
#include "ui/comparison/scorecharts.h"
#include "ui/report/printing.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

Report::Report(const Core::WorkshopSession &session, QList<int> weights)
    : m_pack(session.sharedPack())
    , m_weights(std::move(weights))
    , m_model(Core::ReportModel::build(session, m_weights))
{
}

std::optional<Report::Format> Report::formatForFile(const QString &fileName)
{
    return Core::formatForSuffix<Format>(fileName,
                                         {{u"pdf", Format::Pdf},
                                          {u"html", Format::Html},
                                          {u"htm", Format::Html},
                                          {u"md", Format::Markdown},
                                          {u"markdown", Format::Markdown}});
}

QImage Report::chart() const
{
    if (m_chart.isNull())
        m_chart = ScoreCharts::renderImage(m_pack, Core::ScoreTable(*m_pack).score(m_weights));
    return m_chart;
}

QString Report::markdown() const
{
    return Core::MarkdownReport::render(m_model);
}

QString Report::html() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart().save(&buffer, "PNG");
    return Core::HtmlReport::page(m_model, png);
}

std::unique_ptr<QTextDocument> Report::document() const
{
    static const QString chartUrl = u"versus-report:chart"_s;
    auto doc = std::make_unique<QTextDocument>();
    doc->addResource(QTextDocument::ImageResource, QUrl(chartUrl), chart());
    doc->setDefaultStyleSheet(u"table{border-collapse:collapse} th,td{border:1px solid #999;padding:3px}"_s);
    doc->setHtml(u"<html><body>"_s + Core::HtmlReport::body(m_model, chartUrl) + u"</body></html>"_s);
    return doc;
}

Core::Result<void> Report::write(const QString &fileName) const
{
    const auto format = formatForFile(fileName);
    if (!format)
        return Core::failure(tr("%1: a report can be written as .pdf, .html or .md").arg(fileName), fileName);
    if (*format == Format::Pdf) {
        const auto doc = document();
        return writePdf(doc.get(), fileName, m_model.title + u" — "_s + verdictLine());
    }
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        const QByteArray bytes = (*format == Format::Html ? html() : markdown()).toUtf8();
        if (file.write(bytes) == bytes.size() && file.commit())
            return {};
    }
    qCWarning(lcExport) << "cannot write report" << fileName << file.errorString();
    return Core::failure(tr("cannot write %1: %2").arg(fileName, file.errorString()), fileName);
}

int reportCommand(const QString &workshopFile, const QString &outFile, const QString &packFile, Core::Console &console)
{
    if (!Report::formatForFile(outFile)) {
        console.err << u"versus: "_s << Report::tr("%1: a report can be written as .pdf, .html or .md").arg(outFile)
                    << Qt::endl;
        return 2;
    }
    const auto pack = Core::loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    const Core::WorkshopLoadResult loaded = Core::WorkshopFile::load(workshopFile);
    for (const auto &d : loaded.diagnostics)
        console.err << d.toString() << Qt::endl;
    if (!loaded.workshop)
        return 1;
    Core::Weights weights;
    weights.setPack(pack);
    Core::WorkshopSession session(pack, &weights);
    for (const QString &message : session.apply(*loaded.workshop))
        console.err << workshopFile << u": warning: "_s << message << Qt::endl;
    const Report report(session, weights.values());
    if (const auto written = report.write(outFile); !written) {
        console.err << u"versus: "_s << written.error().message << Qt::endl;
        return 1;
    }
    console.out << report.verdictLine() << Qt::endl;
    return 0;
}

} // namespace Versus::Gui
