#include "core/pack/packloader.h"
#include "core/verdict/verdictengine.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Pack> load(const QString &path)
{
    auto result = PackLoader::loadFile(path);
    if (!result.ok())
        qFatal("pack %s does not load", qPrintable(path));
    return result.pack;
}

std::shared_ptr<const Pack> verdictPack()
{
    static const auto pack = load(QStringLiteral(VERSUS_TEST_DATA "/packs/verdict.json"));
    return pack;
}

// "q1=a q3=m1+m3 q4=?" : ? is "don't know"
void applyAnswers(VerdictEngine &engine, const QString &spec)
{
    const Pack &pack = engine.pack();
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QString qid = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        const int q = pack.questionIndex.value(qid, -1);
        if (q < 0)
            qFatal("no question %s", qPrintable(qid));
        if (value == u"?"_s) {
            engine.setAnswer(q, Answer::dontKnow());
            continue;
        }
        QList<int> chosen;
        for (const QString &o : value.split(u'+')) {
            const auto &options = pack.checklist.questions[q].options;
            for (int i = 0; i < options.size(); ++i)
                if (options[i].id == o)
                    chosen.append(i);
        }
        engine.setAnswer(q, Answer::chooseMany(chosen));
    }
}

// The same answers, scored from scratch in a new engine.
VerdictResult rescored(const VerdictEngine &engine, const QList<std::pair<int, Answer>> &edits = {})
{
    VerdictEngine fresh(std::make_shared<const Pack>(engine.pack()));
    QList<Answer> answers;
    for (int q = 0; q < engine.pack().checklist.questions.size(); ++q)
        answers.append(engine.answer(q));
    for (const auto &[q, a] : edits)
        answers[q] = a;
    for (int q = 0; q < answers.size(); ++q)
        fresh.setAnswer(q, answers[q]);
    return fresh.verdict();
}

} // namespace

class TestVerdict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void outcomes_data();
    void outcomes();
    void reasons();
    void whatWouldChangeIt_data();
    void whatWouldChangeIt();
    void incrementalMatchesScratch();
    void embeddedPackCases_data();
    void embeddedPackCases();
    void deterministic();
};

void TestVerdict::init()
{
    Versus::Test::failOnWarnings();
}

void TestVerdict::outcomes_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<double>("margin");
    QTest::addColumn<int>("visible");
    // Spans: q1 4, q2 2 (only after q1=a), q3 6 (multi), q4 1.
    QTest::addRow("nothing answered") << u""_s << int(tieEdge) << QList<int>{0, 0} << 0.0 << 3;
    QTest::addRow("clear X") << u"q1=a"_s << 0 << QList<int>{3, -1} << 4.0 / 13 << 4;
    QTest::addRow("branch answered") << u"q1=a q2=no"_s << 0 << QList<int>{3, 1} << 2.0 / 13 << 4;
    QTest::addRow("clear Y") << u"q1=b"_s << 1 << QList<int>{-1, 3} << 4.0 / 11 << 3;
    QTest::addRow("hidden answer does not count") << u"q1=a q2=yes q1=b"_s << 1 << QList<int>{-1, 3} << 4.0 / 11 << 3;
    QTest::addRow("small margin is Either") << u"q1=c q4=p"_s << int(tieEdge) << QList<int>{1, 0} << 1.0 / 11 << 3;
    QTest::addRow("balanced is Either") << u"q1=a q3=m2 q4=r q2=no"_s << int(tieEdge) << QList<int>{3, 3} << 0.0 << 4;
    QTest::addRow("multi choice") << u"q3=m1+m3"_s << 0 << QList<int>{3, -2} << 5.0 / 11 << 3;
    QTest::addRow("don't know everywhere") << u"q1=? q3=? q4=?"_s << int(tieEdge) << QList<int>{0, 0} << 0.0 << 3;
}

void TestVerdict::outcomes()
{
    QFETCH(QString, answers);
    QFETCH(int, outcome);
    QFETCH(QList<int>, scores);
    QFETCH(double, margin);
    QFETCH(int, visible);
    VerdictEngine engine(verdictPack());
    applyAnswers(engine, answers);
    const VerdictResult r = engine.verdict();
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.scores, scores);
    QVERIFY2(qAbs(r.margin - margin) < 1e-9, qPrintable(QString::number(r.margin)));
    QCOMPARE(r.confidence, r.margin);
    QCOMPARE(r.visible, visible);
}

void TestVerdict::reasons()
{
    VerdictEngine engine(verdictPack());
    applyAnswers(engine, u"q1=a q2=yes q3=m1+m2 q4=p"_s);
    const VerdictResult r = engine.verdict();
    QCOMPARE(r.outcome, 0);
    // Toward X over Y: q1=a +4, q2=yes +2, q3/m1 +1, q4=p +1; q3/m2 counts against (−1) and is left out.
    QCOMPARE(r.reasons.size(), 4);
    QCOMPARE(r.reasons[0].question, 0);
    QCOMPARE(r.reasons[0].points, 4);
    QCOMPARE(r.reasons[0].criteria, QList<int>{0});
    QCOMPARE(r.reasons[1].points, 2);
    for (const Reason &reason : r.reasons)
        QVERIFY(reason.points > 0);
}

void TestVerdict::whatWouldChangeIt_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("editsNeeded"); // the smallest number of changes, 0 when none can change it
    QTest::addRow("one change flips a clear X") << u"q1=a"_s << 1;
    QTest::addRow("Either can become a verdict") << u""_s << 1;
    QTest::addRow("strong X") << u"q1=a q2=yes q3=m1+m3 q4=p"_s << 2;
    QTest::addRow("Y with a branch closed") << u"q1=b q3=m2 q4=r"_s << 1;
}

// Every change proposed really changes the outcome when the answers are scored again,
// and the smallest number of changes is used.
void TestVerdict::whatWouldChangeIt()
{
    QFETCH(QString, answers);
    QFETCH(int, editsNeeded);
    VerdictEngine engine(verdictPack());
    applyAnswers(engine, answers);
    const VerdictResult r = engine.verdictWithChanges();
    QVERIFY(!r.changes.isEmpty());
    QVERIFY(r.changes.size() <= 3);
    for (const VerdictChange &change : r.changes) {
        QCOMPARE(change.edits.size(), editsNeeded);
        const VerdictResult after = rescored(engine, change.edits);
        QVERIFY(after.outcome != r.outcome);
        QCOMPARE(after.outcome, change.outcome);
    }
    // When two are needed, no single change would do.
    if (editsNeeded == 2) {
        for (const int q : engine.visibleQuestions()) {
            const auto &options = engine.pack().checklist.questions[q].options;
            for (int o = 0; o < options.size(); ++o)
                QCOMPARE(rescored(engine, {{q, Answer::choose(o)}}).outcome, r.outcome);
        }
    }
}

// Random answer sequences: the incremental scores always equal a rescoring from scratch.
void TestVerdict::incrementalMatchesScratch()
{
    for (const QString &path :
         {QStringLiteral(VERSUS_TEST_DATA "/packs/verdict.json"), PackLoader::embeddedPackPath()}) {
        const auto pack = load(path);
        VerdictEngine engine(pack);
        QRandomGenerator rng(7);
        const auto &questions = pack->checklist.questions;
        for (int step = 0; step < 400; ++step) {
            const int q = static_cast<int>(rng.bounded(static_cast<quint32>(questions.size())));
            const int options = static_cast<int>(questions[q].options.size());
            const int pick = static_cast<int>(rng.bounded(static_cast<quint32>(options + 2)));
            if (pick == options)
                engine.setAnswer(q, Answer::dontKnow());
            else if (pick == options + 1)
                engine.setAnswer(q, Answer());
            else if (questions[q].multi)
                engine.setAnswer(
                    q, Answer::chooseMany({pick, static_cast<int>(rng.bounded(static_cast<quint32>(options)))}));
            else
                engine.setAnswer(q, Answer::choose(pick));
            const VerdictResult a = engine.verdict();
            const VerdictResult b = rescored(engine);
            QCOMPARE(a.scores, b.scores);
            QCOMPARE(a.outcome, b.outcome);
            QCOMPARE(a.margin, b.margin);
            QCOMPARE(a.visible, b.visible);
        }
    }
}

void TestVerdict::embeddedPackCases_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("outcome"); // contender id or "either"
    QTest::addRow("content platform with a Django team")
        << u"project-type=full-stack-web admin-needed=essential admin-users=non-technical data-model=complex "
           "schema-change=frequent frontend=server-rendered team-experience=django-experts "
           "security-needs=user-accounts+roles-permissions existing-code=django-codebase django-extension=new-api"_s
        << u"django"_s;
    QTest::addRow("ML inference API with a typed team")
        << u"project-type=ml-service admin-needed=not-needed data-model=minimal frontend=machine-only "
           "api-docs=essential typing-style=typed-pydantic io-profile=waiting-on-services "
           "workloads=ml-inference+streamed-output "
           "team-experience=fastapi-experts hosting=containers"_s
        << u"fastapi"_s;
    QTest::addRow("balanced")
        << u"project-type=web-and-api admin-needed=nice-to-have data-model=moderate frontend=both api-docs=useful "
           "team-experience=python-generalists timeline=months"_s
        << u"either"_s;
    QTest::addRow("don't know everywhere")
        << u"project-type=? admin-needed=? data-model=? frontend=? api-docs=?"_s << u"either"_s;
}

void TestVerdict::embeddedPackCases()
{
    QFETCH(QString, answers);
    QFETCH(QString, outcome);
    VerdictEngine engine(PackLoader::loadEmbedded());
    applyAnswers(engine, answers);
    const VerdictResult r = engine.verdictWithChanges();
    const QString got = r.outcome == tieEdge ? u"either"_s : engine.pack().contenders[r.outcome].id;
    QCOMPARE(got, outcome);
    if (outcome != u"either"_s)
        QVERIFY(!r.reasons.isEmpty());
    for (const VerdictChange &change : r.changes)
        QVERIFY(rescored(engine, change.edits).outcome != r.outcome);
}

void TestVerdict::deterministic()
{
    VerdictEngine a(PackLoader::loadEmbedded());
    VerdictEngine b(PackLoader::loadEmbedded());
    applyAnswers(a, u"project-type=api-backend frontend=both"_s);
    applyAnswers(b, u"frontend=both project-type=api-backend"_s);
    const VerdictResult ra = a.verdictWithChanges();
    const VerdictResult rb = b.verdictWithChanges();
    QCOMPARE(ra.outcome, rb.outcome);
    QCOMPARE(ra.scores, rb.scores);
    QCOMPARE(ra.changes.size(), rb.changes.size());
    for (int i = 0; i < ra.changes.size(); ++i)
        QCOMPARE(ra.changes[i].edits, rb.changes[i].edits);
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
