#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Versus::Core {

/// A new pack to fill in (versus --new-pack): valid, with one example of every kind of
/// entry, a value for every contender in every map, and every place still to write marked
/// TODO, which the validator reports as a warning until it is gone.
class PackScaffold final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PackScaffold)

public:
    /// The schema's name in share/versus/schema, where it is installed.
    static constexpr auto schemaFileName = "versus-pack.schema.json";

    /// The pack's text. contenders: 2 to 4 names; title: empty for "A vs B vs C".
    static Result<QByteArray> make(const QStringList &contenderNames, const QString &title, const QDate &today,
                                   const QString &schema);
    /// make(), written to fileName, which must not exist yet.
    static Result<void> write(const QString &fileName, const QStringList &contenders, const QString &title);
    /// Where the scaffold's "$schema" points: the installed schema as a file: URL, else its
    /// address in the repository.
    static QString schemaReference();
    /// An id (a-z, 0-9 and "-", at most 64) made from a name: "Node.js" -> "node-js".
    static QString idFor(const QString &name);
};

} // namespace Versus::Core
