#pragma once

#include <QWidget>

namespace Versus::Gui {

class LibraryView;

/// The library in place of the sections when Versus starts without a pack: choose one, or
/// go on with the built-in pack.
class StartPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    /// builtInTitle: the built-in pack's title, for its button.
    explicit StartPage(const QString &builtInTitle, QWidget *parent = nullptr);
    /// Nothing to choose from: the built-in pack is all there is.
    bool isEmpty() const;

Q_SIGNALS:
    void openRequested(const QString &path);
    void builtInChosen();

private:
    LibraryView *m_view;
};

} // namespace Versus::Gui
