#include "testsupport.h"
#include "ui/widgets/editorlauncher.h"

#include <QStandardPaths>
#include <QTest>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

class TestEditorLauncher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { Versus::Test::failOnWarnings(); }
    void command_data();
    void command();
    void terminalEditorsGetATerminal();
};

void TestEditorLauncher::command_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QStringList>("expected");
    const QString f = u"/p/pack.json"_s;
    QTest::addRow("none") << QString() << QStringList();
    QTest::addRow("VS Code with its own flag")
        << u"code --wait"_s << QStringList{u"code"_s, u"--wait"_s, u"--goto"_s, f + u":12:5"_s};
    QTest::addRow("Sublime Text") << u"/usr/bin/subl"_s << QStringList{u"/usr/bin/subl"_s, f + u":12:5"_s};
    QTest::addRow("Kate") << u"kate"_s << QStringList{u"kate"_s, u"--line"_s, u"12"_s, u"--column"_s, u"5"_s, f};
    QTest::addRow("emacsclient") << u"emacsclient -c"_s << QStringList{u"emacsclient"_s, u"-c"_s, u"+12:5"_s, f};
    QTest::addRow("gedit") << u"gedit"_s << QStringList{u"gedit"_s, u"+12:5"_s, f};
    QTest::addRow("gvim") << u"gvim"_s << QStringList{u"gvim"_s, u"+call cursor(12, 5)"_s, f};
    QTest::addRow("quoted program") << u"\"/opt/My Editor/edit\" -n"_s
                                    << QStringList{u"/opt/My Editor/edit"_s, u"-n"_s, u"+12"_s, f};
}

void TestEditorLauncher::command()
{
    QFETCH(QString, editor);
    QFETCH(QStringList, expected);
    QCOMPARE(EditorLauncher::command(editor, u"/p/pack.json"_s, 12, 5), expected);
}

void TestEditorLauncher::terminalEditorsGetATerminal()
{
    const QStringList vim = EditorLauncher::command(u"vim"_s, u"/p/a.json"_s, 3, 1);
    const QStringList own{u"vim"_s, u"+call cursor(3, 1)"_s, u"/p/a.json"_s};
    if (QStandardPaths::findExecutable(u"x-terminal-emulator"_s).isEmpty())
        QCOMPARE(vim, own);
    else
        QCOMPARE(vim, (QStringList{u"x-terminal-emulator"_s, u"-e"_s} + own));
    QCOMPARE(EditorLauncher::command(u"nano"_s, u"/p/a.json"_s, 3, 7).mid(vim.size() - 3),
             (QStringList{u"nano"_s, u"+3,7"_s, u"/p/a.json"_s}));
}

QTEST_GUILESS_MAIN(TestEditorLauncher)
#include "tst_editorlauncher.moc"
