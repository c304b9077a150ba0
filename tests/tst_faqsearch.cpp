// The FAQ section and the Ctrl+K search, driven from the keyboard.
#include "core/app/appcontext.h"
#include "core/compare/roles.h"
#include "core/search/searchresultsmodel.h"
#include "testsupport.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/faq/faqview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/safetextbrowser.h"
#include "ui/widgets/searchpopup.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

class TestFaqSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchOpensTheItem();
    void searchEscapeGoesBack();
    void searchSuggestsAWord();
    void searchReachesEveryKind_data();
    void searchReachesEveryKind();
    void faqFilterAndChips();
    void faqExpandCollapseCopy();
    void faqInternalLinks();
};

void TestFaqSearch::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_faqsearch"_s);
}

void TestFaqSearch::init()
{
    Versus::Test::failOnWarnings();
}

void TestFaqSearch::searchOpensTheItem()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    auto *popup = w.findChild<SearchPopup *>();
    QVERIFY(popup && popup->isVisible());
    auto *edit = popup->findChild<QLineEdit *>(u"searchEdit"_s);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"pydantik hints"_s); // a typo, and two words
    auto *results = popup->findChild<QTreeView *>(u"searchResults"_s);
    QVERIFY(popup->results()->hitCount() > 0);
    // Walk down to the FAQ hit about type hints, then open it with Enter.
    bool found = false;
    for (int i = 0; i < 40 && !found; ++i) {
        found = results->currentIndex().data(Versus::Core::SearchResultsModel::IdRole).toString() == u"type-hints"_s;
        if (!found)
            QTest::keyClick(edit, Qt::Key_Down);
    }
    QVERIFY(found);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(w.currentSection(), int(MainWindow::Faq));
    QCOMPARE(w.findChild<FaqView *>()->currentEntryId(), u"type-hints"_s);
}

void TestFaqSearch::searchEscapeGoesBack()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Comparison);
    auto *tree = w.findChild<QTreeView *>(u"criteriaView"_s);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    auto *popup = w.findChild<SearchPopup *>();
    QTest::keyClicks(popup->findChild<QLineEdit *>(u"searchEdit"_s), u"admin"_s);
    QTest::keyClick(popup->findChild<QLineEdit *>(u"searchEdit"_s), Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    QTRY_VERIFY(tree->hasFocus());
}

// A word the pack does not use, one typo from one it does: found anyway, and "Did you mean"
// offers the word; following the offer searches for it.
void TestFaqSearch::searchSuggestsAWord()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    auto *popup = w.findChild<SearchPopup *>();
    auto *edit = popup->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *suggestion = popup->findChild<QLabel *>(u"searchSuggestion"_s);
    QVERIFY(suggestion && !suggestion->isVisible());
    QTest::keyClicks(edit, u"celary"_s);
    QTRY_VERIFY(suggestion->isVisible());
    QVERIFY2(suggestion->text().contains(u"celery"_s), qPrintable(suggestion->text()));
    QCOMPARE(popup->results()->firstHit().data(Versus::Core::SearchResultsModel::IdRole).toString(),
             u"background-jobs"_s); // the FAQ entry whose alias is "celery"
    Q_EMIT suggestion->linkActivated(u"#suggestion"_s); // a click on the word
    QCOMPARE(edit->text(), u"celery"_s);
    QVERIFY(!suggestion->isVisible());
    QVERIFY(popup->results()->hitCount() >= 2);
}

void TestFaqSearch::searchReachesEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("section");
    QTest::addRow("criterion") << u"criterion"_s << u"admin-panel"_s << int(MainWindow::Comparison);
    QTest::addRow("summary") << u"summary"_s << u"admin"_s << int(MainWindow::HeadToHead);
    QTest::addRow("faq") << u"faq"_s << u"fastapi-admin"_s << int(MainWindow::Faq);
    QTest::addRow("question") << u"question"_s << u"admin-needed"_s << int(MainWindow::Checklist);
}

void TestFaqSearch::searchReachesEveryKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(int, section);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openSearch();
    auto *popup = w.findChild<SearchPopup *>();
    popup->setQuery(u"admin"_s);
    auto *results = popup->findChild<QTreeView *>(u"searchResults"_s);
    QModelIndex target;
    for (int g = 0; g < popup->results()->rowCount() && !target.isValid(); ++g) {
        const QModelIndex group = popup->results()->index(g, 0);
        for (int r = 0; r < popup->results()->rowCount(group); ++r) {
            const QModelIndex hit = popup->results()->index(r, 0, group);
            if (hit.data(Versus::Core::SearchResultsModel::KindRole).toString() == kind
                && hit.data(Versus::Core::SearchResultsModel::IdRole).toString() == id)
                target = hit;
        }
    }
    QVERIFY(target.isValid());
    results->scrollTo(target);
    const QRect rect = results->visualRect(target);
    QVERIFY2(rect.isValid() && results->viewport()->rect().contains(rect.center()), "the hit is on screen");
    QSignalSpy dbl(results, &QAbstractItemView::doubleClicked);
    // A double click is a click followed by a second press that the system reports as double.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dbl.count(), 1);
    QVERIFY(!popup->isVisible());
    QCOMPARE(w.currentSection(), section);
    if (kind == u"criterion"_s)
        QCOMPARE(w.findChild<ComparisonView *>()->currentCriterionId(), id);
    if (kind == u"summary"_s) {
        auto *table = w.findChild<QTableView *>(u"summaryView"_s);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data(Versus::Core::IdRole).toString(), id);
    }
}

void TestFaqSearch::faqFilterAndChips()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Faq);
    auto *faq = w.findChild<FaqView *>();
    const int all = faq->shownEntries();
    QCOMPARE(all, w.pack()->faq.size());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *filter = faq->findChild<QLineEdit *>(u"faqFilterEdit"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"WEBSOCKETS"_s);
    const int shown = faq->shownEntries();
    QVERIFY(shown > 0 && shown < all);
    // The current answer holds the word, and it is marked.
    auto *answer = faq->findChild<SafeTextBrowser *>(u"faqAnswer"_s);
    QVERIFY(answer->toPlainText().contains(u"websocket"_s, Qt::CaseInsensitive));
    QVERIFY(!answer->extraSelections().isEmpty());
    filter->clear();
    auto *chip = faq->findChild<QToolButton *>(u"tagChip-security"_s);
    QVERIFY(chip);
    chip->click();
    const int security = faq->shownEntries();
    QVERIFY(security > 0 && security < all);
    for (const auto &entry : w.pack()->faq) {
        if (entry.id == faq->currentEntryId())
            QVERIFY(entry.tags.contains(u"security"_s));
    }
    faq->findChild<QToolButton *>(u"tagChip-all"_s)->click();
    QCOMPARE(faq->shownEntries(), all);
}

void TestFaqSearch::faqExpandCollapseCopy()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Faq);
    auto *faq = w.findChild<FaqView *>();
    auto *tree = faq->findChild<QTreeView *>(u"faqList"_s);
    faq->findChild<QToolButton *>(u"collapseAllButton"_s)->click();
    QVERIFY(!tree->isExpanded(tree->model()->index(0, 0)));
    faq->findChild<QToolButton *>(u"expandAllButton"_s)->click();
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QVERIFY(faq->selectEntry(u"when"_s));
    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), u"## When should I drink it?\n\nIn the morning.\n"_s);
    QCOMPARE(mime->data(u"text/markdown"_s), QByteArray("## When should I drink it?\n\nIn the morning.\n"));
}

void TestFaqSearch::faqInternalLinks()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    w.show();
    w.showSection(MainWindow::Faq);
    auto *faq = w.findChild<FaqView *>();
    QVERIFY(faq->selectEntry(u"which"_s));
    auto *answer = faq->findChild<SafeTextBrowser *>(u"faqAnswer"_s);
    Q_EMIT answer->anchorClicked(QUrl(u"versus:faq/when"_s)); // a click on the link in the answer
    QCOMPARE(faq->currentEntryId(), u"when"_s);
    Q_EMIT answer->anchorClicked(QUrl(u"versus:criterion/aroma"_s));
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    QCOMPARE(w.findChild<ComparisonView *>()->currentCriterionId(), u"aroma"_s);
}

QTEST_MAIN(TestFaqSearch)
#include "tst_faqsearch.moc"
