#pragma once

#include <QList>
#include <QString>

namespace Versus::Core {

/// One problem found in a file, with where it is.
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 0 when the problem has no place in the text (an unreadable file)
    int column = 0;
    QString pointer; // JSON pointer of the offending value; empty for syntax errors
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// FILE:LINE:COLUMN: error: at /json/pointer: message
    QString toString() const;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace Versus::Core
