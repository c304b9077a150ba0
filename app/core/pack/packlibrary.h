#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Versus::Core {

/// The packs Versus knows of: the user's packs folder (AppDataLocation/packs), the system's
/// (share/versus/packs, where the package installs them) and the recent packs, each once.
class PackLibrary final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PackLibrary)

public:
    enum class Origin : std::uint8_t { User, System, Recent };

    struct Entry {
        QString path; // absolute
        Origin origin = Origin::User;
        QString id;
        QString title; // the file's name when the pack does not load
        QStringList contenders;
        QString version;
        QDate updated;
        int errors = 0;
        int warnings = 0;
        QString firstProblem;
        bool loads() const { return errors == 0; }
    };

    /// Where the user's packs are kept (made on first use).
    static QString userFolder();
    /// Where installed packs are: beside the program (../share/versus/packs), then the
    /// system's data folders (XDG_DATA_DIRS).
    static QStringList systemFolders();
    /// Every pack in folders (user first) and in recent, each file once, in that order.
    static QList<Entry> scan(const QString &userFolder, const QStringList &systemFolders, const QStringList &recent);
    /// scan() of the usual places.
    static QList<Entry> scan(const QStringList &recent);
    static Entry describe(const QString &path, Origin origin);

    /// Whether path is in one of the library's folders.
    static bool contains(const QString &path, const QString &userFolder, const QStringList &systemFolders);
    /// Copies a pack into folder; a name already taken by another file gets a number. The
    /// copy's path.
    static Result<QString> add(const QString &path, const QString &folder);
    /// Moves a pack of the user's folder aside (folder/.removed), so that it can be put back;
    /// the path it went to.
    static Result<QString> remove(const QString &path, const QString &folder);
    /// Puts a removed pack back where it was.
    static Result<void> restore(const QString &removedPath, const QString &originalPath);
};

} // namespace Versus::Core
