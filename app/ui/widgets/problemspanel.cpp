#include "ui/widgets/problemspanel.h"

#include "ui/widgets/editorlauncher.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Versus::Gui {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("problemsPanel"));
    hide();
}

void ProblemsPanel::build()
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    icon->setAccessibleName(tr("Warning"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setAccessibleName(tr("Problems"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QPushButton(tr("Show &problems"), this);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setObjectName(QStringLiteral("problemsDetailsButton"));
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("problemsCopyButton"));
    copyButton->setToolTip(tr("Copy the list of problems to the clipboard"));
    m_openButton = new QPushButton(tr("Open in &Editor"), this);
    m_openButton->setObjectName(QStringLiteral("problemsOpenInEditorButton"));
    auto *closeButton = new QPushButton(tr("Dismiss"), this);
    closeButton->setObjectName(QStringLiteral("problemsDismissButton"));
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("problemsList"));
    m_details->setAccessibleName(tr("List of problems"));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(180);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_summary, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_openButton);
    row->addWidget(copyButton);
    row->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        const QString details = m_details->toPlainText();
        QApplication::clipboard()->setText(details.isEmpty() ? m_summary->text() : details);
    });
    connect(closeButton, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_openButton, &QPushButton::clicked, this, &ProblemsPanel::openCurrentInEditor);
    connect(m_details, &QPlainTextEdit::cursorPositionChanged, this, &ProblemsPanel::updateOpenButton);
}

const Core::Diagnostic *ProblemsPanel::currentProblem() const
{
    if (!m_details)
        return nullptr;
    const int line = m_details->textCursor().blockNumber();
    if (line < 0 || line >= m_diagnostics.size())
        return nullptr;
    const Core::Diagnostic &d = m_diagnostics[line];
    return d.line > 0 && QFileInfo(d.file).isFile() ? &d : nullptr;
}

void ProblemsPanel::updateOpenButton()
{
    const Core::Diagnostic *d = currentProblem();
    m_openButton->setVisible(d != nullptr);
    if (d)
        m_openButton->setText(tr("Open in &Editor at %1:%2").arg(d->line).arg(d->column));
}

bool ProblemsPanel::openCurrentInEditor() const
{
    const Core::Diagnostic *d = currentProblem();
    return d && EditorLauncher::open(d->file, d->line, d->column);
}

void ProblemsPanel::showProblems(const QString &summary, const QList<Core::Diagnostic> &diagnostics)
{
    if (!m_summary)
        build();
    m_summary->setText(summary);
    QStringList lines;
    for (const auto &d : diagnostics)
        lines.append(d.toString());
    m_diagnostics = diagnostics;
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    updateOpenButton();
    // A problem that is all in its summary gets no empty list below it.
    const bool listed = !lines.isEmpty();
    m_detailsButton->setVisible(listed);
    m_detailsButton->setChecked(listed);
    m_details->setVisible(listed);
    show();
}

QString ProblemsPanel::problemsText() const
{
    return m_details ? m_details->toPlainText() : QString();
}

} // namespace Versus::Gui
