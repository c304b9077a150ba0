#pragma once

#include "core/common/diagnostic.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Versus::Core {

/// The decision actually taken, which may differ from the computed verdict; the
/// fields of an architecture decision record (MADR 4's front matter).
struct DecisionRecord {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::DecisionRecord)

public:
    enum class Status : std::uint8_t { Proposed, Accepted, Rejected, Deprecated, Superseded };

    QString chosen; // a contender id; empty when no option was chosen yet
    Status status = Status::Proposed;
    QDate date; // when the decision was last updated; invalid: not given
    QStringList decisionMakers;
    QStringList consulted;
    QStringList informed;
    QString reason; // "because …"

    bool isEmpty() const { return *this == DecisionRecord(); }
    /// The word in the file and in MADR's front matter: "proposed", "accepted", …
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(QStringView key);
    /// The status in the user's language.
    static QString statusName(Status status);
    /// "Ana, Bo" into {"Ana", "Bo"}: trimmed, empty parts dropped.
    static QStringList splitNames(const QString &text);

    friend bool operator==(const DecisionRecord &, const DecisionRecord &) = default;
};

/// What a consultant keeps from a session with a client (format versus-workshop/2,
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
    DecisionRecord decision;

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
