#include "core/commands/authoringcommands.h"

#include "core/commands/commands.h"
#include "core/pack/packloader.h"
#include "core/pack/packscaffold.h"
#include "core/pack/tableimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {
// Strings shared with main.cpp's command line, in its translation context.
class CommandText final {
    Q_DECLARE_TR_FUNCTIONS(main)
};
} // namespace

int newPackCommand(const QString &file, const QStringList &contenders, const QString &title, Console &console)
{
    QStringList names;
    for (const QString &n : contenders) {
        if (!n.trimmed().isEmpty())
            names.append(n.trimmed());
    }
    if (names.size() < 2 || names.size() > 4) {
        console.error(CommandText::tr("versus: --contenders takes 2 to 4 names separated by commas"));
        return 2;
    }
    if (auto written = PackScaffold::write(file, names, title); !written) {
        console.error(u"versus: "_s + written.error().message);
        return 1;
    }
    console.print(CommandText::tr("wrote %1: fill in every TODO, then run versus --check-pack %1").arg(file));
    return 0;
}

namespace {

// A file whole, of at most PackLoader::maxFileSize bytes.
std::optional<QByteArray> readWhole(const QString &file, Console &console)
{
    QFile in(file);
    if (!QFileInfo(file).isFile() || !in.open(QIODevice::ReadOnly)) {
        console.error(CommandText::tr("versus: %1: cannot be read").arg(file));
        return std::nullopt;
    }
    QByteArray data = in.read(PackLoader::maxFileSize + 1);
    if (data.size() > PackLoader::maxFileSize) {
        console.error(CommandText::tr("versus: %1: the file is too large").arg(file));
        return std::nullopt;
    }
    return data;
}

} // namespace

int importTableCommand(const QString &tableFile, const QString &packFile, const QString &outFile, Console &console)
{
    const auto packText = readWhole(packFile, console);
    const auto table = packText ? readWhole(tableFile, console) : std::nullopt;
    if (!table)
        return 1;
    const PackLoadResult loaded = PackLoader::loadData(*packText, packFile);
    if (!loaded.ok()) {
        for (const auto &d : loaded.diagnostics)
            console.error(d.toString());
        return 1;
    }
    const auto outcome = TableImport::apply(*packText, *loaded.pack, QString::fromUtf8(*table), tableFile,
                                            QDate::currentDate().toString(u"yyyy-MM"_s));
    for (const auto &d : outcome.problems)
        console.error(d.toString());
    if (!outcome.ok())
        return 1;
    // What the edits made must be a pack, before anything is written.
    const PackLoadResult result = PackLoader::loadData(outcome.pack, outFile);
    for (const auto &d : result.diagnostics)
        console.error(d.toString());
    if (!result.ok())
        return 1;
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(outcome.pack) != outcome.pack.size() || !out.commit()) {
        console.error(CommandText::tr("versus: cannot write %1: %2").arg(outFile, out.errorString()));
        return 1;
    }
    console.print(CommandText::tr("wrote %1: %2 criteria changed, %3 added, %4 new sources")
                      .arg(outFile)
                      .arg(outcome.changed)
                      .arg(outcome.added)
                      .arg(outcome.newSources));
    return 0;
}

} // namespace Versus::Core
