#include "ui/comparison/comparisonview.h"

#include "core/compare/criteriafiltermodel.h"
#include "core/compare/criteriamodel.h"
#include "core/compare/tableexport.h"
#include "core/compare/weights.h"
#include "core/report/criterionhtml.h"
#include "core/settings/settings.h"
#include "core/workshop/workshopsession.h"
#include "ui/comparison/delegates.h"
#include "ui/comparison/weightspanel.h"
#include "ui/report/comparisonreport.h"
#include "ui/report/printing.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/uiutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

ComparisonView::ComparisonView(std::shared_ptr<const Core::Pack> pack, Core::Weights *weights,
                               Core::WorkshopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_pack(std::move(pack))
    , m_weights(weights)
    , m_session(session)
    , m_model(new Core::CriteriaModel(this))
    , m_filter(new Core::CriteriaFilterModel(m_model, this))
    , m_view(new QTreeView(this))
    , m_details(new SafeTextBrowser(this))
    , m_notes(new QPlainTextEdit(this))
    , m_weightsPanel(new WeightsPanel(m_pack, weights, session, this))
{
    setObjectName(u"comparisonView"_s);
    m_model->setPack(m_pack);

    m_view->setObjectName(u"criteriaView"_s);
    m_view->setAccessibleName(tr("Criteria"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // pack order until the user sorts
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
    header->resizeSection(0, 220);
    for (int c = 0; c < m_pack->contenders.size(); ++c) {
        header->setSectionResizeMode(Core::CriteriaModel::textColumn(c), QHeaderView::Stretch);
        header->setSectionResizeMode(Core::CriteriaModel::ratingColumn(c), QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(m_model->edgeColumn(), QHeaderView::ResizeToContents);
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ComparisonView::copySelection);
    m_view->addAction(copy);

    m_details->setObjectName(u"detailsView"_s);
    m_details->setAccessibleName(tr("Criterion details"));
    m_details->setPlaceholderText(tr("Select a criterion to see its explanation and sources."));
    connect(m_details, &SafeTextBrowser::internalLinkActivated, this, &ComparisonView::internalLinkActivated);

    // The consultant's notes on a criterion belong to the workshop.
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setPlaceholderText(tr("Notes on this criterion, for this client (saved with the workshop)"));
    m_notes->setAccessibleName(tr("Notes on this criterion"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_notesFor.isEmpty())
            m_session->setNote(m_notesFor, m_notes->toPlainText());
    });
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(2);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_notes);

    // Table above details, weights at the side: wide columns even at 1024 pixels.
    auto *tableAndDetails = new QSplitter(Qt::Vertical, this);
    tableAndDetails->setObjectName(u"tableDetailsSplitter"_s);
    tableAndDetails->addWidget(m_view);
    tableAndDetails->addWidget(detailsBox);
    tableAndDetails->setStretchFactor(0, 3);
    tableAndDetails->setStretchFactor(1, 2);
    tableAndDetails->setChildrenCollapsible(false);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(u"comparisonSplitter"_s);
    main->addWidget(tableAndDetails);
    main->addWidget(m_weightsPanel);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 0);
    main->setChildrenCollapsible(false);
    m_weightsPanel->setMinimumWidth(220);
    main->setSizes({760, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(main, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(m_model->criterionAt(m_filter->mapToSource(current))); });
    connect(m_filter, &Core::CriteriaFilterModel::countsChanged, this, [this] {
        m_count->setText(countText());
        m_view->expandAll();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    m_count->setText(countText());
    // Start on the first criterion, so the details pane explains something at once.
    if (m_filter->rowCount() > 0 && m_filter->rowCount(m_filter->index(0, 0)) > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0, m_filter->index(0, 0)));
}

QWidget *ComparisonView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 6);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter criteria (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter criteria"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(160);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &Core::CriteriaFilterModel::setFilterText);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only while this section is shown
    connect(find, &QAction::triggered, this, &ComparisonView::focusFilter);
    addAction(find);
    row->addWidget(m_filterEdit, 2);

    m_categoryButton = new QToolButton(bar);
    m_categoryButton->setObjectName(u"categoryFilterButton"_s);
    m_categoryButton->setPopupMode(QToolButton::InstantPopup);
    m_categoryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_categoryButton->setAccessibleName(tr("Filter by category"));
    m_categoryMenu = new QMenu(m_categoryButton);
    m_categoryMenu->setObjectName(u"categoryFilterMenu"_s);
    QAction *all = m_categoryMenu->addAction(tr("All categories"));
    connect(all, &QAction::triggered, this, [this] {
        for (QAction *a : m_categoryMenu->actions())
            if (a->isCheckable())
                a->setChecked(false);
        m_filter->setCategories({});
        updateCategoryButton();
    });
    m_categoryMenu->addSeparator();
    for (int k = 0; k < m_pack->categories.size(); ++k) {
        QAction *a = m_categoryMenu->addAction(m_pack->categories[k].name);
        a->setCheckable(true);
        a->setData(k);
        connect(a, &QAction::toggled, this, [this] {
            QList<int> chosen;
            for (QAction *action : m_categoryMenu->actions())
                if (action->isCheckable() && action->isChecked())
                    chosen.append(action->data().toInt());
            m_filter->setCategories(chosen);
            updateCategoryButton();
        });
    }
    m_categoryButton->setMenu(m_categoryMenu);
    updateCategoryButton();
    row->addWidget(m_categoryButton);

    m_edgeCombo = new QComboBox(bar);
    auto *edgeLabel = new QLabel(tr("Ed&ge:"), bar); // names the combo box for screen readers too
    edgeLabel->setBuddy(m_edgeCombo);
    row->addWidget(edgeLabel);
    m_edgeCombo->setObjectName(u"edgeFilterCombo"_s);
    m_edgeCombo->setAccessibleName(tr("Filter by edge"));
    m_edgeCombo->addItem(tr("Any edge"), Core::CriteriaFilterModel::anyEdge);
    for (int c = 0; c < m_pack->contenders.size(); ++c)
        m_edgeCombo->addItem(tr("Where %1 leads").arg(m_pack->contenders[c].name), c);
    m_edgeCombo->addItem(tr("Ties"), Core::tieEdge);
    connect(m_edgeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEdge(m_edgeCombo->currentData().toInt()); });
    row->addWidget(m_edgeCombo);

    m_count = new QLabel(bar);
    m_count->setObjectName(u"countLabel"_s);
    row->addWidget(m_count);
    row->addStretch(1);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setText(tr("&Export"));
    exportButton->setToolTip(tr("Export, copy or print the rows shown"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Export as &CSV…"), this,
                    [this] { chooseExportFile(u"csv"_s, tr("Comma-separated values (*.csv)")); });
    menu->addAction(tr("Export as &Markdown…"), this, [this] { chooseExportFile(u"md"_s, tr("Markdown (*.md)")); });
    menu->addAction(tr("Save as &PDF…"), this, [this] { chooseExportFile(u"pdf"_s, tr("PDF (*.pdf)")); });
    menu->addAction(tr("&Print…"), this, &ComparisonView::printTable)->setShortcut(QKeySequence::Print);
    menu->addSeparator();
    menu->addAction(tr("Copy selected rows"), this, &ComparisonView::copySelection);
    exportButton->setMenu(menu);
    row->addWidget(exportButton);

    auto *outer = new QWidget(this);
    auto *column = new QVBoxLayout(outer);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(bar);
    m_error = new QLabel(outer);
    m_error->setObjectName(u"exportErrorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setContentsMargins(8, 2, 8, 4);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->hide();
    column->addWidget(m_error);
    return outer;
}

void ComparisonView::updateCategoryButton()
{
    const auto chosen = m_filter->categories();
    if (chosen.isEmpty())
        m_categoryButton->setText(tr("All categories"));
    else if (chosen.size() == 1)
        m_categoryButton->setText(m_pack->categories[chosen.first()].name);
    else
        m_categoryButton->setText(tr("%n categories", nullptr, static_cast<int>(chosen.size())));
}

QString ComparisonView::countText() const
{
    return tr("Showing %1 of %2").arg(m_filter->shownCount()).arg(m_filter->totalCount());
}

void ComparisonView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

bool ComparisonView::selectCriterion(const QString &id)
{
    const int criterion = m_pack->criterionIndex.value(id, -1);
    if (criterion < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfCriterion(criterion));
    if (!index.isValid()) { // filtered out: show everything again
        m_filterEdit->clear();
        m_edgeCombo->setCurrentIndex(0);
        for (QAction *a : m_categoryMenu->actions())
            if (a->isCheckable())
                a->setChecked(false);
        m_filter->clearFilters();
        updateCategoryButton();
        index = m_filter->mapFromSource(m_model->indexOfCriterion(criterion));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString ComparisonView::currentCriterionId() const
{
    const int criterion = m_model->criterionAt(m_filter->mapToSource(m_view->currentIndex()));
    return criterion < 0 ? QString() : m_pack->criteria[criterion].id;
}

QString ComparisonView::exportText(int format) const
{
    return Core::TableExport(*m_pack, m_filter->shownCriteria(), m_weights->values(),
                             m_session->model().decision().board)
        .render(static_cast<Core::TableExport::Format>(format));
}

void ComparisonView::chooseExportFile(const QString &suffix, const QString &filter)
{
    const QString suggested = QDir::home().filePath(m_pack->id + u"-comparison."_s + suffix);
    QString file = Dialogs::saveFileName(this, tr("Export the comparison"), suggested, filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + suffix;
    if (suffix == u"pdf"_s)
        exportPdf(file);
    else
        exportTo(file);
}

bool ComparisonView::exportTo(const QString &fileName)
{
    const auto format = Core::TableExport::formatForFile(fileName);
    if (!format) {
        showError(tr("%1: the table can be exported as .csv or .md").arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    if (auto written = Core::TableExport::writeFile(fileName, exportText(static_cast<int>(*format))); !written) {
        showError(written.error().message);
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(
        tr("Exported %n row(s) to %1", nullptr, m_filter->shownCount()).arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool ComparisonView::exportPdf(const QString &fileName)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto doc = buildComparisonReport(m_pack, m_filter->shownCriteria(), m_weights->values(),
                                           m_session->model().decision().board);
    const auto written = writePdf(doc.get(), fileName, m_pack->title);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(written.error().message);
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void ComparisonView::printTable()
{
    printDocument(this, m_pack->title, [this] {
        return buildComparisonReport(m_pack, m_filter->shownCriteria(), m_weights->values(),
                                     m_session->model().decision().board);
    });
}

void ComparisonView::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int criterion = m_model->criterionAt(m_filter->mapToSource(index));
        if (criterion >= 0)
            rows.append(criterion);
    }
    if (rows.isEmpty())
        return;
    const Core::TableExport table(*m_pack, rows, m_weights->values(), m_session->model().decision().board);
    auto *mime = new QMimeData;
    mime->setText(table.tsv());
    mime->setHtml(table.html());
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %n row(s)", nullptr, static_cast<int>(rows.size())));
}

void ComparisonView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ComparisonView::showDetails(int criterion)
{
    if (criterion < 0) {
        m_details->clear();
        m_notesFor.clear();
        m_notes->clear();
        m_notes->setEnabled(false);
        return;
    }
    const Core::Criterion &c = m_pack->criteria[criterion];
    m_notesFor.clear(); // loading the field is not an edit
    m_notes->setPlainText(m_session->note(c.id));
    m_notes->setEnabled(true);
    m_notesFor = c.id;
    // The app's own header and source list, with the pack's Markdown rendered safely between them.
    m_details->setTrustedHtml(Core::CriterionHtml::header(*m_pack, c));
    m_details->appendSafeMarkdown(c.explanation);
    m_details->appendTrustedHtml(
        Core::CriterionHtml::sources(c, Core::Settings::instance().sourceMaxAgeMonths(), QDate::currentDate()));
}

} // namespace Versus::Gui
