#pragma once

#include <QAbstractItemModel>

namespace Versus::Core {

/// The plumbing of a two-level tree: top-level group rows, each with child rows, and nothing deeper.
/// A subclass says how many groups there are and how many children each has, and gives data(); this
/// base owns index(), parent() and rowCount() and the one internalId encoding behind them (0 for a
/// group row, group + 1 for a child row), so the criteria, FAQ and search results trees cannot drift.
/// A base rather than a flat model under a grouping proxy: the FAQ shows an entry under each of its
/// tags, and CriteriaFilterModel already filters the criteria tree; a proxy would stack a second layer
/// of index mapping under both for no gain.
class GroupedItemModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupedItemModel)

public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    /// One column, the same for groups and children; override for more.
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Group rows are headings: enabled, not selectable. Child rows are both.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Whether the index is a group row of this model.
    bool isGroup(const QModelIndex &index) const;
    /// Whether the index is a child row of this model.
    bool isChild(const QModelIndex &index) const;
    /// The group row an index is in (its own row for a group, its parent's for a child), or -1.
    int groupOf(const QModelIndex &index) const;
    QModelIndex groupIndex(int group, int column = 0) const;
    QModelIndex childIndex(int group, int row, int column = 0) const;

protected:
    explicit GroupedItemModel(QObject *parent = nullptr);

    virtual int groupCount() const = 0;
    /// The number of children of the group at this row (0 <= group < groupCount()).
    virtual int childCount(int group) const = 0;
};

} // namespace Versus::Core
