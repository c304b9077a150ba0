#pragma once

#include "core/common/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Versus::Gui {

/// An inline banner that says a file could not be used, with its problems in a
/// read-only, copyable list. Shown above the sections; never modal.
class ProblemsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void showProblems(const QString &summary, const QList<Core::Diagnostic> &diagnostics);
    QString problemsText() const;

private:
    void build();

    // Built on first use: most sessions never show the panel.
    QLabel *m_summary = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace Versus::Gui
