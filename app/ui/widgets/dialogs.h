#pragma once

#include <QMessageBox>
#include <QString>
#include <QVariant>

#include <optional>

class QWidget;

namespace Versus::Gui {

/// Every modal dialog of the app goes through here, so that tests can answer them:
/// a test queues the next answers with pushAnswer(); a dialog with a queued answer
/// returns it without showing anything.
class Dialogs final {
public:
    /// A file name to save to; empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    /// A file to open; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    /// A yes/no question; true for yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details = {},
                        const QString &yesText = {});
    /// A line of text; nullopt when cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &value);
    /// Save, Discard or Cancel.
    static QMessageBox::StandardButton askToSave(QWidget *parent, const QString &title, const QString &text);

    // For tests.
    static void pushAnswer(const QVariant &answer);
    static int pendingAnswers();
    static void clearAnswers();

private:
    static std::optional<QVariant> takeAnswer();
};

} // namespace Versus::Gui
