#pragma once

#include <QString>

#include <cstdio>
#include <optional>

namespace Bench {

/// One line for tests/bench/run-benchmarks:
/// BENCH<TAB>name<TAB>median<TAB>unit<TAB>target<TAB>yes|no|-
inline void report(const QString &name, double median, const QString &unit, const QString &target,
                   std::optional<bool> meets = std::nullopt)
{
    std::printf("BENCH\t%s\t%.3f\t%s\t%s\t%s\n", qPrintable(name), median, qPrintable(unit),
                qPrintable(target.isEmpty() ? QStringLiteral("-") : target), meets ? (*meets ? "yes" : "no") : "-");
    std::fflush(stdout);
}

} // namespace Bench
