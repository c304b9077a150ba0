#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/workshop/workshop.h"
#include "core/workshop/workshopcontroller.h"
#include "core/workshop/workshopsession.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::dump;

namespace {
std::shared_ptr<const Pack> verdictPack()
{
    return PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/verdict.json")).pack;
}
} // namespace

class TestWorkshop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void minimalFile();
    void errors_data();
    void errors();
    void manyUnknownKeys();
    void largeWorkshop();
    void sessionCapturesAndApplies();
    void applyKeepsWhatMatches();
    void saveAndModified();
    void autosaveIsOwnerOnly();
    void olderWorkshopWeightsOpenAsSetByHand();
};

void TestWorkshop::init()
{
    Versus::Test::failOnWarnings();
}

void TestWorkshop::roundTrip()
{
    Workshop w;
    w.packId = u"verdict-test"_s;
    w.packVersion = u"1.0"_s;
    w.clientName = u"Ada \"Lovelace\""_s;
    w.organisation = u"Analytical Engines Ltd"_s;
    w.date = QDate(2026, 11, 26);
    w.answers = {{u"q1"_s, {u"a"_s}}, {u"q3"_s, {u"m1"_s, u"m3"_s}}, {u"q4"_s, {}}};
    w.weights = {{u"taste"_s, 5}, {u"health"_s, 0}};
    w.notes = {{u"aroma"_s, u"Client cares.\nA lot: ünïcödé."_s}};
    const QByteArray bytes = WorkshopFile::serialize(w);
    QVERIFY(bytes.contains("\"q4\": null"));
    QVERIFY(bytes.contains("\"q1\": \"a\""));
    const WorkshopLoadResult r = WorkshopFile::parse(bytes, u"w.json"_s);
    QVERIFY2(r.workshop, qPrintable(dump(r.diagnostics)));
    QCOMPARE(*r.workshop, w);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.versus-workshop.json"_s);
    QVERIFY_RESULT(WorkshopFile::save(path, w));
    QCOMPARE(*WorkshopFile::load(path).workshop, w);
}

void TestWorkshop::minimalFile()
{
    const auto r
        = WorkshopFile::parse(R"({"format": "versus-workshop/1", "pack": {"id": "p"}, "answers": {}})", u"m.json"_s);
    QVERIFY2(r.workshop, qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workshop->packId, u"p"_s);
    QVERIFY(r.workshop->answers.isEmpty());
}

void TestWorkshop::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format": "versus-workshop/1", "pack": {"id": "p"}, )";
    QTest::addRow("not json") << QByteArray("{\"format\": ") << u"w.json:1:12: error: "_s;
    QTest::addRow("wrong format") << QByteArray(R"({"format": "versus-pack/1", "pack": {"id": "p"}, "answers": {}})")
                                  << u"w.json:1:12: error: at /format: expected \"versus-workshop/1\""_s;
    QTest::addRow("no answers") << QByteArray(R"({"format": "versus-workshop/1", "pack": {"id": "p"}})")
                                << u"error: at /: missing required key \"answers\""_s;
    QTest::addRow("no pack") << QByteArray(R"({"format": "versus-workshop/1", "answers": {}})")
                             << u"missing required key \"pack\""_s;
    QTest::addRow("answer of the wrong type")
        << head + R"("answers": {"q1": 3}})" << u"at /answers/q1: expected an option id"_s;
    QTest::addRow("weight out of range") << head + R"("answers": {}, "weights": {"taste": 9}})"
                                         << u"at /weights/taste: expected an integer from 0 to 5"_s;
    QTest::addRow("bad date") << head + R"("answers": {}, "date": "2026-13-01"})" << u"at /date: expected a date"_s;
    QTest::addRow("note not text") << head + R"("answers": {}, "notes": {"aroma": []}})"
                                   << u"at /notes/aroma: expected a string"_s;
    QTest::addRow("duplicate key") << head + R"("answers": {}, "answers": {}})" << u"duplicate key \"answers\""_s;
    QTest::addRow("an array") << QByteArray("[]") << u"at /: expected an object"_s;
    QTest::addRow("C1 control in a note") << head + R"("answers": {}, "notes": {"aroma": "a\u0085b"}})"
                                          << u"at /notes/aroma: text contains the control character U+0085"_s;
    QTest::addRow("C1 control in the client") << head
            + "\"answers\": {}, \"client\": {\"name\": \"\xC2\x9B"
              "31m\"}}" << u"at /client/name: text contains the control character U+009B"_s;
}

void TestWorkshop::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto r = WorkshopFile::parse(text, u"w.json"_s);
    QVERIFY(!r.workshop);
    QVERIFY2(dump(r.diagnostics).contains(expected), qPrintable(dump(r.diagnostics)));
    QVERIFY(hasErrors(r.diagnostics));
}

// A workshop saved by a newer Versus: unknown keys are warnings, listed up to the cap, then counted.
void TestWorkshop::manyUnknownKeys()
{
    QByteArray text = R"({"format": "versus-workshop/1", "pack": {"id": "p"}, "answers": {})";
    for (int i = 0; i < 50000; ++i)
        text += ", \"x" + QByteArray::number(i) + "\": 1";
    text += '}';
    const auto r = WorkshopFile::parse(text, u"w.json"_s);
    QVERIFY2(r.workshop, qPrintable(dump(r.diagnostics.mid(195))));
    QCOMPARE(r.diagnostics.size(), 201);
    QVERIFY(!hasErrors(r.diagnostics));
    QCOMPARE(r.diagnostics.first().toString(), u"w.json:1:69: warning: at /x0: unknown key \"x0\" (ignored)"_s);
    QCOMPARE(r.diagnostics.last().toString(), u"w.json: warning: 49800 more warnings not listed"_s);
}

// Tens of thousands of answers, weights and notes (about 2 MB) are all read.
void TestWorkshop::largeWorkshop()
{
    Workshop w;
    w.packId = u"p"_s;
    for (int i = 0; i < 30000; ++i) {
        w.answers.insert(u"q%1"_s.arg(i), {u"o%1"_s.arg(i % 7)});
        w.weights.insert(u"c%1"_s.arg(i), i % 6);
        w.notes.insert(u"n%1"_s.arg(i), u"A note about criterion %1, with some text."_s.arg(i));
    }
    const QByteArray bytes = WorkshopFile::serialize(w);
    QVERIFY(bytes.size() > 2'000'000);
    const auto r = WorkshopFile::parse(bytes, u"big.json"_s);
    QVERIFY2(r.workshop, qPrintable(dump(r.diagnostics.mid(0, 5))));
    QCOMPARE(*r.workshop, w);
}

void TestWorkshop::sessionCapturesAndApplies()
{
    const auto pack = verdictPack();
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QSignalSpy modified(&session, &WorkshopSession::modifiedChanged);
    QVERIFY(!session.isModified());
    session.setAnswer(0, Answer::choose(0));
    session.setAnswer(2, Answer::chooseMany({0, 2}));
    session.setAnswer(3, Answer::dontKnow());
    QVERIFY(session.isModified());
    QCOMPARE(modified.count(), 1);
    weights.setWeight(1, 0);
    session.setNote(u"aroma"_s, u"Matters"_s);
    session.setClient(u"Ada"_s, u"AE Ltd"_s);
    const Workshop w = session.toWorkshop();
    QCOMPARE(w.packId, u"verdict-test"_s);
    QCOMPARE(w.answers.value(u"q1"_s), QStringList{u"a"_s});
    QCOMPARE(w.answers.value(u"q3"_s), (QStringList{u"m1"_s, u"m3"_s}));
    QVERIFY(w.answers.contains(u"q4"_s) && w.answers.value(u"q4"_s).isEmpty());
    QVERIFY(!w.answers.contains(u"q2"_s)); // never answered
    QCOMPARE(w.weights, (QMap<QString, int>{{u"health"_s, 0}})); // only what was set by hand
    QCOMPARE(weights.weight(0), 5); // taste 5 from the answer q1 = a
    QVERIFY(weights.isFromAnswers(0));
    QCOMPARE(w.notes.value(u"aroma"_s), u"Matters"_s);

    Weights otherWeights;
    otherWeights.setPack(pack);
    WorkshopSession other(pack, &otherWeights);
    QCOMPARE(other.apply(w), QStringList());
    QCOMPARE(other.toWorkshop(), w);
    QCOMPARE(other.model().decision().board.totals, session.model().decision().board.totals);
    QCOMPARE(otherWeights.values(), weights.values());
}

void TestWorkshop::applyKeepsWhatMatches()
{
    const auto pack = verdictPack();
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    Workshop w;
    w.packId = u"another-pack"_s;
    w.answers = {{u"q1"_s, {u"b"_s}},
                 {u"q4"_s, {u"zz"_s}},
                 {u"ghost"_s, {u"a"_s}},
                 {u"q3"_s, {u"m2"_s}},
                 {u"q2"_s, {u"yes"_s, u"no"_s}}};
    w.weights = {{u"taste"_s, 1}, {u"smell"_s, 4}};
    w.notes = {{u"aroma"_s, u"kept"_s}, {u"nothing"_s, u"dropped"_s}};
    const QStringList messages = session.apply(w);
    const QString all = messages.join(u'\n');
    QVERIFY(all.contains(u"made with the pack \"another-pack\""_s));
    QVERIFY(all.contains(u"no option \"zz\""_s));
    QVERIFY(all.contains(u"no question \"ghost\""_s));
    QVERIFY(all.contains(u"no category \"smell\""_s));
    QVERIFY(all.contains(u"no criterion \"nothing\""_s));
    QVERIFY(all.contains(u"\"q2\" takes one answer"_s));
    QCOMPARE(session.model().answer(0), Answer::choose(1));
    QCOMPARE(session.model().answer(2), Answer::choose(1));
    QCOMPARE(weights.weight(0), 1);
    QCOMPARE(session.note(u"aroma"_s), u"kept"_s);
    QVERIFY(session.note(u"nothing"_s).isEmpty());
}

void TestWorkshop::saveAndModified()
{
    const auto pack = verdictPack();
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QCOMPARE(session.displayName(), u"Untitled workshop"_s);
    session.setAnswer(0, Answer::choose(2));
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing/w.json"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot save .*missing/w.json"_s));
    const auto failed = session.save(missing);
    QVERIFY(!failed);
    QVERIFY(!failed.error().message.isEmpty());
    QCOMPARE(failed.error().file, missing); // shown in the problems panel as it is
    QVERIFY(session.isModified()); // a failed save keeps the changes marked
    QVERIFY_RESULT(session.save(dir.filePath(u"client.json"_s)));
    QVERIFY(!session.isModified());
    QCOMPARE(session.displayName(), u"client.json"_s);
    session.reset();
    QCOMPARE(session.model().answer(0).state, Answer::State::Unanswered);
    QVERIFY(session.filePath().isEmpty());
}

void TestWorkshop::autosaveIsOwnerOnly()
{
    Versus::Test::isolateSettings(u"tst_workshop"_s);
    WorkshopController controller;
    static_cast<void>(controller.setPack(verdictPack(), QString())); // restored or not, it writes below
    const QString path = WorkshopController::autosavePath(u"verdict-test"_s);
    QFile::remove(path);
    controller.session()->setAnswer(0, Answer::choose(2));
    controller.session()->setModified(true);
    QVERIFY_RESULT(controller.autosaveNow());
    QVERIFY(QFile::exists(path));
    // Client names and notes, like the inquiry database: the owner only (was 0644).
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    controller.discardChanges();
}

// A workshop saved before versus-pack/2 lists every weight; they open as set by hand and win over the answers.
void TestWorkshop::olderWorkshopWeightsOpenAsSetByHand()
{
    const auto parsed = WorkshopFile::parse(
        R"({"format": "versus-workshop/1", "pack": {"id": "verdict-test"}, "answers": {"q1": "a"},
            "weights": {"taste": 3, "health": 3}})",
        u"old.json"_s);
    QVERIFY(parsed.workshop);
    const auto pack = verdictPack();
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QCOMPARE(session.apply(*parsed.workshop), QStringList());
    QVERIFY(weights.isManual(0) && weights.isManual(1));
    QCOMPARE(weights.values(), (QList<int>{3, 3})); // q1 = a would set taste 5
    QCOMPARE(session.model().decision().outcome, int(tieEdge));
    QCOMPARE(session.toWorkshop().weights, (QMap<QString, int>{{u"taste"_s, 3}, {u"health"_s, 3}}));
    weights.reset();
    QCOMPARE(session.model().decision().outcome, 0); // the answer counts again: Xeno
}

QTEST_GUILESS_MAIN(TestWorkshop)
#include "tst_workshop.moc"
