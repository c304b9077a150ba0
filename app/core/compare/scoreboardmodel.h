#pragma once

#include "core/verdict/decisionmodel.h"

#include <QAbstractTableModel>

namespace Versus::Core {

class WorkshopSession;

/// The live scoreboard: one row per contender with its weighted total, from the
/// session's decision model; follows answers and weights.
class ScoreboardModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreboardModel)

public:
    enum Column { NameColumn, ScoreColumn, ColumnCount };

    explicit ScoreboardModel(WorkshopSession *session, QObject *parent = nullptr);

    const Scoreboard &scoreboard() const { return m_decision.board; }
    const Decision &decision() const { return m_decision; }
    /// "FastAPI leads with 72.0%" or "Either — it depends: …" or "No category has any weight".
    QString leaderText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scoresChanged();

private:
    void rescore();

    WorkshopSession *m_session;
    Decision m_decision;
};

/// A percentage as shown everywhere: one decimal, locale-aware.
QString formatPercent(double value);

} // namespace Versus::Core
