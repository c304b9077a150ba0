#pragma once

// Header-only so that the start-up benchmark's bare window uses the very same probe.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>

namespace Versus::Gui {

/// Calls onPainted once, after the watched window's first paint has been delivered.
/// Without a callback (the start-up benchmark's use), prints "painted PEAK_RSS_KIB" on
/// stdout and quits the application.
class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(QWidget *window, std::function<void()> onPainted = reportAndQuit)
        : QObject(window)
        , m_onPainted(std::move(onPainted))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this); // once: no later paint reaches this filter
            // After this paint has been delivered and flushed.
            QTimer::singleShot(0, this, m_onPainted);
        }
        return QObject::eventFilter(watched, event);
    }

    static void reportAndQuit()
    {
        std::printf("painted %lld\n", peakResidentKib());
        std::fflush(stdout);
        QCoreApplication::quit();
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
    std::function<void()> m_onPainted;
};

} // namespace Versus::Gui
