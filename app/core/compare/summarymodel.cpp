#include "core/compare/summarymodel.h"

#include "core/compare/roles.h"
#include "core/text/linkpolicy.h"

namespace Versus::Core {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SummaryModel::setPack(std::shared_ptr<const Pack> pack)
{
    beginResetModel();
    m_pack = std::move(pack);
    endResetModel();
}

int SummaryModel::edgeColumn() const
{
    return m_pack ? static_cast<int>(m_pack->contenders.size()) + 1 : 0;
}

QList<int> SummaryModel::tally() const
{
    if (!m_pack)
        return {};
    QList<int> counts(m_pack->contenders.size() + 1, 0);
    // A shared lead counts for each contender that shares it.
    for (const auto &row : m_pack->summary) {
        if (row.edge.isTie())
            ++counts.last();
        for (const int leader : row.edge.leaders)
            ++counts[leader];
    }
    return counts;
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pack ? 0 : static_cast<int>(m_pack->summary.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pack ? 0 : edgeColumn() + 1;
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryRow &row = m_pack->summary[index.row()];
    const int column = index.column();
    const int contenders = static_cast<int>(m_pack->contenders.size());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == 0)
            return row.criterion;
        if (column <= contenders)
            return row.values[column - 1];
        return m_pack->edgeName(row.edge);
    case Qt::ToolTipRole: return column == 0 ? QVariant(plainTextToolTip(row.note)) : QVariant();
    case IdRole: return row.id;
    case EdgeRole: return row.edge.single();
    case ContenderRole: return column >= 1 && column <= contenders ? column - 1 : -1;
    default: return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_pack || section < 0 || section > edgeColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Criterion");
    if (section == edgeColumn())
        return tr("Edge");
    return m_pack->contenders[section - 1].name;
}

} // namespace Versus::Core
