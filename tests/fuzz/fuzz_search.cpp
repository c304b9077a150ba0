// libFuzzer target: the search query parser and engine (SQLite FTS5) over the embedded pack.
// Invariants: any input gives no crash, no hang and no SQL error (every warning aborts);
// hits come best first, and every marked range of a snippet lies inside the snippet.
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "fuzzcheck.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Versus::Core;

namespace {
const SearchIndex *searchIndex = nullptr;

void abortOnWarnings(QtMsgType type, const QMessageLogContext & /*context*/, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static auto app = std::make_unique<QCoreApplication>(*argc, *argv);
    // Made after the application, so gone before it: its database connection needs Qt Sql.
    static const auto index = std::make_unique<SearchIndex>(*PackLoader::loadEmbedded());
    searchIndex = index.get();
    qInstallMessageHandler(abortOnWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0; // a search box, not a document
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<SearchHit> hits = searchIndex->search(query);
    for (qsizetype i = 1; i < hits.size(); ++i)
        check(hits[i - 1].score >= hits[i].score, "best first");
    (void)searchIndex->suggestion(query);
    for (qsizetype i = 0; i < std::min<qsizetype>(hits.size(), 5); ++i) {
        const SearchSnippet snippet = searchIndex->snippet(hits[i], query);
        for (const auto &[start, length] : snippet.highlights)
            check(start >= 0 && length > 0 && start + length <= snippet.text.size(), "marks inside the snippet");
    }
    return 0;
}
