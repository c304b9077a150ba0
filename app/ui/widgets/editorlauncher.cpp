#include "ui/widgets/editorlauncher.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {

bool runsInATerminal(const QString &program)
{
    static const QStringList terminal{u"vi"_s,  u"vim"_s,    u"nvim"_s,  u"nano"_s, u"micro"_s,
                                      u"joe"_s, u"mcedit"_s, u"helix"_s, u"hx"_s,   u"kak"_s};
    return terminal.contains(program);
}

} // namespace

QStringList EditorLauncher::command(const QString &editor, const QString &file, int line, int column)
{
    QStringList words = QProcess::splitCommand(editor);
    if (words.isEmpty())
        return {};
    const QString program = QFileInfo(words.first()).fileName();
    const QString l = QString::number(std::max(line, 1));
    const QString c = QString::number(std::max(column, 1));
    // Each family says "line and column" its own way.
    if (program == u"code"_s || program == u"codium"_s || program == u"code-oss"_s)
        words << u"--goto"_s << file + u':' + l + u':' + c;
    else if (program == u"subl"_s || program == u"zed"_s || program == u"hx"_s || program == u"helix"_s)
        words << file + u':' + l + u':' + c;
    else if (program == u"kate"_s || program == u"kwrite"_s)
        words << u"--line"_s << l << u"--column"_s << c << file;
    else if (program == u"vi"_s || program == u"vim"_s || program == u"nvim"_s || program == u"gvim"_s)
        words << u"+call cursor(%1, %2)"_s.arg(l, c) << file;
    else if (program == u"nano"_s)
        words << u'+' + l + u',' + c << file;
    else if (program.startsWith(u"emacs"_s) || program == u"gedit"_s || program == u"gnome-text-editor"_s
             || program == u"micro"_s || program == u"mousepad"_s)
        words << u'+' + l + u':' + c << file;
    else
        words << u'+' + l << file; // the most common convention
    if (runsInATerminal(program) && !QStandardPaths::findExecutable(u"x-terminal-emulator"_s).isEmpty())
        words = QStringList{u"x-terminal-emulator"_s, u"-e"_s} + words;
    return words;
}

bool EditorLauncher::open(const QString &file, int line, int column)
{
    for (const char *variable : {"VISUAL", "EDITOR"}) {
        const QStringList words = command(qEnvironmentVariable(variable), file, line, column);
        if (!words.isEmpty())
            return QProcess::startDetached(words.first(), words.mid(1));
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace Versus::Gui
