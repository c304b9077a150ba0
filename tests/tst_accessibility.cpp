// Every section, as a screen reader and a keyboard-only user meet it: each control a
// user can reach has an accessible name, and Tab reaches every one of them.
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Ui;
using namespace Qt::StringLiterals;

namespace {

// What a user can focus in `root` right now.
QList<QWidget *> focusable(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
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

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName_data() { sectionRows(); }
    void everyControlHasAName() { walk(true); }
    void tabReachesEveryControl_data() { sectionRows(); }
    void tabReachesEveryControl() { walk(false); }

private:
    static void sectionRows();
    void walk(bool names);
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"VersusTests"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
    QSettings().clear();
    QAccessible::setActive(true);
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
    MainWindow w;
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
