#include "ui/report/report.h"

#include "core/commands/commands.h"
#include "core/common/fileformat.h"
#include "core/common/logging.h"
#include "core/compare/weights.h"
#include "core/report/htmlreport.h"
#include "core/report/markdownreport.h"
#include "core/workshop/workshop.h"
#include "core/workshop/workshopsession.h"
#include "ui/comparison/scorecharts.h"
#include "ui/report/printing.h"
#include "ui/widgets/publisherbadge.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

Report::Report(const Core::WorkshopSession &session)
    : m_pack(session.sharedPack())
    , m_model(Core::ReportModel::build(session))
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
        m_chart = ScoreCharts::renderImage(m_pack, m_model.computed.board);
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
    // The logo drawn here (an SVG would need the document to draw it): a plain image.
    static const QString logoUrl = u"versus-report:logo"_s;
    const QImage logo = PublisherBadge::logoImage(m_model.publisher, 80);
    if (!logo.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(logoUrl), logo);
    doc->setDefaultStyleSheet(u"table{border-collapse:collapse} th,td{border:1px solid #999;padding:3px}"_s);
    doc->setHtml(u"<html><body>"_s + Core::HtmlReport::body(m_model, chartUrl, logo.isNull() ? QString() : logoUrl)
                 + u"</body></html>"_s);
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
        console.error(u"versus: "_s + Report::tr("%1: a report can be written as .pdf, .html or .md").arg(outFile));
        return 2;
    }
    // The report replaces its file: never the workshop it is made from (by any name).
    const QString workshopPath = QFileInfo(workshopFile).canonicalFilePath();
    if (!workshopPath.isEmpty() && workshopPath == QFileInfo(outFile).canonicalFilePath()) {
        console.error(u"versus: "_s
                      + Report::tr("%1: the report would overwrite the workshop it is made from; give another file")
                            .arg(outFile));
        return 2;
    }
    const auto pack = Core::loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    const Core::WorkshopLoadResult loaded = Core::WorkshopFile::load(workshopFile);
    for (const auto &d : loaded.diagnostics)
        console.error(d.toString());
    if (!loaded.workshop)
        return 1;
    Core::Weights weights;
    weights.setPack(pack);
    Core::WorkshopSession session(pack, &weights);
    for (const QString &message : session.apply(*loaded.workshop))
        console.error(workshopFile + u": warning: "_s + message);
    const Report report(session);
    if (const auto written = report.write(outFile); !written) {
        console.error(u"versus: "_s + written.error().message);
        return 1;
    }
    console.print(report.verdictLine());
    return 0;
}

} // namespace Versus::Gui
