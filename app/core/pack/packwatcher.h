#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Versus::Core {

/// Watches the open pack's file and says when its content changed: once, after the
/// writes have settled, and only when the bytes differ. Editors that save by writing a
/// new file and renaming it over the old one (vim, VS Code, gedit) replace the watched
/// file; its folder is watched too, so the new one is watched again.
class PackWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackWatcher)

public:
    static constexpr int defaultSettleMs = 300;

    explicit PackWatcher(QObject *parent = nullptr);

    /// Watches path (an empty path: nothing).
    void watch(const QString &path);
    QString path() const { return m_path; }
    /// How long the file must stay quiet before changed() (tests set 0).
    void setSettleDelay(int ms) { m_settle.setInterval(ms); }

Q_SIGNALS:
    /// The file's content is not what it was when watched or last reported.
    void changed(const QString &path);

private:
    void rearm();
    void settle();
    QByteArray digest() const;

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_digest;
};

} // namespace Versus::Core
