// The typed reads that packs and workshop files share: what each one accepts, and the
// message, place and JSON pointer of what it refuses.
#include "core/json/jsonreader.h"

#include <QTest>
#include <QTranslator>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

using Node = JsonDocument::Node;

// The value under test sits at line 2, column 8.
QByteArray document(const QByteArray &value)
{
    return "{\n  \"v\": " + value + "\n}";
}

JsonDocument parsed(const QByteArray &text)
{
    auto result = JsonDocument::parse(text);
    if (const auto *syntax = std::get_if<JsonDocument::SyntaxError>(&result))
        qFatal("not JSON: %s (%s)", text.constData(), qPrintable(syntax->message));
    return std::get<JsonDocument>(std::move(result));
}

QString dump(const QList<Diagnostic> &list)
{
    QStringList lines;
    for (const auto &d : list)
        lines.append(d.toString());
    return lines.join(u'\n');
}

template <typename T> QString shown(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value).toString() : QString();
}

// Runs one kind of read on the root's "v" and shows what it returned.
QString read(JsonReader &r, const QString &kind)
{
    const JsonDocument &doc = r.document();
    const Node &root = doc.root();
    const JsonPath top;
    const JsonPath at(top, "v");
    const Node *v = doc.find(root, "v");
    if (kind == u"text"_s)
        return r.text(root, top, "v", JsonReader::Required, 5);
    if (kind == u"optional text"_s)
        return r.text(root, top, "v", JsonReader::Optional, 5);
    if (kind == u"id"_s)
        return r.id(root, top, "v");
    if (kind == u"url"_s)
        return r.url(root, top, "v", JsonReader::Required).toString();
    if (kind == u"date"_s)
        return r.date(root, top, "v", JsonReader::Required).toString(Qt::ISODate);
    if (kind == u"month"_s)
        return r.date(root, top, "v", JsonReader::Required, JsonReader::DayPart::Optional).toString(Qt::ISODate);
    if (!v)
        qFatal("no \"v\" in the document");
    if (kind == u"integer"_s)
        return shown(r.integer(*v, at, 0, 5));
    if (kind == u"number"_s)
        return shown(r.number(*v, at, 0, 1));
    if (kind == u"boolean"_s)
        return shown(r.boolean(*v, at));
    if (kind == u"object"_s)
        return r.object(*v, at, {"a", "b"}) ? u"object"_s : QString();
    if (kind == u"stringArray"_s)
        return r.stringArray(*v, at, 1, 3, 5).join(u',');
    QStringList seen;
    if (kind == u"forEach"_s) {
        r.forEach(v, at, 1, 2, [&](const Node &element, const JsonPath &p) {
            seen.append(r.text(element, p, "a", JsonReader::Required));
        });
    } else if (kind == u"forEachMember"_s) {
        r.forEachMember(*v, at, [&](const JsonDocument::Member &m, const Node &value, const JsonPath &p) {
            seen.append(QString::fromUtf8(doc.key(m).data(), static_cast<qsizetype>(doc.key(m).size())) + u'='
                        + shown(r.integer(value, p, 0, 9)));
        });
    } else if (kind == u"uniqueId"_s) {
        QHash<QString, qsizetype> ids;
        r.forEach(v, at, 0, 10, [&](const Node &element, const JsonPath &p) {
            const QString id = r.id(element, p);
            r.uniqueId(ids, id, element, p);
            seen.append(id);
        });
    } else {
        qFatal("unknown read %s", qPrintable(kind));
    }
    return seen.join(u',');
}

} // namespace

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void missingKeys_data();
    void missingKeys();
    void diagnosticsAreCapped();
    void warningsAreCountedApart();
    void manyUnknownKeys();
    void manyRepeatedKeys();
    void sortedByPlace();
    void largeMapsFindRepeatedKeys();
    void germanTypeNames();
};

void TestJsonReader::reads_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("value"); // the JSON of "v"
    QTest::addColumn<QString>("result"); // what the read returned, as text
    QTest::addColumn<QString>("diagnostics"); // every diagnostic, one a line

    const auto add = [](const char *name, const char *kind, const QByteArray &value, const QString &result,
                        const QString &diagnostics = QString()) {
        QTest::addRow("%s", name) << QString::fromLatin1(kind) << value << result << diagnostics;
    };
    const QString at = u"f.json:2:8: error: at /v: "_s;

    add("text", "text", "\"tea\"", u"tea"_s);
    add("text counts code points", "text", "\"\xF0\x9F\x98\x80\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\"", u"\U0001F600éééé"_s);
    add("text of a number", "text", "42", QString(), at + u"expected a string, got 42"_s);
    add("text of null", "text", "null", QString(), at + u"expected a string, got null"_s);
    add("text of an object", "text", "{}", QString(), at + u"expected a string, got an object"_s);
    add("text too long", "text", "\"abcdef\"", QString(), at + u"text is 6 characters long; the limit is 5"_s);
    add("text with a bell", "text", "\"a\\u0007\"", QString(), at + u"text contains the control character U+0007"_s);
    add("text with a delete", "text", "\"a\\u007F\"", QString(), at + u"text contains the control character U+007F"_s);
    // C1 controls (U+0080 to U+009F) are control characters too, escaped or written as UTF-8.
    add("text with U+0080", "text", "\"a\\u0080\"", QString(), at + u"text contains the control character U+0080"_s);
    add("text with a next line", "text", "\"a\xC2\x85\"", QString(),
        at + u"text contains the control character U+0085"_s);
    add("text with U+009F", "text", "\"a\\u009f\"", QString(), at + u"text contains the control character U+009F"_s);
    add("text with a no-break space", "text", "\"a\\u00A0\"", u"a\u00A0"_s);
    add("text with a tab", "text", "\"a\\tb\"", u"a\tb"_s);
    add("blank required text", "text", "\"  \"", u"  "_s, at + u"must not be empty"_s);
    add("blank optional text", "optional text", "\"\"", u""_s);
    add("a long value is cut short", "text", QByteArray(60, '7'), QString(),
        at + u"expected a string, got "_s + QString(37, u'7') + u"..."_s);

    add("id", "id", "\"a-1\"", u"a-1"_s);
    add("id with capitals", "id", "\"Bad Id\"", QString(),
        at + u"expected an id of 1 to 64 characters a-z, 0-9 and \"-\", got \"Bad Id\""_s);
    add("id of a number", "id", "7", QString(), at + u"expected a string, got 7"_s);

    add("integer", "integer", "3", u"3"_s);
    add("integer too large", "integer", "6", QString(), at + u"expected an integer from 0 to 5, got 6"_s);
    add("integer with a fraction", "integer", "2.5", QString(), at + u"expected an integer from 0 to 5, got 2.5"_s);
    add("integer as text", "integer", "\"3\"", QString(), at + u"expected an integer from 0 to 5, got \"3\""_s);
    add("integer beyond a double", "integer", "1e400", QString(), at + u"expected an integer from 0 to 5, got 1e400"_s);

    add("number", "number", "0.25", u"0.25"_s);
    add("number at the open end", "number", "1", QString(),
        at + u"expected a number from 0 up to (not including) 1, got 1"_s);
    add("number of a boolean", "number", "true", QString(),
        at + u"expected a number from 0 up to (not including) 1, got true"_s);

    add("boolean", "boolean", "false", u"false"_s);
    add("boolean as text", "boolean", "\"yes\"", QString(), at + u"expected a boolean, got \"yes\""_s);

    add("url", "url", "\"https://example.org/a\"", u"https://example.org/a"_s);
    add("ftp url", "url", "\"ftp://example.org\"", QString(),
        at + u"expected an absolute http or https URL, got \"ftp://example.org\""_s);
    add("relative url", "url", "\"/a\"", QString(), at + u"expected an absolute http or https URL, got \"/a\""_s);

    add("date", "date", "\"2026-01-15\"", u"2026-01-15"_s);
    add("impossible date", "date", "\"2026-02-30\"", QString(),
        at + u"expected a date YYYY-MM-DD, got \"2026-02-30\""_s);
    add("month where the day is needed", "date", "\"2026-01\"", QString(),
        at + u"expected a date YYYY-MM-DD, got \"2026-01\""_s);
    add("month", "month", "\"2026-01\"", u"2026-01-01"_s);
    add("bad month", "month", "\"2026-13\"", QString(),
        at + u"expected a date YYYY-MM-DD or YYYY-MM, got \"2026-13\""_s);
    add("date too long", "date", "\"2026-01-015\"", QString(), at + u"text is 11 characters long; the limit is 10"_s);

    add("object", "object", "{\"a\": 1, \"b\": 2}", u"object"_s);
    add("object with an unknown key", "object", "{\"a\": 1, \"c\": 2}", u"object"_s,
        u"f.json:2:17: warning: at /v/c: unknown key \"c\" (ignored)"_s);
    add("object with a repeated key", "object", "{\"a\": 1, \"a\": 2}", u"object"_s,
        u"f.json:2:17: error: at /v/a: duplicate key \"a\""_s);
    add("object of an array", "object", "[]", QString(), at + u"expected an object, got an array"_s);
    add("escaped key in the pointer", "object", "{\"a/b~\": 1}", u"object"_s,
        u"f.json:2:9: warning: at /v/a~1b~0: unknown key \"a/b~\" (ignored)"_s);

    add("forEach", "forEach", "[{\"a\": \"x\"}, {\"a\": \"y\"}]", u"x,y"_s);
    add("forEach too few", "forEach", "[]", QString(), at + u"expected 1 to 2 items, got 0"_s);
    add("forEach too many", "forEach", "[{\"a\": \"x\"}, {\"a\": \"y\"}, {\"a\": \"z\"}]", QString(),
        at + u"expected 1 to 2 items, got 3"_s);
    add("forEach skips what is not an object", "forEach", "[1, {\"a\": \"y\"}]", u"y"_s,
        u"f.json:2:9: error: at /v/0: expected an object, got 1"_s);
    add("forEach of an object", "forEach", "{}", QString(), at + u"expected an array, got an object"_s);

    add("stringArray", "stringArray", "[\"a\", \"b\"]", u"a,b"_s);
    add("stringArray with a number", "stringArray", "[\"a\", 3]", u"a"_s,
        u"f.json:2:14: error: at /v/1: expected a string, got 3"_s);
    add("stringArray too long a string", "stringArray", "[\"abcdef\"]", QString(),
        u"f.json:2:9: error: at /v/0: text is 6 characters long; the limit is 5"_s);
    add("stringArray empty", "stringArray", "[]", QString(), at + u"expected 1 to 3 items, got 0"_s);
    add("stringArray too many, still read", "stringArray", "[\"a\", \"b\", \"c\", \"d\"]", u"a,b,c,d"_s,
        at + u"expected 1 to 3 items, got 4"_s);
    add("stringArray of a string", "stringArray", "\"a\"", QString(), at + u"expected an array, got \"a\""_s);

    add("forEachMember", "forEachMember", "{\"x\": 1, \"y\": 2}", u"x=1,y=2"_s);
    add("forEachMember repeated key", "forEachMember", "{\"x\": 1, \"x\": 2}", u"x=1"_s,
        u"f.json:2:17: error: at /v/x: duplicate key \"x\""_s);
    add("forEachMember bad value", "forEachMember", "{\"x\": 10}", u"x="_s,
        u"f.json:2:14: error: at /v/x: expected an integer from 0 to 9, got 10"_s);
    add("forEachMember of an array", "forEachMember", "[]", QString(), at + u"expected an object, got an array"_s);

    add("uniqueId", "uniqueId", "[{\"id\": \"a\"}, {\"id\": \"b\"}]", u"a,b"_s);
    add("uniqueId repeated", "uniqueId", "[{\"id\": \"a\"}, {\"id\": \"a\"}]", u"a,a"_s,
        u"f.json:2:29: error: at /v/1/id: duplicate id \"a\" (first used at /v/0)"_s);
}

void TestJsonReader::reads()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, value);
    QFETCH(QString, result);
    QFETCH(QString, diagnostics);

    const JsonDocument doc = parsed(document(value));
    JsonReader reader(doc, u"f.json"_s);
    QCOMPARE(read(reader, kind), result);
    QCOMPARE(dump(reader.diagnostics()), diagnostics);
    const bool failed = diagnostics.contains(u": error: "_s);
    QCOMPARE(reader.errorCount() > 0, failed);
}

void TestJsonReader::missingKeys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("diagnostics");
    const QString missing = u"f.json:1:1: error: at /: missing required key \"v\""_s;
    QTest::addRow("text") << u"text"_s << missing;
    QTest::addRow("optional text") << u"optional text"_s << QString();
    QTest::addRow("id") << u"id"_s << missing;
    QTest::addRow("url") << u"url"_s << missing;
    QTest::addRow("date") << u"date"_s << missing;
}

void TestJsonReader::missingKeys()
{
    QFETCH(QString, kind);
    QFETCH(QString, diagnostics);
    const JsonDocument doc = parsed("{}");
    JsonReader reader(doc, u"f.json"_s);
    QCOMPARE(read(reader, kind), QString());
    QCOMPARE(dump(reader.diagnostics()), diagnostics);
}

void TestJsonReader::diagnosticsAreCapped()
{
    const JsonDocument doc = parsed("[1, 2, 3, 4, 5, 6]");
    JsonReader reader(doc, u"f.json"_s, 3);
    reader.forEach(&doc.root(), JsonPath(), 0, 10, [](const Node &, const JsonPath &) {});
    QCOMPARE(reader.diagnostics().size(), 4);
    QVERIFY(reader.truncated());
    QCOMPARE(reader.diagnostics().last().toString(), u"f.json:1:11: error: too many problems; stopping after 3"_s);
    QCOMPARE(reader.errorCount(), 4);
}

// Warnings never end the reading: past their own cap they are counted, and one line
// at the end says how many were left out; errors keep their cap.
void TestJsonReader::warningsAreCountedApart()
{
    const JsonDocument doc = parsed(R"({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "v": true})");
    JsonReader reader(doc, u"f.json"_s, 3, 2);
    reader.checkKeys(doc.root(), JsonPath(), {"v"});
    reader.integer(*doc.find(doc.root(), "v"), JsonPath(JsonPath(), "v"), 0, 5);
    reader.finish();
    QCOMPARE(dump(reader.diagnostics()),
             u"f.json:1:2: warning: at /a: unknown key \"a\" (ignored)\n"
             "f.json:1:10: warning: at /b: unknown key \"b\" (ignored)\n"
             "f.json:1:47: error: at /v: expected an integer from 0 to 5, got true\n"
             "f.json: warning: 3 more warnings not listed"_s);
    QCOMPARE(reader.errorCount(), 1);
    QCOMPARE(reader.warningCount(), 5);
    QVERIFY(!reader.truncated());
}

// A file from a newer Versus may carry any number of keys this one does not know.
void TestJsonReader::manyUnknownKeys()
{
    QByteArray text = "{\"v\": 1";
    for (int i = 0; i < 100000; ++i)
        text += ",\"k" + QByteArray::number(i) + "\":0";
    text += '}';
    const JsonDocument doc = parsed(text);
    JsonReader reader(doc, u"f.json"_s);
    QVERIFY(reader.object(doc.root(), JsonPath(), {"v"}));
    reader.finish();
    const auto &list = reader.diagnostics();
    QCOMPARE(list.size(), JsonReader::defaultMaxWarnings + 1);
    QCOMPARE(reader.errorCount(), 0);
    QCOMPARE(reader.warningCount(), 100000);
    QVERIFY(std::none_of(list.begin(), list.end(), [](const Diagnostic &d) { return d.isError(); }));
    QCOMPARE(list.first().toString(), u"f.json:1:9: warning: at /k0: unknown key \"k0\" (ignored)"_s);
    QCOMPARE(list[199].pointer, u"/k199"_s);
    QCOMPARE(list.last().toString(), u"f.json: warning: 99800 more warnings not listed"_s);
}

// Repeated keys are errors: the first 200 are listed, then the reading stops.
void TestJsonReader::manyRepeatedKeys()
{
    QByteArray text = "{\"v\": 0";
    for (int i = 0; i < 100000; ++i)
        text += ",\"v\":" + QByteArray::number(i);
    text += '}';
    const JsonDocument doc = parsed(text);
    JsonReader reader(doc, u"f.json"_s);
    QVERIFY(reader.object(doc.root(), JsonPath(), {"v"}));
    reader.finish();
    const auto &list = reader.diagnostics();
    QCOMPARE(list.size(), JsonReader::defaultMaxErrors + 1);
    QVERIFY(reader.truncated());
    QCOMPARE(list[0].message, u"duplicate key \"v\""_s);
    QCOMPARE(list.last().message, u"too many problems; stopping after 200"_s);
}

void TestJsonReader::sortedByPlace()
{
    const JsonDocument doc = parsed("{\"a\": 1,\n \"b\": 2}");
    JsonReader reader(doc, u"f.json"_s);
    const Node &root = doc.root();
    reader.error(*doc.find(root, "b"), JsonPath(JsonPath(), "b"), u"second"_s);
    reader.warning(*doc.find(root, "a"), JsonPath(JsonPath(), "a"), u"first"_s);
    reader.finish();
    QCOMPARE(dump(reader.diagnostics()), u"f.json:1:7: warning: at /a: first\nf.json:2:7: error: at /b: second"_s);
}

// A workshop's answers can be a map of many keys: repeats are still found, in order.
void TestJsonReader::largeMapsFindRepeatedKeys()
{
    QByteArray text = "{";
    for (int i = 0; i < 100; ++i)
        text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i % 10) + ", ";
    text += "\"k7\": 1, \"k99\": 2}";
    const JsonDocument doc = parsed(text);
    JsonReader reader(doc, u"f.json"_s);
    int count = 0;
    reader.forEachMember(doc.root(), JsonPath(),
                         [&](const JsonDocument::Member &, const Node &, const JsonPath &) { ++count; });
    QCOMPARE(count, 100);
    QCOMPARE(reader.diagnostics().size(), 2);
    QCOMPARE(reader.diagnostics()[0].pointer, u"/k7"_s);
    QCOMPARE(reader.diagnostics()[1].pointer, u"/k99"_s);
    QVERIFY(reader.diagnostics()[0].message.startsWith(u"duplicate key"_s));
}

// Type names go into translated sentences, so they are translated too.
void TestJsonReader::germanTypeNames()
{
    QTranslator german;
    QVERIFY(german.load(u":/i18n/versus_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const JsonDocument doc = parsed(document("{}"));
    JsonReader reader(doc, u"f.json"_s);
    reader.text(doc.root(), JsonPath(), "v", JsonReader::Required);
    reader.boolean(doc.root(), JsonPath());
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(reader.diagnostics().size(), 2);
    QCOMPARE(reader.diagnostics()[0].message, u"erwartet: eine Zeichenkette, erhalten: ein Objekt"_s);
    QCOMPARE(reader.diagnostics()[1].message, u"erwartet: ein Wahrheitswert, erhalten: ein Objekt"_s);
    QCOMPARE(JsonDocument::typeName(JsonDocument::Type::Array), u"an array"_s); // back to English
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
