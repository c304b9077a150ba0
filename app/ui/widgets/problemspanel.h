#pragma once

#include "core/common/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Versus::Gui {

/// An inline banner that says a file could not be used, with its problems in a
/// read-only, copyable list. Shown above the sections; never modal. The problem under the
/// cursor opens in the user's editor at its line and column.
class ProblemsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void showProblems(const QString &summary, const QList<Core::Diagnostic> &diagnostics);
    QString problemsText() const;
    /// The problem on the list's current line, if it has a place in a file.
    const Core::Diagnostic *currentProblem() const;
    /// Opens currentProblem() in the editor (EditorLauncher).
    bool openCurrentInEditor() const;

private:
    void build();
    void updateOpenButton();

    // Built on first use: most sessions never show the panel.
    QLabel *m_summary = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QList<Core::Diagnostic> m_diagnostics; // one per line of the list
    QPlainTextEdit *m_details = nullptr;
};

} // namespace Versus::Gui
