#include "ui/checklist/sensitivitychart.h"

#include "core/verdict/verdicttext.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {
constexpr int cells = 6; // importance 0 to 5
constexpr int cellWidth = 26;
constexpr int margin = 4;
} // namespace

SensitivityChart::SensitivityChart(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
{
    setObjectName(u"sensitivityChart"_s);
    setAccessibleName(tr("How the verdict depends on the importance of each category"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SensitivityChart::setSensitivity(const QList<Core::Sensitivity> &rows)
{
    m_rows = rows;
    QStringList description;
    for (const Core::Sensitivity &s : m_rows)
        description.append(m_pack->categories[s.category].name + u": "_s + tr("importance %1.").arg(s.importance) + u' '
                           + Core::VerdictText::sensitivityText(*m_pack, s));
    setAccessibleDescription(description.join(u'\n'));
    updateGeometry();
    update();
}

int SensitivityChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int SensitivityChart::labelWidth() const
{
    int widest = 0;
    for (const Core::Sensitivity &s : m_rows)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_pack->categories[s.category].name));
    return std::min(widest, 220) + 2 * margin;
}

QSize SensitivityChart::sizeHint() const
{
    return {labelWidth() + cells * cellWidth + 2 * margin,
            (static_cast<int>(m_rows.size()) + 1) * rowHeight() + 2 * margin};
}

QSize SensitivityChart::minimumSizeHint() const
{
    return {120 + cells * cellWidth, sizeHint().height()};
}

QRect SensitivityChart::cellRect(int row, int importance) const
{
    const int left = width() - margin - cells * cellWidth;
    return {left + importance * cellWidth, margin + (row + 1) * rowHeight() + 3, cellWidth - 2, rowHeight() - 6};
}

void SensitivityChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int left = width() - margin - cells * cellWidth;
    // The scale: 0 to 5 over the cells.
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int w = 0; w < cells; ++w)
        p.drawText(QRect(left + w * cellWidth, margin, cellWidth - 2, rowHeight()), Qt::AlignCenter,
                   QString::number(w));
    const QColor holds = pal.color(QPalette::Highlight);
    QColor flips = pal.color(QPalette::Mid);
    for (int row = 0; row < m_rows.size(); ++row) {
        const Core::Sensitivity &s = m_rows[row];
        const QRect label(margin, margin + (row + 1) * rowHeight(), left - 2 * margin, rowHeight());
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_pack->categories[s.category].name, Qt::ElideRight, label.width()));
        for (int w = 0; w < cells; ++w) {
            const QRect cell = cellRect(row, w);
            const bool inRange = w >= s.holdsFrom && w <= s.holdsTo;
            p.setPen(Qt::NoPen);
            p.setBrush(inRange ? holds : flips);
            p.drawRoundedRect(cell, 3, 3);
        }
        // The client's importance: a ring in the text colour, on top of its cell.
        const QRect at = cellRect(row, s.importance).adjusted(6, 2, -6, -2);
        p.setBrush(pal.color(QPalette::HighlightedText));
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawEllipse(at.center(), std::min(at.width(), at.height()) / 2, std::min(at.width(), at.height()) / 2);
    }
}

bool SensitivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = (help->pos().y() - margin) / rowHeight() - 1;
        if (row >= 0 && row < m_rows.size()) {
            const Core::Sensitivity &s = m_rows[row];
            QString tip = m_pack->categories[s.category].name + u": "_s + tr("importance %1.").arg(s.importance) + u' '
                + Core::VerdictText::sensitivityText(*m_pack, s);
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Versus::Gui
