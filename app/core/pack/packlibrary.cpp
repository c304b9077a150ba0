#include "core/pack/packlibrary.h"

#include "core/common/logging.h"
#include "core/pack/packloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString absolute(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// A free name in folder for fileName: "pack.json", then "pack-2.json", ...
QString freeName(const QDir &folder, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString name = info.fileName();
    for (int n = 2; folder.exists(name); ++n)
        name = info.completeBaseName() + u'-' + QString::number(n) + u'.' + info.suffix();
    return folder.filePath(name);
}

} // namespace

QString PackLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/packs"_s;
}

QStringList PackLibrary::systemFolders()
{
    QStringList folders;
    const QString beside = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/versus/packs"_s);
    if (QFileInfo(beside).isDir())
        folders.append(beside);
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString packs = QDir::cleanPath(dir + u"/versus/packs"_s);
        if (QFileInfo(packs).isDir() && !folders.contains(packs))
            folders.append(packs);
    }
    return folders;
}

PackLibrary::Entry PackLibrary::describe(const QString &path, Origin origin)
{
    Entry e;
    e.path = absolute(path);
    e.origin = origin;
    e.title = QFileInfo(path).fileName();
    const PackLoadResult result = PackLoader::loadFile(path);
    for (const Diagnostic &d : result.diagnostics) {
        if (e.firstProblem.isEmpty())
            e.firstProblem = d.toString();
        if (d.isError())
            ++e.errors;
    }
    e.warnings = result.warningCount;
    if (const auto &pack = result.pack) {
        e.id = pack->id;
        e.title = pack->title;
        for (const auto &c : pack->contenders)
            e.contenders.append(c.name);
        e.version = pack->version;
        e.updated = pack->updated;
    }
    return e;
}

QList<PackLibrary::Entry> PackLibrary::scan(const QString &userFolder, const QStringList &systemFolders,
                                            const QStringList &recent)
{
    QList<Entry> entries;
    QSet<QString> seen;
    const auto take = [&](const QString &path, Origin origin) {
        const QString key = absolute(path);
        if (seen.contains(key) || !QFileInfo(key).isFile())
            return;
        seen.insert(key);
        entries.append(describe(key, origin));
    };
    const auto folder = [&](const QString &dir, Origin origin) {
        const QDir d(dir);
        for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            take(d.filePath(name), origin);
    };
    folder(userFolder, Origin::User);
    for (const QString &dir : systemFolders)
        folder(dir, Origin::System);
    for (const QString &path : recent)
        take(path, Origin::Recent);
    return entries;
}

QList<PackLibrary::Entry> PackLibrary::scan(const QStringList &recent)
{
    return scan(userFolder(), systemFolders(), recent);
}

bool PackLibrary::contains(const QString &path, const QString &userFolder, const QStringList &systemFolders)
{
    const QString dir = absolute(QFileInfo(path).absolutePath());
    if (dir == absolute(userFolder))
        return true;
    return std::any_of(systemFolders.cbegin(), systemFolders.cend(),
                       [&](const QString &folder) { return dir == absolute(folder); });
}

Result<QString> PackLibrary::add(const QString &path, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return failure(tr("cannot make the folder %1").arg(folder), folder);
    const QString target = freeName(QDir(folder), path);
    if (!QFile::copy(path, target)) {
        qCWarning(lcPack).noquote() << "cannot copy" << path << "to" << target;
        return failure(tr("cannot copy %1 to %2").arg(path, target), path);
    }
    // A copy of a read-only system pack stays the user's to edit.
    QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    return target;
}

Result<QString> PackLibrary::remove(const QString &path, const QString &folder)
{
    const QDir removed(folder + u"/.removed"_s);
    if (!QDir().mkpath(removed.path()))
        return failure(tr("cannot make the folder %1").arg(removed.path()), folder);
    const QString target = freeName(removed, path);
    if (!QFile::rename(path, target))
        return failure(tr("cannot remove %1").arg(path), path);
    return target;
}

Result<void> PackLibrary::restore(const QString &removedPath, const QString &originalPath)
{
    if (QFileInfo::exists(originalPath))
        return failure(tr("%1 exists again; the removed pack stays in %2").arg(originalPath, removedPath),
                       originalPath);
    if (!QFile::rename(removedPath, originalPath))
        return failure(tr("cannot put %1 back").arg(originalPath), originalPath);
    return {};
}

} // namespace Versus::Core
