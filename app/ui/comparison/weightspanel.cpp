#include "ui/comparison/weightspanel.h"

#include "core/compare/scoreboardmodel.h"
#include "core/compare/weights.h"
#include "ui/widgets/uiutil.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

QString weightMeaning(int weight)
{
    switch (weight) {
    case 0: return WeightsPanel::tr("0 — ignore");
    case 1: return WeightsPanel::tr("1 — minor");
    case 2: return WeightsPanel::tr("2 — some");
    case 3: return WeightsPanel::tr("3 — normal");
    case 4: return WeightsPanel::tr("4 — high");
    default: return WeightsPanel::tr("5 — critical");
    }
}

WeightsPanel::WeightsPanel(std::shared_ptr<const Core::Pack> pack, Core::Weights *weights,
                           Core::WorkshopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_weights(weights)
    , m_scoreboard(new Core::ScoreboardModel(session, this))
    , m_leader(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"weightsPanel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(headingLabel(tr("Scoreboard"), this, 1.1));
    m_table->setObjectName(u"scoreboardView"_s);
    m_table->setAccessibleName(tr("Scoreboard"));
    m_table->setModel(m_scoreboard);
    m_table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
    m_leader->setObjectName(u"leaderLabel"_s);
    m_leader->setTextFormat(Qt::PlainText);
    m_leader->setWordWrap(true);
    QFont bold = m_leader->font();
    bold.setBold(true);
    m_leader->setFont(bold);
    layout->addWidget(m_leader);

    layout->addSpacing(8);
    layout->addWidget(headingLabel(tr("Importance"), this, 1.1));
    QLabel *hint = plainLabel(tr("How much each category counts, from 0 (ignore) to 5 (critical)."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Weights"));
    // Tab goes to the controls inside, and the area scrolls to show them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *sliders = new QWidget(scroll);
    auto *grid = new QGridLayout(sliders);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    for (int k = 0; k < m_pack->categories.size(); ++k) {
        const QString name = m_pack->categories[k].name;
        QLabel *label = plainLabel(name, sliders);
        auto *slider = new QSlider(Qt::Horizontal, sliders);
        slider->setObjectName(u"weightSlider-"_s + m_pack->categories[k].id);
        slider->setRange(0, Core::Weights::maxWeight);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setValue(m_weights->weight(k));
        slider->setAccessibleName(tr("Importance of %1").arg(name));
        label->setBuddy(slider);
        auto *value = new QLabel(valueText(k), sliders);
        value->setObjectName(u"weightValue-"_s + m_pack->categories[k].id);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(weightMeaning(5) + tr(" · by hand")) + 4);
        grid->addWidget(label, 2 * k, 0, 1, 2);
        grid->addWidget(slider, 2 * k + 1, 0);
        grid->addWidget(value, 2 * k + 1, 1);
        // Only a move by the user sets a weight by hand, not the slider following the answers.
        connect(slider, &QSlider::valueChanged, this, [this, k](int v) {
            if (!m_syncing)
                m_weights->setWeight(k, v);
        });
        m_sliders.append(slider);
        m_values.append(value);
    }
    grid->setRowStretch(2 * static_cast<int>(m_pack->categories.size()), 1);
    scroll->setWidget(sliders);
    layout->addWidget(scroll, 1);

    auto *reset = new QPushButton(tr("&Reset weights"), this);
    reset->setObjectName(u"resetWeightsButton"_s);
    reset->setToolTip(tr("Forget the weights set by hand: the answers and the pack set them again"));
    connect(reset, &QPushButton::clicked, m_weights, &Core::Weights::reset);
    layout->addWidget(reset, 0, Qt::AlignLeft);

    connect(m_weights, &Core::Weights::changed, this, &WeightsPanel::syncFromWeights);
    connect(m_scoreboard, &Core::ScoreboardModel::scoresChanged, this, &WeightsPanel::updateLeader);
    updateLeader();
}

// "5 — critical · by hand": the value and, unless the pack's default, where it comes from.
QString WeightsPanel::valueText(int category) const
{
    QString meaning = weightMeaning(m_weights->weight(category));
    if (m_weights->isManual(category))
        return meaning + tr(" · by hand");
    if (m_weights->isFromAnswers(category))
        return meaning + tr(" · answers");
    return meaning;
}

QString WeightsPanel::leaderText() const
{
    return m_leader->text();
}

void WeightsPanel::syncFromWeights(int category)
{
    for (int k = 0; k < m_sliders.size(); ++k) {
        if (category >= 0 && k != category)
            continue;
        const int w = m_weights->weight(k);
        if (m_sliders[k]->value() != w) {
            m_syncing = true;
            m_sliders[k]->setValue(w);
            m_syncing = false;
        }
        m_values[k]->setText(valueText(k));
    }
}

void WeightsPanel::updateLeader()
{
    const QString text = m_scoreboard->leaderText();
    if (text == m_leader->text())
        return;
    m_leader->setText(text); // QLabel tells assistive technology the name changed
}

} // namespace Versus::Gui
