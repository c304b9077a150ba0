#include "ui/faq/faqview.h"

#include "core/faq/faqmodel.h"
#include "core/text/textfold.h"
#include "ui/comparison/delegates.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/uiutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

FaqView::FaqView(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_model(new Core::FaqModel(this))
    , m_filter(new QLineEdit(this))
    , m_allChip(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_answer(new SafeTextBrowser(this))
{
    setObjectName(u"faqView"_s);
    m_model->setPack(m_pack);

    m_filter->setObjectName(u"faqFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter questions and answers (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter the FAQ"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &FaqView::applyFilter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only while this section is shown
    connect(find, &QAction::triggered, this, &FaqView::focusFilter);
    addAction(find);

    const auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    QToolButton *expand = button(tr("Expand all"), u"expandAllButton"_s, tr("Show every question"));
    QToolButton *collapse = button(tr("Collapse all"), u"collapseAllButton"_s, tr("Show only the tags"));
    QToolButton *copy = button(tr("Copy as Markdown"), u"copyMarkdownButton"_s,
                               tr("Copy the selected question and its answer as Markdown (Ctrl+Shift+C)"));
    connect(expand, &QToolButton::clicked, this, &FaqView::expandAll);
    connect(collapse, &QToolButton::clicked, this, &FaqView::collapseAll);
    connect(copy, &QToolButton::clicked, this, &FaqView::copyCurrent);
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WindowShortcut);
    connect(copyAction, &QAction::triggered, this, &FaqView::copyCurrent);
    addAction(copyAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(expand);
    top->addWidget(collapse);
    top->addWidget(copy);

    // Tag chips: any number can be on; none (or "All") shows every tag.
    auto *chipRow = new QWidget(this);
    auto *chips = new QHBoxLayout(chipRow);
    chips->setContentsMargins(0, 0, 0, 0);
    m_allChip->setText(tr("All"));
    m_allChip->setObjectName(u"tagChip-all"_s);
    m_allChip->setCheckable(true);
    m_allChip->setChecked(true);
    m_allChip->setAccessibleName(tr("All tags"));
    chips->addWidget(m_allChip);
    connect(m_allChip, &QToolButton::clicked, this, [this] { setTagFilter({}); });
    for (const QString &tag : m_model->tags()) {
        auto *chip = new QToolButton(chipRow);
        chip->setText(tag);
        chip->setObjectName(u"tagChip-"_s + tag);
        chip->setCheckable(true);
        chip->setAccessibleName(tr("Tag %1").arg(tag));
        connect(chip, &QToolButton::toggled, this, &FaqView::applyFilter);
        chips->addWidget(chip);
        m_chips.append(chip);
    }
    chips->addStretch(1);
    auto *chipScroll = new QScrollArea(this);
    chipScroll->setAccessibleName(tr("Tags"));
    // Tab goes to the controls inside, and the area scrolls to show them.
    chipScroll->setFocusPolicy(Qt::NoFocus);
    chipScroll->setWidget(chipRow);
    chipScroll->setWidgetResizable(true);
    chipScroll->setFrameShape(QFrame::NoFrame);
    chipScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chipScroll->setFixedHeight(chipRow->sizeHint().height() + chipScroll->horizontalScrollBar()->sizeHint().height());

    m_tree->setObjectName(u"faqList"_s);
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new HighlightDelegate(Core::FaqModel::HighlightsRole, 0, m_tree));
    m_tree->expandAll();
    m_answer->setObjectName(u"faqAnswer"_s);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setPlaceholderText(tr("Select a question to read its answer."));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(chipScroll);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int entry = m_model->entryAt(current);
                if (entry >= 0)
                    showEntry(entry);
            });
    connect(m_answer, &SafeTextBrowser::internalLinkActivated, this, &FaqView::internalLinkActivated);
    applyFilter();
    if (!m_pack->faq.isEmpty())
        selectEntry(m_pack->faq.first().id);
}

void FaqView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FaqView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void FaqView::setTagFilter(const QStringList &tags)
{
    for (QToolButton *chip : std::as_const(m_chips)) {
        const QSignalBlocker quiet(chip);
        chip->setChecked(tags.contains(chip->text()));
    }
    applyFilter();
}

int FaqView::shownEntries() const
{
    return m_model->shownEntries();
}

void FaqView::applyFilter()
{
    QStringList tags;
    for (const QToolButton *chip : std::as_const(m_chips)) {
        if (chip->isChecked())
            tags.append(chip->text());
    }
    m_allChip->setChecked(tags.isEmpty());
    const int current = m_current;
    m_model->setFilter(m_filter->text(), tags);
    m_tree->expandAll();
    m_count->setText(tr("%1 of %2").arg(m_model->shownEntries()).arg(m_pack->faq.size()));
    // Keep the answer on screen while it is still shown, else show the first match.
    QModelIndex keep = m_model->indexOfEntry(current);
    if (!keep.isValid() && m_model->rowCount() > 0)
        keep = m_model->index(0, 0, m_model->index(0, 0));
    if (keep.isValid()) {
        m_tree->setCurrentIndex(keep);
        showEntry(m_model->entryAt(keep));
    } else {
        m_current = -1;
        m_answer->clear();
    }
}

bool FaqView::selectEntry(const QString &id)
{
    const int entry = m_pack->faqIndex.value(id, -1);
    if (entry < 0)
        return false;
    QModelIndex index = m_model->indexOfEntry(entry);
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        setTagFilter({});
        index = m_model->indexOfEntry(entry);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showEntry(entry);
    return true;
}

QString FaqView::currentEntryId() const
{
    return m_current >= 0 ? m_pack->faq[m_current].id : QString();
}

void FaqView::expandAll()
{
    m_tree->expandAll();
}

void FaqView::collapseAll()
{
    m_tree->collapseAll();
}

void FaqView::showEntry(int entry)
{
    if (entry < 0 || entry >= m_pack->faq.size())
        return;
    m_current = entry;
    const auto &e = m_pack->faq[entry];
    m_answer->setTrustedHtml(u"<h2>"_s + e.question.toHtmlEscaped() + u"</h2>"_s);
    m_answer->appendSafeMarkdown(e.answer);
    if (!e.tags.isEmpty())
        m_answer->appendTrustedHtml(u"<p><small>"_s + (tr("Tags: %1").arg(e.tags.join(u", "_s))).toHtmlEscaped()
                                    + u"</small></p>"_s);
    markMatches();
}

// Marks the filter's words in the answer, accents and case ignored.
void FaqView::markMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QStringList terms = m_model->filterTerms();
    if (!terms.isEmpty()) {
        QTextCharFormat format;
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(80);
        format.setBackground(colour);
        format.setFontWeight(QFont::Bold);
        for (QTextBlock block = m_answer->document()->begin(); block.isValid(); block = block.next()) {
            const Core::FoldedText folded = Core::foldWithOrigins(block.text());
            for (const QString &term : terms) {
                for (qsizetype at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
                    QTextCursor cursor(block);
                    cursor.setPosition(block.position() + folded.origin[at]);
                    cursor.setPosition(block.position() + folded.origin[at + term.size() - 1] + 1,
                                       QTextCursor::KeepAnchor);
                    marks.append({cursor, format});
                }
            }
        }
    }
    m_answer->setExtraSelections(marks);
}

QString FaqView::currentAsMarkdown() const
{
    if (m_current < 0)
        return {};
    const auto &e = m_pack->faq[m_current];
    return u"## "_s + e.question + u"\n\n"_s + e.answer.trimmed() + u'\n';
}

void FaqView::copyCurrent()
{
    const QString markdown = currentAsMarkdown();
    if (markdown.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(markdown);
    mime->setData(u"text/markdown"_s, markdown.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied the question and its answer as Markdown"));
}

} // namespace Versus::Gui
