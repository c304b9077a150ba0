#pragma once

#include "core/common/diagnostic.h"
#include "core/pack/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Versus::Core {

struct PackLoadResult {
    std::shared_ptr<const Pack> pack; // null when there were errors
    QList<Diagnostic> diagnostics; // errors and warnings, in file order (the first 200 of each)
    int warningCount = 0; // all of them, listed or not
    bool ok() const { return pack != nullptr; }
};

/// Reads and validates content packs (docs/pack-format.md).
class PackLoader final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PackLoader)

public:
    static constexpr qint64 maxFileSize = qint64(16) * 1024 * 1024;
    /// The resource path of the pack compiled into Versus.
    static QString embeddedPackPath();

    /// Loads a pack from a file or a resource path (":/..."). Never throws.
    static PackLoadResult loadFile(const QString &path);
    /// Loads a pack from memory; fileName is used in the messages.
    static PackLoadResult loadData(const QByteArray &data, const QString &fileName);
    /// The embedded pack; it is checked by the tests, so failing here is a build defect.
    static std::shared_ptr<const Pack> loadEmbedded();
};

} // namespace Versus::Core
