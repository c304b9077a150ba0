#include "core/common/diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString Diagnostic::toString() const
{
    QString s = file;
    if (line > 0)
        s += u':' + QString::number(line) + u':' + QString::number(column);
    // "error" and "warning" stay untranslated, like a compiler's, so tools can read them.
    s += severity == Severity::Error ? u": error: "_s : u": warning: "_s;
    if (!pointer.isNull())
        s += u"at "_s + (pointer.isEmpty() ? u"/"_s : pointer) + u": "_s;
    return s + message;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace Versus::Core
