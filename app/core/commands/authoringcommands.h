#pragma once

#include <QString>
#include <QStringList>

namespace Versus::Core {

class Console;

/// versus --new-pack FILE --contenders "A,B,C" [--title TEXT]: writes a pack to fill in
/// (PackScaffold). 0 when written, 1 when FILE exists or cannot be written, 2 when the
/// contenders are not 2 to 4 names.
int newPackCommand(const QString &file, const QStringList &contenders, const QString &title, Console &console);

/// versus --pack PACK --import-table TABLE.csv --out NEWPACK: the pack with the criteria
/// table's edits (TableImport). 0 when written, 1 when a cell is wrong (each one reported
/// by row and column), the result does not validate or cannot be written.
int importTableCommand(const QString &tableFile, const QString &packFile, const QString &outFile, Console &console);

} // namespace Versus::Core
