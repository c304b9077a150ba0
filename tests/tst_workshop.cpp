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
    void decisionStatuses_data();
    void decisionStatuses();
    void firstFormatStillOpens();
    void decisionInTheSession();
    void answerSaysWhatChanged();
    void documentedExample();
    void minimalFile();
    void errors_data();
    void errors();
    void manyUnknownKeys();
    void largeWorkshop();
    void sessionCapturesAndApplies();
    void applyKeepsWhatMatches();
    void saveAndModified();
    void autosaveIsOwnerOnly();
    void olderWorkshopWeightsOpenAsSetByHand_data();
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
    w.decision.chosen = u"y"_s;
    w.decision.status = DecisionRecord::Status::Superseded;
    w.decision.date = QDate(2026, 12, 1);
    w.decision.decisionMakers = {u"Ada"_s, u"Charles, the engineer"_s};
    w.decision.consulted = {u"Mary"_s};
    w.decision.informed = {u"The board"_s};
    w.decision.reason = u"It runs \"everywhere\".\nEven at sea."_s;
    const QByteArray bytes = WorkshopFile::serialize(w);
    QVERIFY(bytes.contains("\"format\": \"versus-workshop/2\""));
    QVERIFY(bytes.contains("\"status\": \"superseded\""));
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

// Every status survives a save, and a workshop without a decision writes none.
void TestWorkshop::decisionStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addRow("proposed") << int(DecisionRecord::Status::Proposed) << u"proposed"_s;
    QTest::addRow("accepted") << int(DecisionRecord::Status::Accepted) << u"accepted"_s;
    QTest::addRow("rejected") << int(DecisionRecord::Status::Rejected) << u"rejected"_s;
    QTest::addRow("deprecated") << int(DecisionRecord::Status::Deprecated) << u"deprecated"_s;
    QTest::addRow("superseded") << int(DecisionRecord::Status::Superseded) << u"superseded"_s;
}

void TestWorkshop::decisionStatuses()
{
    QFETCH(int, status);
    QFETCH(QString, key);
    Workshop w;
    w.packId = u"p"_s;
    w.decision.status = static_cast<DecisionRecord::Status>(status);
    w.decision.chosen = u"x"_s;
    const QByteArray bytes = WorkshopFile::serialize(w);
    QVERIFY(bytes.contains(QByteArray("\"status\": \"" + key.toUtf8() + '"')));
    const auto r = WorkshopFile::parse(bytes, u"w.json"_s);
    QVERIFY2(r.workshop, qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workshop->decision, w.decision);
    Workshop none;
    none.packId = u"p"_s;
    QVERIFY(!WorkshopFile::serialize(none).contains("decision"));
}

// A file of the first format, as Versus wrote it before the decision was kept: it opens,
// with no decision and no warning, and is written again in the new format.
void TestWorkshop::firstFormatStillOpens()
{
    QFile f(QStringLiteral(VERSUS_SOURCE_DIR "/tests/fuzz/corpus/workshop/documented-example.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray old = f.readAll();
    QVERIFY(old.contains("\"format\": \"versus-workshop/1\""));
    const auto r = WorkshopFile::parse(old, u"old.json"_s);
    QVERIFY2(r.workshop && r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workshop->clientName, u"Ana Ribeiro"_s);
    QCOMPARE(r.workshop->answers.size(), 11);
    QVERIFY(r.workshop->decision.isEmpty());
    const auto again = WorkshopFile::parse(WorkshopFile::serialize(*r.workshop), u"new.json"_s);
    QVERIFY(again.workshop);
    QCOMPARE(*again.workshop, *r.workshop);
}

// The decision is part of the workshop: recording it marks the workshop changed, an unknown
// option is dropped with a message, and the autosave keeps it.
void TestWorkshop::decisionInTheSession()
{
    Versus::Test::isolateSettings(u"tst_workshop"_s);
    WorkshopController controller;
    static_cast<void>(controller.setPack(verdictPack(), QString()));
    WorkshopSession *session = controller.session();
    session->setModified(false);
    QSignalSpy changed(session, &WorkshopSession::decisionRecordChanged);
    DecisionRecord d;
    d.chosen = u"y"_s;
    d.status = DecisionRecord::Status::Accepted;
    d.reason = u"cheaper to run"_s;
    session->setDecision(d);
    QCOMPARE(changed.count(), 1);
    QVERIFY(session->isModified());
    session->setDecision(d);
    QCOMPARE(changed.count(), 1); // the same again is no change
    QCOMPARE(session->toWorkshop().decision, d);
    QVERIFY_RESULT(controller.autosaveNow());

    WorkshopController reopened;
    QVERIFY(reopened.setPack(verdictPack(), QString())); // the autosave is restored
    QCOMPARE(reopened.session()->decision(), d);
    reopened.discardChanges();

    Workshop w = session->toWorkshop();
    w.decision.chosen = u"zed"_s;
    const QStringList messages = session->apply(w);
    QCOMPARE(messages, QStringList{u"This pack has no contender \"zed\" (the option chosen was ignored)."_s});
    QVERIFY(session->decision().chosen.isEmpty());
    QCOMPARE(session->decision().reason, d.reason);
    session->reset();
    QVERIFY(session->decision().isEmpty());
    controller.discardChanges();
}

// The example in docs/workshop-format.md reads without a problem and applies to the
// built-in pack without a message.
void TestWorkshop::documentedExample()
{
    QFile doc(QStringLiteral(VERSUS_SOURCE_DIR "/docs/workshop-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n") + 8;
    const QByteArray example = text.mid(start, text.indexOf("```", start) - start);
    const auto r = WorkshopFile::parse(example, u"example.json"_s);
    QVERIFY2(r.workshop && r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workshop->decision.chosen, u"fastapi"_s);
    QCOMPARE(r.workshop->decision.status, DecisionRecord::Status::Accepted);
    Weights weights;
    const auto pack = PackLoader::loadEmbedded();
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QCOMPARE(session.apply(*r.workshop), QStringList());
    QCOMPARE(session.decision(), r.workshop->decision);
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
    QTest::addRow("wrong format")
        << QByteArray(R"({"format": "versus-pack/1", "pack": {"id": "p"}, "answers": {}})")
        << u"w.json:1:12: error: at /format: expected \"versus-workshop/2\" or \"versus-workshop/1\", got \"versus-pack/1\""_s;
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
    QTest::addRow("unknown status") << head + R"("answers": {}, "decision": {"status": "maybe"}})"
                                    << u"at /decision/status: expected \"proposed\", \"accepted\""_s;
    QTest::addRow("decision-makers not a list") << head + R"("answers": {}, "decision": {"decisionMakers": "Ana"}})"
                                                << u"at /decision/decisionMakers: expected an array, got \"Ana\""_s;
    QTest::addRow("decision date") << head + R"("answers": {}, "decision": {"date": "2026-02-30"}})"
                                   << u"at /decision/date: expected a date"_s;
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

void TestWorkshop::olderWorkshopWeightsOpenAsSetByHand_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("chosen"); // the decision taken, as the file records it
    QTest::addRow("versus-workshop/1") << QByteArray(
        R"({"format": "versus-workshop/1", "pack": {"id": "verdict-test"}, "answers": {"q1": "a"},
            "weights": {"taste": 3, "health": 3}})")
                                       << QString();
    // As Versus wrote /2 before the decision model: every weight, and the decision taken.
    QTest::addRow("versus-workshop/2, every weight") << QByteArray(
        R"({"format": "versus-workshop/2", "pack": {"id": "verdict-test"}, "answers": {"q1": "a"},
            "weights": {"taste": 3, "health": 3},
            "decision": {"chosen": "y", "status": "accepted", "reason": "cheaper"}})")
                                                     << u"y"_s;
}

// A workshop saved before versus-pack/2 (/1, or /2 with the decision) lists every weight;
// they open as set by hand and win over the answers, and nothing else of the file is lost.
void TestWorkshop::olderWorkshopWeightsOpenAsSetByHand()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, chosen);
    const auto parsed = WorkshopFile::parse(file, u"old.json"_s);
    QVERIFY2(parsed.workshop && parsed.diagnostics.isEmpty(), qPrintable(dump(parsed.diagnostics)));
    const auto pack = verdictPack();
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QCOMPARE(session.apply(*parsed.workshop), QStringList());
    QVERIFY(weights.isManual(0) && weights.isManual(1));
    QCOMPARE(weights.values(), (QList<int>{3, 3})); // q1 = a would set taste 5
    QCOMPARE(session.model().decision().outcome, int(tieEdge));
    QCOMPARE(session.toWorkshop().weights, (QMap<QString, int>{{u"taste"_s, 3}, {u"health"_s, 3}}));
    QCOMPARE(session.decision().chosen, chosen);
    QVERIFY(WorkshopFile::serialize(session.toWorkshop()).contains("\"format\": \"versus-workshop/2\""));
    weights.reset();
    QCOMPARE(session.model().decision().outcome, 0); // the answer counts again: Xeno
}

QTEST_GUILESS_MAIN(TestWorkshop)
// An answer that sets an importance moves the weights (the sliders follow, once); one
// that only states a must-have moves none, and the session alone says the decision changed.
void TestWorkshop::answerSaysWhatChanged()
{
    const auto pack = Versus::Test::loadTestPack(u"three-contenders.json"_s);
    QVERIFY(pack);
    Weights weights;
    weights.setPack(pack);
    WorkshopSession session(pack, &weights);
    QSignalSpy weightsChanged(&weights, &Weights::changed);
    QSignalSpy decision(&session, &WorkshopSession::decisionChanged);
    session.setAnswer(pack->questionIndex.value(u"mood"_s), Answer::choose(1)); // calm: taste matters 5
    QCOMPARE(weightsChanged.count(), 1);
    QCOMPARE(decision.count(), 1);
    const int extras = pack->questionIndex.value(u"extras"_s); // asked after "calm"
    session.setAnswer(extras, Answer::chooseMany({1})); // sugar: a must-have, no importance
    QCOMPARE(weightsChanged.count(), 1);
    QCOMPARE(decision.count(), 2);
    session.setAnswer(extras, Answer::chooseMany({0, 1})); // and milk: health matters 5
    QCOMPARE(weightsChanged.count(), 2);
    QCOMPARE(decision.count(), 3);
    QCOMPARE(weights.weight(pack->categoryIndex(u"health"_s)), 5);
}

#include "tst_workshop.moc"
