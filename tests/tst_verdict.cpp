// The one decision model: scores, verdict, reasons, must-haves, context ratings, what would
// change it and the sensitivity to importance. The figures are worked out by hand in
// docs/verdict.md from tests/data/packs/verdict.json.
#include "core/pack/packloader.h"
#include "core/verdict/decisionmodel.h"
#include "core/verdict/verdicttext.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::loadTestPack;

namespace {

constexpr int x = 0;
constexpr int y = 1;

// "q1=a q3=m1+m3 q4=?" : ? is "don't know"
void applyAnswers(DecisionModel &model, const QString &spec)
{
    const Pack &pack = model.pack();
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const int q = pack.questionIndex.value(part.section(u'=', 0, 0), -1);
        QVERIFY(q >= 0);
        const QString value = part.section(u'=', 1);
        if (value == u"?"_s) {
            model.setAnswer(q, Answer::dontKnow());
            continue;
        }
        QList<int> chosen;
        for (const QString &id : value.split(u'+')) {
            const auto &options = pack.checklist.questions[q].options;
            const auto it = std::find_if(options.cbegin(), options.cend(), [&](const Option &o) { return o.id == id; });
            QVERIFY(it != options.cend());
            chosen.append(static_cast<int>(it - options.cbegin()));
        }
        model.setAnswer(q, Answer::chooseMany(chosen));
    }
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

} // namespace

class TestVerdict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { Versus::Test::failOnWarnings(); }

    void scores_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<double>("xeno");
        QTest::addColumn<double>("ypsilon");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("visible");
        // Category scores: taste x 80, y 40; health x 40, y 70 (the context "habit" 3 each).
        QTest::addRow("nothing answered") << QString() << 60.0 << 55.0 << int(tieEdge) << 3;
        QTest::addRow("taste matters") << u"q1=a"_s << 65.0 << 51.25 << x << 4;
        QTest::addRow("habit set by an answer") << u"q1=a q2=yes"_s << 72.5 << 43.75 << x << 4;
        QTest::addRow("health matters") << u"q1=b"_s << 55.0 << 58.75 << int(tieEdge) << 3;
        QTest::addRow("the highest level wins") << u"q3=m1+m3"_s << 400.0 / 7 << 400.0 / 7 << int(tieEdge) << 3;
        QTest::addRow("not needed lowers") << u"q4=r"_s << 40.0 << 70.0 << y << 3;
        QTest::addRow("don't know changes nothing") << u"q1=? q3=? q4=?"_s << 60.0 << 55.0 << int(tieEdge) << 3;
        QTest::addRow("a neutral option") << u"q1=c q4=p"_s << 60.0 << 55.0 << int(tieEdge) << 3;
        // q1=a sets taste 5; hidden again, q2's answer stops counting.
        QTest::addRow("hidden answer") << u"q1=a q2=yes q1=b"_s << 55.0 << 58.75 << int(tieEdge) << 3;
    }

    void scores()
    {
        QFETCH(QString, answers);
        QFETCH(double, xeno);
        QFETCH(double, ypsilon);
        QFETCH(int, outcome);
        QFETCH(int, visible);
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        applyAnswers(model, answers);
        const Decision d = model.decision();
        QVERIFY2(near(d.board.totals[x], xeno), qPrintable(QString::number(d.board.totals[x])));
        QVERIFY2(near(d.board.totals[y], ypsilon), qPrintable(QString::number(d.board.totals[y])));
        QCOMPARE(d.outcome, outcome);
        QCOMPARE(d.visible, visible);
        QCOMPARE(d.board.leader, outcome);
    }

    void nothingAnsweredIsEither()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        const Decision d = model.decision();
        QCOMPARE(d.leader, x); // five points ahead, not more than the tie margin of 10
        QVERIFY(near(d.lead, 5));
        QCOMPARE(d.close, (QList<int>{x, y}));
        QCOMPARE(VerdictText::verdictName(model.pack(), d), u"Either — it depends"_s);
        QCOMPARE(d.importance, (QList<int>{3, 3}));
        QCOMPARE(d.origin, (QList<ImportanceOrigin>{ImportanceOrigin::Pack, ImportanceOrigin::Pack}));
        QVERIFY(d.reasons.isEmpty());
        QCOMPARE(VerdictText::leadLine(model.pack(), d),
                 u"Xeno is 5.0 points ahead of Ypsilon, within the tie margin of 10 points."_s);
    }

    void mustHaveRulesOut()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        applyAnswers(model, u"q1=a q2=no"_s); // needs caffeine dose 2; Xeno has 1
        const Decision d = model.decision();
        QCOMPARE(d.ruledOut, (QList<bool>{true, false}));
        QCOMPARE(d.outcome, y); // the only one left, though it scores lower
        QVERIFY(d.board.totals[x] > d.board.totals[y]);
        QCOMPARE(d.ruledOutBy.size(), 1);
        QCOMPARE(d.ruledOutBy[0].contender, x);
        QCOMPARE(VerdictText::ruledOutText(model.pack(), d.ruledOutBy[0]),
                 u"Xeno is ruled out: “Only after A?” — “No” needs Caffeine dose rated at least 2 of 5; Xeno is rated "
                 "1 (t)."_s);
        QCOMPARE(VerdictText::scoresLine(model.pack(), d), u"Xeno 65.0% (ruled out) · Ypsilon 51.3%"_s);
    }

    void reasons()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        applyAnswers(model, u"q1=a q2=yes q4=p"_s);
        const Decision d = model.decision();
        // Without q1 (and so q2) the lead is 5; without q2 alone 13.75; q4 = p does nothing.
        QCOMPARE(d.reasons.size(), 2);
        QCOMPARE(d.reasons[0].question, 0);
        QVERIFY(near(d.reasons[0].points, 28.75 - 5));
        QCOMPARE(d.reasons[1].question, 1);
        QVERIFY(near(d.reasons[1].points, 28.75 - 13.75));
        QCOMPARE(d.reasons[0].criteria, QList<int>{0});
        const auto lines = VerdictText::reasons(model.pack(), d);
        QCOMPARE(lines[0].text(), u"+23.8 points toward Xeno: First? — A"_s);
    }

    void answerChanges()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        applyAnswers(model, u"q1=a"_s);
        const Decision d = model.verdictWithChanges();
        QCOMPARE(d.outcome, x);
        // A flip to a contender first, then slides into "it depends" by the lead they leave.
        QCOMPARE(d.changes.size(), 3);
        QCOMPARE(d.changes[0].edits, (QList<std::pair<int, Answer>>{{1, Answer::choose(1)}}));
        QCOMPARE(d.changes[0].outcome, y);
        QCOMPARE(d.changes[1].edits, (QList<std::pair<int, Answer>>{{2, Answer::choose(2)}})); // health 4
        QVERIFY(near(d.changes[1].lead, 80.0 / 9));
        QCOMPARE(d.changes[2].edits, (QList<std::pair<int, Answer>>{{0, Answer::dontKnow()}}));
        QCOMPARE(VerdictText::changeText(model.pack(), model, d.changes[0]),
                 u"If “Only after A?” answered “No” (now: not answered), the verdict would be Ypsilon."_s);
    }

    // Where no single answer change gives another verdict, pairs are tried. Category a favours Xeno
    // (importance 5), b and c favour Ypsilon (importance 0): raising one to 3 leaves Xeno ahead
    // (62.5 to 37.5), raising both gives Ypsilon (45.5 to 54.5).
    void twoChangesWhenOneIsNotEnough()
    {
        QFile file(QStringLiteral(VERSUS_TEST_DATA "/packs/verdict.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const auto criterion = [](const QString &id, const QString &category, int xr, int yr) {
            return QJsonObject{
                {u"id"_s, id},
                {u"category"_s, category},
                {u"criterion"_s, id},
                {u"values"_s,
                 QJsonObject{{u"x"_s, QJsonObject{{u"text"_s, u"x"_s}, {u"rating"_s, xr}}},
                             {u"y"_s, QJsonObject{{u"text"_s, u"y"_s}, {u"rating"_s, yr}}}}},
                {u"edge"_s, xr > yr ? u"x"_s : u"y"_s},
                {u"explanation"_s, u"E."_s},
                {u"sources"_s,
                 QJsonArray{QJsonObject{
                     {u"title"_s, u"S"_s}, {u"url"_s, u"https://example.org/s"_s}, {u"asOf"_s, u"2026-01"_s}}}}};
        };
        const auto question = [](const QString &id, const QString &category) {
            return QJsonObject{{u"id"_s, id},
                               {u"text"_s, id},
                               {u"kind"_s, u"single"_s},
                               {u"options"_s,
                                QJsonArray{QJsonObject{{u"id"_s, u"yes"_s},
                                                       {u"label"_s, u"Yes"_s},
                                                       {u"importance"_s, QJsonObject{{category, 3}}}},
                                           QJsonObject{{u"id"_s, u"no"_s}, {u"label"_s, u"No"_s}}}}};
        };
        root[u"categories"_s] = QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"A"_s}, {u"importance"_s, 5}},
                                           QJsonObject{{u"id"_s, u"b"_s}, {u"name"_s, u"B"_s}, {u"importance"_s, 0}},
                                           QJsonObject{{u"id"_s, u"c"_s}, {u"name"_s, u"C"_s}, {u"importance"_s, 0}}};
        root[u"criteria"_s] = QJsonArray{criterion(u"ca"_s, u"a"_s, 5, 0), criterion(u"cb"_s, u"b"_s, 0, 5),
                                         criterion(u"cc"_s, u"c"_s, 0, 5)};
        root[u"checklist"_s] = QJsonObject{
            {u"tieMargin"_s, 0.05}, {u"questions"_s, QJsonArray{question(u"qb"_s, u"b"_s), question(u"qc"_s, u"c"_s)}}};
        const auto loaded = PackLoader::loadData(QJsonDocument(root).toJson(), u"pairs.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        DecisionModel model(loaded.pack);
        applyAnswers(model, u"qb=no qc=no"_s);
        const Decision d = model.verdictWithChanges();
        QCOMPARE(d.outcome, x);
        QCOMPARE(d.changes.size(), 1);
        QCOMPARE(d.changes[0].edits, (QList<std::pair<int, Answer>>{{0, Answer::choose(0)}, {1, Answer::choose(0)}}));
        QCOMPARE(d.changes[0].outcome, y);
        QVERIFY(near(d.changes[0].lead, 100.0 / 11));
    }

    // Worked out by hand: lead(taste w) = (40w − 90) / (w + 3); lead(health w) = (120 − 30w) / (3 + w).
    void sensitivityNothingAnswered()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        const QList<Sensitivity> s = model.sensitivity();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].importance, 3);
        QCOMPARE(s[0].holdsFrom, 2); // lead −2 at 2, 10 at 4: both within the margin of 10
        QCOMPARE(s[0].holdsTo, 4);
        QCOMPARE(s[0].below->importance, 1); // −12.5: Ypsilon
        QCOMPARE(s[0].below->outcome, y);
        QCOMPARE(s[0].above->importance, 5); // 13.75: Xeno
        QCOMPARE(s[0].above->outcome, x);
        QCOMPARE(s[1].holdsFrom, 3);
        QCOMPARE(s[1].holdsTo, 5);
        QCOMPARE(s[1].below->importance, 2); // 12: Xeno
        QCOMPARE(s[1].below->outcome, x);
        QVERIFY(!s[1].above);
        QCOMPARE(VerdictText::sensitivityText(model.pack(), s[0]),
                 u"The verdict holds from 2 to 4. At 1 it would be Ypsilon. At 5 it would be Xeno."_s);
        QCOMPARE(VerdictText::flipText(model.pack(), s[1]),
                 u"If Health mattered 2 instead of 3, the verdict would be Xeno."_s);
    }

    void sensitivityAfterAnswers()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        applyAnswers(model, u"q1=a"_s); // taste 5 from the answers
        const Decision d = model.verdictWithChanges();
        QCOMPARE(d.origin[0], ImportanceOrigin::Answers);
        const QList<Sensitivity> &s = d.sensitivity;
        QCOMPARE(s[0].holdsFrom, 5); // at 4 the lead is 10, not more than the margin
        QCOMPARE(s[0].holdsTo, 5);
        QCOMPARE(s[0].below->outcome, int(tieEdge));
        QCOMPARE(s[1].holdsFrom, 0); // (200 − 30w) / (5 + w): 13.75 at 3, 8.9 at 4
        QCOMPARE(s[1].holdsTo, 3);
        QCOMPARE(s[1].above->importance, 4);
        QCOMPARE(VerdictText::flipText(model.pack(), s[0]),
                 u"If Taste mattered 4 instead of 5, the verdict would be Either — it depends."_s);
        // Moved by hand, the slider wins over the answers; the sensitivity follows at once.
        model.setManualImportance(0, 4);
        QCOMPARE(model.decision().origin[0], ImportanceOrigin::Manual);
        QCOMPARE(model.decision().outcome, int(tieEdge));
        QCOMPARE(model.sensitivity()[0].importance, 4);
        model.setManualImportance(0, std::nullopt);
        QCOMPARE(model.decision().outcome, x);
    }

    void threeContendersNameTheClose()
    {
        DecisionModel model(loadTestPack(u"three-contenders.json"_s));
        const Decision none = model.decision();
        // taste 1, health 3: tea (70 + 210) / 4 = 70, coffee 57.5, cocoa (40 + 240) / 4 = 70
        QCOMPARE(none.close, (QList<int>{0, 2}));
        QCOMPARE(VerdictText::verdictName(model.pack(), none), u"Tea or Cocoa — it depends"_s);
        applyAnswers(model, u"mood=sleepy"_s); // health 5 and the kick rated tea 2, coffee 5, cocoa 0
        QCOMPARE(model.decision().outcome, 1);
        QVERIFY(near(model.decision().board.totals[1], 75.0));
        applyAnswers(model, u"mood=? dessert=yes"_s);
        QCOMPARE(model.decision().outcome, 2);
        applyAnswers(model, u"dessert=? mood=calm"_s);
        QCOMPARE(model.decision().outcome, 0);
        applyAnswers(model, u"extras=sugar dessert=yes"_s); // cocoa out (bitterness 1); tea 70, coffee 60
        QCOMPARE(model.decision().ruledOut, (QList<bool>{false, false, true}));
        QCOMPARE(model.decision().outcome, 0);
    }

    void allWeightsZero()
    {
        DecisionModel model(loadTestPack(u"verdict.json"_s));
        model.setManualImportance(0, 0);
        model.setManualImportance(1, 0);
        const Decision d = model.decision();
        QCOMPARE(d.board.totals, (QList<double>{0.0, 0.0}));
        QCOMPARE(d.outcome, int(tieEdge));
        QCOMPARE(VerdictText::scoreboardLine(model.pack(), d), u"No category has any weight"_s);
    }

    // Incremental updates give the same figures as a model that is given the answers afresh.
    void incrementalMatchesFresh()
    {
        const auto pack = PackLoader::loadEmbedded();
        QRandomGenerator rng(7);
        DecisionModel model(pack);
        for (int round = 0; round < 200; ++round) {
            const int q = static_cast<int>(rng.bounded(static_cast<int>(pack->checklist.questions.size())));
            model.setAnswer(q, Versus::Test::randomAnswer(rng, pack->checklist.questions[q]));
            if (round % 7 == 0) {
                const int k = static_cast<int>(rng.bounded(static_cast<int>(pack->categories.size())));
                model.setManualImportance(
                    k, rng.bounded(3) == 0 ? std::nullopt : std::optional<int>(static_cast<int>(rng.bounded(6))));
            }
            DecisionModel fresh(pack);
            for (int k = 0; k < pack->categories.size(); ++k)
                fresh.setManualImportance(k, model.manualImportance(k));
            for (int i = 0; i < pack->checklist.questions.size(); ++i)
                fresh.setAnswer(i, model.answer(i));
            const Decision a = model.verdictWithChanges();
            const Decision b = fresh.verdictWithChanges();
            QCOMPARE(a.outcome, b.outcome);
            QCOMPARE(a.importance, b.importance);
            for (int c = 0; c < a.board.totals.size(); ++c)
                QVERIFY(qAbs(a.board.totals[c] - b.board.totals[c]) < 1e-9);
            QCOMPARE(a.changes.size(), b.changes.size());
            for (int i = 0; i < a.sensitivity.size(); ++i) {
                QCOMPARE(a.sensitivity[i].holdsFrom, b.sensitivity[i].holdsFrom);
                QCOMPARE(a.sensitivity[i].holdsTo, b.sensitivity[i].holdsTo);
            }
            // Each answer change found gives what it says, scored from scratch.
            for (const VerdictChange &change : a.changes) {
                DecisionModel check(pack);
                for (int k = 0; k < pack->categories.size(); ++k)
                    check.setManualImportance(k, model.manualImportance(k));
                for (int i = 0; i < pack->checklist.questions.size(); ++i)
                    check.setAnswer(i, model.answer(i));
                for (const auto &[cq, ca] : change.edits)
                    check.setAnswer(cq, ca);
                QCOMPARE(check.decision().outcome, change.outcome);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
