#include "ui/widgets/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QQueue>

#include <optional>

namespace Versus::Gui {

namespace {
QQueue<QVariant> &answers()
{
    static QQueue<QVariant> queue;
    return queue;
}
} // namespace

void Dialogs::pushAnswer(const QVariant &answer)
{
    answers().enqueue(answer);
}

int Dialogs::pendingAnswers()
{
    return static_cast<int>(answers().size());
}

void Dialogs::clearAnswers()
{
    answers().clear();
}

std::optional<QVariant> Dialogs::takeAnswer()
{
    if (answers().isEmpty())
        return std::nullopt;
    return answers().dequeue();
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return answer->toString();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return answer->toString();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                      const QString &yesText)
{
    if (const auto answer = takeAnswer())
        return answer->toBool();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setInformativeText(details);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label, const QString &value)
{
    if (const auto answer = takeAnswer())
        return answer->isNull() ? std::nullopt : std::optional<QString>(answer->toString());
    bool ok = false;
    const QString result = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok ? std::optional<QString>(result) : std::nullopt;
}

QMessageBox::StandardButton Dialogs::askToSave(QWidget *parent, const QString &title, const QString &text)
{
    if (const auto answer = takeAnswer())
        return static_cast<QMessageBox::StandardButton>(answer->toInt());
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace Versus::Gui
