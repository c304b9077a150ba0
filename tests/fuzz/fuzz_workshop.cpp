// libFuzzer target: workshop files. Invariants: a workshop or an error, each problem
// with a place; what is accepted survives a save and a reload unchanged, and applying
// it to the built-in pack gives a verdict whatever ids and answers it holds.
#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/workshop/workshop.h"
#include "core/workshop/workshopsession.h"
#include "fuzzcheck.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const auto pack = PackLoader::loadEmbedded();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const WorkshopLoadResult result = WorkshopFile::parse(bytes, u"fuzz.workshop.json"_s);
    check(result.workshop.has_value() != hasErrors(result.diagnostics), "a workshop or errors");
    check(result.diagnostics.size() <= 402, "diagnostics are capped");
    for (const auto &d : result.diagnostics) {
        // The line that counts the warnings not listed has no place.
        const bool countOfTheRest = &d == &result.diagnostics.last() && !d.isError() && d.line == 0;
        check((d.line >= 1 && d.column >= 1) || countOfTheRest, "every diagnostic has a line and column");
        check(!d.message.isEmpty(), "every diagnostic has a message");
    }
    if (!result.workshop)
        return 0;
    const Workshop &w = *result.workshop;
    for (const int weight : w.weights)
        check(weight >= 0 && weight <= 5, "weights 0 to 5");
    const WorkshopLoadResult again = WorkshopFile::parse(WorkshopFile::serialize(w), u"again.json"_s);
    check(again.workshop.has_value(), "a saved workshop loads");
    check(*again.workshop == w, "and is the same workshop");
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    session.apply(w); // unknown ids are reported, not trusted
    const Decision verdict = session.model().verdictWithChanges();
    check(verdict.outcome >= -1 && verdict.outcome < pack->contenders.size(), "an outcome the pack has");
    check(verdict.lead >= 0 && verdict.lead <= 100, "a lead from 0 to 100 points");
    for (const double total : verdict.board.totals)
        check(total >= 0 && total <= 100, "scores from 0 to 100");
    return 0;
}
