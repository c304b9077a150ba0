// The pack library in the window: the start page, File › Library, remove and undo, and the
// offer to add a pack opened from elsewhere.
#include "core/app/appcontext.h"
#include "core/pack/packlibrary.h"
#include "testsupport.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Versus::Gui;
using namespace Versus::Core;
using namespace Qt::StringLiterals;

class TestLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noStartPageWithAnEmptyLibrary();
    void startPageOpensAPack();
    void libraryRemovesWithUndo();
    void offersToAddAPackFromElsewhere();
};

void TestLibrary::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_library"_s);
}

void TestLibrary::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
    QDir(PackLibrary::userFolder()).removeRecursively();
}

void TestLibrary::noStartPageWithAnEmptyLibrary()
{
    AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(!w.findChild<QWidget *>(u"startPage"_s));
    QVERIFY(w.findChild<QTabWidget *>(u"sectionTabs"_s)->isVisible());
}

void TestLibrary::startPageOpensAPack()
{
    QVERIFY(
        PackLibrary::add(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"), PackLibrary::userFolder()));
    AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *start = w.findChild<QWidget *>(u"startPage"_s);
    QVERIFY(start);
    QVERIFY(start->isVisible());
    QVERIFY(!w.findChild<QTabWidget *>(u"sectionTabs"_s)->isVisible());
    auto *list = start->findChild<QTreeWidget *>(u"libraryList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1).count(u", "_s), 2); // three contenders
    QTest::mouseClick(start->findChild<QPushButton *>(u"libraryOpenButton"_s), Qt::LeftButton);
    QCOMPARE(w.pack()->contenders.size(), 3);
    QTRY_VERIFY(!w.findChild<QWidget *>(u"startPage"_s));
    QVERIFY(w.findChild<QTabWidget *>(u"sectionTabs"_s)->isVisible());
    // A pack from the library is in it already: nothing to offer.
    QVERIFY(!w.findChild<QPushButton *>(u"addToLibraryButton"_s)
            || !w.findChild<QPushButton *>(u"addToLibraryButton"_s)->isVisible());
}

void TestLibrary::libraryRemovesWithUndo()
{
    const auto added
        = PackLibrary::add(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"), PackLibrary::userFolder());
    QVERIFY(added);
    AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QTest::mouseClick(w.findChild<QPushButton *>(u"startPageBuiltInButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!w.findChild<QWidget *>(u"startPage"_s));
    w.findChild<QAction *>(u"libraryAction"_s)->trigger();
    auto *dialog = w.findChild<QDialog *>(u"libraryDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *view = dialog->findChild<LibraryView *>();
    auto *list = view->findChild<QTreeWidget *>(u"libraryList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Tea vs Coffee"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Tea, Coffee"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"1.0"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"none"_s);
    QTest::mouseClick(view->findChild<QPushButton *>(u"libraryRemoveButton"_s), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!QFile::exists(*added));
    auto *undo = view->findChild<QPushButton *>(u"libraryUndoButton"_s);
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(QFile::exists(*added));
    QCOMPARE(list->topLevelItemCount(), 1);
    QTest::mouseClick(view->findChild<QPushButton *>(u"libraryOpenButton"_s), Qt::LeftButton);
    QCOMPARE(w.pack()->id, u"tea-vs-coffee"_s);
    QTRY_VERIFY(!w.findChild<QDialog *>(u"libraryDialog"_s));
}

void TestLibrary::offersToAddAPackFromElsewhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"client-pack.json"_s);
    QVERIFY(QFile::copy(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"), path));
    AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(w.openPack(path));
    auto *offer = w.findChild<QPushButton *>(u"addToLibraryButton"_s);
    QVERIFY(offer);
    QVERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY(QFile::exists(PackLibrary::userFolder() + u"/client-pack.json"_s));
    QVERIFY(!offer->isVisible());
    QCOMPARE(PackLibrary::scan({}).size(), 1);
}

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
