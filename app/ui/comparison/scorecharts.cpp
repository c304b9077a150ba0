#include "ui/comparison/scorecharts.h"

#include "core/compare/scoreboardmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must be instant
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 240);
    return view;
}

} // namespace

ScoreCharts::ScoreCharts(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
{
    setObjectName(u"scoreCharts"_s);
    // Radar: one closed line per contender over the categories.
    auto *radar = new QPolarChart;
    radar->setTitle(tr("Weighted score by category"));
    const int categories = static_cast<int>(m_pack->categories.size());
    auto *angular = new QCategoryAxis;
    angular->setRange(0, categories);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int k = 0; k < categories; ++k)
        angular->append(m_pack->categories[k].name, k);
    angular->setGridLineVisible(true);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    radar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    radar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (const auto &c : m_pack->contenders) {
        auto *series = new QLineSeries;
        series->setName(c.name);
        radar->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        m_radarSeries.append(series);
    }
    m_radarView = makeView(radar, this);
    m_radarView->setObjectName(u"radarChart"_s);
    m_radarView->setAccessibleName(tr("Weighted score by category, chart"));

    // Bars: the weighted total of each contender.
    auto *bars = new QChart;
    bars->setTitle(tr("Weighted total"));
    auto *barSeries = new QBarSeries;
    for (const auto &c : m_pack->contenders) {
        auto *set = new QBarSet(c.name);
        set->append(0);
        barSeries->append(set);
        m_barSets.append(set);
    }
    barSeries->setLabelsVisible(true);
    barSeries->setLabelsFormat(u"@value%"_s);
    barSeries->setLabelsPrecision(3);
    bars->addSeries(barSeries);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(tr("Total"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(u"%d%%"_s);
    bars->addAxis(axisX, Qt::AlignBottom);
    bars->addAxis(axisY, Qt::AlignLeft);
    barSeries->attachAxis(axisX);
    barSeries->attachAxis(axisY);
    m_barView = makeView(bars, this);
    m_barView->setObjectName(u"totalChart"_s);
    m_barView->setAccessibleName(tr("Weighted total, chart"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_radarView, 3);
    layout->addWidget(m_barView, 2);
    applyTheme();
}

void ScoreCharts::setScoreboard(const Core::Scoreboard &board)
{
    const int categories = static_cast<int>(board.categories.size());
    QStringList summary;
    for (int i = 0; i < m_radarSeries.size(); ++i) {
        QList<QPointF> points;
        points.reserve(categories + 1);
        for (int k = 0; k < categories; ++k)
            points.append(QPointF(k, board.categories[k].value(i)));
        if (categories > 0)
            points.append(QPointF(categories, board.categories[0].value(i))); // close the shape
        m_radarSeries[i]->replace(points);
        m_barSets[i]->replace(0, board.totals.value(i));
        summary.append(tr("%1 %2").arg(m_pack->contenders[i].name, Core::formatPercent(board.totals.value(i))));
    }
    // What the charts show, in words, for screen readers.
    m_barView->setAccessibleDescription(summary.join(u", "_s));
    QStringList byCategory;
    for (int k = 0; k < categories; ++k) {
        QStringList values;
        for (int i = 0; i < m_radarSeries.size(); ++i)
            values.append(Core::formatPercent(board.categories[k].value(i)));
        byCategory.append(m_pack->categories[k].name + u": "_s + values.join(u" / "_s));
    }
    m_radarView->setAccessibleDescription(byCategory.join(u"; "_s));
}

QList<QList<QPointF>> ScoreCharts::radarPoints() const
{
    QList<QList<QPointF>> out;
    for (const auto *s : m_radarSeries)
        out.append(s->points());
    return out;
}

QList<double> ScoreCharts::barValues() const
{
    QList<double> out;
    for (const auto *set : m_barSets)
        out.append(set->at(0));
    return out;
}

QImage ScoreCharts::render(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int radarWidth = size.width() * 3 / 5;
    m_radarView->chart()->scene()->render(&painter, QRectF(0, 0, radarWidth, size.height()),
                                          m_radarView->chart()->sceneBoundingRect());
    m_barView->chart()->scene()->render(&painter, QRectF(radarWidth, 0, size.width() - radarWidth, size.height()),
                                        m_barView->chart()->sceneBoundingRect());
    return image;
}

void ScoreCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ScoreCharts::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : {m_radarView, m_barView}) {
        QChart *chart = view->chart();
        const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
        if (chart->theme() != theme)
            chart->setTheme(theme);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::Text));
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
    }
}

} // namespace Versus::Gui
