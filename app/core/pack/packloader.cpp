#include "core/pack/packloader.h"

#include "core/common/logging.h"
#include "core/json/jsondocument.h"
#include "core/pack/packvalidator.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

PackLoadResult failure(const QString &fileName, const QString &message, int line = 0, int column = 0)
{
    PackLoadResult result;
    result.diagnostics.append({Diagnostic::Severity::Error, fileName, line, column, QString(), message});
    return result;
}

} // namespace

QString PackLoader::embeddedPackPath()
{
    return u":/packs/django-vs-fastapi.json"_s;
}

PackLoadResult PackLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, tr("no such file"));
    if (info.isDir())
        return failure(path, tr("is a folder, not a pack file"));
    // A pipe or a device would be read for ever (or never end): only a file is a pack.
    if (!info.isFile())
        return failure(path, tr("is not a regular file (a pipe or a device, for example); open a pack file"));
    if (info.size() > maxFileSize)
        return failure(path,
                       tr("the file is %1 MiB; a pack may be at most %2 MiB")
                           .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                           .arg(maxFileSize / (qint64(1024) * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("cannot be read: %1").arg(file.errorString()));
    // Read one byte more than allowed: a file that grew since stat() is still caught.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, tr("cannot be read: %1").arg(file.errorString()));
    return loadData(data, path);
}

PackLoadResult PackLoader::loadData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > maxFileSize)
        return failure(fileName, tr("the pack is larger than %1 MiB").arg(maxFileSize / (qint64(1024) * 1024)));
    auto parsed = JsonDocument::parse(data);
    if (const auto *syntax = std::get_if<JsonDocument::SyntaxError>(&parsed)) {
        const TextPosition pos = LineIndex(data).position(syntax->offset);
        return failure(fileName, syntax->message, pos.line, pos.column);
    }
    const auto &doc = std::get<JsonDocument>(parsed);
    PackValidator validator(doc, fileName);
    auto pack = validator.validate();
    PackLoadResult result;
    result.diagnostics = validator.diagnostics();
    result.warningCount = validator.warningCount();
    if (pack)
        result.pack = std::make_shared<const Pack>(std::move(*pack));
    qCDebug(lcPack) << fileName << (result.ok() ? "loaded" : "rejected") << result.diagnostics.size() << "problems";
    return result;
}

std::shared_ptr<const Pack> PackLoader::loadEmbedded()
{
    auto result = loadFile(embeddedPackPath());
    for (const auto &d : std::as_const(result.diagnostics))
        qCWarning(lcPack).noquote() << d.toString();
    // The embedded pack is what the app falls back to: without it there is no pack to show.
    if (!result.ok())
        qCWarning(lcPack) << "the embedded pack" << embeddedPackPath() << "was rejected";
    return result.pack;
}

} // namespace Versus::Core
