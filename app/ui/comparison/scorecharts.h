#pragma once

#include "core/compare/scoring.h"
#include "core/pack/pack.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLineSeries;
class QBarSet;
class QValueAxis;

namespace Versus::Gui {

/// The weighted scores as charts: a radar of the category scores per contender and
/// bars of the weighted totals. Follows the palette (light or dark).
class ScoreCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreCharts)

public:
    explicit ScoreCharts(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    void setScoreboard(const Core::Scoreboard &board);
    /// For tests: the radar's points per contender, the bars' values.
    QList<QList<QPointF>> radarPoints() const;
    QList<double> barValues() const;
    /// The charts for a scoreboard drawn into an image without a widget, for reports: in
    /// the application's palette, radar and bars side by side.
    static QImage renderImage(const std::shared_ptr<const Core::Pack> &pack, const Core::Scoreboard &board,
                              const QSize &size = QSize(900, 420));

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    std::shared_ptr<const Core::Pack> m_pack;
    QChartView *m_radarView;
    QChartView *m_barView;
    QList<QLineSeries *> m_radarSeries;
    QList<QBarSet *> m_barSets;
};

} // namespace Versus::Gui
