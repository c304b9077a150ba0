#include "ui/library/libraryview.h"

#include "core/settings/appstate.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

using Core::PackLibrary;

namespace {

QString originName(PackLibrary::Origin origin)
{
    switch (origin) {
    case PackLibrary::Origin::User: return LibraryView::tr("Your packs");
    case PackLibrary::Origin::System: return LibraryView::tr("Installed");
    case PackLibrary::Origin::Recent: return LibraryView::tr("Recent");
    }
    return {};
}

QString problemsText(const PackLibrary::Entry &e)
{
    if (e.errors > 0)
        return LibraryView::tr("%n error(s): does not open", nullptr, e.errors);
    if (e.warnings > 0)
        return LibraryView::tr("%n warning(s)", nullptr, e.warnings);
    return LibraryView::tr("none");
}

} // namespace

LibraryView::LibraryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"libraryView"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"libraryList"_s);
    m_list->setAccessibleName(tr("Packs"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Title"), tr("Contenders"), tr("Version"), tr("Updated"), tr("Problems"), tr("Where")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setObjectName(u"libraryOpenButton"_s);
    m_showButton = new QPushButton(tr("Show in &File Manager"), this);
    m_showButton->setObjectName(u"libraryShowButton"_s);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"libraryRemoveButton"_s);
    m_removeButton->setToolTip(tr("A pack of your folder is moved aside; a recent one leaves the list. Undo brings it "
                                  "back."));
    m_undoBar = new QWidget(this);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setObjectName(u"libraryUndoLabel"_s);
    auto *undo = new QPushButton(tr("&Undo"), m_undoBar);
    undo->setObjectName(u"libraryUndoButton"_s);
    auto *undoRow = new QHBoxLayout(m_undoBar);
    undoRow->setContentsMargins(0, 0, 0, 0);
    undoRow->addWidget(m_undoLabel, 1);
    undoRow->addWidget(undo);
    m_undoBar->hide();
    auto *folder = new QLabel(
        tr("Put packs in %1 to find them here.").arg(QDir::toNativeSeparators(PackLibrary::userFolder())), this);
    folder->setObjectName(u"libraryFolderLabel"_s);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_showButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    layout->addLayout(buttons);
    layout->addWidget(folder);

    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LibraryView::updateButtons);
    connect(m_openButton, &QPushButton::clicked, this, &LibraryView::openSelected);
    connect(m_showButton, &QPushButton::clicked, this, &LibraryView::showSelectedInFileManager);
    connect(m_removeButton, &QPushButton::clicked, this, &LibraryView::removeSelected);
    connect(undo, &QPushButton::clicked, this, &LibraryView::undoRemove);
    refresh();
}

void LibraryView::refresh()
{
    const QString current = selected() ? selected()->path : QString();
    m_entries = PackLibrary::scan(Core::AppState::recentPacks());
    m_list->clear();
    for (const auto &e : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {e.title, e.contenders.join(u", "_s), e.version,
             e.updated.isValid() ? QLocale().toString(e.updated, QLocale::ShortFormat) : QString(), problemsText(e),
             originName(e.origin)});
        item->setToolTip(0, QDir::toNativeSeparators(e.path));
        item->setToolTip(4, e.firstProblem);
    }
    if (!select(current) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

bool LibraryView::select(const QString &path)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const PackLibrary::Entry *LibraryView::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void LibraryView::updateButtons()
{
    const auto *e = selected();
    m_openButton->setEnabled(e && e->loads());
    m_showButton->setEnabled(e != nullptr);
    m_removeButton->setEnabled(e && e->origin != PackLibrary::Origin::System);
}

bool LibraryView::openSelected()
{
    const auto *e = selected();
    if (!e || !e->loads())
        return false;
    Q_EMIT openRequested(e->path);
    return true;
}

void LibraryView::showSelectedInFileManager()
{
    if (const auto *e = selected())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(e->path).absolutePath()));
}

bool LibraryView::removeSelected()
{
    const auto *e = selected();
    if (!e || e->origin == PackLibrary::Origin::System)
        return false;
    Removal removal{e->path, QString(), Core::AppState::recentPacks()};
    if (e->origin == PackLibrary::Origin::User) {
        const auto moved = PackLibrary::remove(e->path, PackLibrary::userFolder());
        if (!moved) {
            m_undoLabel->setText(moved.error().message);
            m_undoBar->show();
            return false;
        }
        removal.movedTo = *moved;
    }
    QStringList recent = removal.recent;
    recent.removeAll(e->path);
    Core::AppState::setRecentPacks(recent);
    m_undoLabel->setText(tr("Removed “%1”.").arg(e->title));
    m_removal = removal;
    m_undoBar->show();
    refresh();
    return true;
}

bool LibraryView::undoRemove()
{
    if (!m_removal)
        return false;
    if (!m_removal->movedTo.isEmpty()) {
        if (const auto restored = PackLibrary::restore(m_removal->movedTo, m_removal->original); !restored) {
            m_undoLabel->setText(restored.error().message);
            return false;
        }
    }
    Core::AppState::setRecentPacks(m_removal->recent);
    const QString path = m_removal->original;
    m_removal.reset();
    m_undoBar->hide();
    refresh();
    select(path);
    return true;
}

} // namespace Versus::Gui
