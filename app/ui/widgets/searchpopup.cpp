#include "ui/widgets/searchpopup.h"

#include "core/search/searchresultsmodel.h"
#include "ui/comparison/delegates.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

SearchPopup::SearchPopup(QWidget *parent)
    : QFrame(parent)
    , m_model(new Core::SearchResultsModel(this))
    , m_edit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_suggestion(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    setGraphicsEffect(shadow);

    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setPlaceholderText(tr("Search criteria, summary, FAQ and checklist…"));
    m_edit->setAccessibleName(tr("Search everything"));
    m_edit->setClearButtonEnabled(true);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_edit->setFont(big);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchPopup::setQuery);

    m_view->setObjectName(u"searchResults"_s);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(
        new HighlightDelegate(Core::SearchResultsModel::HighlightsRole, Core::SearchResultsModel::SnippetRole, m_view));
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, &SearchPopup::activateCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, &SearchPopup::activateCurrent);

    m_suggestion->setObjectName(u"searchSuggestion"_s);
    m_suggestion->setTextFormat(Qt::RichText);
    m_suggestion->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_suggestion->hide();
    connect(m_suggestion, &QLabel::linkActivated, this, [this] { setQuery(m_model->suggestion()); });

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->addWidget(m_edit);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    parent->installEventFilter(this);
    hide();
}

void SearchPopup::setIndex(const Core::SearchIndex *index)
{
    m_model->setIndex(index);
    updateStatus();
}

void SearchPopup::open()
{
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPopup::close()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

void SearchPopup::setQuery(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text); // calls back here through textChanged
    if (m_model->query() == text)
        return;
    m_model->setQuery(text);
    m_view->expandAll();
    const QModelIndex first = m_model->firstHit();
    if (first.isValid())
        m_view->setCurrentIndex(first);
    updateStatus();
}

void SearchPopup::updateStatus()
{
    const QString suggestion = m_model->suggestion();
    m_suggestion->setVisible(!suggestion.isEmpty());
    if (!suggestion.isEmpty())
        m_suggestion->setText(tr("Did you mean <a href=\"#suggestion\">%1</a>?").arg(suggestion.toHtmlEscaped()));
    if (m_edit->text().trimmed().isEmpty())
        m_status->setText(tr("Type to search. Enter opens, Escape goes back."));
    else if (m_model->hitCount() == 0)
        m_status->setText(tr("Nothing matches “%1”.").arg(m_edit->text()));
    else
        m_status->setText(
            tr("%n result(s). ↑↓ to choose, Enter to open, Escape to go back.", nullptr, m_model->hitCount()));
}

void SearchPopup::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const auto kind = Core::itemKindFromName(current.data(Core::SearchResultsModel::KindRole).toString());
    if (!kind)
        return;
    const QString id = current.data(Core::SearchResultsModel::IdRole).toString();
    hide();
    m_returnFocus = nullptr; // the item opened takes the focus
    Q_EMIT activated(*kind, id);
}

void SearchPopup::moveSelection(int delta)
{
    // Step over group rows: only hits can be chosen.
    QModelIndex i = m_view->currentIndex();
    for (int guard = 0; guard < 1000; ++guard) {
        i = delta > 0 ? m_view->indexBelow(i.isValid() ? i : m_model->index(0, 0)) : m_view->indexAbove(i);
        if (!i.isValid())
            return;
        if (i.flags() & Qt::ItemIsSelectable) {
            m_view->setCurrentIndex(i);
            return;
        }
    }
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize && isVisible())
        place();
    // These keys belong to the search while it is open, whatever shortcuts the window has.
    if ((watched == m_edit || watched == m_view) && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Up
            || key == Qt::Key_Down) {
            event->accept();
            return true;
        }
    }
    if ((watched == m_edit || watched == m_view) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape: close(); return true;
        case Qt::Key_Down: moveSelection(1); return true;
        case Qt::Key_Up: moveSelection(-1); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: activateCurrent(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPopup::place()
{
    const QWidget *host = parentWidget();
    const int width = std::min(760, host->width() - 40);
    const int height = std::min(520, host->height() - 40);
    setGeometry((host->width() - width) / 2, 20, width, height);
}

} // namespace Versus::Gui
