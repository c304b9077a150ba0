#pragma once

// Header-only so that the start-up benchmark's bare window uses the very same probe.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Versus::Gui {

/// For the start-up benchmark: once the watched window has been painted, prints
/// "painted PEAK_RSS_KIB" on stdout and quits the application.
class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Report after this paint has been delivered and flushed.
            QTimer::singleShot(0, this, [] {
                std::printf("painted %lld\n", peakResidentKib());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

    static long long peakResidentKib()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    bool m_seen = false;
};

} // namespace Versus::Gui
