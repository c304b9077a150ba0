// The Head-to-head and Detailed comparison sections, driven like a user would.
#include "core/app/appcontext.h"
#include "core/compare/criteriafiltermodel.h"
#include "core/compare/scoreboardmodel.h"
#include "core/compare/scoring.h"
#include "core/compare/tableexport.h"
#include "core/pack/packloader.h"
#include "testsupport.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/comparison/scorecharts.h"
#include "ui/comparison/weightspanel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/safetextbrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

namespace {
const QString minimalPack = QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json");
const QString threePack = QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void filterByTyping();
    void filterByCategoryAndEdge();
    void sortByClickingAHeader();
    void weightsUpdateScoreboardAndCharts();
    void weightsAreRememberedPerPack();
    void exportCsvMatchesExpectedFile();
    void exportMarkdownAndPdf();
    void exportErrorIsShownInline();
    void copySelectedRows();
    void zoomAndPresentationMode();
    void threeContenders();
    void fitsAt1024x640();
    void reportChartKeepsLongCategoryNames();
};

void TestExplorer::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_explorer"_s);
}

void TestExplorer::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
    Dialogs::clearAnswers();
}

void TestExplorer::filterByTyping()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    auto *view = w.findChild<ComparisonView *>();
    QVERIFY(view);
    const int total = static_cast<int>(w.pack()->criteria.size());
    auto *count = view->findChild<QLabel *>(u"countLabel"_s);
    QCOMPARE(count->text(), u"Showing %1 of %1"_s.arg(total));

    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier); // Ctrl+F goes to the filter
    auto *edit = view->findChild<QLineEdit *>(u"filterEdit"_s);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"ADMIN"_s);
    const int shown = view->filterModel()->shownCount();
    QVERIFY(shown > 0 && shown < total);
    QCOMPARE(count->text(), u"Showing %1 of %2"_s.arg(shown).arg(total));
    // Every row shown mentions the word, whatever its case.
    for (const int c : view->filterModel()->shownCriteria()) {
        const auto &criterion = w.pack()->criteria[c];
        QString text = criterion.criterion + criterion.explanation;
        for (const auto &v : criterion.values)
            text += v.text;
        QVERIFY2(text.contains(u"admin"_s, Qt::CaseInsensitive), qPrintable(criterion.id));
    }
    QTest::keyClick(edit, Qt::Key_Escape);
    edit->clear();
    QCOMPARE(view->filterModel()->shownCount(), total);
}

void TestExplorer::filterByCategoryAndEdge()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.showSection(MainWindow::Comparison);
    auto *view = w.findChild<ComparisonView *>();
    auto *edge = view->findChild<QComboBox *>(u"edgeFilterCombo"_s);
    QCOMPARE(edge->itemText(1), u"Where Tea leads"_s);
    edge->setCurrentIndex(edge->findText(u"Ties"_s));
    QCOMPARE(view->countText(), u"Showing 1 of 3"_s);
    edge->setCurrentIndex(0);
    auto *menu = view->findChild<QMenu *>(u"categoryFilterMenu"_s);
    const auto actions = menu->actions();
    auto health = std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->text() == u"Health"_s; });
    QVERIFY(health != actions.end());
    (*health)->trigger();
    QCOMPARE(view->countText(), u"Showing 1 of 3"_s);
    QCOMPARE(view->findChild<QToolButton *>(u"categoryFilterButton"_s)->text(), u"Health"_s);
    // Following a link to a criterion that is filtered out shows it anyway.
    QVERIFY(view->selectCriterion(u"bitterness"_s));
    QCOMPARE(view->currentCriterionId(), u"bitterness"_s);
    QCOMPARE(view->countText(), u"Showing 3 of 3"_s);
}

void TestExplorer::sortByClickingAHeader()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Comparison);
    auto *tree = w.findChild<QTreeView *>(u"criteriaView"_s);
    QHeaderView *header = tree->header();
    const int coffeeRating = 4; // criterion, tea, tea rating, coffee, coffee rating
    const QPoint at(header->sectionViewportPosition(coffeeRating) + header->sectionSize(coffeeRating) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), coffeeRating);
    const QModelIndex taste = tree->model()->index(0, 0).data().toString() == u"Taste"_s ? tree->model()->index(0, 0)
                                                                                         : tree->model()->index(1, 0);
    const QString first = tree->model()->index(0, 0, taste).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    const QString after = tree->model()->index(0, 0, taste).data().toString();
    QVERIFY(first != after);
    QCOMPARE(QStringList({first, after}).join(u','), u"Bitterness,Aroma"_s);
}

void TestExplorer::weightsUpdateScoreboardAndCharts()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *h2h = w.findChild<HeadToHeadView *>();
    ScoreCharts *charts = h2h->ensureCharts();
    QCOMPARE(charts->barValues().size(), 2);
    QVERIFY(qAbs(charts->barValues()[0] - 75.0) < 1e-9); // taste 70, health 80, at equal importance

    w.showSection(MainWindow::Comparison);
    auto *panel = w.findChild<WeightsPanel *>();
    auto *taste = panel->findChild<QSlider *>(u"weightSlider-taste"_s);
    taste->setFocus();
    QTest::keyClick(taste, Qt::Key_Home); // taste counts 0: only health, tea 4/5 and coffee 3/5
    QCOMPARE(w.weights()->values(), (QList<int>{0, 3}));
    QCOMPARE(panel->leaderText(), u"Tea leads with 80.0%"_s);
    auto *scoreboard = panel->scoreboard();
    QCOMPARE(scoreboard->index(1, 1).data().toString(), u"60.0%"_s);
    // The Head-to-head charts follow at once.
    QCOMPARE(charts->barValues(), (QList<double>{80.0, 60.0}));
    const auto radar = charts->radarPoints();
    QCOMPARE(radar.size(), 2);
    QCOMPARE(radar[0].size(), 3); // two categories and the closing point
    QCOMPARE(radar[0][0].y(), 70.0); // the category's score, whatever its importance
    QCOMPARE(radar[0][1].y(), 80.0);

    auto *health = panel->findChild<QSlider *>(u"weightSlider-health"_s);
    health->setFocus();
    QTest::keyClick(health, Qt::Key_Home);
    QCOMPARE(panel->leaderText(), u"No category has any weight"_s);
    panel->findChild<QPushButton *>(u"resetWeightsButton"_s)->click();
    QCOMPARE(w.weights()->values(), (QList<int>{3, 3}));
    QCOMPARE(taste->value(), 3);
    QCOMPARE(h2h->findChild<QLabel *>(u"weightedLeaderLabel"_s)->text(), u"Tea leads with 75.0%"_s);
}

void TestExplorer::weightsAreRememberedPerPack()
{
    {
        Versus::Core::AppContext app;
        MainWindow w(&app);
        w.openInitialPack(minimalPack);
        w.weights()->setWeight(1, 5);
    }
    Versus::Core::AppContext appAgain;
    MainWindow again(&appAgain);
    again.openInitialPack(minimalPack);
    QCOMPARE(again.weights()->values(), (QList<int>{3, 5}));
    QVERIFY(again.openPack(threePack)); // another pack has its own weights (and default importance)
    QCOMPARE(again.weights()->values(), (QList<int>{1, 3}));
}

void TestExplorer::exportCsvMatchesExpectedFile()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.showSection(MainWindow::Comparison);
    auto *view = w.findChild<ComparisonView *>();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"table"_s); // the suffix is added from the chosen format
    Dialogs::pushAnswer(path);
    auto *button = view->findChild<QToolButton *>(u"exportButton"_s);
    const auto actions = button->menu()->actions();
    actions.at(0)->trigger(); // Export as CSV…
    QCOMPARE(Dialogs::pendingAnswers(), 0);
    QCOMPARE(readAll(path + u".csv"_s),
             readAll(QStringLiteral(VERSUS_TEST_DATA "/expected/minimal-default-weights.csv")));
    QVERIFY(w.statusBar()->currentMessage().contains(u"Exported 3 row"_s));

    // Only the rows shown, with the weights in use.
    view->findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"roasted"_s);
    w.weights()->setWeight(0, 5);
    QVERIFY(view->exportTo(dir.filePath(u"filtered.csv"_s)));
    const QList<QByteArray> lines = readAll(dir.filePath(u"filtered.csv"_s)).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last line break
    QVERIFY(lines[1].startsWith("Taste,5,Aroma,"));
}

void TestExplorer::exportMarkdownAndPdf()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.showSection(MainWindow::Comparison);
    auto *view = w.findChild<ComparisonView *>();
    QTemporaryDir dir;
    QVERIFY(view->exportTo(dir.filePath(u"table.md"_s)));
    QVERIFY(readAll(dir.filePath(u"table.md"_s)).contains("| Tea | 75.0% |"));
    QVERIFY(view->exportPdf(dir.filePath(u"table.pdf"_s)));
    const QByteArray pdf = readAll(dir.filePath(u"table.pdf"_s));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 2000);
}

void TestExplorer::exportErrorIsShownInline()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.show();
    w.showSection(MainWindow::Comparison);
    auto *view = w.findChild<ComparisonView *>();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot write /nonexistent/folder/table.csv"_s));
    QVERIFY(!view->exportTo(u"/nonexistent/folder/table.csv"_s));
    auto *error = view->findChild<QLabel *>(u"exportErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"/nonexistent/folder/table.csv"_s));
    QVERIFY(!view->exportTo(u"/tmp/table.xlsx"_s));
    QVERIFY(error->text().contains(u".csv or .md"_s));
}

void TestExplorer::copySelectedRows()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(minimalPack);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Comparison);
    auto *tree = w.findChild<QTreeView *>(u"criteriaView"_s);
    tree->setFocus();
    tree->selectAll();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QStringList lines = mime->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header and three criteria
    QVERIFY(lines[1].contains(u"\tBitterness\t"_s));
    QVERIFY(mime->html().startsWith(u"<table>"_s));
}

void TestExplorer::zoomAndPresentationMode()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tabs = w.findChild<QTabWidget *>(u"sectionTabs"_s);
    const qreal normal = tabs->font().pointSizeF();
    QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(w.zoom(), 120);
    QVERIFY(tabs->font().pointSizeF() > normal);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.zoom(), 100);
    QCOMPARE(tabs->font().pointSizeF(), normal);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(w.zoom(), 90);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);

    QTest::keyClick(&w, Qt::Key_F11);
    QVERIFY(w.isPresentationMode());
    QVERIFY(!w.menuBar()->isVisible());
    QVERIFY(tabs->font().pointSizeF() > normal); // larger type on the projector
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier); // shortcuts still work without the menu bar
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.isPresentationMode());
    QVERIFY(w.menuBar()->isVisible());
    QCOMPARE(tabs->font().pointSizeF(), normal);
}

void TestExplorer::threeContenders()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(threePack);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *charts = w.findChild<HeadToHeadView *>()->ensureCharts();
    QCOMPARE(charts->barValues().size(), 3);
    QCOMPARE(charts->radarPoints().size(), 3);
    w.showSection(MainWindow::Comparison);
    auto *view = w.findChild<ComparisonView *>();
    auto *edge = view->findChild<QComboBox *>(u"edgeFilterCombo"_s);
    QCOMPARE(edge->count(), 5); // any, three contenders, ties
    edge->setCurrentIndex(3); // where Cocoa leads
    QCOMPARE(view->countText(), u"Showing 1 of 4"_s);
    QCOMPARE(w.findChild<WeightsPanel *>()->scoreboard()->rowCount(), 3);
    QVERIFY(
        view->exportText(int(Versus::Core::TableExport::Format::Csv))
            .startsWith(
                u"Category,Weight,Criterion,Tea,Tea rating,Coffee,Coffee rating,Cocoa,Cocoa rating,Edge,Sources"_s));
}

// At 1024x640 every section fits: nothing wider than the window, key controls visible.
void TestExplorer::fitsAt1024x640()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        w.showSection(s);
        QWidget *section = w.sectionWidget(s);
        QTRY_VERIFY(section->isVisible());
        QVERIFY2(section->width() <= w.width(), qPrintable(MainWindow::sectionName(s)));
    }
    w.showSection(MainWindow::Comparison);
    auto *panel = w.findChild<WeightsPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->width() >= 200);
    auto *reset = panel->findChild<QPushButton *>(u"resetWeightsButton"_s);
    QVERIFY(reset->isVisible());
    QVERIFY(reset->mapTo(&w, QPoint(0, reset->height())).y() <= w.height());
}

// The report's chart image: a long category name at the side of the radar stays inside the
// image (it was cut: "cosystem and licensing").
void TestExplorer::reportChartKeepsLongCategoryNames()
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    // Three categories: one name at the top, two at the sides.
    QJsonArray categories = root[u"categories"_s].toArray();
    categories.append(QJsonObject{{u"id"_s, u"ops"_s}, {u"name"_s, u"Operations and administration"_s}});
    root[u"categories"_s] = categories;
    QJsonArray criteria = root[u"criteria"_s].toArray();
    QJsonObject last = criteria.last().toObject();
    last[u"category"_s] = u"ops"_s;
    criteria.replace(criteria.size() - 1, last);
    root[u"criteria"_s] = criteria;
    const auto pack = Versus::Core::PackLoader::loadData(QJsonDocument(root).toJson(), u"long.json"_s).pack;
    QVERIFY(pack);
    const QImage image = ScoreCharts::renderImage(
        pack, Versus::Core::ScoreTable(*pack).score(QList<int>(pack->categories.size(), 3)), QSize(900, 400));
    // No text in the outermost columns of the radar's part of the image: a cut label would touch them.
    for (int y = 0; y < image.height(); ++y) {
        for (const int x : {0, 1, 2}) {
            const QColor c = image.pixelColor(x, y);
            QVERIFY2(c.lightness() > 200, qPrintable(u"a dark pixel at %1,%2"_s.arg(x).arg(y)));
        }
    }
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
