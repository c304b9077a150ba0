#pragma once

#include "core/pack/pack.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Versus::Core {

/// The publisher's lines in a report, the same in HTML (page and PDF) and Markdown.
class PublisherText final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PublisherText)

public:
    /// A block for the top of the HTML report; logoSource the logo's URL (data: or a
    /// document resource), empty for none. Empty when there is no publisher.
    static QString html(const Publisher &publisher, const QString &logoSource);
    /// "Prepared by: NAME (website) — contact", escaped with escape; empty without a publisher.
    static QString line(const Publisher &publisher, const std::function<QString(const QString &)> &escape);
};

} // namespace Versus::Core
