// The start-up floor for Versus's first page: the Head-to-head page of the embedded pack
// (menus, section tabs, headings, contender cards, the word-wrapped summary table, the
// tally, the verdict boxes and the chart area's placeholder) built from plain Qt widgets,
// with none of Versus's code: no pack loader, models, settings, services or translations.
// Its texts come from a tab-separated file that bench_startup writes from the pack, so
// that reading them costs next to nothing. What this program costs over the bare window
// is what Qt itself needs to show that page: fonts, text shaping, layout and painting.
//
// Lines: KIND<TAB>field<TAB>field…, KIND one of T (title), S (subtitle), M (meta line),
// C (contender: name, tagline, licence, first release, homepage host), H (table header
// cells), R (table row cells), Y (tally), V (verdict summary), W (contender index, one
// "choose when" item).
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace {

QLabel *label(const QString &text, QWidget *parent, qreal scale = 0)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (scale > 0) {
        QFont font = parent->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(true);
        l->setFont(font);
    }
    return l;
}

void addMenus(QMainWindow &window)
{
    // The same menus as Versus's, with their shortcuts and theme icons.
    struct Item {
        const char *text;
        const char *icon;
        QKeySequence key;
    };
    const QList<std::pair<const char *, QList<Item>>> menus{
        {"&File",
         {{"&Open Pack…", "document-open", QKeySequence::Open},
          {"Open &Recent", nullptr, {}},
          {"&Reload Pack", "view-refresh", QKeySequence(Qt::Key_F5)},
          {"&New Workshop", "document-new", QKeySequence::New},
          {"Open &Workshop…", nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
          {"&Save Workshop", "document-save", QKeySequence::Save},
          {"Save Workshop &As…", "document-save-as", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
          {"&Export Report…", nullptr, QKeySequence(Qt::CTRL | Qt::Key_E)},
          {"&Print Report…", "document-print", {}},
          {"&Delete All My Data…", nullptr, {}},
          {"&Quit", "application-exit", QKeySequence::Quit}}},
        {"&View",
         {{"Zoom &In", "zoom-in", QKeySequence::ZoomIn},
          {"Zoom &Out", "zoom-out", QKeySequence::ZoomOut},
          {"&Actual Size", "zoom-original", QKeySequence(Qt::CTRL | Qt::Key_0)},
          {"&Presentation Mode", "view-fullscreen", QKeySequence(Qt::Key_F11)},
          {"Head-to-head", nullptr, QKeySequence(Qt::CTRL | Qt::Key_1)},
          {"Detailed comparison", nullptr, QKeySequence(Qt::CTRL | Qt::Key_2)},
          {"Checklist", nullptr, QKeySequence(Qt::CTRL | Qt::Key_3)},
          {"FAQ", nullptr, QKeySequence(Qt::CTRL | Qt::Key_4)},
          {"Inquiry", nullptr, QKeySequence(Qt::CTRL | Qt::Key_5)}}},
        {"&Edit",
         {{"&Search Everything…", "edit-find", QKeySequence(Qt::CTRL | Qt::Key_K)},
          {"Se&ttings…", "preferences-system", QKeySequence(Qt::CTRL | Qt::Key_Comma)}}},
        {"&Help",
         {{"&Keyboard Shortcuts", nullptr, QKeySequence(Qt::CTRL | Qt::Key_Slash)},
          {"&About Versus", nullptr, {}},
          {"About &Qt", nullptr, {}}}}};
    for (const auto &[title, items] : menus) {
        QMenu *menu = window.menuBar()->addMenu(QString::fromUtf8(title));
        for (const Item &item : items) {
            QAction *action = item.icon
                ? menu->addAction(QIcon::fromTheme(QString::fromLatin1(item.icon)), QString::fromUtf8(item.text))
                : menu->addAction(QString::fromUtf8(item.text));
            action->setShortcut(item.key);
        }
    }
}

QWidget *buildPage(const QList<QStringList> &lines, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);
    auto *cards = new QWidget(page);
    auto *cardsLayout = new QHBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    auto *table = new QTableWidget(page);
    auto *verdict = new QWidget(page);
    auto *grid = new QGridLayout(verdict);
    QList<QVBoxLayout *> chooseWhen;
    QString tally;
    for (const QStringList &f : lines) {
        const QString kind = f.value(0);
        if (kind == u'T')
            layout->addWidget(label(f.value(1), page, 1.6));
        else if (kind == u'S' || kind == u'M')
            layout->addWidget(label(f.value(1), page));
        else if (kind == u'C') {
            auto *card = new QFrame(cards);
            card->setFrameShape(QFrame::StyledPanel);
            auto *cl = new QVBoxLayout(card);
            cl->addWidget(label(f.value(1), card, 1.25));
            cl->addWidget(label(f.value(2), card));
            cl->addWidget(label(QStringLiteral("Licence: ") + f.value(3), card));
            cl->addWidget(label(QStringLiteral("First release: ") + f.value(4), card));
            auto *link = new QPushButton(f.value(5), card);
            link->setFlat(true);
            link->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
            cl->addWidget(link, 0, Qt::AlignLeft);
            cl->addStretch(1);
            cardsLayout->addWidget(card, 1);
            auto *frame = new QFrame(verdict);
            frame->setFrameShape(QFrame::StyledPanel);
            chooseWhen.append(new QVBoxLayout(frame));
            chooseWhen.constLast()->addWidget(label(QStringLiteral("Choose %1 when…").arg(f.value(1)), frame, 1.15));
            grid->addWidget(frame, 0, static_cast<int>(chooseWhen.size()));
        } else if (kind == u'H') {
            table->setColumnCount(static_cast<int>(f.size() - 1));
            table->setHorizontalHeaderLabels(f.mid(1));
        } else if (kind == u'R') {
            const int row = table->rowCount();
            table->insertRow(row);
            for (int c = 1; c < f.size(); ++c)
                table->setItem(row, c - 1, new QTableWidgetItem(f[c]));
        } else if (kind == u'Y')
            tally = f.value(1);
        else if (kind == u'V') {
            auto *frame = new QFrame(verdict);
            frame->setFrameShape(QFrame::StyledPanel);
            auto *vl = new QVBoxLayout(frame);
            vl->addWidget(label(QStringLiteral("Our verdict"), frame, 1.15));
            vl->addWidget(label(f.value(1), frame));
            vl->addStretch(1);
            vl->addWidget(new QPushButton(QStringLiteral("Tell us what you are building…"), frame), 0, Qt::AlignLeft);
            grid->addWidget(frame, 0, 0);
        } else if (kind == u'W')
            chooseWhen.value(f.value(1).toInt())->addWidget(label(QStringLiteral("• ") + f.value(2), verdict));
    }
    layout->addWidget(cards);
    layout->addWidget(label(QStringLiteral("Summary"), page, 1.2));
    table->setWordWrap(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(table->columnCount() - 1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    layout->addWidget(label(tally, page));
    layout->addWidget(verdict);
    for (QVBoxLayout *l : chooseWhen)
        l->addStretch(1);
    // The weighted scores' heading and the charts' reserved place (Versus builds the
    // charts after the first paint).
    auto *scores = new QHBoxLayout;
    scores->addWidget(label(QStringLiteral("Weighted scores"), page, 1.15));
    scores->addWidget(label(QStringLiteral("Django leads with 84.2%"), page), 1);
    scores->addWidget(new QPushButton(QStringLiteral("Adjust &weights…"), page));
    layout->addLayout(scores);
    auto *charts = new QWidget(page);
    charts->setMinimumHeight(340);
    layout->addWidget(charts);
    layout->addStretch(1);
    // Once the columns have their widths, the rows take the height of their text and the
    // table shows them all, as Versus's summary does (after the header has settled).
    auto *fit = new QTimer(table);
    fit->setSingleShot(true);
    fit->setInterval(0);
    QObject::connect(fit, &QTimer::timeout, table, [table] {
        table->resizeRowsToContents();
        int height = table->horizontalHeader()->height();
        for (int r = 0; r < table->rowCount(); ++r)
            height += table->rowHeight(r);
        table->setFixedHeight(height + 2 * table->frameWidth());
    });
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, fit, qOverload<>(&QTimer::start));
    return scroll;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    QFile file(args.value(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: bare_page TEXTS.tsv\n");
        return 2;
    }
    QList<QStringList> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QString::fromUtf8(line).split(u'\t'));
    }
    QMainWindow window;
    window.resize(1200, 760);
    addMenus(window);
    auto *tabs = new QTabWidget(&window);
    tabs->setDocumentMode(true);
    tabs->addTab(buildPage(lines, tabs), QStringLiteral("Head-to-head"));
    for (const char *name : {"Detailed comparison", "Checklist", "FAQ", "Inquiry"})
        tabs->addTab(new QWidget(tabs), QString::fromLatin1(name));
    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Built-in pack: Django vs FastAPI (version 2026.11.1)"));
    if (!qEnvironmentVariableIsSet("BARE_PAGE_STAY")) // set it to look at the page
        new Versus::Gui::FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
