// The Checklist wizard, workshops and reports, driven like a user would.
#include "core/app/appcontext.h"
#include "core/verdict/verdicttext.h"
#include "core/workshop/workshop.h"
#include "testsupport.h"
#include "ui/checklist/checklistview.h"
#include "ui/checklist/sensitivitychart.h"
#include "ui/comparison/comparisonview.h"
#include "ui/inquiry/inquiryview.h"
#include "ui/mainwindow.h"
#include "ui/report/report.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/problemspanel.h"
#include "ui/widgets/safetextbrowser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

namespace {
const QString verdictPackPath = QStringLiteral(VERSUS_TEST_DATA "/packs/verdict.json");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestChecklist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void walkTheWizardByKeyboard();
    void branchingChangesTheCount();
    void resultShowsReasonsAndChanges();
    void resultFitsASmallWindow();
    void answersSurviveSectionSwitch();
    void talkToUsAttachesOnlyWhenAgreed();
    void workshopRoundTripThroughTheMenu();
    void unsavedChangesAsk();
    void workshopForAnotherPack();
    void autosaveIsRestored();
    void notesBelongToTheWorkshop();
    void recordTheDecisionByKeyboard();
    void reports_data();
    void reports();
    void verdictTextIsTheSameEverywhere_data();
    void verdictTextIsTheSameEverywhere();

private:
    static void answer(MainWindow &w, const QString &question, const QString &option);
    QTemporaryDir m_dir;
};

void TestChecklist::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_checklist"_s);
}

void TestChecklist::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
    Dialogs::clearAnswers();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestChecklist::answer(MainWindow &w, const QString &question, const QString &option)
{
    w.showSection(MainWindow::Checklist);
    auto *view = w.findChild<ChecklistView *>();
    QVERIFY(view->showQuestion(question));
    auto *button = view->findChild<QAbstractButton *>(u"option-"_s + option);
    QVERIFY2(button, qPrintable(option));
    button->click();
}

void TestChecklist::walkTheWizardByKeyboard()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    auto *view = w.findChild<ChecklistView *>();
    auto *progress = view->findChild<QLabel *>(u"progressLabel"_s);
    QCOMPARE(progress->text(), u"Question 1 of 3"_s);
    // q1: the first choice has the focus; Space picks it (A); that opens q2.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"option-a"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(progress->text(), u"Question 1 of 4"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next
    QCOMPARE(progress->text(), u"Question 2 of 4"_s);
    // q2: Down moves to "No"; Return goes on.
    QTRY_VERIFY(QApplication::focusWidget()->objectName() == u"option-yes"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"option-no"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // q3 (several answers): Space ticks M1, Tab to M3 and tick it too.
    QCOMPARE(progress->text(), u"Question 3 of 4"_s);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"option-m1"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"option-m3"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // q4, the last: Alt+B goes back and Alt+N forward again, then Return finishes.
    QCOMPARE(progress->text(), u"Question 4 of 4"_s);
    // A mnemonic "animates" the button's click: it lands a moment later.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(progress->text(), u"Question 3 of 4"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(progress->text(), u"Question 4 of 4"_s);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"option-p"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // P
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(view->isShowingResult());
    // q2 = no needs a caffeine dose of 2, which Xeno lacks: Ypsilon is the only one left.
    QCOMPARE(view->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Verdict: Ypsilon"_s);

    // Save the workshop with Ctrl+S.
    const QString path = m_dir.filePath(u"walk.json"_s);
    Dialogs::pushAnswer(path);
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(Dialogs::pendingAnswers(), 0);
    const auto saved = Versus::Core::WorkshopFile::load(path);
    QVERIFY(saved.workshop);
    QCOMPARE(saved.workshop->answers.value(u"q1"_s), QStringList{u"a"_s});
    QCOMPARE(saved.workshop->answers.value(u"q2"_s), QStringList{u"no"_s});
    QCOMPARE(saved.workshop->answers.value(u"q3"_s), (QStringList{u"m1"_s, u"m3"_s}));
    QCOMPARE(saved.workshop->answers.value(u"q4"_s), QStringList{u"p"_s});
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().contains(u"walk.json"_s));
}

void TestChecklist::branchingChangesTheCount()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    answer(w, u"q1"_s, u"b"_s);
    auto *view = w.findChild<ChecklistView *>();
    QCOMPARE(view->findChild<QLabel *>(u"progressLabel"_s)->text(), u"Question 1 of 3"_s);
    answer(w, u"q1"_s, u"a"_s);
    QCOMPARE(view->findChild<QLabel *>(u"progressLabel"_s)->text(), u"Question 1 of 4"_s);
    view->next();
    QCOMPARE(view->currentQuestion(), 1); // q2 is asked now
    answer(w, u"q1"_s, u"dont-know"_s);
    view->next();
    QCOMPARE(view->currentQuestion(), 2); // and skipped again
}

void TestChecklist::resultShowsReasonsAndChanges()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.show();
    answer(w, u"q1"_s, u"a"_s);
    auto *view = w.findChild<ChecklistView *>();
    view->finish();
    auto *details = view->findChild<SafeTextBrowser *>(u"verdictDetails"_s);
    const QString text = details->toPlainText();
    QVERIFY(text.contains(u"+8.8 points toward Xeno: First? — A"_s));
    QVERIFY(text.contains(u"If Taste mattered 4 instead of 5, the verdict would be Either — it depends."_s));
    QVERIFY(text.contains(u"What would change it"_s));
    QVERIFY(text.contains(u"the verdict would be"_s));
    QVERIFY(text.contains(u"Choose Xeno when"_s));
    QCOMPARE(view->findChild<QLabel *>(u"scoresLabel"_s)->text(),
             u"Xeno 65.0% · Ypsilon 51.3% · 2 of 4 questions answered"_s.replace(u"2 of"_s, u"1 of"_s));
    const auto *chart = view->findChild<SensitivityChart *>(u"sensitivityChart"_s);
    QVERIFY(chart);
    QCOMPARE(chart->sensitivity().size(), 2);
    QCOMPARE(chart->sensitivity()[0].holdsFrom, 5);
    // A reason links to its criteria in the Detailed comparison.
    Q_EMIT details->anchorClicked(QUrl(u"versus:criterion/bitterness"_s));
    QCOMPARE(w.currentSection(), int(MainWindow::Comparison));
    QCOMPARE(w.findChild<ComparisonView *>()->currentCriterionId(), u"bitterness"_s);
}

// At 1024×640, the result page with the sensitivity chart (a row per category of the
// embedded pack) and the decision form below fits the window; the chart scrolls, whole.
void TestChecklist::resultFitsASmallWindow()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showSection(MainWindow::Checklist);
    auto *view = w.findChild<ChecklistView *>();
    view->finish();
    const auto *chart = view->findChild<SensitivityChart *>(u"sensitivityChart"_s);
    QVERIFY(chart);
    QCOMPARE(chart->sensitivity().size(), 14);
    QTRY_COMPARE(w.size(), QSize(1024, 640)); // the page's minimum does not force a larger window
    QVERIFY(view->minimumSizeHint().height() <= view->height());
    QCOMPARE(chart->height(), chart->sizeHint().height()); // every row drawn
    auto *scroll = view->findChild<QScrollArea *>(u"sensitivityScroll"_s);
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(const_cast<SensitivityChart *>(chart), 0, 0);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // it does not fit, so it scrolls
}

void TestChecklist::answersSurviveSectionSwitch()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    answer(w, u"q4"_s, u"r"_s);
    w.showSection(MainWindow::Faq);
    w.showSection(MainWindow::Checklist);
    auto *view = w.findChild<ChecklistView *>();
    QVERIFY(view->showQuestion(u"q4"_s));
    QVERIFY(view->findChild<QAbstractButton *>(u"option-r"_s)->isChecked());
    QVERIFY(w.isWindowModified());
}

void TestChecklist::talkToUsAttachesOnlyWhenAgreed()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    answer(w, u"q4"_s, u"r"_s);
    auto *view = w.findChild<ChecklistView *>();
    view->finish();
    view->findChild<QPushButton *>(u"talkToUsButton"_s)->click();
    QCOMPARE(w.currentSection(), int(MainWindow::Inquiry));
    auto *description = w.findChild<InquiryView *>()->findChild<QPlainTextEdit *>(u"field-details"_s);
    QVERIFY(description);
    QVERIFY(description->toPlainText().isEmpty()); // not without consent
    w.showSection(MainWindow::Checklist);
    view->findChild<QCheckBox *>(u"attachVerdictCheck"_s)->setChecked(true);
    view->findChild<QPushButton *>(u"talkToUsButton"_s)->click();
    QVERIFY(description->toPlainText().contains(u"Checklist verdict for Verdict test: Ypsilon"_s));
}

void TestChecklist::workshopRoundTripThroughTheMenu()
{
    const QString path = m_dir.filePath(u"round.json"_s);
    {
        Versus::Core::AppContext app;
        MainWindow w(&app);
        w.openInitialPack(verdictPackPath);
        answer(w, u"q1"_s, u"a"_s);
        answer(w, u"q3"_s, u"m2"_s);
        w.weights()->setWeight(0, 5);
        QVERIFY(w.saveWorkshopAs(path));
    }
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    QVERIFY(w.openWorkshop(path));
    QCOMPARE(w.session()->model().answer(0), Versus::Core::Answer::choose(0));
    QCOMPARE(w.session()->model().answer(2), Versus::Core::Answer::choose(1));
    QCOMPARE(w.weights()->weight(0), 5);
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.session()->filePath(), path);
    // A broken file is reported and changes nothing.
    QFile broken(m_dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"versus-workshop/1\", \"answers\": 3}");
    broken.close();
    QVERIFY(!w.openWorkshop(broken.fileName()));
    QVERIFY(w.findChild<ProblemsPanel *>()->problemsText().contains(u"missing required key \"pack\""_s));
    QCOMPARE(w.session()->model().answer(0), Versus::Core::Answer::choose(0));
}

void TestChecklist::unsavedChangesAsk()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    answer(w, u"q1"_s, u"a"_s);
    Dialogs::pushAnswer(int(QMessageBox::Cancel));
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    Dialogs::pushAnswer(int(QMessageBox::Save));
    Dialogs::pushAnswer(m_dir.filePath(u"on-close.json"_s));
    QVERIFY(w.close());
    QVERIFY(QFile::exists(m_dir.filePath(u"on-close.json"_s)));
    QCOMPARE(Dialogs::pendingAnswers(), 0);
}

void TestChecklist::workshopForAnotherPack()
{
    Versus::Core::Workshop other;
    other.packId = u"django-vs-fastapi"_s;
    other.answers = {{u"q1"_s, {u"b"_s}}, {u"project-type"_s, {u"api-backend"_s}}};
    const QString path = m_dir.filePath(u"other.json"_s);
    QVERIFY(Versus::Core::WorkshopFile::save(path, other).ok());
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.show();
    QVERIFY(w.openWorkshop(path));
    const QString problems = w.findChild<ProblemsPanel *>()->problemsText();
    QVERIFY(problems.contains(u"made with the pack \"django-vs-fastapi\""_s));
    QVERIFY(problems.contains(u"no question \"project-type\""_s));
    QCOMPARE(w.session()->model().answer(0), Versus::Core::Answer::choose(1)); // what matched was kept
    QVERIFY(w.session()->filePath().isEmpty()); // saving will not overwrite the other pack's file
}

void TestChecklist::autosaveIsRestored()
{
    {
        Versus::Core::AppContext app;
        MainWindow w(&app);
        w.openInitialPack(verdictPackPath);
        w.workshop()->setAutosaveDelay(0); // the injectable delay: no real second to wait
        answer(w, u"q4"_s, u"p"_s);
        QTRY_VERIFY(QFile::exists(Versus::Core::WorkshopController::autosavePath(u"verdict-test"_s)));
        // The window goes away without asking, as in a crash.
        Dialogs::pushAnswer(int(QMessageBox::Discard));
        w.session()->setModified(false);
    }
    Versus::Core::AppContext appAgain;
    MainWindow again(&appAgain);
    again.openInitialPack(verdictPackPath);
    QCOMPARE(again.session()->model().answer(3), Versus::Core::Answer::choose(0));
    QVERIFY(again.isWindowModified());
    Dialogs::clearAnswers();
}

// The decision taken, beside the verdict: reached by its mnemonics, stored in the workshop
// as it is typed (so undo in a field is undone there too), autosaved, and shown again.
void TestChecklist::recordTheDecisionByKeyboard()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.workshop()->setAutosaveDelay(0);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    answer(w, u"q1"_s, u"a"_s);
    auto *view = w.findChild<ChecklistView *>();
    view->finish();
    auto *differs = view->findChild<QLabel *>(u"decisionDiffersLabel"_s);
    QVERIFY(differs->isHidden());

    QTest::keyClick(&w, Qt::Key_C, Qt::AltModifier);
    auto *chosen = view->findChild<QComboBox *>(u"chosenOptionCombo"_s);
    QTRY_VERIFY(chosen->hasFocus());
    QCOMPARE(chosen->currentText(), u"Not decided yet"_s);
    QTest::keyClick(chosen, Qt::Key_Down);
    QCOMPARE(w.session()->decision().chosen, u"x"_s);
    QVERIFY(differs->isHidden()); // Xeno is the verdict
    QTest::keyClick(chosen, Qt::Key_Down);
    QCOMPARE(w.session()->decision().chosen, u"y"_s);
    QVERIFY(differs->isVisible());
    QCOMPARE(differs->text(), u"This differs from the computed verdict: Xeno."_s);

    QTest::keyClick(&w, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(view->findChild<QComboBox *>(u"decisionStatusCombo"_s)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(&w, Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"decisionMakersEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Ana Ribeiro, Bo"_s);
    QTest::keyClick(&w, Qt::Key_B, Qt::AltModifier);
    auto *reason = view->findChild<QLineEdit *>(u"decisionReasonEdit"_s);
    QTRY_VERIFY(reason->hasFocus());
    QTest::keyClicks(reason, u"the team runs it"_s);
    QTest::keyClicks(reason, u" already"_s);
    QCOMPARE(w.session()->decision().reason, u"the team runs it already"_s);
    QTest::keyClick(reason, Qt::Key_Z, Qt::ControlModifier); // undo in the field is undone in the workshop
    QVERIFY(reason->text() != u"the team runs it already"_s);
    QCOMPARE(w.session()->decision().reason, reason->text());
    QTest::keyClicks(reason, u"!"_s);

    const Versus::Core::DecisionRecord d = w.session()->decision();
    QCOMPARE(d.status, Versus::Core::DecisionRecord::Status::Accepted);
    QCOMPARE(d.decisionMakers, (QStringList{u"Ana Ribeiro"_s, u"Bo"_s}));
    QCOMPARE(d.date, w.session()->date());
    QVERIFY(w.isWindowModified());
    const QString autosave = Versus::Core::WorkshopController::autosavePath(u"verdict-test"_s);
    QTRY_VERIFY(readText(autosave).contains(u"\"decisionMakers\""_s));
    const auto saved = Versus::Core::WorkshopFile::load(autosave);
    QVERIFY(saved.workshop);
    QCOMPARE(saved.workshop->decision, d);

    // A workshop opened later brings its own decision into the form.
    Versus::Core::Workshop other = w.session()->toWorkshop();
    other.decision.chosen = u"x"_s;
    other.decision.reason = u"cheaper"_s;
    QVERIFY(w.session()->apply(other).isEmpty());
    QCOMPARE(chosen->currentText(), u"Xeno"_s);
    QCOMPARE(reason->text(), u"cheaper"_s);
    QVERIFY(differs->isHidden());
    w.session()->setModified(false);
}

void TestChecklist::notesBelongToTheWorkshop()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.showSection(MainWindow::Comparison);
    auto *comparison = w.findChild<ComparisonView *>();
    QVERIFY(comparison->selectCriterion(u"aroma"_s));
    auto *notes = comparison->findChild<QPlainTextEdit *>(u"notesEdit"_s);
    QTest::keyClicks(notes, u"Smells matter here"_s);
    QCOMPARE(w.session()->note(u"aroma"_s), u"Smells matter here"_s);
    QVERIFY(comparison->selectCriterion(u"bitterness"_s));
    QVERIFY(notes->toPlainText().isEmpty());
    QVERIFY(comparison->selectCriterion(u"aroma"_s));
    QCOMPARE(notes->toPlainText(), u"Smells matter here"_s);
    QCOMPARE(w.session()->toWorkshop().notes.value(u"aroma"_s), u"Smells matter here"_s);
}

void TestChecklist::reports_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addRow("markdown") << u"md"_s;
    QTest::addRow("html") << u"html"_s;
    QTest::addRow("pdf") << u"pdf"_s;
}

void TestChecklist::reports()
{
    QFETCH(QString, suffix);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    answer(w, u"q1"_s, u"a"_s);
    answer(w, u"q4"_s, u"dont-know"_s);
    w.session()->setClient(u"Ada <Lovelace>"_s, u"AE & Co"_s);
    w.session()->setNote(u"aroma"_s, u"A *note* with [markup](javascript:x)"_s);
    const QString path = m_dir.filePath(u"report."_s + suffix);
    Dialogs::pushAnswer(path);
    QVERIFY(w.exportReport());
    QString text;
    if (suffix == u"pdf"_s) {
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(p.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
        // pdftotext writes ligatures as such ("ﬁ"): compare what a reader sees.
        text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    } else if (suffix == u"html"_s) {
        const QString html = readText(path);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        // Self-contained: the only image is inline, nothing is loaded from outside.
        static const QRegularExpression sources(u"(src|href)=\"([^\"]*)\""_s);
        for (auto it = sources.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == u"src"_s)
                QVERIFY2(m.captured(2).startsWith(u"data:image/png;base64,"_s), qPrintable(m.captured(2).left(40)));
        }
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(html.contains(u"Ada &lt;Lovelace&gt;"_s)); // escaped
        QTextDocument doc;
        doc.setHtml(html);
        text = doc.toPlainText();
    } else {
        text = readText(path);
        // The MADR layout, in order.
        qsizetype at = 0;
        for (const QString &heading :
             {u"## Context and Problem Statement"_s, u"## Decision Drivers"_s, u"## Considered Options"_s,
              u"## Decision Outcome"_s, u"## Pros and Cons of the Options"_s}) {
            const qsizetype next = text.indexOf(heading, at);
            QVERIFY2(next > at, qPrintable(heading));
            at = next;
        }
        QVERIFY(text.contains(u"A \\*note\\* with \\[markup\\](javascript:x)"_s)); // no live Markdown from a note
    }
    // Every format holds the same essentials.
    QVERIFY2(text.contains(QRegularExpression(u"(^|\\n)\\s*Verdict: Xeno\\s*(\\n|$)"_s)), qPrintable(text.left(600)));
    for (const QString &needle :
         {u"Verdict test"_s, u"tie margin"_s, u"Sensitivity"_s, u"First?"_s, u"Last?"_s, u"Xeno"_s, u"Ypsilon"_s,
          u"note"_s, u"A tea book"_s, u"toward Xeno"_s, u"would be"_s, u"Ada"_s})
        QVERIFY2(text.contains(needle), qPrintable(needle));
    QVERIFY(text.contains(QDate::currentDate().toString(Qt::ISODate))
            || text.contains(QString::number(QDate::currentDate().year())));
}

void TestChecklist::verdictTextIsTheSameEverywhere_data()
{
    QTest::addColumn<QStringList>("answers"); // question=option
    QTest::addRow("one answer") << QStringList{u"q1=a"_s};
    QTest::addRow("several answers") << QStringList{u"q1=a"_s, u"q2=no"_s, u"q3=m3"_s};
    QTest::addRow("no answer") << QStringList{};
}

void TestChecklist::verdictTextIsTheSameEverywhere()
{
    QFETCH(QStringList, answers);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(verdictPackPath);
    w.show();
    for (const QString &a : answers)
        answer(w, a.section(u'=', 0, 0), a.section(u'=', 1));
    w.showSection(MainWindow::Checklist);
    auto *view = w.findChild<ChecklistView *>();
    view->finish();
    const QString page = view->findChild<SafeTextBrowser *>(u"verdictDetails"_s)->toPlainText();

    const Report report(*w.session());
    const auto &model = report.model();
    const QString markdown = report.markdown();
    QTextDocument htmlDoc;
    htmlDoc.setHtml(report.html());
    const QString html = htmlDoc.toPlainText();
    QCOMPARE(view->findChild<QLabel *>(u"verdictLabel"_s)->text(), model.verdictLine);
    QVERIFY(markdown.contains(u'\n' + model.verdictLine + u'\n'));
    QVERIFY(html.contains(model.verdictLine));

    const auto plain = [](const QString &s) {
        return s;
    };
    QStringList expected;
    for (const auto &reason : model.reasons) {
        expected.append(reason.text());
        if (!reason.criterionNames.isEmpty())
            expected.append(Versus::Core::VerdictText::seeAlso(reason.criterionNames, plain));
    }
    if (model.reasons.isEmpty())
        expected.append(Versus::Core::VerdictText::noReasons());
    expected.append(model.changes);
    if (model.changes.isEmpty())
        expected.append(Versus::Core::VerdictText::noChanges());
    QCOMPARE(expected.isEmpty(), false);
    for (const QString &text : std::as_const(expected)) {
        QVERIFY2(page.contains(text), qPrintable(u"result page: "_s + text));
        QVERIFY2(html.contains(text), qPrintable(u"HTML: "_s + text));
        QVERIFY2(markdown.contains(text), qPrintable(u"Markdown: "_s + text));
    }
}

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
