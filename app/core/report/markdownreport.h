#pragma once

#include <QCoreApplication>
#include <QString>

namespace Versus::Core {

struct ReportModel;

/// The decision report as Markdown laid out as an architecture decision record (MADR).
/// The MADR headings and "Good, because" stay English, as MADR tools expect them;
/// everything else is translated. Pack text and notes cannot become markup.
class MarkdownReport final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::MarkdownReport)

public:
    MarkdownReport() = delete;
    static QString render(const ReportModel &report);
    /// Pack or user text inside Markdown prose, with every markup character escaped.
    static QString escaped(QString s);
    /// MADR 4's YAML front matter: status, date, decision-makers, consulted, informed.
    static QString frontMatter(const ReportModel &report);
    /// The "Chosen option" paragraph of the Decision Outcome, and the computed verdict
    /// beside it when the option chosen differs.
    static QString chosenOption(const ReportModel &report);
};

} // namespace Versus::Core
