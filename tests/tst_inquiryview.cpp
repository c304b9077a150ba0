// The Inquiry section, driven by keyboard and mouse against a real local server.
#include "core/app/appcontext.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/settings/settings.h"
#include "httptestserver.h"
#include "testsupport.h"
#include "ui/inquiry/inquiryview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Versus::Gui;
using namespace Qt::StringLiterals;

class TestInquiryView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void inlineValidation();
    void naturalTabOrder();
    void autosaveSurvivesRestart();
    void draftsNewRenameDeleteUndo();
    void submitSends();
    void submitOfflineIsKept();
    void needsAttentionThenEditAndResend();
    void anotherInstanceSends();
    void deleteAllMyData();
    void droppedSectionSavesFirst();

private:
    InquiryView *open(MainWindow &w);
    static void fill(InquiryView *view, const QString &email = u"ada@example.org"_s);
};

void TestInquiryView::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_inquiryview"_s);
}

void TestInquiryView::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
    Dialogs::clearAnswers();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

InquiryView *TestInquiryView::open(MainWindow &w)
{
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return nullptr;
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    return w.findChild<InquiryView *>();
}

void TestInquiryView::fill(InquiryView *view, const QString &email)
{
    view->findChild<QLineEdit *>(u"field-name"_s)->setText(u"Ada"_s);
    view->findChild<QLineEdit *>(u"field-email"_s)->setText(email);
    view->findChild<QPlainTextEdit *>(u"field-description"_s)->setPlainText(u"An ML inference API."_s);
    view->findChild<QCheckBox *>(u"field-consent"_s)->setChecked(true);
}

void TestInquiryView::inlineValidation()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    QVERIFY(view);
    auto *submit = view->findChild<QPushButton *>(u"submitButton"_s);
    QVERIFY(!submit->isEnabled()); // required fields are empty
    auto *email = view->findChild<QLineEdit *>(u"field-email"_s);
    auto *error = view->findChild<QLabel *>(u"error-email"_s);
    QVERIFY(!error->isVisible()); // nothing shown before the field is touched
    email->setFocus();
    QTest::keyClicks(email, u"ada@"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"not an e-mail address"_s));
    QVERIFY(email->accessibleDescription().contains(u"not an e-mail address"_s)); // and told to screen readers
    QTest::keyClicks(email, u"example.org"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(view->findChild<QLabel *>(u"counter-email"_s)->text(), u"15 / 254"_s);
    auto *name = view->findChild<QLineEdit *>(u"field-name"_s);
    QTest::keyClicks(name, QString(121, u'n'));
    QVERIFY(view->findChild<QLabel *>(u"error-name"_s)->text().contains(u"at most 120"_s));
    name->setText(u"Ada"_s);
    view->findChild<QPlainTextEdit *>(u"field-description"_s)->setPlainText(u"x"_s);
    QVERIFY(!submit->isEnabled()); // consent still missing
    view->findChild<QCheckBox *>(u"field-consent"_s)->setChecked(true);
    QVERIFY(submit->isEnabled());
    // Required fields are marked, and the labels are the fields' buddies.
    bool marked = false;
    for (QLabel *label : view->findChildren<QLabel *>()) {
        if (label->text() == u"Name *"_s) {
            marked = true;
            QCOMPARE(label->buddy(), static_cast<QWidget *>(name));
        }
    }
    QVERIFY(marked);
}

void TestInquiryView::naturalTabOrder()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    auto *first = view->findChild<QWidget *>(u"field-name"_s);
    QTRY_COMPARE(QApplication::focusWidget(), first); // the keyboard starts in the form
    QStringList order;
    for (int i = 0; i < 10; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order,
             (QStringList{u"field-name"_s, u"field-email"_s, u"field-company"_s, u"field-role"_s,
                          u"field-project-type"_s, u"field-timeline"_s, u"field-budget"_s, u"field-description"_s,
                          u"field-contact"_s, u"field-consent"_s}));
}

void TestInquiryView::autosaveSurvivesRestart()
{
    {
        Versus::Core::AppContext app;
        MainWindow w(&app);
        w.openInitialPack(QString());
        InquiryView *view = open(w);
        view->setAutosaveDelay(0); // the injectable delay: no real second to wait
        QTest::keyClicks(view->findChild<QLineEdit *>(u"field-name"_s), u"Grace"_s);
        QTRY_VERIFY(view->currentDraft().has_value());
        QTest::keyClicks(view->findChild<QPlainTextEdit *>(u"field-description"_s), u"COBOL to Python"_s);
        QTest::qWait(0);
        // The window goes without a word, as after a crash: what was saved is what counts.
    }
    Versus::Core::AppContext appAgain;
    MainWindow again(&appAgain);
    again.openInitialPack(QString());
    InquiryView *view = open(again);
    QCOMPARE(view->findChild<QLineEdit *>(u"field-name"_s)->text(), u"Grace"_s);
    QCOMPARE(view->findChild<QPlainTextEdit *>(u"field-description"_s)->toPlainText(), u"COBOL to Python"_s);
}

void TestInquiryView::draftsNewRenameDeleteUndo()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    view->findChild<QLineEdit *>(u"field-name"_s)->setText(u"First"_s);
    QVERIFY(view->autosaveNow());
    const qint64 first = *view->currentDraft();
    view->findChild<QPushButton *>(u"newDraftButton"_s)->click();
    QVERIFY(view->findChild<QLineEdit *>(u"field-name"_s)->text().isEmpty());
    view->findChild<QLineEdit *>(u"field-name"_s)->setText(u"Second"_s);
    QVERIFY(view->autosaveNow());
    auto *list = view->findChild<QListWidget *>(u"draftsList"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(view->openDraft(first));
    QCOMPARE(view->findChild<QLineEdit *>(u"field-name"_s)->text(), u"First"_s);
    Dialogs::pushAnswer(u"Kept for later"_s);
    view->findChild<QPushButton *>(u"renameDraftButton"_s)->click();
    QVERIFY(list->item(0)->text().startsWith(u"Kept for later"_s)
            || list->item(1)->text().startsWith(u"Kept for later"_s));
    view->findChild<QPushButton *>(u"deleteDraftButton"_s)->click();
    QCOMPARE(list->count(), 1);
    auto *undo = view->findChild<QPushButton *>(u"undoDeleteButton"_s);
    QVERIFY(undo->isVisible());
    undo->click();
    QCOMPARE(list->count(), 2);
    QCOMPARE(view->findChild<QLineEdit *>(u"field-name"_s)->text(), u"First"_s);
}

void TestInquiryView::submitSends()
{
    TestHttpServer server;
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    app.setEndpointOverride(server.url());
    InquiryView *view = open(w);
    fill(view);
    view->autosaveNow();
    QVERIFY(view->currentDraft());
    QVERIFY(view->submit());
    QTRY_COMPARE(view->statusText(), u"Sent. Thank you: we will be in touch."_s);
    QCOMPARE(server.stored.size(), 1);
    const QJsonObject fields = QJsonDocument::fromJson(server.requests.first().body).object()[u"fields"_s].toObject();
    QCOMPARE(fields[u"email"_s].toString(), u"ada@example.org"_s);
    QVERIFY(fields[u"consent"_s].toBool());
    QVERIFY(view->findChild<QLineEdit *>(u"field-name"_s)->text().isEmpty()); // a fresh form
    QCOMPARE(view->findChild<QListWidget *>(u"draftsList"_s)->count(), 0); // the draft became the inquiry
}

void TestInquiryView::submitOfflineIsKept()
{
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    app.setEndpointOverride(QUrl(u"http://127.0.0.1:%1/inquiries"_s.arg(closed)));
    InquiryView *view = open(w);
    fill(view);
    QVERIFY(view->submit());
    QTRY_COMPARE(view->statusText(), u"Saved: it will be sent when a connection is available."_s);
    auto *table = view->findChild<QTableView *>(u"outboxView"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(table->model()->index(0, 2).data().toString(), u"Waiting to be sent"_s);
    QVERIFY(!table->model()->index(0, 5).data().toString().isEmpty()); // the last error says why
}

void TestInquiryView::needsAttentionThenEditAndResend()
{
    TestHttpServer server;
    server.respond = [](const ReceivedRequest &) {
        return TestHttpServer::status(400, R"({"message": "this address cannot receive mail"})");
    };
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    app.setEndpointOverride(server.url());
    InquiryView *view = open(w);
    fill(view, u"ada@example.invalid"_s);
    QVERIFY(view->submit());
    QTRY_VERIFY(view->statusText().contains(u"this address cannot receive mail"_s));
    auto *table = view->findChild<QTableView *>(u"outboxView"_s);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"Needs attention"_s);
    table->selectRow(0);
    auto *resend = view->findChild<QPushButton *>(u"resendButton"_s);
    QVERIFY(resend->isEnabled());
    resend->click();
    QCOMPARE(view->findChild<QLineEdit *>(u"field-email"_s)->text(), u"ada@example.invalid"_s);
    server.respond = nullptr;
    view->findChild<QLineEdit *>(u"field-email"_s)->setText(u"ada@example.org"_s);
    QVERIFY(view->submit());
    QTRY_COMPARE(view->statusText(), u"Sent. Thank you: we will be in touch."_s);
    QCOMPARE(table->model()->rowCount(), 1); // the same inquiry, not a second one
    QVERIFY(server.requests.first().idempotencyKey != server.requests.last().idempotencyKey); // new content, new key
}

void TestInquiryView::anotherInstanceSends()
{
    // Another Versus holds the sender's lock.
    Versus::Core::InquiryStore other;
    QVERIFY_RESULT(other.open());
    Versus::Core::Outbox otherOutbox(&other);
    QVERIFY(otherOutbox.becomeSender());
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    auto *banner = view->findChild<QLabel *>(u"senderBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"Another Versus window is sending"_s));
    fill(view);
    QVERIFY(view->submit()); // still queued here
    QTRY_COMPARE(view->statusText(), u"Saved: it will be sent when a connection is available."_s);
    QCOMPARE(rowCount(other.outbox()), 1);
}

void TestInquiryView::deleteAllMyData()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    fill(view);
    QVERIFY(view->autosaveNow());
    QVERIFY(w.tokenStore());
    w.tokenStore()->save(u"s3cret"_s);
    Dialogs::pushAnswer(false);
    QVERIFY(!w.deleteAllData()); // asked, and declined
    QCOMPARE(rowCount(w.inquiryStore()->drafts()), 1);
    QCOMPARE(w.tokenStore()->token(), u"s3cret"_s);
    const QPointer<InquiryView> before = view;
    Dialogs::pushAnswer(true);
    QVERIFY(w.deleteAllData());
    QVERIFY(before.isNull()); // the section was deleted at once, not left for later
    QCOMPARE(rowCount(w.inquiryStore()->drafts()), 0);
    QCOMPARE(rowCount(w.inquiryStore()->outbox()), 0);
    QVERIFY(w.tokenStore()->token().isEmpty());
}

// A section rebuilt (here by a language switch) saves what was typed before it goes,
// without waiting for the autosave timer, and is gone before the call returns.
void TestInquiryView::droppedSectionSavesFirst()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    InquiryView *view = open(w);
    view->setAutosaveDelay(60 * 60 * 1000); // the timer never fires in this test
    QTest::keyClicks(view->findChild<QLineEdit *>(u"field-name"_s), u"Hedy"_s);
    QCOMPARE(rowCount(w.inquiryStore()->drafts()), 0);
    const QPointer<InquiryView> before = view;
    Versus::Core::Settings::instance().setValue(Versus::Core::Settings::Key::Language, u"de"_s);
    QTRY_VERIFY(before.isNull()); // the language change arrives as an event
    const auto drafts = w.inquiryStore()->drafts();
    QVERIFY(drafts.ok());
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().fields.value(u"name"_s).toString(), u"Hedy"_s);
    Versus::Core::Settings::instance().setValue(Versus::Core::Settings::Key::Language, u"en"_s);
}

QTEST_MAIN(TestInquiryView)
#include "tst_inquiryview.moc"
