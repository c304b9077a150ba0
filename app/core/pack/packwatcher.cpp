#include "core/pack/packwatcher.h"

#include "core/pack/packloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Versus::Core {

PackWatcher::PackWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(defaultSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PackWatcher::settle);
    const auto touched = [this] {
        rearm();
        m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, touched);
}

void PackWatcher::watch(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_settle.stop();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty())
        return;
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    rearm();
    m_digest = digest();
}

// A file replaced by a rename is a new file: the watcher lets go of the old one.
void PackWatcher::rearm()
{
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void PackWatcher::settle()
{
    if (!QFileInfo::exists(m_path))
        return; // gone for now (mid-rename, or deleted): wait for it to come back
    const QByteArray now = digest();
    if (now == m_digest)
        return;
    m_digest = now;
    Q_EMIT changed(m_path);
}

QByteArray PackWatcher::digest() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.read(PackLoader::maxFileSize + 1));
    return hash.result();
}

} // namespace Versus::Core
