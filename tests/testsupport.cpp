#include "testsupport.h"

#include "core/pack/packloader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Versus::Test {

namespace {

QtMessageHandler qtTestHandler = nullptr;

// Sits in front of QtTest's handler and passes everything on, criticals as warnings (see failOnWarnings).
void criticalAsWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    qtTestHandler(type == QtCriticalMsg ? QtWarningMsg : type, context, message);
}

} // namespace

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
        qtTestHandler = qInstallMessageHandler(criticalAsWarning);
    QTest::failOnWarning(QRegularExpression()); // the empty pattern matches every message
}

} // namespace Versus::Test
