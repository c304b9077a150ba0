#pragma once

#include "core/compare/scoring.h"

#include <QAbstractTableModel>

#include <memory>

namespace Versus::Core {

class Weights;

/// The live scoreboard: one row per contender with its weighted total; follows the weights.
class ScoreboardModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreboardModel)

public:
    enum Column { NameColumn, ScoreColumn, ColumnCount };

    explicit ScoreboardModel(Weights *weights, QObject *parent = nullptr);

    void setPack(std::shared_ptr<const Pack> pack);
    const Scoreboard &scoreboard() const { return m_board; }
    /// "FastAPI leads with 72%" or "Tie at 64%" or "No category has any weight".
    QString leaderText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scoresChanged();

private:
    void rescore();

    Weights *m_weights;
    std::shared_ptr<const Pack> m_pack;
    ScoreTable m_table;
    Scoreboard m_board;
};

/// A percentage as shown everywhere: one decimal, locale-aware.
QString formatPercent(double value);

} // namespace Versus::Core
