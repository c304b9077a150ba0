#include "core/compare/scoreboardmodel.h"
#include "core/compare/scoring.h"
#include "core/compare/weights.h"
#include "core/workshop/workshopsession.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::loadTestPack;

Q_DECLARE_METATYPE(QList<double>)

class TestScoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void totals_data();
    void totals();
    void categoryScores();
    void threeContenders();
    void weights();
    void weightsPersistPerPack();
    void scoreboardModel();
};

void TestScoring::initTestCase()
{
    Versus::Test::isolateSettings(u"tst_scoring"_s);
}

void TestScoring::init()
{
    Versus::Test::failOnWarnings();
}

// minimal.json: taste = {bitterness: tea 4, coffee 2; aroma: 3, 3}, health = {dose: tea 4, coffee 3}.
// Category scores (mean rating / 5): taste tea 70, coffee 50; health tea 80, coffee 60.
void TestScoring::totals_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<int>("leader");
    // A category counts by its importance, not by its two rows against one.
    QTest::addRow("default weights") << QList<int>{3, 3} << QList<double>{75.0, 55.0} << 0;
    QTest::addRow("only taste") << QList<int>{5, 0} << QList<double>{70.0, 50.0} << 0;
    QTest::addRow("only health") << QList<int>{0, 1} << QList<double>{80.0, 60.0} << 0;
    QTest::addRow("health counts double")
        << QList<int>{1, 2} << QList<double>{(70.0 + 2 * 80) / 3, (50.0 + 2 * 60) / 3} << 0;
    QTest::addRow("nothing matters") << QList<int>{0, 0} << QList<double>{0.0, 0.0} << int(tieEdge);
}

void TestScoring::totals()
{
    QFETCH(QList<int>, weights);
    QFETCH(QList<double>, expected);
    QFETCH(int, leader);
    const ScoreTable table(*loadTestPack(u"minimal.json"_s));
    const Scoreboard board = table.score(weights);
    QCOMPARE(board.totals.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(qAbs(board.totals[i] - expected[i]) < 1e-9, qPrintable(QString::number(board.totals[i])));
    QCOMPARE(board.leader, leader);
}

void TestScoring::categoryScores()
{
    const ScoreTable table(*loadTestPack(u"minimal.json"_s));
    const Scoreboard board = table.score({5, 0});
    QCOMPARE(board.categories.size(), 2);
    QCOMPARE(board.categories[0][0], 70.0); // mean (4 + 3) / 2 of 5
    QCOMPARE(board.categories[0][1], 50.0);
    QCOMPARE(board.categories[1][0], 80.0); // the ratings' share, whatever the importance
    const Scoreboard half = table.score({0, 1});
    QCOMPARE(half.categories[1][0], 80.0);
    QCOMPARE(half.totals[0], 80.0);
}

void TestScoring::threeContenders()
{
    const ScoreTable table(*loadTestPack(u"three-contenders.json"_s));
    // health: dose tea 4, coffee 3, cocoa 5, and the context criterion "kick" 3 for all until answered
    const Scoreboard board = table.score({0, 5});
    QCOMPARE(board.totals[2], 80.0);
    QCOMPARE(board.totals[0], 70.0);
    QCOMPARE(board.leader, 2); // 10 points ahead, over the tie margin of 5
    const Scoreboard taste = table.score({1, 0}); // taste: tea 70, coffee 50, cocoa 40
    QCOMPARE(taste.leader, 0);
    const Scoreboard close = table.score({1, 3}); // tea (70 + 210) / 4 = 70, cocoa (40 + 240) / 4 = 70
    QCOMPARE(close.totals[0], 70.0);
    QCOMPARE(close.totals[2], 70.0);
    QCOMPARE(close.leader, int(tieEdge));
}

void TestScoring::weights()
{
    Weights w;
    QSignalSpy changed(&w, &Weights::changed);
    w.setPack(loadTestPack(u"minimal.json"_s));
    QCOMPARE(w.values(), (QList<int>{3, 3}));
    QVERIFY(w.isDefault());
    w.setWeight(1, 9); // clamped
    QCOMPARE(w.weight(1), 5);
    QCOMPARE(changed.last().at(0).toInt(), 1);
    const int before = static_cast<int>(changed.count());
    w.setWeight(1, 5); // no change, no signal
    QCOMPARE(changed.count(), before);
    QVERIFY(!w.isDefault());
    QCOMPARE(w.toMap(), (QVariantMap{{u"health"_s, 5}})); // only what was set by hand
    QVERIFY(w.isManual(1));
    QVERIFY(!w.isManual(0));
    w.setAnswerImportance({1, std::nullopt}); // answers set taste; health stays as set by hand
    QCOMPARE(w.values(), (QList<int>{1, 5}));
    QVERIFY(w.isFromAnswers(0));
    w.clearManual(1);
    QCOMPARE(w.values(), (QList<int>{1, 3}));
    w.setWeight(1, 5);
    w.setAnswerImportance({std::nullopt, std::nullopt});
    const QStringList ignored = w.fromMap({{u"taste"_s, 0}, {u"smell"_s, 2}, {u"health"_s, 7}});
    QCOMPARE(ignored, (QStringList{u"health"_s, u"smell"_s}));
    QCOMPARE(w.values(), (QList<int>{0, 5}));
    w.reset();
    QVERIFY(w.isDefault());
    QCOMPARE(changed.last().at(0).toInt(), -1);
}

void TestScoring::weightsPersistPerPack()
{
    {
        Weights w;
        w.setPack(loadTestPack(u"minimal.json"_s));
        w.setWeight(0, 1);
        w.store();
    }
    Weights again;
    again.setPack(loadTestPack(u"minimal.json"_s));
    again.restore();
    QCOMPARE(again.values(), (QList<int>{1, 3}));
    Weights other;
    other.setPack(loadTestPack(u"three-contenders.json"_s)); // another pack id keeps its own
    other.restore();
    QVERIFY(other.isDefault());
    again.reset();
    again.store();
    QVERIFY(!QSettings().contains(u"packs/tea-vs-coffee/weights"_s));
}

void TestScoring::scoreboardModel()
{
    Weights w;
    const auto pack = loadTestPack(u"minimal.json"_s);
    w.setPack(pack);
    WorkshopSession session(pack, &w);
    ScoreboardModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy scores(&model, &ScoreboardModel::scoresChanged);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ScoreboardModel::NameColumn).data().toString(), u"Tea (leads)"_s);
    QCOMPARE(model.index(1, ScoreboardModel::ScoreColumn).data().toString(), u"55.0%"_s);
    QCOMPARE(model.leaderText(), u"Tea leads with 75.0%"_s);
    w.setWeight(0, 0);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(scores.count(), 1);
    // An answer moves the scoreboard too: "sugar" needs bitterness 3, which coffee (2) lacks.
    session.setAnswer(0, Answer::choose(1));
    session.setAnswer(1, Answer::choose(1));
    QCOMPARE(model.index(1, ScoreboardModel::NameColumn).data().toString(), u"Coffee (ruled out)"_s);
    session.setAnswer(0, Answer());
    QCOMPARE(model.index(0, ScoreboardModel::ScoreColumn).data(Qt::UserRole).toDouble(), 80.0);
    QCOMPARE(model.index(0, 0).data(Qt::AccessibleTextRole).toString(), u"Tea: 80.0%, leads"_s);
    w.setValues({0, 0});
    QCOMPARE(model.leaderText(), u"No category has any weight"_s);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
