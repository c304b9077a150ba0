#pragma once

#include "core/pack/pack.h"

#include <QAbstractTableModel>

#include <memory>

namespace Versus::Core {

/// The summary table: one row per summary row of the pack; columns are the
/// criterion, one per contender, and the edge.
class SummaryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryModel)

public:
    explicit SummaryModel(QObject *parent = nullptr);

    void setPack(std::shared_ptr<const Pack> pack);
    int edgeColumn() const;
    /// Rows led by each contender, then ties (size contenders + 1).
    QList<int> tally() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Pack> m_pack;
};

} // namespace Versus::Core
