#pragma once

#include "core/common/result.h"
#include "core/report/reportmodel.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace Versus::Core {
class Console;
class WorkshopSession;
} // namespace Versus::Core

namespace Versus::Gui {

/// The decision record a client takes home: PDF, self-contained HTML, or Markdown
/// laid out as an architecture decision record (MADR). Shared by the GUI and
/// `versus --workshop FILE --report OUT`. What it says is a Core::ReportModel; the
/// Markdown and HTML come from core's emitters, and this class adds what needs Gui:
/// the chart image and the PDF.
class Report final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Gui::Report)

public:
    enum class Format { Pdf, Html, Markdown };

    /// From the session's decision model (answers, importance, scores), notes and client.
    explicit Report(const Core::WorkshopSession &session);

    static std::optional<Format> formatForFile(const QString &fileName);
    /// "Verdict: Django" or "Verdict: Either — it depends".
    QString verdictLine() const { return m_model.verdictLine; }
    const Core::ReportModel &model() const { return m_model; }

    QString markdown() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    /// Writes the format the file name asks for.
    Core::Result<void> write(const QString &fileName) const;

private:
    QImage chart() const;

    std::shared_ptr<const Core::Pack> m_pack;
    Core::ReportModel m_model;
    mutable QImage m_chart;
};

/// versus --workshop FILE --report OUT [--pack FILE]: writes the report and prints the
/// verdict line. Returns 0, 1 for a bad workshop or pack, or 2 for an unknown format.
int reportCommand(const QString &workshopFile, const QString &outFile, const QString &packFile, Core::Console &console);

} // namespace Versus::Gui
