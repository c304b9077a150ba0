#pragma once

#include "pack/pack.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Versus::Ui {

/// The detailed comparison as a printable document: the pack, the weights, the
/// scoreboard, the charts and the (filtered) table. Pack text is escaped.
std::unique_ptr<QTextDocument> buildComparisonReport(const Core::Pack &pack, const QList<int> &criteria,
                                                     const QList<int> &weights);

/// A4, or Letter where the locale measures in inches.
QPageSize defaultPageSize();

/// Writes a document as PDF (QPdfWriter); returns an error message or an empty string.
QString writePdf(QTextDocument *document, const QString &fileName, const QString &title);

} // namespace Versus::Ui
