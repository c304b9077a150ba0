#include "delegates.h"

#include "compare/roles.h"
#include "pack/pack.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

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

} // namespace Versus::Ui
