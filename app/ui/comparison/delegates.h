#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Versus::Gui {

/// Draws the edge of a row as an icon and the leader's name (never by colour alone).
class EdgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeDelegate)

public:
    explicit EdgeDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_leadIcon;
    QIcon m_tieIcon;
};

/// Draws a rating from 0 to 5 as five pips and the number; screen readers get
/// the model's AccessibleTextRole ("4 out of 5").
class RatingDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingDelegate)

public:
    explicit RatingDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Draws a row's text with some ranges marked (matches of a filter or search): the
/// ranges come from highlightRole as QPoint(start, length). With a snippet role, the
/// row shows two lines, the title in bold and the snippet, and the ranges mark the snippet.
class HighlightDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightDelegate)

public:
    HighlightDelegate(int highlightRole, int snippetRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_highlightRole;
    int m_snippetRole; // 0: none
};

} // namespace Versus::Gui
