#include "core/compare/criteriafiltermodel.h"
#include "core/compare/criteriamodel.h"
#include "core/compare/roles.h"
#include "core/compare/summarymodel.h"
#include "core/compare/tableexport.h"
#include "core/pack/packloader.h"
#include "core/report/criterionhtml.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::loadTestPack;

class TestCompareModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void summaryModel_data();
    void summaryModel();
    void criteriaModel_data();
    void criteriaModel();
    void criteriaModelOnEmbeddedPack();
    void filterModel();
    void filterIgnoresCaseAndAccents_data();
    void filterIgnoresCaseAndAccents();
    void filterSorts();
    void sharedEdges();
};

void TestCompareModels::init()
{
    Versus::Test::failOnWarnings();
}

void TestCompareModels::summaryModel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("contenders");
    QTest::addRow("two") << u"minimal.json"_s << 2;
    QTest::addRow("three") << u"three-contenders.json"_s << 3;
}

void TestCompareModels::summaryModel()
{
    QFETCH(QString, file);
    QFETCH(int, contenders);
    SummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setPack(loadTestPack(file));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), contenders + 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Tea"_s);
    QCOMPARE(model.headerData(model.edgeColumn(), Qt::Horizontal).toString(), u"Edge"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Caffeine"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"More"_s);
    QCOMPARE(model.index(0, model.edgeColumn()).data().toString(), u"Coffee"_s);
    QCOMPARE(model.index(0, model.edgeColumn()).data(EdgeRole).toInt(), 1);
    QCOMPARE(model.index(1, model.edgeColumn()).data().toString(), u"Tie"_s);
    QCOMPARE(model.index(1, 0).data(IdRole).toString(), u"price"_s);
    // Notes are escaped so that a tooltip never renders pack text as rich text.
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Per cup"_s));
    QList<int> expected(contenders + 1, 0);
    expected[1] = 1;
    expected[contenders] = 1;
    QCOMPARE(model.tally(), expected);
    model.setPack(nullptr);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestCompareModels::criteriaModel_data()
{
    summaryModel_data();
}

void TestCompareModels::criteriaModel()
{
    QFETCH(QString, file);
    QFETCH(int, contenders);
    CriteriaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPack(loadTestPack(file));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.columnCount(), 2 + 2 * contenders);
    QCOMPARE(model.rowCount(), 2); // categories
    const QModelIndex taste = model.index(0, 0);
    QCOMPARE(taste.data().toString(), u"Taste"_s);
    QVERIFY(taste.data(IsCategoryRole).toBool());
    QVERIFY(!(model.flags(taste) & Qt::ItemIsSelectable));
    QCOMPARE(model.rowCount(taste), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), contenders == 3 ? 2 : 1); // three-contenders has a context criterion
    const QModelIndex bitterness = model.index(0, 0, taste);
    QCOMPARE(bitterness.data().toString(), u"Bitterness"_s);
    QCOMPARE(model.criterionAt(bitterness), 0);
    QCOMPARE(model.parent(bitterness), taste);
    const QModelIndex teaRating = model.index(0, CriteriaModel::ratingColumn(0), taste);
    QCOMPARE(teaRating.data().toInt(), 4);
    QCOMPARE(teaRating.data(RatingRole).toInt(), 4);
    QCOMPARE(teaRating.data(Qt::AccessibleTextRole).toString(), u"4 out of 5"_s);
    QCOMPARE(model.index(0, CriteriaModel::textColumn(1), taste).data().toString(), u"Strong"_s);
    QCOMPARE(model.index(0, model.edgeColumn(), taste).data().toString(), u"Tea"_s);
    QCOMPARE(model.headerData(CriteriaModel::ratingColumn(1), Qt::Horizontal).toString(), u"Rating"_s);
    const QModelIndex dose = model.indexOfCriterion(2);
    QCOMPARE(dose.data().toString(), u"Caffeine dose"_s);
    QCOMPARE(dose.parent().row(), 1);
    QVERIFY(!model.indexOfCriterion(99).isValid());
    QCOMPARE(model.criterionAt(QModelIndex()), -1);
}

void TestCompareModels::criteriaModelOnEmbeddedPack()
{
    CriteriaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto pack = PackLoader::loadEmbedded();
    QVERIFY(pack);
    model.setPack(pack);
    int total = 0;
    for (int c = 0; c < model.rowCount(); ++c)
        total += model.rowCount(model.index(c, 0));
    QCOMPARE(total, pack->criteria.size());
    for (int i = 0; i < pack->criteria.size(); ++i)
        QCOMPARE(model.criterionAt(model.indexOfCriterion(i)), i);
}

void TestCompareModels::filterModel()
{
    CriteriaModel source;
    CriteriaFilterModel filter(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&filter, &CriteriaFilterModel::countsChanged);
    source.setPack(loadTestPack(u"minimal.json"_s));
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QCOMPARE(filter.shownCount(), 3);
    QCOMPARE(filter.totalCount(), 3);
    QCOMPARE(filter.rowCount(), 2);

    filter.setCategories({1});
    QCOMPARE(filter.shownCount(), 1);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Health"_s);
    QCOMPARE(filter.shownCriteria(), QList<int>{2});

    filter.setCategories({});
    filter.setEdge(tieEdge);
    QCOMPARE(filter.shownCriteria(), QList<int>{1});
    filter.setEdge(0);
    QCOMPARE(filter.shownCriteria(), (QList<int>{0, 2}));
    filter.setEdge(1);
    QCOMPARE(filter.shownCount(), 0);
    QCOMPARE(filter.rowCount(), 0);

    filter.setEdge(CriteriaFilterModel::anyEdge);
    filter.setFilterText(u"caffeine"_s); // in the explanation of "Caffeine dose" and in a link of bitterness
    QCOMPARE(filter.shownCriteria(), (QList<int>{0, 2}));
    filter.setFilterText(u"caffeine per cup"_s); // every word must appear
    QCOMPARE(filter.shownCriteria(), QList<int>{2});
    filter.setFilterText(u"roasted"_s); // a value
    QCOMPARE(filter.shownCriteria(), QList<int>{1});
    filter.setFilterText(u"nothing like this"_s);
    QCOMPARE(filter.shownCount(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QCOMPARE(counts.last().at(1).toInt(), 3);
    filter.clearFilters();
    QCOMPARE(filter.shownCount(), 3);

    // A new pack starts unfiltered and counts its own criteria.
    filter.setFilterText(u"tea"_s);
    source.setPack(PackLoader::loadEmbedded());
    QCOMPARE(filter.totalCount(), source.pack()->criteria.size());
}

void TestCompareModels::filterIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::addRow("plain") << u"milder"_s << 1;
    QTest::addRow("upper case") << u"MILDER"_s << 1;
    QTest::addRow("accents in the query") << u"mîldér"_s << 1;
    QTest::addRow("prefix of a word") << u"mil"_s << 1;
    QTest::addRow("two words, any order") << u"good smell"_s << 1;
    QTest::addRow("no match") << u"tannin"_s << 0;
}

void TestCompareModels::filterIgnoresCaseAndAccents()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    CriteriaModel source;
    CriteriaFilterModel filter(&source);
    source.setPack(loadTestPack(u"minimal.json"_s));
    filter.setFilterText(query);
    QCOMPARE(filter.shownCount(), expected);
}

void TestCompareModels::filterSorts()
{
    CriteriaModel source;
    CriteriaFilterModel filter(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    source.setPack(loadTestPack(u"minimal.json"_s));
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    filter.sort(CriteriaModel::ratingColumn(1), Qt::AscendingOrder); // coffee's rating
    QVERIFY(layout.count() >= 1);
    const QModelIndex taste = filter.index(filter.index(0, 0).data().toString() == u"Taste"_s ? 0 : 1, 0);
    QCOMPARE(filter.index(0, 0, taste).data().toString(), u"Bitterness"_s); // 2 before 3
    filter.sort(CriteriaModel::ratingColumn(1), Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0, taste).data().toString(), u"Aroma"_s);
    filter.sort(0, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Health"_s); // categories sort too
    QCOMPARE(filter.shownCriteria(), (QList<int>{2, 1, 0}));
}

// Three contenders: the price row and the aroma criterion led by tea and coffee together.
void TestCompareModels::sharedEdges()
{
    QFile f(QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray summary = root[u"summary"_s].toArray();
    QJsonObject price = summary[1].toObject();
    price[u"edge"_s] = QJsonArray{u"coffee"_s, u"tea"_s};
    summary[1] = price;
    root[u"summary"_s] = summary;
    QJsonArray criteria = root[u"criteria"_s].toArray();
    QJsonObject aroma = criteria[1].toObject();
    QJsonObject values = aroma[u"values"_s].toObject();
    values[u"cocoa"_s] = QJsonObject{{u"text"_s, u"Faint"_s}, {u"rating"_s, 2}};
    aroma[u"values"_s] = values;
    aroma[u"edge"_s] = QJsonArray{u"tea"_s, u"coffee"_s};
    criteria[1] = aroma;
    root[u"criteria"_s] = criteria;
    const auto loaded = PackLoader::loadData(QJsonDocument(root).toJson(), u"shared.json"_s);
    QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(), qPrintable(Versus::Test::dump(loaded.diagnostics)));
    const auto pack = loaded.pack;
    QCOMPARE(pack->summary[1].edge.leaders, (QList<int>{0, 1}));

    SummaryModel summaryModel;
    QAbstractItemModelTester summaryTester(&summaryModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    summaryModel.setPack(pack);
    const QModelIndex priceEdge = summaryModel.index(1, summaryModel.edgeColumn());
    QCOMPARE(priceEdge.data().toString(), u"Tea and Coffee"_s);
    QCOMPARE(priceEdge.data(Qt::AccessibleTextRole).toString(), u"Tea and Coffee"_s);
    QCOMPARE(priceEdge.data(EdgeRole).toInt(), sharedEdge);
    QCOMPARE(summaryModel.tally(), (QList<int>{1, 2, 0, 0})); // tea, coffee, cocoa, ties

    CriteriaModel criteriaModel;
    QAbstractItemModelTester criteriaTester(&criteriaModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    criteriaModel.setPack(pack);
    const QModelIndex taste = criteriaModel.index(0, 0);
    QCOMPARE(criteriaModel.index(1, criteriaModel.edgeColumn(), taste).data().toString(), u"Tea and Coffee"_s);
    QCOMPARE(criteriaModel.index(1, criteriaModel.edgeColumn(), taste).data(EdgeRole).toInt(), sharedEdge);

    CriteriaFilterModel filter(&criteriaModel);
    filter.setEdge(1); // where coffee leads, alone or not
    QCOMPARE(filter.shownCriteria(), QList<int>{1});
    filter.setEdge(0);
    QCOMPARE(filter.shownCriteria(), (QList<int>{0, 1}));
    filter.setEdge(tieEdge); // a shared lead is no tie: only "Wakes you up", rated 3 by each
    QCOMPARE(filter.shownCriteria(), QList<int>{3});

    const QString csv = TableExport(*pack, TableExport::allCriteria(*pack), {3, 3}).csv();
    QVERIFY2(csv.contains(u",Tea and Coffee,"_s), qPrintable(csv));
    QVERIFY(CriterionHtml::header(*pack, pack->criteria[1]).contains(u"Edge: Tea and Coffee"_s));

    Pack four = *pack;
    four.contenders.append({u"mate"_s, u"Mate"_s, {}, {}, {}, {}});
    QCOMPARE(four.edgeName(Edge{{0, 1, 3}}), u"Tea, Coffee and Mate"_s);
}

QTEST_GUILESS_MAIN(TestCompareModels)
#include "tst_comparemodels.moc"
