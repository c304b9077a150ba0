#pragma once

#include "core/pack/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Versus::Core {

/// A criterion's details as the app's own HTML, pack text escaped: the header (category,
/// edge, each contender's rating and text) and the list of sources. The explanation,
/// which is Markdown from the pack, is rendered apart by whoever shows it.
class CriterionHtml final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::CriterionHtml)

public:
    CriterionHtml() = delete;
    static QString header(const Pack &pack, const Criterion &criterion);
    /// The sources, marking those older than maxAgeMonths (on today) as possibly outdated.
    static QString sources(const Criterion &criterion, int maxAgeMonths, const QDate &today);
};

} // namespace Versus::Core
