// Start-up benchmark: launches Versus (on its embedded pack), a bare QMainWindow, a bare
// QMainWindow that links Versus's libraries, and the same first page built from plain Qt
// widgets (bare_page.cpp: what Qt itself needs to show that page), alternately, on two
// platforms: `offscreen` and X11 (a private Xvfb with a real X connection). It measures the time from launch to the
// first painted window and the peak resident memory of each, and prints the medians and
// the ratios. Without Xvfb the X11 rows are skipped, with a message.
#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

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

// A private X server for this run: the first free display from :87 on, no TCP.
// Returns null (and says why) when there is no Xvfb.
std::unique_ptr<QProcess> startXvfb(QString &display)
{
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (xvfb.isEmpty()) {
        std::fprintf(stderr, "bench_startup: Xvfb is not installed (Debian package xvfb); the X11 rows are skipped\n");
        return nullptr;
    }
    for (int n = 87; n < 87 + 40; ++n) {
        if (QFileInfo::exists(u"/tmp/.X%1-lock"_s.arg(n)) || QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)))
            continue;
        auto server = std::make_unique<QProcess>();
        server->setStandardOutputFile(QProcess::nullDevice());
        server->setStandardErrorFile(QProcess::nullDevice());
        server->start(xvfb, {u":%1"_s.arg(n), u"-nolisten"_s, u"tcp"_s, u"-screen"_s, u"0"_s, u"1600x1000x24"_s});
        if (!server->waitForStarted(5000))
            continue;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000 && server->state() == QProcess::Running
               && !QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)))
            QThread::msleep(20);
        if (server->state() == QProcess::Running && QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(n))) {
            display = u":%1"_s.arg(n);
            return server;
        }
        server->kill();
        server->waitForFinished(2000);
    }
    std::fprintf(stderr, "bench_startup: no Xvfb display could be started; the X11 rows are skipped\n");
    return nullptr;
}

// The four programs, launched in turn (the order rotating each round), on one platform.
void measure(const QString &platform, const QStringList &programs, const QString &pageTexts,
             const QProcessEnvironment &env, int runs)
{
    constexpr int count = 4;
    const std::array<QStringList, count> arguments{QStringList{u"--quit-after-first-paint"_s}, QStringList{},
                                                   QStringList{}, QStringList{pageTexts}};
    std::array<QList<double>, count> ms, kib;
    // One warm-up of each, so that all start from a warm file cache (and a warm X server).
    for (qsizetype k = 0; k < count; ++k)
        launch(programs[k], arguments[k], env);
    for (int i = 0; i < runs; ++i) {
        for (int j = 0; j < count; ++j) {
            const int k = (i + j) % count;
            const Sample s = launch(programs[k], arguments[k], env);
            ms[k].append(s.milliseconds);
            kib[k].append(s.peakKib);
        }
    }
    const double app = median(ms[0]), bare = median(ms[1]), libs = median(ms[2]), page = median(ms[3]);
    const double appMem = median(kib[0]), bareMem = median(kib[1]), libsMem = median(kib[2]);
    const double pageMem = median(kib[3]);
    const QString p = u"startup (%1): "_s.arg(platform);
    Bench::report(p + u"Versus to first paint"_s, app, u"ms"_s, QString());
    Bench::report(p + u"bare QMainWindow"_s, bare, u"ms"_s, QString());
    Bench::report(p + u"bare QMainWindow with Versus's libraries"_s, libs, u"ms"_s, QString());
    Bench::report(p + u"the first page in plain Qt"_s, page, u"ms"_s, QString());
    Bench::report(p + u"time ratio (Versus / bare)"_s, app / bare, u"x"_s, u"<= 1.3"_s, app / bare <= 1.3);
    Bench::report(p + u"time ratio (Versus / bare with libs)"_s, app / libs, u"x"_s, QString());
    Bench::report(p + u"time ratio (bare with libs / bare)"_s, libs / bare, u"x"_s, QString());
    Bench::report(p + u"time ratio (plain-Qt page / bare)"_s, page / bare, u"x"_s, QString());
    Bench::report(p + u"time ratio (Versus / plain-Qt page)"_s, app / page, u"x"_s, QString());
    Bench::report(p + u"peak RSS Versus"_s, appMem / 1024, u"MiB"_s, QString());
    Bench::report(p + u"peak RSS bare QMainWindow"_s, bareMem / 1024, u"MiB"_s, QString());
    Bench::report(p + u"peak RSS bare with libs"_s, libsMem / 1024, u"MiB"_s, QString());
    Bench::report(p + u"peak RSS plain-Qt page"_s, pageMem / 1024, u"MiB"_s, QString());
    Bench::report(p + u"peak RSS ratio (Versus / bare)"_s, appMem / bareMem, u"x"_s, u"<= 1.5"_s,
                  appMem / bareMem <= 1.5);
    Bench::report(p + u"peak RSS ratio (Versus / bare with libs)"_s, appMem / libsMem, u"x"_s, QString());
}

// The texts of the pack's Head-to-head page, as bare_page reads them (see bare_page.cpp).
bool writePageTexts(const QString &packPath, const QString &out)
{
    QFile in(packPath);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject pack = QJsonDocument::fromJson(in.readAll()).object();
    QStringList lines;
    const auto line = [&lines](QStringList fields) {
        for (QString &f : fields)
            f.replace(u'\t', u' ').replace(u'\n', u' ');
        lines.append(fields.join(u'\t'));
    };
    line({u"T"_s, pack[u"title"_s].toString()});
    line({u"S"_s, pack[u"subtitle"_s].toString()});
    const QDate updated = QDate::fromString(pack[u"updated"_s].toString(), Qt::ISODate);
    line({u"M"_s,
          u"Updated %1 · version %2 · by %3"_s.arg(QLocale().toString(updated, QLocale::LongFormat),
                                                   pack[u"version"_s].toString(), pack[u"author"_s].toString())});
    const QJsonArray contenders = pack[u"contenders"_s].toArray();
    QStringList ids, header{u"H"_s, u"Criterion"_s};
    for (const QJsonValue &c : contenders) {
        const QJsonObject o = c.toObject();
        ids.append(o[u"id"_s].toString());
        header.append(o[u"name"_s].toString());
        line({u"C"_s, o[u"name"_s].toString(), o[u"tagline"_s].toString(), o[u"licence"_s].toString(),
              o[u"firstRelease"_s].toString(), QUrl(o[u"homepage"_s].toString()).host()});
    }
    header.append(u"Edge"_s);
    line(header);
    QList<int> tally(ids.size() + 1, 0);
    for (const QJsonValue &r : pack[u"summary"_s].toArray()) {
        const QJsonObject o = r.toObject();
        QStringList row{u"R"_s, o[u"criterion"_s].toString()};
        for (const QString &id : ids)
            row.append(o[u"values"_s].toObject()[id].toString());
        const auto edge = ids.indexOf(o[u"edge"_s].toString());
        row.append(edge >= 0 ? header[edge + 2] : u"Tie"_s);
        ++tally[edge >= 0 ? edge : ids.size()];
        line(row);
    }
    QStringList parts;
    for (qsizetype i = 0; i < ids.size(); ++i)
        parts.append(u"%1 %2"_s.arg(header[i + 2]).arg(tally[i]));
    parts.append(u"tie %1"_s.arg(tally.constLast()));
    line({u"Y"_s, parts.join(u" · "_s)});
    const QJsonObject verdict = pack[u"verdict"_s].toObject();
    line({u"V"_s, verdict[u"summary"_s].toString()});
    const QJsonObject chooseWhen = verdict[u"chooseWhen"_s].toObject();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const QJsonValue &item : chooseWhen[ids[i]].toArray())
            line({u"W"_s, QString::number(i), item.toString()});
    }
    QFile file(out);
    return file.open(QIODevice::WriteOnly) && file.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: bench_startup VERSUS BARE_WINDOW BARE_WINDOW_LIBS BARE_PAGE PACK.json [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 6 ? args[6].toInt() : 21;
    const QStringList programs = args.mid(1, 4);
    QTemporaryDir home; // no remembered window state or settings
    const QString pageTexts = home.filePath(u"page.tsv"_s);
    if (!writePageTexts(args[5], pageTexts)) {
        std::fprintf(stderr, "bench_startup: cannot read %s\n", qPrintable(args[5]));
        return 2;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path()); // private (0700), as the runtime folder must be
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"DISPLAY"_s);

    QProcessEnvironment offscreen = env;
    offscreen.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    measure(u"offscreen"_s, programs, pageTexts, offscreen, runs);

    QString display;
    if (std::unique_ptr<QProcess> xvfb = startXvfb(display)) {
        QProcessEnvironment x11 = env;
        x11.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        x11.insert(u"DISPLAY"_s, display);
        measure(u"X11, Xvfb"_s, programs, pageTexts, x11, runs);
        xvfb->terminate();
        if (!xvfb->waitForFinished(5000))
            xvfb->kill();
    }
    return 0;
}
