#include "ui/comparison/delegates.h"

#include "core/compare/roles.h"
#include "core/pack/pack.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

EdgeDelegate::EdgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_leadIcon(u":/icons/edge-lead.svg"_s)
    , m_tieIcon(u":/icons/edge-tie.svg"_s)
{
}

void EdgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant edge = index.data(Core::EdgeRole);
    if (!edge.isValid() || index.data(Core::IsCategoryRole).toBool())
        return;
    option->icon = edge.toInt() == Core::tieEdge ? m_tieIcon : m_leadIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

RatingDelegate::RatingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(Core::RatingRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int rating = value.toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int pip = std::max(6, option.fontMetrics.height() / 2);
    const int gap = pip / 2;
    const QString number = QString::number(rating);
    const int numberWidth = option.fontMetrics.horizontalAdvance(u"5"_s) + gap;
    const int total = 5 * pip + 4 * gap + numberWidth;
    int x = option.rect.center().x() - total / 2;
    const int y = option.rect.center().y() - pip / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 5; ++i) {
        const QRectF r(x + 0.5, y + 0.5, pip - 1, pip - 1);
        painter->setPen(QPen(ink, 1));
        painter->setBrush(i < rating ? QBrush(ink) : Qt::NoBrush);
        painter->drawEllipse(r);
        x += pip + gap;
    }
    painter->setPen(ink);
    painter->drawText(QRect(x, option.rect.top(), numberWidth, option.rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      number);
    painter->restore();
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int pip = std::max(6, option.fontMetrics.height() / 2);
    size.setWidth(std::max(size.width(), 5 * pip + 5 * (pip / 2) + option.fontMetrics.horizontalAdvance(u"5"_s) + 12));
    return size;
}

HighlightDelegate::HighlightDelegate(int highlightRole, int snippetRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_highlightRole(highlightRole)
    , m_snippetRole(snippetRole)
{
}

namespace {

// One line of text, elided to width, with ranges marked in bold on a highlight background.
void drawMarkedLine(QPainter *painter, const QString &text, const QVariantList &ranges, const QFont &font,
                    const QPalette &palette, bool selected, const QRect &rect)
{
    const QFontMetrics fm(font);
    QString shown = fm.elidedText(text, Qt::ElideRight, rect.width());
    QTextLayout layout(shown, font);
    QList<QTextLayout::FormatRange> formats;
    QColor mark = palette.color(QPalette::Highlight);
    mark.setAlpha(selected ? 0 : 70);
    for (const QVariant &v : ranges) {
        const QPoint r = v.toPoint();
        if (r.x() >= shown.size())
            continue;
        QTextLayout::FormatRange f;
        f.start = r.x();
        f.length = std::min(r.y(), static_cast<int>(shown.size()) - r.x());
        f.format.setFontWeight(QFont::Bold);
        f.format.setBackground(mark);
        f.format.setFontUnderline(selected); // still visible on the selection colour
        formats.append(f);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
}

} // namespace

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!(index.flags() & Qt::ItemIsSelectable)) { // group rows draw as usual
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QVariantList ranges = index.data(m_highlightRole).toList();
    painter->save();
    if (m_snippetRole == 0) {
        drawMarkedLine(painter, title, ranges, opt.font, opt.palette, selected, text);
    } else {
        QFont bold = opt.font;
        bold.setBold(true);
        const int h = text.height() / 2;
        drawMarkedLine(painter, title, {}, bold, opt.palette, selected,
                       QRect(text.left(), text.top(), text.width(), h));
        drawMarkedLine(painter, index.data(m_snippetRole).toString(), ranges, opt.font, opt.palette, selected,
                       QRect(text.left(), text.top() + h, text.width(), text.height() - h));
    }
    painter->restore();
}

QSize HighlightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_snippetRole != 0 && (index.flags() & Qt::ItemIsSelectable))
        size.setHeight(2 * option.fontMetrics.height() + 8);
    return size;
}

} // namespace Versus::Gui
