#pragma once

#include "core/common/diagnostic.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Versus::Core {

/// What a consultant keeps from a session with a client (format versus-workshop/1,
/// see docs/workshop-format.md). Ids are kept as written; applying them to a pack
/// says which ones it does not know.
struct Workshop {
    QString packId;
    QString packVersion;
    QString clientName;
    QString organisation;
    QDate date;
    /// question id -> chosen option ids; an empty list is "don't know" (null in the file)
    QMap<QString, QStringList> answers;
    QMap<QString, int> weights; // category id -> 0..5
    QMap<QString, QString> notes; // criterion id -> text

    friend bool operator==(const Workshop &, const Workshop &) = default;
};

struct WorkshopLoadResult {
    std::optional<Workshop> workshop;
    QList<Diagnostic> diagnostics; // errors and warnings, with file, line, column and JSON pointer
};

class WorkshopFile final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::WorkshopFile)

public:
    static constexpr qint64 maxFileSize = qint64(4) * 1024 * 1024;

    static WorkshopLoadResult load(const QString &path);
    static WorkshopLoadResult parse(const QByteArray &data, const QString &fileName);
    static QByteArray serialize(const Workshop &workshop);
    /// Writes atomically (the old file stays whole until the new one is complete);
    /// ownerOnly makes it readable by the user alone (the autosave: client names and notes).
    static Result<void> save(const QString &path, const Workshop &workshop, bool ownerOnly = false);
};

} // namespace Versus::Core
