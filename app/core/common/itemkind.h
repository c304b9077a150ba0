#pragma once

#include <QString>

#include <optional>

namespace Versus::Core {

/// The kinds of item a pack holds that the user can be taken to: by search, by a
/// versus: link in pack text, or from one section to another.
enum class ItemKind { Criterion, Summary, Faq, Question };

/// "criterion", "summary", "faq", "question": the names that versus: links and
/// `--search` output use.
QString itemKindName(ItemKind kind);
std::optional<ItemKind> itemKindFromName(const QString &name);

} // namespace Versus::Core
