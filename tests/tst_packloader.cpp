#include "core/pack/packloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::dump;

namespace {

const QString minimalPath = QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Sets (or, with no value, removes) the value at a JSON pointer; test-only helper.
QJsonValue patched(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = key.toInt();
        if (path.isEmpty()) {
            if (value)
                array[i] = *value;
            else
                array.removeAt(i);
        } else {
            array[i] = patched(array[i], path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value)
            object[key] = *value;
        else
            object.remove(key);
    } else {
        object[key] = patched(object[key], path, value);
    }
    return object;
}

QByteArray minimalWith(const QString &pointer, const std::optional<QJsonValue> &value)
{
    const QJsonObject root = QJsonDocument::fromJson(readFile(minimalPath)).object();
    const QJsonValue result = patched(root, pointer.mid(1).split(u'/'), value);
    return QJsonDocument(result.toObject()).toJson(QJsonDocument::Indented);
}

// The same on a pack already patched.
QByteArray patchedWith(const QByteArray &data, const QString &pointer, const QJsonValue &value)
{
    const QJsonValue result = patched(QJsonDocument::fromJson(data).object(), pointer.mid(1).split(u'/'), value);
    return QJsonDocument(result.toObject()).toJson(QJsonDocument::Indented);
}

// The text at a line and column, to check that a diagnostic points at the right place.
QString textAt(const QByteArray &data, int line, int column)
{
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    if (line < 1 || line > lines.size())
        return {};
    return lines[line - 1].mid(column - 1);
}

const Diagnostic *findDiagnostic(const QList<Diagnostic> &list, const QString &pointer, const QString &fragment)
{
    for (const auto &d : list) {
        if (d.pointer == pointer && d.message.contains(fragment))
            return &d;
    }
    return nullptr;
}

} // namespace

class TestPackLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void minimalPackLoads();
    void aliasesAndSynonymsLoad();
    void threeContenders();
    void threeContenderEdges_data();
    void threeContenderEdges();
    void versionOneIsMigrated();
    void embeddedPack();
    void shippedPacks_data();
    void shippedPacks();
    void databasePack();
    void validationErrors_data();
    void validationErrors();
    void diagnosticFormat();
    void duplicateKeys();
    void hugeNumbers();
    void markdownOnlyLinksResolve();
    void jsonTestSuite_data();
    void jsonTestSuite();
    void fileProblems();
    void sizeLimit();
    void byteOrderMarkAndInvalidUtf8();
    void truncatedAndEmpty();
    void diagnosticsAreCapped();
    void unknownKeysAreWarnings();
    void manyUnknownKeysNeverRefuse();
    void warningsAndErrorsAreCappedApart();
    void documentedExampleIsValid();
    void deliveryAndPromises();
    void misspeltRequiredKeyNamesTheMisspelling();
    void tooManyContendersIsOneError();
    void emptyObjectListsEveryMissingKey();
    void schemaAndCommentKeysAreAccepted();
    void plainHttpToThisComputerIsAccepted();
    void syntaxErrorsNameTheirCause_data();
    void syntaxErrorsNameTheirCause();
    void missingClosingBraceSaysWhereItOpened();
    void publisher();
    void publisherLogoProblemsAreWarnings_data();
    void publisherLogoProblemsAreWarnings();
};

void TestPackLoader::init()
{
    Versus::Test::failOnWarnings();
}

// Aliases (criteria, FAQ entries) and synonyms (the pack) are read as lists, repeats and blanks dropped.
void TestPackLoader::aliasesAndSynonymsLoad()
{
    const auto aliases = PackLoader::loadData(
        minimalWith(u"/faq/1/aliases"_s, QJsonArray{u"morning"_s, u" "_s, u"morning"_s, u"dawn"_s}), u"p.json"_s);
    QVERIFY2(aliases.ok() && aliases.diagnostics.isEmpty(), qPrintable(dump(aliases.diagnostics)));
    QCOMPARE(aliases.pack->faq[1].aliases, (QStringList{u"morning"_s, u"dawn"_s}));
    QVERIFY(aliases.pack->criteria[0].aliases.isEmpty());
    const auto synonyms = PackLoader::loadData(
        minimalWith(u"/synonyms"_s, QJsonArray{QJsonArray{u"tea"_s, u"chai"_s}, QJsonArray{u"joe"_s, u"joe"_s}}),
        u"p.json"_s);
    QVERIFY2(synonyms.ok() && synonyms.diagnostics.isEmpty(), qPrintable(dump(synonyms.diagnostics)));
    QCOMPARE(synonyms.pack->synonyms, (QList<QStringList>{{u"tea"_s, u"chai"_s}})); // one term is no synonym
}

void TestPackLoader::minimalPackLoads()
{
    const auto result = PackLoader::loadFile(minimalPath);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.id, u"tea-vs-coffee"_s);
    QCOMPARE(pack.updated, QDate(2026, 1, 15));
    QCOMPARE(pack.contenders.size(), 2);
    QCOMPARE(pack.contenders[1].homepage, QUrl(u"https://example.org/coffee"_s));
    QCOMPARE(pack.summary[0].edge, Edge::of(1));
    QCOMPARE(pack.summary[1].edge, Edge::tie());
    QCOMPARE(pack.criteria.size(), 3);
    QCOMPARE(pack.criteria[2].category, 1);
    QCOMPARE(pack.criteria[0].values[1].rating, 2);
    QCOMPARE(pack.criteria[1].sources[0].asOfDate, QDate(2024, 5, 1));
    QCOMPARE(pack.distinctSourceCount(), 3);
    QCOMPARE(pack.verdict.chooseWhen[1].size(), 2);
    const Question &extras = pack.checklist.questions[1];
    QVERIFY(extras.multi);
    QVERIFY(extras.showIf.has_value());
    QCOMPARE(extras.showIf->question, 0);
    QCOMPARE(extras.showIf->option, 1);
    const Option &sleepy = pack.checklist.questions[0].options[0];
    QCOMPARE(sleepy.importance.size(), 1);
    QCOMPARE(sleepy.importance[0].category, 1);
    QCOMPARE(sleepy.importance[0].level, 5);
    const Option &sugar = pack.checklist.questions[1].options[1];
    QCOMPARE(sugar.mustHave.size(), 1);
    QCOMPARE(sugar.mustHave[0].criterion, 0);
    QCOMPARE(sugar.mustHave[0].atLeast, 3);
    QCOMPARE(sleepy.criteria, QList<int>{2});
    QCOMPARE(pack.faqIndex.value(u"when"_s), 1);
    QCOMPARE(pack.inquiry.fields.size(), 5);
    QCOMPARE(pack.inquiry.fields[1].maxLength, 200); // the default
    QCOMPARE(pack.inquiry.fields[2].options.size(), 2);
    QCOMPARE(pack.inquiry.fields[3].type, InquiryField::Type::Multiline);
}

void TestPackLoader::threeContenders()
{
    const auto result = PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"));
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.pack->contenders.size(), 3);
    QCOMPARE(result.pack->criteria[2].edge, Edge::of(2));
}

// An edge shared by some contenders loads, and the edge is checked against the ratings
// (a warning at the edge's pointer; the pack still opens).
void TestPackLoader::threeContenderEdges_data()
{
    QTest::addColumn<QList<int>>("ratings"); // tea, coffee, cocoa on /criteria/0
    QTest::addColumn<QString>("edgeJson");
    QTest::addColumn<QList<int>>("leaders");
    QTest::addColumn<QString>("warning"); // empty: none

    QTest::addRow("shared lead") << QList<int>{4, 4, 1} << u"[\"coffee\", \"tea\"]"_s << QList<int>{0, 1} << QString();
    QTest::addRow("one in a list") << QList<int>{4, 2, 1} << u"[\"tea\"]"_s << QList<int>{0} << QString();
    QTest::addRow("all in a list is a tie")
        << QList<int>{3, 3, 3} << u"[\"tea\", \"coffee\", \"cocoa\"]"_s << QList<int>{} << QString();
    QTest::addRow("shared lead called a tie")
        << QList<int>{4, 4, 1} << u"\"tie\""_s << QList<int>{}
        << u"the edge is a tie, but the ratings put \"tea\", \"coffee\" ahead (rated 4)"_s;
    QTest::addRow("clear leader called a tie")
        << QList<int>{2, 5, 2} << u"\"tie\""_s << QList<int>{}
        << u"the edge is a tie, but the ratings put \"coffee\" ahead (rated 5)"_s;
    QTest::addRow("shared lead given to one")
        << QList<int>{4, 4, 1} << u"\"tea\""_s << QList<int>{0}
        << u"the edge names \"tea\", but the ratings put \"tea\", \"coffee\" in the lead (rated 4)"_s;
    QTest::addRow("a list naming one rated lower")
        << QList<int>{4, 2, 1} << u"[\"tea\", \"coffee\"]"_s << QList<int>{0, 1}
        << u"the edge names \"coffee\" (rated 2), but \"tea\" is rated higher (4)"_s;
    QTest::addRow("a lead where all are equal") << QList<int>{3, 3, 3} << u"\"cocoa\""_s << QList<int>{2}
                                                << u"the edge names \"cocoa\", but every contender is rated 3"_s;
}

void TestPackLoader::threeContenderEdges()
{
    QFETCH(QList<int>, ratings);
    QFETCH(QString, edgeJson);
    QFETCH(QList<int>, leaders);
    QFETCH(QString, warning);

    QJsonValue root
        = QJsonDocument::fromJson(readFile(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"))).object();
    const QStringList ids{u"tea"_s, u"coffee"_s, u"cocoa"_s};
    for (int c = 0; c < ids.size(); ++c)
        root = patched(root, {u"criteria"_s, u"0"_s, u"values"_s, ids[c], u"rating"_s}, ratings[c]);
    root = patched(root, {u"criteria"_s, u"0"_s, u"edge"_s},
                   QJsonDocument::fromJson(u"[%1]"_s.arg(edgeJson).toUtf8()).array().at(0));
    const auto result
        = PackLoader::loadData(QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented), u"three.json"_s);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.pack->criteria[0].edge.leaders, leaders);
    if (warning.isEmpty()) {
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
        return;
    }
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QVERIFY(!d.isError());
    QCOMPARE(d.pointer, u"/criteria/0/edge"_s);
    QCOMPARE(d.message, warning);
    QVERIFY2(textAt(QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented), d.line, d.column)
                 .startsWith(edgeJson.at(0)),
             "the warning points at the edge's value");
}

// A versus-pack/1 pack still opens: its option weights and tie margin are dropped, with one warning.
void TestPackLoader::versionOneIsMigrated()
{
    const auto result = PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/v1-minimal.json"));
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QVERIFY(!d.isError());
    QCOMPARE(d.pointer, u"/format"_s);
    QVERIFY2(d.message.contains(u"versus-pack/1 pack read as versus-pack/2"_s), qPrintable(d.message));
    QVERIFY(d.message.contains(u"\"weights\""_s));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.formatVersion, 1);
    QCOMPARE(pack.checklist.tieMargin, Checklist().tieMargin); // 0.1 in the file meant checklist points
    QCOMPARE(pack.checklist.questions.size(), 2);
    for (const Question &q : pack.checklist.questions) {
        for (const Option &o : q.options)
            QVERIFY(!o.hasEffect());
    }
    QCOMPARE(pack.checklist.questions[0].options[0].criteria, QList<int>{2}); // "see also" stays
    // A versus-pack/1 weight out of range is still an error: the file is checked as written.
    QFile file(QStringLiteral(VERSUS_TEST_DATA "/packs/v1-minimal.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bad = file.readAll();
    bad.replace("\"weights\": {\"coffee\": 2}", "\"weights\": {\"coffee\": 9}");
    QVERIFY(!PackLoader::loadData(bad, u"v1.json"_s).ok());
}

void TestPackLoader::embeddedPack()
{
    const auto result = PackLoader::loadFile(PackLoader::embeddedPackPath());
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.id, u"django-vs-fastapi"_s);
    QCOMPARE(pack.contenders.size(), 2);
    QVERIFY(pack.summary.size() >= 12);
    QVERIFY(pack.criteria.size() >= 40);
    QVERIFY(pack.categories.size() >= 8);
    QVERIFY(pack.faq.size() >= 20);
    QVERIFY(pack.checklist.questions.size() >= 14);
    QVERIFY(pack.distinctSourceCount() >= 30);
    for (const auto &c : pack.criteria) {
        QVERIFY2(!c.sources.isEmpty() || c.context, qPrintable(c.id)); // a context criterion is about the client
        QVERIFY2(!c.explanation.isEmpty(), qPrintable(c.id));
        for (const auto &s : c.sources) {
            QCOMPARE(s.url.scheme(), u"https"_s);
            QVERIFY(s.asOfDate.isValid());
        }
    }
    for (const auto &list : pack.verdict.chooseWhen)
        QVERIFY(list.size() >= 4);
    // The form the Foundation issue names, in that order.
    QStringList ids;
    for (const auto &f : pack.inquiry.fields)
        ids.append(f.id);
    QCOMPARE(ids,
             (QStringList{u"name"_s, u"email"_s, u"company"_s, u"role"_s, u"project-type"_s, u"timeline"_s, u"budget"_s,
                          u"description"_s, u"contact"_s, u"consent"_s}));
    QVERIFY(pack.inquiry.fields.constLast().required);
    QCOMPARE(pack.inquiry.fields.constLast().type, InquiryField::Type::Checkbox);
    // No placeholder address: whoever ships Versus sets their own. The consultancy's promises
    // are those of its original page (shared/content/original-page.txt).
    QVERIFY(pack.inquiry.endpoint.isEmpty());
    QCOMPARE(pack.inquiry.promises,
             (QStringList{u"We'll respond within 24 hours."_s,
                          u"We limit intake each month so every project gets the focus it deserves."_s}));
    QVERIFY(PackLoader::loadEmbedded());
    // Search words a consultant would type that the texts do not use.
    QVERIFY(pack.criteria[pack.criterionIndex.value(u"job-queues"_s)].aliases.contains(u"celery"_s));
    QVERIFY(pack.faq[pack.faqIndex.value(u"user-accounts"_s)].aliases.contains(u"login"_s));
    QVERIFY(pack.synonyms.contains(QStringList{u"websocket"_s, u"web socket"_s, u"ws"_s}));
}

// Every pack in resources/packs (embedded or installed) loads without a single problem.
void TestPackLoader::shippedPacks_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(VERSUS_SOURCE_DIR "/resources/packs"));
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 2);
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
}

void TestPackLoader::shippedPacks()
{
    QFETCH(QString, path);
    const auto result = PackLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
    for (const auto &c : result.pack->criteria) {
        for (const auto &s : c.sources) {
            QVERIFY2(s.url.scheme() == u"https"_s, qPrintable(c.id + u": "_s + s.url.toString()));
            QVERIFY2(s.asOfDate.isValid(), qPrintable(c.id));
        }
    }
}

// The second real pack (issue #17): three contenders and the sizes the issue asks for.
void TestPackLoader::databasePack()
{
    const auto result
        = PackLoader::loadFile(QStringLiteral(VERSUS_SOURCE_DIR "/resources/packs/postgresql-mysql-sqlite.json"));
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.id, u"postgresql-mysql-sqlite"_s);
    QStringList contenders;
    for (const auto &c : pack.contenders)
        contenders.append(c.id);
    QCOMPARE(contenders, (QStringList{u"postgresql"_s, u"mysql"_s, u"sqlite"_s}));
    QVERIFY(pack.categories.size() >= 10);
    QVERIFY(pack.criteria.size() >= 40);
    QVERIFY(pack.faq.size() >= 15);
    QVERIFY(pack.checklist.questions.size() >= 12);
    QCOMPARE(pack.verdict.chooseWhen.size(), 3);
    for (const auto &list : pack.verdict.chooseWhen)
        QVERIFY(list.size() >= 4);
    QVERIFY(pack.inquiry.endpoint.isEmpty()); // no placeholder address: Settings or --endpoint say where
}

void TestPackLoader::validationErrors_data()
{
    QTest::addColumn<QString>("patchPointer");
    QTest::addColumn<QString>("patchJson"); // a JSON value, or empty to remove the key
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("isError");

    const auto add = [](const char *name, const QString &at, const QString &json, const QString &pointer,
                        const QString &message, bool isError = true) {
        QTest::addRow("%s", name) << at << json << pointer << message << isError;
    };
    const QString rating = u"/criteria/0/values/tea/rating"_s;
    add("rating as text", rating, u"\"five\""_s, rating, u"expected an integer from 0 to 5, got \"five\""_s);
    add("rating too high", rating, u"6"_s, rating, u"expected an integer from 0 to 5, got 6"_s);
    add("rating negative", rating, u"-1"_s, rating, u"got -1"_s);
    add("rating fraction", rating, u"2.5"_s, rating, u"got 2.5"_s);
    add("rating null", rating, u"null"_s, rating, u"got null"_s);
    add("missing rating", rating, QString(), u"/criteria/0/values/tea"_s, u"missing required key \"rating\""_s);
    add("unknown edge", u"/criteria/0/edge"_s, u"\"milk\""_s, u"/criteria/0/edge"_s,
        u"expected a contender id, a list of contender ids or \"tie\", got \"milk\""_s);
    add("edge not a string", u"/summary/0/edge"_s, u"1"_s, u"/summary/0/edge"_s,
        u"expected a contender id, a list of contender ids or \"tie\", got 1"_s);
    add("edge list with a stranger", u"/summary/0/edge"_s, u"[\"tea\", \"milk\"]"_s, u"/summary/0/edge/1"_s,
        u"expected a contender id, got \"milk\""_s);
    add("edge list naming one twice", u"/summary/0/edge"_s, u"[\"tea\", \"tea\"]"_s, u"/summary/0/edge/1"_s,
        u"\"tea\" is named twice"_s);
    add("empty edge list", u"/summary/0/edge"_s, u"[]"_s, u"/summary/0/edge"_s, u"expected 1 to 2 items, got 0"_s);
    add("edge against ratings", u"/criteria/0/edge"_s, u"\"coffee\""_s, u"/criteria/0/edge"_s,
        u"the edge names \"coffee\" (rated 2), but \"tea\" is rated higher (4)"_s, false);
    add("invalid id", u"/criteria/0/id"_s, u"\"Bad Id\""_s, u"/criteria/0/id"_s, u"expected an id of 1 to 64"_s);
    add("long id", u"/criteria/0/id"_s, QJsonValue(QString(65, u'a')).toString().prepend(u'"').append(u'"'),
        u"/criteria/0/id"_s, u"expected an id"_s);
    add("duplicate criterion id", u"/criteria/1/id"_s, u"\"bitterness\""_s, u"/criteria/1/id"_s,
        u"duplicate id \"bitterness\" (first used at /criteria/0)"_s);
    add("duplicate contender id", u"/contenders/1/id"_s, u"\"tea\""_s, u"/contenders/1/id"_s, u"duplicate id"_s);
    add("unknown category", u"/criteria/0/category"_s, u"\"smell\""_s, u"/criteria/0/category"_s,
        u"no category has the id \"smell\""_s);
    add("v1 weights in v2", u"/checklist/questions/0/options/0/weights"_s, u"{\"coffee\": 2}"_s,
        u"/checklist/questions/0/options/0/weights"_s, u"points per contender are versus-pack/1"_s);
    add("importance too high", u"/checklist/questions/0/options/0/importance/health"_s, u"6"_s,
        u"/checklist/questions/0/options/0/importance/health"_s, u"expected an integer from 0 to 5, got 6"_s);
    add("importance of a stranger", u"/checklist/questions/0/options/0/importance/smell"_s, u"1"_s,
        u"/checklist/questions/0/options/0/importance/smell"_s, u"no category has the id \"smell\""_s);
    add("must-have unknown", u"/checklist/questions/1/options/1/mustHave/0/criterion"_s, u"\"nope\""_s,
        u"/checklist/questions/1/options/1/mustHave/0/criterion"_s, u"no criterion has the id \"nope\""_s);
    add("must-have level", u"/checklist/questions/1/options/1/mustHave/0/atLeast"_s, u"0"_s,
        u"/checklist/questions/1/options/1/mustHave/0/atLeast"_s, u"expected an integer from 1 to 5, got 0"_s);
    add("ratings of a rated criterion", u"/checklist/questions/0/options/0/ratings"_s,
        u"{\"aroma\": {\"tea\": 1, \"coffee\": 5}}"_s, u"/checklist/questions/0/options/0/ratings/aroma"_s,
        u"\"aroma\" is not a context criterion"_s);
    add("category importance", u"/categories/0/importance"_s, u"9"_s, u"/categories/0/importance"_s,
        u"expected an integer from 0 to 5, got 9"_s);
    add("showIf unknown question", u"/checklist/questions/1/showIf/question"_s, u"\"nope\""_s,
        u"/checklist/questions/1/showIf/question"_s, u"no earlier question has the id \"nope\""_s);
    add("showIf forward", u"/checklist/questions/0/showIf"_s, u"{\"question\": \"extras\", \"answer\": \"milk\"}"_s,
        u"/checklist/questions/0/showIf/question"_s, u"no earlier question"_s);
    add("showIf unknown answer", u"/checklist/questions/1/showIf/answer"_s, u"\"angry\""_s,
        u"/checklist/questions/1/showIf/answer"_s, u"question \"mood\" has no option \"angry\""_s);
    add("option criterion unknown", u"/checklist/questions/0/options/0/criteria/0"_s, u"\"nope\""_s,
        u"/checklist/questions/0/options/0/criteria/0"_s, u"no criterion has the id \"nope\""_s);
    add("one option", u"/checklist/questions/0/options/1"_s, QString(), u"/checklist/questions/0/options"_s,
        u"expected 2 to 20 items, got 1"_s);
    add("question kind", u"/checklist/questions/0/kind"_s, u"\"maybe\""_s, u"/checklist/questions/0/kind"_s,
        u"expected \"single\" or \"multi\""_s);
    add("tie margin", u"/checklist/tieMargin"_s, u"1.5"_s, u"/checklist/tieMargin"_s, u"expected a number from 0"_s);
    add("one contender", u"/contenders/1"_s, QString(), u"/contenders"_s, u"expected 2 to 4 items, got 1"_s);
    add("five contenders", u"/contenders"_s,
        u"[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"},{\"id\":\"c\",\"name\":\"C\"},"
        "{\"id\":\"d\",\"name\":\"D\"},{\"id\":\"e\",\"name\":\"E\"}]"_s,
        u"/contenders"_s, u"expected 2 to 4 items, got 5"_s);
    add("text too long", u"/verdict/summary"_s, u'"' + QString(8001, u'x') + u'"', u"/verdict/summary"_s,
        u"text is 8001 characters long; the limit is 8000"_s);
    add("control character", u"/title"_s, u"\"a\\u0007b\""_s, u"/title"_s, u"control character U+0007"_s);
    add("C1 control character", u"/criteria/0/explanation"_s, u"\"a\\u0085b\""_s, u"/criteria/0/explanation"_s,
        u"text contains the control character U+0085"_s);
    add("C1 control in a source", u"/criteria/0/sources/0/title"_s, u"\"\\u009b31m\""_s,
        u"/criteria/0/sources/0/title"_s, u"control character U+009B"_s);
    add("empty title", u"/title"_s, u"\"  \""_s, u"/title"_s, u"must not be empty"_s);
    add("missing title", u"/title"_s, QString(), u""_s, u"missing required key \"title\""_s);
    add("summary not an array", u"/summary"_s, u"{}"_s, u"/summary"_s, u"expected an array, got an object"_s);
    add("criterion not an object", u"/criteria/0"_s, u"[]"_s, u"/criteria/0"_s, u"expected an object, got an array"_s);
    add("newer format", u"/format"_s, u"\"versus-pack/3\""_s, u"/format"_s, u"reads versus-pack/2"_s);
    add("impossible date", u"/updated"_s, u"\"2026-02-30\""_s, u"/updated"_s, u"expected a date YYYY-MM-DD"_s);
    add("bad language", u"/language"_s, u"\"English\""_s, u"/language"_s, u"expected a language tag"_s);
    add("javascript url", u"/criteria/0/sources/0/url"_s, u"\"javascript:alert(1)\""_s, u"/criteria/0/sources/0/url"_s,
        u"expected an absolute http or https URL"_s);
    add("file url", u"/criteria/0/sources/0/url"_s, u"\"file:///etc/passwd\""_s, u"/criteria/0/sources/0/url"_s,
        u"http or https"_s);
    add("ftp homepage", u"/contenders/0/homepage"_s, u"\"ftp://example.org\""_s, u"/contenders/0/homepage"_s,
        u"http or https"_s);
    add("bad asOf", u"/criteria/0/sources/0/asOf"_s, u"\"last year\""_s, u"/criteria/0/sources/0/asOf"_s,
        u"expected a date YYYY-MM-DD or YYYY-MM"_s);
    add("no sources", u"/criteria/0/sources"_s, u"[]"_s, u"/criteria/0/sources"_s, u"expected 1 to 50 items, got 0"_s);
    add("broken internal link", u"/faq/0/answer"_s, u"\"See [x](versus:faq/nope).\""_s, u"/faq/0/answer"_s,
        u"leads nowhere"_s);
    add("bad field type", u"/inquiry/fields/0/type"_s, u"\"password\""_s, u"/inquiry/fields/0/type"_s,
        u"expected one of \"text\""_s);
    add("choice without options", u"/inquiry/fields/2/options"_s, QString(), u"/inquiry/fields/2"_s,
        u"a choice field needs options"_s);
    add("options on a text field", u"/inquiry/fields/0/options"_s, u"[{\"id\":\"x\",\"label\":\"X\"}]"_s,
        u"/inquiry/fields/0/options"_s, u"only a field of type \"choice\" has options"_s);
    add("max length zero", u"/inquiry/fields/0/maxLength"_s, u"0"_s, u"/inquiry/fields/0/maxLength"_s,
        u"expected an integer from 1 to 8000, got 0"_s);
    add("reserved field id", u"/inquiry/fields/0/id"_s, u"\"verdict\""_s, u"/inquiry/fields/0/id"_s,
        u"\"verdict\" is reserved for the inquiry itself; choose another id"_s);
    add("required as text", u"/inquiry/fields/0/required"_s, u"\"yes\""_s, u"/inquiry/fields/0/required"_s,
        u"expected a boolean, got \"yes\""_s);
    add("unknown delivery profile", u"/inquiry/delivery"_s, u"{\"profile\": \"smtp\"}"_s,
        u"/inquiry/delivery/profile"_s,
        u"expected one of \"versus\", \"webhook\", \"form\", \"hubspot\", got \"smtp\""_s);
    add("header without its name", u"/inquiry/delivery"_s, u"{\"auth\": \"header\"}"_s, u"/inquiry/delivery"_s,
        u"\"auth\": \"header\" needs \"authHeader\", the header's name"_s);
    add("reply-to a stranger", u"/inquiry/delivery"_s, u"{\"replyTo\": \"phone\"}"_s, u"/inquiry/delivery/replyTo"_s,
        u"\"phone\" is not a field of this form"_s);
    add("extra fields as a list", u"/inquiry/delivery"_s, u"{\"extraFields\": [\"_subject\"]}"_s,
        u"/inquiry/delivery/extraFields"_s, u"expected an object, got an array"_s);
    add("too many promises", u"/inquiry/promises"_s, u"[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]"_s,
        u"/inquiry/promises"_s, u"expected 0 to 5 items, got 6"_s);
    add("missing contender value", u"/summary/0/values/coffee"_s, QString(), u"/summary/0/values"_s,
        u"missing a value for contender \"coffee\""_s);
    add("value for a stranger", u"/summary/0/values/milk"_s, u"\"x\""_s, u"/summary/0/values/milk"_s,
        u"\"milk\" is not a contender"_s);
    add("empty choose-when", u"/verdict/chooseWhen/tea"_s, u"[]"_s, u"/verdict/chooseWhen/tea"_s,
        u"expected 1 to 50 items, got 0"_s);
    add("duplicate option id", u"/checklist/questions/0/options/1/id"_s, u"\"sleepy\""_s,
        u"/checklist/questions/0/options/1/id"_s, u"duplicate id \"sleepy\""_s);
    add("unknown key", u"/criteria/0/colour"_s, u"\"red\""_s, u"/criteria/0/colour"_s, u"unknown key \"colour\""_s,
        false);
    add("aliases not a list", u"/criteria/0/aliases"_s, u"\"tisane\""_s, u"/criteria/0/aliases"_s,
        u"expected an array"_s);
    add("alias too long", u"/faq/0/aliases"_s, u"[\"%1\"]"_s.arg(QString(81, u'a')), u"/faq/0/aliases/0"_s,
        u"text is 81 characters long; the limit is 80"_s);
    add("synonyms not lists", u"/synonyms"_s, u"[\"tea\"]"_s, u"/synonyms/0"_s, u"expected an array"_s);
    add("one synonym alone", u"/synonyms"_s, u"[[\"tea\"]]"_s, u"/synonyms/0"_s, u"expected 2 to 20 items, got 1"_s);
    add("root unknown key", u"/x-extension"_s, u"{}"_s, u"/x-extension"_s, u"unknown key \"x-extension\""_s, false);
    add("misspelt key", u"/criteria/0/explaination"_s, u"\"x\""_s, u"/criteria/0/explaination"_s,
        u"unknown key \"explaination\" (ignored); did you mean \"explanation\"?"_s, false);
    add("edge in another case", u"/criteria/0/edge"_s, u"\"Tea\""_s, u"/criteria/0/edge"_s,
        u"got \"Tea\"; did you mean \"tea\"?"_s);
    add("value for a misspelt contender", u"/summary/0/values/cofee"_s, u"\"x\""_s, u"/summary/0/values/cofee"_s,
        u"\"cofee\" is not a contender of this pack; did you mean \"coffee\"?"_s);
    add("http endpoint", u"/inquiry/endpoint"_s, u"\"http://example.org/inq\""_s, u"/inquiry/endpoint"_s,
        u"inquiries are only sent over https (or http to this computer); use https://example.org/inq"_s);
    add("accent colour", u"/publisher"_s, u"{\"name\": \"X\", \"accent\": \"blue\"}"_s, u"/publisher/accent"_s,
        u"expected a colour such as \"#1f6feb\", got \"blue\""_s);
    add("publisher without a name", u"/publisher"_s, u"{\"website\": \"https://example.org\"}"_s, u"/publisher"_s,
        u"missing required key \"name\""_s);
    add("TODO marker", u"/criteria/1/explanation"_s, u"\"TODO: why they differ\""_s, u"/criteria/1/explanation"_s,
        u"still to be written (the text holds TODO)"_s, false);
}

void TestPackLoader::validationErrors()
{
    QFETCH(QString, patchPointer);
    QFETCH(QString, patchJson);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QFETCH(bool, isError);

    std::optional<QJsonValue> value;
    if (!patchJson.isNull()) {
        const auto wrapped = QJsonDocument::fromJson(u"[%1]"_s.arg(patchJson).toUtf8());
        QVERIFY(wrapped.isArray());
        value = wrapped.array().at(0);
    }
    const QByteArray data = minimalWith(patchPointer, value);
    const auto result = PackLoader::loadData(data, u"pack.json"_s);
    QCOMPARE(result.ok(), !isError);
    const Diagnostic *d = findDiagnostic(result.diagnostics, pointer, message);
    QVERIFY2(d,
             qPrintable(u"no diagnostic at %1 saying %2; got:\n%3"_s.arg(pointer, message, dump(result.diagnostics))));
    QCOMPARE(d->isError(), isError);
    QCOMPARE(d->file, u"pack.json"_s);
    QVERIFY(d->line >= 1 && d->column >= 1);
    // The place is that of the offending value, or of the key or object it concerns.
    const QString at = textAt(data, d->line, d->column);
    const bool aboutTheKey = message.startsWith(u"unknown key"_s) || message.contains(u"is not a contender"_s);
    if (value && pointer == patchPointer && !aboutTheKey && !message.startsWith(u"duplicate"_s)) {
        const QString serialised = QString::fromUtf8(QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact));
        QVERIFY2(at.startsWith(serialised.at(1)), qPrintable(at));
    } else {
        QVERIFY2(at.startsWith(u'{') || at.startsWith(u'[') || at.startsWith(u'"'), qPrintable(at));
    }
}

void TestPackLoader::diagnosticFormat()
{
    const QByteArray data = minimalWith(u"/criteria/0/values/tea/rating"_s, QJsonValue(u"five"_s));
    const auto result = PackLoader::loadData(data, u"packs/tea.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    const QString expected
        = u"packs/tea.json:%1:%2: error: at /criteria/0/values/tea/rating: expected an integer from 0 "
          "to 5, got \"five\""_s.arg(d.line)
              .arg(d.column);
    QCOMPARE(d.toString(), expected);
    QVERIFY(textAt(data, d.line, d.column).startsWith(u"\"five\""_s));

    const auto syntax = PackLoader::loadData("{\n  \"id\": tru\n}", u"broken.json"_s);
    QCOMPARE(syntax.diagnostics.size(), 1);
    QCOMPARE(syntax.diagnostics.first().toString(),
             u"broken.json:2:9: error: invalid literal (expected true, false or null)"_s);
}

void TestPackLoader::duplicateKeys()
{
    QByteArray data = readFile(minimalPath);
    data.replace("\"title\": \"Tea vs Coffee\",", "\"title\": \"Tea vs Coffee\",\n  \"title\": \"Other\",");
    const auto result = PackLoader::loadData(data, u"dup.json"_s);
    QVERIFY(!result.ok());
    const Diagnostic *d = findDiagnostic(result.diagnostics, u"/title"_s, u"duplicate key \"title\""_s);
    QVERIFY2(d, qPrintable(dump(result.diagnostics)));
    QCOMPARE(d->line, 5);
    QCOMPARE(d->column, 3);
}

void TestPackLoader::hugeNumbers()
{
    for (const char *number : {"1e400", "100000000000000000000000", "-1e400", "5e-400"}) {
        QByteArray data = readFile(minimalPath);
        data.replace("\"text\": \"Mild\", \"rating\": 4",
                     QByteArray(QByteArray("\"text\": \"Mild\", \"rating\": ") + number));
        const auto result = PackLoader::loadData(data, u"huge.json"_s);
        QVERIFY(!result.ok());
        const Diagnostic *d = findDiagnostic(result.diagnostics, u"/criteria/0/values/tea/rating"_s,
                                             u"got "_s + QString::fromLatin1(number));
        QVERIFY2(d, qPrintable(dump(result.diagnostics)));
    }
}

void TestPackLoader::markdownOnlyLinksResolve()
{
    // Links to existing items pass (the minimal pack has two); the pack text itself is kept as written.
    const auto result = PackLoader::loadFile(minimalPath);
    QVERIFY(result.ok());
    QVERIFY(result.pack->faq[0].answer.contains(u"versus:faq/when"_s));
}

void TestPackLoader::jsonTestSuite_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(VERSUS_JSON_TEST_SUITE));
    for (const QString &f : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

// n_: a syntax error with a line and column; y_: valid JSON that is not a pack, so a
// validation error with a JSON pointer; i_: either, cleanly.
void TestPackLoader::jsonTestSuite()
{
    QFETCH(QString, path);
    const auto result = PackLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.diagnostics.isEmpty());
    const Diagnostic &first = result.diagnostics.first();
    QVERIFY(first.isError());
    QVERIFY(first.line >= 1 && first.column >= 1);
    const QChar kind = QFileInfo(path).fileName().at(0);
    if (kind == u'n')
        QVERIFY2(first.pointer.isNull(), qPrintable(first.toString()));
    if (kind == u'y')
        QVERIFY2(!first.pointer.isNull(), qPrintable(first.toString()));
    QVERIFY(first.toString().startsWith(path + u':'));
}

void TestPackLoader::fileProblems()
{
    const auto missing = PackLoader::loadFile(u"/nonexistent/pack.json"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.diagnostics.first().toString(), u"/nonexistent/pack.json: error: no such file"_s);
    QTemporaryDir dir;
    const auto folder = PackLoader::loadFile(dir.path());
    QVERIFY(folder.diagnostics.first().message.contains(u"folder"_s));
    const QString unreadable = dir.filePath(u"secret.json"_s);
    QFile f(unreadable);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::Permissions()));
    if (QFile(unreadable).open(QIODevice::ReadOnly))
        QSKIP("running as a user who can read any file (root)");
    const auto denied = PackLoader::loadFile(unreadable);
    QVERIFY(denied.diagnostics.first().message.contains(u"cannot be read"_s));
}

void TestPackLoader::sizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[\"");
    f.write(QByteArray(PackLoader::maxFileSize, 'a'));
    f.write("\"]");
    f.close();
    const auto result = PackLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.diagnostics.first().message.contains(u"at most 16 MiB"_s), qPrintable(dump(result.diagnostics)));
    QVERIFY(!PackLoader::loadData(QByteArray(PackLoader::maxFileSize + 1, ' '), u"x"_s).ok());
}

void TestPackLoader::byteOrderMarkAndInvalidUtf8()
{
    const QByteArray data = readFile(minimalPath);
    const auto bom = PackLoader::loadData("\xEF\xBB\xBF" + data, u"bom.json"_s);
    QVERIFY2(bom.ok(), qPrintable(dump(bom.diagnostics)));

    QByteArray invalid = data;
    invalid.replace("Leaves in hot water", "Leaves in \xFF hot water");
    const auto result = PackLoader::loadData(invalid, u"latin1.json"_s);
    QVERIFY(!result.ok());
    const Diagnostic &d = result.diagnostics.first();
    QVERIFY(d.message.contains(u"UTF-8"_s));
    QCOMPARE(d.line, 10);
    QVERIFY(d.column > 40);
}

void TestPackLoader::truncatedAndEmpty()
{
    const QByteArray data = readFile(minimalPath);
    for (const qsizetype cut : {qsizetype(1), data.size() / 3, data.size() / 2, data.size() - 2}) {
        const auto result = PackLoader::loadData(data.left(cut), u"cut.json"_s);
        QVERIFY(!result.ok());
        QVERIFY(result.diagnostics.first().line >= 1);
    }
    const auto empty = PackLoader::loadData(QByteArray(), u"empty.json"_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.diagnostics.first().toString(), u"empty.json:1:1: error: the document is empty"_s);
}

void TestPackLoader::diagnosticsAreCapped()
{
    QJsonArray criteria;
    for (int i = 0; i < 400; ++i)
        criteria.append(QJsonObject{{u"id"_s, u"BAD"_s}});
    const QByteArray data = minimalWith(u"/criteria"_s, criteria);
    const auto result = PackLoader::loadData(data, u"many.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 201);
    QVERIFY(std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                        [](const Diagnostic &d) { return d.message.contains(u"too many problems"_s); }));
}

void TestPackLoader::unknownKeysAreWarnings()
{
    const QByteArray data = minimalWith(u"/contenders/0/mascot"_s, QJsonValue(u"a kettle"_s));
    const auto result = PackLoader::loadData(data, u"newer.json"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(!result.diagnostics.first().isError());
    QVERIFY(result.diagnostics.first().toString().contains(
        u": warning: at /contenders/0/mascot: unknown key \"mascot\""_s));
}

namespace {
// count members that this Versus does not know, each followed by a comma.
QByteArray unknownKeys(int count)
{
    QByteArray keys;
    for (int i = 0; i < count; ++i)
        keys += "\"x-" + QByteArray::number(i) + "\": 0, ";
    return keys;
}
} // namespace

// A pack from a newer Versus: any number of unknown keys, listed up to the cap, then counted.
void TestPackLoader::manyUnknownKeysNeverRefuse()
{
    QByteArray data = readFile(minimalPath);
    data.insert(data.indexOf('{') + 1, unknownKeys(100000));
    const auto result = PackLoader::loadData(data, u"newer.json"_s);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics.mid(195))));
    QCOMPARE(result.diagnostics.size(), 201);
    QVERIFY(!hasErrors(result.diagnostics));
    QCOMPARE(result.diagnostics.first().pointer, u"/x-0"_s);
    QCOMPARE(result.diagnostics[199].pointer, u"/x-199"_s);
    QCOMPARE(result.diagnostics.last().toString(), u"newer.json: warning: 99800 more warnings not listed"_s);

    // In every criterion too.
    QByteArray spread = readFile(minimalPath);
    spread.replace("\"explanation\"", QByteArray(unknownKeys(5000) + "\"explanation\""));
    const auto many = PackLoader::loadData(spread, u"spread.json"_s);
    QVERIFY2(many.ok(), qPrintable(dump(many.diagnostics.mid(195))));
    QCOMPARE(many.diagnostics.size(), 201);
    QVERIFY(many.diagnostics.last().message.endsWith(u"more warnings not listed"_s));
}

// Errors stop the reading at their cap whatever the warnings before them.
void TestPackLoader::warningsAndErrorsAreCappedApart()
{
    QJsonArray criteria;
    for (int i = 0; i < 400; ++i)
        criteria.append(QJsonObject{{u"id"_s, u"BAD"_s}});
    QByteArray data = minimalWith(u"/criteria"_s, criteria);
    data.insert(data.indexOf('{') + 1, unknownKeys(300));
    const auto result = PackLoader::loadData(data, u"both.json"_s);
    QVERIFY(!result.ok());
    const auto count = [&](bool errors) {
        return std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                             [&](const Diagnostic &d) { return d.isError() == errors; });
    };
    QCOMPARE(count(false), 201); // 200 listed and the line that counts the others
    QCOMPARE(count(true), 201); // 200 and "too many problems"
    QCOMPARE(result.diagnostics.last().message, u"100 more warnings not listed"_s);
}

// The example in docs/pack-format.md must stay a valid pack.
void TestPackLoader::documentedExampleIsValid()
{
    const QString doc = QString::fromUtf8(readFile(QStringLiteral(VERSUS_SOURCE_DIR "/docs/pack-format.md")));
    const qsizetype start = doc.indexOf(u"```json\n"_s);
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf(u"```"_s, start + 8);
    const QByteArray example = doc.mid(start + 8, end - start - 8).toUtf8();
    const auto result = PackLoader::loadData(example, u"example.json"_s);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
}

// inquiry.delivery and a field's sendAs: how a pack tells Versus to reach its receiver.
void TestPackLoader::deliveryAndPromises()
{
    QJsonObject delivery{{u"profile"_s, u"hubspot"_s},
                         {u"pageName"_s, u"Tea or coffee?"_s},
                         {u"idField"_s, u"inquiry_id"_s},
                         {u"auth"_s, u"header"_s},
                         {u"authHeader"_s, u"x-make-apikey"_s},
                         {u"shape"_s, u"flat"_s},
                         {u"extraFields"_s, QJsonObject{{u"_subject"_s, u"New inquiry"_s}}}};
    QByteArray data = minimalWith(u"/inquiry/delivery"_s, delivery);
    data = patchedWith(data, u"/inquiry/fields/0/sendAs"_s, QJsonValue(u"firstname"_s));
    data = patchedWith(data, u"/inquiry/promises"_s, QJsonArray{u"We answer within a day."_s});
    const auto result = PackLoader::loadData(data, u"pack.json"_s);
    QVERIFY2(result.ok() && result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
    const DeliveryProfile &d = result.pack->inquiry.delivery;
    QCOMPARE(d.format, InquiryFormat::HubSpot);
    QCOMPARE(d.pageName, u"Tea or coffee?"_s);
    QCOMPARE(d.idField, u"inquiry_id"_s);
    QCOMPARE(d.verdictField, u"versus_verdict"_s); // the default
    QCOMPARE(d.auth, DeliveryProfile::Auth::Header);
    QCOMPARE(d.authHeader, u"x-make-apikey"_s);
    QCOMPARE(d.shape, DeliveryProfile::Shape::Flat);
    QCOMPARE(d.extraFields, (QList<std::pair<QString, QString>>{{u"_subject"_s, u"New inquiry"_s}}));
    QCOMPARE(d.sendAs.value(u"name"_s), u"firstname"_s);
    QCOMPARE(d.replyTo, u"email"_s); // the first email field
    QCOMPARE(result.pack->inquiry.promises, QStringList{u"We answer within a day."_s});
    // Without a delivery object: Versus's protocol, the pack's title as the page name.
    const auto plain = PackLoader::loadData(minimalWith(u"/inquiry/delivery"_s, std::nullopt), u"pack.json"_s);
    QCOMPARE(plain.pack->inquiry.delivery.format, InquiryFormat::Versus);
    QCOMPARE(plain.pack->inquiry.delivery.pageName, plain.pack->title);
}

void TestPackLoader::misspeltRequiredKeyNamesTheMisspelling()
{
    QJsonObject root = QJsonDocument::fromJson(readFile(minimalPath)).object();
    QJsonArray criteria = root[u"criteria"_s].toArray();
    QJsonObject first = criteria[0].toObject();
    first[u"explaination"_s] = first.take(u"explanation"_s);
    criteria[0] = first;
    root[u"criteria"_s] = criteria;
    const auto result = PackLoader::loadData(QJsonDocument(root).toJson(), u"pack.json"_s);
    QVERIFY(!result.ok());
    QVERIFY2(findDiagnostic(result.diagnostics, u"/criteria/0"_s,
                            u"missing required key \"explanation\" (is \"explaination\" a misspelling of it?)"_s),
             qPrintable(dump(result.diagnostics)));
    QVERIFY2(findDiagnostic(result.diagnostics, u"/criteria/0/explaination"_s, u"did you mean \"explanation\"?"_s),
             qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.diagnostics.size(), 2);
}

// Five contenders: one error, not one more per map keyed by contender.
void TestPackLoader::tooManyContendersIsOneError()
{
    QJsonObject root = QJsonDocument::fromJson(readFile(minimalPath)).object();
    QJsonArray contenders = root[u"contenders"_s].toArray();
    for (const QString &extra : {u"mate"_s, u"cocoa"_s, u"water"_s})
        contenders.append(QJsonObject{{u"id"_s, extra}, {u"name"_s, extra}});
    root[u"contenders"_s] = contenders;
    const auto result = PackLoader::loadData(QJsonDocument(root).toJson(), u"pack.json"_s);
    QVERIFY(!result.ok());
    const auto errors = std::count_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                      [](const Diagnostic &d) { return d.isError(); });
    // The real one, then one "missing a value" per map for each of the three new contenders.
    QVERIFY2(findDiagnostic(result.diagnostics, u"/contenders"_s, u"expected 2 to 4 items, got 5"_s),
             qPrintable(dump(result.diagnostics)));
    QVERIFY2(!findDiagnostic(result.diagnostics, u"/summary/0/values/tea"_s, u"is not a contender"_s),
             qPrintable(dump(result.diagnostics)));
    QVERIFY2(errors < 30, qPrintable(dump(result.diagnostics)));
}

void TestPackLoader::emptyObjectListsEveryMissingKey()
{
    const auto result = PackLoader::loadData("{}", u"empty.json"_s);
    QVERIFY(!result.ok());
    for (const char *key : {"format", "id", "title", "version", "updated", "language", "contenders", "categories",
                            "summary", "criteria", "verdict", "checklist", "faq", "inquiry"}) {
        QVERIFY2(
            findDiagnostic(result.diagnostics, QString(), u"missing required key \"%1\""_s.arg(QLatin1String(key))),
            key);
    }
    // JSON that is not a pack at all stays quiet past its first problem.
    const auto other = PackLoader::loadData(R"({"name": "left-pad", "version": "1.0"})", u"package.json"_s);
    QVERIFY2(!findDiagnostic(other.diagnostics, QString(), u"missing required key \"criteria\""_s),
             qPrintable(dump(other.diagnostics)));
}

void TestPackLoader::schemaAndCommentKeysAreAccepted()
{
    QJsonObject root = QJsonDocument::fromJson(readFile(minimalPath)).object();
    root[u"$schema"_s] = u"https://example.org/versus-pack.schema.json"_s;
    root[u"$comment"_s] = u"written by hand"_s;
    QJsonArray criteria = root[u"criteria"_s].toArray();
    QJsonObject first = criteria[0].toObject();
    first[u"$comment"_s] = u"TODO: check the rating with the client"_s; // a note, not text to finish
    criteria[0] = first;
    root[u"criteria"_s] = criteria;
    const auto result = PackLoader::loadData(QJsonDocument(root).toJson(), u"pack.json"_s);
    QVERIFY(result.ok());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
}

void TestPackLoader::plainHttpToThisComputerIsAccepted()
{
    for (const QString &url : {u"http://127.0.0.1:8080/inq"_s, u"http://localhost/inq"_s, u"https://example.org/x"_s}) {
        const auto result = PackLoader::loadData(minimalWith(u"/inquiry/endpoint"_s, QJsonValue(url)), u"p.json"_s);
        QVERIFY2(result.ok() && result.diagnostics.isEmpty(), qPrintable(url + dump(result.diagnostics)));
    }
}

void TestPackLoader::syntaxErrorsNameTheirCause_data()
{
    QTest::addColumn<QByteArray>("from"); // a text of the minimal pack, replaced once
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("textThere"); // what the reported line and column point at
    QTest::addRow("trailing comma in an array")
        << QByteArray("\"tags\": [\"basics\"]") << QByteArray("\"tags\": [\"basics\",\n ]") << u"trailing comma"_s
        << u","_s;
    QTest::addRow("trailing comma in an object")
        << QByteArray("\"rating\": 4}") << QByteArray("\"rating\": 4, }") << u"trailing comma"_s << u", }"_s;
    QTest::addRow("line comment") << QByteArray("\"language\": \"en\",")
                                  << QByteArray("\"language\": \"en\", // English")
                                  << u"comments are not allowed in JSON"_s << u"// English"_s;
    QTest::addRow("block comment") << QByteArray("\"language\": \"en\",")
                                   << QByteArray("/* lang */ \"language\": \"en\",")
                                   << u"comments are not allowed in JSON"_s << u"/* lang"_s;
    QTest::addRow("single quotes") << QByteArray("\"language\": \"en\"") << QByteArray("\"language\": 'en'")
                                   << u"not single quotes"_s << u"'en'"_s;
    QTest::addRow("missing comma") << QByteArray("\"version\": \"1.0\",") << QByteArray("\"version\": \"1.0\"")
                                   << u"missing comma"_s << u"\"updated\""_s;
    QTest::addRow("unescaped quote") << QByteArray("\"Both smell good.\"") << QByteArray("\"Both \"smell\" good.\"")
                                     << u"must be written \\\""_s << u"\"smell"_s;
    QTest::addRow("NaN") << QByteArray("\"tieMargin\": 0.1") << QByteArray("\"tieMargin\": NaN")
                         << u"NaN and Infinity are not JSON numbers"_s << u"NaN"_s;
    QTest::addRow("unclosed array") << QByteArray("\"tags\": [\"basics\"]}") << QByteArray("\"tags\": [\"basics\"}")
                                    << u"the array opened at 46:133 is not closed"_s << u"}"_s;
}

void TestPackLoader::syntaxErrorsNameTheirCause()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QFETCH(QString, textThere);
    QByteArray data = readFile(minimalPath);
    const auto at = data.indexOf(from);
    QVERIFY(at >= 0);
    data.replace(at, from.size(), to);
    const auto result = PackLoader::loadData(data, u"pack.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    QVERIFY2(textAt(data, d.line, d.column).startsWith(textThere), qPrintable(d.toString()));
}

void TestPackLoader::missingClosingBraceSaysWhereItOpened()
{
    QByteArray data = readFile(minimalPath).trimmed();
    QVERIFY(data.endsWith('}'));
    data.chop(1);
    const auto result = PackLoader::loadData(data, u"pack.json"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().message, u"the object opened at 1:1 is not closed"_s);
}

void TestPackLoader::publisher()
{
    const auto result = PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/branded.json"));
    QVERIFY2(result.ok() && result.diagnostics.isEmpty(), qPrintable(dump(result.diagnostics)));
    const Publisher &p = result.pack->publisher;
    QCOMPARE(p.name, u"Example Consulting"_s);
    QCOMPARE(p.website, QUrl(u"https://example.org/consulting"_s));
    QCOMPARE(p.accent, u"#1f6feb"_s);
    QCOMPARE(p.logoType, u"image/svg+xml"_s);
    QVERIFY(p.logo.startsWith("<svg"));
    // The built-in pack stays neutral.
    QVERIFY(PackLoader::loadEmbedded()->publisher.name.isEmpty());
}

void TestPackLoader::publisherLogoProblemsAreWarnings_data()
{
    QTest::addColumn<QString>("logo"); // a file name (written below) or data
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x20\0\0\0\0\x10\x08\x06\0\0\0", 29);
    QTest::addRow("an image it would fetch")
        << u"logo.svg"_s
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                      "<image xlink:href=\"https://example.org/track.png\"/></svg>")
        << u"refers to something outside it (https://example.org/track.png)"_s;
    QTest::addRow("a style it would fetch")
        << u"logo.svg"_s
        << QByteArray(
               "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.org/a.css);</style></svg>")
        << u"outside it (a style)"_s;
    QTest::addRow("entities") << u"logo.svg"_s
                              << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/"
                                            "passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")
                              << u"DTD"_s;
    QTest::addRow("broken SVG") << u"logo.svg"_s << QByteArray("<svg><g></svg>") << u"cannot be read"_s;
    QTest::addRow("not a PNG") << u"logo.png"_s << svg << u"not a PNG"_s;
    QTest::addRow("PNG too wide") << u"logo.png"_s << png << u"8192 × 16 pixels"_s;
    QTest::addRow("too large") << u"logo.svg"_s << svg + QByteArray(qsizetype(300) * 1024, ' ')
                               << u"the limit is 256 KiB"_s;
    QTest::addRow("missing file") << u"none.svg"_s << QByteArray() << u"cannot be read"_s;
    QTest::addRow("outside the pack's folder") << u"../logo.svg"_s << svg << u"beside the pack"_s;
    QTest::addRow("another type") << u"logo.gif"_s << svg << u".svg or .png"_s;
    QTest::addRow("bad data") << u"data:image/png;base64,@@@"_s << QByteArray() << u"not valid base64"_s;
    QTest::addRow("data of another type") << u"data:text/html;base64,PGI+"_s << QByteArray() << u"data:image/svg+xml"_s;
}

// A logo that cannot be shown never refuses the pack: a warning, and no logo.
void TestPackLoader::publisherLogoProblemsAreWarnings()
{
    QFETCH(QString, logo);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"pack"_s));
    if (!content.isEmpty() && !logo.startsWith(u"data:"_s)) {
        QFile f(QDir(dir.filePath(u"pack"_s)).filePath(logo));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QJsonObject root = QJsonDocument::fromJson(readFile(minimalPath)).object();
    root[u"publisher"_s] = QJsonObject{{u"name"_s, u"Example"_s}, {u"logo"_s, logo}};
    const QString path = dir.filePath(u"pack/pack.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const auto result = PackLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(dump(result.diagnostics)));
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(findDiagnostic(result.diagnostics, u"/publisher/logo"_s, message), qPrintable(dump(result.diagnostics)));
    QVERIFY(result.pack->publisher.logo.isEmpty());
    QCOMPARE(result.pack->publisher.name, u"Example"_s);
}

QTEST_GUILESS_MAIN(TestPackLoader)
#include "tst_packloader.moc"
