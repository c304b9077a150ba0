#pragma once

#include "core/pack/pack.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSlider;
class QTableView;

namespace Versus::Core {
class ScoreboardModel;
class Weights;
class WorkshopSession;
} // namespace Versus::Core

namespace Versus::Gui {

/// The importance of each category as sliders, and the live scoreboard.
class WeightsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightsPanel)

public:
    WeightsPanel(std::shared_ptr<const Core::Pack> pack, Core::Weights *weights, Core::WorkshopSession *session,
                 QWidget *parent = nullptr);

    QString leaderText() const;
    Core::ScoreboardModel *scoreboard() const { return m_scoreboard; }

private:
    void syncFromWeights(int category);
    QString valueText(int category) const;
    void updateLeader();

    std::shared_ptr<const Core::Pack> m_pack;
    Core::Weights *m_weights;
    Core::ScoreboardModel *m_scoreboard;
    bool m_syncing = false;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_values;
    QLabel *m_leader;
    QTableView *m_table;
};

/// "3 — normal" and the like: what a weight means, in words.
QString weightMeaning(int weight);

} // namespace Versus::Gui
