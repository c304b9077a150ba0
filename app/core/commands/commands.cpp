#include "commands.h"

#include "pack/packloader.h"

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

} // namespace Versus::Core
