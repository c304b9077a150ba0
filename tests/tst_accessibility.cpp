// Every section, as a screen reader and a keyboard-only user meet it: each control a
// user can reach has an accessible name, and Tab reaches every one of them.
#include "core/app/appcontext.h"
#include "core/inquiry/inquirystore.h"
#include "core/settings/settings.h"
#include "testsupport.h"
#include "ui/inquiry/inquiryview.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

namespace {

// What a user can focus in `root` right now.
QList<QWidget *> focusable(QWidget *root)
{
    QList<QWidget *> out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root); // a section can be a scroll area that takes the focus itself
    for (QWidget *w : std::as_const(all)) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            out.append(w);
    }
    return out;
}

QString describe(QWidget *w)
{
    QStringList path;
    for (QObject *o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(u'/');
}

// Keys go where a user's keys go: to the widget with the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// Tab until the widget named `name` has the focus; false if it is never reached.
bool tabTo(const QString &name)
{
    for (int i = 0; i < 60; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
            return true;
        press(Qt::Key_Tab);
    }
    return false;
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyControlHasAName_data() { sectionRows(); }
    void everyControlHasAName() { walk(true); }
    void tabReachesEveryControl_data() { sectionRows(); }
    void tabReachesEveryControl() { walk(false); }
    void keyboardOnly_data() { sectionRows(); }
    void keyboardOnly();
    void savingDoesNotMoveTheFocus();

private:
    static void sectionRows();
    void walk(bool names);
};

void TestAccessibility::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_accessibility"_s);
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    Versus::Test::failOnWarnings();
}

void TestAccessibility::sectionRows()
{
    QTest::addColumn<int>("section");
    for (int s = 0; s < MainWindow::SectionCount; ++s)
        QTest::addRow("%s", qPrintable(MainWindow::sectionName(s))) << s;
}

void TestAccessibility::walk(bool names)
{
    QFETCH(int, section);
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.resize(1280, 800);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showSection(section);
    QWidget *page = w.sectionWidget(section);
    QVERIFY(page);
    QTest::qWait(50); // lazy parts of a section (charts) come after the first paint
    const QList<QWidget *> controls = focusable(page);
    QVERIFY2(controls.size() >= 2, qPrintable(QString::number(controls.size())));

    if (names) {
        QStringList nameless;
        for (QWidget *c : controls) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(c);
            QVERIFY(iface);
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                nameless.append(describe(c));
            // On Linux a screen reader names a combo box by its label (buddy), not by its value.
            if (qobject_cast<QComboBox *>(c) && iface->relations(QAccessible::Label).isEmpty())
                nameless.append(describe(c) + u" (no label)"_s);
            // An icon without words also says what it does when the pointer rests on it.
            if (auto *b = qobject_cast<QAbstractButton *>(c); b && b->text().isEmpty() && b->toolTip().isEmpty())
                nameless.append(describe(c) + u" (no tooltip)"_s);
        }
        QVERIFY2(nameless.isEmpty(), qPrintable(u"no accessible name:\n  "_s + nameless.join(u"\n  "_s)));
        return;
    }

    // Tab from the section's tab bar visits every control of the section, and leaves it.
    auto *tabs = w.findChild<QTabWidget *>(u"sectionTabs"_s);
    QVERIFY(tabs);
    QWidget *bar = tabs->tabBar();
    bar->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), bar);
    QSet<QWidget *> seen;
    for (int i = 0; i < 4 * static_cast<int>(controls.size()) + 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        QVERIFY(f);
        if (f == bar)
            break; // round trip done
        seen.insert(f);
        if (qEnvironmentVariableIsSet("VERSUS_TRACE_FOCUS"))
            qInfo("%s", qPrintable(describe(f)));
    }
    QStringList missed;
    for (QWidget *c : controls) {
        if (!seen.contains(c))
            missed.append(describe(c));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reached by Tab:\n  "_s + missed.join(u"\n  "_s)));
}

// Each section's main task, done with the keyboard alone.
void TestAccessibility::keyboardOnly()
{
    QFETCH(int, section);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Versus::Core::Settings::instance().setValue(Versus::Core::Settings::Key::SendAutomatically, false); // no network
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.resize(1280, 800);
    w.openInitialPack(QString());
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    press(static_cast<Qt::Key>(Qt::Key_1 + section), Qt::ControlModifier);
    QTRY_COMPARE(w.currentSection(), section);
    QWidget *page = w.sectionWidget(section);
    QApplication::clipboard()->clear();

    switch (section) {
    case MainWindow::HeadToHead:
        // From the summary to the weights, and to the inquiry form.
        QVERIFY(tabTo(u"adjustWeightsButton"_s));
        press(Qt::Key_Space);
        QTRY_COMPARE(w.currentSection(), int(MainWindow::Comparison));
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(w.currentSection(), int(MainWindow::HeadToHead));
        QVERIFY(tabTo(u"talkToUsButton"_s));
        press(Qt::Key_Space);
        QTRY_COMPARE(w.currentSection(), int(MainWindow::Inquiry));
        break;
    case MainWindow::Comparison: {
        // Filter, pick a criterion, read it, copy it.
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusName(), u"filterEdit"_s);
        type(u"admin"_s);
        auto *count = page->findChild<QLabel *>(u"countLabel"_s);
        const auto shown = [count] {
            const QStringList words = count->text().split(u' ');
            return std::pair{words.value(1).toInt(), words.value(3).toInt()}; // "Showing N of M"
        };
        QTRY_VERIFY2(shown().first > 0 && shown().first < shown().second, qPrintable(count->text()));
        QVERIFY(tabTo(u"criteriaView"_s));
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        auto *details = page->findChild<QTextBrowser *>(u"detailsView"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"admin"_s, Qt::CaseInsensitive));
        press(Qt::Key_C, Qt::ControlModifier);
        QVERIFY2(QApplication::clipboard()->text().contains(u"admin"_s, Qt::CaseInsensitive),
                 qPrintable(QApplication::clipboard()->text()));
        break;
    }
    case MainWindow::Checklist: {
        // Answer the first question, go on, finish, and hear the verdict.
        QTRY_VERIFY(focusName().startsWith(u"option-"_s));
        press(Qt::Key_Down); // the next option...
        press(Qt::Key_Space); // ...chosen
        press(Qt::Key_Return);
        QTRY_VERIFY(focusName().startsWith(u"option-"_s));
        press(Qt::Key_I, Qt::AltModifier);
        auto *verdict = page->findChild<QLabel *>(u"verdictLabel"_s);
        QTRY_VERIFY(verdict->isVisible());
        QVERIFY(verdict->text().startsWith(u"Verdict: "_s));
        QCOMPARE(focusName(), u"verdictDetails"_s);
        QVERIFY(QApplication::focusWidget()->accessibleDescription().startsWith(verdict->text()));
        QVERIFY(QApplication::focusWidget()->accessibleDescription().contains(u"questions answered"_s));
        break;
    }
    case MainWindow::Faq: {
        // Find a question, read its answer, copy it as Markdown.
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusName(), u"faqFilterEdit"_s);
        type(u"admin"_s);
        QVERIFY(tabTo(u"faqList"_s));
        press(Qt::Key_Down);
        auto *answer = page->findChild<QTextBrowser *>(u"faqAnswer"_s);
        QTRY_VERIFY(!answer->toPlainText().trimmed().isEmpty());
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QApplication::clipboard()->text().contains(u"admin"_s, Qt::CaseInsensitive),
                 qPrintable(QApplication::clipboard()->text()));
        break;
    }
    case MainWindow::Inquiry: {
        // Fill in the form field by field, see a mistake, mend it, submit.
        QVERIFY(tabTo(u"field-name"_s));
        type(u"Ada"_s);
        QVERIFY(tabTo(u"field-email"_s));
        type(u"nope"_s);
        press(Qt::Key_Tab);
        auto *email = page->findChild<QLineEdit *>(u"field-email"_s);
        QVERIFY(email->accessibleDescription().contains(u"not an e-mail address"_s));
        QVERIFY(tabTo(u"field-email"_s));
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"ada@example.org"_s);
        QVERIFY(email->accessibleDescription().isEmpty() || email->accessibleDescription() == u"required"_s);
        QVERIFY(tabTo(u"field-description"_s));
        type(u"An API for a logistics client."_s);
        QVERIFY(tabTo(u"field-consent"_s));
        press(Qt::Key_Space);
        press(Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(rowCount(w.inquiryStore()->outbox()), 1);
        QCOMPARE(w.inquiryStore()->outbox()->first().fields.value(u"email"_s).toString(), u"ada@example.org"_s);
        // What happened is said, not only shown: the status line's name is its message.
        auto *status = page->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(QAccessible::queryAccessibleInterface(status)->text(QAccessible::Name), status->text());
        break;
    }
    default: QFAIL("a section without a keyboard scenario");
    }
}

// A screen reader follows focus events: saving a draft while someone types must not
// send one from the drafts list (it did, each second, when the list was rebuilt). The
// offscreen platform has no accessibility backend to watch, but Qt's item views send
// that event when their current item changes, so that is what must not happen.
void TestAccessibility::savingDoesNotMoveTheFocus()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    press(Qt::Key_5, Qt::ControlModifier);
    auto *view = w.findChild<InquiryView *>();
    QVERIFY(view);
    QVERIFY(tabTo(u"field-name"_s));
    type(u"Ada"_s);
    QVERIFY(view->autosaveNow()); // the first save creates the draft: it joins the list
    auto *drafts = view->findChild<QListWidget *>(u"draftsList"_s);
    QTRY_COMPARE(drafts->count(), 1);
    QSignalSpy currentChanges(drafts->selectionModel(), &QItemSelectionModel::currentChanged);
    for (int i = 0; i < 3; ++i) {
        type(u"x"_s);
        QVERIFY(view->autosaveNow());
    }
    QCOMPARE(focusName(), u"field-name"_s);
    QCOMPARE(currentChanges.size(), 0);
    QCOMPARE(drafts->count(), 1);
    QVERIFY(drafts->item(0)->isSelected()); // the open draft is still marked
    const qint64 first = drafts->item(0)->data(Qt::UserRole).toLongLong();
    // A second draft, then back to the first, which saving moves to the top of the list:
    // going into the list, the open draft is the current one, not the row it had.
    view->findChild<QPushButton *>(u"newDraftButton"_s)->click();
    auto *name = view->findChild<QLineEdit *>(u"field-name"_s);
    name->setText(u"Grace"_s);
    QVERIFY(view->autosaveNow());
    QTRY_COMPARE(drafts->count(), 2);
    QCOMPARE(drafts->item(1)->data(Qt::UserRole).toLongLong(), first);
    drafts->setFocus(); // as when it is chosen in the list: its row becomes current
    drafts->setCurrentRow(1);
    Q_EMIT drafts->itemActivated(drafts->item(1));
    QCOMPARE(name->text(), u"Adaxxx"_s);
    QTest::qWait(5); // saved in a later millisecond than the other draft
    name->setFocus();
    type(u"!"_s);
    QVERIFY(view->autosaveNow());
    QCOMPARE(drafts->item(0)->data(Qt::UserRole).toLongLong(), first);
    drafts->setFocus();
    QTRY_VERIFY(drafts->hasFocus());
    QVERIFY(drafts->currentItem());
    QCOMPARE(drafts->currentItem()->data(Qt::UserRole).toLongLong(), first);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
