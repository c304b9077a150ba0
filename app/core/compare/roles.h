#pragma once

#include <Qt>

namespace Versus::Core {

/// Item data roles shared by the comparison models and the views that draw them.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the pack id of the row's item
    EdgeRole, // int: the leading contender's index, tieEdge, or sharedEdge (several share the lead)
    RatingRole, // int 0..5 in rating cells
    ContenderRole, // int: the contender a cell belongs to, or -1
    CategoryRole, // int: the category index of a criterion row
    IsCategoryRole, // bool: a category row in the criteria tree
};

} // namespace Versus::Core
