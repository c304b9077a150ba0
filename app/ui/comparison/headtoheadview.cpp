#include "ui/comparison/headtoheadview.h"

#include "core/compare/roles.h"
#include "core/compare/scoreboardmodel.h"
#include "core/compare/summarymodel.h"
#include "core/text/linkpolicy.h"
#include "core/verdict/verdicttext.h"
#include "ui/comparison/delegates.h"
#include "ui/comparison/scorecharts.h"
#include "ui/widgets/publisherbadge.h"
#include "ui/widgets/uiutil.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

HeadToHeadView::HeadToHeadView(std::shared_ptr<const Core::Pack> pack, Core::WorkshopSession *session, QWidget *parent)
    : QScrollArea(parent)
    , m_pack(std::move(pack))
    , m_summaryModel(new Core::SummaryModel(this))
    , m_fitTimer(new QTimer(this))
    , m_scoreboard(new Core::ScoreboardModel(session, this))
{
    setObjectName(u"headToHeadView"_s);
    setAccessibleName(tr("Head-to-head")); // the page scrolls with the keyboard, so it takes the focus
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_summaryModel->setPack(m_pack);

    // The page is set before it is filled, so that its layout is computed once, when shown.
    auto *page = new QWidget(this);
    setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);

    layout->addWidget(headingLabel(m_pack->title, page, 1.6));
    if (!m_pack->subtitle.isEmpty())
        layout->addWidget(plainLabel(m_pack->subtitle, page, u"subtitleLabel"_s));
    QString meta
        = tr("Updated %1 · version %2").arg(QLocale().toString(m_pack->updated, QLocale::LongFormat), m_pack->version);
    if (!m_pack->author.isEmpty())
        meta += tr(" · by %1").arg(m_pack->author);
    QLabel *metaLabel = plainLabel(meta, page, u"updatedLabel"_s);
    metaLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(metaLabel);
    layout->addWidget(new PublisherBadge(m_pack->publisher, page));

    layout->addWidget(buildCards(page));

    layout->addWidget(headingLabel(tr("Summary"), page, 1.2));
    m_summaryView = new QTableView(page);
    m_summaryView->setObjectName(u"summaryView"_s);
    m_summaryView->setAccessibleName(tr("Summary table"));
    m_summaryView->setModel(m_summaryModel);
    m_summaryView->setItemDelegateForColumn(m_summaryModel->edgeColumn(), new EdgeDelegate(m_summaryView));
    m_summaryView->setWordWrap(true);
    m_summaryView->setTabKeyNavigation(false); // arrows move between cells; Tab leaves
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setSectionResizeMode(m_summaryModel->edgeColumn(),
                                                            QHeaderView::ResizeToContents);
    // Row heights follow the column widths: refit once the header has settled.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, [this] { fitTableHeight(m_summaryView); });
    connect(m_summaryView->horizontalHeader(), &QHeaderView::sectionResized, m_fitTimer, qOverload<>(&QTimer::start));
    m_summaryView->viewport()->installEventFilter(this);
    layout->addWidget(m_summaryView);

    m_tally = plainLabel(tallyText(), page, u"tallyLabel"_s);
    layout->addWidget(m_tally);

    layout->addWidget(buildVerdict(page));
    layout->addWidget(buildChartArea(page));
    layout->addStretch(1);

    connect(m_scoreboard, &Core::ScoreboardModel::scoresChanged, this, [this] {
        m_scoreLine->setText(m_scoreboard->leaderText());
        m_tally->setText(tallyText());
        if (m_charts)
            m_charts->setScoreboard(m_scoreboard->scoreboard());
    });
    m_scoreLine->setText(m_scoreboard->leaderText());
}

QWidget *HeadToHeadView::buildChartArea(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(headingLabel(tr("Weighted scores"), box, 1.15));
    m_scoreLine = plainLabel(QString(), box, u"weightedLeaderLabel"_s);
    row->addWidget(m_scoreLine, 1);
    auto *adjust = new QPushButton(tr("Adjust &weights…"), box);
    adjust->setObjectName(u"adjustWeightsButton"_s);
    adjust->setToolTip(tr("Set how much each category counts, in the Detailed comparison"));
    connect(adjust, &QPushButton::clicked, this, &HeadToHeadView::weightsRequested);
    row->addWidget(adjust);
    layout->addLayout(row);
    // The charts themselves are built when this area is first painted: not at start-up.
    m_chartArea = new QWidget(box);
    m_chartArea->setObjectName(u"chartArea"_s);
    m_chartArea->setMinimumHeight(340);
    new QVBoxLayout(m_chartArea);
    m_chartArea->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartArea->installEventFilter(this);
    layout->addWidget(m_chartArea);
    return box;
}

bool HeadToHeadView::selectSummaryRow(const QString &id)
{
    for (int row = 0; row < m_summaryModel->rowCount(); ++row) {
        if (m_summaryModel->index(row, 0).data(Core::IdRole).toString() == id) {
            m_summaryView->selectRow(row);
            m_summaryView->setFocus(Qt::OtherFocusReason);
            const QRect cell = m_summaryView->visualRect(m_summaryModel->index(row, 0));
            ensureVisible(0, m_summaryView->mapTo(widget(), cell.center()).y(), 0, cell.height() * 2);
            return true;
        }
    }
    return false;
}

ScoreCharts *HeadToHeadView::ensureCharts()
{
    if (!m_charts) {
        m_charts = new ScoreCharts(m_pack, m_chartArea);
        m_chartArea->layout()->addWidget(m_charts);
        m_charts->setScoreboard(m_scoreboard->scoreboard());
        m_charts->show();
    }
    return m_charts;
}

QString HeadToHeadView::tallyText() const
{
    // Not a count of the summary's edges: one verdict, the same on every screen.
    const Core::Decision &d = m_scoreboard->decision();
    return Core::VerdictText::recordLine(*m_pack, d) + u" · "_s + Core::VerdictText::scoresLine(*m_pack, d);
}

bool HeadToHeadView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_summaryView && watched == m_summaryView->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    if (watched == m_chartArea && event->type() == QEvent::Paint && !m_charts)
        QTimer::singleShot(0, this, &HeadToHeadView::ensureCharts);
    return QScrollArea::eventFilter(watched, event);
}

QWidget *HeadToHeadView::buildCards(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &c : m_pack->contenders) {
        auto *card = new QFrame(row);
        card->setObjectName(u"card-"_s + c.id);
        card->setFrameShape(QFrame::StyledPanel);
        card->setAccessibleName(c.name);
        auto *cl = new QVBoxLayout(card);
        cl->addWidget(headingLabel(c.name, card, 1.25));
        if (!c.tagline.isEmpty())
            cl->addWidget(plainLabel(c.tagline, card));
        if (!c.licence.isEmpty())
            cl->addWidget(plainLabel(tr("Licence: %1").arg(c.licence), card));
        if (!c.firstRelease.isEmpty())
            cl->addWidget(plainLabel(tr("First release: %1").arg(c.firstRelease), card));
        if (c.homepage.isValid()) {
            auto *link = new QPushButton(c.homepage.host(), card);
            link->setObjectName(u"homepageButton-"_s + c.id);
            link->setFlat(true);
            link->setIcon(QIcon::fromTheme(u"internet-web-browser"_s));
            link->setToolTip(tr("Open %1 in your web browser").arg(c.homepage.toDisplayString()));
            link->setAccessibleName(tr("%1 homepage").arg(c.name));
            const QUrl url = c.homepage;
            connect(link, &QPushButton::clicked, this, [url] {
                if (Core::LinkPolicy::classify(url).kind == Core::LinkPolicy::Kind::External)
                    QDesktopServices::openUrl(url);
            });
            cl->addWidget(link, 0, Qt::AlignLeft);
        }
        cl->addStretch(1);
        layout->addWidget(card, 1);
    }
    return row;
}

QWidget *HeadToHeadView::buildVerdict(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 8, 0, 0);
    const int columns = static_cast<int>(m_pack->contenders.size()) + 1;
    auto *verdict = new QFrame(box);
    verdict->setFrameShape(QFrame::StyledPanel);
    auto *vl = new QVBoxLayout(verdict);
    vl->addWidget(headingLabel(tr("Our verdict"), verdict, 1.15));
    vl->addWidget(plainLabel(m_pack->verdict.summary, verdict, u"verdictSummary"_s));
    auto *talk = new QPushButton(tr("Tell us what you are building…"), verdict);
    talk->setObjectName(u"talkToUsButton"_s);
    connect(talk, &QPushButton::clicked, this, &HeadToHeadView::inquiryRequested);
    vl->addStretch(1);
    vl->addWidget(talk, 0, Qt::AlignLeft);
    grid->addWidget(verdict, 0, 0);
    for (int i = 0; i < m_pack->contenders.size(); ++i) {
        auto *frame = new QFrame(box);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *fl = new QVBoxLayout(frame);
        fl->addWidget(headingLabel(tr("Choose %1 when…").arg(m_pack->contenders[i].name), frame, 1.15));
        for (const QString &item : m_pack->verdict.chooseWhen.value(i))
            fl->addWidget(plainLabel(u"• "_s + item, frame));
        fl->addStretch(1);
        grid->addWidget(frame, 0, i + 1);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    return box;
}

} // namespace Versus::Gui
