#include "core/common/groupeditemmodel.h"

namespace Versus::Core {

namespace {
// internalId: 0 for a group row, group + 1 for a child row; a child finds its parent without a lookup.
constexpr quintptr groupRowId = 0;
} // namespace

GroupedItemModel::GroupedItemModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex GroupedItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex GroupedItemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupRowId);
}

int GroupedItemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || parent.internalId() != groupRowId)
        return 0;
    return childCount(parent.row());
}

int GroupedItemModel::columnCount(const QModelIndex & /*parent*/) const
{
    return 1;
}

Qt::ItemFlags GroupedItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == groupRowId ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool GroupedItemModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == groupRowId;
}

bool GroupedItemModel::isChild(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() != groupRowId;
}

int GroupedItemModel::groupOf(const QModelIndex &index) const
{
    if (isGroup(index))
        return index.row();
    if (isChild(index))
        return static_cast<int>(index.internalId() - 1);
    return -1;
}

QModelIndex GroupedItemModel::groupIndex(int group, int column) const
{
    return index(group, column);
}

QModelIndex GroupedItemModel::childIndex(int group, int row, int column) const
{
    const QModelIndex parent = index(group, 0);
    return parent.isValid() ? index(row, column, parent) : QModelIndex();
}

} // namespace Versus::Core
