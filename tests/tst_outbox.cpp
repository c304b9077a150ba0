// The outbox against real HTTP servers on 127.0.0.1: every outcome class, keys, backoff.
#include "core/app/appcontext.h"
#include "core/inquiry/formvalidator.h"
#include "core/inquiry/inquiryemail.h"
#include "core/inquiry/inquirystore.h"
#include "core/inquiry/outbox.h"
#include "core/inquiry/transaction.h"
#include "core/pack/packloader.h"
#include "httptestserver.h"
#include "testsupport.h"
#include "version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Pack> pack()
{
    static const auto p = PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")).pack;
    return p;
}

QVariantMap someFields()
{
    return {{u"name"_s, u"Ada"_s}, {u"email"_s, u"ada@example.org"_s}, {u"consent"_s, true}};
}

using Contract = TestHttpServer::Contract;

// Each delivery profile as a consultancy would set it up, and the receiver it talks to.
DeliveryProfile profileFor(const QString &name)
{
    DeliveryProfile p;
    p.format = inquiryFormatFromName(name);
    if (p.format == InquiryFormat::Webhook) { // Make, flat, its API key header
        p.shape = DeliveryProfile::Shape::Flat;
        p.auth = DeliveryProfile::Auth::Header;
        p.authHeader = u"x-make-apikey"_s;
        p.extraFields = {{u"source"_s, u"versus"_s}};
    }
    if (p.format == InquiryFormat::Form) { // Formspree
        p.replyTo = u"email"_s;
        p.extraFields = {{u"_subject"_s, u"New inquiry"_s}};
    }
    if (p.format == InquiryFormat::HubSpot) {
        p.sendAs = {{u"name"_s, u"firstname"_s}};
        p.pageName = u"Tea vs Coffee"_s;
    }
    return p;
}

Contract contractFor(const QString &name)
{
    switch (inquiryFormatFromName(name)) {
    case InquiryFormat::Webhook: return Contract::Webhook;
    case InquiryFormat::Form: return Contract::Form;
    case InquiryFormat::HubSpot: return Contract::HubSpot;
    case InquiryFormat::Versus: break;
    }
    return Contract::Versus;
}

// The outbox set up for the profile, sending to the server, which expects that profile's secret.
void configure(Outbox &outbox, TestHttpServer &server, const QString &name)
{
    outbox.setProfile(profileFor(name));
    outbox.setEndpoint(server.url());
    if (server.contract == Contract::Versus) {
        outbox.setToken(u"s3cret"_s);
        server.requiredHeader = "Authorization";
        server.requiredSecret = "Bearer s3cret";
    }
    if (server.contract == Contract::Webhook) {
        outbox.setToken(u"mk-123"_s);
        server.requiredHeader = "x-make-apikey";
        server.requiredSecret = "mk-123";
        server.flat = true;
    }
    if (server.contract == Contract::HubSpot)
        server.hubspotProperties = {u"firstname"_s,         u"email"_s,         u"consent"_s, u"kind"_s, u"details"_s,
                                    u"versus_inquiry_id"_s, u"versus_verdict"_s};
}

// The raw (misbehaving) server on the profile's own kind of path.
void configure(Outbox &outbox, RawHttpServer &server, const QString &name)
{
    server.contract = contractFor(name);
    outbox.setProfile(profileFor(name));
    outbox.setEndpoint(server.url(TestHttpServer::pathFor(server.contract)));
}

void addProfileColumn()
{
    QTest::addColumn<QString>("profile");
}

void addProfileRows()
{
    addProfileColumn();
    for (const QString &name : inquiryFormatNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void deliveryTarget_data();
    void deliveryTarget();
    void storeIsPrivateAndDurable();
    void drafts();
    void unknownDraft();
    void readFailureIsReported();
    void transactionRollsBackUnlessCommitted();
    void submitRemovesTheDraftInOneTransaction();
    void claimIsExclusive();
    void sent201();
    void outcomes_data();
    void outcomes();
    void retryAfterHeader_data() { addProfileRows(); }
    void retryAfterHeader();
    void redirectIsNotFollowed_data() { addProfileRows(); }
    void redirectIsNotFollowed();
    void serverThatNeverAnswers_data() { addProfileRows(); }
    void serverThatNeverAnswers();
    void connectionRefused();
    void resetBeforeReply_data() { addProfileRows(); }
    void resetBeforeReply();
    void storedThenResetKeepsOneCopy_data() { addProfileRows(); }
    void storedThenResetKeepsOneCopy();
    void profileContract_data() { addProfileRows(); }
    void profileContract();
    void receiversEnforceTheirContract_data();
    void receiversEnforceTheirContract();
    void formBodySaysItFailed_data();
    void formBodySaysItFailed();
    void hubspotErrorIsShown();
    void noAddressWaitsThenSends();
    void previewMasksTheSecret_data();
    void previewMasksTheSecret();
    void testRequest_data() { addProfileRows(); }
    void testRequest();
    void inquiryAsEmail();
    void reportTravelsWhereTheProfileCarriesIt_data() { addProfileRows(); }
    void reportTravelsWhereTheProfileCarriesIt();
    void storeMigratesToSchema2();
    void onlyHttpsOrLoopback_data();
    void onlyHttpsOrLoopback();
    void retryAfterHasAFloorAndACap_data();
    void retryAfterHasAFloorAndACap();
    void tricklingServerMeetsTheDeadline();
    void hugeAnswerIsCutOff_data();
    void hugeAnswerIsCutOff();
    void everyPostIsLogged();
    void backoff();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void editAndResend();
    void formEncoded();
    void restartSendsWhatWasQueued_data() { addProfileRows(); }
    void restartSendsWhatWasQueued();
    void senderLock();
    void packEndpointTakesItsOwnInquiries();
    void aThousandInquiries();
    void purgeAndDeleteAll();

private:
    OutboxItem queue(Outbox &outbox, const QVariantMap &fields = someFields());
    void waitIdle(Outbox &outbox);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InquiryStore> m_store;
    QDateTime m_now; // the injected clock: starts at the real time, moved by the tests
};

void TestOutbox::init()
{
    Versus::Test::failOnWarnings();
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<InquiryStore>(m_dir->filePath(u"versus.sqlite"_s));
    QVERIFY_RESULT(m_store->open());
}

void TestOutbox::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

OutboxItem TestOutbox::queue(Outbox &outbox, const QVariantMap &fields)
{
    const OutboxItem item = Outbox::freeze(*pack(), fields, QString(), Versus::Core::InquiryFormat::Versus, m_now);
    if (const auto queued = outbox.submit(item); !queued)
        qFatal("%s", qPrintable(queued.error().message));
    return item;
}

void TestOutbox::waitIdle(Outbox &outbox)
{
    QTRY_COMPARE_WITH_TIMEOUT(outbox.inFlight(), 0, 15000);
}

void TestOutbox::validation_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("problems"); // "field: message start"
    QTest::addRow("valid") << someFields() << QStringList{};
    QTest::addRow("missing required") << QVariantMap{{u"consent"_s, true}}
                                      << QStringList{u"name: is required"_s, u"email: is required"_s};
    QTest::addRow("bad email") << QVariantMap{{u"name"_s, u"A"_s}, {u"email"_s, u"a@b"_s}, {u"consent"_s, true}}
                               << QStringList{u"email: is not an e-mail address"_s};
    QTest::addRow("too long") << QVariantMap{{u"name"_s, QString(81, u'x')},
                                             {u"email"_s, u"a@b.co"_s},
                                             {u"consent"_s, true}}
                              << QStringList{u"name: is 81 characters long; at most 80"_s};
    QTest::addRow("consent not given") << QVariantMap{{u"name"_s, u"A"_s},
                                                      {u"email"_s, u"a@b.co"_s},
                                                      {u"consent"_s, false}}
                                       << QStringList{u"consent: must be ticked"_s};
    QTest::addRow("unknown choice") << QVariantMap{{u"name"_s, u"A"_s},
                                                   {u"email"_s, u"a@b.co"_s},
                                                   {u"consent"_s, true},
                                                   {u"kind"_s, u"lukewarm"_s}}
                                    << QStringList{u"kind: is not one of the choices"_s};
    QTest::addRow("unknown field") << QVariantMap{{u"name"_s, u"A"_s},
                                                  {u"email"_s, u"a@b.co"_s},
                                                  {u"consent"_s, true},
                                                  {u"phone"_s, u"1"_s}}
                                   << QStringList{u"phone: is not a field of this form"_s};
    QTest::addRow("wrong types") << QVariantMap{{u"name"_s, 5}, {u"email"_s, u"a@b.co"_s}, {u"consent"_s, u"yes"_s}}
                                 << QStringList{u"name: must be text"_s, u"consent: must be ticked or not"_s};
}

void TestOutbox::validation()
{
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, problems);
    const auto errors = FormValidator::validate(pack()->inquiry, values);
    QStringList got;
    for (const auto &e : errors)
        got.append(e.field + u": "_s + e.message);
    QCOMPARE(got.size(), problems.size());
    for (int i = 0; i < problems.size(); ++i)
        QVERIFY2(got[i].startsWith(problems[i]), qPrintable(got[i]));
    QVERIFY(FormValidator::isEmailAddress(u"first.last+tag@sub.example.co.uk"_s));
    QVERIFY(!FormValidator::isEmailAddress(u"two@@example.org"_s));
    QVERIFY(!FormValidator::isEmailAddress(u"spaces in@example.org"_s));
    QVERIFY(!FormValidator::isEmailAddress(u"trailing@example.org."_s));
}

void TestOutbox::storeIsPrivateAndDurable()
{
    QFile::Permissions perms = QFile::permissions(m_store->path());
    QCOMPARE(
        perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFile::Permissions());
    QCOMPARE(m_store->version(), InquiryStore::schemaVersion);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    db.setDatabaseName(m_store->path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
    // synchronous is per connection: check the store's own setting through a fresh store.
    InquiryStore again(m_store->path());
    QVERIFY_RESULT(again.open());
    QCOMPARE(again.version(), InquiryStore::schemaVersion);
}

void TestOutbox::drafts()
{
    const auto id = m_store->createDraft(u"First"_s, u"tea-vs-coffee"_s);
    QVERIFY_RESULT(id);
    QVERIFY_RESULT(m_store->saveDraft(*id, someFields(), true));
    QVERIFY_RESULT(m_store->renameDraft(*id, u"Renamed"_s));
    auto d = m_store->draft(*id);
    QVERIFY(d);
    QCOMPARE(d->name, u"Renamed"_s);
    QCOMPARE(d->fields, someFields());
    QVERIFY(d->attachVerdict);
    QVERIFY_RESULT(m_store->deleteDraft(*id));
    QCOMPARE(rowCount(m_store->drafts()), 0);
    QVERIFY_RESULT(m_store->restoreDraft(*id)); // undo
    QCOMPARE(rowCount(m_store->drafts()), 1);
    QCOMPARE(rowCount(m_store->drafts(u"another-pack"_s)), 0);
    QVERIFY_RESULT(m_store->deleteDraft(*id));
    QVERIFY_RESULT(m_store->purgeDeletedDrafts());
    QVERIFY_RESULT(m_store->restoreDraft(*id));
    QCOMPARE(rowCount(m_store->drafts()), 0); // purged for good
}

void TestOutbox::unknownDraft()
{
    QVERIFY(!m_store->draft(42)); // nothing there: no draft, and nothing logged
    const auto id = m_store->createDraft(u"Kept"_s, u"tea-vs-coffee"_s);
    QVERIFY_RESULT(id);
    const auto other = m_store->createDraft(u"Gone"_s, u"another-pack"_s);
    QVERIFY_RESULT(other);
    QCOMPARE(m_store->draft(*other)->name, u"Gone"_s); // any pack's
    QVERIFY(!m_store->draft(*id + *other)); // ids the store never gave
    QVERIFY_RESULT(m_store->deleteDraft(*other));
    QVERIFY(!m_store->draft(*other)); // deleted (until restored) reads as gone
    QCOMPARE(m_store->draft(*id)->name, u"Kept"_s);
    QVERIFY(!m_store->item(u"no-such-item"_s));
}

void TestOutbox::readFailureIsReported()
{
    const auto id = m_store->createDraft(u"D"_s, u"tea-vs-coffee"_s);
    QVERIFY_RESULT(id);
    const OutboxItem item
        = Outbox::freeze(*pack(), someFields(), QString(), Versus::Core::InquiryFormat::Versus, m_now);
    QVERIFY_RESULT(m_store->enqueue(item));
    QCOMPARE(rowCount(m_store->logFor(item.id)), 1);
    // Another program damages the database under the open store.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"vandal"_s);
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &table : {u"drafts"_s, u"outbox"_s, u"delivery_log"_s})
            QVERIFY2(q.exec(u"DROP TABLE "_s + table), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"vandal"_s);
    // Each read says it failed (and logs it); none passes for an empty list. Empty: as expected.
    const auto unexpected = [this](const auto &result) -> QString {
        if (result)
            return u"the read passed"_s;
        const Diagnostic &d = result.error();
        if (!d.message.contains(u"could not be read"_s) || !d.message.contains(u"no such table"_s)
            || d.file != m_store->path())
            return d.toString();
        return {};
    };
    const auto noSuchTable = [](const char *table) {
        return QRegularExpression(u"^SELECT .* FROM %1 .*failed: no such table"_s.arg(QLatin1String(table)));
    };
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("drafts"));
    QCOMPARE(unexpected(m_store->drafts()), QString());
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("drafts"));
    QCOMPARE(unexpected(m_store->drafts(u"tea-vs-coffee"_s)), QString());
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("outbox"));
    QCOMPARE(unexpected(m_store->outbox()), QString());
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("delivery_log"));
    QCOMPARE(unexpected(m_store->logFor(item.id)), QString());
    // One row: nothing to show, but logged.
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("drafts"));
    QVERIFY(!m_store->draft(*id));
    QTest::ignoreMessage(QtWarningMsg, noSuchTable("outbox"));
    QVERIFY(!m_store->item(item.id));
    // A write says so too, in words for the user.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^UPDATE drafts .*failed: no such table"_s));
    const auto saved = m_store->saveDraft(*id, someFields(), false);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(u"could not be written"_s), qPrintable(saved.error().message));
}

void TestOutbox::transactionRollsBackUnlessCommitted()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"transactions"_s);
    db.setDatabaseName(m_dir->filePath(u"transactions.sqlite"_s));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (x INTEGER)"_s));
    }
    const auto rows = [&db] {
        QSqlQuery q(db);
        return q.exec(u"SELECT count(*) FROM t"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    const auto insert = [&db](int x) {
        QSqlQuery q(db);
        return q.exec(u"INSERT INTO t VALUES (%1)"_s.arg(x));
    };
    {
        Transaction t(db);
        QVERIFY(t.isOpen());
        QVERIFY(insert(1));
        QCOMPARE(rows(), 1);
    } // not committed: gone
    QCOMPARE(rows(), 0);
    {
        Transaction t(db);
        QVERIFY(insert(2));
        QVERIFY(t.commit());
        QVERIFY(!t.isOpen());
        QVERIFY(!t.commit()); // once
    } // committed: the destructor leaves it alone
    QCOMPARE(rows(), 1);
    {
        Transaction outer(db);
        QVERIFY(insert(3));
        {
            Transaction inner(db); // SQLite does not nest: this one never begins...
            QVERIFY(!inner.isOpen());
            QVERIFY(!inner.lastError().text().isEmpty());
            QVERIFY(!inner.commit());
        } // ...so its end must not roll back the outer one
        QVERIFY(outer.isOpen());
        QVERIFY(outer.commit());
    }
    QCOMPARE(rows(), 2);
    // After all that, the connection is not left inside a transaction.
    QVERIFY(db.transaction());
    QVERIFY(db.rollback());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"transactions"_s);
}

void TestOutbox::submitRemovesTheDraftInOneTransaction()
{
    const auto id = m_store->createDraft(u"D"_s, u"tea-vs-coffee"_s);
    QVERIFY_RESULT(id);
    const OutboxItem item
        = Outbox::freeze(*pack(), someFields(), QString(), Versus::Core::InquiryFormat::Versus, m_now);
    QVERIFY_RESULT(m_store->enqueue(item, *id));
    QCOMPARE(rowCount(m_store->drafts()), 0);
    QCOMPARE(rowCount(m_store->outbox()), 1);
    // The same id twice fails whole: the draft stays.
    const auto id2 = m_store->createDraft(u"D2"_s, u"tea-vs-coffee"_s);
    QVERIFY_RESULT(id2);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^INSERT INTO outbox .* failed: UNIQUE constraint"_s));
    const auto twice = m_store->enqueue(item, *id2);
    QVERIFY(!twice);
    QVERIFY(!twice.error().message.isEmpty());
    QCOMPARE(rowCount(m_store->drafts()), 1);
    QCOMPARE(rowCount(m_store->outbox()), 1);
}

void TestOutbox::claimIsExclusive()
{
    const OutboxItem item
        = Outbox::freeze(*pack(), someFields(), QString(), Versus::Core::InquiryFormat::Versus, m_now);
    QVERIFY_RESULT(m_store->enqueue(item));
    InquiryStore other(m_store->path());
    QVERIFY_RESULT(other.open());
    QVERIFY(m_store->claim(item.id));
    QVERIFY(!other.claim(item.id)); // another process cannot take it too
    QCOMPARE(m_store->item(item.id)->attempts, 1);
    QVERIFY_RESULT(m_store->resetStaleSending());
    QVERIFY(other.claim(item.id));
}

void TestOutbox::sent201()
{
    TestHttpServer server;
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setToken(u"s3cret"_s);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    const auto sent = m_store->item(item.id);
    QCOMPARE(sent->state, OutboxItem::State::Sent);
    QCOMPARE(sent->serverId, u"srv-1"_s);
    QCOMPARE(sent->attempts, 1);
    QCOMPARE(server.requests.size(), 1);
    const ReceivedRequest &r = server.requests.first();
    QCOMPARE(r.idempotencyKey, '"' + item.idempotencyKey.toLatin1() + '"');
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.accept, QByteArray("application/json"));
    QCOMPARE(r.userAgent, QByteArray("Versus/" VERSUS_VERSION));
    QCOMPARE(r.authorization, QByteArray("Bearer s3cret"));
    QCOMPARE(r.body, item.body); // the exact frozen body
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(u"id"_s).toString(), item.id);
    QCOMPARE(body.value(u"pack"_s).toObject().value(u"id"_s).toString(), u"tea-vs-coffee"_s);
    QCOMPARE(body.value(u"fields"_s).toObject().value(u"email"_s).toString(), u"ada@example.org"_s);
    QVERIFY(body.value(u"verdict"_s).isNull());
    QCOMPARE(body.value(u"client"_s).toObject().value(u"name"_s).toString(), u"Versus"_s);
    const auto log = m_store->logFor(item.id);
    QVERIFY(rowCount(log) > 0);
    QCOMPARE(log->last().outcome, u"sent"_s);
}

void TestOutbox::outcomes_data()
{
    addProfileColumn();
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state");
    const QList<std::pair<int, QString>> cases{{201, u"sent"_s},
                                               {200, u"sent"_s},
                                               {500, u"queued"_s},
                                               {502, u"queued"_s},
                                               {503, u"queued"_s},
                                               {408, u"queued"_s},
                                               {409, u"queued"_s},
                                               {425, u"queued"_s},
                                               {429, u"queued"_s},
                                               {400, u"needs-attention"_s},
                                               {401, u"needs-attention"_s},
                                               {404, u"needs-attention"_s},
                                               {422, u"needs-attention"_s}};
    for (const QString &profile : inquiryFormatNames()) {
        for (const auto &[status, state] : cases)
            QTest::addRow("%s %d", qPrintable(profile), status) << profile << status << state;
    }
}

void TestOutbox::outcomes()
{
    QFETCH(QString, profile);
    QFETCH(int, status);
    QFETCH(QString, state);
    TestHttpServer server(contractFor(profile));
    server.respond = [status](const ReceivedRequest &) {
        // A JSON body, as every receiver answers (a form service's 2xx is read for "ok").
        return TestHttpServer::json(status, {{u"ok"_s, status < 300}, {u"message"_s, u"the server's own words"_s}});
    };
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    outbox.setClock([this] { return m_now; });
    outbox.setRandom([] { return 0.5; });
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(OutboxItem::stateName(after->state), state);
    QCOMPARE(server.requests.size(), 1); // nothing is dropped, nothing sent twice
    QCOMPARE(server.contractErrors, QStringList());
    if (state == u"queued"_s) {
        QCOMPARE(after->nextAttemptAt, m_now.addMSecs(2500)); // half of the first 5 s
        QVERIFY(after->lastError.contains(QString::number(status)));
    }
    if (state == u"needs-attention"_s)
        QVERIFY2(after->lastError.contains(u"the server's own words"_s), qPrintable(after->lastError));
    QVERIFY(m_store->item(item.id)); // whatever happened, the inquiry is still there
}

void TestOutbox::retryAfterHeader()
{
    const QDateTime later = m_now.addSecs(7 + 300);
    const QByteArray httpDate = QLocale::c().toString(later, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    int answer = 0;
    server.respond = [&answer, httpDate](const ReceivedRequest &) {
        ++answer;
        if (answer == 1)
            return TestHttpServer::status(503, {}, {{"Retry-After", "7"}});
        return TestHttpServer::status(503, {}, {{QByteArray("Retry-After"), httpDate}});
    };
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    outbox.setClock([this] { return m_now; });
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->nextAttemptAt, m_now.addSecs(7));
    // Not due yet: nothing is sent before its time.
    outbox.sendDue();
    QCOMPARE(outbox.inFlight(), 0);
    m_now = m_now.addSecs(7);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests[0].idempotencyKey, server.requests[1].idempotencyKey); // the same key every time
    QCOMPARE(m_store->item(item.id)->nextAttemptAt, later);
    QCOMPARE(m_store->item(item.id)->attempts, 2);
}

void TestOutbox::redirectIsNotFollowed()
{
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    const QByteArray target = server.url(u"/elsewhere"_s).toEncoded();
    server.respond = [target](const ReceivedRequest &) {
        return TestHttpServer::status(302, {}, {{"Location", target}});
    };
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    QTest::qWait(100);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::NeedsAttention); // not sent, not lost
    QVERIFY(after->lastError.contains(u"302"_s));
    QCOMPARE(server.redirectTargetHits, 0); // no GET (or anything) to the new place
}

void TestOutbox::serverThatNeverAnswers()
{
    QFETCH(QString, profile);
    RawHttpServer server(RawHttpServer::Mode::NeverAnswer);
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    outbox.setTransferTimeout(300);
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::Queued);
    QVERIFY2(after->lastError.contains(u"no answer from the server in time"_s), qPrintable(after->lastError));
}

void TestOutbox::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Outbox outbox(m_store.get());
    outbox.setEndpoint(QUrl(u"http://127.0.0.1:%1/inquiries"_s.arg(closedPort)));
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::Queued);
    QVERIFY2(after->lastError.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(after->lastError));
}

void TestOutbox::resetBeforeReply()
{
    QFETCH(QString, profile);
    RawHttpServer server(RawHttpServer::Mode::ResetBeforeReply);
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Queued);
    QVERIFY(!server.keys.isEmpty());
}

void TestOutbox::storedThenResetKeepsOneCopy()
{
    // The server stores the inquiry, then the connection drops before the answer.
    // For receivers without idempotency the id field is what a repeat is known by.
    QFETCH(QString, profile);
    RawHttpServer flaky(RawHttpServer::Mode::StoreThenReset);
    Outbox outbox(m_store.get());
    configure(outbox, flaky, profile);
    outbox.setClock([this] { return m_now; });
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Queued);
    // The retry reaches a server that answers; it recognises the key and keeps one copy.
    TestHttpServer good(contractFor(profile));
    good.stored = flaky.stored;
    configure(outbox, good, profile);
    m_now = m_now.addSecs(3600);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Sent);
    QVERIFY(!flaky.keys.isEmpty());
    for (const QByteArray &key : std::as_const(flaky.keys))
        QCOMPARE(key, good.requests.first().idempotencyKey); // every POST carried it
    QCOMPARE(good.stored.size(), 1);
    QCOMPARE(good.contractErrors, QStringList());
}

void TestOutbox::onlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("https") << u"https://example.org/inquiries"_s << true;
    QTest::addRow("http loopback v4") << u"http://127.0.0.1:8080/x"_s << true;
    QTest::addRow("http loopback 127/8") << u"http://127.1.2.3/x"_s << true;
    QTest::addRow("http localhost") << u"http://localhost/x"_s << true;
    QTest::addRow("http loopback v6") << u"http://[::1]:9/x"_s << true;
    QTest::addRow("http remote") << u"http://example.org/x"_s << false;
    QTest::addRow("http private address") << u"http://192.168.1.10/x"_s << false;
    QTest::addRow("ftp") << u"ftp://example.org/x"_s << false;
    QTest::addRow("file") << u"file:///tmp/x"_s << false;
}

void TestOutbox::onlyHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Outbox::checkEndpoint(QUrl(url)).isEmpty(), allowed);
    if (allowed)
        return;
    // Refused before a byte is sent, and kept.
    Outbox outbox(m_store.get());
    outbox.setEndpoint(QUrl(url));
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    QCOMPARE(outbox.inFlight(), 0);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::NeedsAttention);
    QVERIFY(!after->lastError.isEmpty());
}

void TestOutbox::retryAfterHasAFloorAndACap_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("waitMs");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto httpDate = [](const QDateTime &at) {
        return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    };
    QTest::addRow("zero") << QByteArray("0") << Outbox::minRetryAfterMs;
    QTest::addRow("one second") << QByteArray("1") << Outbox::minRetryAfterMs;
    QTest::addRow("past date") << httpDate(now.addDays(-3)) << Outbox::minRetryAfterMs;
    QTest::addRow("huge") << QByteArray("99999999999999999") << Outbox::backoffCapMs;
    QTest::addRow("far future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << Outbox::backoffCapMs;
}

// A server that says "now" again and again gets one attempt per floor, not a loop.
void TestOutbox::retryAfterHasAFloorAndACap()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, waitMs);
    TestHttpServer server;
    server.respond = [retryAfter](const ReceivedRequest &) {
        return TestHttpServer::status(503, {}, {{QByteArray("Retry-After"), retryAfter}});
    };
    Outbox outbox(m_store.get()); // automatic, as in the window
    outbox.setEndpoint(server.url());
    outbox.setClock([this] { return m_now; }); // time stands still: nothing is due again
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->item(item.id)->state, OutboxItem::State::Queued, 5000);
    QTest::qWait(300); // a storm would be hundreds of attempts by now
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(m_store->item(item.id)->attempts, 1);
    const QDateTime next = m_store->item(item.id)->nextAttemptAt;
    QVERIFY(next.isValid());
    QCOMPARE(next, m_now.addMSecs(waitMs));
    QCOMPARE(outbox.nextAttempt(), next);
    QCOMPARE(rowCount(m_store->logFor(item.id)), 2); // queued, and the one attempt
    // Just before its time: still nothing. At its time: the next attempt, and only one.
    m_now = next.addMSecs(-1);
    outbox.sendDue();
    QCOMPARE(outbox.inFlight(), 0);
    m_now = next;
    outbox.sendDue();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 5000);
    waitIdle(outbox);
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(m_store->item(item.id)->nextAttemptAt, next.addMSecs(waitMs));
    QCOMPARE(Outbox::retryDelayMs(Outbox::parseRetryAfter(retryAfter, m_now), 1, 0.5), waitMs);
    QCOMPARE(Outbox::retryDelayMs(-1, 1, 0.5), 2500); // no header: the backoff
}

void TestOutbox::tricklingServerMeetsTheDeadline()
{
    RawHttpServer server(RawHttpServer::Mode::Trickle);
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setTransferTimeout(200); // never reached: a byte comes every 50 ms
    outbox.setAttemptDeadline(300);
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    QElapsedTimer clock;
    clock.start();
    outbox.sendDue();
    QTRY_COMPARE_WITH_TIMEOUT(outbox.inFlight(), 0, 4000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(server.bodyBytesWritten > 0); // it did trickle
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::Queued); // retried later, same key
    QVERIFY2(after->lastError.contains(u"no complete answer from the server"_s), qPrintable(after->lastError));
    QCOMPARE(after->idempotencyKey, item.idempotencyKey);
}

void TestOutbox::hugeAnswerIsCutOff_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("with a length") << int(RawHttpServer::Mode::HugeBody);
    QTest::addRow("until the connection closes") << int(RawHttpServer::Mode::HugeBodyUntilClose);
}

void TestOutbox::hugeAnswerIsCutOff()
{
    QFETCH(int, mode);
    RawHttpServer server(static_cast<RawHttpServer::Mode>(mode));
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    QTRY_COMPARE_WITH_TIMEOUT(outbox.inFlight(), 0, 10000); // long only on a loaded machine
    const auto after = m_store->item(item.id);
    // It may have been stored: retried later with the same key, not taken for sent.
    QCOMPARE(after->state, OutboxItem::State::Queued);
    QCOMPARE(after->idempotencyKey, item.idempotencyKey);
    QVERIFY2(after->lastError.contains(u"more than 1 MiB"_s), qPrintable(after->lastError));
    QCOMPARE(m_store->logFor(item.id)->last().httpStatus, 200);
    // Versus stopped reading early: most of the 64 MiB never left the server (what did
    // is the 1 MiB read and what the kernel's socket buffers took, a few MiB).
    QCOMPARE(server.connections, 1);
    QTest::qWait(100);
    QVERIFY2(server.bodyBytesWritten < RawHttpServer::hugeBodyBytes / 4,
             qPrintable(QString::number(server.bodyBytesWritten)));
}

// Qt sends a POST again by itself when its connection drops; each one the server
// may have seen must be an attempt in the log.
void TestOutbox::everyPostIsLogged()
{
    RawHttpServer server(RawHttpServer::Mode::AnswerOnceThenReset);
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setClock([this] { return m_now; });
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    waitIdle(outbox);
    QCOMPARE(server.keys.size(), 1);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Queued); // the 503
    m_now = m_now.addSecs(3600);
    outbox.sendDue();
    waitIdle(outbox);
    QTest::qWait(200); // a resend of Qt's own would have arrived by now
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Queued);
    const auto log = m_store->logFor(item.id);
    QVERIFY_RESULT(log);
    int attempts = 0;
    for (const DeliveryLogEntry &entry : *log)
        attempts += entry.outcome == u"queued"_s ? 0 : 1;
    QCOMPARE(server.keys.size(), attempts);
    QCOMPARE(m_store->item(item.id)->attempts, attempts);
    QCOMPARE(attempts, 2);
}

void TestOutbox::backoff()
{
    QCOMPARE(Outbox::backoffMs(1, 0.0), 0);
    QCOMPARE(Outbox::backoffMs(1, 0.999999), 4999);
    QCOMPARE(Outbox::backoffMs(2, 0.5), 5000); // half of 10 s
    QCOMPARE(Outbox::backoffMs(3, 0.5), 10000);
    QCOMPARE(Outbox::backoffMs(10, 0.5), 15 * 60 * 1000); // capped at 30 min
    QCOMPARE(Outbox::backoffMs(1000, 1.0), 30 * 60 * 1000);
    // Full jitter: over many draws the delays spread over the whole range.
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 d = Outbox::backoffMs(4, QRandomGenerator::global()->generateDouble());
        low = std::min(low, d);
        high = std::max(high, d);
        QVERIFY(d >= 0 && d <= 40000);
    }
    QVERIFY(low < 4000);
    QVERIFY(high > 36000);
}

void TestOutbox::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::addRow("zero") << QByteArray("0") << qint64(0);
    QTest::addRow("http date") << QByteArray("Thu, 26 Nov 2026 10:01:30 GMT") << qint64(90000);
    QTest::addRow("past date") << QByteArray("Thu, 26 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::addRow("none") << QByteArray() << qint64(-1);
    // No overflow, whatever the server says: at most the backoff cap.
    QTest::addRow("huge") << QByteArray("99999999999999999") << Outbox::backoffCapMs;
    QTest::addRow("beyond 64 bits") << QByteArray("99999999999999999999999999") << Outbox::backoffCapMs;
    QTest::addRow("an hour") << QByteArray("3600") << Outbox::backoffCapMs;
    QTest::addRow("far future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << Outbox::backoffCapMs;
    QTest::addRow("spaces") << QByteArray(" 30 ") << qint64(30000);
    QTest::addRow("digits then garbage") << QByteArray("12abc") << qint64(-1);
    QTest::addRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::addRow("bad date") << QByteArray("Thu, 32 Nov 2026 10:01:30 GMT") << qint64(-1);
}

void TestOutbox::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    QCOMPARE(Outbox::parseRetryAfter(value, now), ms);
}

void TestOutbox::editAndResend()
{
    TestHttpServer server;
    server.respond = [](const ReceivedRequest &) {
        return TestHttpServer::status(400, "email domain unknown");
    };
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::NeedsAttention);
    server.respond = nullptr;
    // Unchanged content keeps its key.
    QVERIFY_RESULT(outbox.resend(item.id, item.fields));
    waitIdle(outbox);
    QCOMPARE(server.requests.last().idempotencyKey, '"' + item.idempotencyKey.toLatin1() + '"');
    // Changed content gets a new key.
    const OutboxItem second = queue(outbox);
    server.respond = [](const ReceivedRequest &) {
        return TestHttpServer::status(422, "no");
    };
    waitIdle(outbox);
    server.respond = nullptr;
    QVariantMap fixed = second.fields;
    fixed[u"email"_s] = u"ada@example.com"_s;
    QVERIFY_RESULT(outbox.resend(second.id, fixed));
    waitIdle(outbox);
    const auto resent = m_store->item(second.id);
    QCOMPARE(resent->state, OutboxItem::State::Sent);
    QVERIFY(resent->idempotencyKey != second.idempotencyKey);
    QCOMPARE(
        QJsonDocument::fromJson(server.requests.last().body).object()[u"fields"_s].toObject()[u"email"_s].toString(),
        u"ada@example.com"_s);
}

void TestOutbox::formEncoded()
{
    TestHttpServer server(Contract::Form);
    Outbox outbox(m_store.get());
    DeliveryProfile formProfile;
    formProfile.format = InquiryFormat::Form;
    outbox.setProfile(formProfile);
    outbox.setEndpoint(server.url());
    QVERIFY(outbox.becomeSender());
    QVariantMap fields = someFields();
    fields[u"name"_s] = u"Ada + C++ & co = 100% naïve; a=b?c#d"_s;
    const OutboxItem item
        = Outbox::freeze(*pack(), fields, u"Verdict: Tea + milk"_s, Versus::Core::InquiryFormat::Form, m_now);
    QVERIFY_RESULT(outbox.submit(item));
    waitIdle(outbox);
    QCOMPARE(server.requests.first().contentType, QByteArray("application/x-www-form-urlencoded"));
    const auto form = TestHttpServer::decodeForm(server.requests.first().body);
    QCOMPARE(form.value(u"id"_s), item.id);
    QCOMPARE(form.value(u"name"_s), u"Ada + C++ & co = 100% naïve; a=b?c#d"_s);
    QCOMPARE(form.value(u"email"_s), u"ada@example.org"_s);
    QCOMPARE(form.value(u"consent"_s), u"true"_s);
    QCOMPARE(form.value(u"verdict"_s), u"Verdict: Tea + milk"_s);
    QCOMPARE(form.size(), 5);
}

void TestOutbox::restartSendsWhatWasQueued()
{
    QString id;
    {
        Outbox offline(m_store.get()); // no sender lock, as when another instance sends
        id = queue(offline).id;
        QVERIFY(m_store->claim(id)); // the process died while sending
    }
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    InquiryStore store(m_store->path());
    QVERIFY_RESULT(store.open());
    Outbox outbox(&store);
    configure(outbox, server, profile);
    QVERIFY(outbox.becomeSender()); // "sending" items go back to the queue
    QTRY_COMPARE_WITH_TIMEOUT(store.item(id)->state, OutboxItem::State::Sent, 10000);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.contractErrors, QStringList());
}

void TestOutbox::senderLock()
{
    const QString lockPath = m_dir->filePath(u"outbox.lock"_s);
    // A sender killed as it created the lock leaves it empty. While that could still be
    // a live sender writing it, it is left alone; after a few seconds it is stale.
    QFile empty(lockPath);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto first = std::make_unique<Outbox>(m_store.get());
    QVERIFY(!first->becomeSender());
    QVERIFY(empty.open(QIODevice::ReadWrite));
    QVERIFY(empty.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
    empty.close();
    first = std::make_unique<Outbox>(m_store.get());
    QVERIFY(first->becomeSender());
    QVERIFY(first->isSender());
    first.reset();
    QVERIFY(!QFile::exists(lockPath));
    // Killed while removing a dead sender's lock: the dead one's lock and an empty guard.
    QProcess gone;
    gone.start(QCoreApplication::applicationFilePath(), {u"-functions"_s});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(deadPid > 0);
    QVERIFY(gone.waitForFinished());
    {
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nversus\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        QFile guard(lockPath + u".rmlock"_s);
        QVERIFY(guard.open(QIODevice::WriteOnly));
    }
    first = std::make_unique<Outbox>(m_store.get());
    QVERIFY(first->becomeSender());
    // A second Versus does not send while the first one does...
    Outbox second(m_store.get());
    second.setTakeOverInterval(50);
    QSignalSpy tookOver(&second, &Outbox::becameSender);
    QVERIFY(!second.becomeSender());
    QVERIFY(!second.isSender());
    QTest::qWait(200);
    QCOMPARE(tookOver.size(), 0);
    QVERIFY(!second.isSender());
    // ...and takes over when it quits.
    first.reset();
    QVERIFY(tookOver.wait(5000));
    QVERIFY(second.isSender());
    QCOMPARE(tookOver.size(), 1);
}

void TestOutbox::packEndpointTakesItsOwnInquiries()
{
    TestHttpServer server;
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    const OutboxItem mine = queue(outbox);
    OutboxItem other = Outbox::freeze(*pack(), someFields(), QString(), Versus::Core::InquiryFormat::Versus, m_now);
    other.packId = u"another-pack"_s; // queued while another pack was open
    QVERIFY_RESULT(outbox.submit(other));
    outbox.setPackFilter(pack()->id); // the endpoint is this pack's own
    QCOMPARE(outbox.nextAttempt(), mine.nextAttemptAt);
    outbox.sendAllNow();
    waitIdle(outbox);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(m_store->item(mine.id)->state, OutboxItem::State::Sent);
    QCOMPARE(m_store->item(other.id)->state, OutboxItem::State::Queued); // waits for its pack
    QVERIFY(!outbox.nextAttempt().isValid());
    outbox.sendNow(other.id);
    QCOMPARE(server.requests.size(), 1);
    outbox.setPackFilter(QString()); // an address the user chose takes everything
    outbox.sendAllNow();
    waitIdle(outbox);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(m_store->item(other.id)->state, OutboxItem::State::Sent);
}

void TestOutbox::aThousandInquiries()
{
    TestHttpServer server;
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    outbox.setAutomatic(false);
    QVERIFY(outbox.becomeSender());
    for (int i = 0; i < 1000; ++i) {
        QVariantMap fields = someFields();
        fields[u"name"_s] = u"Client %1"_s.arg(i);
        queue(outbox, fields);
    }
    outbox.sendAllNow();
    QTRY_COMPARE_WITH_TIMEOUT(server.stored.size(), 1000, 60000);
    waitIdle(outbox);
    int sent = 0;
    const auto items = m_store->outbox();
    QVERIFY_RESULT(items);
    for (const OutboxItem &item : *items)
        sent += item.state == OutboxItem::State::Sent ? 1 : 0;
    QCOMPARE(sent, 1000);
    QCOMPARE(server.requests.size(), 1000); // exactly once each
}

void TestOutbox::purgeAndDeleteAll()
{
    TestHttpServer server;
    Outbox outbox(m_store.get());
    outbox.setEndpoint(server.url());
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    const auto kept = m_store->purgeSent(QDateTime::currentDateTimeUtc().addDays(-30));
    QVERIFY_RESULT(kept);
    QCOMPARE(*kept, 0); // sent just now: kept
    const auto purged = m_store->purgeSent(QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY_RESULT(purged);
    QCOMPARE(*purged, 1);
    QVERIFY(!m_store->item(item.id));
    QCOMPARE(rowCount(m_store->logFor(item.id)), 0);
    QVERIFY_RESULT(m_store->createDraft(u"D"_s, u"p"_s));
    queue(outbox);
    waitIdle(outbox);
    QVERIFY_RESULT(m_store->deleteAll());
    QCOMPARE(rowCount(m_store->drafts()), 0);
    QCOMPARE(rowCount(m_store->outbox()), 0);
}

// The one rule for where inquiries go, which the window and --send-outbox both use.
void TestOutbox::deliveryTarget_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<bool>("withPack");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("onlyThePack");
    const QString packs = pack()->inquiry.endpoint.toString();
    QTest::addRow("--endpoint wins") << u"https://a.example/in"_s << u"https://b.example/in"_s << true
                                     << u"https://a.example/in"_s << false;
    QTest::addRow("then Settings") << QString() << u"https://b.example/in"_s << true << u"https://b.example/in"_s
                                   << false;
    QTest::addRow("then the pack's own") << QString() << QString() << true << packs << true;
    QTest::addRow("nowhere yet") << QString() << QString() << false << QString() << false;
}

void TestOutbox::deliveryTarget()
{
    QFETCH(QString, override);
    QFETCH(QString, settings);
    QFETCH(bool, withPack);
    QFETCH(QString, endpoint);
    QFETCH(bool, onlyThePack);
    DeliveryProfile fromSettings;
    fromSettings.format = InquiryFormat::Form;
    fromSettings.extraFields = {{u"_subject"_s, u"Hello"_s}};
    const auto target = Versus::Core::DeliveryTarget::resolve(QUrl(override), QUrl(settings),
                                                              withPack ? pack().get() : nullptr, fromSettings);
    QCOMPARE(target.endpoint, QUrl(endpoint));
    QCOMPARE(target.packFilter, onlyThePack ? pack()->id : QString());
    QCOMPARE(target.isNowhere(), endpoint.isEmpty());
    QCOMPARE(target.profile.format, InquiryFormat::Form);
    QCOMPARE(target.profile.extraFields.size(), 1);
    // Settings choose the profile; the pack's own names for its fields stay.
    if (withPack)
        QCOMPARE(target.profile.replyTo, u"email"_s);
    // Without a choice in Settings, the pack's profile.
    const auto packs = Versus::Core::DeliveryTarget::resolve(QUrl(override), QUrl(settings),
                                                             withPack ? pack().get() : nullptr, std::nullopt);
    QCOMPARE(packs.profile.format, withPack ? pack()->inquiry.delivery.format : InquiryFormat::Versus);
}

// Each profile against a receiver that enforces its documented contract.
void TestOutbox::profileContract()
{
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    QVERIFY(outbox.becomeSender());
    QVariantMap fields = someFields();
    fields[u"kind"_s] = u"hot"_s;
    const OutboxItem item = Outbox::freeze(*pack(), fields, u"Tea, 70%"_s, outbox.format(), m_now);
    QVERIFY_RESULT(outbox.submit(item));
    waitIdle(outbox);
    QCOMPARE(server.contractErrors, QStringList());
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Sent);
    QCOMPARE(server.requests.size(), 1);
    const ReceivedRequest &r = server.requests.first();
    // The stable id a receiver without idempotency can deduplicate on.
    QCOMPARE(TestHttpServer::dedupKey(server.contract, r),
             server.contract == Contract::Versus ? '"' + item.idempotencyKey.toLatin1() + '"' : item.id.toUtf8());
    QCOMPARE(r.userAgent, QByteArray("Versus/" VERSUS_VERSION));
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    switch (server.contract) {
    case Contract::Versus:
        QCOMPARE(json.value(u"fields"_s).toObject().value(u"kind"_s).toString(), u"hot"_s);
        QCOMPARE(json.value(u"verdict"_s).toObject().value(u"summary"_s).toString(), u"Tea, 70%"_s);
        QCOMPARE(server.stored.size(), 1);
        break;
    case Contract::Webhook:
        QCOMPARE(json.value(u"email"_s).toString(), u"ada@example.org"_s);
        QCOMPARE(json.value(u"consent"_s), QJsonValue(true));
        QCOMPARE(json.value(u"source"_s).toString(), u"versus"_s); // a static extra field
        QCOMPARE(json.value(u"verdict"_s).toString(), u"Tea, 70%"_s);
        QCOMPARE(json.value(u"packId"_s).toString(), pack()->id);
        QVERIFY(!r.headers.contains("authorization")); // the key goes in its own header only
        QCOMPARE(m_store->item(item.id)->serverId, u"srv-1"_s);
        break;
    case Contract::Form: {
        const auto form = TestHttpServer::decodeForm(r.body);
        QCOMPARE(form.value(u"_subject"_s), u"New inquiry"_s);
        QCOMPARE(form.value(u"_replyto"_s), u"ada@example.org"_s);
        QCOMPARE(form.value(u"kind"_s), u"hot"_s);
        QCOMPARE(form.value(u"verdict"_s), u"Tea, 70%"_s);
        break;
    }
    case Contract::HubSpot: {
        QMap<QString, QString> sent;
        for (const auto &f : json.value(u"fields"_s).toArray())
            sent.insert(f.toObject().value(u"name"_s).toString(), f.toObject().value(u"value"_s).toString());
        QCOMPARE(sent.value(u"firstname"_s), u"Ada"_s); // sendAs: the HubSpot property's name
        QVERIFY(!sent.contains(u"name"_s));
        QCOMPARE(sent.value(u"consent"_s), u"true"_s);
        QCOMPARE(sent.value(u"versus_inquiry_id"_s), item.id);
        QCOMPARE(sent.value(u"versus_verdict"_s), u"Tea, 70%"_s);
        QCOMPARE(json.value(u"context"_s).toObject().value(u"pageName"_s).toString(), u"Tea vs Coffee"_s);
        QCOMPARE(json.value(u"submittedAt"_s).toString(), QString::number(m_now.toMSecsSinceEpoch()));
        break;
    }
    }
}

// The servers above do refuse what breaks the contract: a profile sent to the wrong receiver fails.
void TestOutbox::receiversEnforceTheirContract_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("contract");
    QTest::addColumn<QString>("message");
    QTest::addRow("versus to a form service") << u"versus"_s << int(Contract::Form) << u"expected a web form"_s;
    QTest::addRow("form to HubSpot") << u"form"_s << int(Contract::HubSpot) << u"must be application/json"_s;
    QTest::addRow("nested to a flat webhook") << u"versus"_s << int(Contract::Webhook) << u"HTTP 401"_s;
    QTest::addRow("webhook to HubSpot") << u"webhook"_s << int(Contract::HubSpot) << u"expected fields"_s;
    QTest::addRow("form to Versus") << u"form"_s << int(Contract::Versus) << u"must be application/json"_s;
}

void TestOutbox::receiversEnforceTheirContract()
{
    QFETCH(QString, profile);
    QFETCH(int, contract);
    QFETCH(QString, message);
    TestHttpServer server(static_cast<Contract>(contract));
    Outbox outbox(m_store.get());
    configure(outbox, server, server.contract == Contract::Webhook ? u"webhook"_s : profile);
    outbox.setProfile(profileFor(profile));
    if (server.contract == Contract::Webhook)
        outbox.setToken(QString());
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::NeedsAttention);
    QVERIFY2(after->lastError.contains(message), qPrintable(after->lastError));
    QCOMPARE(server.contractErrors.size(), 1);
    QVERIFY(server.stored.isEmpty());
}

// A form backend's 200 is read: "ok": false, "error" or "errors", or a web page, is never "sent".
void TestOutbox::formBodySaysItFailed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("shown");
    QTest::addRow("formspree errors") << QByteArray(
        R"({"ok": false, "errors": [{"code": "TYPE_EMAIL", "message": "should be an email"}]})")
                                      << u"needs-attention"_s << u"should be an email"_s;
    QTest::addRow("basin error") << QByteArray(R"({"success": false, "error": "Form is not active"})")
                                 << u"needs-attention"_s << u"Form is not active"_s;
    QTest::addRow("a web page") << QByteArray("<html><body>Please complete the CAPTCHA</body></html>")
                                << u"needs-attention"_s << u"not JSON"_s;
    QTest::addRow("formspree ok") << QByteArray(R"({"ok": true, "next": "/thanks"})") << u"sent"_s << QString();
    QTest::addRow("basin ok") << QByteArray(R"({"success": true})") << u"sent"_s << QString();
}

void TestOutbox::formBodySaysItFailed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, state);
    QFETCH(QString, shown);
    TestHttpServer server(Contract::Form);
    server.respond = [body](const ReceivedRequest &) {
        return TestHttpServer::status(200, body);
    };
    Outbox outbox(m_store.get());
    configure(outbox, server, u"form"_s);
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(OutboxItem::stateName(after->state), state);
    QVERIFY2(after->lastError.contains(shown), qPrintable(after->lastError));
    // The same answers from a receiver that is not a form service count by their status.
    QCOMPARE(Outbox::classify(0, 200, body, CutOff::None, {}, {}, {}, m_now, InquiryFormat::Webhook).kind,
             DeliveryOutcome::Kind::Sent);
}

// HubSpot's error body (status, message, errors[].message, errorType) is what the user sees;
// a 400-class answer keeps the inquiry for the user to fix.
void TestOutbox::hubspotErrorIsShown()
{
    TestHttpServer server(Contract::HubSpot);
    Outbox outbox(m_store.get());
    configure(outbox, server, u"hubspot"_s);
    server.hubspotProperties.remove(u"consent"_s); // a field the HubSpot form does not have
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    waitIdle(outbox);
    const auto after = m_store->item(item.id);
    QCOMPARE(after->state, OutboxItem::State::NeedsAttention);
    QVERIFY2(after->lastError.contains(u"HTTP 400"_s), qPrintable(after->lastError));
    QVERIFY2(after->lastError.contains(u"The request is not valid; Error in 'fields.consent'. This field is not on the "
                                       "form (INVALID_REQUEST)"_s),
             qPrintable(after->lastError));
    // Fixed and sent again: Edit and resend keeps the inquiry.
    server.hubspotProperties.insert(u"consent"_s);
    QVERIFY_RESULT(outbox.resend(item.id, someFields()));
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Sent);
    // A wrong address is refused before a byte is sent.
    DeliveryProfile hubspot = profileFor(u"hubspot"_s);
    QVERIFY(!hubspot.checkAddress(server.url(u"/submissions/v3/integration/submit/1234567"_s)).isEmpty());
    QVERIFY(hubspot.checkAddress(server.url()).isEmpty());
}

// With no address an inquiry waits, queued (never "needs attention"), and goes once one is set.
void TestOutbox::noAddressWaitsThenSends()
{
    TestHttpServer server;
    Outbox outbox(m_store.get());
    QVERIFY(outbox.becomeSender());
    const OutboxItem item = queue(outbox);
    outbox.sendDue();
    outbox.sendAllNow();
    QCOMPARE(outbox.inFlight(), 0);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Queued);
    QCOMPARE(m_store->item(item.id)->attempts, 0);
    outbox.setEndpoint(server.url());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->item(item.id)->state, OutboxItem::State::Sent, 10000);
    QCOMPARE(server.requests.size(), 1);
}

void TestOutbox::previewMasksTheSecret_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("header");
    QTest::addRow("bearer") << int(DeliveryProfile::Auth::Bearer) << u"Authorization: Bearer ••••••••"_s;
    QTest::addRow("header") << int(DeliveryProfile::Auth::Header) << u"x-make-apikey: ••••••••"_s;
    QTest::addRow("basic") << int(DeliveryProfile::Auth::Basic) << u"Authorization: Basic ••••••••"_s;
}

void TestOutbox::previewMasksTheSecret()
{
    QFETCH(int, auth);
    QFETCH(QString, header);
    DeliveryProfile profile = profileFor(u"webhook"_s);
    profile.auth = static_cast<DeliveryProfile::Auth>(auth);
    const OutboxItem item = Outbox::freeze(*pack(), someFields(), QString(), profile.format, m_now);
    const DeliveryRequest request = profile.request(item, u"user:hunter2"_s);
    const QString preview = DeliveryProfile::preview(QUrl(u"https://hook.eu1.make.com/abc"_s), request);
    QVERIFY2(preview.contains(header), qPrintable(preview));
    QVERIFY(!preview.contains(u"hunter2"_s));
    QVERIFY(!preview.contains(QString::fromLatin1(QByteArray("user:hunter2").toBase64())));
    QVERIFY(preview.startsWith(u"POST https://hook.eu1.make.com/abc\nContent-Type: application/json\n"_s));
    QVERIFY(preview.contains(u"\"email\": \"ada@example.org\""_s)); // the body, readable
    // And the request itself does carry it.
    const bool carried = std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &h) {
        return h.second.contains("hunter2") || h.second.contains(QByteArray("user:hunter2").toBase64());
    });
    QVERIFY(carried);
}

// A clearly marked test request where the profile allows one; HubSpot's would be a contact.
void TestOutbox::testRequest()
{
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    QSignalSpy finished(&outbox, &Outbox::testFinished);
    QString problem;
    if (server.contract == Contract::HubSpot) {
        QVERIFY(!outbox.sendTest(&problem));
        QVERIFY(problem.contains(u"HubSpot has no test submission"_s));
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), 0);
        return;
    }
    if (server.contract == Contract::Form) // a test gets a test subject, not the inquiry's
        server.respond = [](const ReceivedRequest &r) {
            const auto form = TestHttpServer::decodeForm(r.body);
            return TestHttpServer::json(form.value(u"_subject"_s).startsWith(u"[Test]"_s) ? 200 : 422,
                                        {{u"ok"_s, true}});
        };
    server.hubspotProperties.clear();
    QVERIFY(outbox.sendTest(&problem));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto outcome = finished.first().at(0).value<DeliveryOutcome>();
    QCOMPARE(outcome.kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(server.requests.size(), 1);
    const ReceivedRequest &r = server.requests.first();
    QCOMPARE(r.headers.value("versus-test"), QByteArray("1"));
    if (server.contract == Contract::Form)
        QCOMPARE(TestHttpServer::decodeForm(r.body).value(u"_test"_s), u"true"_s);
    else
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"test"_s), QJsonValue(true));
    QCOMPARE(rowCount(m_store->outbox()), 0); // nothing is stored
    // A refusal is reported the same way.
    server.respond = [](const ReceivedRequest &) {
        return TestHttpServer::status(404, "no such hook");
    };
    QVERIFY(outbox.sendTest());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QVERIFY(finished.last().at(0).value<DeliveryOutcome>().message.contains(u"no such hook"_s));
}

namespace {
// One MIME part or message: its headers (names in lower case, folded lines joined) and body.
struct Part {
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

Part parsePart(const QByteArray &text)
{
    Part part;
    const qsizetype end = text.indexOf("\r\n\r\n");
    QByteArray last;
    for (const QByteArray &line : text.left(end).split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ') || l.startsWith('\t')) { // a folded line continues the header
            part.headers[last] += l;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        last = l.left(colon).toLower();
        part.headers.insert(last, l.mid(colon + 1).trimmed());
    }
    part.body = text.mid(end + 4);
    return part;
}

QString decodeWords(const QByteArray &value)
{
    QString out;
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    auto it = word.globalMatch(QString::fromLatin1(value));
    if (!it.hasNext())
        return QString::fromLatin1(value);
    while (it.hasNext())
        out += QString::fromUtf8(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
    return out;
}
} // namespace

// The .eml is an RFC 5322 message with MIME parts a mail client reads back exactly.
void TestOutbox::inquiryAsEmail()
{
    InquiryForm form = pack()->inquiry;
    form.title = u"Parlons de votre projet — café ou thé ? Un titre assez long pour être plié en plusieurs mots"_s;
    QVariantMap fields = someFields();
    fields[u"name"_s] = u"Zoë \"Ada\" Lovelace"_s;
    fields[u"kind"_s] = u"iced"_s;
    fields[u"details"_s] = QString(u"A long line. "_s.repeated(20) + u"\nSecond line"_s);
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 5000; ++i)
        pdf += char(i % 256);
    const QDateTime date(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC);
    const QByteArray message = InquiryEmail::compose(
        form, fields, u"Tea, 70%"_s, date, InquiryEmail::Attachment{u"decision-report.pdf"_s, "application/pdf", pdf});
    // Every line ends in CRLF and is short (RFC 5322: 78 recommended, 998 at most).
    for (const QByteArray &line : message.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY2(line.size() <= 79, line.constData());
    }
    const Part top = parsePart(message);
    QCOMPARE(top.headers.value("from"),
             QByteArray("=?UTF-8?B?") + u"Zoë Ada Lovelace"_s.toUtf8().toBase64() + "?= <ada@example.org>");
    QCOMPARE(decodeWords(top.headers.value("subject")), form.title);
    QCOMPARE(top.headers.value("date"), QByteArray("Thu, 26 Nov 2026 10:15:00 +0000"));
    QCOMPARE(top.headers.value("mime-version"), QByteArray("1.0"));
    QCOMPARE(top.headers.value("x-unsent"), QByteArray("1"));
    QVERIFY(top.headers.value("message-id").startsWith('<'));
    const QByteArray type = top.headers.value("content-type");
    QVERIFY(type.startsWith("multipart/mixed; boundary=\""));
    const QByteArray boundary = type.mid(type.indexOf('"') + 1).chopped(1);
    QVERIFY(top.body.contains(QByteArray("\r\n--" + boundary + "--\r\n")));
    QList<QByteArray> parts;
    for (QByteArray rest = top.body; !rest.isEmpty();) {
        const qsizetype at = rest.indexOf(QByteArray("--" + boundary));
        parts.append(at < 0 ? rest : rest.left(at));
        rest = at < 0 ? QByteArray() : rest.mid(at + boundary.size() + 2);
    }
    QCOMPARE(parts.size(), 4); // preamble, text, attachment, after the closing delimiter
    const Part text = parsePart(parts[1].mid(2));
    QCOMPARE(text.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(text.headers.value("content-transfer-encoding"), QByteArray("base64"));
    QString body = QString::fromUtf8(QByteArray::fromBase64(text.body));
    QVERIFY2(body.contains(u"Name: Zoë \"Ada\" Lovelace\r\n"_s), qPrintable(body));
    QVERIFY(body.contains(u"Kind: Iced\r\n"_s)); // a choice by its label
    QVERIFY(body.contains(u"I agree: yes\r\n"_s));
    QVERIFY(body.contains(u"Details:\r\nA long line."_s));
    QVERIFY(body.contains(u"Checklist verdict: Tea, 70%"_s));
    QCOMPARE(body.replace(u"\r\n"_s, u"\n"_s), InquiryEmail::plainText(form, fields, u"Tea, 70%"_s));
    const Part attachment = parsePart(parts[2].mid(2));
    QCOMPARE(attachment.headers.value("content-type"), QByteArray("application/pdf; name=\"decision-report.pdf\""));
    QCOMPARE(attachment.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"decision-report.pdf\""));
    QCOMPARE(QByteArray::fromBase64(attachment.body), pdf);
    // Without an attachment: one text part, no multipart.
    const Part single = parsePart(InquiryEmail::compose(form, fields, QString(), date));
    QCOMPARE(single.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY(QString::fromUtf8(QByteArray::fromBase64(single.body)).contains(u"Email: ada@example.org"_s));
}

// The decision report (PDF), when attached: in the JSON bodies, never in a web form or HubSpot's.
void TestOutbox::reportTravelsWhereTheProfileCarriesIt()
{
    QFETCH(QString, profile);
    TestHttpServer server(contractFor(profile));
    Outbox outbox(m_store.get());
    configure(outbox, server, profile);
    QVERIFY(outbox.becomeSender());
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(3000, '\x7f');
    OutboxItem item = Outbox::freeze(*pack(), someFields(), QString(), outbox.format(), m_now);
    item.attachment = pdf;
    QVERIFY_RESULT(outbox.submit(item));
    waitIdle(outbox);
    QCOMPARE(m_store->item(item.id)->state, OutboxItem::State::Sent);
    QCOMPARE(m_store->item(item.id)->attachment, pdf); // kept with the inquiry, for every retry
    QCOMPARE(server.contractErrors, QStringList());
    const QByteArray body = server.requests.first().body;
    const QJsonArray attachments = QJsonDocument::fromJson(body).object().value(u"attachments"_s).toArray();
    if (!outbox.profile().canAttach()) {
        QVERIFY(attachments.isEmpty());
        QVERIFY(!body.contains(pdf.toBase64().left(40)));
        return;
    }
    QCOMPARE(attachments.size(), 1);
    const QJsonObject a = attachments.first().toObject();
    QCOMPARE(a.value(u"filename"_s).toString(), u"decision-report.pdf"_s);
    QCOMPARE(a.value(u"contentType"_s).toString(), u"application/pdf"_s);
    QCOMPARE(QByteArray::fromBase64(a.value(u"content"_s).toString().toLatin1()), pdf);
    // The preview says how large it is, and does not fill the screen with base64.
    const QString preview = DeliveryProfile::preview(server.url(), outbox.profile().request(item, QString()));
    QVERIFY2(preview.contains(u"\"content\": \"(3009 bytes, base64)\""_s), qPrintable(preview));
    QVERIFY(!preview.contains(QString::fromLatin1(pdf.toBase64().left(40))));
}

// A database of schema 1 (Versus 0.1) is brought to 2 on open, its inquiries intact.
void TestOutbox::storeMigratesToSchema2()
{
    Outbox outbox(m_store.get());
    const OutboxItem item = queue(outbox);
    const QString path = m_store->path();
    m_store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"ALTER TABLE outbox DROP COLUMN attachment"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    m_store = std::make_unique<InquiryStore>(path);
    QVERIFY_RESULT(m_store->open());
    QCOMPARE(m_store->version(), 2);
    const auto again = m_store->item(item.id);
    QVERIFY(again);
    QCOMPARE(again->fields, item.fields);
    QVERIFY(again->attachment.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
