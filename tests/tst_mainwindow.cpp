#include "core/app/appcontext.h"
#include "core/pack/packwatcher.h"
#include "core/workshop/workshopsession.h"
#include "testsupport.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/mainwindow.h"
#include "ui/report/report.h"
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
#include <QTextDocument>
#include <QTreeView>

#include <cstdio>

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
    void reloadsWhenTheFileChanges();
    void initialPackShowsItsWarnings();
    void problemOpensInTheEditor();
    void publisherIsShown();
};

namespace {

// As editors save: the new text goes to a file beside it, which is renamed over the old one.
void saveByRename(const QString &path, const QByteArray &data)
{
    const QString temporary = path + u".swp"_s;
    QFile f(temporary);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(temporary));
    f.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        qFatal("cannot rename %s", qPrintable(temporary));
}

QByteArray minimalPack()
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read minimal.json");
    return in.readAll();
}

} // namespace

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

// The open pack's file changes (saved by rename): the newer text is shown at once, the
// section, selection, answers, weights and notes stay; a broken save keeps the pack open.
void TestMainWindow::reloadsWhenTheFileChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.json"_s);
    const QByteArray original = minimalPack();
    saveByRename(path, original);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.packWatcher()->setSettleDelay(0);
    w.openInitialPack(path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Comparison);
    auto *comparison = w.findChild<ComparisonView *>();
    QVERIFY(comparison->selectCriterion(u"aroma"_s));
    w.session()->setNote(u"aroma"_s, u"Ask the client"_s);
    w.session()->setAnswer(0, Versus::Core::Answer::choose(1));
    w.weights()->setWeight(1, 5);

    QByteArray newer = original;
    newer.replace("\"Floral\"", "\"Flowery\"");
    saveByRename(path, newer);
    QTRY_COMPARE(w.pack()->criteria[1].values[0].text, u"Flowery"_s);
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    comparison = w.findChild<ComparisonView *>();
    QCOMPARE(comparison->currentCriterionId(), u"aroma"_s);
    QCOMPARE(w.session()->note(u"aroma"_s), u"Ask the client"_s);
    QCOMPARE(w.session()->model().answer(0), Versus::Core::Answer::choose(1));
    QCOMPARE(w.weights()->weight(1), 5);
    QVERIFY(w.session()->isModified());

    const auto before = w.pack();
    saveByRename(path, "{\"format\": \"versus-pack/1\",");
    auto *panel = w.findChild<ProblemsPanel *>();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->findChild<QLabel *>(u"problemsSummary"_s)->text().contains(u"The open pack is unchanged"_s));
    QVERIFY2(panel->problemsText().contains(u"is not closed"_s), qPrintable(panel->problemsText()));
    QCOMPARE(w.pack(), before);

    QByteArray withWarning = newer;
    withWarning.replace("\"language\": \"en\",", "\"language\": \"en\", \"tagLine\": \"x\",");
    saveByRename(path, withWarning);
    QTRY_VERIFY(w.pack() != before);
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->problemsText().contains(u"unknown key \"tagLine\""_s), qPrintable(panel->problemsText()));
    saveByRename(path, newer);
    QTRY_VERIFY(!panel->isVisible()); // nothing left to say
}

void TestMainWindow::initialPackShowsItsWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.json"_s);
    QByteArray data = minimalPack();
    data.replace("\"language\": \"en\",", "\"language\": \"en\", \"tagLine\": \"x\",");
    saveByRename(path, data);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(path);
    w.show();
    auto *panel = w.findChild<ProblemsPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->problemsText().contains(u"unknown key \"tagLine\""_s));
}

// $VISUAL is the editor: the problem opens at its line and column.
void TestMainWindow::problemOpensInTheEditor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.json"_s);
    QByteArray data = minimalPack();
    data.replace("\"language\": \"en\",", "\"language\": \"en\", \"tagLine\": \"x\",");
    saveByRename(path, data);
    const QString editor = dir.filePath(u"editor.sh"_s);
    const QString record = dir.filePath(u"opened.txt"_s);
    saveByRename(editor,
                 "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.tmp\" && mv \"$0.tmp\" " + QFile::encodeName(record) + "\n");
    QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray visual = qgetenv("VISUAL");
    qputenv("VISUAL", QFile::encodeName(editor));
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(path);
    w.show();
    auto *panel = w.findChild<ProblemsPanel *>();
    auto *button = panel->findChild<QPushButton *>(u"problemsOpenInEditorButton"_s);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Open in &Editor at 8:21"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(record));
    QFile opened(record);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(opened.readAll()), u"+8\n"_s + path + u'\n');
    if (visual.isNull())
        qunsetenv("VISUAL");
    else
        qputenv("VISUAL", visual);
}

// The publisher on the Head-to-head page and the inquiry form; none for the built-in pack.
void TestMainWindow::publisherIsShown()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *neutral = w.sectionWidget(MainWindow::HeadToHead)->findChild<QWidget *>(u"publisherBadge"_s);
    QVERIFY(neutral && !neutral->isVisible());
    QVERIFY(w.openPack(QStringLiteral(VERSUS_TEST_DATA "/packs/branded.json")));
    for (const int section : {int(MainWindow::HeadToHead), int(MainWindow::Inquiry)}) {
        w.showSection(section);
        auto *badge = w.sectionWidget(section)->findChild<QWidget *>(u"publisherBadge"_s);
        QVERIFY2(badge, qPrintable(MainWindow::sectionName(section)));
        QTRY_VERIFY(badge->isVisible());
        QVERIFY(badge->findChild<QLabel *>(u"publisherName"_s)->text().contains(u"Example Consulting"_s));
        QCOMPARE(badge->findChild<QLabel *>(u"publisherContact"_s)->text(), u"hello@example.org · +44 20 7946 0000"_s);
        const QLabel *logo = badge->findChild<QLabel *>(u"publisherLogo"_s);
        QVERIFY(logo->isVisible());
        QCOMPARE(logo->pixmap().deviceIndependentSize().height(), 40.0);
    }
    // The PDF's document carries the logo drawn, and names the publisher.
    const auto doc = Report(*w.session()).document();
    QVERIFY(!doc->resource(QTextDocument::ImageResource, QUrl(u"versus-report:logo"_s)).value<QImage>().isNull());
    QVERIFY(doc->toPlainText().contains(u"Example Consulting"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
