#include "commands.h"

#include "compare/tableexport.h"
#include "compare/weights.h"
#include "pack/packloader.h"
#include "search/searchindex.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus::Core {

Console::Console()
    : out(stdout)
    , err(stderr)
{
}

Console::Console(QString *outText, QString *errText)
    : out(outText)
    , err(errText)
{
}

int checkPackCommand(const QString &file, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(file);
    for (const auto &d : result.diagnostics)
        console.err << d.toString() << Qt::endl;
    if (!result.ok())
        return 1;
    const Pack &pack = *result.pack;
    console.out << "ok: " << pack.contenders.size() << " contenders, " << pack.summary.size() << " summary rows, "
                << pack.criteria.size() << " criteria in " << pack.categories.size() << " categories, "
                << pack.faq.size() << " FAQ entries, " << pack.checklist.questions.size() << " questions, "
                << pack.distinctSourceCount() << " sources" << Qt::endl;
    return 0;
}

std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console)
{
    const PackLoadResult result = PackLoader::loadFile(packFile.isEmpty() ? PackLoader::embeddedPackPath() : packFile);
    for (const auto &d : result.diagnostics)
        console.err << d.toString() << Qt::endl;
    return result.pack;
}

int exportTableCommand(const QString &outFile, const QString &packFile, Console &console)
{
    const auto format = TableExport::formatForFile(outFile);
    if (!format) {
        console.err
            << QCoreApplication::translate("main", "versus: %1: the table can be written as .csv or .md").arg(outFile)
            << Qt::endl;
        return 2;
    }
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    Weights weights;
    weights.setPack(pack);
    weights.restore();
    const TableExport table(*pack, TableExport::allCriteria(*pack), weights.values());
    if (const QString error = TableExport::writeFile(outFile, table.render(*format)); !error.isEmpty()) {
        console.err << u"versus: "_s << error << Qt::endl;
        return 1;
    }
    return 0;
}

int searchCommand(const QString &text, const QString &packFile, Console &console)
{
    const auto pack = loadPackForCommand(packFile, console);
    if (!pack)
        return 2;
    const SearchIndex index(*pack);
    const QList<SearchHit> hits = index.search(text);
    for (const SearchHit &hit : hits) {
        QString title = hit.title;
        title.replace(u'\t', u' ');
        title.replace(u'\n', u' ');
        console.out << SearchIndex::kindName(hit.kind) << '\t' << hit.id << '\t' << title << '\n';
    }
    console.out.flush();
    return hits.isEmpty() ? 1 : 0;
}

} // namespace Versus::Core
