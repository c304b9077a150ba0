#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Versus::Core {

struct ReportModel;

/// The decision report as HTML: a self-contained page (no script, nothing loaded from
/// outside, the chart inline), or the body alone for a QTextDocument that prints it.
/// Every pack and user text is escaped. The chart comes drawn by the caller: core
/// draws nothing.
class HtmlReport final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::HtmlReport)

public:
    HtmlReport() = delete;
    /// A whole page; chartPng is embedded as a data: URI.
    static QString page(const ReportModel &report, const QByteArray &chartPng);
    /// The body's content; chartSource is the chart image's URL (a document resource), and
    /// logoSource the publisher's logo's (empty: none).
    static QString body(const ReportModel &report, const QString &chartSource, const QString &logoSource = {});
    /// The decision taken: option chosen, status, date, reason, the people, and the
    /// computed verdict when it differs.
    static QString decisionTaken(const ReportModel &report);
    /// Per option, the pros and cons that decide (ProsAndCons).
    static QString prosAndCons(const ReportModel &report);
};

} // namespace Versus::Core
