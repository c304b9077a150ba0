#pragma once

#include "core/pack/pack.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

namespace Versus::Gui {

/// The detailed comparison as a printable document: the pack, the weights, the
/// scoreboard, the charts and the (filtered) table. Pack text is escaped.
std::unique_ptr<QTextDocument> buildComparisonReport(const Core::Pack &pack, const QList<int> &criteria,
                                                     const QList<int> &weights);

/// A4, or Letter where the locale measures in inches.
QPageSize defaultPageSize();

/// Asks for a printer, then prints the document build() makes (only if the user goes on).
void printDocument(QWidget *parent, const QString &title, const std::function<std::unique_ptr<QTextDocument>()> &build);

/// Writes a document as PDF (QPdfWriter); returns an error message or an empty string.
QString writePdf(QTextDocument *document, const QString &fileName, const QString &title);

} // namespace Versus::Gui
