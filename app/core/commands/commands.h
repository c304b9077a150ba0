#pragma once

#include <QString>
#include <QTextStream>

#include <memory>

namespace Versus::Core {

struct Pack;

/// Where headless commands write: stdout and stderr by default, strings in tests.
struct Console {
    Console();
    Console(QString *out, QString *err);
    QTextStream out;
    QTextStream err;
};

/// versus --check-pack FILE: problems to err; the "ok:" line to out. Returns the exit code.
int checkPackCommand(const QString &file, Console &console);

/// versus --export-table OUT.csv|OUT.md [--pack FILE]: the detailed comparison, one row
/// per criterion, with the weights remembered for the pack. Returns the exit code.
int exportTableCommand(const QString &outFile, const QString &packFile, Console &console);

/// versus --search TEXT [--pack FILE]: KIND<TAB>ID<TAB>TITLE per hit, best first.
/// Returns 0 when something matched, 1 when nothing did.
int searchCommand(const QString &text, const QString &packFile, Console &console);

/// Loads the pack a command works on: packFile, or the embedded pack when it is empty.
/// Reports problems to console.err; returns null when the pack cannot be used.
std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console);

} // namespace Versus::Core
