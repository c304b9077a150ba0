#include "core/json/jsondocument.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestJsonDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testSuite_data();
    void testSuite();
    void syntaxErrorPositions_data();
    void syntaxErrorPositions();
    void tree();
    void numbers();
    void byteOrderMark();
    void duplicateKeysAreKept();
    void deepNesting();
    void lineIndexCountsCodePoints();
    void lineIndexOnALongLine();
};

void TestJsonDocument::init()
{
    Versus::Test::failOnWarnings();
}

void TestJsonDocument::testSuite_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(VERSUS_JSON_TEST_SUITE));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() == 318, "the JSONTestSuite copy in tests/data is incomplete");
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

// y_ files must parse, n_ files must fail with a place, i_ files may go either way
// but must end cleanly (no crash, no hang: the test would time out).
void TestJsonDocument::testSuite()
{
    QFETCH(QString, path);
    const QByteArray data = readFile(path);
    const auto result = JsonDocument::parse(data);
    const QChar kind = QFileInfo(path).fileName().at(0);
    if (kind == u'y') {
        const auto *error = std::get_if<JsonDocument::SyntaxError>(&result);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    } else if (kind == u'n') {
        QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(result));
        const auto &error = std::get<JsonDocument::SyntaxError>(result);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.offset <= static_cast<std::size_t>(data.size()));
        const TextPosition pos = LineIndex(data).position(error.offset);
        QVERIFY(pos.line >= 1);
        QVERIFY(pos.column >= 1);
    } else {
        QVERIFY(std::holds_alternative<JsonDocument>(result)
                || std::holds_alternative<JsonDocument::SyntaxError>(result));
    }
}

void TestJsonDocument::syntaxErrorPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3 << u"missing comma"_s;
    QTest::addRow("trailing comma") << QByteArray("[1,\n 2,\n]") << 2 << 3 << u"trailing comma"_s;
    QTest::addRow("comment") << QByteArray("{\"a\": 1 /* one */}") << 1 << 9 << u"comments are not allowed"_s;
    QTest::addRow("unclosed array") << QByteArray("{\"a\": [1, 2,\n \"b\": 3}") << 2 << 5
                                    << u"the array opened at 1:7 is not closed"_s;
    QTest::addRow("mismatched bracket") << QByteArray("[1, 2}") << 1 << 6 << u"the array opened at 1:1"_s;
    QTest::addRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2 << u"keys take double quotes"_s;
    QTest::addRow("bad literal") << QByteArray("[\n  tru\n]") << 2 << 3 << u"literal"_s;
    QTest::addRow("number 2.") << QByteArray("{\"a\": [1, 2.]}") << 1 << 11 << u"invalid number"_s;
    QTest::addRow("number .2") << QByteArray("[.2]") << 1 << 2 << u""_s;
    QTest::addRow("bad escape") << QByteArray("[\"a\\x\"]") << 1 << 2 << u"invalid string"_s;
    QTest::addRow("raw newline in string")
        << QByteArray("{\"a\": \"line\nbreak\"}") << 1 << 12 << u"control character"_s;
    QTest::addRow("invalid utf-8") << QByteArray("{\"a\": \"caf\xC3\x28\"}") << 1 << 11 << u"UTF-8"_s;
    QTest::addRow("after a multibyte character") << QByteArray("[\"é\", x]") << 1 << 7 << u""_s;
    QTest::addRow("unclosed string") << QByteArray("{\"a\": \"open}") << 1 << 7 << u"not closed"_s;
    QTest::addRow("trailing text") << QByteArray("{} []") << 1 << 4 << u"after the end"_s;
    QTest::addRow("truncated") << QByteArray("{\"a\": [1, 2") << 1 << 12 << u"the array opened at 1:7 is not closed"_s;
    QTest::addRow("empty") << QByteArray("") << 1 << 1 << u"empty"_s;
    QTest::addRow("only spaces") << QByteArray("  \n ") << 2 << 2 << u"empty"_s;
}

void TestJsonDocument::syntaxErrorPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto result = JsonDocument::parse(text);
    QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(result));
    const auto &error = std::get<JsonDocument::SyntaxError>(result);
    const TextPosition pos = LineIndex(text).position(error.offset);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
}

void TestJsonDocument::tree()
{
    const QByteArray text = "{\n  \"name\": \"caf\\u00e9\",\n  \"list\": [1, true, null, {\"x\": -2.5}]\n}";
    auto result = JsonDocument::parse(text);
    QVERIFY(std::holds_alternative<JsonDocument>(result));
    const auto &doc = std::get<JsonDocument>(result);
    const auto &root = doc.root();
    QCOMPARE(root.type, JsonDocument::Type::Object);
    QCOMPARE(root.count, 2u);
    const auto *name = doc.find(root, "name");
    QVERIFY(name);
    QCOMPARE(doc.string(*name), u"café"_s);
    const LineIndex lines(text);
    QCOMPARE(lines.position(name->offset).line, 2);
    QCOMPARE(lines.position(name->offset).column, 11);
    const auto *list = doc.find(root, "list");
    QVERIFY(list);
    const auto items = doc.members(*list);
    QCOMPARE(items.size(), 4u);
    QCOMPARE(doc.node(items[0].node).integer, 1);
    QVERIFY(doc.node(items[1].node).boolean);
    QCOMPARE(doc.node(items[2].node).type, JsonDocument::Type::Null);
    const auto *x = doc.find(doc.node(items[3].node), "x");
    QVERIFY(x);
    QCOMPARE(x->real, -2.5);
    QVERIFY(!x->isInteger);
    QCOMPARE(lines.position(x->offset).column, 33);
    QVERIFY(!doc.find(root, "missing"));
}

void TestJsonDocument::numbers()
{
    const auto result = JsonDocument::parse("[5, -0, 1e999, 100000000000000000000, 1.5E2, -9223372036854775808]");
    QVERIFY(std::holds_alternative<JsonDocument>(result));
    const auto &doc = std::get<JsonDocument>(result);
    const auto items = doc.members(doc.root());
    QCOMPARE(items.size(), 6u);
    QVERIFY(doc.node(items[0].node).isInteger);
    QCOMPARE(doc.node(items[0].node).integer, 5);
    QVERIFY(doc.node(items[2].node).outOfRange);
    QCOMPARE(doc.text(doc.node(items[2].node)), std::string_view("1e999"));
    QVERIFY(doc.node(items[3].node).outOfRange);
    QVERIFY(!doc.node(items[3].node).isInteger);
    QCOMPARE(doc.node(items[4].node).real, 150.0);
    QVERIFY(doc.node(items[5].node).isInteger);
}

void TestJsonDocument::byteOrderMark()
{
    const QByteArray text = "\xEF\xBB\xBF{\"a\": x}";
    const auto result = JsonDocument::parse(text);
    QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(result));
    const TextPosition pos = LineIndex(text).position(std::get<JsonDocument::SyntaxError>(result).offset);
    QCOMPARE(pos.line, 1);
    QCOMPARE(pos.column, 7); // the mark is not a character of the text
    QVERIFY(std::holds_alternative<JsonDocument>(JsonDocument::parse("\xEF\xBB\xBF{}")));
}

void TestJsonDocument::duplicateKeysAreKept()
{
    const auto result = JsonDocument::parse("{\"a\": 1, \"a\": 2}");
    QVERIFY(std::holds_alternative<JsonDocument>(result));
    const auto &doc = std::get<JsonDocument>(result);
    QCOMPARE(doc.root().count, 2u); // the validator reports the repetition
    QCOMPARE(doc.find(doc.root(), "a")->integer, 1);
}

void TestJsonDocument::deepNesting()
{
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(std::holds_alternative<JsonDocument>(JsonDocument::parse(ok)));
    const QByteArray deep = QByteArray(65, '[') + QByteArray(65, ']');
    const auto result = JsonDocument::parse(deep);
    QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(result));
    QVERIFY(std::get<JsonDocument::SyntaxError>(result).message.contains(u"nested deeper than 64"_s));
    // A hostile depth must not exhaust the stack.
    const QByteArray hostile = QByteArray(100000, '[');
    QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(JsonDocument::parse(hostile)));
    const QByteArray hostileObjects = QByteArray("{\"a\":").repeated(100000);
    QVERIFY(std::holds_alternative<JsonDocument::SyntaxError>(JsonDocument::parse(hostileObjects)));
}

void TestJsonDocument::lineIndexCountsCodePoints()
{
    const QByteArray text = "ab\n\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x";
    const LineIndex lines(text);
    QCOMPARE(lines.position(0).line, 1);
    QCOMPARE(lines.position(3).line, 2);
    QCOMPARE(lines.position(3).column, 1);
    QCOMPARE(lines.position(static_cast<std::size_t>(text.indexOf('x'))).column, 4);
    QCOMPARE(lines.position(9999).line, 2); // clamped to the end
}

// A minified file is one long line: columns stay right far into it.
void TestJsonDocument::lineIndexOnALongLine()
{
    QByteArray text = "x\n";
    for (int i = 0; i < 10000; ++i)
        text += "\xC3\xA9"; // é, two bytes
    text += 'z';
    for (int i = 0; i < 5000; ++i)
        text += "\xE2\x82\xAC"; // €, three bytes
    text += "y\nw";
    const LineIndex lines(text);
    const auto at = [&](char c) {
        return lines.position(static_cast<std::size_t>(text.indexOf(c, 2)));
    };
    QCOMPARE(at('z').line, 2);
    QCOMPARE(at('z').column, 10001);
    QCOMPARE(at('y').column, 15002);
    QCOMPARE(at('w').line, 3);
    QCOMPARE(at('w').column, 1);
    QCOMPARE(lines.position(2 + 4097).column, 2050); // inside an é: counted with it
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
