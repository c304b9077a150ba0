#include "faqview.h"

#include "safetextbrowser.h"
#include "uiutil.h"

#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

FaqView::FaqView(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_list(new QListWidget(this))
    , m_answer(new SafeTextBrowser(this))
{
    setObjectName(u"faqView"_s);
    m_list->setObjectName(u"faqList"_s);
    m_list->setAccessibleName(tr("Questions"));
    m_list->setWordWrap(true);
    m_answer->setObjectName(u"faqAnswer"_s);
    m_answer->setAccessibleName(tr("Answer"));
    for (const auto &entry : m_pack->faq) {
        auto *item = new QListWidgetItem(entry.question, m_list);
        item->setToolTip(entry.tags.isEmpty() ? QString() : escaped(entry.tags.join(u", "_s)));
    }
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &FaqView::showEntry);
    connect(m_answer, &SafeTextBrowser::internalLinkActivated, this, &FaqView::internalLinkActivated);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool FaqView::selectEntry(const QString &id)
{
    const int row = m_pack->faqIndex.value(id, -1);
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void FaqView::showEntry(int row)
{
    if (row < 0 || row >= m_pack->faq.size()) {
        m_answer->clear();
        return;
    }
    const auto &entry = m_pack->faq[row];
    m_answer->setTrustedHtml(u"<h2>"_s + escaped(entry.question) + u"</h2>"_s);
    m_answer->appendSafeMarkdown(entry.answer);
}

} // namespace Versus::Ui
