#pragma once

#include <QString>
#include <QTextStream>

namespace Versus::Core {

/// Where headless commands write: stdout and stderr by default, strings in tests.
struct Console {
    Console();
    Console(QString *out, QString *err);
    QTextStream out;
    QTextStream err;
};

/// versus --check-pack FILE: problems to err; the "ok:" line to out. Returns the exit code.
int checkPackCommand(const QString &file, Console &console);

} // namespace Versus::Core
