#include "ui/comparison/scorecharts.h"

#include "core/compare/scoreboardmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {

// The charts themselves, without a view: the widget shows them, renderImage() draws them
// for reports without making a window.
struct Charts {
    QPolarChart *radar = nullptr;
    QChart *bars = nullptr;
    QList<QLineSeries *> radarSeries;
    QList<QBarSet *> barSets;
};

Charts buildCharts(const Core::Pack &pack)
{
    Charts charts;
    // Radar: one closed line per contender over the categories.
    auto *radar = new QPolarChart;
    radar->setTitle(ScoreCharts::tr("Weighted score by category"));
    const int categories = static_cast<int>(pack.categories.size());
    auto *angular = new QCategoryAxis;
    angular->setRange(0, categories);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int k = 0; k < categories; ++k)
        angular->append(pack.categories[k].name, k);
    angular->setGridLineVisible(true);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    radar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    radar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (const auto &c : pack.contenders) {
        auto *series = new QLineSeries;
        series->setName(c.name);
        radar->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        charts.radarSeries.append(series);
    }
    charts.radar = radar;

    // Bars: the weighted total of each contender.
    auto *bars = new QChart;
    bars->setTitle(ScoreCharts::tr("Weighted total"));
    auto *barSeries = new QBarSeries;
    for (const auto &c : pack.contenders) {
        auto *set = new QBarSet(c.name);
        set->append(0);
        barSeries->append(set);
        charts.barSets.append(set);
    }
    barSeries->setLabelsVisible(true);
    barSeries->setLabelsFormat(u"@value%"_s);
    barSeries->setLabelsPrecision(3);
    bars->addSeries(barSeries);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(ScoreCharts::tr("Total"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(u"%d%%"_s);
    bars->addAxis(axisX, Qt::AlignBottom);
    bars->addAxis(axisY, Qt::AlignLeft);
    barSeries->attachAxis(axisX);
    barSeries->attachAxis(axisY);
    charts.bars = bars;

    for (QChart *chart : {static_cast<QChart *>(radar), bars}) {
        chart->setAnimationOptions(QChart::NoAnimation); // live updates must be instant
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    return charts;
}

void fillCharts(const Charts &charts, const Core::Scoreboard &board)
{
    const int categories = static_cast<int>(board.categories.size());
    for (int i = 0; i < charts.radarSeries.size(); ++i) {
        QList<QPointF> points;
        points.reserve(categories + 1);
        for (int k = 0; k < categories; ++k)
            points.append(QPointF(k, board.categories[k].value(i)));
        if (categories > 0)
            points.append(QPointF(categories, board.categories[0].value(i))); // close the shape
        charts.radarSeries[i]->replace(points);
        charts.barSets[i]->replace(0, board.totals.value(i));
    }
}

void themeChart(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
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
    const Charts charts = buildCharts(*m_pack);
    m_radarSeries = charts.radarSeries;
    m_barSets = charts.barSets;
    m_radarView = makeView(charts.radar, this);
    m_radarView->setObjectName(u"radarChart"_s);
    m_radarView->setAccessibleName(tr("Weighted score by category, chart"));
    m_barView = makeView(charts.bars, this);
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
    fillCharts({nullptr, nullptr, m_radarSeries, m_barSets}, board);
    const int categories = static_cast<int>(board.categories.size());
    QStringList summary;
    for (int i = 0; i < m_radarSeries.size(); ++i)
        summary.append(tr("%1 %2").arg(m_pack->contenders[i].name, Core::formatPercent(board.totals.value(i))));
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

namespace {
// The radar's category names sit outside its circle, and a long one at the side ran off the
// image ("cosystem and licensing"): in an image, a long name takes two lines.
void fitCategoryLabels(QPolarChart *radar)
{
    const auto axes = radar->axes(QPolarChart::PolarOrientationAngular);
    auto *angular = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    if (!angular)
        return;
    constexpr qsizetype longName = 16;
    for (const QString &label : angular->categoriesLabels()) {
        const qsizetype middle = label.size() / 2;
        const qsizetype before = label.lastIndexOf(u' ', middle);
        const qsizetype after = label.indexOf(u' ', middle);
        const qsizetype at = before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
        // Axis labels are rich text: the name is escaped, and a long one broken in its middle.
        const QString shown = label.size() <= longName || at < 0
            ? label.toHtmlEscaped()
            : label.left(at).toHtmlEscaped() + u"<br>"_s + label.mid(at + 1).toHtmlEscaped();
        if (shown != label)
            angular->replaceLabel(label, shown);
    }
}
} // namespace

QImage ScoreCharts::renderImage(const std::shared_ptr<const Core::Pack> &pack, const Core::Scoreboard &board,
                                const QSize &size)
{
    // A scene and no view: nothing here makes a window, so this works headless (--report)
    // and costs no widget. The scene owns the charts.
    QGraphicsScene scene;
    const Charts charts = buildCharts(*pack);
    scene.addItem(charts.radar);
    scene.addItem(charts.bars);
    for (QChart *chart : {static_cast<QChart *>(charts.radar), charts.bars})
        themeChart(chart, QGuiApplication::palette());
    fitCategoryLabels(charts.radar);
    const int radarWidth = size.width() * 3 / 5;
    charts.radar->setGeometry(QRectF(0, 0, radarWidth, size.height()));
    charts.bars->setGeometry(QRectF(radarWidth, 0, size.width() - radarWidth, size.height()));
    fillCharts(charts, board);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
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
    for (QChartView *view : {m_radarView, m_barView})
        themeChart(view->chart(), palette());
}

} // namespace Versus::Gui
