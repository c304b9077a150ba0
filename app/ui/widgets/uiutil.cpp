#include "ui/widgets/uiutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

namespace Versus::Gui {

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

namespace {
const char *const headingScaleProperty = "versusHeadingScale";

void scaleHeading(QLabel *label, qreal scale)
{
    QFont font = label->parentWidget() ? label->parentWidget()->font() : label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}
} // namespace

QLabel *headingLabel(const QString &text, QWidget *parent, qreal scale)
{
    QLabel *label = plainLabel(text, parent);
    label->setProperty(headingScaleProperty, scale);
    scaleHeading(label, scale);
    return label;
}

void rescaleHeadings(QWidget *root)
{
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QVariant scale = label->property(headingScaleProperty);
        if (scale.isValid())
            scaleHeading(label, scale.toReal());
    }
}

void fitTableHeight(QTableView *view)
{
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->isVisible() ? view->horizontalHeader()->height() : 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    if (view->horizontalScrollBar()->isVisible())
        height += view->horizontalScrollBar()->height();
    view->setFixedHeight(height + 2 * view->frameWidth());
}

} // namespace Versus::Gui
