#pragma once

#include "core/common/itemkind.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTreeView;

namespace Versus::Core {
class SearchIndex;
class SearchResultsModel;
} // namespace Versus::Core

namespace Versus::Gui {

/// Ctrl+K: one search box over everything, floating over the window. Results are
/// grouped by kind with the matching words marked; Enter or a double click opens
/// the item; Escape goes back to where you were.
class SearchPopup final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPopup)

public:
    explicit SearchPopup(QWidget *parent);

    void setIndex(const Core::SearchIndex *index);
    void open();
    void close();
    void setQuery(const QString &text);
    Core::SearchResultsModel *results() const { return m_model; }
    /// Opens the selected hit, as Enter does.
    void activateCurrent();

Q_SIGNALS:
    void activated(Versus::Core::ItemKind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void moveSelection(int delta);
    void updateStatus();

    Core::SearchResultsModel *m_model;
    QLineEdit *m_edit;
    QTreeView *m_view;
    QLabel *m_suggestion;
    QLabel *m_status;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Versus::Gui
