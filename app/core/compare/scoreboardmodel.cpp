#include "core/compare/scoreboardmodel.h"

#include "core/compare/roles.h"
#include "core/verdict/verdicttext.h"
#include "core/workshop/workshopsession.h"

namespace Versus::Core {

QString formatPercent(double value)
{
    return VerdictText::percent(value);
}

ScoreboardModel::ScoreboardModel(WorkshopSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_decision(session->model().decision())
{
    connect(m_session, &WorkshopSession::decisionChanged, this, &ScoreboardModel::rescore);
}

void ScoreboardModel::rescore()
{
    m_decision = m_session->model().decision();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT scoresChanged();
}

QString ScoreboardModel::leaderText() const
{
    return VerdictText::scoreboardLine(m_session->pack(), m_decision);
}

int ScoreboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->pack().contenders.size());
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
    const QString name = m_session->pack().contenders[row].name;
    const bool leads = m_decision.outcome == row;
    const bool out = m_decision.ruledOut.value(row);
    const double total = m_decision.board.totals.value(row);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return leads ? tr("%1 (leads)").arg(name) : out ? tr("%1 (ruled out)").arg(name) : name;
        return formatPercent(total);
    case Qt::AccessibleTextRole:
        return tr("%1: %2%3")
            .arg(name, formatPercent(total),
                 leads     ? tr(", leads")
                     : out ? tr(", ruled out")
                           : QString());
    case Qt::UserRole: return total;
    case EdgeRole: return m_decision.outcome;
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
