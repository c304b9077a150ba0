#include "testsupport.h"

#include "core/pack/packloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/mount.h>

using namespace Qt::StringLiterals;

namespace Versus::Test {

namespace {

QtMessageHandler qtTestHandler = nullptr;
QByteArray strictFunction; // the test function that called failOnWarnings() last

// Every message but these fails. The offscreen platform the tests run on (QT_QPA_PLATFORM=offscreen)
// cannot pass size hints to a window system it does not have, and says so each time a shown window's
// minimum or maximum size changes; that is the plugin, not Versus.
QRegularExpression unexpected()
{
    static const QRegularExpression pattern(u"^(?!This plugin does not support propagateSizeHints\\(\\)$)"_s);
    return pattern;
}

bool strictNow()
{
    return !strictFunction.isEmpty() && strictFunction == QTest::currentTestFunction();
}

bool onMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

// Sits in front of QtTest's handler. QtTest forgets failOnWarning() when the test function returns,
// before cleanup() and before the deleteLater() pass it runs after cleanup(), which is where a view
// that outlives its store warns; so the rule is armed again for the rest of that function's run.
// Criticals go on as warnings because Qt 6.4's failOnWarning() only looks at warnings.
void strictHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg || type == QtCriticalMsg) && strictNow()) {
        // QtTest's list of patterns has no lock: touch it from the thread that runs the tests only.
        if (onMainThread())
            QTest::failOnWarning(unexpected());
        type = QtWarningMsg;
    }
    qtTestHandler(type, context, message);
}

} // namespace

Core::Answer randomAnswer(QRandomGenerator &rng, const Core::Question &question)
{
    const int r = static_cast<int>(rng.bounded(static_cast<int>(question.options.size()) + 2));
    if (r == 0)
        return {};
    if (r == 1)
        return Core::Answer::dontKnow();
    if (!question.multi)
        return Core::Answer::choose(r - 2);
    QList<int> chosen;
    for (int o = 0; o < question.options.size(); ++o) {
        if (rng.bounded(3) == 0)
            chosen.append(o);
    }
    return chosen.isEmpty() ? Core::Answer::dontKnow() : Core::Answer::chooseMany(chosen);
}

std::shared_ptr<const Core::Pack> loadTestPack(const QString &name)
{
    auto result = Core::PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/") + name);
    if (!result.ok())
        qFatal("test pack %s does not load:\n%s", qPrintable(name), qPrintable(dump(result.diagnostics)));
    return result.pack;
}

QString dump(const QList<Core::Diagnostic> &list)
{
    QStringList lines;
    for (const auto &d : list)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QString isolateSettings(const QString &appName)
{
    // Removed when the program exits, after every window that could still write to it.
    static QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        qFatal("no temporary folder for the settings: %s", qPrintable(settingsDir.errorString()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(u"VersusTests"_s);
    QCoreApplication::setApplicationName(appName);
    return settingsDir.path();
}

void failOnWarnings()
{
    // QtTest installs its handler when the run starts, before initTestCase(); stack ours on it once.
    if (!qtTestHandler)
        qtTestHandler = qInstallMessageHandler(strictHandler);
    strictFunction = QTest::currentTestFunction();
    QTest::failOnWarning(unexpected());
}

std::unique_ptr<Mount> Mount::tmpfs(const QString &path, const QByteArray &size)
{
    QDir().mkpath(path);
    const QByteArray where = QFile::encodeName(path);
    const QByteArray options = "size=" + size + ",mode=0755";
    if (::mount("tmpfs", where.constData(), "tmpfs", 0, options.constData()) != 0)
        return nullptr;
    return std::unique_ptr<Mount>(new Mount(where));
}

std::unique_ptr<Mount> Mount::readOnly(const QString &path)
{
    const QByteArray where = QFile::encodeName(path);
    if (::mount(where.constData(), where.constData(), nullptr, MS_BIND, nullptr) != 0)
        return nullptr;
    auto m = std::unique_ptr<Mount>(new Mount(where));
    if (::mount(nullptr, where.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
        return nullptr;
    return m;
}

Mount::Mount(QByteArray path)
    : m_path(std::move(path))
{
}

Mount::~Mount()
{
    ::umount2(m_path.constData(), MNT_DETACH);
}

void fillDisk(const QString &folder)
{
    QFile filler(folder + u"/filler"_s);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return; // already full
    for (const qint64 chunk : {qint64(64) * 1024, qint64(4096), qint64(1)}) {
        const QByteArray data(chunk, 'f');
        while (filler.write(data) == chunk) { }
    }
}

} // namespace Versus::Test
