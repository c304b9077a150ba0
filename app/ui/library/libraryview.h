#pragma once

#include "core/pack/packlibrary.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Versus::Gui {

/// The pack library: the user's packs, the installed ones and the recent ones, with title,
/// contenders, version, date and problems. Opens a pack, shows it in the file manager, and
/// removes it (a pack of the user's folder is moved aside, a recent one leaves the list)
/// with an undo. Used in File › Library and as the start page.
class LibraryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryView)

public:
    explicit LibraryView(QWidget *parent = nullptr);

    /// Reads the folders and the recent list again.
    void refresh();
    const QList<Core::PackLibrary::Entry> &entries() const { return m_entries; }
    /// Selects the entry of path; false when it is not listed.
    bool select(const QString &path);
    bool openSelected();
    bool removeSelected();
    bool undoRemove();
    void showSelectedInFileManager();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    const Core::PackLibrary::Entry *selected() const;
    void updateButtons();

    QList<Core::PackLibrary::Entry> m_entries;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    // The last removal, for undo: where the file went (empty for a recent pack) and the
    // recent list before it.
    struct Removal {
        QString original;
        QString movedTo;
        QStringList recent;
    };
    std::optional<Removal> m_removal;
};

} // namespace Versus::Gui
