// Preferences, the language and theme they switch, the shortcuts list and About.
#include "core/app/appcontext.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/tokenstore.h"
#include "core/settings/appstate.h"
#include "core/settings/settings.h"
#include "httptestserver.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Versus;
using namespace Versus::Gui;
using namespace Qt::StringLiterals;

namespace {

void choose(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

QStringList menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

// Runs `check` on the modal dialog that `open` shows, then closes it.
template <typename Open, typename Check> void inModal(Open open, Check check)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal) {
            seen = true;
            check(modal);
            modal->close();
        }
    });
    open();
    QVERIFY(seen);
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changesApplyAtOnce();
    void schemaMigration();
    void valuesOutOfRangeAreRefused();
    void windowStateAndRecentPacks();
    void languageSwitchesWithoutRestart();
    void themes();
    void restoreDefaults();
    void inquirySettings();
    void formatBecomesTheProfile();
    void testButtonShowsTheAnswer();
    void shortcutsAreListedAndDistinct();
    void aboutNamesThePack();
};

void TestSettings::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_settings"_s);
}

void TestSettings::init()
{
    Versus::Test::failOnWarnings();
    QSettings().clear();
    installTranslations(u"en"_s);
}

void TestSettings::cleanup()
{
    installTranslations(u"en"_s);
    applyTheme(Core::Settings::Theme::System);
}

void TestSettings::changesApplyAtOnce()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SettingsDialog dialog(Core::Settings::instance(), nullptr, &w);
    dialog.show();
    auto *zoom = dialog.findChild<QSpinBox *>(u"zoomSpin"_s);
    QVERIFY(zoom);
    zoom->setValue(150);
    QCOMPARE(Core::Settings::instance().zoom(), 150);
    QCOMPARE(w.zoom(), 150); // the open window follows, no OK needed
    QCOMPARE(QSettings().value(u"display/zoom"_s).toInt(), 150); // and it is remembered
    auto *age = dialog.findChild<QSpinBox *>(u"sourceAgeSpin"_s);
    QVERIFY(age);
    age->setValue(6);
    QCOMPARE(Core::Settings::instance().sourceMaxAgeMonths(), 6);
}

void TestSettings::schemaMigration()
{
    {
        QSettings file; // as a hand-edited or older file may have them
        file.setValue(u"display/zoom"_s, 9999);
        file.setValue(u"display/theme"_s, u"purple"_s);
        file.setValue(u"inquiry/format"_s, u"xml"_s);
        file.setValue(u"display/sourceMaxAgeMonths"_s, 6);
        file.setValue(u"privacy/sentRetentionDays"_s, u"soon"_s);
    }
    Core::Settings settings;
    QCOMPARE(settings.zoom(), 100); // unreadable values read as their defaults...
    QCOMPARE(settings.theme(), Core::Settings::Theme::System);
    settings.migrate();
    QSettings file;
    QCOMPARE(file.value(u"settings/version"_s).toInt(), Core::Settings::schemaVersion);
    QVERIFY(!file.contains(u"display/zoom"_s)); // ...and migrate() removes them
    QVERIFY(!file.contains(u"display/theme"_s));
    QVERIFY(!file.contains(u"inquiry/format"_s));
    QVERIFY(!file.contains(u"privacy/sentRetentionDays"_s));
    QCOMPARE(file.value(u"display/sourceMaxAgeMonths"_s).toInt(), 6); // a good value stays
    QCOMPARE(settings.sourceMaxAgeMonths(), 6);
    // A file from a newer Versus is read as well as it can be, and never rewritten.
    file.setValue(u"settings/version"_s, Core::Settings::schemaVersion + 1);
    file.setValue(u"display/zoom"_s, 9999);
    file.setValue(u"display/newThing"_s, u"x"_s);
    settings.migrate();
    QCOMPARE(file.value(u"display/zoom"_s).toInt(), 9999);
    QCOMPARE(file.value(u"settings/version"_s).toInt(), Core::Settings::schemaVersion + 1);
    QCOMPARE(settings.zoom(), 100);
}

void TestSettings::languageSwitchesWithoutRestart()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(menuTitles(w).value(0), u"&File"_s);
    auto *tabs = w.findChild<QTabWidget *>(u"sectionTabs"_s);
    QCOMPARE(tabs->tabText(1), u"Detailed comparison"_s);
    SettingsDialog dialog(Core::Settings::instance(), nullptr, &w);
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(language);
    choose(language, u"de"_s);
    QTRY_COMPARE(menuTitles(w).value(0), u"&Datei"_s);
    QVERIFY(tabs->tabText(1) != u"Detailed comparison"_s);
    // The dialog itself is in German now, and still shows the choice.
    QCOMPARE(language->currentData().toString(), u"de"_s);
    QVERIFY(dialog.findChild<QTabWidget *>()->tabText(0) != u"Display"_s);
    // Qt's own strings too (qt6-translations-l10n): the dialog's standard buttons.
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text().remove(u'&'), u"Schließen"_s);
    // The menus are replaced, not added to: one action per shortcut, four menus, and the
    // state they showed is kept (the built-in pack cannot be reloaded).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(w.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly).size(), 4);
    int settingsActions = 0;
    for (QAction *a : w.actions())
        settingsActions += a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma) ? 1 : 0;
    QCOMPARE(settingsActions, 1);
    QVERIFY(!w.findChild<QAction *>(u"reloadAction"_s)->isEnabled());
    // Presenting while the language changes: Escape still ends it.
    w.findChild<QAction *>(u"presentationAction"_s)->trigger();
    QVERIFY(w.isPresentationMode());
    choose(language, u"en"_s);
    QTRY_COMPARE(menuTitles(w).value(0), u"&File"_s);
    QCOMPARE(tabs->tabText(1), u"Detailed comparison"_s);
    QVERIFY(w.findChild<QAction *>(u"presentationAction"_s)->isChecked());
    dialog.close();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.isPresentationMode());
}

void TestSettings::themes()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SettingsDialog dialog(Core::Settings::instance(), nullptr, &w);
    auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    QVERIFY(theme);
    w.showSection(MainWindow::Inquiry);
    auto *error = w.findChild<QLabel *>(u"error-email"_s);
    QVERIFY(error);
    choose(theme, u"dark"_s);
    QCOMPARE(Core::Settings::instance().theme(), Core::Settings::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    // Problems stay readable: a light red on the dark background...
    QTRY_VERIFY(error->palette().color(QPalette::WindowText).lightness() > 150); // (widgets learn it later)
    choose(theme, u"light"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 100);
    QTRY_VERIFY(error->palette().color(QPalette::WindowText).lightness() < 128); // ...a dark red on light
    QVERIFY(error->palette().color(QPalette::WindowText).red() > error->palette().color(QPalette::WindowText).green());
}

void TestSettings::restoreDefaults()
{
    SettingsDialog dialog(Core::Settings::instance(), nullptr);
    auto *zoom = dialog.findChild<QSpinBox *>(u"zoomSpin"_s);
    auto *automatic = dialog.findChild<QCheckBox *>(u"sendAutomaticallyCheck"_s);
    QVERIFY(zoom && automatic);
    zoom->setValue(170);
    automatic->setChecked(false);
    QCOMPARE(Core::Settings::instance().sendAutomatically(), false);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(Core::Settings::instance().zoom(), 100);
    QCOMPARE(Core::Settings::instance().sendAutomatically(), true);
    QCOMPARE(zoom->value(), 100); // and the dialog shows them
    QVERIFY(automatic->isChecked());
}

void TestSettings::inquirySettings()
{
    SettingsDialog dialog(Core::Settings::instance(), nullptr);
    auto *endpoint = dialog.findChild<QLineEdit *>(u"endpointEdit"_s);
    auto *note = dialog.findChild<QLabel *>(u"endpointNote"_s);
    auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
    QVERIFY(endpoint && note && format);
    // Plain http to another machine is refused, and the note says why while typing.
    endpoint->setText(u"http://example.org/inquiries"_s);
    QVERIFY2(note->text().contains(u"https"_s), qPrintable(note->text()));
    endpoint->setText(u"https://example.org/inquiries"_s);
    QVERIFY(!note->text().contains(u"https"_s));
    Q_EMIT endpoint->editingFinished();
    QCOMPARE(Core::Settings::instance().endpointUrl(), QUrl(u"https://example.org/inquiries"_s));
    QVERIFY(!Core::Settings::instance().deliveryProfile()); // the pack's, until chosen
    choose(format, u"form"_s);
    QCOMPARE(Core::Settings::instance().deliveryProfile()->format, Core::InquiryFormat::Form);
    auto *shape = dialog.findChild<QComboBox *>(u"shapeCombo"_s);
    auto *auth = dialog.findChild<QComboBox *>(u"authCombo"_s);
    auto *header = dialog.findChild<QLineEdit *>(u"authHeaderEdit"_s);
    auto *extras = dialog.findChild<QPlainTextEdit *>(u"extraFieldsEdit"_s);
    QVERIFY(shape && auth && header && extras);
    QVERIFY(shape->isHidden()); // only a webhook has a shape
    QVERIFY(!extras->isHidden());
    extras->setPlainText(u"_subject=New inquiry\n\nbroken line\n_cc = team@example.org"_s);
    QCOMPARE(
        Core::Settings::instance().deliveryProfile()->extraFields,
        (QList<std::pair<QString, QString>>{{u"_subject"_s, u"New inquiry"_s}, {u"_cc"_s, u"team@example.org"_s}}));
    // A Make webhook: flat, its API key in x-make-apikey.
    choose(format, u"webhook"_s);
    QVERIFY(!shape->isHidden());
    QVERIFY(header->isHidden());
    choose(shape, u"flat"_s);
    choose(auth, u"header"_s);
    QVERIFY(!header->isHidden());
    header->setText(u"x-make-apikey"_s);
    Q_EMIT header->editingFinished();
    const auto profile = Core::Settings::instance().deliveryProfile();
    QCOMPARE(profile->format, Core::InquiryFormat::Webhook);
    QCOMPARE(profile->shape, Core::DeliveryProfile::Shape::Flat);
    QCOMPARE(profile->auth, Core::DeliveryProfile::Auth::Header);
    QCOMPARE(profile->authHeader, u"x-make-apikey"_s);
    // HubSpot: the address must be its submit endpoint.
    choose(format, u"hubspot"_s);
    endpoint->setText(u"https://api.hsforms.com/submissions/v3/integration/submit/123"_s);
    QVERIFY2(note->text().contains(u"PORTAL-ID/FORM-GUID"_s), qPrintable(note->text()));
    // Without a token store (the Inquiry section not opened), the token cannot be edited.
    QVERIFY(!dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->isEnabled());
}

// Versus 0.1 stored "json"; schema 2 reads it as Versus's protocol, chosen by the user.
void TestSettings::formatBecomesTheProfile()
{
    QSettings().setValue(u"inquiry/format"_s, u"json"_s);
    QSettings().setValue(u"settings/version"_s, 1);
    Core::Settings settings;
    settings.migrate();
    QCOMPARE(QSettings().value(u"inquiry/format"_s).toString(), u"versus"_s);
    QCOMPARE(settings.deliveryProfile()->format, Core::InquiryFormat::Versus);
    QCOMPARE(QSettings().value(u"settings/version"_s).toInt(), 2);
}

// The Test button sends the profile's marked test request and says what came back.
void TestSettings::testButtonShowsTheAnswer()
{
    TestHttpServer server(TestHttpServer::Contract::Form);
    Versus::Core::AppContext app;
    Core::Outbox *outbox = app.startDelivery();
    QVERIFY(outbox);
    SettingsDialog dialog(Core::Settings::instance(), app.tokens());
    dialog.setOutbox(outbox);
    choose(dialog.findChild<QComboBox *>(u"formatCombo"_s), u"form"_s);
    auto *endpoint = dialog.findChild<QLineEdit *>(u"endpointEdit"_s);
    endpoint->setText(server.url().toString());
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    QVERIFY(result && test && test->isEnabled());
    test->click();
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"it works"_s), qPrintable(result->text()), 10000);
    QVERIFY(result->text().contains(u"HTTP 200"_s));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.contractErrors, QStringList());
    QCOMPARE(server.requests.first().headers.value("versus-test"), QByteArray("1"));
    // A refusal shows the service's own words.
    server.respond = [](const ReceivedRequest &) {
        return TestHttpServer::json(200, {{u"ok"_s, false}, {u"error"_s, u"This form is not active"_s}});
    };
    test->click();
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(u"This form is not active"_s), qPrintable(result->text()), 10000);
    // No test submission for HubSpot: nothing is sent.
    choose(dialog.findChild<QComboBox *>(u"formatCombo"_s), u"hubspot"_s);
    endpoint->setText(server.url(u"/submissions/v3/integration/submit/1/abc"_s).toString());
    test->click();
    QVERIFY2(result->text().contains(u"HubSpot has no test submission"_s), qPrintable(result->text()));
    QCOMPARE(server.requests.size(), 2);
}

void TestSettings::shortcutsAreListedAndDistinct()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // No two actions share a key: one of them would never fire.
    QHash<QString, QString> owner;
    for (QAction *a : w.actions()) {
        for (const QKeySequence &k : a->shortcuts()) {
            const QString key = k.toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(key) || owner[key] == a->text(),
                     qPrintable(u"%1: %2 and %3"_s.arg(key, owner.value(key), a->text())));
            owner.insert(key, a->text());
        }
    }
    QVERIFY(owner.contains(u"Ctrl+,"_s));
    QVERIFY(owner.contains(u"Ctrl+K"_s));
    QVERIFY(owner.contains(u"F11"_s));
    const auto list = w.shortcutList();
    const auto has = [&list](const QString &what, const QString &keys) {
        return std::any_of(list.begin(), list.end(),
                           [&](const auto &entry) { return entry.first == what && entry.second == keys; });
    };
    QVERIFY(has(u"Settings…"_s, QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
    QVERIFY(has(u"Reload Pack"_s, u"Ctrl+R or F5"_s));
    QVERIFY(has(u"Checklist: finish"_s, u"Alt+I"_s));
    // Ctrl+/ opens the list, in a dialog that shows every entry.
    inModal([&w] { QTest::keyClick(&w, Qt::Key_Slash, Qt::ControlModifier); },
            [&list](QWidget *modal) {
                auto *tree = modal->findChild<QTreeWidget *>(u"shortcutsList"_s);
                QVERIFY(tree);
                QCOMPARE(tree->topLevelItemCount(), list.size());
                QCOMPARE(tree->topLevelItem(0)->text(0), list.first().first);
            });
}

void TestSettings::aboutNamesThePack()
{
    Versus::Core::AppContext app;
    MainWindow w(&app);
    w.openInitialPack(QString());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *about = nullptr;
    for (QAction *a : w.actions())
        about = a->menuRole() == QAction::AboutRole ? a : about;
    QVERIFY(about);
    inModal([about] { about->trigger(); },
            [](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                QVERIFY(box->text().contains(u"Versus " VERSUS_VERSION ""_s));
                QVERIFY(box->text().contains(u"Django vs FastAPI (django-vs-fastapi)"_s));
                QVERIFY(box->text().contains(u"sources"_s));
                QVERIFY(box->text().contains(u"GNU GPL"_s)); // the licence...
                QVERIFY(box->text().contains(u"Qt "_s + QString::fromLatin1(qVersion()))); // ...and Qt's version
            });
}

void TestSettings::valuesOutOfRangeAreRefused()
{
    Core::Settings settings;
    QSignalSpy changed(&settings, &Core::Settings::changed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refusing"_s));
    QVERIFY(!settings.setValue(Core::Settings::Key::Zoom, Core::Settings::maximum(Core::Settings::Key::Zoom) + 1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refusing"_s));
    QVERIFY(!settings.setValue(Core::Settings::Key::Theme, u"purple"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings.zoom(), 100);
    QVERIFY(settings.setValue(Core::Settings::Key::Zoom, 120));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.zoom(), 120);
    settings.reset(Core::Settings::Key::Zoom);
}

void TestSettings::windowStateAndRecentPacks()
{
    using Core::AppState;
    QCOMPARE(AppState::section(), -1); // nothing remembered yet
    AppState::setSection(2);
    QCOMPARE(AppState::section(), 2);
    for (int i = 0; i < AppState::maxRecentPacks + 2; ++i)
        AppState::addRecentPack(u"/packs/%1.json"_s.arg(i));
    AppState::addRecentPack(u"/packs/3.json"_s); // again: it moves to the top, once
    const QStringList recent = AppState::recentPacks();
    QCOMPARE(recent.size(), AppState::maxRecentPacks);
    QCOMPARE(recent.first(), u"/packs/3.json"_s);
    QCOMPARE(recent.count(u"/packs/3.json"_s), 1);
    QVERIFY(!recent.contains(u"/packs/0.json"_s)); // the oldest went
    AppState::clearRecentPacks();
    QVERIFY(AppState::recentPacks().isEmpty());
    AppState::setPackWeights(u"tea"_s, {{u"taste"_s, 5}});
    QCOMPARE(AppState::packWeights(u"tea"_s).value(u"taste"_s).toInt(), 5);
    AppState::setPackWeights(u"tea"_s, {}); // the defaults are not stored
    QVERIFY(!QSettings().contains(u"packs/tea/weights"_s));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
