// What people type in a workshop, and what must come back in the top three: the embedded
// (English) pack and a small German pack.
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "testsupport.h"

#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

class TestSearchRelevance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void topThree_data();
    void topThree();

private:
    std::unique_ptr<SearchIndex> m_english;
    std::unique_ptr<SearchIndex> m_german;
};

void TestSearchRelevance::initTestCase()
{
    m_english = std::make_unique<SearchIndex>(*PackLoader::loadEmbedded());
    m_german = std::make_unique<SearchIndex>(
        *PackLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/packs/django-vs-fastapi-de.json")).pack);
}

void TestSearchRelevance::init()
{
    Versus::Test::failOnWarnings();
}

void TestSearchRelevance::topThree_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // kind:id, each in the top three
    const auto en = [](const char *query, const QStringList &expected) {
        QTest::addRow("en: %s", query) << false << QString::fromUtf8(query) << expected;
    };
    const auto de = [](const char *query, const QStringList &expected) {
        QTest::addRow("de: %s", query) << true << QString::fromUtf8(query) << expected;
    };
    // The examples, which found nothing before.
    en("admin panel", {u"criterion:admin-panel"_s, u"faq:fastapi-admin"_s});
    en("web sockets", {u"criterion:websockets"_s, u"faq:real-time"_s});
    en("login and signup", {u"criterion:user-accounts"_s, u"faq:user-accounts"_s});
    en("database migrations", {u"criterion:migrations"_s, u"summary:orm-migrations"_s});
    en("streaming responses", {u"criterion:streaming"_s});
    en("machine learning model serving", {u"criterion:ml-serving"_s, u"faq:ml-serving"_s});
    en("use both together", {u"faq:use-both"_s});
    en("celery", {u"criterion:job-queues"_s, u"faq:background-jobs"_s});
    // Words the pack uses, stems and inflections.
    en("migration", {u"criterion:migrations"_s});
    en("switch from django to fastapi", {u"faq:migrate-to-fastapi"_s});
    en("websocket", {u"criterion:websockets"_s});
    en("swagger", {u"criterion:interactive-docs"_s});
    en("interactive api docs", {u"criterion:interactive-docs"_s});
    en("openapi schema", {u"criterion:openapi"_s});
    en("background jobs", {u"faq:background-jobs"_s, u"criterion:job-queues"_s});
    en("task queue", {u"criterion:job-queues"_s});
    en("dramatiq", {u"criterion:job-queues"_s});
    en("rq workers", {u"criterion:job-queues"_s});
    en("sign up", {u"faq:user-accounts"_s});
    en("user registration", {u"criterion:user-accounts"_s});
    en("jwt tokens", {u"criterion:api-auth"_s});
    en("oauth2", {u"criterion:api-auth"_s});
    en("csrf protection", {u"criterion:web-protections"_s});
    en("permissions for staff", {u"criterion:admin-permissions"_s});
    en("html templates", {u"criterion:templates"_s});
    en("jinja", {u"criterion:templates"_s});
    en("forms", {u"criterion:html-forms"_s});
    en("pydantic validation", {u"criterion:request-validation"_s});
    en("type hints", {u"criterion:type-hints"_s});
    en("dependency injection", {u"criterion:dependency-injection"_s});
    en("async views", {u"criterion:async-views"_s});
    en("asynchronous database queries", {u"criterion:async-database"_s});
    en("is fastapi faster", {u"faq:is-fastapi-faster"_s});
    en("performance benchmarks", {u"criterion:request-overhead"_s, u"faq:is-fastapi-faster"_s});
    en("techempower", {u"criterion:request-overhead"_s});
    en("how are ratings set", {u"faq:ratings"_s});
    en("long term support", {u"criterion:lts"_s});
    en("licence", {u"criterion:licence"_s});
    en("license", {u"criterion:licence"_s});
    en("python versions", {u"criterion:python-support"_s});
    en("hosting", {u"criterion:hosting"_s});
    en("docker deployment", {u"criterion:hosting"_s});
    en("testing with pytest", {u"criterion:testing"_s});
    en("n+1 queries", {u"criterion:query-efficiency"_s});
    en("server sent events", {u"criterion:streaming"_s});
    en("wsgi asgi", {u"criterion:server-interfaces"_s});
    en("github stars", {u"criterion:github-stars"_s});
    en("who maintains fastapi", {u"faq:governance"_s});
    en("whats new in django 6.1", {u"faq:django-6-1"_s});
    en("render html pages with fastapi", {u"faq:server-rendered-fastapi"_s});
    en("junior developers", {u"faq:team-experience"_s});
    en("tight deadline", {u"faq:tight-timeline"_s});
    en("real time", {u"summary:real-time"_s});
    // Typos and words still being typed.
    en("celary", {u"criterion:job-queues"_s});
    en("pydantik", {u"faq:type-hints"_s});
    en("migr", {u"criterion:migrations"_s});
    en("admin inter", {u"criterion:admin-panel"_s});

    de("Migrationen", {u"criterion:migrations"_s, u"summary:orm-migrationen"_s});
    de("Datenbankmigration", {u"criterion:migrations"_s});
    de("Anmeldung", {u"faq:konten"_s, u"criterion:user-accounts"_s});
    de("login", {u"criterion:user-accounts"_s});
    de("Konto anlegen", {u"faq:konten"_s});
    de("web sockets", {u"criterion:websockets"_s, u"faq:echtzeit"_s});
    de("Celery", {u"criterion:job-queues"_s, u"faq:hintergrund"_s});
    de("Warteschlangen", {u"criterion:job-queues"_s});
    de("Hintergrundaufgabe", {u"faq:hintergrund"_s});
    de("Verwaltungsoberflächen", {u"criterion:admin-panel"_s});
    de("Admin-Panel", {u"criterion:admin-panel"_s});
    de("beide zusammen", {u"faq:beide"_s});
    de("Vorlagen", {u"criterion:templates"_s});
    de("Swagger", {u"criterion:interactive-docs"_s});
    de("Benutzer und Gruppen", {u"criterion:user-accounts"_s});
    de("Schemamigrationen", {u"criterion:migrations"_s});
    de("Migrationsdatei", {u"criterion:migrations"_s});
    de("Sitzung", {u"criterion:user-accounts"_s});
    de("Berechtigungen", {u"criterion:user-accounts"_s});
    de("Verwaltungsoberflache", {u"criterion:admin-panel"_s}); // no umlaut, as on a keyboard without one
}

void TestSearchRelevance::topThree()
{
    QFETCH(bool, german);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SearchIndex &index = german ? *m_german : *m_english;
    QStringList top;
    for (const SearchHit &hit : index.search(query, 3))
        top.append(SearchIndex::kindName(hit.kind) + u':' + hit.id);
    for (const QString &id : std::as_const(expected))
        QVERIFY2(top.contains(id), qPrintable(u"%1 not in the top three: %2"_s.arg(id, top.join(u", "_s))));
}

QTEST_GUILESS_MAIN(TestSearchRelevance)
#include "tst_searchrelevance.moc"
