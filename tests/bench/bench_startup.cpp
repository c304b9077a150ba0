// Start-up benchmark: launches Versus (on its embedded pack) and a bare QMainWindow
// alternately, measures the time from launch to the first painted window and the
// peak resident memory of each, and prints the medians and their ratios.
#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sample {
    double milliseconds = 0;
    double peakKib = 0;
};

Sample launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    QByteArray out;
    while (!out.contains('\n')) {
        if (!p.waitForReadyRead(30000)) {
            std::fprintf(stderr, "bench_startup: %s did not report its first paint\n", qPrintable(program));
            std::exit(1);
        }
        out += p.readAllStandardOutput();
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(30000);
    const QList<QByteArray> words = out.trimmed().split(' ');
    return {ms, words.value(1).toDouble()};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup VERSUS BARE_WINDOW [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? args[3].toInt() : 15;
    QTemporaryDir home; // no remembered window state or settings
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path()); // private (0700), as the runtime folder must be

    QList<double> appMs, bareMs, appKib, bareKib;
    // One warm-up of each, so that both start from a warm file cache.
    launch(args[1], {u"--quit-after-first-paint"_s}, env);
    launch(args[2], {}, env);
    for (int i = 0; i < runs; ++i) {
        const bool appFirst = i % 2 == 0;
        for (int k = 0; k < 2; ++k) {
            if ((k == 0) == appFirst) {
                const Sample s = launch(args[1], {u"--quit-after-first-paint"_s}, env);
                appMs.append(s.milliseconds);
                appKib.append(s.peakKib);
            } else {
                const Sample s = launch(args[2], {}, env);
                bareMs.append(s.milliseconds);
                bareKib.append(s.peakKib);
            }
        }
    }
    const double appTime = median(appMs), bareTime = median(bareMs);
    const double appMem = median(appKib), bareMem = median(bareKib);
    Bench::report(u"startup: Versus to first paint"_s, appTime, u"ms"_s, QString());
    Bench::report(u"startup: bare QMainWindow to first paint"_s, bareTime, u"ms"_s, QString());
    Bench::report(u"startup: time ratio (Versus / bare)"_s, appTime / bareTime, u"x"_s, u"<= 1.3"_s,
                  appTime / bareTime <= 1.3);
    Bench::report(u"startup: peak RSS Versus"_s, appMem / 1024, u"MiB"_s, QString());
    Bench::report(u"startup: peak RSS bare QMainWindow"_s, bareMem / 1024, u"MiB"_s, QString());
    Bench::report(u"startup: peak RSS ratio (Versus / bare)"_s, appMem / bareMem, u"x"_s, u"<= 1.5"_s,
                  appMem / bareMem <= 1.5);
    return 0;
}
