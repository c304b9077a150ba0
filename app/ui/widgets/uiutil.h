#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace Versus::Gui {

/// A label for pack text: always plain text, never guessed to be rich text.
QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName = {});
/// A heading label in a larger, bold font (relative to the current zoom).
QLabel *headingLabel(const QString &text, QWidget *parent, qreal scale = 1.3);
/// After a zoom: headings under root take their size again from their parent's font.
void rescaleHeadings(QWidget *root);
/// Sizes a table to show every row, for tables that sit inside a scrolling page.
void fitTableHeight(QTableView *view);

} // namespace Versus::Gui
