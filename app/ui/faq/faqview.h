#pragma once

#include "core/common/itemkind.h"

#include "core/pack/pack.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Versus::Core {
class FaqModel;
}

namespace Versus::Gui {

class SafeTextBrowser;

/// The FAQ section: questions grouped by tag, tag chips and a text filter (matches
/// marked in the questions and in the answer), the selected answer rendered safely.
class FaqView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqView)

public:
    explicit FaqView(std::shared_ptr<const Core::Pack> pack, QWidget *parent = nullptr);

    bool selectEntry(const QString &id);
    QString currentEntryId() const;
    void setFilterText(const QString &text);
    void setTagFilter(const QStringList &tags);
    int shownEntries() const;
    void expandAll();
    void collapseAll();
    /// "## Question\n\nAnswer", for the clipboard.
    QString currentAsMarkdown() const;
    void copyCurrent();
    void focusFilter();

Q_SIGNALS:
    void internalLinkActivated(Versus::Core::ItemKind item, const QString &id);
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void showEntry(int entry);
    void markMatches();

    std::shared_ptr<const Core::Pack> m_pack;
    Core::FaqModel *m_model;
    QLineEdit *m_filter;
    QList<QToolButton *> m_chips;
    QToolButton *m_allChip;
    QLabel *m_count;
    QTreeView *m_tree;
    SafeTextBrowser *m_answer;
    int m_current = -1;
};

} // namespace Versus::Gui
