#include "core/compare/scoreboardmodel.h"

#include "core/compare/roles.h"
#include "core/compare/weights.h"

#include <QLocale>

#include <algorithm>

namespace Versus::Core {

QString formatPercent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLocale().percent();
}

ScoreboardModel::ScoreboardModel(Weights *weights, QObject *parent)
    : QAbstractTableModel(parent)
    , m_weights(weights)
{
    connect(m_weights, &Weights::changed, this, &ScoreboardModel::rescore);
}

void ScoreboardModel::setPack(std::shared_ptr<const Pack> pack)
{
    beginResetModel();
    m_pack = std::move(pack);
    m_table = m_pack ? ScoreTable(*m_pack) : ScoreTable();
    m_board = m_table.score(m_weights->values());
    endResetModel();
    Q_EMIT scoresChanged();
}

void ScoreboardModel::rescore()
{
    if (!m_pack)
        return;
    m_board = m_table.score(m_weights->values());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT scoresChanged();
}

QString ScoreboardModel::leaderText() const
{
    if (!m_pack)
        return {};
    if (m_board.totals.isEmpty()
        || std::all_of(m_weights->values().cbegin(), m_weights->values().cend(), [](int w) { return w == 0; }))
        return tr("No category has any weight");
    if (m_board.leader == tieEdge)
        return tr("Tie at %1").arg(formatPercent(*std::max_element(m_board.totals.cbegin(), m_board.totals.cend())));
    return tr("%1 leads with %2")
        .arg(m_pack->contenders[m_board.leader].name, formatPercent(m_board.totals[m_board.leader]));
}

int ScoreboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pack ? 0 : static_cast<int>(m_pack->contenders.size());
}

int ScoreboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool leads = m_board.leader == row;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return leads ? tr("%1 (leads)").arg(m_pack->contenders[row].name) : m_pack->contenders[row].name;
        return formatPercent(m_board.totals.value(row));
    case Qt::AccessibleTextRole:
        return tr("%1: %2%3")
            .arg(m_pack->contenders[row].name, formatPercent(m_board.totals.value(row)),
                 leads ? tr(", leads") : QString());
    case Qt::UserRole: return m_board.totals.value(row);
    case EdgeRole: return m_board.leader;
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant ScoreboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Contender") : tr("Weighted score");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Versus::Core
