#include "core/app/appcontext.h"
#include "testsupport.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/problemspanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void problemWithoutAList();
    void showsEmbeddedPack();
    void sectionsByKeyboard();
    void sectionsAreBuiltLazily();
    void invalidPackFallsBack();
    void brokenPackKeepsOpenPack();
    void opensOtherPackAndRemembersIt();
    void newerPackOpensWithItsWarnings();
    void threeContenders();
    void remembersGeometryAndSection();
    void internalLinksNavigate();
};

void TestMainWindow::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
}

void TestMainWindow::showsEmbeddedPack()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), u"Versus — Django vs FastAPI[*]"_s); // [*]: the modified marker's place
    auto *tabs = w.findChild<QTabWidget *>(u"sectionTabs"_s);
    QVERIFY(tabs);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names.append(tabs->tabText(i));
    QCOMPARE(names, (QStringList{u"Head-to-head"_s, u"Detailed comparison"_s, u"Checklist"_s, u"FAQ"_s, u"Inquiry"_s}));
    QCOMPARE(w.currentSection(), int(MainWindow::HeadToHead));
    auto *h2h = w.findChild<HeadToHeadView *>();
    QVERIFY(h2h);
    QCOMPARE(h2h->tallyText().section(u" · "_s, 0, 0), u"Verdict: Either — it depends"_s); // no answers yet
    QVERIFY(!w.findChild<ProblemsPanel *>()->isVisible());
}

void TestMainWindow::sectionsByKeyboard()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (int s = MainWindow::SectionCount - 1; s >= 0; --s) {
        QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + s), Qt::ControlModifier);
        QTRY_COMPARE(w.currentSection(), s);
        QVERIFY(w.sectionWidget(s)->isVisible());
    }
}

void TestMainWindow::sectionsAreBuiltLazily()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    QVERIFY(!w.findChild<ComparisonView *>());
    QVERIFY(!w.findChild<FaqView *>());
    w.showSection(MainWindow::Comparison);
    QVERIFY(w.findChild<ComparisonView *>());
    QVERIFY(!w.findChild<FaqView *>());
}

void TestMainWindow::invalidPackFallsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"versus-pack/1\", \"id\": \"Bad\"}");
    f.close();
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(path);
    w.show();
    QCOMPARE(w.pack()->id, u"django-vs-fastapi"_s);
    auto *panel = w.findChild<ProblemsPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->findChild<QLabel *>(u"problemsSummary"_s)->text().contains(u"Showing the built-in pack instead"_s));
    const QString problems = panel->problemsText();
    QVERIFY2(problems.contains(path + u":1:35: error: at /id: expected an id"_s), qPrintable(problems));
    QVERIFY(problems.contains(u"missing required key \"title\""_s));
    auto *list = panel->findChild<QPlainTextEdit *>(u"problemsList"_s);
    QVERIFY(list->isReadOnly());
    QVERIFY(list->isVisible());
}

void TestMainWindow::brokenPackKeepsOpenPack()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    w.show();
    QCOMPARE(w.pack()->id, u"tea-vs-coffee"_s);
    const auto before = w.pack();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": ");
    f.close();
    QVERIFY(!w.openPack(path));
    QCOMPARE(w.pack(), before);
    QCOMPARE(w.windowTitle(), u"Versus — Tea vs Coffee[*]"_s);
    auto *panel = w.findChild<ProblemsPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->findChild<QLabel *>(u"problemsSummary"_s)->text().contains(u"The open pack is unchanged"_s));
}

void TestMainWindow::opensOtherPackAndRemembersIt()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.showSection(MainWindow::Faq);
    QVERIFY(w.openPack(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")));
    QCOMPARE(w.windowTitle(), u"Versus — Tea vs Coffee[*]"_s);
    QCOMPARE(w.currentSection(), int(MainWindow::Faq)); // the section stays
    QCOMPARE(QSettings().value(u"packs/recent"_s).toStringList().value(0),
             QFileInfo(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")).absoluteFilePath());
    auto *reload = w.findChild<QAction *>(u"reloadAction"_s);
    QVERIFY(reload->isEnabled());
    reload->trigger();
    QCOMPARE(w.pack()->id, u"tea-vs-coffee"_s);
}

// A pack from a newer Versus with more unknown keys than are listed still opens; the
// panel lists the first 200 and says how many more there are.
void TestMainWindow::newerPackOpensWithItsWarnings()
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    QByteArray keys;
    for (int i = 0; i < 300; ++i)
        keys += "\"x-" + QByteArray::number(i) + "\": 0, ";
    data.insert(data.indexOf('{') + 1, keys);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(w.openPack(path));
    QCOMPARE(w.pack()->id, u"tea-vs-coffee"_s);
    auto *panel = w.findChild<ProblemsPanel *>();
    QVERIFY(panel->isVisible());
    const QStringList lines = panel->problemsText().split(u'\n');
    QCOMPARE(lines.size(), 201);
    QVERIFY2(lines[199].endsWith(u": warning: at /x-199: unknown key \"x-199\" (ignored)"_s), qPrintable(lines[199]));
    QCOMPARE(lines[200], path + u": warning: 100 more warnings not listed"_s);
    // The summary counts all of them, not the lines listed.
    QVERIFY2(panel->findChild<QLabel *>(u"problemsSummary"_s)->text().contains(u"300 warning"_s),
             qPrintable(panel->findChild<QLabel *>(u"problemsSummary"_s)->text()));
}

void TestMainWindow::threeContenders()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"));
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        w.showSection(s);
        QVERIFY(w.sectionWidget(s));
    }
    auto *view = w.findChild<QTreeView *>(u"criteriaView"_s);
    QCOMPARE(view->model()->columnCount(), 8);
    QVERIFY(w.findChild<HeadToHeadView *>()->tallyText().startsWith(u"Verdict: Tea or Cocoa — it depends · "_s));
}

void TestMainWindow::remembersGeometryAndSection()
{
    QSize saved;
    {
        Versus::Core::AppContext app;
        MainWindow w(&app);
        w.openInitialPack(QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(760, 540); // within the offscreen screen (800x600)
        QCoreApplication::processEvents();
        saved = w.size();
        QVERIFY(saved != QSize(1200, 760));
        w.showSection(MainWindow::Checklist);
        w.close();
    }
    Versus::Core::AppContext app;
    MainWindow again(&app);
    again.openInitialPack(QString());
    QCOMPARE(again.currentSection(), int(MainWindow::Checklist));
    QCOMPARE(again.size(), saved);
}

void TestMainWindow::internalLinksNavigate()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    w.showSection(MainWindow::Faq);
    auto *faq = w.findChild<FaqView *>();
    Q_EMIT faq->internalLinkActivated(Versus::Core::ItemKind::Criterion, u"caffeine-dose"_s);
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    QCOMPARE(w.findChild<ComparisonView *>()->currentCriterionId(), u"caffeine-dose"_s);
    Q_EMIT w.findChild<ComparisonView *>()->internalLinkActivated(Versus::Core::ItemKind::Faq, u"when"_s);
    QCOMPARE(w.currentSection(), int(MainWindow::Faq));
}

// A problem said in its summary alone (the database cannot be used) shows no empty list.
void TestMainWindow::problemWithoutAList()
{
    ProblemsPanel panel;
    panel.show();
    panel.showProblems(u"Drafts and the outbox cannot be used"_s, {});
    auto *list = panel.findChild<QPlainTextEdit *>(u"problemsList"_s);
    auto *toggle = panel.findChild<QPushButton *>(u"problemsDetailsButton"_s);
    QVERIFY(!list->isVisible());
    QVERIFY(!toggle->isVisible());
    Versus::Core::Diagnostic d;
    d.file = u"pack.json"_s;
    d.message = u"broken"_s;
    panel.showProblems(u"pack.json could not be opened"_s, {d});
    QVERIFY(list->isVisible());
    QVERIFY(toggle->isVisible());
    QCOMPARE(panel.problemsText(), d.toString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
