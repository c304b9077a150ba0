#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Versus::Core {

/// Names in a sentence, for two to four contenders alike: "A or B", "A, B or C".
class NameList final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::NameList)

public:
    static QString either(const QStringList &names);
    /// "A and B", "A, B and C".
    static QString both(const QStringList &names);
};

} // namespace Versus::Core
