#include "core/compare/tableexport.h"
#include "core/pack/packloader.h"
#include "core/pack/tableimport.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::dump;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

struct Fixture {
    QByteArray text;
    std::shared_ptr<const Pack> pack;
    QString csv;
};

Fixture fixture(const QString &path)
{
    Fixture f;
    f.text = readFile(path);
    f.pack = PackLoader::loadData(f.text, path).pack;
    if (!f.pack)
        qFatal("%s does not load", qPrintable(path));
    f.csv = TableExport(*f.pack, TableExport::allCriteria(*f.pack), QList<int>(f.pack->categories.size(), 3)).csv();
    return f;
}

// The table as a spreadsheet saves it: every field quoted, LF line ends, the given separator.
QString asSpreadsheetSaves(const QList<QStringList> &rows, QChar separator = u',')
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString f : row)
            fields.append(u'"' + f.replace(u'"', u"\"\""_s) + u'"');
        out += fields.join(separator) + u'\n';
    }
    return out;
}

TableImport::Outcome import(const Fixture &f, const QString &csv)
{
    return TableImport::apply(f.text, *f.pack, csv, u"table.csv"_s, u"2026-12"_s);
}

// The text that differs between a and b, as (what a had there, what b has there).
std::pair<QByteArray, QByteArray> difference(const QByteArray &a, const QByteArray &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix)};
}

const QString minimal = QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json");
const QString three = QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json");

} // namespace

class TestTableImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unchangedTableChangesNothing_data();
    void unchangedTableChangesNothing();
    void oneCellChangesOneValue_data();
    void oneCellChangesOneValue();
    void sharedEdge_data();
    void sharedEdge();
    void newRowAddsACriterion();
    void everyBadCellIsReported();
    void formulaGuardRoundTrips();
    void parseCsv();
    void columnNames();
};

void TestTableImport::init()
{
    Versus::Test::failOnWarnings();
}

void TestTableImport::unchangedTableChangesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QChar>("separator");
    QTest::addRow("minimal, as exported") << minimal << QChar();
    QTest::addRow("minimal, saved with semicolons") << minimal << QChar(u';');
    QTest::addRow("three contenders") << three << QChar(u',');
    QTest::addRow("embedded") << PackLoader::embeddedPackPath() << QChar(u'\t');
}

void TestTableImport::unchangedTableChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QChar, separator);
    const Fixture f = fixture(path);
    const QString csv = separator.isNull() ? f.csv : asSpreadsheetSaves(TableImport::parseCsv(f.csv), separator);
    const auto outcome = import(f, csv);
    QVERIFY2(outcome.ok(), qPrintable(dump(outcome.problems)));
    QCOMPARE(outcome.changed, 0);
    QCOMPARE(outcome.added, 0);
    QVERIFY(outcome.pack == f.text);
}

void TestTableImport::oneCellChangesOneValue_data()
{
    QTest::addColumn<int>("row"); // in the table, the header being row 0
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("before"); // the text of the pack that changes
    QTest::addColumn<QByteArray>("after");
    // Columns: Category, Weight, Criterion, Tea, Tea rating, Coffee, Coffee rating, Edge, Sources, Id.
    QTest::addRow("rating") << 2 << 4 << u"5"_s << QByteArray("3") << QByteArray("5");
    QTest::addRow("text") << 1 << 5 << u"Strongest"_s << QByteArray("") << QByteArray("est");
    QTest::addRow("edge") << 1 << 7 << u"Coffee"_s << QByteArray("tea") << QByteArray("coffee");
    QTest::addRow("category") << 2 << 0 << u"Health"_s << QByteArray("taste") << QByteArray("health");
    QTest::addRow("criterion") << 2 << 2 << u"Smell"_s << QByteArray("Aroma") << QByteArray("Smell");
    QTest::addRow("weight is not the pack's") << 1 << 1 << u"5"_s << QByteArray() << QByteArray();
}

void TestTableImport::oneCellChangesOneValue()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, cell);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const Fixture f = fixture(minimal);
    auto rows = TableImport::parseCsv(f.csv);
    rows[row][column] = cell;
    const auto outcome = import(f, asSpreadsheetSaves(rows));
    QVERIFY2(outcome.ok(), qPrintable(dump(outcome.problems)));
    QCOMPARE(outcome.changed, before.isNull() ? 0 : 1);
    const auto [was, is] = difference(f.text, outcome.pack);
    QCOMPARE(was, before);
    QCOMPARE(is, after);
    QVERIFY(PackLoader::loadData(outcome.pack, u"new.json"_s).ok());
}

void TestTableImport::sharedEdge_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("before"); // the text of the aroma row's edge ("tie") that changes
    QTest::addColumn<QByteArray>("after");
    QTest::addRow("as exported") << u"Tea and Coffee"_s << QByteArray("\"tie\"") << QByteArray("[\"tea\", \"coffee\"]");
    QTest::addRow("ids, any order") << u"cocoa, tea"_s << QByteArray("\"tie\"") << QByteArray("[\"tea\", \"cocoa\"]");
    QTest::addRow("one contender") << u"Coffee"_s << QByteArray("ti") << QByteArray("coffe");
    QTest::addRow("every contender is a tie") << u"Tea, Coffee, Cocoa"_s << QByteArray() << QByteArray();
}

// Three contenders: an edge may be shared, and the shared edge comes back from its export.
void TestTableImport::sharedEdge()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const Fixture f = fixture(three);
    auto rows = TableImport::parseCsv(f.csv);
    const int edgeColumn = 9; // Category, Weight, Criterion, then a text and a rating per contender
    QCOMPARE(rows[0][edgeColumn], u"Edge"_s);
    QCOMPARE(rows[2][2], u"Aroma"_s);
    rows[2][edgeColumn] = cell;
    const auto outcome = import(f, asSpreadsheetSaves(rows));
    QVERIFY2(outcome.ok(), qPrintable(dump(outcome.problems)));
    QCOMPARE(outcome.changed, after.isNull() ? 0 : 1);
    const auto [was, is] = difference(f.text, outcome.pack);
    QCOMPARE(was, before);
    QCOMPARE(is, after);
    Fixture edited;
    edited.text = outcome.pack;
    edited.pack = PackLoader::loadData(edited.text, u"edited.json"_s).pack;
    QVERIFY(edited.pack);
    edited.csv = TableExport(*edited.pack, TableExport::allCriteria(*edited.pack),
                             QList<int>(edited.pack->categories.size(), 3))
                     .csv();
    const auto again = import(edited, edited.csv);
    QVERIFY2(again.ok(), qPrintable(dump(again.problems)));
    QVERIFY(again.pack == edited.text);
}

void TestTableImport::newRowAddsACriterion()
{
    const Fixture f = fixture(minimal);
    auto rows = TableImport::parseCsv(f.csv);
    rows.append({u"Health"_s, u"3"_s, u"Sugar, added"_s, u"None"_s, u"5"_s, u"Some"_s, u"2"_s, u"Tea"_s,
                 u"https://example.org/health https://example.org/new-study"_s, QString()});
    rows[1][8] = u"https://example.org/tea-book https://example.org/health"_s; // a source another criterion cites
    const auto outcome = import(f, asSpreadsheetSaves(rows));
    QVERIFY2(outcome.ok(), qPrintable(dump(outcome.problems)));
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.changed, 1);
    QCOMPARE(outcome.newSources, 1);
    const auto loaded = PackLoader::loadData(outcome.pack, u"new.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(dump(loaded.diagnostics)));
    const Pack &pack = *loaded.pack;
    QCOMPARE(pack.criteria.size(), 4);
    const Criterion &sugar = pack.criteria[3];
    QCOMPARE(sugar.id, u"sugar-added"_s);
    QCOMPARE(sugar.criterion, u"Sugar, added"_s);
    QCOMPARE(sugar.category, 1);
    QCOMPARE(sugar.values[1].rating, 2);
    QCOMPARE(sugar.edge, Edge::of(0));
    QCOMPARE(sugar.sources[0].title, u"A health site"_s); // known, so its title and date come along
    QCOMPARE(sugar.sources[1].asOf, u"2026-12"_s);
    QCOMPARE(pack.criteria[0].sources[1].title, u"A health site"_s);
    // What is still to write is a warning, never taken for finished.
    QVERIFY(loaded.warningCount >= 2);
}

void TestTableImport::everyBadCellIsReported()
{
    const Fixture f = fixture(minimal);
    auto rows = TableImport::parseCsv(f.csv);
    rows[1][4] = u"five"_s;
    rows[2][0] = u"Smell"_s;
    rows[2][7] = u"Milk"_s;
    rows[3][3] = u" "_s;
    rows[3][8] = u"ftp://example.org"_s;
    rows.append(
        {u"Taste"_s, u"3"_s, u"X"_s, u"a"_s, u"1"_s, u"b"_s, u"6"_s, u"Tie"_s, u"https://example.org/x"_s, u"nope"_s});
    const auto outcome = import(f, asSpreadsheetSaves(rows));
    QVERIFY(!outcome.ok());
    QList<std::pair<int, int>> places;
    for (const auto &d : outcome.problems)
        places.append({d.line, d.column});
    const QList<std::pair<int, int>> expected{{2, 5}, {3, 1}, {3, 8}, {4, 4}, {4, 9}, {5, 10}, {5, 7}};
    QCOMPARE(places, expected);
    QCOMPARE(outcome.problems[0].toString(),
             u"table.csv:2:5: error: column E (Tea rating): expected an integer from 0 to 5, got \"five\""_s);
}

// A text that starts like a formula is written with a leading ' for spreadsheets; reading
// it back takes the ' off again.
void TestTableImport::formulaGuardRoundTrips()
{
    Fixture f = fixture(minimal);
    f.text.replace("\"Strong\"", "\"=1+1\"");
    f.pack = PackLoader::loadData(f.text, u"p.json"_s).pack;
    f.csv = TableExport(*f.pack, TableExport::allCriteria(*f.pack), {3, 3}).csv();
    QVERIFY(f.csv.contains(u"'=1+1"_s));
    const auto outcome = import(f, f.csv);
    QVERIFY2(outcome.ok(), qPrintable(dump(outcome.problems)));
    QVERIFY(outcome.pack == f.text);
}

void TestTableImport::parseCsv()
{
    const auto rows = TableImport::parseCsv(u"\uFEFFa,\"b,\"\"c\"\"\nd\",e\r\n1,,3\n"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], (QStringList{u"a"_s, u"b,\"c\"\nd"_s, u"e"_s}));
    QCOMPARE(rows[1], (QStringList{u"1"_s, QString(), u"3"_s}));
    QCOMPARE(TableImport::parseCsv(u"a;b;\"c;d\"\n"_s)[0], (QStringList{u"a"_s, u"b"_s, u"c;d"_s}));
}

void TestTableImport::columnNames()
{
    QCOMPARE(TableImport::columnName(0), u"A"_s);
    QCOMPARE(TableImport::columnName(25), u"Z"_s);
    QCOMPARE(TableImport::columnName(26), u"AA"_s);
    QCOMPARE(TableImport::columnName(27), u"AB"_s);
}

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
