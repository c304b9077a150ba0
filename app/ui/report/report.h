#pragma once

#include "core/verdict/verdictengine.h"
#include "core/workshop/workshop.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace Versus::Core {
struct Console;
class WorkshopSession;
} // namespace Versus::Core

namespace Versus::Gui {

/// The decision record a client takes home: PDF, self-contained HTML, or Markdown
/// laid out as an architecture decision record (MADR). Shared by the GUI and
/// `versus --workshop FILE --report OUT`. Pack text and notes are escaped.
class Report final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Gui::Report)

public:
    enum class Format { Pdf, Html, Markdown };

    /// session: the answers, notes and client; weights: the category weights in use.
    Report(const Core::WorkshopSession &session, QList<int> weights);

    static std::optional<Format> formatForFile(const QString &fileName);
    /// "Verdict: Django" or "Verdict: Either — it depends".
    QString verdictLine() const;

    QString markdown() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    /// Writes the format the file name asks for; returns an error message, or an empty string.
    QString write(const QString &fileName) const;

private:
    enum class ChartIn { DataUri, Resource };
    QString htmlBody(ChartIn chart) const;
    QImage chart() const;

    const Core::WorkshopSession &m_session;
    QList<int> m_weights;
    Core::VerdictResult m_result;
    mutable QImage m_chart;
};

/// versus --workshop FILE --report OUT [--pack FILE]: writes the report and prints the
/// verdict line. Returns 0, 1 for a bad workshop or pack, or 2 for an unknown format.
int reportCommand(const QString &workshopFile, const QString &outFile, const QString &packFile, Core::Console &console);

} // namespace Versus::Gui
