#include "comparisonview.h"

#include "compare/criteriamodel.h"
#include "delegates.h"
#include "safetextbrowser.h"
#include "uiutil.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Ui {

ComparisonView::ComparisonView(std::shared_ptr<const Core::Pack> pack, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_model(new Core::CriteriaModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView(m_splitter))
    , m_details(new SafeTextBrowser(m_splitter))
{
    setObjectName(u"comparisonView"_s);
    m_model->setPack(m_pack);

    m_view->setObjectName(u"criteriaView"_s);
    m_view->setAccessibleName(tr("Criteria"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(m_model->edgeColumn(), new EdgeDelegate(m_view));
    auto *ratings = new RatingDelegate(m_view);
    for (int c = 0; c < m_pack->contenders.size(); ++c)
        m_view->setItemDelegateForColumn(Core::CriteriaModel::ratingColumn(c), ratings);
    m_view->expandAll();
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(0, 240);
    for (int c = 0; c < m_pack->contenders.size(); ++c) {
        header->setSectionResizeMode(Core::CriteriaModel::textColumn(c), QHeaderView::Stretch);
        header->setSectionResizeMode(Core::CriteriaModel::ratingColumn(c), QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(m_model->edgeColumn(), QHeaderView::ResizeToContents);

    m_details->setObjectName(u"detailsView"_s);
    m_details->setAccessibleName(tr("Criterion details"));
    m_details->setPlaceholderText(tr("Select a criterion to see its explanation and sources."));
    connect(m_details, &SafeTextBrowser::internalLinkActivated, this, &ComparisonView::internalLinkActivated);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(m_model->criterionAt(current)); });
}

bool ComparisonView::selectCriterion(const QString &id)
{
    const int criterion = m_pack->criterionIndex.value(id, -1);
    const QModelIndex index = m_model->indexOfCriterion(criterion);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString ComparisonView::currentCriterionId() const
{
    const int criterion = m_model->criterionAt(m_view->currentIndex());
    return criterion < 0 ? QString() : m_pack->criteria[criterion].id;
}

QString criterionHeaderHtml(const Core::Pack &pack, const Core::Criterion &criterion)
{
    QString html = u"<h2>"_s + escaped(criterion.criterion) + u"</h2>"_s;
    html += u"<p><i>"_s + escaped(pack.categories[criterion.category].name) + u"</i> · "_s
        + escaped(ComparisonView::tr("Edge: %1").arg(pack.edgeName(criterion.edge))) + u"</p><ul>"_s;
    for (int c = 0; c < pack.contenders.size(); ++c) {
        html += u"<li><b>"_s + escaped(pack.contenders[c].name) + u"</b> ("_s
            + escaped(ComparisonView::tr("%1 out of 5").arg(criterion.values[c].rating)) + u"): "_s
            + escaped(criterion.values[c].text) + u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

void ComparisonView::showDetails(int criterion)
{
    if (criterion < 0) {
        m_details->clear();
        return;
    }
    const Core::Criterion &c = m_pack->criteria[criterion];
    // The app's own header and source list, with the pack's Markdown rendered safely between them.
    m_details->setTrustedHtml(criterionHeaderHtml(*m_pack, c));
    m_details->appendSafeMarkdown(c.explanation);

    QString sources = u"<h3>"_s + escaped(tr("Sources")) + u"</h3><ul>"_s;
    for (const auto &s : c.sources) {
        sources += u"<li><a href=\""_s + escaped(QString::fromUtf8(s.url.toEncoded())) + u"\">"_s + escaped(s.title)
            + u"</a> — "_s + escaped(tr("as of %1").arg(s.asOf)) + u"</li>"_s;
    }
    sources += u"</ul>"_s;
    QTextCursor cursor(m_details->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertHtml(sources);
    SafeTextBrowser::sanitize(m_details->document());
}

} // namespace Versus::Ui
