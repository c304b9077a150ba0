#pragma once

#include "core/common/diagnostic.h"
#include "core/common/result.h"
#include "core/pack/pack.h"
#include "core/verdict/decisionmodel.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <memory>

// What every test program needs and used to copy: fixtures, settings isolation, and the rule that
// an unexpected Qt warning fails the test. Linked into each test by versus_add_test.
namespace Versus::Test {

/// A pack from tests/data/packs. A fixture that does not load is a broken test, not a failing
/// unit, so this stops the program (qFatal) rather than report a failure.
std::shared_ptr<const Core::Pack> loadTestPack(const QString &name);
/// A random answer to a question: unanswered, don't know, one option, or (multi) some options.
Core::Answer randomAnswer(QRandomGenerator &rng, const Core::Question &question);

/// Diagnostics one to a line, for QVERIFY2 messages.
QString dump(const QList<Core::Diagnostic> &list);

/// Keeps a GUI test away from the user's files: QStandardPaths test mode, INI settings in a
/// temporary folder that lives until the program exits, and the organisation and application
/// names the code under test reads (which place its data under ~/.qttest). Call from initTestCase().
/// Returns the settings folder.
QString isolateSettings(const QString &appName);

/// Makes any qWarning or qCritical that the current test function did not declare with
/// QTest::ignoreMessage fail it, from here to the end of its run: the test, cleanup(), and the
/// deleteLater() pass QtTest runs after cleanup(). Call it first thing in init(); a function that
/// must not be strict yet skips the call there (say why). Built on QTest::failOnWarning, so QtTest's
/// own ignoreMessage() bookkeeping decides what was expected. Qt 6.4's failOnWarning() sees
/// warnings only, so criticals are handed to QtTest as warnings: declare an expected critical
/// with QTest::ignoreMessage(QtWarningMsg, ...). Warnings from other threads count while the test
/// function runs, not during its cleanup. One message is let through everywhere: the offscreen
/// platform plugin's "This plugin does not support propagateSizeHints()".
void failOnWarnings();

/// A file system mounted for one test and gone with it: a small tmpfs (to fill up) or a
/// read-only bind mount (chmod does not stop root). Needs root; null otherwise, and the
/// test skips.
class Mount final {
public:
    static std::unique_ptr<Mount> tmpfs(const QString &path, const QByteArray &size);
    static std::unique_ptr<Mount> readOnly(const QString &path);
    ~Mount();
    Q_DISABLE_COPY_MOVE(Mount)

private:
    explicit Mount(QByteArray path);
    QByteArray m_path;
};

/// Writes a file in folder until the disk takes no more, as a disk that fills up.
void fillDisk(const QString &folder);

} // namespace Versus::Test

// Checks on Core::Result: a failure shows its message, and a read that failed never
// passes for an empty one.

/// Verifies that a Result holds a value (or is a successful Result<void>).
#define QVERIFY_RESULT(expression)                                                                                     \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.ok(), qPrintable(result_.error().message));                                                   \
    } while (false)

/// How many rows a read gave; -1 when it failed.
template <typename T> qsizetype rowCount(const Versus::Core::Result<QList<T>> &result)
{
    return result ? result->size() : -1;
}
