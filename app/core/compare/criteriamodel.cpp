#include "core/compare/criteriamodel.h"

#include "core/compare/roles.h"
#include "core/text/linkpolicy.h"
#include "core/text/textfold.h"

namespace Versus::Core {

CriteriaModel::CriteriaModel(QObject *parent)
    : GroupedItemModel(parent)
{
}

void CriteriaModel::setPack(std::shared_ptr<const Pack> pack)
{
    beginResetModel();
    m_pack = std::move(pack);
    m_byCategory.clear();
    m_rowInCategory.clear();
    m_folded.clear();
    if (m_pack) {
        m_byCategory.resize(m_pack->categories.size());
        m_rowInCategory.resize(m_pack->criteria.size());
        for (int i = 0; i < m_pack->criteria.size(); ++i) {
            auto &list = m_byCategory[m_pack->criteria[i].category];
            m_rowInCategory[i] = static_cast<int>(list.size());
            list.append(i);
        }
    }
    endResetModel();
}

const QString &CriteriaModel::foldedText(int criterion) const
{
    if (m_folded.isEmpty() && m_pack) {
        m_folded.reserve(m_pack->criteria.size());
        for (const auto &c : m_pack->criteria) {
            QString text = c.criterion;
            for (const auto &v : c.values)
                text += u'\n' + v.text;
            text += u'\n' + markdownToPlainText(c.explanation);
            m_folded.append(foldForMatching(text));
        }
    }
    return m_folded[criterion];
}

int CriteriaModel::edgeColumn() const
{
    return m_pack ? 1 + 2 * static_cast<int>(m_pack->contenders.size()) : 0;
}

int CriteriaModel::criterionAt(const QModelIndex &index) const
{
    if (!isChild(index))
        return -1;
    return m_byCategory[groupOf(index)][index.row()];
}

QModelIndex CriteriaModel::indexOfCriterion(int criterion, int column) const
{
    if (!m_pack || criterion < 0 || criterion >= m_pack->criteria.size())
        return {};
    return childIndex(m_pack->criteria[criterion].category, m_rowInCategory[criterion], column);
}

int CriteriaModel::columnCount(const QModelIndex & /*parent*/) const
{
    return m_pack ? edgeColumn() + 1 : 0;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (isGroup(index)) {
        const Category &category = m_pack->categories[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return column == 0 ? QVariant(category.name) : QVariant();
        case Qt::ToolTipRole: return column == 0 ? QVariant(plainTextToolTip(category.description)) : QVariant();
        case IdRole: return category.id;
        case IsCategoryRole: return true;
        case CategoryRole: return index.row();
        default: return {};
        }
    }
    const int criterionIndex = criterionAt(index);
    const Criterion &criterion = m_pack->criteria[criterionIndex];
    const int contender = contenderOfColumn(column);
    const bool isEdge = column == edgeColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return criterion.criterion;
        if (isEdge)
            return m_pack->edgeName(criterion.edge);
        if (isRatingColumn(column))
            return criterion.values[contender].rating;
        return criterion.values[contender].text;
    case Qt::AccessibleTextRole:
        if (isRatingColumn(column) && !isEdge)
            return tr("%1 out of 5").arg(criterion.values[contender].rating);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column > 0 && !isEdge && !isRatingColumn(column))
            return plainTextToolTip(criterion.values[contender].text);
        return {};
    case Qt::TextAlignmentRole: return isRatingColumn(column) && !isEdge ? QVariant(Qt::AlignCenter) : QVariant();
    case IdRole: return criterion.id;
    case EdgeRole: return criterion.edge.single();
    case RatingRole:
        return isRatingColumn(column) && !isEdge ? QVariant(criterion.values[contender].rating) : QVariant();
    case ContenderRole: return column > 0 && !isEdge ? contender : -1;
    case CategoryRole: return criterion.category;
    case IsCategoryRole: return false;
    default: return {};
    }
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_pack || section < 0 || section > edgeColumn()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return GroupedItemModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Criterion");
    if (section == edgeColumn())
        return tr("Edge");
    const QString name = m_pack->contenders[contenderOfColumn(section)].name;
    if (isRatingColumn(section))
        return role == Qt::ToolTipRole ? tr("%1: rating from 0 to 5").arg(name) : tr("Rating");
    return name;
}

} // namespace Versus::Core
