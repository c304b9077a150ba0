#pragma once

#include "core/common/result.h"

#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;
class QWidget;

namespace Versus::Gui {

/// A4, or Letter where the locale measures in inches.
QPageSize defaultPageSize();

/// Asks for a printer, then prints the document build() makes (only if the user goes on).
void printDocument(QWidget *parent, const QString &title, const std::function<std::unique_ptr<QTextDocument>()> &build);

/// Writes a document as PDF (QPdfWriter), whole or not at all.
Core::Result<void> writePdf(QTextDocument *document, const QString &fileName, const QString &title);

} // namespace Versus::Gui
