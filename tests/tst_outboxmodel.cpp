#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outboxmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

// Only what the model reads; the store's own rules are tst_outbox's business.
OutboxItem item(const QString &name, const QString &email, const QDateTime &createdAt)
{
    OutboxItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.packId = u"tea-vs-coffee"_s;
    item.createdAt = createdAt;
    item.body = "{}";
    item.contentType = u"application/json"_s;
    item.fields = {{u"name"_s, name}, {u"email"_s, email}};
    return item;
}

} // namespace

class TestOutboxModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutStore();
    void followsTheStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InquiryStore> m_store;
};

void TestOutboxModel::init()
{
    Versus::Test::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<InquiryStore>(m_dir->filePath(u"versus.sqlite"_s));
    QVERIFY_RESULT(m_store->open());
    QVERIFY(m_store->isOpen());
}

void TestOutboxModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOutboxModel::withoutStore()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
    QCOMPARE(model.headerData(OutboxModel::NameColumn, Qt::Horizontal).toString(), u"From"_s);
    QCOMPARE(model.headerData(OutboxModel::ErrorColumn, Qt::Horizontal).toString(), u"Last error"_s);
    QCOMPARE(model.rowOf(u"nothing"_s), -1);
    QCOMPARE(model.itemAt(0).id, QString()); // out of range: an empty item, no crash
}

void TestOutboxModel::followsTheStore()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0); // an empty outbox stays empty: nothing to tell the view
    QCOMPARE(changed.count(), 0);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OutboxItem first = item(u"Ada"_s, u"ada@example.org"_s, now.addSecs(-60));
    const OutboxItem second = item(QString(), u"bob@example.org"_s, now);
    QVERIFY_RESULT(m_store->enqueue(first));
    QVERIFY_RESULT(m_store->enqueue(second));
    model.refresh();
    QCOMPARE(reset.count(), 1); // new rows: a reset
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(first.id), 0); // oldest first
    QCOMPARE(model.rowOf(second.id), 1);
    QCOMPARE(model.index(0, OutboxModel::NameColumn).data().toString(), u"Ada"_s);
    QCOMPARE(model.index(1, OutboxModel::NameColumn).data().toString(), u"bob@example.org"_s); // no name: the email
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Waiting to be sent"_s);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data(OutboxModel::StateRole).toString(), u"queued"_s);
    QCOMPARE(model.index(1, 0).data(OutboxModel::IdRole).toString(), second.id);
    QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toInt(), 0);
    QCOMPARE(model.itemAt(1).id, second.id);

    // The same rows with new values: dataChanged over the whole table, no reset.
    QVERIFY_RESULT(m_store->markNeedsAttention(first.id, u"the server said <b>no</b>"_s));
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> args = changed.takeFirst();
    QCOMPARE(args.at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(args.at(1).value<QModelIndex>(), model.index(1, OutboxModel::ColumnCount - 1));
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Needs attention"_s);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data(OutboxModel::StateRole).toString(), u"needs-attention"_s);
    QCOMPARE(model.index(0, OutboxModel::ErrorColumn).data().toString(), u"the server said <b>no</b>"_s);
    QVERIFY(model.index(0, OutboxModel::ErrorColumn).data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;no"_s));
    QCOMPARE(model.index(0, OutboxModel::NextAttemptColumn).data().toString(), QString()); // not queued

    // A row gone: a reset.
    QVERIFY_RESULT(m_store->remove(first.id));
    model.refresh();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second.id), 0);
    QCOMPARE(model.rowOf(first.id), -1);

    // No store: empty again.
    model.setStore(nullptr);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
