#include "core/compare/tableexport.h"
#include "core/pack/packloader.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::loadTestPack;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A pack whose texts try to break the formats.
std::shared_ptr<Pack> hostilePack()
{
    auto pack = std::make_shared<Pack>(*loadTestPack(u"minimal.json"_s));
    pack->criteria[0].criterion = u"Bitter, \"very\"\nbitter"_s;
    pack->criteria[0].values[0].text = u"=HYPERLINK(\"http://evil\")"_s;
    pack->criteria[0].values[1].text = u"a | b *c* [x](javascript:alert(1)) <b>"_s;
    return pack;
}
} // namespace

class TestTableExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvMatchesExpectedFile();
    void csvQuotingAndFormulas();
    void csvFormulaAfterWhiteSpace_data();
    void csvFormulaAfterWhiteSpace();
    void markdown();
    void markdownEscapesPackText();
    void tsvAndHtml();
    void subsetAndWeights();
    void formatForFile_data();
    void formatForFile();
    void writeFileIsAtomic();
};

void TestTableExport::init()
{
    Versus::Test::failOnWarnings();
}

void TestTableExport::csvMatchesExpectedFile()
{
    const auto pack = loadTestPack(u"minimal.json"_s);
    const TableExport table(*pack, TableExport::allCriteria(*pack), {3, 3});
    QCOMPARE(table.csv(), readText(QStringLiteral(VERSUS_TEST_DATA "/expected/minimal-default-weights.csv")));
}

void TestTableExport::csvQuotingAndFormulas()
{
    const auto pack = hostilePack();
    const QString csv = TableExport(*pack, {0}, {3, 3}).csv();
    QVERIFY2(csv.contains(u"Taste,3,\"Bitter, \"\"very\"\"\nbitter\",\"'=HYPERLINK(\"\"http://evil\"\")\",4,"_s),
             qPrintable(csv));
    QVERIFY(csv.endsWith(u"\r\n"_s));
    QCOMPARE(csv.count(u"\r\n"_s), 2);
}

void TestTableExport::csvFormulaAfterWhiteSpace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    // Spreadsheets skip leading white space, and a leading tab or CR, before they look for a formula.
    QTest::addRow("tab, =") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::addRow("spaces, +") << u"  +cmd|' /C calc'!A0"_s << u"'  +cmd|' /C calc'!A0"_s;
    QTest::addRow("CR, @") << u"\r@SUM(A1)"_s << u"\"'\r@SUM(A1)\""_s;
    QTest::addRow("tab alone") << u"\tplain"_s << u"'\tplain"_s;
    QTest::addRow("plain") << u"a = b"_s << u"a = b"_s;
}

void TestTableExport::csvFormulaAfterWhiteSpace()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    auto pack = std::make_shared<Pack>(*loadTestPack(u"minimal.json"_s));
    pack->criteria[0].criterion = text;
    const QString csv = TableExport(*pack, {0}, {3, 3}).csv();
    QVERIFY2(csv.contains(u"Taste,3,"_s + field + u',', Qt::CaseSensitive), qPrintable(csv));
}

void TestTableExport::markdown()
{
    const auto pack = loadTestPack(u"minimal.json"_s);
    const QString md = TableExport(*pack, TableExport::allCriteria(*pack), {5, 0}).markdown();
    QVERIFY(md.startsWith(u"# Tea vs Coffee\n"_s));
    QVERIFY(md.contains(u"| Tea | 70.0% |"_s)); // the scoreboard follows the weights
    QVERIFY(md.contains(u"| Health | 0 |"_s));
    QVERIFY(md.contains(u"| Health | 0 | Caffeine dose | Lower | 4 | Higher | 3 | Tea | <https://example.org/health> "
                        "<https://example.org/tea-book> |"_s));
}

void TestTableExport::markdownEscapesPackText()
{
    const auto pack = hostilePack();
    const QString md = TableExport(*pack, {0}, {3, 3}).markdown();
    QVERIFY2(md.contains(u"a \\| b \\*c\\* \\[x\\](javascript:alert(1)) \\<b\\>"_s), qPrintable(md));
    QVERIFY(md.contains(u"Bitter, \"very\" bitter"_s)); // no line break inside a row
    const QStringList lines = md.split(u'\n');
    const auto row = std::find_if(lines.cbegin(), lines.cend(),
                                  [](const QString &line) { return line.startsWith(u"| Taste | 3 | Bitter"_s); });
    QVERIFY(row != lines.cend());
    QCOMPARE(row->count(u" | "_s), 8); // nine cells: no cell split by a pipe
}

void TestTableExport::tsvAndHtml()
{
    const auto pack = hostilePack();
    const TableExport table(*pack, {0, 1}, {3, 3});
    const QStringList lines = table.tsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1].split(u'\t').size(), 9);
    const QString html = table.html();
    QVERIFY(html.startsWith(u"<table>"_s));
    QVERIFY(html.contains(u"a | b *c* [x](javascript:alert(1)) &lt;b&gt;"_s));
    QVERIFY(!html.contains(u"<b>"_s));
}

void TestTableExport::subsetAndWeights()
{
    const auto pack = loadTestPack(u"minimal.json"_s);
    const QString csv = TableExport(*pack, {2, 0}, {1, 4}).csv();
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(u"Health,4,Caffeine dose,"_s));
    QVERIFY(lines[2].startsWith(u"Taste,1,Bitterness,"_s));
}

void TestTableExport::formatForFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format"); // -1: none
    QTest::addRow("csv") << u"out.csv"_s << int(TableExport::Format::Csv);
    QTest::addRow("CSV") << u"OUT.CSV"_s << int(TableExport::Format::Csv);
    QTest::addRow("md") << u"a/b/out.md"_s << int(TableExport::Format::Markdown);
    QTest::addRow("markdown") << u"out.markdown"_s << int(TableExport::Format::Markdown);
    QTest::addRow("txt") << u"out.txt"_s << -1;
    QTest::addRow("none") << u"out"_s << -1;
}

void TestTableExport::formatForFile()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const auto f = TableExport::formatForFile(file);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestTableExport::writeFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"table.csv"_s);
    QVERIFY_RESULT(TableExport::writeFile(path, u"a,b\r\n"_s));
    QCOMPARE(readText(path), u"a,b\r\n"_s);
    const QString missing = dir.filePath(u"missing/folder/table.csv"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot write .*missing/folder/table.csv"_s));
    const auto failed = TableExport::writeFile(missing, u"x"_s);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(u"missing/folder/table.csv"_s));
    QCOMPARE(failed.error().file, missing);
    QCOMPARE(readText(path), u"a,b\r\n"_s);
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
