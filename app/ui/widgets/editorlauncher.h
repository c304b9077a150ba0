#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Versus::Gui {

/// Opens a file at a line and column in the user's editor: $VISUAL, else $EDITOR (a program
/// and its arguments), else the desktop's default application for the file (which cannot be
/// told a line). Editors that run in a terminal are started in one.
class EditorLauncher final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Gui::EditorLauncher)

public:
    /// The program and arguments that open file at line:column with editor (as $EDITOR
    /// would say it: "code --wait", "vim", "emacsclient -c"); empty when editor is.
    static QStringList command(const QString &editor, const QString &file, int line, int column);
    /// Starts the editor (not waiting for it); false when nothing could be started.
    static bool open(const QString &file, int line, int column);
};

} // namespace Versus::Gui
