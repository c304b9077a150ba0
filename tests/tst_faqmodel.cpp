#include "core/faq/faqmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;
using Versus::Test::loadTestPack;

namespace {
// minimal.json's FAQ: "which" (tag basics) and "when" (tags basics and time), and one without a tag.
std::shared_ptr<const Pack> faqPack()
{
    auto pack = std::make_shared<Pack>(*loadTestPack(u"minimal.json"_s));
    pack->faq.append({u"untagged"_s, u"Is there sugar?"_s, u"Only if you add it."_s, {}, {}});
    return pack;
}

QStringList questions(const FaqModel &model, const QModelIndex &group)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(group); ++r)
        out.append(model.index(r, 0, group).data().toString());
    return out;
}
} // namespace

class TestFaqModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void groupsByTag();
    void filters();
    void highlights();
};

void TestFaqModel::init()
{
    Versus::Test::failOnWarnings();
}

void TestFaqModel::groupsByTag()
{
    FaqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);

    model.setPack(faqPack());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.tags(), (QStringList{u"basics"_s, u"time"_s}));
    QCOMPARE(model.rowCount(), 3); // basics, time, then the untagged under "Other"
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"basics (2)"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"time (1)"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"Other (1)"_s);
    QCOMPARE(model.index(0, 0).data(Qt::AccessibleTextRole).toString(), u"basics (2)"_s);
    QCOMPARE(model.index(0, 0).data(FaqModel::EntryRole).toInt(), -1);
    QCOMPARE(model.flags(model.index(0, 0)), Qt::ItemIsEnabled); // a heading, not an answer
    QCOMPARE(model.entryAt(model.index(0, 0)), -1);

    const QModelIndex basics = model.index(0, 0);
    QCOMPARE(questions(model, basics), (QStringList{u"Which one is better?"_s, u"When should I drink it?"_s}));
    QCOMPARE(questions(model, model.index(1, 0)), QStringList{u"When should I drink it?"_s}); // in both groups
    QCOMPARE(questions(model, model.index(2, 0)), QStringList{u"Is there sugar?"_s});
    const QModelIndex when = model.index(1, 0, basics);
    QCOMPARE(when.parent(), basics);
    QCOMPARE(model.rowCount(when), 0);
    QCOMPARE(model.flags(when), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QCOMPARE(when.data(FaqModel::EntryRole).toInt(), 1);
    QCOMPARE(model.entryAt(when), 1);
    QCOMPARE(model.indexOfEntry(1), when); // the first row that shows it
    QCOMPARE(model.indexOfEntry(2), model.index(0, 0, model.index(2, 0)));
    QVERIFY(!model.indexOfEntry(7).isValid());
    QCOMPARE(model.shownEntries(), 3); // "when" counts once

    model.setPack(nullptr);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.tags().isEmpty());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestFaqModel::filters()
{
    FaqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPack(faqPack());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Words match the answer too, ignoring case; a group shows while one of its entries does.
    model.setFilter(u"MORNING"_s, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.filterText(), u"MORNING"_s);
    QCOMPARE(model.filterTerms(), QStringList{u"morning"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"basics (1)"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"time (1)"_s);
    QCOMPARE(model.shownEntries(), 1);
    QCOMPARE(model.indexOfEntry(0), QModelIndex()); // hidden rows are not in the model

    model.setFilter(u"MORNING"_s, {}); // the same filter: nothing to tell the view
    QCOMPARE(reset.count(), 1);

    model.setFilter(QString(), {u"time"_s});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"time (1)"_s);

    model.setFilter(u"which"_s, {u"time"_s}); // both rules at once
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.shownEntries(), 0);

    model.setFilter(QString(), {});
    QCOMPARE(reset.count(), 4);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.shownEntries(), 3);

    // A new pack drops the filter.
    model.setFilter(u"sugar"_s, {});
    model.setPack(faqPack());
    QCOMPARE(model.filterText(), QString());
    QCOMPARE(model.rowCount(), 3);
}

void TestFaqModel::highlights()
{
    FaqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPack(faqPack());
    const QModelIndex when = model.index(1, 0, model.index(0, 0));
    QCOMPARE(when.data(FaqModel::HighlightsRole).toList(), QVariantList()); // no filter, no marks

    model.setFilter(u"drink"_s, {});
    const QModelIndex drink = model.index(0, 0, model.index(0, 0));
    QCOMPARE(drink.data().toString(), u"When should I drink it?"_s);
    QCOMPARE(drink.data(FaqModel::HighlightsRole).toList(), QVariantList{QPoint(14, 5)});

    model.setFilter(u"morning"_s, {}); // found in the answer: nothing to mark in the question
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(FaqModel::HighlightsRole).toList(), QVariantList());
}

QTEST_GUILESS_MAIN(TestFaqModel)
#include "tst_faqmodel.moc"
