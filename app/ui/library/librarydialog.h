#pragma once

#include <QDialog>

namespace Versus::Gui {

/// File › Library: the library in a window of its own, the open pack selected.
class LibraryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDialog)

public:
    explicit LibraryDialog(const QString &openPack, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The window that opens the pack closes this (accept()) when it did.
    void openRequested(const QString &path);
};

} // namespace Versus::Gui
