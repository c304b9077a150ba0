// libFuzzer target: pack parsing and validation. Invariants: a pack or a typed error,
// never both; every diagnostic has a place; an accepted pack links only to http(s).
#include "core/pack/packloader.h"
#include "fuzzcheck.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {
bool isWebUrl(const QUrl &url)
{
    return url.isEmpty() || url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PackLoadResult result = PackLoader::loadData(bytes, u"fuzz.json"_s);
    check(result.ok() != hasErrors(result.diagnostics), "ok() agrees with the diagnostics");
    // 200 errors and "too many problems", 200 warnings and the line that counts the others.
    check(result.diagnostics.size() <= 402, "diagnostics are capped");
    for (const auto &d : result.diagnostics) {
        const bool countOfTheRest = &d == &result.diagnostics.last() && !d.isError() && d.line == 0;
        check((d.line >= 1 && d.column >= 1) || countOfTheRest, "every diagnostic has a line and column");
        check(!d.message.isEmpty(), "every diagnostic has a message");
    }
    if (result.ok()) {
        const Pack &pack = *result.pack;
        check(pack.contenders.size() >= 2 && pack.contenders.size() <= 4, "2 to 4 contenders");
        for (const auto &c : pack.contenders)
            check(isWebUrl(c.homepage), "homepages are http(s)");
        for (const auto &c : pack.criteria) {
            check(c.category >= 0 && c.category < pack.categories.size(), "categories resolve");
            check(c.values.size() == pack.contenders.size(), "a value per contender");
            for (const auto &v : c.values)
                check(v.rating >= 0 && v.rating <= 5, "ratings 0 to 5");
            for (const auto &s : c.sources)
                check(!s.url.isEmpty() && isWebUrl(s.url), "sources are http(s)");
        }
        check(isWebUrl(pack.inquiry.endpoint), "the endpoint is http(s)");
        // Deterministic: the same bytes give the same verdict.
        check(PackLoader::loadData(bytes, u"fuzz.json"_s).ok(), "loading is deterministic");
    }
    return 0;
}
