#include "ui/widgets/uiutil.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVarLengthArray>

namespace Versus::Gui {

namespace {

// A word-wrapped QLabel lays its text out again (shaping it) for every heightForWidth()
// call, and nested layouts ask each label hundreds of times while a page first settles:
// that was the largest part of Versus's own start-up (issue 18). This one remembers
// the answer per width for as long as nothing it depends on changes; the answers are
// QLabel's own.
class WrapLabel final : public QLabel {
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override
    {
        if (!inputsUnchanged())
            m_heights.clear();
        for (const auto &[w, h] : m_heights) {
            if (w == width)
                return h;
        }
        const int height = QLabel::heightForWidth(width);
        if (m_heights.size() == maxCached)
            m_heights.remove(0);
        m_heights.append({width, height});
        return height;
    }

protected:
    bool event(QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::ContentsRectChange:
        case QEvent::ScreenChangeInternal:
        case QEvent::LayoutDirectionChange: m_heights.clear(); break;
        default: break;
        }
        return QLabel::event(event);
    }

private:
    static constexpr qsizetype maxCached = 8;

    // What QLabel's height for a width depends on, beyond the width; compared, not
    // tracked, because QLabel's setters are not virtual.
    bool inputsUnchanged() const
    {
        const bool same = m_text == text() && m_font == font() && m_margins == contentsMargins() && m_margin == margin()
            && m_indent == indent() && m_alignment == alignment() && m_wordWrap == wordWrap()
            && m_frame == frameWidth();
        if (!same) {
            m_text = text();
            m_font = font();
            m_margins = contentsMargins();
            m_margin = margin();
            m_indent = indent();
            m_alignment = alignment();
            m_wordWrap = wordWrap();
            m_frame = frameWidth();
        }
        return same;
    }

    mutable QVarLengthArray<std::pair<int, int>, maxCached> m_heights;
    mutable QString m_text;
    mutable QFont m_font;
    mutable QMargins m_margins;
    mutable int m_margin = -1;
    mutable int m_indent = -1;
    mutable Qt::Alignment m_alignment;
    mutable bool m_wordWrap = false;
    mutable int m_frame = -1;
};

} // namespace

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new WrapLabel(parent);
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
