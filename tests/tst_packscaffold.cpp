#include "core/pack/packloader.h"
#include "core/pack/packscaffold.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::dump;

class TestPackScaffold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void makesAPackThatLoads_data();
    void makesAPackThatLoads();
    void idFor_data();
    void idFor();
    void repeatedNamesGetTheirOwnIds();
    void refusesTheWrongNumberOfContenders();
    void neverOverwrites();
};

void TestPackScaffold::init()
{
    Versus::Test::failOnWarnings();
}

void TestPackScaffold::makesAPackThatLoads_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addRow("two") << QStringList{u"Django"_s, u"FastAPI"_s} << QString() << u"Django vs FastAPI"_s;
    QTest::addRow("three") << QStringList{u"PostgreSQL"_s, u"MySQL"_s, u"SQLite"_s} << u"Which database?"_s
                           << u"Which database?"_s;
    QTest::addRow("four") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s} << QString() << u"A vs B vs C vs D"_s;
}

// Valid, every value there for every contender, and unfinished: each TODO is a warning,
// and there is no other problem.
void TestPackScaffold::makesAPackThatLoads()
{
    QFETCH(QStringList, names);
    QFETCH(QString, title);
    QFETCH(QString, expectedTitle);
    const auto text = PackScaffold::make(names, title, QDate(2026, 12, 1), u"https://example.org/schema.json"_s);
    QVERIFY(text);
    const auto result = PackLoader::loadData(*text, u"new.json"_s);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QVERIFY(result.warningCount > 10);
    for (const auto &d : result.diagnostics)
        QVERIFY2(d.message.contains(u"TODO"_s), qPrintable(d.toString()));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.title, expectedTitle);
    QCOMPARE(pack.contenders.size(), names.size());
    QCOMPARE(pack.contenders.constLast().name, names.constLast());
    QCOMPARE(pack.updated, QDate(2026, 12, 1));
    QCOMPARE(pack.criteria.size(), 2);
    QCOMPARE(pack.checklist.questions.size(), 2);
    QCOMPARE(pack.checklist.questions[0].options[0].importance.size(), 1);
    QCOMPARE(pack.checklist.questions[0].options[0].importance[0].level, 5);
    QCOMPARE(pack.checklist.questions[1].options[1].mustHave.size(), 1);
    QVERIFY(pack.checklist.questions[1].showIf.has_value());
    QCOMPARE(pack.inquiry.fields.size(), 5);
    QVERIFY(pack.publisher.name.startsWith(u"TODO"_s));
    QVERIFY(text->contains("\"$schema\": \"https://example.org/schema.json\""));
    // The text stays in the documented order, for a reader: format first, inquiry last.
    QVERIFY(text->indexOf("\"format\"") < text->indexOf("\"contenders\""));
    QVERIFY(text->indexOf("\"faq\"") < text->indexOf("\"inquiry\""));
}

void TestPackScaffold::idFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addRow("plain") << u"PostgreSQL"_s << u"postgresql"_s;
    QTest::addRow("dot") << u"Node.js"_s << u"node-js"_s;
    QTest::addRow("spaces") << u"  Ruby on Rails "_s << u"ruby-on-rails"_s;
    QTest::addRow("accents") << u"Café Crème"_s << u"cafe-creme"_s;
    QTest::addRow("symbols") << u"C++"_s << u"c"_s;
    QTest::addRow("nothing left") << u"++"_s << QString();
    QTest::addRow("long") << QString(100, u'x') << QString(64, u'x');
}

void TestPackScaffold::idFor()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(PackScaffold::idFor(name), id);
}

void TestPackScaffold::repeatedNamesGetTheirOwnIds()
{
    const auto text = PackScaffold::make({u"Vue"_s, u"vue"_s, u"++"_s}, QString(), QDate(2026, 1, 1), u"x"_s);
    QVERIFY(text);
    const auto result = PackLoader::loadData(*text, u"new.json"_s);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.pack->contenders[0].id, u"vue"_s);
    QCOMPARE(result.pack->contenders[1].id, u"vue-2"_s);
    QCOMPARE(result.pack->contenders[2].id, u"contender"_s);
}

void TestPackScaffold::refusesTheWrongNumberOfContenders()
{
    QVERIFY(!PackScaffold::make({u"Alone"_s}, QString(), QDate(2026, 1, 1), u"x"_s));
    QVERIFY(!PackScaffold::make({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}, QString(), QDate(2026, 1, 1), u"x"_s));
    QVERIFY(!PackScaffold::make({u"A"_s, u" "_s}, QString(), QDate(2026, 1, 1), u"x"_s));
}

void TestPackScaffold::neverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.json"_s);
    QVERIFY(PackScaffold::write(path, {u"A"_s, u"B"_s}, QString()));
    QVERIFY(PackLoader::loadFile(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("mine");
    f.close();
    const auto again = PackScaffold::write(path, {u"A"_s, u"B"_s}, QString());
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(u"exists already"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestPackScaffold)
#include "tst_packscaffold.moc"
