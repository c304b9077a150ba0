#pragma once

#include "pack/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Versus::Ui {

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
    QLabel *m_summary;
    QPushButton *m_detailsButton;
    QPushButton *m_copyButton;
    QPushButton *m_closeButton;
    QPlainTextEdit *m_details;
};

} // namespace Versus::Ui
